#version 330 core
// A church at night (midground), seen down the nave (lib/land_room.glsl): arcades of stone
// columns along both sides with the dark aisles behind their pointed arches, tall clerestory
// windows of cool moonlight above them, ribs across the vault, rows of pews either side of a
// red runner, and at the far end a rose window of coloured glass over an altar whose candles
// light the nave warm. Further is dimmer. The eye drifts slowly.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(0.9, 0.9), vec2(0.6, 1.4), 7.5);
const float BAY = 1.25;          // the columns' spacing down the nave
const float PEWS = 0.5;          // the pews' spacing
const float PEW_TOP = -0.3;      // the pews' backs reach this high (the floor is at -0.6)

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK church_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"

void church_vertex() {
    room_vertex(vec2(0.52, 0.46), 0.25, ROOM_WARM * 1.6, vec3(0.4, 0.56, 1.0));
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
    vec3 v_candle = v_key;
    vec3 v_moon = v_fill;
    float wall = room_side(h);
    float is_floor = room_on(h, 2.0);
    float vault = room_on(h, 3.0);
    float far_wall = room_on(h, 4.0);
    vec3 stone = mix(vec3(0.42, 0.4, 0.37), v_pal_light, 0.15);
    // ---- the side walls: columns, pointed arches onto the dark aisles, clerestory windows
    float bz = (fract(z / BAY) - 0.5) * BAY;                       // from the middle of a bay
    float column = step(BAY * 0.5 - 0.09, abs(bz));
    float spring = 0.3;                                            // where the arches spring
    float half_ = BAY * 0.5 - 0.09;
    float arch_top = spring + sqrt(max(half_ * half_ * 2.2 - (abs(bz) + half_ * 0.5) * (abs(bz) + half_ * 0.5), 0.0));
    float opening = wall * (1.0 - column) * step(p.y, arch_top) * smoothstep(-px, px, arch_top - p.y);
    float clere = wall * step(abs(bz), 0.12) * step(0.62, p.y) * step(p.y, 0.98 + 0.12 * (1.0 - abs(bz) / 0.12));
    float string_course = wall * smoothstep(px * 2.0, 0.0, abs(p.y - 0.55) - 0.015);
    vec3 albedo = stone * (0.85 + 0.15 * column);
    albedo = mix(albedo, stone * 0.06, opening);                   // the aisle's darkness
    albedo = mix(albedo, stone * 1.2, string_course);
    // ---- the vault: ribs across each bay; the floor: stone flags, a red runner up the aisle
    float rib = vault * smoothstep(px * 2.0, 0.0, abs(bz) - 0.03);
    albedo = mix(albedo, stone * (0.55 + 0.45 * rib), vault);
    vec3 flags = stone * 0.6 * (1.0 - 0.4 * interior_grout(vec2(p.x, z) * 2.0, 0.0, 0.05));
    float runner = smoothstep(px, -px, abs(p.x) - 0.14);
    albedo = mix(albedo, mix(flags, mix(u_palette[1], vec3(0.6, 0.04, 0.05), 0.75) * 0.8, runner), is_floor);
    // ---- light: candles at the altar, the moon through the windows, dimmer down the nave
    vec3 to_altar = vec3(0.0, -0.2, ROOM.far - 0.6) - p;
    float candle = 1.3 / (dot(to_altar, to_altar) + 0.5);
    float moonlit = 0.05 + 0.2 * smoothstep(0.3, 1.2, p.y) * (1.0 - is_floor);
    vec3 col = room_lit(albedo, h, ROOM, v_candle * (candle + 0.04) + v_moon * moonlit);
    col += clere * v_moon * (1.1 + 0.6 * smoothstep(0.62, 1.0, p.y)) * (1.0 - 0.5 * p.z / ROOM.far);
    // ---- the far wall: a rose window of coloured glass; the altar and its candles below
    vec2 rw = vec2(p.x, p.y - 0.78);
    float rr = length(rw);
    float ra = latan2(rw.y, rw.x);
    float cell = floor(ra / 0.5236 + 6.0);                         // twelve petals
    float petal = abs(fract(ra / 0.5236) - 0.5) * rr * 0.5236;     // from a spoke, in units
    float tracery = min(min(abs(rr - 0.48) - 0.014, abs(rr - 0.2) - 0.012), petal - 0.01);
    float glass = far_wall * step(rr, 0.48) * smoothstep(-px, px, tracery);
    vec3 jewel = mod(cell, 3.0) < 1.0 ? vec3(0.9, 0.12, 0.15) : (mod(cell, 3.0) < 2.0 ? vec3(0.15, 0.3, 1.0) : vec3(1.0, 0.75, 0.2));
    jewel = mix(jewel, mix(u_palette[1], u_palette[3], mod(cell, 2.0)), 0.3);
    jewel = rr < 0.2 ? mix(vec3(0.95, 0.8, 0.4), u_palette[2], 0.3) : jewel;
    col = mix(col, jewel * v_moon.b * (0.8 + 0.3 * lsin(ra * 7.0 + rr * 20.0)), glass);
    float altar = far_wall * step(abs(p.x), 0.3) * step(p.y, -0.32);
    col = mix(col, stone * 0.5 * v_candle * 0.8, altar);
    vec2 cf = vec2(fract((p.x + 0.25) / 0.1) - 0.5, p.y + 0.25);   // a row of candles on it
    float flame = far_wall * step(abs(p.x), 0.26) * exp(-dot(cf * vec2(10.0, 5.0), cf * vec2(10.0, 5.0)) * 2.0);
    col += v_candle * flame * 1.5;
    // ---- the pews: the ray passes into a pew's back where it comes down below their height
    float enter = PEW_TOP / min(q.y, -1e-3);
    float back_z = room_row_after(enter, PEWS);
    vec2 at = vec2(abs(q.x) * back_z, q.y * back_z);
    float pew = step(q.y, -1e-3) * step(back_z, p.z) * step(0.2, at.x) * step(at.x, 0.78) * step(-ROOM.floor_ceil.x, at.y);
    float top = smoothstep(0.03, 0.0, PEW_TOP - at.y);
    vec3 wood = vec3(0.16, 0.09, 0.05) * (v_candle * (0.08 + 0.25 * top) + v_moon * 0.03);
    col = mix(col, wood * (1.0 - 0.5 * smoothstep(2.0, ROOM.far, back_z)), pew);
    // ---- the dark gathering down the nave
    col = room_finish(col, p.z, 0.15, land_pal_haze() * 0.5 + v_moon * 0.01, 0.6 * (1.0 - glass) * (1.0 - flame));
    f_color = vec4(col, 1.0) * v_draw.x;
}
#endif
