#version 330 core
// An underground station at night (midground), seen along the platform (lib/land_room.glsl):
// white tiled walls with a coloured band, posters lit warm under their lamps and the station's
// name boards on the left, a row of cool fluorescent lights overhead, the
// platform's edge with its yellow line on the right and below it the track bed, where the
// rails gleam, running to a dark tunnel mouth at the far end; a train's headlights grow in
// the tunnel and a red signal glows beside it. Further is hazier. The eye drifts slowly.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(0.75, 2.1), vec2(0.5, 0.85), 16.0);
const float EDGE = 0.5;          // the platform's edge (x)
const float BED = 1.0;           // the track bed's depth under the eye
const float BAY = 2.0;           // the lights' and posters' spacing

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK station_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"
flat out vec3 v_tube;     // the fluorescent light
flat out vec3 v_band;     // the tiles' coloured band (the palette's fill)

void station_vertex() {
    room_vertex(vec2(0.43, 0.56), 0.4, ROOM_WARM * 1.6, ROOM_COOL * 0.3);
    v_tube = vec3(0.8, 0.97, 1.0) * (2.3 * v_breath);
    v_band = mix(u_palette[1], vec3(0.1, 0.25, 0.6), 0.3);
    float coming = fract(u_time * 0.02);            // a train draws near every 50 s
    v_draw.w = smoothstep(0.2, 0.9, coming) * (1.0 - smoothstep(0.92, 1.0, coming));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec3 v_tube;
flat in vec3 v_band;

void main() {
    vec2 q = room_q(v_uv);
    float drift = v_draw.y;
    float train = v_draw.w;                         // the train's headlights, 0..1
    RoomHit h = room_hit(q, ROOM);
    // past the platform's edge the ray falls on to the track bed (or the far side's wall)
    float past = room_on(h, 2.0) * step(EDGE, h.p.x);
    if (past > 0.5) {
        float t = min(min(BED / -q.y, ROOM.walls.y / q.x), ROOM.far);
        h = room_at(vec3(q, 1.0) * t, t == ROOM.far ? 4.0 : (t == BED / -q.y ? 2.0 : 1.0));
    }
    vec3 p = h.p;
    float surface = h.surface;
    float z = h.z;
    float px = h.px;
    float left = step(surface, 0.5);
    float right = step(0.5, surface) * step(surface, 1.5);
    float is_floor = step(1.5, surface) * step(surface, 2.5);
    float ceiling = step(2.5, surface) * step(surface, 3.5);
    float far_wall = step(3.5, surface);
    float bed = is_floor * past;
    // ---- the walls: white tiles, a coloured band, posters and name boards on the left
    vec2 wuv = room_uv(h);
    float grout = interior_grout(wuv * vec2(8.0, 16.0), 0.06, 0.1);
    vec3 tile = mix(vec3(0.78, 0.78, 0.72), v_pal_light, 0.1) * (1.0 - 0.35 * grout);
    float band = step(abs(p.y - 0.5), 0.06);
    vec3 albedo = mix(tile, v_band, band * (1.0 - is_floor));
    albedo = mix(albedo, vec3(0.05, 0.045, 0.04), step(p.y, -ROOM.floor_ceil.x) * (1.0 - is_floor));  // the sooty trackside
    float bay = (fract(z / BAY) - 0.5) * BAY;
    float k = floor(z / BAY);
    float board = left * step(abs(bay), 0.55) * step(abs(p.y - 0.05), 0.28) * step(0.5, mod(k, 2.0));
    float name = left * step(abs(bay), 0.7) * step(abs(p.y - 0.05), 0.09) * (1.0 - step(0.5, mod(k, 2.0)));
    vec3 poster = mix(u_palette[2], u_palette[1], step(0.5, fract(k * 0.618))) * (0.5 + 0.5 * step(abs(p.y - 0.05 + 0.1 * step(0.0, bay)), 0.12));
    albedo = mix(albedo, poster, board);
    float letters = step(0.45, fract(z * 9.0)) * step(abs(p.y - 0.05), 0.035) * step(abs(bay), 0.45);
    albedo = mix(albedo, mix(vec3(0.05, 0.12, 0.45), vec3(0.95), letters), name);
    // ---- the platform: dark terrazzo, the yellow line along its edge
    float line = is_floor * (1.0 - past) * smoothstep(px * 2.0, 0.0, abs(p.x - EDGE + 0.08) - 0.035);
    vec3 terrazzo = vec3(0.2, 0.2, 0.21) * (0.8 + 0.4 * hash21(floor(vec2(p.x, z) * 40.0)));
    albedo = mix(albedo, terrazzo, is_floor);
    albedo = mix(albedo, vec3(0.95, 0.75, 0.08), line);
    // ---- the track bed: sleepers, ballast, two rails gleaming
    float rail_x = min(abs(p.x - 1.05), abs(p.x - 1.55));
    float rail = bed * smoothstep(px * 1.5 + 0.01, 0.01, rail_x);
    float sleeper = bed * step(abs(fract(z * 1.6) - 0.5), 0.18) * step(abs(p.x - 1.3), 0.4);
    albedo = mix(albedo, vec3(0.06, 0.05, 0.045) * (0.7 + 0.6 * hash21(floor(vec2(p.x, z) * 30.0))), bed);
    albedo = mix(albedo, vec3(0.12, 0.09, 0.07), sleeper);
    // ---- light: the row of tubes over the platform, dimmer over the tracks
    float under = 1.0 - min(abs(fract(z / BAY) - 0.5) * 2.0, 1.0);
    vec3 light = v_tube * 0.2 * room_tubes(h, ROOM, 0.15, fract(z / BAY) - 0.5);
    // the posters' lamps: a warm pool on the wall around each
    float poster_lamp = left * exp(-bay * bay * 3.0) * exp(-abs(p.y - 0.35) * 2.0) * step(0.5, mod(k, 2.0));
    // the work lamps along the far side of the tracks: warm pools on that wall
    vec2 wl = vec2(bay, p.y - 0.3);
    float work = right * exp(-wl.x * wl.x * 1.5 - abs(wl.y) * 1.2);
    vec3 col = room_lit(albedo, h, ROOM, light + v_key * (0.6 * poster_lamp + 0.5 * work + 0.01) + v_fill * 0.02);
    col += right * v_key * 3.0 * smoothstep(0.05 + px, 0.05, length(wl * vec2(0.6, 1.0)));
    col += board * poster * v_key * 0.15;                              // lit posters
    col += ceiling * v_tube * interior_lights(p.x - 0.15, z, BAY, vec2(0.09, 0.6), px * 1.5) * 1.6;
    col += rail * v_tube * 0.25 * (0.5 + 0.5 * under) + rail * train * vec3(1.0, 0.95, 0.8) * 0.5;
    // the platform's polish mirrors the tubes
    vec3 m = interior_mirror(p, q, ROOM.floor_ceil);
    col += is_floor * (1.0 - past) * v_tube * 0.06 * interior_lights(m.x - 0.15, m.z + drift, BAY, vec2(0.06, 0.5), 0.2 + (m.z - p.z) * 0.06);
    // ---- the far end: the tunnel's black mouth over the tracks, a train's headlights in it
    vec2 fw = p.xy - vec2(1.3, -BED);
    float mouth = far_wall * step(fw.y, 1.0) * step(length(vec2(fw.x, max(fw.y - 0.55, 0.0))), 0.62);
    col = mix(col, vec3(0.0), mouth);
    vec2 hl = vec2(abs(fw.x) - 0.25, fw.y - 0.3);
    float lamps = far_wall * exp(-dot(hl, hl) * 900.0) * train;
    col += vec3(1.0, 0.95, 0.8) * lamps * 6.0;
    float signal = far_wall * exp(-dot(fw - vec2(-0.85, 0.75), fw - vec2(-0.85, 0.75)) * 1500.0);
    col += vec3(1.0, 0.08, 0.04) * signal * 3.0;
    // the haze down the platform; the headlights light the tunnel's air
    vec3 haze_col = v_pal_haze * 0.7 + v_tube * 0.01 + vec3(1.0, 0.9, 0.7) * train * 0.06 * exp(-dot(q - vec2(0.12, -0.06), q - vec2(0.12, -0.06)) * 40.0);
    col = room_finish(col, p.z, 0.1, haze_col, (1.0 - lamps) * (1.0 - 0.6 * mouth));
    f_color = vec4(col, 1.0) * v_draw.x;
}
#endif
