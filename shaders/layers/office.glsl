#version 330 core
// An open-plan office at night (midground), down the aisle between rows of desks
// (lib/land_room.glsl): grey cubicle partitions row after row on both sides, computer screens
// glowing blue over them, a desk lamp at every desk and here and there one lit, its warm pool, a ceiling of tiles with
// only a few cool panels still lit, dark carpet, and a wall of windows at the far end and along
// the right, where the night and the city behind (the layers behind) show through the mullions.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(1.9, 1.9), vec2(0.55, 0.5), 11.0);
const float ROW = 1.1;            // the rows' spacing
const float TOP = -0.18;          // the partitions' top
const vec2 DESKS = vec2(0.35, 1.75);   // the rows run from |x| = DESKS.x to DESKS.y

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK office_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"
flat out vec3 v_screen;   // the screens' glow
flat out vec3 v_panel;    // the ceiling panels' light

void office_vertex() {
    room_vertex(vec2(0.56, 0.55), 0.35, ROOM_WARM * 2.2, ROOM_COOL * 0.4);
    v_screen = mix(vec3(0.12, 0.45, 1.0), v_pal_glow, 0.12) * (1.3 * v_breath);
    v_panel = vec3(0.85, 0.95, 1.0) * 1.6;
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec3 v_screen;
flat in vec3 v_panel;

// Which ceiling panels are lit at night: a few, by bay.
float panel_on(vec2 cell) { return step(0.8, hash21(cell + 3.7)); }

// Whether the lamp of the desk at x across and z along the room (as the eye walks) is on: one
// in three or so.
float lamp_on(float x, float z) {
    vec2 desk = vec2(floor((abs(x) - DESKS.x) / 0.7) + step(0.0, x) * 7.0, floor(z / ROW + 0.5));
    return step(0.65, hash21(desk + 11.3));
}

void main() {
    vec2 q = room_q(v_uv);
    float drift = v_draw.y;
    RoomHit h = room_hit(q, ROOM);
    // ---- the rows: the first row plane in front of the room where the ray meets a partition
    // or a screen over it
    float row_hit = 0.0;          // 1 a partition, 2 a screen, 3 a lamp's shade
    vec2 at = vec2(0.0);
    float row_z = ROOM.far;
    float first = room_row_after(0.35, ROW);
    for (int i = 0; i < 10; i++) {
        float zk = first + float(i) * ROW;
        vec2 a = q * zk;
        float ax = abs(a.x);
        float inside = step(DESKS.x, ax) * step(ax, DESKS.y) * step(zk, h.p.z) * step(row_hit, 0.5);
        float slot = fract((ax - DESKS.x) / 0.7);
        float part = inside * step(-ROOM.floor_ceil.x, a.y) * step(a.y, TOP);
        float screen = inside * step(TOP + 0.04, a.y) * step(a.y, TOP + 0.15) * step(abs(slot - 0.5), 0.11);
        float shade = inside * step(abs(slot - 0.1), 0.05) * step(abs(a.y - TOP - 0.08), 0.035);
        float found = max(part, max(screen, shade));
        row_hit = mix(row_hit, part + 2.0 * screen * (1.0 - part) + 3.0 * shade * (1.0 - part) * (1.0 - screen), found);
        at = mix(at, a, found);
        row_z = mix(row_z, zk, found);
    }
    if (row_hit > 0.5) h = room_at(vec3(at, row_z), 5.0);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float is_floor = room_on(h, 2.0);
    float ceiling = room_on(h, 3.0);
    float rows = step(4.5, h.surface);
    // ---- the windows: the far wall and the right wall are glass between mullions
    vec2 wuv = room_uv(h);
    float mull = max(smoothstep(px * 1.5, 0.0, abs(fract(wuv.x / 0.8) - 0.5) * 0.8 - 0.025),
                     smoothstep(px * 1.5, 0.0, abs(p.y - 0.15) - 0.012));
    float glazed = (room_on(h, 4.0) + room_on(h, 1.0)) * step(-0.3, p.y) * step(p.y, ROOM.floor_ceil.y - 0.06);
    float glass = glazed * (1.0 - mull);
    // ---- the surfaces: carpet, ceiling tiles, pale walls, grey partitions
    vec3 albedo = vec3(0.55, 0.56, 0.58);
    albedo = mix(albedo, vec3(0.1, 0.12, 0.16) * (0.8 + 0.3 * hash21(floor(vec2(p.x, z) * 30.0))), is_floor);
    float tiles = interior_grout(vec2(p.x, z) * 1.6, 0.03, 0.05);
    albedo = mix(albedo, vec3(0.5) * (1.0 - 0.5 * tiles), ceiling);
    float fabric = 0.85 + 0.15 * vnoise(at * 40.0);
    float rim = smoothstep(TOP - 0.03, TOP, p.y);
    albedo = mix(albedo, mix(vec3(0.3, 0.32, 0.36), vec3(0.6), rim) * fabric, rows * step(row_hit, 1.5));
    // ---- light: the screens' cool glow low down, a few ceiling panels, the desk lamps' warm
    // pools on the partitions around them, the night
    float near_rows = smoothstep(0.5, -0.3, p.y);
    vec2 cell = floor(vec2(p.x, z) * 0.8);
    vec2 cz = vec2(p.x, z) * 0.8 - cell - 0.5;
    vec3 light = v_screen * 0.05 * near_rows + v_panel * (0.015 + 0.05 * panel_on(cell) * exp(-dot(cz, cz) * 2.0) * (1.0 - ceiling));
    float pool = lamp_on(p.x, z) * exp(-abs(fract((abs(p.x) - DESKS.x) / 0.7) - 0.1) * 6.0) * smoothstep(0.3, TOP, p.y);
    vec3 col = room_lit(albedo, h, ROOM, light + v_key * (0.02 + 0.5 * pool * rows) + v_fill * 0.03);
    // the lit ceiling panels themselves
    vec2 pc = fract(vec2(p.x, z) * 0.8) - 0.5;
    col += v_panel * ceiling * panel_on(cell) * step(max(abs(pc.x), abs(pc.y)), 0.3) * 0.9;
    // the screens, each a little different; the lamps' warm shades; the glow on the partitions
    float sk = hash21(floor(vec2(at.x / 0.7, row_z + drift)));
    vec3 screen_col = v_screen * (0.35 + 0.4 * sk) * mix(vec3(1.0), vec3(0.8, 1.0, 0.7), step(0.8, sk));
    float off = step(sk, 0.2);
    vec2 su = vec2((fract((abs(at.x) - DESKS.x) / 0.7) - 0.5) / 0.077, (at.y - TOP - 0.095) / 0.055);
    float bezel = step(0.82, max(abs(su.x), abs(su.y)));
    float text = step(0.45, fract(su.y * 3.0 + 0.2)) * step(su.x, 0.7 - 0.8 * fract(sk * 7.0 + floor(su.y * 3.0) * 0.37));
    screen_col = mix(screen_col * (0.55 + 0.45 * text), vec3(0.02), bezel);
    col = mix(col, screen_col * (1.0 - 0.9 * off), step(1.5, row_hit) * step(row_hit, 2.5));
    float lit_shade = lamp_on(at.x, row_z + drift);
    col = mix(col, mix(vec3(0.02, 0.025, 0.02), v_key * 1.5, lit_shade), step(2.5, row_hit));
    col += rows * step(row_hit, 1.5) * rim * v_screen * 0.06;
    // ---- the windows let the night show: no cover there, a faint reflection of the room
    float cov = 1.0 - glass * 0.92;
    col = col * (1.0 - glass) + glass * (v_key * 0.01 + v_screen * 0.02);
    // ---- the dark further in
    col = room_finish(col, p.z, 0.1, v_pal_haze * 0.3, (1.0 - glass) * (1.0 - step(1.5, row_hit) * 0.7));
    f_color = vec4(col, cov) * v_draw.x;
}
#endif
