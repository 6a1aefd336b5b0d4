#version 330 core
// Drifting particles on two depths of grid cells (one particle per cell, own cell only):
// fireflies, motes, embers, snow, bubbles. u_params: x vertical speed (+ rises, - falls),
// y cells per screen height (near layer), z wander 0..1, w kind (0 fireflies, 1 motes,
// 2 embers, 3 snow, 4 bubbles). The per-kind look is resolved once per draw (vertex stage).
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_VERTEX_HOOK particles_vertex
#include "lib/sky_fullscreen.glsl"
flat out vec3 v_tone;    // particle colour
flat out vec4 v_look;    // blink, halo, body alpha, ring (0 dot, 1 bubble outline)
flat out vec2 v_shape;   // size in cells, height fade (embers cool as they rise)

const vec3 REF[5] = vec3[](vec3(0.85, 1.0, 0.35), vec3(1.0, 0.9, 0.7), vec3(1.0, 0.42, 0.12),
                           vec3(0.92, 0.96, 1.0), vec3(0.75, 0.95, 1.0));
const vec4 PAL[5] = vec4[](vec4(3.0, 0.85, 0.6, 0.0), vec4(3.0, 0.5, 0.45, 0.0),
                           vec4(3.0, 0.92, 0.8, 0.0), vec4(3.0, 0.85, 0.5, 0.0),
                           vec4(2.0, 0.45, 0.5, 0.0));      // palette index, pull, luminance
const vec4 LOOK[5] = vec4[](vec4(1.0, 0.6, 0.0, 0.0), vec4(0.3, 0.5, 0.0, 0.0),
                            vec4(0.5, 0.8, 0.0, 0.0), vec4(0.0, 0.2, 0.8, 0.0),
                            vec4(0.0, 0.15, 0.25, 1.0));
const vec2 SHAPE[5] = vec2[](vec2(0.035, 0.0), vec2(0.035, 0.0), vec2(0.035, 1.0),
                             vec2(0.085, 0.0), vec2(0.1, 0.0));

void particles_vertex() {
    int k = clamp(int(u_params.w + 0.5), 0, 4);
    vec4 pc = PAL[k];
    vec3 hue = v_pal[int(pc.x)];
    vec3 ref = REF[k] / dot(REF[k], vec3(0.2126, 0.7152, 0.0722));
    v_tone = mix(hue, ref, pc.y) * pc.z;
    v_look = LOOK[k];
    v_shape = SHAPE[k];
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
flat in vec3 v_tone;
flat in vec4 v_look;
flat in vec2 v_shape;
out vec4 f_color;

// x: light, y: body coverage
vec2 cells(vec2 p, float n, float speed, float wander, float seed, float scale) {
    vec2 g = p * n;
    float ch = fract(floor(g.x) * 0.618034 + seed * 0.37);   // per column, no hash
    g.y -= u_time * speed * n * (0.6 + 0.8 * ch) + ch * 17.0;
    vec2 h = hash22(floor(g) + seed);
    float e = step(0.4, fract(h.x * 13.7 + h.y * 7.1));
    float ph = u_time * (0.04 + 0.05 * h.x) + h.y;
    vec2 c = 0.5 + 0.34 * (h - 0.5) + 0.12 * wander * vec2(sky_wave(ph), sky_wave(ph * 0.8 + 0.25));
    vec2 d = fract(g) - c;
    float r2 = dot(d, d);
    float s = v_shape.x * scale * (0.6 + 0.6 * h.y);
    float x = (sqrt(r2) - s * v_look.w) / (s * (0.5 - 0.38 * v_look.w));
    float body = sky_bell(x * x);
    float hr = 1.0 - r2 * 30.0;                           // halo: zero at 0.18 cells
    float halo = max(hr, 0.0);
    halo *= halo * v_look.y * 0.3;
    float blink = mix(1.0, smoothstep(-0.3, 0.9, sky_wave(ph * 1.7)), v_look.x);
    float a = e * blink;
    return vec2(body + halo, body) * a;
}

void main() {
    vec2 p = sky_coords(v_uv);
    float n = u_params.y > 0.0 ? u_params.y : 6.0;
    float speed = u_params.x * 0.02;
    vec2 nearc = cells(p, n, speed, u_params.z, v_rand.x * 40.0, 1.0);
    vec2 farc = cells(p + 0.37, n * 1.9, speed * 0.6, u_params.z, v_rand.y * 40.0, 0.8);
    float hf = mix(1.0, smoothstep(1.0, 0.05, p.y), v_shape.y);
    vec3 col = v_tone * (nearc.x + 0.5 * farc.x) * hf * sky_breath(0.12);
    float alpha = v_look.z * max(nearc.y, 0.6 * farc.y) * hf;
    f_color = vec4(col, alpha) * u_intensity;
}
#endif
