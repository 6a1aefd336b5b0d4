#version 330 core
// A street market at night (midground), down the lane between two rows of stalls (the room
// frame of lib/land_room.glsl, open to the sky): each stall a cloth-skirted counter heaped with
// fruit and goods in many colours, lit warm by its own bulb under a striped awning with a
// scalloped edge; two strings of bulbs sag along the lane from pole to pole; the wet paving
// mirrors the lights. Over the awnings the sky (the layers behind) shows; by day the bulbs
// pale and the stripes and goods take the daylight. Further is hazier.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(0.7, 0.7), vec2(0.62, 40.0), 24.0);
const float BAYS = 2.2;         // the stalls' length along the lane
const float COUNTER = -0.3;     // the counters' top
const float AWNING = 0.28;      // the awnings' lower edge and top
const float AWNING_TOP = 0.45;
const float STRING = 0.62;      // the bulb strings' height at the poles
const float STRING_X = 0.26;    // their distance from the lane's middle

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK market_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"
flat out vec3 v_bulb;          // the bulbs' light

void market_vertex() {
    room_vertex(vec2(0.5, 0.46), 0.5, ROOM_WARM * 1.4, ROOM_COOL * 0.7);
    v_bulb = mix(vec3(1.0, 0.72, 0.36), v_pal_light, 0.1) * (1.0 - 0.6 * u_daylight) * v_breath;
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
#include "lib/goods.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec3 v_bulb;

// A string of bulbs along the lane at x = `side` * STRING_X, sagging between poles: (x) its
// wire's and bulbs' coverage at the pixel of ray q, (y) the bulbs' glow, (z) the distance.
vec3 string_of_bulbs(vec2 q, float side, float px) {
    float t = STRING_X / max(abs(q.x), 1e-4);
    float on_side = step(0.0, q.x * side) * step(t, ROOM.far);
    float along = t + v_draw.y;
    float sag = STRING - 0.08 * sin(3.1416 * fract(along / BAYS));
    float y = q.y * t;
    float wire = smoothstep(px * t * 1.2, 0.0, abs(y - sag));
    vec2 b = vec2((fract(along / 0.32) - 0.5) * 0.32, y - sag + 0.03);   // to the nearest bulb
    float d = length(b);
    float bulb = smoothstep(0.022 + px * t, 0.018, d);
    float glow = exp(-d * d / (0.004 + px * t * 0.02)) * 0.6;
    return vec3(max(wire * 0.6, bulb), (bulb + glow) * step(abs(b.x), 0.16), t) * on_side;
}

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_hit(q, ROOM);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float wall = room_side(h);
    float is_floor = room_on(h, 2.0);
    float far_end = room_on(h, 4.0);
    float detail = 1.0 - smoothstep(3.0, 10.0, p.z);
    // ---- the stalls: which one, and its own colours
    float side = step(0.5, h.surface);
    float stall = floor(z / BAYS);
    float in_bay = fract(z / BAYS) * BAYS;
    float hs = hash21(vec2(stall, side * 7.0 + floor(u_seed)));
    vec3 cloth = goods_colour(fract(hs * 5.7)) * 0.7;
    float pole = smoothstep(px * 2.0, 0.0, min(in_bay, BAYS - in_bay) - 0.03);
    // the counters' cloth skirts, in folds
    vec3 albedo = cloth * (0.75 + 0.25 * sin(z * 60.0) * detail);
    // the goods heaped on the counter: rows of round fruit, each crate its own colour
    float crate = floor(in_bay / 0.4);
    float hc = hash21(vec2(stall * 9.0 + crate, side));
    float mound = COUNTER + 0.08 + 0.1 * sin(3.1416 * fract(in_bay / 0.4)) - 0.05 * hc;
    float row = floor((p.y - COUNTER) / 0.035);
    vec2 fruit = vec2(fract(z / 0.04 + 0.5 * row) - 0.5, fract((p.y - COUNTER) / 0.035) - 0.5);
    float round_ = smoothstep(0.5, 0.36, length(fruit)) * step(p.y, mound);
    vec3 produce = goods_colour(hc) * (0.5 + 0.5 * round_) * (0.8 + 0.4 * fruit.y);
    produce = mix(goods_colour(hc) * 0.7, produce, detail);
    float heap = wall * step(COUNTER, p.y) * step(p.y, mound) * max(round_, 1.0 - detail);
    albedo = mix(albedo, produce, heap);
    // the stall's back under the awning: dark, warm, a shelf of jars and things hung up
    float back = wall * step(COUNTER, p.y) * (1.0 - heap) * step(p.y, AWNING);
    float up = p.y - COUNTER - 0.22;
    float shelf_row = step(0.0, up) * step(up, 0.07) * step(0.3, fract(z / 0.05));
    float hung = step(0.14, up) * step(up, 0.14 + 0.1 * hash11(floor(z / 0.09) + stall)) * step(0.45, fract(z / 0.09));
    vec3 things = goods_colour(hash11(floor(z / 0.09) * 3.0 + side + stall)) * 0.45;
    vec3 back_col = mix(vec3(0.12, 0.08, 0.055), things, max(shelf_row, hung) * detail);
    albedo = mix(albedo, back_col, back);
    // the awning: stripes of the stall's colour and cream, a scalloped edge
    float stripe = step(0.5, fract(z / 0.24));
    float edge = AWNING - 0.02 * abs(sin(z * 3.1416 / 0.12));
    float awning = wall * step(edge, p.y) * step(p.y, AWNING_TOP);
    vec3 canvas = mix(cloth * 0.8, vec3(0.92, 0.88, 0.78), stripe);
    albedo = mix(albedo, canvas, awning);
    albedo = mix(albedo, vec3(0.06), pole * wall * step(p.y, AWNING_TOP + 0.1));
    // ---- the paving: worn stones, wet
    vec2 sv = vec2(p.x * 5.0 + 0.5 * step(0.5, fract(z * 2.5)), z * 5.0);
    float stones = interior_grout(sv, 0.04, 0.06);
    vec3 paving = vec3(0.2, 0.19, 0.18) * (0.8 + 0.3 * hash21(floor(sv))) * (1.0 - 0.6 * stones);
    albedo = mix(albedo, paving, is_floor);
    // ---- light: each stall's bulb under its awning, the strings along the lane, the night
    // sky's cool light from above, the day
    vec3 bulb_at = vec3((side * 2.0 - 1.0) * (ROOM.walls.x - 0.12), AWNING - 0.06, (stall + 0.5) * BAYS - v_draw.y);
    vec3 to = bulb_at - p;
    float near_bulb = 0.09 / (dot(to, to) + 0.04);
    float from_sky = 0.3 * awning + 0.5 * is_floor + 0.1;
    vec3 light = v_bulb * (near_bulb * (wall * (1.0 - awning) + 0.6 * is_floor) + 0.25 * awning)
               + v_fill * 0.05 * from_sky + vec3(0.9, 0.93, 1.0) * u_daylight * (0.5 * from_sky + 0.3);
    vec3 col = albedo * light;
    // the stall bulbs themselves, under each awning
    vec2 bq = vec2(in_bay - BAYS * 0.5, p.y - AWNING + 0.06);
    col += wall * v_bulb * 1.3 * smoothstep(0.03, 0.015, length(bq));
    // the paving mirrors the bulbs' glow in long streaks
    vec3 m = interior_mirror(p, q, vec2(ROOM.floor_ceil.x, STRING - 0.04));
    float streak = exp(-pow(STRING_X - abs(m.x), 2.0) * 40.0) + 0.6 * exp(-pow(ROOM.walls.x - 0.12 - abs(m.x), 2.0) * 40.0);
    col += is_floor * v_bulb * 0.06 * streak * exp(-(m.z - p.z) * 0.15) * (1.0 - 0.7 * stones);
    // ---- over the awnings the sky; the lane goes on into the dark
    float cov = wall * step(p.y, AWNING_TOP) + is_floor + far_end * step(p.y, AWNING_TOP);
    cov = min(cov, 1.0);
    col = room_finish(col, p.z, 0.09, v_pal_haze * 0.5 + v_bulb * 0.03, 1.0) * cov;
    // ---- the strings of bulbs, in front of whatever is behind them
    for (int s = 0; s < 2; s++) {
        vec3 sb = string_of_bulbs(q, float(s) * 2.0 - 1.0, v_view.w);
        float front = step(sb.z, p.z + 1e-3 + (1.0 - cov) * 100.0);
        float fade = exp(-sb.z * 0.08);
        col = mix(col, v_bulb * 1.15 * fade, sb.x * front * fade);
        col += v_bulb * sb.y * front * fade * 0.35;
        cov = max(cov, clamp(sb.x + sb.y, 0.0, 1.0) * front * fade);
    }
    f_color = vec4(col, cov) * v_draw.x;
}
#endif
