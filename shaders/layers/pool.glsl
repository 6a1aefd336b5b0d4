#version 330 core
// An indoor swimming pool at night (midground), seen from the deck at the shallow end down its
// length (lib/land_room.glsl): the water glows turquoise from the lamps set in the pool's
// walls, caustics ripple over the lane lines on the tiled bottom, lane ropes of red and white
// floats run away to the far end, the still surface mirrors the hall's warm lamps in wavering
// streaks, pale tiled decks either side lit warm by the lamps, tall windows on the right wall
// where the night sky (the layers behind) shows, a diving board and a lit clock at the far end.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(1.7, 1.7), vec2(0.5, 1.3), 12.0);
const float POOL = 1.05;         // the water's half-width
const float DEEP = 0.35;         // how deep the bottom lies under the surface (shallow end)
const float LAMPS = 2.4;         // the lamps' spacing in the pool's walls and overhead

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK pool_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"
flat out vec3 v_water;    // the lit water's colour

void pool_vertex() {
    room_vertex(vec2(0.42, 0.55), 0.3, ROOM_WARM * 1.9, ROOM_COOL * 0.5);
    v_water = mix(vec3(0.0, 0.72, 0.85), v_pal_glow, 0.12) * (1.3 * v_breath);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec3 v_water;

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_hit(q, ROOM);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float t = v_draw.z;
    float is_floor = room_on(h, 2.0);
    float ceiling = room_on(h, 3.0);
    float far_wall = room_on(h, 4.0);
    float water = is_floor * smoothstep(px, -px, abs(p.x) - POOL);
    // ---- under the surface: the ray bends down to the tiled bottom; lane lines, caustics
    float ripple = vnoise(vec2(p.x * 3.0, z * 1.5 - t * 0.35)) - 0.5;
    vec3 b = p * (1.0 + DEEP * 1.35 / ROOM.floor_ceil.x) + vec3(ripple * 0.04, 0.0, 0.0);
    float lane = smoothstep(0.05 + px, 0.05, abs(fract(b.x / 0.42) - 0.5) * 0.42);
    float tiles = interior_grout(vec2(b.x, b.z + v_draw.y) * 5.0, 0.04, 0.08);
    vec2 cq = vec2(b.x * 2.2, (b.z + v_draw.y) * 1.1);
    float caustic = caustic_net(cq, t);
    vec3 bottom = mix(vec3(0.55, 0.85, 0.9), vec3(0.02, 0.06, 0.3), lane) * (1.0 - 0.4 * tiles);
    // the lamps set in the pool's walls light the water around them, brightest near the sides
    float lz = (fract(z / LAMPS) - 0.5) * LAMPS;
    float side_glow = exp(-(POOL - abs(b.x)) * 2.2) * (0.4 + 0.6 / (1.0 + lz * lz * 3.0));
    float through = exp(-p.z * 0.07);
    vec3 under = v_water * (bottom * (0.2 + 1.3 * caustic) * 0.4 + side_glow * 0.8) * through;
    under = mix(v_water * 0.04, under, through);
    // ---- the surface mirrors the ceiling: its warm lamps as wavering streaks, stronger far off
    vec3 m = interior_mirror(p, q, ROOM.floor_ceil);
    m.x += ripple * 0.5 * (m.z - p.z) * 0.08;
    float lamp_m = interior_lights(abs(m.x) - 0.85, m.z + v_draw.y, LAMPS, vec2(0.09, 0.12), 0.08 + (m.z - p.z) * 0.02);
    float fres = mix(0.08, 0.7, smoothstep(0.0, 9.0, p.z));
    vec3 water_col = under * (1.0 - fres) + (v_fill * 0.02 + v_key * lamp_m * 1.6) * fres;
    // the lane ropes: floats in red and white bands, laid on the surface
    float rope_x = (fract((p.x + 0.21) / 0.42) - 0.5) * 0.42;
    float rope = water * smoothstep(0.014 + px, 0.014, abs(rope_x)) * step(abs(p.x), POOL - 0.2);
    vec3 floats = mod(floor((z + 20.0) * 2.5), 4.0) < 1.5 ? vec3(0.85, 0.08, 0.06) : vec3(0.9, 0.9, 0.85);
    // ---- the deck and walls: pale tiles, lit warm by the lamps overhead and by the water's glow
    float gr = interior_grout(room_uv(h) * 4.0, 0.05, 0.08);
    vec3 albedo = vec3(0.62, 0.64, 0.6) * (1.0 - 0.45 * gr);
    float edge = is_floor * smoothstep(px * 2.0, 0.0, abs(abs(p.x) - POOL - 0.06) - 0.04);
    albedo = mix(albedo, vec3(0.04, 0.1, 0.35), edge);                 // the blue edge tiles
    // the right wall: tall windows of night between piers
    float pier = (fract(z / LAMPS) - 0.5) * LAMPS;
    float glass = room_on(h, 1.0) * room_windows(h, LAMPS, LAMPS - 0.5, vec2(-0.1, 1.15));
    float bay = 1.0 / (1.0 + pier * pier * 4.0);                        // under a lamp
    float key = (0.03 + 0.5 * exp(-abs(p.y - ROOM.floor_ceil.y) * 1.2)) * (0.15 + 1.0 * bay);
    vec3 col = room_lit(albedo, h, ROOM, v_key * key + v_fill * 0.04);
    float low = exp(-max(abs(p.x) - POOL, 0.0) * 1.6) * exp(-max(p.y + ROOM.floor_ceil.x, 0.0) * 2.5);
    col += albedo * v_water * 0.16 * low * (1.0 - ceiling);
    // the roof: dark night blue, its trusses crossing each lamp bay, the lamps in two rows
    float truss = ceiling * smoothstep(px * 2.0, 0.0, abs(pier) - 0.04);
    col = mix(col, v_fill * 0.015 + truss * v_key * 0.02, ceiling * 0.9);
    float lamp = ceiling * interior_lights(abs(p.x) - 0.85, z, LAMPS, vec2(0.09, 0.12), px * 2.0);
    col += v_key * lamp * 2.5;
    // water in the pool, the ropes on it
    col = mix(col, water_col, water);
    col = mix(col, floats * (v_water * 0.25 + v_key * 0.25 * fres + 0.05), rope);
    // ---- the far wall: a diving board on its right, a lit clock, the water's light on it
    vec2 fw = p.xy;
    float board = far_wall * step(abs(fw.x - 0.6), 0.09) * step(abs(fw.y + 0.05), 0.02);
    float ladder = far_wall * step(abs(abs(fw.x - 0.6) - 0.07), 0.008) * step(fw.y, -0.05);
    vec2 cr = fw - vec2(-0.5, 0.7);
    float clock_r = length(cr);
    float face = far_wall * smoothstep(0.13 + px, 0.13, clock_r);
    float hands = face * (smoothstep(0.012, 0.0, abs(cr.x)) * step(0.0, cr.y) * step(clock_r, 0.1)
                        + smoothstep(0.012, 0.0, abs(cr.y)) * step(0.0, cr.x) * step(clock_r, 0.07));
    col = mix(col, vec3(1.0, 0.95, 0.85) * 1.3 * (1.0 - hands), face);
    col = mix(col, vec3(0.75, 0.75, 0.7) * (v_water * 0.3 + 0.05), max(board, ladder));
    // ---- haze: the damp air of the hall, lit blue-green by the water; the windows show the sky
    col = room_finish(col, p.z, 0.09, mix(v_pal_haze, v_water * 0.12, 0.5), (1.0 - face) * (0.5 - 0.4 * ceiling));
    float cov = 1.0 - glass * 0.85;
    f_color = vec4(col * (1.0 - glass) + v_fill * glass * 0.02, cov) * v_draw.x;
}
#endif
