#version 330 core
// An aquarium at night (midground), seen down its dark gallery (lib/land_room.glsl): both
// walls and the far end are great windows into lit water, deep blue below and turquoise under
// the light falling from above, with caustics playing through it, kelp swaying from the sand,
// fish drifting past in slow shoals and bubbles rising; dark pillars between the windows, a
// polished floor and a low ceiling that catch the water's rippling light, the gallery's air
// hazed blue.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(1.5, 1.5), vec2(0.55, 1.05), 14.0);
const float BAY = 3.0;                  // the windows' spacing along the gallery
const vec2 SILL_HEAD = vec2(-0.4, 0.92);

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK aquarium_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"
flat out vec3 v_water;    // the lit water's colour

void aquarium_vertex() {
    room_vertex(vec2(0.5, 0.5), 0.35, ROOM_WARM * 0.5, ROOM_COOL * 0.6);
    v_water = mix(vec3(0.05, 0.55, 0.85), v_pal_glow, 0.15) * (1.2 * v_breath);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec3 v_water;

// The water seen through a window at (u along, y up) in its own units: depth-dark blue, light
// from above, caustics, kelp from the sand, fish in a shoal and rising bubbles.
vec3 tank(vec2 w, float t, float px) {
    float light = smoothstep(SILL_HEAD.x, SILL_HEAD.y + 0.1, w.y);
    vec3 col = mix(v_water * 0.06, v_water * 1.0, light * light);
    col += v_water * caustic_net(w * vec2(1.6, 2.0), t) * (0.15 + 0.6 * light);
    // the sand, pale in the light that reaches it
    float sand = smoothstep(SILL_HEAD.x + 0.12 + px, SILL_HEAD.x + 0.12, w.y + 0.03 * sin(w.x * 3.0));
    col = mix(col, mix(vec3(0.5, 0.5, 0.42), v_water, 0.5) * 0.45, sand);
    // kelp: tall dark fronds rooted in the sand, swaying
    float strand = floor(w.x * 2.2);
    float h = hash11(strand + 7.0);
    float sway = 0.08 * sin(t * 0.5 + h * 6.3) * (w.y - SILL_HEAD.x);
    float frond = abs(fract(w.x * 2.2 + sway) - 0.5) - 0.05 - 0.05 * lsin(w.y * 7.0 + h * 5.0);
    float tall = step(w.y, SILL_HEAD.x + 0.5 + 0.7 * h) * step(0.35, h);
    col = mix(col, vec3(0.02, 0.12, 0.08) + v_water * 0.05, tall * smoothstep(px * 2.0, 0.0, frond));
    // a shoal drifting along, each fish a slim dark body with a forked tail, darker for depth
    vec2 f = vec2(w.x * 1.3 + t * 0.09, w.y * 3.2);
    vec2 cell = floor(f);
    float k = hash21(cell + 3.0);
    vec2 at = fract(f) - vec2(0.5 + 0.25 * (k - 0.5), 0.5 + 0.2 * sin(t * 0.4 + k * 9.0));
    vec2 body = at * vec2(1.0, 2.6);
    float fish = max(length(body * vec2(1.0, 1.0)) - 0.16, 0.0);
    vec2 tail = at - vec2(-0.2, 0.0);
    float fin = max(abs(tail.y) * 2.0 - (-tail.x) * 1.4, -tail.x - 0.09);
    float shape = step(0.5, k) * max(smoothstep(px * 4.0, 0.0, fish), step(fin, 0.0) * step(-0.2, at.x) * step(at.x, -0.12));
    col = mix(col, v_water * (0.06 + 0.2 * light), shape);
    // bubbles rising in threads
    vec2 b = vec2(w.x * 6.0, w.y * 6.0 - t * 0.6);
    vec2 bc = fract(b) - 0.5;
    float bubble = step(0.93, hash21(floor(b) + 11.0)) * smoothstep(0.12, 0.06, length(bc));
    return col + v_water * bubble * 0.9;
}

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_hit(q, ROOM);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float t = v_draw.z;
    float side = room_side(h);
    float is_floor = room_on(h, 2.0);
    float ceiling = room_on(h, 3.0);
    float far_wall = room_on(h, 4.0);
    // the windows: bays down both walls and the whole far end
    float along = (fract(z / BAY) - 0.5) * BAY;
    float pane = room_windows(h, BAY, BAY - 0.45, SILL_HEAD);
    float end = far_wall * clamp(0.5 - max(abs(p.x) - 1.25, max(SILL_HEAD.x - p.y, p.y - SILL_HEAD.y)) / px, 0.0, 1.0);
    vec2 w = side > 0.5 ? vec2(z * (h.surface < 0.5 ? -1.0 : 1.0), p.y) : vec2(p.x + 40.0, p.y);
    vec3 water = tank(w, t, px);
    // the gallery: dark walls and pillars, lit by the water only
    float bay = 1.0 / (1.0 + along * along * 2.0);
    vec3 albedo = vec3(0.16, 0.17, 0.2);
    vec3 glow = v_water * (0.08 + 0.1 * bay) + v_fill * 0.03;
    vec3 col = room_lit(albedo, h, ROOM, glow);
    // the floor and the ceiling catch the windows' rippling light, strongest by the walls
    float near_wall = exp(-(ROOM.walls.x - abs(p.x)) * 2.2);
    float ripple = vnoise(vec2(p.x * 3.0, z * 1.4) + vec2(t * 0.2, -t * 0.15));
    col += v_water * (is_floor * 0.1 + ceiling * 0.14) * near_wall * (0.3 + 0.9 * ripple * ripple);
    // the polished floor mirrors the far window, blurred
    col += v_water * is_floor * 0.1 * exp(-abs(p.x) * 1.2) * smoothstep(3.0, 12.0, p.z);
    float glass = max(pane, end);
    col = mix(col, water, glass);
    col = room_finish(col, p.z, 0.06, mix(v_pal_haze * 0.1, v_water * 0.15, 0.7), 1.0 - glass * 0.6);
    f_color = vec4(col, 1.0) * v_draw.x;
}
#endif
