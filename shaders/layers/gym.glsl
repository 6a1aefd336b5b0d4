#version 330 core
// A school gym or sports hall (midground), seen down its length (lib/land_room.glsl): a floor
// of honey-coloured boards with painted court lines (a centre circle, the key), its varnish
// sheened under the lamps; wall bars up the side walls under a row of high windows onto the sky; steel
// trusses across the roof with rows of high lamps; at the far end a basketball hoop on its
// white backboard. The lamps light it cool-white, the windows let in the sky. Further is hazier.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(1.8, 1.8), vec2(0.75, 2.1), 9.0);
const float TRUSS = 1.5;               // the trusses' and lamps' spacing down the hall
const vec2 CIRCLE = vec2(0.0, 4.5);    // the centre circle's middle on the floor (x, z)
const vec4 HIGH_WINDOWS = vec4(1.0, 1.75, 1.1, 0.5);   // their sill, head, width and gap along

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK gym_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"

void gym_vertex() {
    room_vertex(vec2(0.5, 0.4), 0.3, vec3(0.95, 0.97, 1.0) * 1.3, vec3(0.45, 0.58, 1.0));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

// How far the floor point (x, z) is from a painted court line (0 on one); `to_far` is its
// distance from the far wall, where the key lies before the hoop.
float court_line(vec2 f, float to_far) {
    vec2 c = f - CIRCLE;
    float circle = abs(length(c) - 0.6);
    float halfway = abs(c.y);
    float sides = abs(abs(f.x) - 1.5);
    float key_sides = abs(abs(f.x) - 0.55) + step(2.0, to_far) * 1e3;
    float key_front = abs(to_far - 2.0) + step(0.55, abs(f.x)) * 1e3;
    return min(min(circle, halfway), min(sides, min(key_sides, key_front)));
}

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_hit(q, ROOM);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float wall = room_side(h);
    float is_floor = room_on(h, 2.0);
    float roof = room_on(h, 3.0);
    float far_wall = room_on(h, 4.0);
    vec3 paint = mix(vec3(0.72, 0.74, 0.7), v_pal_light, 0.1);
    // ---- the walls: painted blocks below, wall bars, a row of high windows onto the sky
    vec2 block = vec2(z, p.y) / vec2(0.4, 0.2);
    block.x += 0.5 * mod(floor(block.y), 2.0);
    vec3 albedo = paint * (1.0 - 0.15 * interior_grout(block, 0.0, 0.06));
    albedo = mix(albedo, vec3(0.25, 0.4, 0.7) * 0.8, wall * step(p.y, -0.35));   // a blue dado
    float bars_zone = wall * step(abs(fract(z / 3.0) - 0.5), 0.22) * step(p.y, 0.9);
    float rung = max(smoothstep(px * 2.0, 0.0, abs(fract(z / 0.12) - 0.5) * 0.12 - 0.012),
                     smoothstep(px * 2.0, 0.0, abs(fract(p.y / 0.18) - 0.5) * 0.18 - 0.01) * 0.6);
    albedo = mix(albedo, vec3(0.55, 0.36, 0.18), bars_zone * rung);
    float windows = room_windows(h, HIGH_WINDOWS.z + HIGH_WINDOWS.w, HIGH_WINDOWS.z, HIGH_WINDOWS.xy);
    // ---- the roof: steel trusses across it, rows of high lamps between them
    float along = (fract(z / TRUSS) - 0.5) * TRUSS;
    float truss = roof * smoothstep(px * 2.0, 0.0, abs(along) - 0.04);
    albedo = mix(albedo, mix(paint * 0.35, vec3(0.12, 0.13, 0.15), truss), roof);
    float lamp = roof * interior_lights(abs(p.x) - 0.9, z + TRUSS * 0.5, TRUSS, vec2(0.18, 0.1), px * 2.0);
    // ---- the floor: boards of honey-coloured wood along the hall, the court's lines
    vec2 f = vec2(p.x, z);
    float board = floor(f.x / 0.09);
    vec3 wood = mix(vec3(0.7, 0.46, 0.22), vec3(0.8, 0.56, 0.3), hash11(board * 3.7 + floor(f.y / 1.3 + hash11(board))));
    wood *= 1.0 - 0.2 * smoothstep(0.44, 0.5, abs(fract(f.x / 0.09) - 0.5));
    float line = smoothstep(0.03 + px, 0.03, court_line(f, ROOM.far - p.z));
    wood = mix(wood, vec3(0.9, 0.85, 0.3), line);
    albedo = mix(albedo, wood, is_floor);
    // ---- the far wall: a basketball hoop on its white backboard
    vec2 b = p.xy - vec2(0.0, 0.75);
    float backboard = far_wall * step(abs(b.x), 0.6) * step(abs(b.y), 0.36);
    float square = far_wall * smoothstep(px * 2.0, 0.0, abs(max(abs(b.x) - 0.15, abs(b.y + 0.08) - 0.11)));
    albedo = mix(albedo, mix(vec3(0.92), vec3(0.8, 0.15, 0.1), square), backboard);
    // ---- light: the lamps overhead, cool white; the sky's light through the high windows
    float overhead = 0.35 + 0.65 * smoothstep(ROOM.floor_ceil.y, -ROOM.floor_ceil.x, p.y) * (1.0 - roof);
    float under = 1.0 - 0.5 * abs(along) / (TRUSS * 0.5);
    vec3 col = room_lit(albedo, h, ROOM, v_key * overhead * under * 0.55 + v_fill * 0.15);
    col += lamp * v_key * 1.2;
    // the varnish: a sheen under each row of lamps
    col += is_floor * v_key * 0.06 * smoothstep(0.6, 0.0, abs(abs(p.x) - 0.9)) * under;
    // the hoop's orange rim, standing out from the backboard
    vec2 rim = vec2(q.x, q.y - 0.42 / (ROOM.far - 0.25)) * (ROOM.far - 0.25);
    float ring = smoothstep(px * 2.0, 0.0, abs(length(rim * vec2(1.0, 4.0)) - 0.24) - 0.03);
    col = mix(col, vec3(0.95, 0.4, 0.08) * (v_key * 0.6 + 0.1), ring * step(ROOM.far - 0.5, p.z));
    // ---- the haze down the hall; the sky shows through the high windows
    col = room_finish(col, p.z, 0.06, land_pal_haze() * 0.4 + v_fill * 0.03, 1.0 - windows);
    float cov = 1.0 - windows * 0.9;
    col = col * (1.0 - windows) + windows * v_fill * 0.03;
    f_color = vec4(col, cov) * v_draw.x;
}
#endif
