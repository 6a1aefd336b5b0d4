#version 330 core
// A supermarket at night (midground), down one of its aisles (lib/land_room.glsl): tall shelves
// on both sides, row above row of small bright goods in many colours over pale price strips,
// the shelving bays marked by dark uprights; over the tops of the shelves the store goes on,
// its high dark ceiling ruled by lines of fluorescent tubes over every aisle (one of them
// flickering); the polished floor mirrors the tubes; the aisle ends in an open space before the
// glass front, where the night outside (the layers behind) shows, and by day its light fills
// the store. Further is hazier. The eye drifts slowly along the aisle and back.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(0.62, 0.62), vec2(0.62, 1.3), 18.0);
const Room STORE = Room(vec2(6.0, 6.0), vec2(0.62, 1.3), 18.0);   // beyond the aisle's shelves
const float TOP = 0.3;          // the shelves' top
const float END = 13.0;         // where the aisle's shelves end, before the front
const float ROW = 0.15;         // the shelves' spacing, above a kick plate of BASE
const float BASE = 0.1;
const float BAY = 2.0;          // the tubes' spacing along the store
const float AISLES = 1.8;       // the aisles' spacing across it

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK shop_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"
flat out vec3 v_tube;          // the tubes' light
flat out vec3 v_day;           // daylight through the front

void shop_vertex() {
    room_vertex(vec2(0.5, 0.5), 0.35, ROOM_WARM, ROOM_COOL * 0.6);
    v_tube = mix(vec3(0.86, 1.0, 0.96), v_pal_light, 0.1) * (2.4 * v_breath);
    v_day = vec3(0.95, 0.97, 1.0) * u_daylight;
    float flicker = step(0.9, fract(sin(floor(u_time * 6.0)) * 43758.5));
    v_draw.w = 1.0 - 0.85 * flicker;                // the flickering tube's level
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
#include "lib/goods.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec3 v_tube;
flat in vec3 v_day;

// The tubes' glow at a point of the ceiling (x across, z along the store as the eye walks),
// soft by `soft`: a line over every aisle, one tube in the middle aisle flickering.
float tubes(float x, float z, float soft) {
    float aisle = floor(x / AISLES + 0.5);
    float bay = floor(z / BAY + 0.5);
    float level = aisle == 0.0 && bay == 4.0 ? v_draw.w : 1.0;
    float along = abs(z - bay * BAY) - 0.75;
    return level * clamp(0.5 - max(along, abs(x - aisle * AISLES) - 0.035) / soft, 0.0, 1.0);
}

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_aisle_hit(q, ROOM, STORE, TOP, END);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float wall = room_side(h);
    float is_floor = room_on(h, 2.0);
    float ceiling = room_on(h, 3.0);
    float front = room_on(h, 4.0);
    float detail = 1.0 - smoothstep(2.5, 9.0, p.z);           // far goods blur into their rows
    // ---- the shelves: rows of goods over price strips, a dark kick plate, bays of uprights
    float side = step(0.5, h.surface);
    float up = p.y + ROOM.floor_ceil.x - BASE;                  // height over the kick plate
    float row = floor(up / ROW);
    float in_row = fract(up / ROW) * ROW;
    float group = floor(z * 2.2 + hash11(row * 7.0 + side * 13.0) * 3.0);   // one product's facings
    float hg = hash21(vec2(group, row * 5.0 + side * 31.0 + floor(u_seed)));
    float item_w = mix(0.035, 0.1, fract(hg * 7.3));
    float item = fract(z / item_w);
    float item_h = mix(0.5, 0.85, fract(hg * 13.1)) * ROW;
    float lip = 0.02;
    float strip = step(in_row, lip);
    float gap = 0.08 + 0.1 * step(0.6, fract(hg * 3.7));        // bottles stand apart, boxes close
    float bottle = step(0.1, gap);                              // a neck over the shoulder
    float width = mix(0.5 - gap, 0.14, bottle * step(lip + item_h * 0.7, in_row));
    float goods = (1.0 - strip) * step(in_row, lip + item_h) * step(abs(item - 0.5), width);
    vec3 pack = goods_colour(hg) * (0.55 + 0.45 * fract(hg * 19.0));
    pack *= mix(0.55, 1.0, smoothstep(ROW, ROW * 0.45, in_row));  // the shelf above shades it
    float label = step(abs(in_row - lip - item_h * 0.55), item_h * 0.15);   // a band across each
    pack = mix(pack, mix(pack, vec3(1.0), 0.55), label);
    vec3 back = vec3(0.05, 0.055, 0.06);
    vec3 shelf = mix(back, pack, goods);
    shelf = mix(back + pack * 0.35 * (item_h / ROW), shelf, detail);         // far: the row's colour
    vec3 tag = mix(vec3(0.85, 0.86, 0.8), vec3(1.0, 0.85, 0.2), step(0.85, hash11(floor(z * 3.0) + row)));
    shelf = mix(shelf, tag * (0.8 + 0.5 * step(0.3, fract(z * 3.0))), strip);
    float upright = smoothstep(px * 2.0, 0.0, abs(fract(z / 1.25) - 0.5) * 1.25 - 0.02);
    float plate = step(up, 0.0);
    float above = step(TOP, p.y);                               // the store's far walls over them
    shelf = mix(shelf, vec3(0.12, 0.13, 0.14), max(upright, plate));
    shelf = mix(shelf, vec3(0.16, 0.17, 0.18), above);
    // ---- the floor: big pale polished tiles; the ceiling: dark, with girders across it
    float grout = interior_grout(vec2(p.x, z) * 1.6, 0.0, 0.04);
    float two_tone = step(0.5, fract((floor(p.x * 1.6) + floor(z * 1.6)) * 0.5));
    vec3 albedo = shelf * wall;
    albedo += is_floor * vec3(0.52, 0.53, 0.5) * (0.9 + 0.1 * two_tone) * (1.0 - 0.3 * grout);
    float girder = smoothstep(px * 3.0, 0.0, abs(fract(z / BAY) - 0.5) * BAY - 0.03);
    albedo += ceiling * vec3(0.1, 0.105, 0.11) * (1.0 + girder);
    // ---- the front: tall glass between mullions under a dark fascia
    float mull = smoothstep(px * 2.0, 0.0, abs(fract(p.x / 0.9) - 0.5) * 0.9 - 0.025);
    float glazed = front * step(p.y, 0.85) * step(-ROOM.floor_ceil.x + 0.08, p.y);
    float glass = glazed * (1.0 - mull);
    albedo += front * (1.0 - glass) * vec3(0.14, 0.15, 0.16);
    // ---- light: the tubes over the aisle (and the store's further ones), the cool night in the
    // shade, daylight from the front by day
    float bay = fract(z / BAY + 0.5) - 0.5;
    float lit = room_tubes(h, ROOM, 0.0, bay) * (6.0 * wall * (1.0 - above) + is_floor + 0.3 * front)
              + 0.35 * (above + ceiling);
    float toward_front = smoothstep(4.0, ROOM.far, p.z);
    vec3 light = v_tube * 0.12 * lit + v_fill * 0.04 + v_day * (0.25 + 0.55 * toward_front);
    vec3 col = albedo * light;
    // the goods' fronts catch the tubes; the tubes themselves
    col += wall * (1.0 - above) * goods * detail * pack * v_tube * 0.03 * step(in_row, lip + item_h * 0.2);
    col += ceiling * v_tube * tubes(p.x, z, px * 1.5);
    // the floor mirrors the tubes, blurred with distance, and the goods' colours beside it
    vec3 m = interior_mirror(p, q, ROOM.floor_ceil);
    float sheen = 1.0 - 0.6 * grout;
    float seen = max(step(abs(m.x), ROOM.walls.x), step(END, m.z));   // not through the shelves
    col += is_floor * seen * v_tube * 0.1 * tubes(m.x, m.z + v_draw.y, 0.15 + (m.z - p.z) * 0.12) * sheen;
    float by_shelf = exp(-(ROOM.walls.x - abs(p.x)) * 9.0) * step(p.z, END);
    vec3 reflected = goods_colour(hash11(floor(z * 2.2) + step(0.0, p.x) * 9.0)) * v_tube * 0.015;
    col += is_floor * by_shelf * reflected * sheen;
    // ---- the glass lets the outside show: a warm street lamp's glow on it, and on the floor
    // near the front, at night; a faint reflection of the tubes
    vec2 lamp = vec2(p.x - 1.4, p.y - 0.4);
    float street = exp(-dot(lamp, lamp) * 3.0) * (1.0 - u_daylight);
    col = col * (1.0 - glass) + glass * (v_key * 0.25 * street + v_tube * 0.01);
    col += is_floor * v_key * 0.12 * exp(-(ROOM.far - p.z) * 0.4) * (1.0 - u_daylight);
    float cov = 1.0 - glass * 0.88;
    // ---- the store's air, lit cool by the tubes, brighter toward the front by day
    vec3 haze = mix(v_pal_haze * 0.6 + v_tube * 0.02, v_day * 0.5, toward_front * u_daylight);
    col = room_finish(col, p.z, 0.06, haze, 1.0 - glass);
    f_color = vec4(col, cov) * v_draw.x;
}
#endif
