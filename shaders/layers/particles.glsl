#version 330 core
// Drifting particles on two depths of grid cells (at most one particle per cell, staying in
// its cell): fireflies, motes, embers, snow, bubbles. u_params: x vertical speed (+ rises,
// - falls), y cells per screen height (near depth), z wander 0..1, w kind (0 fireflies,
// 1 motes, 2 embers, 3 snow, 4 bubbles). Drawn as sprites (lib/sky_fullscreen.glsl): the
// vertex stage places one small quad per particle, far depth first, and resolves the per-kind
// look, so only the pixels near a particle are shaded. Within a quad everything that is linear
// on the screen comes interpolated and the rest per sprite, so each pixel does little.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_VERTEX_HOOK particles_vertex
#define SKY_SPRITE particles_sprite
#include "lib/sky_fullscreen.glsl"
#include "lib/sky_shapes.glsl"
noperspective out vec3 v_dot;  // offset from the particle (cells); the height fade's
                               // smoothstep argument (embers cool as they rise)
flat out vec4 v_gain;    // this particle: colour times light (times u_intensity), body alpha
flat out vec4 v_body;    // this particle: ring radius, 1 / body width; halo weight, height fade
vec3 kind_tone;          // the kind's look, for placing the sprites (set by particles_vertex):
vec4 kind_look;          // colour; blink, halo, body alpha, ring (0 dot, 1 bubble outline);
vec2 kind_shape;         // size in cells, height fade

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
    vec3 ref = REF[k] / luma(REF[k]);
    kind_tone = mix(hue, ref, pc.y) * pc.z;
    kind_look = LOOK[k];
    kind_shape = SHAPE[k];
}

// Sprite i of one depth: the grid (n cells per unit, offset o) is cut into columns of `rows`
// cells, each column scrolling at its own speed; i picks a column and a cell in it.
vec2 particles_place(int i, vec2 corner, float n, float o, float speed, float seed,
                     float scale, vec2 gain) {
    float asp = aspect();
    int rows = int(n) + 2;
    float col = floor(o * n) + float(i / rows);
    float ch = fract(col * 0.618034 + seed * 0.37);
    float shift = u_time * speed * n * (0.6 + 0.8 * ch) + ch * 17.0;
    float row = floor(o * n - shift) + float(i % rows);
    vec2 h = hash22(vec2(col, row) + seed);
    float e = step(0.4, fract(h.x * 13.7 + h.y * 7.1));
    float ph = u_time * (0.04 + 0.05 * h.x) + h.y;
    vec2 c = 0.5 + 0.34 * (h - 0.5)
           + 0.12 * u_params.z * vec2(sky_wave(ph), sky_wave(ph * 0.8 + 0.25));
    float s = kind_shape.x * scale * (0.6 + 0.6 * h.y);
    float blink = mix(1.0, smoothstep(-0.3, 0.9, sky_wave(ph * 1.7)), kind_look.x);
    vec2 centre = vec2(col + c.x, row + c.y + shift) / n - o;
    float reach = max(0.183, s * 1.3);                    // halo and body both end inside this
    bool off = e * blink < 0.002 || col >= ceil((asp + o) * n);
    vec2 p = centre + corner * (reach / n);
    v_dot = vec3(corner * reach, (1.0 - p.y) / 0.95);
    vec2 g = gain * e * blink * u_intensity;
    v_gain = vec4(kind_tone * (g.x * (1.0 + 0.12 * clamp(u_voice, 0.0, 1.0))), kind_look.z * g.y);
    v_body = vec4(s * kind_look.w, 1.0 / (s * (0.5 - 0.38 * kind_look.w)), kind_look.y * 0.3,
                  kind_shape.y);
    return off ? vec2(-4.0) : vec2(p.x / asp, p.y);
}

// The near depth takes the last sprites (drawn last: in front); the far depth the ones before,
// so when a very wide screen needs more sprites than the layer has, far ones go first.
vec2 particles_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float n = clamp(u_params.y > 0.0 ? u_params.y : 6.0, 1.0, 16.0);
    float speed = u_params.x * 0.02;
    int near = int(ceil(asp * n)) * (int(n) + 2);
    int first_near = u_sprites - near;
    if (sprite >= first_near) {
        return particles_place(sprite - first_near, corner, n, 0.0, speed, v_rand.x * 40.0, 1.0,
                               vec2(1.0));
    }
    return particles_place(sprite, corner, n * 1.9, 0.37, speed * 0.6, v_rand.y * 40.0, 0.8,
                           vec2(0.5, 0.6));
}
#elif defined FRAGMENT_SHADER
#include "lib/sky_shapes.glsl"
noperspective in vec3 v_dot;
flat in vec4 v_gain;
flat in vec4 v_body;
out vec4 f_color;

void main() {
    float r2 = dot(v_dot.xy, v_dot.xy);
    float x = (sqrt(r2) - v_body.x) * v_body.y;
    float body = sky_bell(x * x);
    float halo = max(1.0 - r2 * 30.0, 0.0);              // halo: zero at 0.18 cells
    halo *= halo * v_body.z;
    float t = clamp(v_dot.z, 0.0, 1.0);                   // smoothstep(1.0, 0.05, height)
    float hf = 1.0 + v_body.w * (t * t * (3.0 - 2.0 * t) - 1.0);
    f_color = vec4(v_gain.rgb * (body + halo), v_gain.a * body) * hf;
}
#endif
