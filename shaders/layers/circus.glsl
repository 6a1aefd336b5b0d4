#version 330 core
// Inside a circus's big top (midground, an interior: it covers the frame), from the edge of
// the ring: red and cream canvas in stripes rising to the king poles' peak above the frame,
// bunting strung across, a trapeze hanging high; rows of seats climbing the far side; the ring
// below, sawdust inside a red and white kerb, with the spotlights' pools moving slowly over
// it and their beams reaching down through the dust in the air. The tent's own light is
// warm, the canvas glows where the spots light it, and its folds fall into shade. With MARQUEE
// defined it is a wedding or party marquee instead: white canvas panels rising to the poles,
// strings of warm fairy lights swagged across the roof, tall windows in its walls onto the
// night or the day outside (the layers behind show through), a wooden dance floor, and round
// tables in white cloths, a candle on each.
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
#if defined MARQUEE
    v_lamp = mix(vec3(1.0, 0.78, 0.56), v_pal_light, 0.1) * v_breath;
#endif
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

#if defined MARQUEE
// A string of fairy lights sagging across the roof from side to side, at height `y` over the
// middle: each bulb's light at p (a bright core and a soft halo), bulbs `gap` apart.
float fairy_lights(vec2 p, float cx, float asp, float y, float gap, float soft) {
    float wire = y - 0.07 * (1.0 - pow((p.x - cx) / (asp * 0.6), 2.0));
    vec2 bulb = vec2((fract((p.x - cx) / gap) - 0.5) * gap, p.y - wire);
    float d = length(bulb);
    return land_fill(d - 0.0045, soft) + 0.18 * exp(-d * d * 9000.0)
         + 0.25 * land_fill(abs(p.y - wire) - 0.0008, soft) * 0.2;
}

// A round table in a white cloth standing on the floor at `foot`, `w` wide: 1 on it (x), the
// cloth's shading (y).
vec2 table(vec2 p, vec2 foot, float w, float soft) {
    vec2 top = p - foot - vec2(0.0, w * 0.55);
    float disc = land_fill(length(top / vec2(w, w * 0.22)) - 1.0, soft / w);
    float skirt = land_fill(sd_box(p - foot - vec2(0.0, w * 0.28), vec2(w * 0.97, w * 0.28)), soft);
    float folds = 0.8 + 0.2 * abs(fract((p.x - foot.x) / w * 3.0) * 2.0 - 1.0);
    return vec2(max(disc, skirt), mix(folds * 0.8, 1.0, disc));
}
#endif

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
#if defined MARQUEE
    vec3 canvas = vec3(0.86, 0.84, 0.78) * (0.75 + 0.25 * fold) * (1.0 - 0.25 * stripe * 0.3);
    beams = 0.0;  // no spotlights: the fairy lights and the candles
#else
    vec3 canvas = mix(vec3(0.5, 0.05, 0.05), vec3(0.75, 0.66, 0.5), stripe) * fold;
#endif
    float up = smoothstep(EAVE, 1.0, p.y);
    canvas *= lamp * (0.35 - 0.2 * up) + lamp * 0.4 * beams;
    col = canvas;
    // the seam between wall and roof, and the wall's scalloped valance
    float valance = EAVE + 0.06 - 0.012 * abs(fract((p.x - cx) * 14.0) * 2.0 - 1.0);
    float band = land_fill(abs(p.y - valance + 0.02) - 0.02, soft);
#if defined MARQUEE
    col = mix(col, vec3(0.8, 0.74, 0.6) * lamp * 0.45, band);
#else
    col = mix(col, vec3(0.6, 0.45, 0.12) * lamp * 0.5, band);
#endif
    // ---- the king poles and their rigging
    for (int i = 0; i < 2; i++) {
        float x = cx + (float(i) - 0.5) * asp * 0.36;
        float pole = land_fill(abs(p.x - x) - 0.006, soft) * step(SEATS - 0.02, p.y);
        col = mix(col, vec3(0.32, 0.26, 0.2) * lamp * (0.5 + 0.5 * step(x, p.x + 0.003)), pole);
    }
#if defined MARQUEE
    // ---- strings of fairy lights swagged across the roof, glowing warm on the canvas
    float bulbs = fairy_lights(p, cx, asp, 0.93, 0.045, soft)
                + fairy_lights(p, cx, asp, 0.8, 0.04, soft)
                + fairy_lights(p, cx, asp, 0.69, 0.035, soft);
    vec3 fairy = mix(vec3(1.0, 0.78, 0.42), v_pal_light, 0.1);
    col = col * (1.0 + 0.6 * smoothstep(0.62, 0.95, p.y)) + fairy * bulbs * 1.4;
    float alpha = 1.0;
#else
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
#endif
    // ---- the seats: rows climbing from the ring's floor to the eave, following its curve
    float bend = 0.05 * pow((p.x - cx) / asp * 2.0, 2.0);    // the rows curve round the ring
    float rise = (p.y - SEATS - bend) / (EAVE - SEATS);
#if defined MARQUEE
    if (rise > 0.0 && rise < 1.0) {
        // the walls: canvas with tall arched windows onto the outside, their panes clear
        float across = (p.x - cx) / (asp * 0.16);
        vec2 w = vec2((fract(across + 0.5) - 0.5) * asp * 0.16, p.y - SEATS - bend - 0.04);
        float arch = max(abs(w.x) - 0.055, max(-w.y, w.y - 0.13 - sqrt(max(0.003 - w.x * w.x, 0.0))));
        float pane = land_fill(arch, soft) * (1.0 - step(abs(across), 0.5));   // none behind the middle
        float bars = land_fill(abs(w.x) - 0.002, soft) + land_fill(abs(w.y - 0.08) - 0.002, soft);
        alpha = 1.0 - pane * (1.0 - min(bars, 1.0)) * 0.9;
        col = mix(col, col * 0.5, pane);
    }
#else
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
#endif
    // ---- the floor and the ring: sawdust inside a red and white kerb, dark earth outside
#if defined MARQUEE
    if (p.y < SEATS + bend) {
        // a wooden dance floor in the middle, coir matting round it, the lights' warmth on it
        vec2 q = vec2((p.x - cx) / (asp * 0.3), (p.y - RING.x) / RING.y);
        float dance = land_fill(max(abs(q.x), abs(q.y)) - 1.0, soft * 8.0);
        // its boards laid across, in perspective: seams between rows, butt joints staggered
        float z = 0.12 / max(SEATS + 0.04 - p.y, 0.02);          // depth from the eye
        float row = z * 14.0;
        float seam = step(0.9, fract(row)) + step(0.97, fract((p.x - cx) * z * 2.5 + floor(row) * 0.37));
        float fine = 1.0 - smoothstep(1.0, 3.0, z);               // the far boards blur together
        vec3 wood = vec3(0.46, 0.3, 0.16) * (0.9 + 0.1 * hash11(floor(row)) - 0.35 * min(seam, 1.0) * fine);
        float board = fract(row);
        vec3 matting = vec3(0.3, 0.25, 0.17) * (0.85 + 0.15 * vnoise(p * vec2(300.0, 500.0)));
        col = mix(matting, wood, dance) * lamp * (0.45 + 0.35 * (1.0 - p.y / SEATS));
        col += fairy * 0.08 * dance * (1.0 - smoothstep(0.0, 0.2, abs(fract(board * 2.0) - 0.5)));
    }
    // the tables round the floor, white cloths in the warm light, a candle on each
    for (int i = 0; i < 4; i++) {
        float side = i < 2 ? -1.0 : 1.0;
        float near = float(i - 2 * (i / 2));
        vec2 foot = vec2(cx + side * asp * mix(0.3, 0.4, near), mix(0.3, 0.1, near));
        float w = mix(0.07, 0.11, near);
        vec2 t_ = table(p, foot, w, soft);
        vec3 cloth = vec3(0.9, 0.88, 0.84) * lamp * 0.55 * t_.y;
        col = mix(col, cloth, t_.x);
        vec2 flame = p - foot - vec2(0.0, w * 0.62);
        col += fairy * (land_fill(length(flame / vec2(1.0, 2.2)) - 0.005, soft) * 1.5
                        + 0.25 * exp(-dot(flame, flame) * 2500.0));
    }
    f_color = vec4(col, 1.0) * alpha * land_opacity();
#else
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
#endif
}
#endif
