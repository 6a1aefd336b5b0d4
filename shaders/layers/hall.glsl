#version 330 core
// A great hall (midground), seen down its length (lib/land_room.glsl): pale stone walls of tall
// round-arched bays between pilasters under a gilded cornice, a coffered ceiling, a floor of
// polished marble in two colours that mirrors the lights, three chandeliers hanging down the
// middle, and at the far end a great arched window that shows the sky behind (the layers
// behind). The chandeliers light it warm, the window cool. Further is hazier. The eye drifts.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(2.0, 2.0), vec2(0.7, 2.3), 10.0);
const float BAY = 1.8;                 // the bays' spacing along the walls
const float CHANDELIER_Y = 1.5;        // the chandeliers' height over the eye
const vec4 WINDOW = vec4(-0.8, -0.3, 0.8, 1.2);    // the far window: its sides, sill, the arch's springing

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK hall_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"

void hall_vertex() {
    room_vertex(vec2(0.5, 0.42), 0.35, ROOM_WARM * 1.5, vec3(0.45, 0.58, 1.0));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

// 1 inside the far window's round-headed opening at (x, y) on the far wall, soft over `soft`.
float window_opening(vec2 w, float soft) {
    float half_w = (WINDOW.z - WINDOW.x) * 0.5;
    vec2 c = vec2((WINDOW.x + WINDOW.z) * 0.5, WINDOW.w);
    float d = w.y < c.y ? max(abs(w.x - c.x) - half_w, WINDOW.y - w.y) : length(w - c) - half_w;
    return clamp(0.5 - d / soft, 0.0, 1.0);
}

// The chandeliers' distance from the eye along the hall (they stay put as the eye walks).
float chandelier_z(int k) {
    return 2.2 + 2.6 * float(k) - v_draw.y;
}

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_hit(q, ROOM);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float wall = room_side(h);
    float is_floor = room_on(h, 2.0);
    float ceiling = room_on(h, 3.0);
    float far_wall = room_on(h, 4.0);
    vec3 stone = mix(vec3(0.78, 0.72, 0.62), v_pal_light, 0.15);
    vec3 gilt = vec3(0.95, 0.72, 0.32);
    // ---- the walls: pilasters between tall round-arched bays, a gilded cornice above
    float bz = (fract(z / BAY) - 0.5) * BAY;                       // from the middle of a bay
    float pilaster = wall * smoothstep(BAY * 0.5 - 0.12 - px, BAY * 0.5 - 0.12 + px, abs(bz));
    float half_bay = BAY * 0.5 - 0.2;
    float arch = length(vec2(bz, max(p.y - 0.8, 0.0))) - half_bay;
    float recess = wall * (1.0 - pilaster) * step(-0.55, p.y) * clamp(0.5 - arch / px, 0.0, 1.0);
    float cornice = wall * smoothstep(px * 2.0, 0.0, abs(p.y - 1.9) - 0.07);
    vec3 albedo = stone * (0.9 + 0.1 * pilaster);
    albedo = mix(albedo, stone * 0.55, recess);                    // the bay's shadowed recess
    albedo = mix(albedo, gilt * 0.8, cornice);
    // ---- the ceiling: coffers with gilded ribs; the floor: polished marble in two colours
    vec2 coffer = abs(fract(vec2(p.x, z) / 0.5) - 0.5);
    float rib = ceiling * smoothstep(0.38, 0.44, max(coffer.x, coffer.y));
    albedo = mix(albedo, mix(u_palette[1] * 0.7, gilt * 0.3, rib), ceiling);   // coffers painted in the fill
    vec2 tile = floor(vec2(p.x, z) / 0.5);
    float dark_tile = mod(tile.x + tile.y, 2.0);
    vec3 marble = mix(vec3(0.85, 0.82, 0.77), mix(vec3(0.3, 0.22, 0.2), u_palette[1] * 0.5, 0.3), dark_tile);
    marble *= 1.0 - 0.25 * interior_grout(vec2(p.x, z) / 0.5, 0.0, 0.04);
    albedo = mix(albedo, marble * 0.8, is_floor);
    // ---- the far wall: the great window (the sky behind shows through its glass, between
    // its glazing bars) in a moulded frame
    float opening = far_wall * window_opening(p.xy, px * 1.5);
    vec2 pane = abs(fract((p.xy - WINDOW.xy) / vec2(0.22, 0.3)) - 0.5);
    float bars = smoothstep(0.46, 0.49, max(pane.x, pane.y));
    float glass = opening * (1.0 - bars);
    float frame = far_wall * (1.0 - opening) * window_opening(p.xy * 0.93 + vec2(0.0, 0.03), px * 1.5);
    albedo = mix(albedo, gilt * 0.6, frame);
    // ---- light: the chandeliers warm, nearer is brighter; the window's cool light
    vec3 n = interior_normal(h.surface);
    float warm = 0.0;
    for (int k = 0; k < 3; k++) {
        vec3 to = vec3(0.0, CHANDELIER_Y, chandelier_z(k)) - p;
        float d2 = dot(to, to);
        warm += (max(dot(n, to) * inversesqrt(d2), 0.0) * 0.8 + 0.2) / (d2 * 1.2 + 0.3);
    }
    // the window's daylight fills the shade: the bays' recesses, which the chandeliers light less
    float cool = 0.16 + 0.35 * exp(-(ROOM.far - p.z) * 0.5) * (1.0 - far_wall) + 0.2 * recess;
    vec3 col = room_lit(albedo, h, ROOM, v_key * (warm * (0.8 - 0.5 * recess) + 0.03) + v_fill * cool);
    col += bars * opening * v_fill * 0.05;
    // the polished floor mirrors the chandeliers
    vec3 seen = interior_mirror(p, q, ROOM.floor_ceil);
    // ---- the chandeliers, and their reflections in the floor: a bright cluster of candles,
    // a warm halo, the chain up to the ceiling
    vec3 glow = vec3(0.0);
    for (int k = 0; k < 3; k++) {
        float cz = chandelier_z(k);
        if (cz < 0.3) continue;
        vec2 c = vec2(0.0, CHANDELIER_Y) / cz;                     // its centre on the screen
        float r = length((q - c) * vec2(1.0, 1.6)) * cz;          // from it, in hall units
        float cluster = exp(-r * 9.0) * 1.4 + exp(-r * 2.2) * 0.22;
        float chain = smoothstep(px / cz * 1.5 + 0.004, 0.0, abs(q.x - c.x) * cz) * step(c.y, q.y) * step(q.y * cz, ROOM.floor_ceil.y);
        glow += v_key * (cluster + vec3(0.25, 0.2, 0.12) * chain) * step(cz - 0.5, p.z);   // in front of what is there
        vec2 mirrored = vec2(seen.x, seen.y) / max(seen.z, 1e-3);
        float rr = length((mirrored - c) * vec2(1.0, 1.6)) * cz;
        glow += v_key * is_floor * (exp(-rr * 7.0) * 0.5 + exp(-rr * 2.0) * 0.06) * (0.4 + 0.6 * (1.0 - dark_tile));
    }
    // ---- the haze down the hall; the sky shows through the window's glass
    col = room_finish(col, p.z, 0.08, land_pal_haze() * 0.4 + v_fill * 0.02, 1.0 - glass);
    float cov = 1.0 - glass * 0.9;
    col = col * (1.0 - glass) + glass * v_fill * 0.02 + glow;
    f_color = vec4(col, cov) * v_draw.x;
}
#endif
