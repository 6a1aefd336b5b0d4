#version 330 core
// A warehouse or a factory's store at night (midground), down an aisle of pallet racking
// (lib/land_room.glsl): blue steel uprights and orange beams, level above level, each bay
// holding pallets of cardboard boxes, loads wrapped in film or nothing; a concrete floor with
// yellow lane lines; high in the dark roof, between steel trusses, round high-bay lamps over the
// aisle throw pools of warm light down it. The aisle ends at a loading bay whose roller shutter
// stands half raised: under it the night outside (the layers behind) shows, and by day its
// light floods in. Further is hazier. The eye drifts slowly along the aisle and back.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(0.7, 0.7), vec2(0.62, 2.3), 18.0);
const Room SHED = Room(vec2(7.0, 7.0), vec2(0.62, 2.3), 18.0);   // over and past the racking
const float TOP = 1.55;         // the racking's top
const float END = 14.0;         // where the racking ends, before the loading bay
const float BAY = 1.4;          // the uprights' spacing along the aisle
const float LEVEL = 0.5;        // the beams' spacing, up from the floor
const float LAMPS = 2.8;        // the high-bay lamps' spacing along the aisle
const float SHUTTER = 0.55;     // how high the loading bay's shutter is raised

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK warehouse_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"
flat out vec3 v_lamp;          // the high-bay lamps' light
flat out vec3 v_day;           // daylight through the loading bay

void warehouse_vertex() {
    room_vertex(vec2(0.5, 0.45), 0.5, ROOM_WARM, ROOM_COOL * 0.55);
    v_lamp = mix(vec3(1.0, 0.8, 0.52), v_pal_light, 0.12) * (2.2 * v_breath);
    v_day = vec3(0.95, 0.96, 1.0) * u_daylight;
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec3 v_lamp;
flat in vec3 v_day;

// How much of the lamps' light reaches a point: the nearest lamp over the aisle (and the
// further rows over the racking, dimmer), falling off with distance, a pool under each.
float lamps_at(vec3 p, float z) {
    float along = z - (floor(z / LAMPS) + 0.5) * LAMPS;
    vec3 d = vec3(p.x, ROOM.floor_ceil.y - 0.25 - p.y, along);
    float near = 1.0 / (dot(d, d) * 0.9 + 0.25);
    float beyond = 0.35 / (pow(abs(abs(p.x) - 3.0), 2.0) + d.y * d.y + along * along + 0.6);
    return near + beyond;
}

// The lamps themselves, seen from below: bright discs in the roof (soft over `soft`).
float lamp_discs(vec3 p, float z, float soft) {
    float along = z - (floor(z / LAMPS) + 0.5) * LAMPS;
    float row = abs(p.x) < 1.5 ? p.x : abs(p.x) - 3.0;
    return clamp(0.5 - (length(vec2(row, along)) - 0.11) / soft, 0.0, 1.0);
}

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_aisle_hit(q, ROOM, SHED, TOP, END);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float rack = step(h.surface, 1.5) * step(p.y, TOP) * step(p.z, END);
    float is_floor = room_on(h, 2.0);
    float roof = room_on(h, 3.0);
    float bay_wall = room_on(h, 4.0);
    float detail = 1.0 - smoothstep(3.0, 10.0, p.z);
    // ---- the racking: uprights, beams, and in each bay on each level a pallet and its load
    float side = step(0.0, p.x);
    float up = p.y + ROOM.floor_ceil.x;                          // height over the floor
    float level = floor(up / LEVEL);
    float in_level = fract(up / LEVEL) * LEVEL;
    float bay = floor(z / BAY);
    float in_bay = fract(z / BAY) * BAY;
    float cell = hash21(vec2(bay * 3.0 + side * 57.0, level + floor(u_seed) * 11.0));
    float beam = step(in_level, 0.045) * step(0.5, level);
    float upright = step(abs(in_bay - 0.04), 0.04);
    float pallet = step(in_level, 0.085) * (1.0 - beam) * step(0.12, in_bay) * step(in_bay, BAY - 0.08);
    float load_h = mix(0.26, 0.4, fract(cell * 7.1));
    float load = step(0.085, in_level) * step(in_level, 0.085 + load_h)
               * step(0.14, in_bay) * step(in_bay, BAY - 0.1) * step(0.12, cell);
    // boxes: kraft brown in stacks, dark seams between them, a strip of tape across each
    vec2 box = vec2(in_bay / mix(0.22, 0.34, fract(cell * 3.3)), (in_level - 0.085) / 0.13);
    vec2 seam_d = abs(fract(box) - 0.5);
    float seams = smoothstep(0.42, 0.5, max(seam_d.x, seam_d.y)) * detail;
    float tone = hash21(floor(box) + cell * 31.0);
    vec3 kraft = vec3(0.62, 0.43, 0.25) * (0.75 + 0.35 * tone);
    kraft = mix(kraft, vec3(0.78, 0.64, 0.42), step(abs(fract(box.x) - 0.5), 0.06) * detail);
    float sheen = pow(vnoise(vec2(z * 14.0, up * 2.0)), 3.0);     // film stretched over boxes
    vec3 wrapped = mix(kraft * (1.0 - 0.4 * seams), vec3(0.7, 0.74, 0.78), 0.45) + sheen * 0.35;
    float film = step(0.72, cell);
    vec3 goods = mix(kraft * (1.0 - 0.6 * seams), wrapped, film);
    vec3 back = vec3(0.035, 0.04, 0.05);
    vec3 shelf = mix(back, goods, load);
    shelf = mix(shelf, vec3(0.42, 0.3, 0.18), pallet * (0.6 + 0.4 * step(0.3, fract(in_bay * 9.0))));
    shelf = mix(shelf, vec3(0.95, 0.42, 0.06), beam);
    shelf = mix(shelf, vec3(0.12, 0.26, 0.52), upright);
    // ---- the floor: concrete, mottled, with yellow lane lines; the roof: dark, with trusses
    float mottle = vnoise(vec2(p.x * 3.0, z * 1.5)) * 0.5 + vnoise(vec2(p.x * 11.0, z * 6.0)) * 0.25;
    vec3 concrete = vec3(0.36, 0.36, 0.34) * (0.8 + 0.35 * mottle);
    float lane = smoothstep(px * 1.5, 0.0, abs(abs(p.x) - 0.5) - 0.018);
    concrete = mix(concrete, vec3(0.95, 0.75, 0.1), lane * 0.85);
    float truss = smoothstep(px * 3.0, 0.0, abs(fract(z / LAMPS) - 0.5) * LAMPS - 0.04);
    float purlin = smoothstep(px * 2.0, 0.0, abs(fract(p.x / 0.9) - 0.5) * 0.9 - 0.012);
    vec3 ceiling = vec3(0.05, 0.055, 0.06) * (1.0 + 1.6 * truss + 0.6 * purlin);
    // ---- the loading bay: a ribbed steel shutter raised to SHUTTER, the outside under it
    float open = bay_wall * step(abs(p.x), 1.1) * step(p.y, -ROOM.floor_ceil.x + SHUTTER);
    float rib = 0.75 + 0.25 * step(0.5, fract(p.y * 14.0));
    vec3 door = vec3(0.3, 0.32, 0.34) * mix(rib, 0.6, step(1.1, abs(p.x)));
    vec3 albedo = shelf * rack + (1.0 - rack) * step(h.surface, 1.5) * vec3(0.1, 0.11, 0.12)
                + is_floor * concrete + roof * ceiling + bay_wall * (1.0 - open) * door;
    // ---- light: the lamps' pools, the cool night in the shade, daylight from the loading bay
    float lit = lamps_at(p, z);
    float toward_bay = smoothstep(6.0, ROOM.far, p.z);
    vec3 light = v_lamp * 0.3 * lit + v_fill * 0.07 + v_day * (0.3 + 0.6 * toward_bay);
    vec3 col = room_lit(albedo, h, ROOM, light);
    col += roof * v_lamp * lamp_discs(p, z, px * 1.5) * 1.6;
    // the floor's sheen: the lamps mirrored, blurred with distance
    vec3 m = interior_mirror(p, q, ROOM.floor_ceil);
    float seen = max(step(abs(m.x), ROOM.walls.x), step(END, m.z));
    col += is_floor * seen * v_lamp * 0.05 * lamp_discs(m, m.z + v_draw.y, 0.1 + (m.z - p.z) * 0.15);
    // under the shutter the outside shows; at night the dock's lamp warms the floor before it
    col = col * (1.0 - open);
    col += is_floor * v_key * 0.1 * exp(-(ROOM.far - p.z) * 0.5) * (1.0 - u_daylight);
    // ---- the shed's air, dusty in the lamps' light, brighter toward the bay by day
    vec3 haze = mix(v_pal_haze * 0.5 + v_lamp * 0.03, v_day * 0.55, toward_bay * u_daylight);
    col = room_finish(col, p.z, 0.05, haze, 1.0 - open);
    f_color = vec4(col, 1.0 - open) * v_draw.x;
}
#endif
