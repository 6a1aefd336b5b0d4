#version 330 core
// Bioluminescent blooms: a few large soft glows that breathe, each with faint rippling
// rings, gathered towards the lower part of the frame. u_params: x brightness, y size,
// z height of the blooms (0..1). Drawn as the box around the blooms (lib/sky_fullscreen.glsl
// SKY_RECT): outside it nothing is lit.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_VERTEX_HOOK glow_vertex
#define SKY_RECT glow_rect
#include "lib/sky_fullscreen.glsl"
flat out vec4 v_bloom[5];   // xy centre, z radius, w brightness (times the layer's gain)

void glow_vertex() {
    float asp = aspect();
    float t = u_time * 0.05;
    float size = u_params.y > 0.0 ? u_params.y : 1.0;
    float hgt = u_params.z > 0.0 ? u_params.z : 0.35;
    float gain = (u_params.x > 0.0 ? u_params.x : 1.0) * (1.0 + 0.15 * clamp(u_voice, 0.0, 1.0))
        * u_intensity * 0.3 * (1.0 - 0.8 * u_daylight);  // small lights fade in sunlight
    for (int i = 0; i < 5; i++) {
        float fi = float(i);
        vec2 h = hash22(vec2(fi, v_rand.x * 50.0));
        vec2 c = vec2(asp * (0.08 + 0.84 * fract(h.x + fi * 0.2)), hgt * (0.25 + 1.3 * h.y))
            + 0.06 * vec2(sin(t + fi * 2.1), cos(t * 0.8 + fi * 1.3));
        float breathe = 0.85 + 0.15 * sin(u_time * 0.25 + fi * 1.9);
        float rad = size * (0.1 + 0.12 * h.y) * breathe * (1.0 + 0.12 * clamp(u_voice, 0.0, 1.0));
        v_bloom[i] = vec4(c, rad, breathe * gain);
    }
}

// A bloom's light ends where length * (0.85 + 0.3 * noise) reaches 2.4 radii (the noise is 0..1).
vec4 glow_rect() {
    vec4 box = vec4(1e9, 1e9, -1e9, -1e9);
    for (int i = 0; i < 5; i++) {
        vec4 b = v_bloom[i];
        float r = b.z * (2.4 / 0.85);
        box = vec4(min(box.xy, b.xy - r), max(box.zw, b.xy + r));
    }
    return box;
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
flat in vec4 v_bloom[5];
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float tex = vnoise(p * 6.0 + vec2(0.0, -u_time * 0.03) + sky_seed2());
    vec3 col = vec3(0.0);
    for (int i = 0; i < 5; i++) {
        vec4 b = v_bloom[i];
        vec2 d = p - b.xy;
        float x = length(d) * (0.85 + 0.3 * tex) / b.z;    // 0 at the heart, 1 at the rim
        float g = sky_glow(x, 2.4) * 0.5 + sky_bell(x * x * 25.0) * 0.6;
        float rings = 0.5 + 0.5 * sky_wave(x * 2.5 - u_time * 0.04 + float(i) * 0.3);
        g *= 0.75 + 0.25 * rings * rings;
        col += v_pal[2 + (i & 1)] * (g * b.w);
    }
    f_color = vec4(col, 0.0);
}
#endif
