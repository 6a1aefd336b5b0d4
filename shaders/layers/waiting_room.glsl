#version 330 core
// A waiting room (midground: a doctor's, a dentist's, a hospital's), seen from its door
// (lib/land_room.glsl): rows of joined plastic chairs along both walls, orange and blue, a
// notice board of pinned papers and a television high on a bracket, pale green walls over a
// speckled floor, flat white light from panels in the ceiling; at the far end the reception's
// glass hatch lit warm over its counter, a clock above it and a water cooler in the corner.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(1.1, 1.1), vec2(0.62, 0.9), 4.6);
const vec2 ROW = vec2(0.9, 3.9);       // where the chairs along each wall begin and end
const float CHAIR = 0.46;              // one chair's width along the row
const float PANELS = 1.1;              // the ceiling panels' spacing
const vec4 HATCH = vec4(-0.6, -0.12, 0.2, 0.36);   // the reception's hatch on the far wall

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK waiting_room_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"

void waiting_room_vertex() {
    room_vertex(vec2(0.5, 0.45), 0.12, vec3(0.92, 0.96, 1.0) * 1.2, vec3(0.4, 0.52, 0.9));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_hit(q, ROOM);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float wall = room_side(h);
    float left = room_on(h, 0.0);
    float is_floor = room_on(h, 2.0);
    float ceiling = room_on(h, 3.0);
    float far_wall = room_on(h, 4.0);
    vec3 paint = mix(vec3(0.62, 0.74, 0.64), v_pal_light, 0.1);
    // ---- the walls: pale green over a darker dado; a notice board and a television
    vec3 albedo = mix(paint, paint * 0.7, step(p.y, -0.2));
    albedo = mix(albedo, vec3(0.85, 0.85, 0.8), wall * smoothstep(px * 2.0, 0.0, abs(p.y + 0.19) - 0.015));
    float board = (1.0 - left) * wall * step(abs(p.z - 2.0), 0.4) * step(abs(p.y - 0.3), 0.17);
    vec2 note = vec2(p.z - 1.6, p.y - 0.13) / vec2(0.16, 0.12);
    float paper = board * step(0.25, fract(note.x)) * step(0.3, fract(note.y + 0.4 * floor(note.x)));
    vec3 papers = mix(vec3(0.95, 0.93, 0.85), mix(vec3(1.0, 0.85, 0.3), vec3(0.6, 0.85, 1.0), step(0.5, hash11(floor(note.x) * 7.0 + floor(note.y)))), step(0.6, hash11(floor(note.x) + floor(note.y) * 3.0)));
    albedo = mix(albedo, mix(vec3(0.55, 0.38, 0.22), papers, paper), board);
    float tv = left * step(abs(p.z - 3.0), 0.32) * step(abs(p.y - 0.58), 0.17);
    albedo = mix(albedo, vec3(0.02), tv);
    // ---- the floor: speckled vinyl; the ceiling: white tiles and light panels
    vec3 vinyl = vec3(0.5, 0.54, 0.5) * (0.85 + 0.3 * hash21(floor(vec2(p.x, z) * 60.0)));
    albedo = mix(albedo, vinyl, is_floor);
    albedo = mix(albedo, vec3(0.8, 0.8, 0.78) * (1.0 - 0.2 * interior_grout(vec2(p.x, z) * 1.8, 0.02, 0.05)), ceiling);
    float panel = ceiling * interior_lights(abs(p.x) - 0.4, z, PANELS, vec2(0.16, 0.28), px * 2.0);
    // ---- the far wall: the reception's hatch lit warm over its counter, a clock above
    float hatch = far_wall * step(HATCH.x, p.x) * step(p.x, HATCH.z) * step(HATCH.y, p.y) * step(p.y, HATCH.w);
    float counter = far_wall * step(HATCH.x - 0.05, p.x) * step(p.x, HATCH.z + 0.05) * step(abs(p.y - HATCH.y + 0.02), 0.03);
    albedo = mix(albedo, vec3(0.7, 0.55, 0.35), counter);
    vec2 clock = p.xy - vec2(0.55, 0.55);
    float face = far_wall * step(length(clock), 0.13);
    float hands = face * max(smoothstep(0.012, 0.0, abs(clock.x)) * step(0.0, clock.y) * step(clock.y, 0.09),
                             smoothstep(0.012, 0.0, abs(clock.y)) * step(0.0, clock.x) * step(clock.x, 0.07));
    albedo = mix(albedo, mix(vec3(0.95), vec3(0.05), hands), face);
    // ---- light: the panels' flat white, the hatch's warm glow spilling out
    float bay = fract(z / PANELS) - 0.5;
    float tubes = room_tubes(h, ROOM, -0.4, bay) + room_tubes(h, ROOM, 0.4, bay);
    vec3 to_hatch = vec3(-0.2, 0.1, ROOM.far) - p;
    float warm = 0.25 / (dot(to_hatch, to_hatch) + 0.3);
    vec3 col = room_lit(albedo, h, ROOM, v_key * (0.12 * tubes + 0.05) + vec3(1.0, 0.7, 0.4) * warm * v_key.r + v_fill * 0.04);
    col += panel * v_key * 1.1;
    col = mix(col, vec3(1.0, 0.82, 0.55) * v_key.r * (0.75 + 0.2 * step(0.0, p.x + 0.2)), hatch);
    col += tv * vec3(0.1, 0.3, 0.6) * (0.8 + 0.2 * lsin(u_time * 1.7));
    // ---- the chairs along the walls, one colour each, and the water cooler in the corner
    vec3 rd = vec3(q, 1.0);
    vec3 inv = 1.0 / rd;
    vec3 seat = room_seats(inv, px * 1.5 / max(p.z, 0.1), ROOM, ROW, 0.0);
    float seat_z = seat.x;                            // rd.z is 1: the distance is its depth
    float k = floor((seat_z - ROW.x) / CHAIR);
    float gap = smoothstep(0.0, 0.03, min(fract((seat_z - ROW.x) / CHAIR), 1.0 - fract((seat_z - ROW.x) / CHAIR)) * CHAIR - 0.02);
    float chair = seat.y * gap * step(seat_z, p.z);
    vec3 plastic = mix(vec3(0.85, 0.38, 0.1), vec3(0.1, 0.35, 0.7), step(0.5, mod(k + step(0.0, q.x), 2.0)));
    vec3 chair_col = plastic * (v_key * (0.05 + 0.06 * tubes * (0.6 + 0.4 * seat.z)) + v_fill * 0.05);
    col = mix(col, chair_col, chair);
    vec3 cooler = interior_box(inv, vec3(0.72, -0.62, ROOM.far - 0.4), vec3(1.0, 0.1, ROOM.far - 0.12), px * 1.5 / ROOM.far);
    float bottle = step(-0.12, q.y * cooler.x);
    vec3 cooler_col = mix(vec3(0.85), vec3(0.35, 0.6, 0.95), bottle) * (v_key * 0.45 + v_fill * 0.05);
    col = mix(col, cooler_col, cooler.y * step(cooler.x, p.z));
    // ---- the haze
    col = room_finish(col, p.z, 0.05, land_pal_haze() * 0.3 + v_fill * 0.02, 1.0 - hatch);
    f_color = vec4(col, 1.0) * v_draw.x;
}
#endif
