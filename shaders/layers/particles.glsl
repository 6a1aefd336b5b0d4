#version 330 core
// Drifting particles on two depths of grid cells (one particle per cell, own cell only):
// fireflies, motes, embers, snow, bubbles. u_params: x vertical speed (+ rises, - falls),
// y cells per screen height (near layer), z wander 0..1, w kind (0 fireflies, 1 motes,
// 2 embers, 3 snow, 4 bubbles).
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

const vec3 REF[5] = vec3[](vec3(0.85, 1.0, 0.4), vec3(1.0, 0.9, 0.7), vec3(1.0, 0.45, 0.15),
                           vec3(0.92, 0.96, 1.0), vec3(0.75, 0.95, 1.0));
const float PULL[5] = float[](0.55, 0.5, 0.75, 0.85, 0.4);   // towards the reference hue
const float BLINK[5] = float[](1.0, 0.3, 0.6, 0.0, 0.0);
const float HALO[5] = float[](1.0, 0.5, 0.7, 0.15, 0.2);
const float LUM[5] = float[](1.4, 0.5, 1.3, 0.45, 0.35);
const float SOLID[5] = float[](0.0, 0.0, 0.0, 0.85, 0.25);   // alpha of the particle body
const float RING[5] = float[](0.0, 0.0, 0.0, 0.0, 1.0);

vec4 cells(vec2 p, float n, float speed, float wander, int k, float seed, float scale) {
    vec2 g = p * n;
    float col = floor(g.x);
    float ch = hash11(col * 1.37 + seed);
    g.y -= u_time * speed * n * (0.6 + 0.8 * ch) + ch * 17.0;
    g.x += 0.25 * sin(u_time * 0.15 + g.y * 0.7 + ch * 6.0) * wander;
    vec2 id = floor(g);
    vec2 h = hash22(id + seed);
    float e = step(0.35, fract(h.x * 13.7 + h.y * 7.1));
    vec2 c = 0.5 + 0.4 * (h - 0.5)
        + 0.12 * wander * vec2(sin(u_time * 0.3 * (0.5 + h.x) + 6.0 * h.y),
                               cos(u_time * 0.23 * (0.5 + h.y) + 6.0 * h.x));
    vec2 d = fract(g) - c;
    float r = length(d);                                  // in cells
    float s = 0.05 * scale * (0.6 + 0.6 * h.y);
    float core = exp(-r * r / (s * s * 0.35));
    float halo = sky_glow(r, 0.24) * HALO[k] * 0.35;
    float ring = smoothstep(s * 0.25, 0.0, abs(r - s)) * 0.8 + smoothstep(s * 0.5, 0.0, length(d + s * 0.4)) * 0.7;
    float body = mix(core + halo, ring + 0.1 * smoothstep(s, s * 0.8, r), RING[k]);
    float phase = u_time * (0.35 + 0.3 * h.x) + 6.28 * h.y;
    float blink = mix(1.0, smoothstep(-0.2, 0.9, sin(phase)), BLINK[k]);
    float a = e * blink;
    return vec4(vec3(body * a), smoothstep(s, s * 0.5, r) * a);
}

void main() {
    vec2 p = sky_coords(v_uv);
    int k = clamp(int(u_params.w + 0.5), 0, 4);
    float n = u_params.y > 0.0 ? u_params.y : 6.0;
    float speed = u_params.x * 0.02;
    vec4 nearc = cells(p, n, speed, u_params.z, k, v_rand.x * 40.0, 1.0);
    vec4 farc = cells(p + 0.37, n * 1.9, speed * 0.6, u_params.z, k, v_rand.y * 40.0, 0.8);
    vec3 tone = sky_pal_toward(2 + (k & 1), REF[k], PULL[k], LUM[k]) * sky_breath(0.12);
    // embers cool as they rise; fireflies gather low
    float hf = mix(1.0, smoothstep(1.0, 0.05, p.y), step(1.5, float(k)) * step(float(k), 2.5));
    vec3 col = tone * (nearc.rgb + 0.55 * farc.rgb) * hf;
    float alpha = SOLID[k] * max(nearc.a, 0.6 * farc.a) * hf;
    f_color = vec4(col, alpha) * u_intensity;
}
#endif
