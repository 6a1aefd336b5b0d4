#version 330 core
// An airliner's cabin on a night flight (midground), down the aisle (lib/land_room.glsl): rows
// of seats on both sides, their backs toward us with white headrest covers and small glowing
// screens, a row of oval windows along each wall where the sky outside (the layers behind)
// shows through, overhead bins with a strip of blue mood light along their edge, warm reading
// lights over a few seats and a warm cove light down the ceiling, the galley's warm light behind its curtain at the far end, the
// emergency lights along the aisle floor. The cabin sways gently as the plane flies.
// With CARRIAGE defined (the `carriage` layer): a railway carriage instead, its seats in a
// blue-grey moquette, wide windows with rounded corners where the night or the day outside
// shows, a luggage rack's rail above them, a strip of light down the middle of the ceiling,
// the door to the next carriage at the far end with a lit pane; it rocks a little on the rails.
// With BUS defined as well (the `bus` layer): a bus, its seats in a deep blue moquette, yellow
// poles at the aisle's edge and a yellow rail over the windows, strip lights along the ceiling,
// and at the far end the windscreen over the dashboard where the sky ahead shows; it sways.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(0.78, 0.78), vec2(0.52, 0.5), 11.0);
const float ROW = 0.62;           // the rows' pitch
const float TOP = -0.04;          // the seat backs' top
const vec2 SEATS = vec2(0.13, 0.74);  // the seats run from |x| = SEATS.x to SEATS.y

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK cabin_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"
flat out vec3 v_seat;     // the seats' fabric

void cabin_vertex() {
    room_vertex(vec2(0.5, 0.53), 0.3, ROOM_WARM * 1.4, mix(vec3(0.35, 0.45, 1.0), v_pal_glow, 0.2) * 1.2);
#if defined BUS
    v_seat = mix(vec3(0.12, 0.16, 0.42), u_palette[1] * 0.4, 0.15);     // a deep blue moquette
    v_draw.w = 0.008 * sin(u_time * 0.9) + 0.004 * sin(u_time * 2.3);   // swaying round corners
#elif defined CARRIAGE
    v_seat = mix(vec3(0.24, 0.25, 0.34), u_palette[1] * 0.4, 0.15);     // blue-grey moquette
    v_draw.w = 0.005 * sin(u_time * 1.9) + 0.004 * sin(u_time * 0.7);   // rocking on the rails
#else
    v_seat = mix(vec3(0.4, 0.07, 0.05), u_palette[1] * 0.4, 0.25);      // burgundy
    v_draw.w = 0.02 * sin(u_time * 0.07);           // the roll of the cabin
#endif
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec3 v_seat;

void main() {
    vec2 q = rot2(v_draw.w) * room_q(v_uv);             // the cabin's slow roll
    float drift = v_draw.y;
    RoomHit h = room_hit(q, ROOM);
    vec3 p = h.p;
    float surface = h.surface;
    vec3 v_mood = v_fill * v_breath;
    // ---- the rows: the first row plane where the ray meets a seat back
    float row_hit = 0.0;
    vec2 at = vec2(0.0);
    float row_z = ROOM.far;
    float first = room_row_after(0.85, ROW);
    for (int i = 0; i < 14; i++) {
        float zk = first + float(i) * ROW;
        vec2 a = q * zk;
        float ax = abs(a.x);
        // two seats a side, each back rounded at its top corners
        float seat_x = fract((ax - SEATS.x) / ((SEATS.y - SEATS.x) / 2.0));
        float round_top = TOP - 0.05 * (1.0 - sqrt(max(1.0 - pow(abs(seat_x - 0.5) * 2.0, 4.0), 0.0)));
        float back = step(SEATS.x, ax) * step(ax, SEATS.y) * step(-ROOM.floor_ceil.x, a.y) * step(a.y, round_top)
                   * step(0.04, seat_x) * step(seat_x, 0.96) * step(zk, p.z) * step(row_hit, 0.5);
        row_hit = max(row_hit, back);
        at = mix(at, a, back);
        row_z = mix(row_z, zk, back);
    }
    RoomHit seen = row_hit > 0.5 ? room_at(vec3(at, row_z), 5.0) : h;
    float z = seen.z;
    float px = seen.px;
    float wall = step(surface, 1.5) * (1.0 - row_hit);
    float is_floor = step(1.5, surface) * step(surface, 2.5) * (1.0 - row_hit);
    float ceiling = step(2.5, surface) * step(surface, 3.5) * (1.0 - row_hit);
    float far_wall = step(3.5, surface) * (1.0 - row_hit);
    // ---- the cabin's shell: pale panels, bins overhead with their lit edge, the windows
    vec3 panel = mix(vec3(0.62, 0.62, 0.6), v_pal_light, 0.1);
    float bins = wall * step(0.28, p.y);
    float bin_seam = bins * smoothstep(px * 2.0, 0.0, abs(fract(z / (ROW * 2.0)) - 0.5) * ROW * 2.0 - 0.005);
    float bin_edge = wall * smoothstep(px * 3.0, 0.0, abs(p.y - 0.28) - 0.014);
    float wz = (fract(z / ROW) - 0.5) * ROW;
#if defined CARRIAGE
    // wide windows, one to each bay, rounded at their corners; the rack's rail over them
    vec2 win = vec2(wz / 0.27, (p.y - 0.1) / 0.15);
    float oval = (length(max(abs(win) - vec2(0.8, 0.75), 0.0)) - 0.2) * 2.5;
    bins = 0.0;
    bin_seam = 0.0;
    bin_edge = wall * smoothstep(px * 2.0, 0.0, abs(p.y - 0.3) - 0.006);
#else
    vec2 win = vec2(wz / 0.12, (p.y - 0.13) / 0.13);
    float oval = length(max(abs(win) - vec2(0.4, 0.5), 0.0)) - 0.5;
#endif
    float window = wall * smoothstep(0.08, -0.08, oval);
    float windscreen = 0.0;
    float frame = wall * smoothstep(0.35, 0.1, abs(oval + 0.05)) * (1.0 - window);
    vec3 albedo = panel * (1.0 - 0.25 * bins) * (1.0 - 0.5 * bin_seam);
    albedo = mix(albedo, vec3(0.1, 0.11, 0.16) * (0.8 + 0.3 * vnoise(vec2(p.x, z) * 40.0)), is_floor);
    albedo = mix(albedo, panel * 0.85, ceiling);
    // ---- light: the mood strip along the bins' edge and the ceiling, the screens' glow
    // and the galley's warm light spilling from the far end
    float galley = exp(-(ROOM.far - p.z) * 0.35);
    vec3 light = v_mood * (0.03 + 0.08 * exp(-abs(p.y - 0.3) * 4.0)) + v_key * (0.015 + 0.6 * galley);
    vec3 col = room_lit(albedo, h, ROOM, light);
#if defined CARRIAGE
#if defined BUS
    // the windscreen across the far end over the dashboard; the yellow rail over the windows;
    // strip lights along the ceiling
    windscreen = far_wall * step(abs(p.x), 0.66) * step(-0.02, p.y) * step(p.y, 0.44);
    col = mix(col, vec3(0.05, 0.05, 0.06) * (v_fill + v_key * 0.3), far_wall * step(p.y, -0.02));
    col = mix(col, vec3(0.95, 0.75, 0.1) * (v_key * 0.35 + v_fill * 0.1), bin_edge);
    col += ceiling * (v_key + v_mood * 0.3) * 0.15 * smoothstep(0.05, 0.02, abs(abs(p.x) - 0.55));
#else
    // the door to the next carriage at the far end, a lit pane in it; the rack's metal rail;
    // the strip light down the middle of the ceiling
    float door = far_wall * step(abs(p.x), 0.14) * step(p.y, 0.3);
    col = mix(col, panel * 0.3 * (v_fill + v_key * 0.2), door);
    col += door * step(abs(p.x), 0.08) * step(0.05, p.y) * step(p.y, 0.24) * v_key * 0.5;
    col = mix(col, vec3(0.5, 0.52, 0.55) * (v_key * 0.3 + v_fill * 0.15), bin_edge);
    col += ceiling * (v_key + v_mood * 0.3) * 0.5 * smoothstep(0.06, 0.02, abs(p.x));
#endif
    col *= 1.0 - frame * 0.6;
#else
    // the galley's curtain across the far end, lit from behind
    col = mix(col, v_key * (0.5 + 0.15 * lsin(p.x * 60.0)), far_wall * step(abs(p.x), 0.3) * step(p.y, 0.3));
    col += bin_edge * v_mood * 1.2;
    col += ceiling * v_key * 0.05 * smoothstep(0.3, 0.1, abs(p.x));         // the warm cove light
    col *= 1.0 - frame * 0.6;
    // the emergency lights: dots along both edges of the aisle floor
    float dots = is_floor * step(abs(abs(p.x) - 0.12), 0.012) * step(abs(fract(z * 2.5) - 0.5), 0.12);
    col += dots * vec3(1.0, 0.85, 0.5) * 0.8;
#endif
    // ---- the seat backs: fabric, white headrest covers, a screen, a warm reading light
    if (row_hit > 0.5) {
        float ax = abs(at.x);
        float seat_x = fract((ax - SEATS.x) / ((SEATS.y - SEATS.x) / 2.0));
        float k = floor((ax - SEATS.x) / ((SEATS.y - SEATS.x) / 2.0)) + sign(at.x) * 2.0 + floor((row_z + drift) / ROW + 0.5) * 5.0;
        float cover = step(abs(seat_x - 0.5), 0.28) * step(TOP - 0.07, at.y);
        vec2 sq = vec2((seat_x - 0.5) / 0.12, (at.y - TOP + 0.15) / 0.04);
        float screen = step(max(abs(sq.x), abs(sq.y)), 1.0);
        float on = step(0.35, hash11(k));
#if defined CARRIAGE
        cover *= 0.0;  // no headrest covers, no screens, no reading lights
        screen = 0.0;
        vec2 weave = at * vec2(90.0, 140.0);
        vec3 fabric = v_seat * (0.75 + 0.25 * step(0.5, fract(weave.x + floor(weave.y) * 0.5)))
                    * (0.85 + 0.15 * vnoise(at * 60.0));
#else
        vec3 fabric = v_seat * (0.8 + 0.2 * vnoise(at * 80.0));
#endif
#if defined CARRIAGE
        vec3 lit = v_fill * 0.12 + v_key * (0.3 + 0.25 * smoothstep(TOP - 0.25, TOP, at.y));
#else
        vec3 lit = v_mood * 0.1 + v_key * (0.08 + 0.3 * exp(-(ROOM.far - row_z) * 0.35));
#endif
        vec3 seat = fabric * lit * (0.6 + 0.4 * smoothstep(-0.5, TOP, at.y));
        seat = mix(seat, vec3(0.8) * lit, cover);
        vec3 glow = mix(vec3(0.25, 0.55, 1.0), u_palette[2], step(0.75, hash11(k + 3.0)) * 0.6);
        seat = mix(seat, mix(vec3(0.01), glow * 0.9, on), screen);
        // reading lights from above on a few seats: warm on their headrests
#if defined CARRIAGE
        float reading = 0.0;
#else
        float reading = step(0.6, hash11(k * 1.3 + 0.7));
#endif
        seat += reading * v_key * 0.6 * smoothstep(TOP - 0.3, TOP, at.y);
        col = seat;
    }
    // the haze down the cabin
    float depth = row_hit > 0.5 ? row_z : p.z;
#if defined BUS
    // the yellow poles at the aisle's edge, every third row, in front of what is behind them
    float pole = 0.0;
    float first_pole = room_row_after(1.8, ROW * 3.0);
    for (int i = 0; i < 4; i++) {
        float zk = first_pole + float(i) * ROW * 3.0 - ROW * 0.45;
        float x = abs(q.x * zk) - SEATS.x + 0.02;
        float hit = smoothstep(0.012 + seen.px * 0.5 * zk / max(depth, 0.1), 0.012, abs(x)) * step(zk, depth);
        pole = max(pole, hit * (1.0 - pole));
    }
    col = mix(col, vec3(0.95, 0.72, 0.08) * (v_key * 0.25 + v_fill * 0.1), pole);
    window = max(window, windscreen) * (1.0 - pole) * (1.0 - row_hit);
#endif
    col = room_finish(col, depth, 0.12, v_pal_haze * 0.4 + v_mood * 0.02, 1.0 - window);
    float cov = 1.0 - window;
    f_color = vec4(col * cov, cov) * v_draw.x;
}
#endif
