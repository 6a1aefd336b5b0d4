#version 330 core
// Inside a circus's big top (midground, an interior: it covers the frame), from the edge of
// the ring: red and cream canvas in stripes rising to the king poles' peak above the frame,
// bunting strung across, a trapeze hanging high; rows of seats climbing the far side; the ring
// below, sawdust inside a red and white kerb, with the spotlights' pools moving slowly over
// it and their beams reaching down through the dust in the air. The tent's own light is
// warm, the canvas glows where the spots light it, and its folds fall into shade.
#include "lib/header.glsl"
const vec2 RING = vec2(0.2, 0.13);       // the ring's middle height, its half-depth on screen
const float SEATS = 0.36;                // where the seats meet the ring's floor
const float EAVE = 0.6;                  // where the canvas walls meet the seats' top row
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK circus_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // aspect, edge softness, the middle's x, time
flat out vec3 v_lamp;     // the tent's warm light
flat out vec4 v_spots;    // the two spotlights' x on the ring (screen), their strength

void circus_vertex() {
    float asp = aspect();
    float cx = asp * (0.5 + 0.015 * sin(u_time * 0.012));
    v_view = vec4(asp, 1.3 / land_height_px(), cx, u_time);
    v_lamp = mix(vec3(1.0, 0.72, 0.42), v_pal_light, 0.15) * v_breath;
    float t = u_time * 0.09;
    v_spots = vec4(cx + asp * 0.22 * sin(t), cx + asp * 0.2 * sin(t * 1.3 + 2.0), 1.0, 0.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_lamp;
flat in vec4 v_spots;

// A spotlight's light at p from a lamp high at `top` onto the ring at x: its pool on the floor
// (an ellipse around its foot) and its beam (a soft cone up to the lamp).
vec2 spot(vec2 p, float x, vec2 top) {
    vec2 foot = vec2(x, RING.x);
    vec2 q = (p - foot) / vec2(0.17, 0.06);
    float pool = 1.0 - smoothstep(0.6, 1.0, length(q));
    vec2 axis = top - foot;
    float along = clamp(dot(p - foot, axis) / dot(axis, axis), 0.0, 1.0);
    float across = abs(dot(p - foot, vec2(-axis.y, axis.x)) / length(axis));
    float beam = (1.0 - smoothstep(0.0, 0.12 * (1.0 - along) + 0.015, across)) * (1.0 - along);
    return vec2(pool, beam);
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float soft = v_view.y;
    float cx = v_view.z;
    float t = v_view.w;
    vec3 lamp = v_lamp;
    vec2 s1 = spot(p, v_spots.x, vec2(cx - asp * 0.42, 0.98));
    vec2 s2 = spot(p, v_spots.y, vec2(cx + asp * 0.4, 0.98));
    float beams = s1.y + s2.y;
    vec3 col;
    // ---- the canvas: stripes fanning up to the peak above the frame, lit from below, its
    // folds between the seams in shade
    vec2 apex = vec2(cx, 1.5);
    vec2 d = p - apex;
    float ang = latan2(d.x, -d.y) * 9.0;                  // 18 stripes across the view
    float stripe = smoothstep(0.47, 0.53, fract(ang)) * smoothstep(1.0, 0.94, fract(ang));
    float fold = 0.6 + 0.4 * abs(fract(ang * 2.0) * 2.0 - 1.0);
    vec3 canvas = mix(vec3(0.5, 0.05, 0.05), vec3(0.75, 0.66, 0.5), stripe) * fold;
    float up = smoothstep(EAVE, 1.0, p.y);
    canvas *= lamp * (0.35 - 0.2 * up) + lamp * 0.4 * beams;
    col = canvas;
    // the seam between wall and roof, and the wall's scalloped valance
    float valance = EAVE + 0.06 - 0.012 * abs(fract((p.x - cx) * 14.0) * 2.0 - 1.0);
    float band = land_fill(abs(p.y - valance + 0.02) - 0.02, soft);
    col = mix(col, vec3(0.6, 0.45, 0.12) * lamp * 0.5, band);
    // ---- the king poles and their rigging
    for (int i = 0; i < 2; i++) {
        float x = cx + (float(i) - 0.5) * asp * 0.36;
        float pole = land_fill(abs(p.x - x) - 0.006, soft) * step(SEATS - 0.02, p.y);
        col = mix(col, vec3(0.32, 0.26, 0.2) * lamp * (0.5 + 0.5 * step(x, p.x + 0.003)), pole);
    }
    // ---- bunting on a line sagging across the roof
    float line_y = 0.86 - 0.08 * (1.0 - pow((p.x - cx) / (asp * 0.55), 2.0));
    float flag = fract((p.x - cx) * 22.0);
    float tri = step(line_y - p.y, 0.035 * (1.0 - abs(flag * 2.0 - 1.0))) * step(p.y, line_y);
    vec3 flags = mix(vec3(0.9, 0.75, 0.15), vec3(0.15, 0.35, 0.75), step(0.5, fract((p.x - cx) * 11.0)));
    col = mix(col, flags * lamp * 0.7, tri * step(0.3, flag) * step(flag, 0.95));
    // ---- the trapeze high above the ring, its bar on two ropes
    float trap_x = cx + 0.05 * sin(t * 0.4);
    float ropes = land_fill(min(abs(p.x - trap_x + 0.05), abs(p.x - trap_x - 0.05)) - 0.0015, soft)
                * step(0.74, p.y) * step(p.y, line_y);
    float bar = land_fill(sd_box(p - vec2(trap_x, 0.74), vec2(0.055, 0.004)), soft);
    col = mix(col, vec3(0.7, 0.6, 0.45) * lamp * 0.6, max(ropes * 0.8, bar));
    // ---- the seats: rows climbing from the ring's floor to the eave, following its curve
    float bend = 0.05 * pow((p.x - cx) / asp * 2.0, 2.0);    // the rows curve round the ring
    float rise = (p.y - SEATS - bend) / (EAVE - SEATS);
    if (rise > 0.0 && rise < 1.0) {
        float row = rise * 9.0;
        float r = fract(row);
        float seat = smoothstep(0.15, 0.25, r) * (1.0 - smoothstep(0.7, 0.8, r));
        float gap = smoothstep(0.8, 0.9, fract((p.x - cx) * (30.0 - 10.0 * rise) + floor(row) * 0.5));
        // the steps of an aisle climb between the blocks of seats
        float aisle = step(abs(fract((p.x - cx) / (asp * 0.24) + 0.5) - 0.5), 0.035);
        vec3 wood = vec3(0.12, 0.08, 0.06) * (0.7 + 0.3 * r);
        vec3 cushion = vec3(0.36, 0.05, 0.07) * (0.55 + 0.45 * smoothstep(0.2, 0.6, r));
        vec3 seats = mix(wood, cushion, seat * (1.0 - gap) * (1.0 - aisle));
        seats *= lamp * (0.22 + 0.3 * (1.0 - rise));             // the ring's light on the rows near it
        col = seats + lamp * 0.25 * beams * cushion;
    }
    // ---- the floor and the ring: sawdust inside a red and white kerb, dark earth outside
    if (p.y < SEATS + bend) {
        vec2 q = vec2((p.x - cx) / (asp * 0.52), (p.y - RING.x) / RING.y);
        float r = length(q);
        float grain = vnoise(p * vec2(220.0, 420.0)) * 0.5 + vnoise(p * vec2(60.0, 120.0)) * 0.5;
        vec3 sawdust = vec3(0.55, 0.4, 0.22) * (0.8 + 0.3 * grain);
        vec3 earth = vec3(0.1, 0.07, 0.05) * (0.8 + 0.3 * grain);
        float inside = 1.0 - smoothstep(0.97, 1.0, r);
        float kerb = smoothstep(0.95, 0.98, r) * (1.0 - smoothstep(1.06, 1.09, r));
        float block = step(0.5, fract(latan2(q.y, q.x) * 4.0));
        vec3 kerb_col = mix(vec3(0.6, 0.06, 0.05), vec3(0.85, 0.8, 0.72), block);
        vec3 floor_col = mix(earth, sawdust, inside);
        floor_col = mix(floor_col, kerb_col * (0.9 + 0.3 * step(q.y, 0.0)), kerb);
        floor_col *= lamp * 0.4 + lamp * 1.6 * (s1.x + s2.x);
        col = floor_col;
    }
    // ---- the beams through the dust in the air, over everything
    float motes = 0.7 + 0.3 * vnoise(p * 40.0 + vec2(0.0, t * 0.05));
    col += lamp * beams * 0.25 * motes;
    f_color = vec4(col, 1.0) * land_opacity();
}
#endif
