#version 330 core
// A small flock of bats against the sky: dark silhouettes with a rim of the sky's glow, wings
// beating fast so they flicker, each on its own erratic, jinking path across the sky.
// Drawn as sprites (LAND_SPRITE in lib/land_vertex.glsl): one small quad around each bat, as
// many as the layer's `sprites` in assets/visuals.

#if defined VERTEX_SHADER
#define LAND_SPRITE bat_sprite
#include "lib/land_vertex.glsl"
#include "lib/fast_math.glsl"
#include "lib/noise.glsl"
flat out vec4 v_bat;   // this bat: its place (land units), size, and its wings' beat -1..1

vec2 bat_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float t = u_time;
    float fi = float(sprite);
    float h1 = hash11(fi * 3.1 + u_seed), h2 = hash11(fi * 7.7 + u_seed + 1.0);
    // across the sky and round again, jinking up, down and sideways
    float x = fract(h1 + t * (0.012 + 0.01 * h2)) * 0.8 + 0.1;
    vec2 c = vec2(asp * x + 0.03 * lsin(t * 2.3 + fi * 1.9),
                  0.62 + 0.2 * hash11(fi * 5.3 + u_seed + 2.0)
                  + 0.03 * lsin(t * 1.7 + fi * 2.3) + 0.015 * lsin(t * 4.1 + fi));
    // nearer ones larger; they shrink away at the ends of their path
    float fade = smoothstep(0.1, 0.16, x) * smoothstep(0.9, 0.84, x);
    float s = (0.06 + 0.04 * h2) * fade;
    v_bat = vec4(c, max(s, 1e-4), lsin(t * (11.0 + 4.0 * h1) + fi * 1.7));
    // the quad holds the wings raised or lowered and the soft edge (2 pixels)
    vec2 p = c + corner * (vec2(0.5, 0.36) * s + 2.0 / u_resolution.y);
    return s < 1e-3 ? vec2(-4.0) : vec2(p.x / asp, p.y);
}

#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_creature.glsl"
noperspective in vec2 v_uv;
flat in vec4 v_bat;
out vec4 f_color;

// A bat seen from below in its own units (the body at the origin, the span about 0.9): its
// distance. `flap` -1..1 raises (+) or lowers (-) the wing tips.
float bat(vec2 q, float flap) {
    float ax = abs(q.x);
    float d = sd_ellipse(q - vec2(0.0, -0.01), vec2(0.045, 0.1));
    d = min(d, sd_circle(q - vec2(0.0, 0.1), 0.04));
    d = min(d, sd_capsule(vec2(ax, q.y), vec2(0.018, 0.12), vec2(0.032, 0.17), 0.012));   // ears
    // each wing: a membrane from the arm's arch down to a scalloped trailing edge between the
    // fingers, its tip raised or lowered by the beat
    const float SPAN = 0.45;
    float u = clamp(ax / SPAN, 0.0, 1.0);
    float tip = 0.24 * flap;
    float top = mix(0.05, tip + 0.03, u) + 0.12 * u * (1.0 - u);
    float bottom = mix(-0.17, tip - 0.02, u) + 0.06 * abs(lsin(u * 9.42)) * (1.0 - 0.5 * u);
    float wing = max(max(bottom - q.y, q.y - top), ax - SPAN);
    return min(d, wing * 0.7);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float w = land_px() * 1.2;
    vec2 q = (p - v_bat.xy) / v_bat.z;
    float d = bat(q, v_bat.w) * v_bat.z;
    if (d > 4.0 * w) discard;
    float slope = creature_slope(d, vec2(-0.7, 0.7), land_px());
    vec3 lw = creature_light(d, slope, w, 0.004);
    vec3 glow = land_pal_glow() * land_breath();
    vec3 col = creature_colour(lw, land_pal_dark() * 0.4, glow * 0.1, glow * 0.35);
    f_color = vec4(col, lw.x) * land_opacity();
}
#endif
