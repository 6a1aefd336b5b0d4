#version 330 core
// An airport terminal (midground), seen down its concourse (lib/land_room.glsl): a floor of
// polished pale stone, rows of joined black seats along both sides, departure boards of amber
// lines high on the left wall and lit shop fronts on the right, long light slots in the
// ceiling; at the far end a wall of glass from floor to roof, its mullions against the sky
// (the layers behind) and an airliner standing on the apron beyond it, its cabin windows lit.
// The shops glow warm, the glass lets in the sky's cool light.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(2.0, 2.0), vec2(0.75, 2.2), 10.0);
const vec2 ROW = vec2(1.4, 8.6);       // where the seats along each side begin and end
const float SEAT = 0.5;                // one seat's width along the row
const float SLOTS = 1.6;               // the ceiling's light slots' spacing
const float BAYS = 2.4;                // the boards' and the shops' spacing along the walls

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK airport_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"

void airport_vertex() {
    room_vertex(vec2(0.5, 0.42), 0.3, vec3(0.95, 0.97, 1.0) * 1.15, vec3(0.45, 0.58, 1.0));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

// An airliner on the apron, seen side on through the glass at the far wall's point w: its
// coverage, and its lit cabin windows.
vec2 airliner(vec2 w, float soft) {
    vec2 b = w - vec2(0.3, -0.35);
    float body = sd_capsule(b, vec2(-1.2, 0.0), vec2(1.0, 0.02), 0.16);
    body = min(body, sd_taper(b, vec2(1.0, 0.02), vec2(1.4, 0.12), 0.14, 0.03));          // the tail cone
    body = min(body, sd_taper(b, vec2(1.15, 0.1), vec2(1.42, 0.62), 0.1, 0.03));          // the fin
    body = min(body, sd_taper(b, vec2(0.2, -0.06), vec2(-0.45, -0.32), 0.06, 0.02));      // the wing
    float windows = step(abs(b.y - 0.04), 0.025) * step(0.5, fract(b.x * 14.0)) * step(abs(b.x + 0.1), 0.95);
    return vec2(land_fill(body, soft), windows);
}

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_hit(q, ROOM);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float wall = room_side(h);
    float left = room_on(h, 0.0);
    float right = room_on(h, 1.0);
    float is_floor = room_on(h, 2.0);
    float ceiling = room_on(h, 3.0);
    float far_wall = room_on(h, 4.0);
    vec3 stone = mix(vec3(0.78, 0.77, 0.74), v_pal_light, 0.08);
    // ---- the side walls: pale panels; departure boards high on the left, shops on the right
    vec3 albedo = stone * (1.0 - 0.12 * interior_grout(vec2(z / 1.2, p.y / 0.6), 0.0, 0.05));
    float bay = fract(z / BAYS) - 0.5;
    float board = left * step(abs(bay * BAYS), 0.8) * step(abs(p.y - 1.35), 0.32);
    vec2 line = vec2(z / 0.045, (p.y - 1.03) / 0.06);      // characters in lines, gaps between words
    float text = board * step(0.45, fract(line.y)) * step(0.3, hash21(floor(line)))
               * step(0.25, fract(line.x)) * step(0.12, hash11(floor(line.x / 6.0) + floor(line.y) * 7.0));
    float shop = right * step(abs(bay * BAYS), 0.85) * step(p.y, 0.9);
    float sign = right * step(abs(bay * BAYS), 0.85) * step(abs(p.y - 1.05), 0.12);
    albedo = mix(albedo, vec3(0.03), board);
    albedo = mix(albedo, mix(vec3(0.1, 0.3, 0.6), vec3(0.65, 0.12, 0.1), step(0.5, hash11(floor(z / BAYS)))), sign);
    // ---- the floor: polished stone in broad slabs; the ceiling, its light slots
    vec2 slab = vec2(p.x, z) / vec2(0.9, 0.9);
    albedo = mix(albedo, stone * (0.92 + 0.1 * hash21(floor(slab))) * (1.0 - 0.1 * interior_grout(slab, 0.0, 0.04)), is_floor);
    albedo = mix(albedo, stone * 0.8, ceiling);
    float slot = ceiling * interior_lights(abs(p.x) - 0.9, z, SLOTS, vec2(0.08, 0.6), px * 2.0);
    // ---- the far wall: glass from floor to roof between mullions; the airliner beyond
    float mullion = max(smoothstep(px * 2.0, 0.0, abs(fract(p.x / 0.5) - 0.5) * 0.5 - 0.012),
                        smoothstep(px * 2.0, 0.0, abs(p.y - 0.6) - 0.01));
    float glass = far_wall * (1.0 - mullion);
    vec2 plane = airliner(p.xy, px * 1.5) * far_wall;
    // ---- light: the slots' cool white from above, the shops' warm glow, the glass's sky
    float along = fract(z / SLOTS) - 0.5;
    float tubes = room_tubes(h, ROOM, -0.9, along) + room_tubes(h, ROOM, 0.9, along);
    vec3 to_glass = vec3(0.0, 0.5, ROOM.far) - p;
    float daylight = 0.8 / (dot(to_glass, to_glass) * 0.08 + 1.0);
    vec3 col = room_lit(albedo, h, ROOM, v_key * (0.12 * tubes + 0.05) + v_fill * (0.1 + 0.3 * daylight));
    col += slot * v_key * 1.1;
    col = mix(col, vec3(1.0, 0.75, 0.25) * 1.1, text);                       // the boards' amber lines
    // the shop fronts lit, their shelves of goods behind the glass between the window frames
    vec2 goods = vec2(z / 0.12, p.y / 0.22);
    float shelf = smoothstep(0.12, 0.0, abs(fract(goods.y) - 0.1)) * step(p.y, 0.75);
    float item = step(0.35, fract(goods.x)) * step(0.25, fract(goods.y)) * step(fract(goods.y), 0.7)
               * step(0.3, hash21(floor(goods)));
    float frame = smoothstep(px * 2.0, 0.0, abs(fract(z / 0.8) - 0.5) * 0.8 - 0.02);
    vec3 window = mix(vec3(1.0, 0.78, 0.5), v_pal_glow, 0.2);
    vec3 wares = mix(window, mix(vec3(0.8, 0.25, 0.2), vec3(0.2, 0.45, 0.8), hash21(floor(goods) + 3.0)), item * 0.7);
    wares = mix(wares, vec3(0.3, 0.25, 0.2), max(shelf * 0.6, frame));
    col = mix(col, wares * v_key.r * 0.8, shop);
    col += sign * v_key * 0.25;
    // the polished floor catches the shops' glow and the slots' light
    col += is_floor * (vec3(1.0, 0.7, 0.35) * 0.05 * smoothstep(0.6, 1.0, p.x / ROOM.walls.x)
                       + v_key * 0.03 * smoothstep(0.2, 0.0, abs(abs(p.x) - 0.9)));
    // ---- the seats along both sides, black, with a steel frame
    vec3 rd = vec3(q, 1.0);
    vec3 seat = room_seats(1.0 / rd, px * 1.5 / max(p.z, 0.1), ROOM, ROW, 0.35);
    float k = fract((seat.x - ROW.x) / SEAT);
    float gap = smoothstep(0.0, 0.03, min(k, 1.0 - k) * SEAT - 0.02);
    vec3 seats = vec3(0.05, 0.055, 0.06) * (v_key * (0.2 + 0.2 * seat.z) + v_fill * 0.1);
    col = mix(col, seats, seat.y * gap * step(seat.x, p.z));
    // ---- the haze down the concourse; the sky through the glass, the airliner against it
    col = room_finish(col, p.z, 0.04, land_pal_haze() * 0.35 + v_fill * 0.03, 1.0 - glass);
    vec3 hull = vec3(0.8, 0.82, 0.86) * (v_fill * 0.35 + v_key * 0.08) + plane.y * vec3(1.0, 0.8, 0.5) * 0.5;
    col = mix(col * (1.0 - glass), hull, plane.x);
    float cov = max(1.0 - glass * 0.92, plane.x);
    f_color = vec4(col, cov) * v_draw.x;
}
#endif
