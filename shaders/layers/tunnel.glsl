#version 330 core
// A tunnel (midground), seen down its length from inside (lib/land_room.glsl's eye and
// lights): a round vault of white glazed tiles in a running bond over straight walls, a band of
// tiles in the palette's accent along each wall at shoulder height, a wet concrete floor whose
// puddles mirror the lamps, caged lamps along both walls (staggered) that light the tiles in
// warm pools, now and then one flickering, and at the far end the opening onto the world
// outside (the layers behind), whose cool light fills the far reach. Further is hazier; the eye
// walks slowly down it.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const float HALF_WIDTH = 1.1;   // the walls' distance from the middle
const float SPRING = 0.3;       // where the vault springs from the walls, over the eye
const float FLOOR = 0.62;       // the floor's depth under the eye
const float FAR = 16.0;         // the far opening's distance
const float LAMPS = 2.6;        // the lamps' spacing along each wall
const float LAMP_Y = 0.22;      // their height over the eye
const float LAMP_X = HALF_WIDTH - 0.06;

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK tunnel_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"

void tunnel_vertex() {
    room_vertex(vec2(0.5, 0.46), 1.2, ROOM_WARM * 1.5, vec3(0.45, 0.62, 1.0));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

// Where the ray (q, 1) meets the tunnel: xyz the point, w the surface (0 left wall, 1 right
// wall, 2 floor, 3 vault, 4 the far opening).
vec4 tunnel_hit(vec2 q) {
    float t = min(HALF_WIDTH / max(abs(q.x), 1e-5), FAR);
    float surface = t < FAR ? step(0.0, q.x) : 4.0;
    if (q.y * t > SPRING) {  // over the springing: the ray leaves the vault's circle first
        float a = dot(q, q);
        float b = SPRING * q.y;
        float tv = (b + sqrt(b * b + a * (HALF_WIDTH * HALF_WIDTH - SPRING * SPRING))) / a;
        surface = tv < FAR ? 3.0 : 4.0;
        t = min(tv, FAR);
    }
    float tf = q.y < 0.0 ? FLOOR / -q.y : 1e3;
    if (tf < t) {
        t = tf;
        surface = 2.0;
    }
    return vec4(vec3(q, 1.0) * t, surface);
}

// The distance of lamp k on a side (-1 left, 1 right: the right's are half a spacing on).
float lamp_z(float k, float side) {
    return (k + 0.25 + 0.25 * side) * LAMPS - v_draw.y;
}

// Lamp k's brightness: steady, but now and then one of them stutters.
float lamp_power(float k, float side) {
    float id = k * 2.0 + side;
    float stutter = step(0.93, hash11(id * 3.7 + floor(v_draw.z * 9.0) * 0.131)) * step(0.75, hash11(id + 0.5));
    return 1.0 - 0.7 * stutter;
}

// How much of the lamps' light reaches a point p with inward normal n: the two nearest lamps on
// each wall.
float lamps_light(vec3 p, vec3 n) {
    float light = 0.0;
    for (int s = 0; s < 2; s++) {
        float side = float(s) * 2.0 - 1.0;
        float k0 = floor((p.z + v_draw.y) / LAMPS - 0.25 - 0.25 * side);
        for (int j = 0; j < 2; j++) {
            float k = k0 + float(j);
            vec3 to = vec3(side * LAMP_X, LAMP_Y, lamp_z(k, side)) - p;
            float d2 = dot(to, to);
            float facing = max(dot(n, to) * inversesqrt(d2), 0.0) * 0.7 + 0.3;
            light += lamp_power(k, side) * facing / (d2 * 3.5 + 0.15);
        }
    }
    return light;
}

// The lamps' own glow on the screen near q (and, `mirror` 1, their reflections in the floor):
// the two lamps nearest along the wall the pixel looks toward.
float lamps_glow(vec2 q, float mirror) {
    float side = q.x < 0.0 ? -1.0 : 1.0;
    float y = mix(LAMP_Y, -2.0 * FLOOR - LAMP_Y, mirror);
    float z = LAMP_X / max(abs(q.x), 1e-4);
    float k0 = floor((z + v_draw.y) / LAMPS - 0.25 - 0.25 * side);
    float glow = 0.0;
    for (int j = 0; j < 2; j++) {
        float k = k0 + float(j);
        float lz = lamp_z(k, side);
        if (lz < 0.4) continue;
        vec2 c = vec2(side * LAMP_X, y) / lz;
        float r = length((q - c) * vec2(1.0, mix(1.0, 0.3, mirror))) * lz;   // in tunnel units
        glow += lamp_power(k, side) * (exp(-r * 18.0) * 1.4 + exp(-r * 4.0) * 0.06);
    }
    return glow;
}

void main() {
    vec2 q = room_q(v_uv);
    vec4 hit = tunnel_hit(q);
    vec3 p = hit.xyz;
    float surface = hit.w;
    RoomHit h = room_at(p, surface);
    float z = h.z;
    float px = h.px;
    float is_floor = room_on(h, 2.0);
    float opening = room_on(h, 4.0);
    // ---- the tiles: up the wall and round the vault (v), along the tunnel (z)
    float theta = atan(max(p.y - SPRING, 0.0), abs(p.x));          // 0 at the springing
    float v = min(p.y, SPRING) + HALF_WIDTH * theta;
    vec2 tile = vec2(z / 0.3, v / 0.15);
    tile.x += 0.5 * mod(floor(tile.y), 2.0);                       // a running bond
    float grout = interior_grout(tile, 0.03, px / 0.15);
    vec3 glaze = vec3(0.86, 0.87, 0.82) * (0.92 + 0.08 * hash21(floor(tile) + 7.0));
    float band = smoothstep(px, 0.0, abs(v + 0.02) - 0.08) * (1.0 - is_floor);
    vec3 accent = u_palette[2] / max(max(u_palette[2].r, u_palette[2].g), max(u_palette[2].b, 1e-3));
    glaze = mix(glaze, accent * 0.6, band);
    vec3 albedo = mix(glaze, vec3(0.4, 0.4, 0.37), grout * 0.8);
    // ---- the floor: wet concrete slabs with puddles
    vec2 slab = vec2(p.x, z) / 0.9;
    float puddle = smoothstep(0.55, 0.7, vnoise(vec2(p.x * 2.5, z * 0.8)));
    vec3 concrete = vec3(0.3, 0.29, 0.27) * (0.85 + 0.15 * hash21(floor(slab)));
    concrete *= 1.0 - 0.4 * interior_grout(slab, 0.01, px / 0.9);
    albedo = mix(albedo, concrete * (1.0 - 0.5 * puddle), is_floor);
    // ---- light: the lamps warm, in pools; the opening's cool daylight down the far reach
    vec3 n = surface < 2.5 ? interior_normal(surface) : normalize(vec3(-p.x, SPRING - p.y, 0.0));
    float warm = lamps_light(p, n);
    float cool = 0.1 + 0.7 * exp(-(FAR - p.z) * 0.3);
    float corner = is_floor > 0.5 ? HALF_WIDTH - abs(p.x) : p.y + FLOOR;
    float occ = 0.55 + 0.45 * smoothstep(0.0, 0.35, corner);
    vec3 col = albedo * (v_key * (warm * 0.32 + 0.01) + v_fill * cool) * occ;
    // the glaze and the puddles catch the lamps
    col += v_key * lamps_glow(q, 0.0) * (1.0 - is_floor) * (1.0 - opening);
    col += v_key * is_floor * lamps_glow(q, 1.0) * (0.12 + 0.5 * puddle);
    // ---- the haze down the tunnel; the world outside through the opening
    col = room_finish(col, p.z, 0.06, land_pal_haze() * 0.35 + v_fill * 0.04, 1.0 - opening);
    f_color = vec4(col * (1.0 - opening), 1.0 - opening) * v_draw.x;
}
#endif
