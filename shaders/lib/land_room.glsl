// The room frame the interiors share: one box (lib/land_interior.glsl) seen down its length in
// one-point perspective from an eye that sways and walks slowly, the surface each pixel sees
// with its own coordinates, rows of windows and lights along it, designed light (the warm key
// of the room's lamps against the cool night that fills its shade) and a finish (haze down the
// room, lights brighter than white burning to white). A layer declares its box as a `Room`
// (lib/land_interior.glsl, included before its constants), calls room_vertex() from its vertex
// hook and, in its fragment stage, room_hit(), then paints what is its own (pews, desks, water)
// and ends with room_finish().
#include "lib/land_interior.glsl"
#if defined VERTEX_SHADER
flat out vec4 v_view;   // vanishing point (land units), aspect, one pixel at distance 1
flat out vec4 v_draw;   // opacity, the eye's walk along the room, time, the layer's own
flat out vec3 v_key;    // the lamps' light (breathing with the voice)
flat out vec3 v_fill;   // the night's light in the shade

// The eye looks toward `centre` (fractions of the frame) and sways around it, walking up to
// `walk` along the room and back; `key` and `fill` are the room's lights.
void room_vertex(vec2 centre, float walk, vec3 key, vec3 fill) {
    float asp = aspect();
    v_view = vec4(asp * (centre.x + 0.013 * sin(u_time * 0.027)), centre.y + 0.01 * sin(u_time * 0.02),
                  asp, 1.5 / u_resolution.y);
    v_draw = vec4(clamp(u_intensity * 1.25, 0.0, 1.0), walk * sin(u_time * 0.011), u_time, 0.0);
    v_key = mix(key, v_pal_light * max(key.r, max(key.g, key.b)), 0.12) * v_breath;
    v_fill = mix(fill, v_pal_glow * max(fill.r, max(fill.g, fill.b)), 0.12);
}
#elif defined FRAGMENT_SHADER
flat in vec4 v_view;
flat in vec4 v_draw;
flat in vec3 v_key;
flat in vec3 v_fill;

// What a pixel sees: p the point (the eye at the origin), surface its kind (0 left wall,
// 1 right wall, 2 floor, 3 ceiling, 4 far wall; a layer's own things from 5), z where along the
// room it lies as the eye walks (patterns stay put), px one pixel's size there.
struct RoomHit {
    vec3 p;
    float surface;
    float z;
    float px;
};

// The pixel's offset from the vanishing point: its ray is (q, 1).
vec2 room_q(vec2 uv) {
    return vec2(uv.x * v_view.z, uv.y) - v_view.xy;
}

// The surface `surface` at point p, as a pixel sees it.
RoomHit room_at(vec3 p, float surface) {
    return RoomHit(p, surface, p.z + v_draw.y, v_view.w * p.z);
}

// Where the ray (q, 1) meets the inside of the room.
RoomHit room_hit(vec2 q, Room room) {
    vec4 h = interior_hit(vec3(q, 1.0), room.walls, room.floor_ceil, room.far);
    return room_at(h.xyz, h.w);
}

// Where the ray (q, 1) meets an aisle between shelves (the side walls of `aisle`, up to `top`
// and as far as `end`): over their tops and past their end it goes on into `beyond`, the
// larger room around them (a store, a warehouse).
RoomHit room_aisle_hit(vec2 q, Room aisle, Room beyond, float top, float end) {
    RoomHit h = room_hit(q, aisle);
    if (h.surface < 1.5 && (h.p.y > top || h.p.z > end)) h = room_hit(q, beyond);
    return h;
}

// 1 on surface `kind`, else 0.
float room_on(RoomHit h, float kind) {
    return 1.0 - step(0.5, abs(h.surface - kind));
}

// 1 on either side wall, else 0.
float room_side(RoomHit h) {
    return step(h.surface, 1.5);
}

// The surface's own coordinates: along and up a side wall, across and along the floor and the
// ceiling, across and up the far wall (and a layer's own things).
vec2 room_uv(RoomHit h) {
    return h.surface < 1.5 ? vec2(h.z, h.p.y) : (h.surface < 3.5 ? vec2(h.p.x, h.z) : h.p.xy);
}

// A row of openings in the side walls, one every `spacing` along the room, `width` wide, from
// `sill_head.x` up to `sill_head.y`: their coverage (soft over a pixel).
float room_windows(RoomHit h, float spacing, float width, vec2 sill_head) {
    float along = abs(fract(h.z / spacing) - 0.5) * spacing - width * 0.5;
    float d = max(along, max(sill_head.x - h.p.y, h.p.y - sill_head.y));
    return room_side(h) * clamp(0.5 - d / h.px, 0.0, 1.0);
}

// Rows of things across the room (pews, desks, seats), one every `spacing` along it, staying put
// as the eye walks: the distance of the first row at or beyond distance `z`.
float room_row_after(float z, float spacing) {
    return ceil((z + v_draw.y) / spacing) * spacing - v_draw.y;
}

// The nearest of two rows of joined seats along the room, their backs `back` in from each side
// wall, from z = row.x to row.y, that the ray (1 / direction `inv`) meets: x its distance,
// y its coverage (soft over `soft`), z 1 on a seat (0 on a backrest).
vec3 room_seats(vec3 inv, float soft, Room room, vec2 row, float back) {
    vec3 best = vec3(1e3, 0.0, 0.0);
    for (int side = 0; side < 2; side++) {
        float s = side == 0 ? -1.0 : 1.0;
        float wall = s * (room.walls.x - back);
        vec3 seat = interior_box(inv, vec3(min(wall, wall - s * 0.42), -0.3, row.x),
                                 vec3(max(wall, wall - s * 0.42), -0.24, row.y), soft);
        vec3 rest = interior_box(inv, vec3(min(wall, wall - s * 0.07), -0.24, row.x),
                                 vec3(max(wall, wall - s * 0.07), 0.14, row.y), soft);
        if (seat.y > 0.0 && seat.x < best.x) best = vec3(seat.x, seat.y, 1.0);
        if (rest.y > 0.0 && rest.x < best.x) best = vec3(rest.x, rest.y, 0.0);
    }
    return best;
}

// How much light reaches a surface point from a line of tubes along the room, just under the
// ceiling at x = `x`; `bay` (-0.5..0.5) is where the point lies between two tubes (0 under one).
float room_tubes(RoomHit h, Room room, float x, float bay) {
    vec3 to_line = vec3(x - h.p.x, room.floor_ceil.y - 0.02 - h.p.y, 0.0);
    float d2 = dot(to_line, to_line);
    float facing = max(dot(interior_normal(h.surface), to_line) * inversesqrt(d2 + 1e-4), 0.0) * 0.8 + 0.2;
    float under = 1.0 - min(abs(bay) * 2.2, 1.0);
    return facing * (0.3 + 0.7 * under * under) / (d2 + 0.15);
}

// A surface of colour `albedo` under `light` (the layer's lamps, as much of the warm key v_key
// as reaches it, and of the cool fill v_fill: the shade is cool, never black-brown), darkened
// into the room's corners.
vec3 room_lit(vec3 albedo, RoomHit h, Room room, vec3 light) {
    float occ = 0.5 + 0.5 * interior_occlusion(h.p, h.surface, room.walls, room.floor_ceil, room.far, 0.45);
    return albedo * light * occ;
}

// The finish: haze of colour `haze` thickening down the room at `density` (where `keep` is 1),
// and light past white burning to white, as film does.
vec3 room_finish(vec3 col, float depth, float density, vec3 haze, float keep) {
    col = mix(col, haze, (1.0 - exp(-depth * density)) * keep);
    float over = max(max(col.r, col.g), col.b) - 1.0;
    return col + max(over, 0.0) * 0.6;
}
#endif
