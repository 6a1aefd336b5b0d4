#version 330 core
// One fish, for a dream that names only one: a large fish seen from the side in the foreground,
// low in the frame where the water is, swimming slowly through the band of the frame where the
// compositor stages it (u_place: renderer/gfx/staging.py), facing into the frame; the water
// between it and the eye softens it a little. Its body is a spindle that bends as it swims,
// its forked tail sweeps, its fins trail; it is dark along the back and pale silver on the
// belly, lit from the key light, and light runs in glints along the scales of its flank.
#include "lib/header.glsl"

// Its size (land units per body unit) and how far it swims from its band's middle (land units):
// its body and tail reach 0.75 body units either way.
float fish_scale() { return 0.2 * u_place.y; }
float fish_reach(float asp) { return clamp(u_place.w * asp - 0.75 * fish_scale(), 0.0, 0.1); }

#define SWIM_BAND vec2(0.02, 0.5)  // the band it fills (lib/land_shore.glsl)
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT (vec4(u_place.x * asp, 0.02, u_place.x * asp, 0.5) + vec4(-1.0, 0.0, 1.0, 0.0) * (fish_reach(asp) + 0.8 * fish_scale()))
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
#include "lib/land_creature.glsl"

// The fish in its own units (its middle at the origin, its head to the left, x -0.55 .. 0.7),
// bent by `sweep` (-1..1) as it swims; its distance, and where its eye is and how far along the
// flank a point lies (y: up the flank, -1 belly .. 1 back).
float fish(vec2 q, float sweep, out vec2 eye, out vec2 flank) {
    // the body bends more toward the tail
    float along = clamp((q.x + 0.55) / 1.1, 0.0, 1.0);
    q.y -= sweep * 0.09 * along * along;
    // the body: an ellipse deepest a third of the way back, drawn out into the tail's root
    float d = smin(sd_ellipse(q - vec2(-0.08, 0.0), vec2(0.48, 0.17)),
                   sd_taper(q, vec2(0.15, 0.0), vec2(0.52, 0.0), 0.1, 0.03), 0.08);
    float half_depth = 0.17 * sqrt(max(1.0 - pow((q.x + 0.08) / 0.48, 2.0), 0.04));
    // the tail: a fork behind the root, swept
    vec2 tq = rot_small(0.35 * sweep) * (q - vec2(0.52, 0.0));
    float upper = sd_taper(tq, vec2(0.0), vec2(0.2, 0.13), 0.035, 0.012);
    float lower = sd_taper(tq, vec2(0.0), vec2(0.2, -0.13), 0.035, 0.012);
    d = smin(d, min(upper, lower), 0.03);
    // the fins: a dorsal fin on the back, a pectoral fin behind the gills, one under the belly
    d = smin(d, sd_taper(q, vec2(-0.05, 0.15), vec2(0.14, 0.25), 0.04, 0.008), 0.03);
    vec2 pq = rot_small(0.4 + 0.15 * sweep) * (q - vec2(-0.25, -0.06));
    d = min(d, sd_taper(pq, vec2(0.0), vec2(0.13, -0.05), 0.022, 0.006));
    d = smin(d, sd_taper(q, vec2(0.12, -0.13), vec2(0.25, -0.19), 0.03, 0.006), 0.02);
    eye = q - vec2(-0.43, 0.03);
    flank = vec2(along, clamp(q.y / max(half_depth, 0.02), -1.0, 1.0));
    return d;
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float t = u_time;
    float s = fish_scale();
    // it swims slowly to and fro across its band, turning at the ends, and rises and sinks
    float lap = 0.5 + 0.5 * lsin(t * 0.11 + u_seed);
    vec2 o = vec2(u_place.x * asp + (lap - 0.5) * 2.0 * fish_reach(asp),
                  0.24 + 0.025 * lsin(t * 0.37 + u_seed * 1.7));
    vec2 q = (p - o) / s;
    q.x *= -u_place.z;                             // drawn facing left; mirrored to face right
    float sweep = lsin(t * 2.1);
    vec2 eye, flank;
    float d = fish(q, sweep, eye, flank) * s;
    vec3 lw = creature_lit(d, 0.03);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    // dark along the back, silver on the belly
    float belly = smoothstep(0.3, -0.6, flank.y);
    vec3 body = mix(mix(dark, glow * 0.25, 0.25), mix(light, vec3(0.8, 0.85, 0.9), 0.5) * 0.38,
                    belly);
    vec3 col = creature_colour(lw, body, mix(light, glow, 0.25) * 0.7, glow * 0.9);
    // the scales: a lattice of glints along the flank that travels as the fish swims
    vec2 sc = vec2(q.x * 26.0 + q.y * 9.0, q.y * 26.0 - q.x * 9.0);
    float scale = smoothstep(0.35, 0.0, length(fract(sc) - 0.5)) * (1.0 - abs(flank.y))
        * (0.4 + 0.6 * smoothstep(0.6, 1.0, lsin(q.x * 5.0 - t * 1.3) * 0.5 + 0.5));
    col += mix(light, vec3(1.0), 0.4) * (scale * 0.35 * lw.x);
    // the lateral line, and the eye
    col += light * (0.18 * land_fill(abs(flank.y + 0.1) - 0.05, 0.05) * smoothstep(0.95, 0.2, flank.x) * lw.x);
    col = mix(col, dark * 0.3, creature_glint(eye, 0.045) * lw.x);
    col += light * (creature_glint(eye - vec2(-0.012, 0.012), 0.014) * lw.x);
    // seen through the water: a little of its colour between
    col = mix(col, land_pal_air() * 0.45 * lw.x, 0.35);
    f_color = vec4(col, lw.x * 0.88) * land_opacity();
}
#endif
