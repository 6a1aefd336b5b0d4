#version 330 core
// A school of small silvery fish drifting past (midground): a grid of cells drifting
// leftwards, at most one fish per cell, inside an oval around the screen centre. Drawn as
// sprites (LAND_SPRITE in lib/land_vertex.glsl): the vertex stage finds each cell's fish and
// puts one small quad around it, so only the pixels near a fish are shaded.
#include "lib/header.glsl"
#include "lib/noise.glsl"

const vec2 FISH_CELL = vec2(0.13, 0.085);  // cell size (land units)
const float FISH_SIZE = 0.022;             // half a fish's length (land units)
const vec2 FISH_OVAL = vec2(0.55, 1.2);    // the school: fish shrink away from 0.25 of
                                           // length((p - centre) * FISH_OVAL) on, by adding
                                           // smoothstep(0.25, 0.45, that) to their distance;
const float FISH_GONE = 0.3;               // past this not even a fish's widest part
                                           // (distance -FISH_SIZE) is left
#define SWIM_BAND vec2(0.25, 0.75)  // the band the school fills (lib/land_shore.glsl)

#if defined VERTEX_SHADER
#define LAND_SPRITE fish_sprite
#include "lib/land_vertex.glsl"
flat out vec3 v_fish;    // this fish: centre (land coordinates), swimming phase

// Sprite i is one cell of the rows x cols cells around the school, counted from the top row
// down (the school never grows, so the count is a fixed bound: see assets/visuals).
vec2 fish_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float m = 2.0 / u_resolution.y;                        // margin for the soft edge
    // a fish's box (half size, land units): body x -1..1, y -0.38..0.38 and its wiggle 0.15
    vec2 ext = vec2(1.0, 0.53) * FISH_SIZE + m;
    // the cell grid: g = p / cell + origin (origin from the seed as land_rand(2.0) of
    // lib/land_common.glsl); a fish stays inside its cell
    vec2 origin = vec2(u_time * 0.02, 0.0) / FISH_CELL + hash11(u_seed * 1.731 + 34.34) * 30.0;
    vec2 mid = vec2(asp * 0.5, 0.5);
    vec2 half_school = FISH_GONE / FISH_OVAL + ext;
    vec2 lo = floor((max(mid - half_school, vec2(0.0))) / FISH_CELL + origin);
    vec2 hi = floor((min(mid + half_school, vec2(asp, 1.0))) / FISH_CELL + origin);
    int cols = int(hi.x - lo.x) + 1;
    int rows = int(hi.y - lo.y) + 1;
    vec2 cell = vec2(lo.x + float(sprite % cols), hi.y - float(sprite / cols));
    vec2 h = hash22(cell);
    vec2 centre = (cell + 0.5 + (h - 0.5) * 0.3 - origin) * FISH_CELL;
    v_fish = vec3(centre, u_time * 1.3 + h.y * 30.0);
    // outside the school: no fish (the fragment stage shrinks them towards its edge)
    bool out_of_school = length((centre - mid) * FISH_OVAL) - length(ext * FISH_OVAL) > FISH_GONE;
    bool off = h.x < 0.45 || sprite / cols >= rows || out_of_school;
    vec2 p = off ? vec2(-4.0) : centre + corner * ext;
    return vec2(p.x / asp, p.y);
}

#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
flat in vec3 v_fish;
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    // the fish in its own units (x along the body, head to the left), swimming with a wiggle
    vec2 fq = (p - v_fish.xy) / FISH_SIZE;
    fq.y += 0.15 * lsin(v_fish.z + fq.x * 2.0);
    float fb = sd_ellipse(fq, vec2(1.0, 0.38));
    float ft = sd_triangle_iso(rot2(1.5708) * (fq - vec2(0.9, 0.0)), vec2(0.35, 0.45));
    // towards the school's edge the fish shrink away (gone by FISH_GONE)
    float school = smoothstep(0.25, 0.45, length((p - vec2(aspect() * 0.5, 0.5)) * FISH_OVAL));
    float d = min(fb, ft) * FISH_SIZE + school;
    float cov = land_fill(d, land_px() * 1.2);
    float rim = exp(-max(-d, 0.0) * 300.0) * cov;
    // silvery: darker back, paler belly
    vec3 col = mix(dark, mix(light, glow, 0.4) * 0.6, 0.35 + 0.4 * smoothstep(0.3, -0.2, fq.y));
    f_color = vec4(col * cov + glow * rim * 0.8, cov) * land_opacity();
}
#endif
