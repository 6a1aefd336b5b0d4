#version 330 core
// A long corridor at night (midground), down its length (lib/land_room.glsl): the
// vanishing point right of centre, doors along both walls (some with a lit pane), a handrail
// and a two-tone wall, a row of ceiling panels (fluorescent, or warm in some dreams' seeds;
// every third one dim, one flickering), their
// reflections streaking down the polished floor, and a glowing door at the far end. Further
// is hazier. The eye drifts slowly down the corridor and back.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(0.62, 0.62), vec2(0.55, 0.6), 16.0);
const float BAY = 1.7;          // the ceiling lights' spacing
const float DOORS = 2.6;        // the doors' spacing on each wall

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK corridor_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"
flat out vec3 v_tube;          // the ceiling lights' colour
flat out vec3 v_paint;         // the walls' paint

void corridor_vertex() {
    // the lit door panes and the far door are warm against the tubes' cool light (a hospital, a
    // school), or in some dreams the lamps are a hotel's, warm, against cool panes
    bool hotel = fract(sin(u_seed * 12.9898) * 43758.5) > 0.65;
    room_vertex(vec2(0.6, 0.52), 0.4, hotel ? ROOM_COOL : ROOM_WARM, ROOM_COOL * 0.6);
    v_tube = (hotel ? vec3(1.0, 0.68, 0.38) : vec3(0.8, 0.96, 1.0)) * (2.8 * v_breath);
    v_paint = mix(vec3(0.46, 0.52, 0.48), v_pal_light, 0.15);
    float flicker = step(0.93, fract(sin(floor(u_time * 7.0)) * 43758.5));
    v_draw.w = 1.0 - 0.8 * flicker;                 // the flickering light's level
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec3 v_tube;
flat in vec3 v_paint;
const float START = 3.0;        // how far down the corridor the eye's walk is centred

// A ceiling panel's glow at a point of the ceiling (x across, z along), soft by `soft`: every
// third bay dim, the fifth one flickering.
float panel(float x, float z, float soft) {
    float bay = floor(z / BAY + 0.5);
    float along = abs(z - bay * BAY) - 0.28;
    float level = mod(bay, 3.0) == 2.0 ? 0.12 : (bay == 5.0 ? v_draw.w : 1.0);
    return level * clamp(0.5 - max(along, abs(x) - 0.12) / soft, 0.0, 1.0);
}

// Whether the room behind door `i` on side `side` (0 left, 1 right) has its light on.
float door_lit(float i, float side) {
    return step(0.5, hash11(i * 7.1 + side * 3.3 + u_seed));
}

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_hit(q, ROOM);
    vec3 p = h.p;
    float surface = h.surface;
    float z = h.z + START;                          // along the corridor, as the eye walks
    float wall = room_side(h);
    float is_floor = room_on(h, 2.0);
    float ceiling = room_on(h, 3.0);
    float px = h.px;                                // one pixel at this depth
    // ---- the walls: a darker lower half, a handrail, doors with a pane, some lit
    // 0 left, 1 right (the doors alternate); on the floor and ceiling, the nearer wall's doors
    float side = wall > 0.5 ? step(0.5, surface) : step(0.0, p.x);
    float dz = z + side * DOORS * 0.5;
    float door_i = floor(dz / DOORS + 0.5);
    float dd = abs(dz - door_i * DOORS);
    float door = wall * step(dd, 0.36) * step(p.y, 0.3);
    float frame = wall * (1.0 - step(dd, 0.32)) * step(dd, 0.36) * step(p.y, 0.34);
    float pane_lit = door_lit(door_i, side);
    float pane = door * step(dd, 0.09) * step(abs(p.y - 0.08), 0.1);
    float lower = smoothstep(px, -px, p.y + 0.12);
    vec3 paint = v_paint * mix(1.0, 0.62, lower);
    float rail = wall * smoothstep(px * 2.0, 0.0, abs(p.y + 0.1) - 0.012) * (1.0 - door);
    vec3 door_col = mix(u_palette[1], vec3(0.34, 0.2, 0.11), 0.8) * 0.8;
    vec3 albedo = mix(paint, door_col, door);
    albedo = mix(albedo, vec3(0.55, 0.56, 0.55), max(frame, rail));
    // ---- the floor: big polished tiles; the ceiling: tiles of board
    float grout = interior_grout(vec2(p.x, z) * 1.25, 0.0, 0.04);
    albedo = mix(albedo, vec3(0.36, 0.38, 0.37) * (1.0 - 0.35 * grout), is_floor);
    albedo = mix(albedo, vec3(0.3) * (1.0 - 0.3 * grout), ceiling);
    // ---- light: the row of panels as a line overhead, brightest under each; the far door
    float bay = fract(z / BAY + 0.5) - 0.5;
    // each lit room's light falls across the floor in front of its door
    float from_wall = side < 0.5 ? p.x + ROOM.walls.x : ROOM.walls.y - p.x;
    float spill = pane_lit * exp(-dd * dd * 5.0 - from_wall * 2.2);
    vec3 light = v_tube * 0.09 * room_tubes(h, ROOM, 0.0, bay) * (1.0 - ceiling * 0.7) + v_fill * 0.05
               + v_key * spill * (1.2 * is_floor + 0.3 * wall);
    vec3 col = albedo * light;                      // the tubes' falloff darkens the corners
    // a lit pane glows (warm against cool tubes); the ceiling panels themselves
    col += pane * pane_lit * v_key * 1.4 + pane * (1.0 - pane_lit) * v_tube * 0.02;
    col += ceiling * v_tube * panel(p.x, z, px * 1.5);
    // the floor mirrors the panels, blurred with distance from the floor to the ceiling
    vec3 m = interior_mirror(p, q, ROOM.floor_ceil);
    col += is_floor * v_tube * 0.3 * panel(m.x, m.z + v_draw.y + START, 0.12 + (m.z - p.z) * 0.1) * (1.0 - 0.5 * grout);
    // the far end: a door of light
    float end = step(3.5, surface);
    float glow_door = end * (1.0 - smoothstep(-px, px, max(abs(p.x - 0.1) - 0.22, p.y - 0.32)));
    col = mix(col, mix(v_key, vec3(1.0), 0.25) * 2.2, glow_door);
    // haze down the corridor, lit by the far door
    vec3 haze_col = mix(v_pal_haze, v_tube * 0.05, 0.5) + mix(v_key, vec3(1.0), 0.4) * 0.25 * exp(-dot(q, q) * 60.0);
    col = room_finish(col, p.z, 0.11, haze_col, 1.0 - glow_door);
    f_color = vec4(col, 1.0) * v_draw.x;
}
#endif
