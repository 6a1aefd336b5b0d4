#version 330 core
// A classroom (midground), seen from the back of the room (lib/land_room.glsl): rows of small
// wooden desks, each with its chair, receding toward a dark green blackboard with faint chalk
// marks, a clock over it; tall windows down the left wall. At night the room is empty and the
// moon lays the windows' shapes in pale blue across the floor and the desks, one lamp left on at
// the teacher's desk; by day (u_daylight) daylight pours in through the windows as soft shafts
// in the air and bright patches on the floor. Far things fade into the room's own air.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(1.5, 0.95), vec2(0.75, 0.68), 6.5);
const float ROW = 0.95;            // the rows' spacing down the room
const float COL = 0.7;             // the desks' spacing across it (centres at (k + 0.5) * COL)
const float TOP = -0.41;           // the desks' tops
const float SEAT = -0.54;          // the chairs' seats
const vec2 DESK = vec2(0.23, 0.17);   // a desk's half width and half depth
const vec2 GLASS = vec2(-0.36, 0.5);  // the windows' sill and head
const float PANE = 1.5;            // the windows' spacing along the left wall
const vec3 TO_SUN = vec3(-1.0, 0.75, -0.3);   // toward the windows' light, per unit across

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK classroom_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"
flat out vec3 v_sun;     // the light that comes in through the windows (the moon or the sun)
flat out vec3 v_amb;     // the light the whole room is filled with
flat out vec3 v_pane;    // the windows' glass as seen from inside
flat out vec4 v_hands;   // the clock's minute and hour hands' directions

void classroom_vertex() {
    float day = u_daylight;
    room_vertex(vec2(0.56, 0.56), 0.3, ROOM_WARM * mix(1.8, 0.6, day), ROOM_COOL * 0.6);
    vec3 moon = mix(ROOM_COOL, vec3(0.55, 0.7, 1.0), 0.5) * 0.55;
    vec3 sun = vec3(1.0, 0.9, 0.72) * 1.5;
    v_sun = mix(moon, sun, day);
    v_amb = mix(v_fill * 0.1, vec3(0.78, 0.82, 0.9) * 0.4, day);
    v_pane = mix(moon * 0.9 + v_pal_glow * 0.04, vec3(1.0, 0.97, 0.9) * 1.6, day);
    float minute = u_time * 0.02;
    v_hands = vec4(sin(minute), cos(minute), sin(minute / 12.0 + 1.9), cos(minute / 12.0 + 1.9));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec3 v_sun;
flat in vec3 v_amb;
flat in vec3 v_pane;
flat in vec4 v_hands;

// The windows' glass at a point of the left wall (y up, w along the room as it stays put):
// 1 in a pane, 0 on the wall and (where `barred` is 1) on the glazing bars, soft over `soft`.
float glass_at(float y, float w, float soft, float barred) {
    float along = abs(fract(w / PANE) - 0.5) * PANE;
    float frame = max(along - 0.5, max(GLASS.x - y, y - GLASS.y));
    float bars = min(abs(along - 0.25), abs(y - 0.25));
    return smoothstep(soft, -soft, frame) * mix(1.0, smoothstep(0.0, soft + 0.012, bars - 0.012), barred);
}

// The point of the left wall that point p (the eye at the origin) sees toward the light, its
// distance along the room as it stays put, and how far the light has come from there.
vec3 toward_windows(vec3 p) {
    float t = max(p.x + ROOM.walls.x, 0.0);
    vec3 w = p + TO_SUN * t;
    return vec3(w.y, w.z + v_draw.y, t);
}

// How much of the windows' light reaches point p in the air: the window seen from p toward the
// light (its bars lost in the haze), soft at the edges the further the light has come.
float window_light(vec3 p, float soft) {
    vec3 w = toward_windows(p);
    return glass_at(w.x, w.y, soft * (0.2 + w.z), 0.0) * step(w.x, ROOM.floor_ceil.y);
}

void main() {
    vec2 q = room_q(v_uv);
    float walk = v_draw.y;
    RoomHit h = room_hit(q, ROOM);
    // ---- the desks and chairs, row after row: the nearest part the ray meets
    float kind = 0.0;      // 1 a desk's top, 2 its front, 3 a chair's back, 4 a seat, 5 legs
    vec3 at = h.p;
    float down = step(q.y, -1e-3);
    float qy = min(q.y, -1e-3);
    // where the ray meets the seats' and the tops' planes, and whether a desk's column is there
    float zs = SEAT / qy;
    vec2 s = vec2(q.x * zs, SEAT);
    float seat_col = down * step(abs((fract(s.x / COL) - 0.5) * COL), 0.14) * step(s.x, 0.9) * step(-1.4, s.x);
    float zt = TOP / qy;
    vec2 t = vec2(q.x * zt, TOP);
    float top_col = down * step(abs((fract(t.x / COL) - 0.5) * COL), DESK.x) * step(t.x, 0.9) * step(-1.4, t.x);
    // nothing reaches above the chairs' backs: the first row to try is the first the ray has
    // come down to before its far edge; the last stands well before the board (the teacher's)
    float first = room_row_after(max(0.6, (SEAT + 0.25) / qy - DESK.y), ROW);
    float last = min(h.p.z, ROOM.far - 1.4);
    for (int i = 0; i < 5; i++) {
        float zc = first + float(i) * ROW;                  // the desk's centre
        if (zc > last || kind > 0.5) break;
        float zf = zc - DESK.y;                             // its near edge
        float zb = zf - 0.19;                               // the chair's back
        // the chair's back: a slat over two posts down to the floor
        vec2 b = q * zb;
        float bx = abs((fract(b.x / COL) - 0.5) * COL);
        float in_cols = step(b.x, 0.9) * step(-1.4, b.x);
        float slat = step(bx, 0.14) * step(SEAT + 0.1, b.y) * step(b.y, SEAT + 0.25);
        float posts = step(abs(bx - 0.125), 0.014) * step(b.y, SEAT + 0.25);   // (rows stop short of the floor's hit)
        if (in_cols * max(slat, posts) > 0.5) { kind = mix(5.0, 3.0, slat); at = vec3(b, zb); break; }
        // the seat, seen from above between the back and the desk
        if (seat_col * step(zb, zs) * step(zs, zb + 0.17) > 0.5) {
            kind = 4.0; at = vec3(s, zs); break;
        }
        // the desk's near face: the apron under the top and the frame's legs
        vec2 f = q * zf;
        float fx = abs((fract(f.x / COL) - 0.5) * COL);
        float cols = step(f.x, 0.9) * step(-1.4, f.x) * step(fx, DESK.x);
        float apron = step(TOP - 0.07, f.y) * step(f.y, TOP);
        float legs = step(DESK.x - 0.025, fx) * step(f.y, TOP);
        if (cols * max(apron, legs) > 0.5) { kind = mix(5.0, 2.0, apron); at = vec3(f, zf); break; }
        // the top
        if (top_col * step(abs(zt - zc), DESK.y) > 0.5) {
            kind = 1.0; at = vec3(t, zt); break;
        }
    }
    if (kind > 0.5) h = room_at(at, 5.0);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float left = room_on(h, 0.0);
    float right = room_on(h, 1.0);
    float is_floor = room_on(h, 2.0);
    float ceiling = room_on(h, 3.0);
    float far_wall = room_on(h, 4.0);
    // ---- the room: cream walls over a green dado, floorboards, a plain ceiling
    vec3 albedo = vec3(0.66, 0.65, 0.6);
    if (is_floor > 0.5) {
        vec3 wood = vec3(0.36, 0.22, 0.12) * (0.8 + 0.25 * hash11(floor(p.x * 9.0) + 0.3));
        albedo = wood * (1.0 - 0.35 * smoothstep(px * 9.0 + 0.02, 0.0, abs(fract(p.x * 9.0) - 0.5) - 0.46));
    } else if (ceiling < 0.5) {
        albedo = mix(vec3(0.62, 0.58, 0.48), vec3(0.2, 0.32, 0.26), step(p.y, -0.36));
        albedo *= 1.0 - 0.5 * smoothstep(px * 2.0, 0.0, abs(p.y + 0.36) - 0.008);   // the dado rail
        if (right > 0.5) {
            // the pinboard: children's drawings pinned in rows
            vec2 pin = vec2(z * 2.2, p.y * 4.0);
            vec2 sheet = fract(pin) - 0.5;
            float paper = fract(dot(floor(pin), vec2(0.618, 0.37)));   // which sheets, which colours
            float pinned = step(-0.3, p.y) * step(p.y, 0.3) * step(max(abs(sheet.x), abs(sheet.y)), 0.36)
                         * step(0.25, paper) * step(2.0, z) * step(z, 7.0);
            vec3 drawing = mix(vec3(0.8, 0.78, 0.7), mix(u_palette[1], u_palette[2], paper) * 0.8, 0.35 * step(abs(sheet.y), 0.2));
            albedo = mix(albedo, drawing, pinned);
        }
    }
    // ---- the blackboard on the far wall, its frame and chalk tray, faint chalk writing
    vec2 bb = vec2(p.x + 0.15, p.y - 0.1);
    float board_d = max(abs(bb.x) - 0.85, abs(bb.y) - 0.27);
    float on_board = far_wall * smoothstep(px, -px, board_d);
    float frame = far_wall * smoothstep(px, -px, board_d - 0.03) * (1.0 - on_board);
    if (on_board > 0.0) {
        vec2 line = vec2(bb.x * 14.0, bb.y * 9.0 - 0.5);
        float word = hash21(floor(line) + 1.3);
        float stroke = step(0.35, word) * step(abs(fract(line.y) - 0.5), 0.2)
                     * step(0.3, fract(bb.x * 60.0 + word * 7.0))   // letters
                     * step(bb.x, 0.5 - 0.6 * fract(floor(line.y) * 0.618)) * step(abs(bb.y), 0.21);
        float smudge = 0.5 + 0.5 * lsin(bb.x * 4.0 + bb.y * 6.0);   // wiped chalk dust
        vec3 slate = vec3(0.03, 0.1, 0.06) * (0.85 + 0.3 * smudge) + vec3(0.55, 0.6, 0.55) * (stroke * 0.32 + smudge * 0.03);
        albedo = mix(albedo, slate, on_board);
    }
    albedo = mix(albedo, vec3(0.3, 0.2, 0.11), frame);
    // ---- the furniture: pale wooden tops, darker fronts and chairs, dark steel legs
    if (kind > 0.5) {
        vec3 desk_wood = vec3(0.5, 0.33, 0.18) * (0.9 + 0.1 * lsin(p.x * 90.0 + lsin(z * 9.0) * 2.0));
        albedo = kind < 1.5 ? desk_wood : (kind < 4.5 ? desk_wood * 0.6 : vec3(0.1, 0.1, 0.11));
    }
    // ---- light: the windows' light where it falls, the room's fill, the teacher's lamp
    vec3 n = kind > 0.5 ? (kind < 1.5 || kind > 3.5 && kind < 4.5 ? vec3(0.0, 1.0, 0.0) : vec3(0.0, 0.0, -1.0))
                        : interior_normal(h.surface);
    float facing = max(dot(n, normalize(TO_SUN)), 0.0);
    // one look at the windows: their glass where the pixel is on the left wall, else the
    // light they let fall on it
    vec3 w = left > 0.5 ? vec3(p.y, z, 0.0) : toward_windows(p);
    float glass = glass_at(w.x, w.y, left > 0.5 ? px * 1.5 : 0.05 * (0.2 + w.z), 1.0);
    float sunlit = (1.0 - left) * glass * step(w.x, ROOM.floor_ceil.y) * facing;
    vec3 lamp_at = vec3(-0.55, TOP + 0.3, ROOM.far - 1.3 - walk);
    vec3 to_lamp = lamp_at - p;
    float lamp = 0.45 / (dot(to_lamp, to_lamp) + 0.3);
    float sky_fill = 0.55 + 0.45 * smoothstep(0.6, -1.5, p.x);   // more light nearer the windows
    sky_fill += u_daylight * 0.6 * ceiling;                      // the sunlit floor lights the ceiling
    vec3 col = room_lit(albedo, h, ROOM, v_sun * sunlit * 1.4 + v_amb * sky_fill + v_key * lamp + v_fill * 0.015);
    // the chalk tray's ledge catches the light; the board's sheen faces the windows
    col += far_wall * on_board * v_sun * 0.03 * smoothstep(-0.8, 0.9, -bb.x);
    // ---- the windows: glass full of the moon's or the day's light, glazing bars, the deep reveal
    float pane = left * glass;
    vec3 view = mix(v_pane * (0.75 + 0.25 * smoothstep(GLASS.x, GLASS.y, p.y)), v_pane, u_daylight);
    col = mix(col, view, pane);
    // the door to the corridor at the front of the right wall, the corridor's light in its glass
    if (right > 0.5) {
        vec2 door = vec2(p.z - ROOM.far + 1.6, p.y + 0.2);
        float door_d = max(abs(door.x) - 0.3, abs(door.y) - 0.55);
        float lit_glass = smoothstep(px, -px, max(abs(door.x) - 0.2, abs(door.y - 0.3) - 0.16));
        col = mix(col, vec3(0.3, 0.2, 0.12) * (v_amb + v_key * 0.3) * 0.8, smoothstep(px, -px, door_d) * (1.0 - lit_glass));
        col = mix(col, v_key * mix(0.9, 0.5, u_daylight), lit_glass);
    }
    // ---- the clock over the board: a white face, a dark rim, two hands turning slowly
    vec2 c = (p.xy - vec2(0.55, 0.5)) / 0.085;
    float r = length(c);
    if (far_wall > 0.5 && r < 1.1) {
        float clock = far_wall * smoothstep(1.0 + px * 12.0, 1.0, r);
        vec2 mh = v_hands.xy;
        vec2 hh = v_hands.zw;
        float hands = min(max(abs(dot(c, vec2(mh.y, -mh.x))) - 0.035, abs(dot(c, mh) - 0.42) - 0.42),
                          max(abs(dot(c, vec2(hh.y, -hh.x))) - 0.05, abs(dot(c, hh) - 0.27) - 0.27));
        float ticks = step(0.8, r) * step(min(abs(c.x), abs(c.y)), 0.05);   // at 12, 3, 6 and 9
        vec3 face = mix(vec3(0.85, 0.83, 0.76), vec3(0.05), max(step(0.9, r), max(ticks, smoothstep(px * 12.0, 0.0, hands))));
        col = mix(col, face * (v_amb * 1.1 + v_key * lamp + v_sun * 0.08), clock);
    }
    // the lamp on the teacher's desk, a small warm glow at night
    vec2 lq = q - lamp_at.xy / lamp_at.z;
    float glow = max(1.0 - dot(lq, lq) * 1500.0, 0.0);
    col += v_key * 0.4 * glow * glow * (1.0 - u_daylight) * step(lamp_at.z, p.z + 0.3);
    // ---- by day, the light's shafts in the air between the eye and what it sees, two samples
    // along the ray (at night the moon's are too faint to draw: none)
    float depth = min(p.z, ROOM.far);
    float shaft = 0.0;
    int samples = u_daylight > 0.02 ? 2 : 0;
    for (int k = 0; k < samples; k++) {
        shaft += window_light(vec3(q, 1.0) * depth * (0.3 + 0.4 * float(k)), 0.3) * 3.0;
    }
    col += v_sun * shaft * depth * 0.026 * u_daylight * (1.0 - pane * 0.7);
    // ---- the room's air further in
    vec3 haze = mix(land_pal_haze() * 0.3 + v_fill * 0.02, v_amb * 0.6, u_daylight);
    col = room_finish(col, max(p.z - 2.0, 0.0), mix(0.12, 0.06, u_daylight), haze, 1.0 - pane);
    f_color = vec4(col, 1.0) * v_draw.x;
}
#endif
