#version 330 core
// A room at night (midground), in one-point perspective (lib/land_interior.glsl). ROOM_PART 0, the
// shell over the whole frame: walls, a floor and a ceiling, a window on the far wall open to the
// sky behind (it shows through the panes) whose moonlight falls across the floor in a beam full of
// dust, curtains, a shelf of books or jars, a door left ajar with light in its crack, a lamp's
// glowing shade. ROOM_PART 1, the furniture, as sprites (`sprites = 12`, 16 in the café, 6 in the
// laundrette, whose machines are the shell's left wall: one box each, far to near within a piece),
// each quad reaching just over its box so only those pixels pay for it, and only for that box.
// ROOM_KIND 0 is a bedroom (floorboards; a bed, a side table with its lamp, a chair); ROOM_KIND 1 a
// kitchen (a chequered floor, tiles over a worktop on painted cupboards with an oven and a kettle,
// a table with a fruit bowl and a chair under a pendant lamp); ROOM_KIND 2 a bathroom (tiles on
// every wall and the floor, a bath along the left wall, a basin under a mirror and a lavatory at
// the far end, a towel by the door, a ceiling light); ROOM_KIND 3 a café (a counter along the left
// wall with a coffee machine, a lit glass case of cakes and cups, a shelf of cups over it, small
// marble tables and a bentwood chair under two pendant lamps, a big window onto the street and a
// chalkboard menu; by day (u_daylight) the window's light fills it and the lamps dim); ROOM_KIND 4
// a laundrette (front-loading washers along the left wall with stacked dryers over them, their
// round doors lit from inside with clothes tumbling behind the glass, a chequered floor, white
// tiles under pale paint, a folding table of folded clothes, a bench, a soap machine, a clock over
// a shop window onto the dark street; flat cool light from tubes in the ceiling, the street lamp's
// warm light through the window); ROOM_KIND 5 a corner shop (shelves of tins, jars and packets in
// many colours up both side walls, a wooden counter along the right wall with a till and a row of
// sweet jars under a pendant lamp, a rack of newspapers and magazines, crates of fruit under the
// shop window and a bucket of flowers by the glazed door, a red neon sign glowing in the window,
// the street outside through the glass; by day the window's light fills it). The vanishing point
// drifts slowly, like a slow camera.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
// The room's box (see lib/land_interior.glsl) and what stands in it, in its units.
#if ROOM_KIND == 4
const vec2 WALLS = vec2(0.62, 1.0);  // the machines' fronts stand in for the left wall
#else
const vec2 WALLS = vec2(1.0, 1.0);
#endif
const vec2 FLOOR_CEIL = vec2(0.62, 0.78);
const float FAR = 2.4;
#ifndef ROOM_KIND
#define ROOM_KIND 0
#endif
#if ROOM_KIND == 3
const vec4 WINDOW = vec4(-0.55, -0.2, 0.45, 0.5);    // x0, y0, x1, y1 on the far wall
#elif ROOM_KIND == 4
const vec4 WINDOW = vec4(-0.46, -0.34, 0.62, 0.5);   // the shop window onto the street
#elif ROOM_KIND == 5
const vec4 WINDOW = vec4(0.02, -0.3, 0.9, 0.46);     // the shop window, right of the door
#else
const vec4 WINDOW = vec4(-0.56, -0.04, -0.06, 0.52);  // x0, y0, x1, y1 on the far wall
#endif
const vec3 MOON_DIR = vec3(0.35, -0.85, -1.0);       // the way the moonlight travels
#if ROOM_KIND == 1
const vec3 LAMP = vec3(0.31, 0.2, 1.75);  // a pendant over the table
#elif ROOM_KIND == 2
const vec3 LAMP = vec3(0.0, 0.62, 1.8);  // a shade under the ceiling
#elif ROOM_KIND == 3
const vec3 LAMP = vec3(0.32, 0.3, 1.72);   // a pendant over the near table
const vec3 LAMP2 = vec3(-0.5, 0.36, 1.9);  // and one over the counter
#elif ROOM_KIND == 4
const vec2 TUBES = vec2(0.3, 0.5);        // their rows' distance either side, their spacing
const float PITCH = 0.25;                 // the machines' width along the left wall
#elif ROOM_KIND == 5
const vec3 LAMP = vec3(0.22, 0.34, 1.62); // a pendant before the counter
const float SHELF_ROW = 0.17;             // the wall shelves' spacing
#else
const vec3 LAMP = vec3(0.625, 0.0, 1.9);  // on the side table
#endif
const vec3 BED_LO = vec3(-1.0, -0.62, 1.3);
const vec3 BED_HI = vec3(-0.44, -0.37, 2.16);
#if ROOM_KIND == 1
// The kitchen, in boxes (lo, hi): the base cupboards along the left wall, the worktop over
// them, the wall cupboards, the oven's door, a kettle; the table's top and three legs in view,
// a bowl of fruit on it; a chair's seat and its back, turned to the table.
const vec3 BOX_LO[12] = vec3[12](
    vec3(-1.0, -0.62, 1.25), vec3(-1.0, -0.22, 1.23), vec3(-1.0, 0.16, 1.45), vec3(-0.665, -0.56, 1.72),
    vec3(-0.9, -0.185, 1.95), vec3(0.0, -0.25, 1.5), vec3(0.03, -0.62, 1.53), vec3(0.55, -0.62, 1.53),
    vec3(0.55, -0.62, 1.93), vec3(0.22, -0.17, 1.7), vec3(0.2, -0.37, 1.22), vec3(0.2, -0.62, 1.19));
const vec3 BOX_HI[12] = vec3[12](
    vec3(-0.66, -0.22, 2.4), vec3(-0.63, -0.185, 2.4), vec3(-0.8, 0.5, 2.4), vec3(-0.655, -0.28, 2.06),
    vec3(-0.79, -0.08, 2.05), vec3(0.62, -0.215, 2.0), vec3(0.07, -0.25, 1.57), vec3(0.59, -0.25, 1.57),
    vec3(0.59, -0.25, 1.97), vec3(0.4, -0.2, 1.84), vec3(0.44, -0.34, 1.44), vec3(0.44, 0.02, 1.22));
#elif ROOM_KIND == 2
// The bathroom, in boxes (lo, hi): the bath, the water in it, its taps; the basin's pedestal,
// the basin, the mirror over it; the lavatory's bowl and cistern; a mat on the floor, a shelf
// of bottles over the bath, a towel hanging by the door, the towel rail.
const vec3 BOX_LO[12] = vec3[12](
    vec3(-1.0, -0.62, 1.35), vec3(-0.95, -0.36, 1.4), vec3(-0.99, -0.32, 2.22), vec3(0.08, -0.62, 2.28),
    vec3(-0.02, -0.3, 2.14), vec3(0.0, 0.0, 2.385), vec3(0.55, -0.62, 2.02), vec3(0.53, -0.4, 2.3),
    vec3(-0.42, -0.62, 1.5), vec3(-1.0, 0.12, 1.6), vec3(0.96, -0.3, 1.3), vec3(0.95, -0.02, 1.25));
const vec3 BOX_HI[12] = vec3[12](
    vec3(-0.5, -0.3, 2.36), vec3(-0.55, -0.33, 2.31), vec3(-0.9, -0.22, 2.3), vec3(0.2, -0.3, 2.38),
    vec3(0.3, -0.22, 2.4), vec3(0.28, 0.4, 2.4), vec3(0.76, -0.4, 2.32), vec3(0.78, -0.08, 2.4),
    vec3(-0.08, -0.615, 1.9), vec3(-0.88, 0.15, 2.05), vec3(1.0, 0.05, 1.55), vec3(1.0, 0.0, 1.6));
#elif ROOM_KIND == 3
// The café, in boxes (lo, hi), far to near: the far table's stem and marble top; the counter's
// front and its top, the coffee machine on it, a stack of cups, the glass case of cakes; the
// near table's stem, its top, two cups on it; a chair's seat and its open back; the pendant
// over the counter, its shade and its cord (the other pendant is the shell's lamp); on the
// walls, a chalkboard menu right of the window and a shelf of cups over the counter.
const vec3 BOX_LO[16] = vec3[16](
    vec3(-0.2, -0.62, 2.1), vec3(-0.36, -0.32, 1.98), vec3(-1.0, -0.62, 1.25), vec3(-1.0, -0.15, 1.23),
    vec3(-0.93, -0.12, 2.03), vec3(-0.86, -0.12, 1.84), vec3(-0.92, -0.12, 1.42), vec3(0.3, -0.62, 1.7),
    vec3(0.1, -0.3, 1.55), vec3(0.24, -0.27, 1.69), vec3(0.6, -0.38, 1.62), vec3(0.77, -0.62, 1.62),
    LAMP2 - vec3(0.085, 0.04, 0.02), LAMP2 + vec3(-0.004, 0.09, 0.0),
    vec3(0.6, -0.08, 2.39), vec3(-1.0, 0.2, 1.3));
const vec3 BOX_HI[16] = vec3[16](
    vec3(-0.17, -0.32, 2.13), vec3(-0.02, -0.29, 2.24), vec3(-0.64, -0.15, 2.4), vec3(-0.6, -0.12, 2.4),
    vec3(-0.74, 0.08, 2.22), vec3(-0.77, -0.05, 1.93), vec3(-0.64, 0.0, 1.72), vec3(0.34, -0.3, 1.74),
    vec3(0.52, -0.27, 1.9), vec3(0.4, -0.225, 1.74), vec3(0.8, -0.35, 1.84), vec3(0.8, -0.06, 1.84),
    LAMP2 + vec3(0.085, 0.09, 0.02), vec3(LAMP2.x + 0.004, FLOOR_CEIL.y, LAMP2.z + 0.008),
    vec3(0.94, 0.42, 2.4), vec3(-0.985, 0.275, 2.4));
#elif ROOM_KIND == 4
// The laundrette, in boxes (lo, hi), far to near: the soap machine in the far right corner;
// the folding table's legs, its top, a stack of folded clothes on it; the bench along the right
// wall; a basket on the floor in front of the machines (which are the shell's left wall).
const vec3 BOX_LO[6] = vec3[6](
    vec3(0.74, -0.62, 2.14), vec3(0.12, -0.62, 1.8), vec3(0.1, -0.2, 1.78), vec3(0.2, -0.16, 1.84),
    vec3(0.66, -0.62, 1.5), vec3(-0.5, -0.62, 1.42));
const vec3 BOX_HI[6] = vec3[6](
    vec3(1.0, 0.22, 2.4), vec3(0.5, -0.2, 2.1), vec3(0.52, -0.17, 2.12), vec3(0.42, -0.06, 2.0),
    vec3(0.98, -0.31, 2.1), vec3(-0.24, -0.47, 1.68));
#elif ROOM_KIND == 5
// The corner shop, in boxes (lo, hi), far to near: three crates of fruit under the window; a
// bucket of flowers by the door; a rack of newspapers and magazines before the left shelves;
// the counter along the right wall (its panelled front, its worn top), the till on it and a
// row of sweet jars.
const vec3 BOX_LO[6] = vec3[6](
    vec3(0.12, -0.62, 2.02), vec3(-0.34, -0.62, 2.14), vec3(-0.92, -0.62, 1.5),
    vec3(0.5, -0.62, 1.24), vec3(0.58, -0.17, 1.36), vec3(0.56, -0.17, 1.68));
const vec3 BOX_HI[6] = vec3[6](
    vec3(0.62, -0.4, 2.36), vec3(-0.14, -0.34, 2.32), vec3(-0.66, -0.16, 1.86),
    vec3(1.0, -0.17, 1.98), vec3(0.78, -0.04, 1.52), vec3(0.74, -0.06, 1.92));
#else
// The furniture, four boxes a piece (lo, hi): the bed (headboard, mattress under a blanket,
// pillow, the blanket's turned-down edge), the side table (body, overhanging top, the lamp's
// stem, a drawer's brass handle), the chair (seat, back with its back legs, two front legs).
const vec3 BOX_LO[12] = vec3[12](
    vec3(-1.0, -0.62, 2.16), vec3(-1.0, -0.62, 1.3), vec3(-0.95, -0.37, 1.9), vec3(-0.45, -0.6, 1.3),
    vec3(0.49, -0.62, 1.76), vec3(0.45, -0.22, 1.72), vec3(0.61, -0.19, 1.88), vec3(0.6, -0.3, 1.755),
    vec3(0.1, -0.33, 1.46), vec3(0.1, -0.62, 1.69), vec3(0.105, -0.62, 1.465), vec3(0.325, -0.62, 1.465));
const vec3 BOX_HI[12] = vec3[12](
    vec3(-0.42, -0.1, 2.22), vec3(-0.44, -0.37, 2.16), vec3(-0.49, -0.3, 2.12), vec3(-0.43, -0.38, 1.9),
    vec3(0.78, -0.22, 2.02), vec3(0.82, -0.19, 2.06), vec3(0.64, -0.04, 1.92), vec3(0.67, -0.28, 1.76),
    vec3(0.36, -0.29, 1.72), vec3(0.36, 0.1, 1.73), vec3(0.135, -0.33, 1.495), vec3(0.355, -0.33, 1.495));
#endif

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK room_vertex
#if ROOM_PART == 1
#define LAND_SPRITE room_sprite
#endif
#include "lib/land_vertex.glsl"
flat out vec4 v_room;      // vanishing point (land units), aspect, edge softness per pixel
flat out vec3 v_lamp;      // the lamp's warm light (breathing)
flat out vec3 v_moon;      // the moonlight
flat out vec3 v_wall;      // the plaster's colour
flat out vec2 v_draw;      // opacity, the box a furniture sprite draws
flat out vec3 v_lo;        // that box's corners
flat out vec3 v_hi;
#if ROOM_KIND == 4
flat out vec4 v_clock;     // the clock's minute and hour hands (directions on its face)
flat out vec2 v_spin;      // the machines' drums' turn (cosine, sine)
flat out vec3 v_fill;      // the street's light filling the room
flat out vec3 v_washer;    // the light in a washer's drum
flat out vec3 v_dryer;     // and in a dryer's
#endif
#if ROOM_KIND >= 4
flat out vec3 v_house;     // across the street: a house front
flat out vec3 v_lit;       // a lit window in it
flat out vec3 v_road;      // the road
#endif

vec2 room_vp() {
    return vec2(aspect() * (0.47 + 0.02 * sin(u_time * 0.031)), 0.5 + 0.015 * sin(u_time * 0.023));
}

void room_vertex() {
    v_room = vec4(room_vp(), aspect(), 1.6 / u_resolution.y);
    v_lamp = mix(ROOM_WARM, v_pal_light, 0.12) * (2.1 * v_breath);
    v_moon = mix(ROOM_COOL, v_pal_glow, 0.08) * 2.6;
    v_wall = mix(vec3(0.34, 0.32, 0.31), v_pal_light, 0.1);
#if ROOM_KIND == 3 || ROOM_KIND == 5
    // by day the window's light (the sky's cool white, against the lamps' warmth) fills the room
    // and the lamps are dimmed
    v_lamp *= 0.7 - 0.5 * u_daylight;
    v_moon = mix(v_moon, mix(vec3(0.84, 0.92, 1.06), v_pal_light, 0.1) * 2.2, u_daylight);
#endif
#if ROOM_KIND == 3
    v_wall = mix(mix(vec3(0.24, 0.16, 0.11), vec3(0.62, 0.55, 0.45), u_daylight), v_pal_light, 0.1);
#elif ROOM_KIND == 5
    v_wall = mix(mix(vec3(0.3, 0.34, 0.28), vec3(0.66, 0.68, 0.58), u_daylight), v_pal_light, 0.1);
    v_house = mix(vec3(0.03, 0.035, 0.05), vec3(0.42, 0.36, 0.3), u_daylight);
    v_lit = mix(vec3(1.0, 0.62, 0.28), v_pal_glow, 0.1) * (1.0 - 0.8 * u_daylight);
    v_road = vec3(0.05, 0.045, 0.05) + 0.3 * u_daylight;
#elif ROOM_KIND == 4
    // the tubes' flat cool light, steady; the street lamp's sodium glow through the window by
    // night, daylight by day; pale green paint
    v_lamp = mix(vec3(0.7, 0.9, 1.0), v_pal_light, 0.12) * (1.7 + 0.15 * v_breath);
    v_moon = mix(mix(vec3(1.0, 0.5, 0.16), v_pal_glow, 0.1) * 0.6,
                 mix(vec3(1.0, 0.96, 0.9), v_pal_light, 0.1) * 2.2, u_daylight);
    v_wall = mix(vec3(0.44, 0.6, 0.54), v_pal_light, 0.12);
    float minute = u_time * 0.0105 + 6.1;  // a little before midnight, the minute hand creeping
    v_clock = vec4(sin(minute), cos(minute), sin(minute / 12.0 - 0.05), cos(minute / 12.0 - 0.05));
    v_spin = vec2(cos(u_time * 1.6), sin(u_time * 1.6));
    v_fill = v_moon * (0.03 + 0.12 * u_daylight);
    v_washer = mix(vec3(0.4, 0.85, 1.0), u_palette[1], 0.25);
    v_dryer = mix(vec3(1.0, 0.42, 0.12), u_palette[2], 0.1) * 0.7;
    v_house = mix(vec3(0.03, 0.035, 0.05), vec3(0.42, 0.36, 0.3), u_daylight);
    v_lit = mix(vec3(1.0, 0.62, 0.28), v_pal_glow, 0.1) * (1.0 - 0.8 * u_daylight);
    v_road = vec3(0.05, 0.045, 0.05) + 0.3 * u_daylight;
#endif
    v_draw = vec2(clamp(u_intensity * 1.25, 0.0, 1.0), float(gl_VertexID / 6));
}

#if ROOM_PART == 1
// The quad just around a box of furniture seen from the eye, plus a margin.
vec2 room_sprite(int sprite, vec2 corner) {
    vec3 lo = BOX_LO[sprite];
    vec3 hi = BOX_HI[sprite];
    v_lo = lo;
    v_hi = hi;
    vec4 xs = vec4(lo.x / lo.z, lo.x / hi.z, hi.x / lo.z, hi.x / hi.z);
    vec4 ys = vec4(lo.y / lo.z, lo.y / hi.z, hi.y / lo.z, hi.y / hi.z);
    vec2 vp = room_vp();
    float m = 3.0 / u_resolution.y;
    vec4 box = vec4(min(min(xs.x, xs.y), min(xs.z, xs.w)), min(min(ys.x, ys.y), min(ys.z, ys.w)),
                    max(max(xs.x, xs.y), max(xs.z, xs.w)), max(max(ys.x, ys.y), max(ys.z, ys.w)));
    box = box + vec4(vp - m, vp + m);
    return quad_box_corner(box / vec4(aspect(), 1.0, aspect(), 1.0), corner);
}
#endif
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/goods.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_room;
flat in vec3 v_lamp;
flat in vec3 v_moon;
flat in vec3 v_wall;
flat in vec2 v_draw;
flat in vec3 v_lo;
flat in vec3 v_hi;
#if ROOM_KIND == 4
flat in vec4 v_clock;
flat in vec2 v_spin;
flat in vec3 v_fill;
flat in vec3 v_washer;
flat in vec3 v_dryer;
#endif
#if ROOM_KIND >= 4
flat in vec3 v_house;
flat in vec3 v_lit;
flat in vec3 v_road;
#endif

// 1 through the window's glass, 0 on its frame, its cross bars and the wall (soft by `soft`).
float window_glass(vec2 w, float soft) {
#if ROOM_KIND == 3
    vec2 d = vec2(0.5, 0.35) - abs(w - vec2(-0.05, 0.15));  // three tall panes under a transom
    float bars = min(min(d.x, d.y), min(abs(abs(w.x + 0.05) - 0.167), abs(w.y - 0.36)) - 0.012);
#elif ROOM_KIND == 4
    vec2 d = vec2(0.54, 0.42) - abs(w - vec2(0.08, 0.08));  // two big panes under a fanlight
    float bars = min(min(d.x, d.y), min(abs(w.x - 0.08), abs(w.y - 0.34)) - 0.012);
#elif ROOM_KIND == 5
    vec2 d = vec2(0.44, 0.38) - abs(w - vec2(0.46, 0.08));  // the shop window: two panes, a transom
    float bars = min(min(d.x, d.y), min(abs(w.x - 0.46), abs(w.y - 0.36)) - 0.012);
    vec2 e = vec2(0.15, 0.2) - abs(w - vec2(-0.6, 0.12));   // the door's glazed upper half
    bars = max(bars, min(e.x, e.y));
#else
    vec2 d = vec2(0.22, 0.25) - abs(w - vec2(-0.31, 0.24));
    float bars = min(min(d.x, d.y), min(abs(w.x + 0.31), abs(w.y - 0.3)) - 0.012);
#endif
    return clamp(bars / soft + 0.5, 0.0, 1.0);
}

// Where the moonlight reaching p came through the far wall's plane.
vec2 moon_source(vec3 p) {
    return p.xy - MOON_DIR.xy * ((FAR - p.z) / -MOON_DIR.z);
}

#if ROOM_KIND == 4
// The tubes' flat light arriving at p (normal n) from overhead, strongest under their run, and
// the street's: a dim fill by night, the window's daylight by day.
vec3 lamp_light(vec3 p, vec3 n) {
    vec3 l = vec3(0.0, FLOOR_CEIL.y, clamp(p.z, 1.3, 2.2)) - p;
    float d2 = dot(l, l);
    return v_lamp * ((0.07 + 0.15 * max(dot(n, l), 0.0)) / (d2 + 0.3))
         + v_fill * (0.7 + 0.3 * n.y - 0.2 * n.z);
}
#else
// The lamp's light arriving at p (normal n) through its shade, open at the top and bottom, and
// the room's dim fill.
vec3 lamp_light(vec3 p, vec3 n) {
    vec3 l = LAMP - p;
    float d2 = dot(l, l);
    float inv = inversesqrt(d2);
    float through = mix(0.3, 1.0, smoothstep(0.5, 0.8, abs(l.y) * inv));
    vec3 fill = v_moon * 0.05 * (0.6 + 0.4 * n.y) + v_lamp * 0.008;
#if ROOM_KIND == 3
    // the second pendant: fully on what stands on the counter, as a soft glow on the shell
    vec3 l2 = LAMP2 - p;
    float e2 = dot(l2, l2);
#if ROOM_PART == 1
    fill += v_lamp * (0.44 / (e2 + 0.04)) * max(dot(n, l2), 0.0);  // (its falloff as if 0.5 away)
#else
    fill += v_lamp * (0.06 / (e2 + 0.06));
#endif
#endif
#if ROOM_KIND == 5
    fill += v_lamp * 0.025 * (0.7 - 0.3 * n.y);  // its warm light back from the boards and the stock
#endif
#if ROOM_KIND == 3 || ROOM_KIND == 5
    // by day the window's soft light, strongest near it
    fill += v_moon * u_daylight * (0.1 + 0.1 * clamp(p.z - 1.2, 0.0, 1.2)) * (0.7 + 0.3 * n.y - 0.2 * n.z);
#endif
    return v_lamp * (0.3 / (d2 + 0.04)) * max(dot(n, l) * inv, 0.0) * through + fill;
}
#endif

// All the light arriving at p: the lamp's, and the moon's through the window (unless shaded).
vec3 room_light(vec3 p, vec3 n, float moon_shadow) {
    float lit = window_glass(moon_source(p), 0.02) * step(p.z, FAR - 0.01) * moon_shadow;
    vec3 moon = v_moon * lit * max(dot(n, vec3(-0.2577, 0.6258, 0.7362)), 0.0);  // -MOON_DIR, unit
    return lamp_light(p, n) + moon;
}

// How far a ray runs through the moonbeam up to distance t.
float room_beam(vec3 rd, float t) { return interior_window_beam(rd, t, MOON_DIR, FAR, WINDOW); }

#if ROOM_KIND == 4 && ROOM_PART == 0
// The light behind a machine's round glass door at uv from its centre (d: that distance over the
// radius r): clothes tumbling in a drum lit `tint`, turning with it one way or the other (`turn`
// 1 or -1; 0: the machine stands idle, dark), in a pattern of its own (`phase`).
vec3 porthole(vec2 uv, float r, float d, vec3 tint, float turn, float phase) {
    vec2 t = mat2(v_spin.x, v_spin.y * turn, -v_spin.y * turn, v_spin.x) * uv / r + phase;
    // the load heaped low in the drum, its top tossed about, its colours turning with the drum
    float load = step(uv.y / r, 0.25 - 0.6 * abs(fract(t.x * 0.8 + t.y * 0.5) - 0.5));
    vec3 cloth = mix(u_palette[1], u_palette[3], step(0.5, fract(t.x * 1.4 + t.y * 0.9)));
    return mix(tint, cloth * tint * 0.7, load) * ((1.0 - 0.6 * d * d) * abs(turn));
}
#endif

#if ROOM_KIND == 5 && ROOM_PART == 0
// A side wall's shelves at `along` (z) and `up` (height over the floor), `side` 0 left, 1 right:
// rows of tins, jars and packets, a few facings of each product, over the shelf boards' lips
// against a dark back; rgb the colour, a 1 on goods.
vec4 shop_shelves(float along, float up, float side) {
    float row = floor(up / SHELF_ROW);
    float in_row = fract(up / SHELF_ROW) * SHELF_ROW - 0.018;   // over the board's lip
    float item = floor(along * 15.0);
    float h = hash21(vec2(floor(item / 3.0 + hash11(row + side * 7.0) * 3.0), row * 5.0 + side * 31.0 + u_seed));
    float tall = mix(0.045, 0.1, fract(h * 13.1));
    float x = abs(fract(along * 15.0) - 0.5);
    float jar = step(0.66, fract(h * 3.7));                     // jars round off at the shoulder
    float shoulder = jar * smoothstep(tall * 0.75, tall, in_row) * 0.3;
    float goods = step(0.0, in_row) * step(in_row, tall) * step(x, 0.45 - shoulder);
    vec3 pack = goods_colour(h) * (0.65 + 0.35 * fract(h * 19.0));
    float label = step(abs(in_row - tall * 0.5), tall * 0.2) * step(0.4, fract(h * 5.3));
    pack = mix(pack, mix(pack, vec3(1.0), 0.65), label);
    pack = mix(pack, vec3(0.85, 0.83, 0.78), step(tall - 0.008, in_row) * (1.0 - jar));  // a tin's rim, a box's top
    pack *= 0.75 + 0.25 * smoothstep(0.45, 0.2, x);             // rounded to the light
    vec3 back = vec3(0.13, 0.085, 0.05) * (1.0 - 0.4 * smoothstep(SHELF_ROW, 0.0, in_row));
    vec3 lip = mix(vec3(0.32, 0.2, 0.1), vec3(0.85, 0.84, 0.78), step(0.5, fract(along * 3.0)) * 0.6);
    return vec4(mix(mix(back, pack, goods), lip, step(in_row, 0.0)), goods);
}
#endif

void main() {
    vec2 screen = vec2(v_uv.x * v_room.z, v_uv.y);
    vec2 q = screen - v_room.xy;
    float soft = v_room.w;
    vec3 rd = vec3(q, 1.0);
#if ROOM_PART == 0
    // ---- the shell
    vec4 hit = interior_hit(rd, WALLS, FLOOR_CEIL, FAR);
    vec3 p = hit.xyz;
    float surface = hit.w;
    vec3 n = interior_normal(surface);
    vec3 albedo = v_wall * (0.96 + 0.04 * step(0.5, fract(p.x * 9.0 + p.z * 9.0)));
    float skirting = step(p.y, -FLOOR_CEIL.x + 0.07) * step(surface, 1.5);
    albedo = mix(albedo, vec3(0.5, 0.48, 0.45), skirting);
    // floorboards running away from the eye, each its own tone, dark seams between them
    float board = floor(p.x * 6.0 + 0.5);
    float seam = smoothstep(0.9, 0.97, abs(fract(p.x * 6.0 + 0.5) - 0.5) * 2.0);
    vec3 wood = vec3(0.36, 0.24, 0.15) * (0.75 + 0.35 * hash11(board + 3.0)) * (1.0 - 0.7 * seam);
    float is_floor = step(1.5, surface) * step(surface, 2.5);
#if ROOM_KIND == 1
    // a chequered floor of worn tiles, and white tiles on the wall between worktop and cupboards
    vec2 cell = floor(p.xz * 5.0);
    vec3 lino = mix(vec3(0.62, 0.58, 0.5), mix(u_palette[2], vec3(0.3, 0.34, 0.4), 0.6),
                    mod(cell.x + cell.y, 2.0));
    seam = interior_grout(p.xz * 5.0, 0.04, soft * 12.0);
    wood = lino * (0.9 + 0.1 * hash21(cell + u_seed)) * (1.0 - 0.35 * seam);
    float splash = step(surface, 0.5) * step(-0.19, p.y) * step(p.y, 0.16) * step(1.25, p.z);
    vec3 tile = vec3(0.78, 0.79, 0.76) * (1.0 - 0.4 * interior_grout(p.zy * 11.0, 0.06, soft * 20.0));
    albedo = mix(albedo, tile, splash);
#elif ROOM_KIND == 2
    // pale tiles on every wall up to shoulder height, small ones on the floor
    vec2 wall_uv = surface < 1.5 ? p.zy : p.xy;
    float tiled = step(surface, 1.5) + step(3.5, surface);
    vec3 glaze = mix(vec3(0.62, 0.74, 0.74), u_palette[2], 0.15);
    vec3 wall_tile = glaze * (1.0 - 0.35 * interior_grout(wall_uv * 9.0, 0.05, soft * 16.0));
    albedo = mix(albedo, wall_tile, tiled * step(p.y, 0.3));
    albedo = mix(albedo, glaze * 0.8, tiled * step(abs(p.y - 0.31), 0.012));  // the border row
    vec2 cell = floor(p.xz * 8.0);
    seam = interior_grout(p.xz * 8.0, 0.06, soft * 16.0);
    wood = vec3(0.5, 0.52, 0.5) * (0.92 + 0.08 * hash21(cell + u_seed)) * (1.0 - 0.4 * seam);
#elif ROOM_KIND == 3
    // dark wood panelling up to a rail, warm plaster over it
    float walls = step(surface, 1.5) + step(3.5, surface);
    float panel = step(0.93, abs(fract((surface < 1.5 ? p.z : p.x) * 4.0) - 0.5) * 2.0);
    albedo = mix(albedo, vec3(0.2, 0.11, 0.06) * (1.0 - 0.5 * panel), walls * step(p.y, -0.16));
    albedo = mix(albedo, vec3(0.3, 0.18, 0.09), walls * step(abs(p.y + 0.15), 0.012));
#elif ROOM_KIND == 4
    // white tiles up to a coloured border, pale paint over them; a chequered floor of lino tiles
    float walls = step(surface, 1.5) + step(3.5, surface);
    if (walls * step(p.y, -0.12) > 0.0) {
        vec2 wall_uv = surface < 1.5 ? p.zy : p.xy;
        float grout = interior_grout(wall_uv * 10.0, 0.05, soft * 18.0);
        albedo = vec3(0.76, 0.8, 0.78) * (1.0 - 0.3 * grout);
    }
    albedo = mix(albedo, mix(u_palette[1], vec3(0.1, 0.45, 0.5), 0.5),
                 walls * step(abs(p.y + 0.1), 0.02));
    vec2 cell = floor(p.xz * 4.0);
    seam = interior_grout(p.xz * 4.0, 0.03, soft * 10.0);
    wood = mix(vec3(0.66, 0.66, 0.62), mix(u_palette[0], vec3(0.1, 0.14, 0.16), 0.6),
               mod(cell.x + cell.y, 2.0))
         * (0.92 + 0.08 * hash21(cell + u_seed)) * (1.0 - 0.3 * seam);
    // the machines' fronts make the left wall: washers, two rows of dryers stacked over them,
    // white enamel with dark seams, chrome-rimmed round doors lit from inside (the washers cool,
    // the dryers warm), each washer's small lit display
    vec3 machine_light = vec3(0.0);
    if (surface < 0.5 && p.y < 0.6) {
        float washer = step(p.y, -0.03);
        float along = (p.z - 1.15) / PITCH;
        float upper = step(0.3, p.y);
        vec2 uv = vec2((fract(along) - 0.5) * PITCH, p.y - mix(0.14 + 0.3 * upper, -0.34, washer));
        float seams = max(step(0.46, abs(fract(along) - 0.5)),
                          step(abs(p.y - 0.3), 0.006) + step(abs(p.y + 0.015), 0.02));
        albedo = vec3(0.8, 0.82, 0.8) * (1.0 - 0.75 * seams)
               * (1.0 - 0.12 * washer * step(-0.16, p.y));  // the washers' control panels
        float display = washer * step(abs(uv.x - 0.06), 0.025) * step(abs(p.y + 0.11), 0.012);
        machine_light = display * vec3(0.3, 1.0, 0.5);
        float r = mix(0.09, 0.085, washer);
        float d = length(uv) / r;
        if (d < 1.28) {  // the door: a chrome rim, dark glass with a shine, the drum behind
            float k = floor(along) + (1.0 - washer) * (7.0 + 17.0 * upper);
            float h = hash11(k + u_seed);  // about one machine in five stands idle
            float turn = step(0.2, h) * sign(fract(h * 7.0) - 0.4);
            float glass = step(d, 1.0);
            vec2 shine = uv / 0.09 - vec2(-0.35, 0.4);
            albedo = mix(vec3(0.62, 0.64, 0.68),
                         vec3(0.03, 0.035, 0.04) + 0.25 * step(dot(shine, shine), 0.06), glass);
            machine_light = porthole(uv, r, d, mix(v_dryer, v_washer, washer), turn, k * 0.37) * glass;
        }
    }
#elif ROOM_KIND == 5
    // shelves up both side walls (over the counter on the right), painted wood under the window
    float sides = step(surface, 1.5);
    float right = step(0.5, surface);
    float up = p.y + FLOOR_CEIL.x;
    float shelved = sides * step(1.12, p.z) * step(up, 1.22) * step(mix(0.05, 0.48, right), up);
    vec4 stock = shop_shelves(p.z, up - mix(0.05, 0.48, right), right);
    albedo = mix(albedo, stock.rgb, shelved);
    float upright = sides * step(abs(fract((p.z - 1.12) / 0.42 + 0.5) - 0.5) * 0.42, 0.012);
    albedo = mix(albedo, vec3(0.22, 0.14, 0.08), upright * step(1.12, p.z) * step(up, 1.22));
    float far = step(3.5, surface);
    albedo = mix(albedo, vec3(0.26, 0.3, 0.24) * (1.0 - 0.3 * step(0.95, abs(fract(p.x * 5.0) - 0.5) * 2.0)),
                 far * step(p.y, WINDOW.y - 0.02));
    // the glazed door left of the window, a brass bell on a spring over it
    float door_frame = far * step(abs(p.x + 0.6), 0.2) * step(p.y, 0.42);
    albedo = mix(albedo, vec3(0.16, 0.1, 0.06), door_frame);
    vec2 bell = p.xy - vec2(-0.6, 0.47);
    albedo = mix(albedo, vec3(0.8, 0.6, 0.25), far * step(dot(bell, bell), 0.0006));
#endif
    albedo = mix(albedo, wood, is_floor);
    albedo *= 1.0 - 0.55 * step(2.5, surface) * step(surface, 3.5);  // the ceiling is duller
    // a door left ajar in the right wall, a line of warm light in its crack
    float door = (1.0 - step(0.5, abs(surface - 1.0))) * float(ROOM_KIND != 5);
    albedo = mix(albedo, vec3(0.2, 0.13, 0.09), door * step(1.16, p.z) * step(p.z, 1.6) * step(p.y, 0.36));
    float crack = door * step(p.y, 0.36) * max(1.0 - abs(p.z - 1.14) * 150.0, 0.0);
    // the window: glass shows the sky behind; curtains hang either side
    float far_wall = step(3.5, surface);
    float glass = far_wall * window_glass(p.xy, soft * FAR * 1.5);
#if ROOM_KIND < 3
    float curtain = far_wall * step(WINDOW.y - 0.18, p.y) * step(p.y, WINDOW.w + 0.12)
                  * (step(abs(p.x - (WINDOW.x - 0.08)), 0.07) + step(abs(p.x - (WINDOW.z + 0.07)), 0.06));
    float folds = 0.6 + 0.4 * lsin(p.x * 140.0 + lsin(p.y * 6.0) * 2.0);
    curtain *= float(ROOM_KIND < 2);
    albedo = mix(albedo, mix(u_palette[1], vec3(0.4, 0.14, 0.12), 0.5) * folds, curtain);
    // two shelves of books on the far wall, right of the window
    float shelf_x = step(0.14, p.x) * step(p.x, 0.46) * far_wall * float(ROOM_KIND < 2);
    float book = floor(p.x * 48.0);
    float row = p.y < 0.45 ? 0.28 : 0.5;
    float books = shelf_x * step(row, p.y) * step(p.y, row + 0.07 + 0.06 * hash11(book + u_seed))
                * step(0.12, fract(book * 0.618));
    float boards = shelf_x * step(abs(p.y - (row - 0.01)), 0.012);
    vec3 spine = mix(mix(u_palette[1], u_palette[3], fract(book * 0.618)) * 0.5, vec3(0.25, 0.1, 0.06), 0.5);
    albedo = mix(albedo, spine * (0.7 + 0.3 * fract(book * 0.37)), books);
    albedo = mix(albedo, vec3(0.16, 0.1, 0.06), boards);
#elif ROOM_KIND == 3
    // a café curtain on a brass rod over the lower panes
    float linen = far_wall * step(WINDOW.x, p.x) * step(p.x, WINDOW.z)
                * step(p.y, -0.08) * step(WINDOW.y, p.y);
    glass *= 1.0 - linen;
    albedo = mix(albedo, vec3(0.62, 0.5, 0.36) * (0.75 + 0.25 * lsin(p.x * 160.0)), linen);
    albedo = mix(albedo, vec3(0.7, 0.5, 0.22), far_wall * step(abs(p.y + 0.075), 0.008)
                                              * step(WINDOW.x - 0.02, p.x) * step(p.x, WINDOW.z + 0.02));
#else
    // across the dark street, through the glass: a row of house fronts under their roofs, a
    // few windows lit, the road
    float neon = 0.0;         // the shop's neon sign (its tubes, its glow)
    float neon_halo = 0.0;
    vec3 street = vec3(0.0);  // the street's own light
    if (glass > 0.0) {
        float house = hash11(floor(p.x * 5.0 + 0.3) + u_seed);
        float front = glass * step(p.y, 0.12 + 0.12 * house);
        vec2 pane = abs(fract(vec2(p.x * 16.0, p.y * 11.0)) - 0.5);
        float lit = step(pane.x, 0.26) * step(pane.y, 0.3) * step(-0.2, p.y)
                  * step(0.55, hash21(floor(vec2(p.x * 16.0, p.y * 11.0)) + u_seed));
        vec3 facade = mix(v_house * (0.7 + 0.3 * fract(house * 7.0)), v_lit, lit);
        facade = mix(facade, v_road, step(p.y, -0.27));
        glass *= 1.0 - front;
        albedo = mix(albedo, vec3(0.0), front);
        street = facade * front;
    }
#if ROOM_KIND == 4
    // a round clock over the window: a pale face, a dark rim, two hands near midnight
    vec2 dial = p.xy - vec2(0.08, 0.64);
    if (far_wall * step(dot(dial, dial), 0.0072) > 0.0) {
        float minute = length(dial - v_clock.xy * clamp(dot(dial, v_clock.xy), 0.0, 0.065));
        float hour = length(dial - v_clock.zw * clamp(dot(dial, v_clock.zw), 0.0, 0.04));
        float hands = step(min(minute, hour), 0.006) + step(0.074, length(dial));
        albedo = mix(vec3(0.85, 0.84, 0.78), vec3(0.03), min(hands, 1.0));
    }
#else
    // a red neon sign hung in the window: a glowing frame round a ring and three strokes
    vec2 sg = p.xy - vec2(0.66, 0.24);
    vec2 frame_d = abs(sg) - vec2(0.12, 0.045);
    float ring = abs(length(sg + vec2(0.07, 0.0)) - 0.024);
    float k = clamp(floor((sg.x - 0.03) / 0.045 + 0.5), -1.0, 1.0);
    float strokes = max(abs(sg.x - 0.03 - k * 0.045), abs(sg.y) - 0.024);
    float tube = min(abs(max(frame_d.x, frame_d.y)), min(ring, strokes));
    neon = far_wall * smoothstep(0.006 + soft * FAR, 0.0, tube);
    neon_halo = far_wall * exp(-max(max(frame_d.x, frame_d.y), 0.0) * 40.0);
#endif
#endif
    float occ = 0.45 + 0.55 * interior_occlusion(p, surface, WALLS, FLOOR_CEIL, FAR, 0.35);
    // the bed's shadow in the moonlight on the floor
    // (where the light reaching the floor crossed the height of the mattress: over it, shadow)
    vec2 over = p.xz + vec2(MOON_DIR.x, -MOON_DIR.z) * ((BED_HI.y - BED_LO.y) / -MOON_DIR.y);
    float moon_shadow = 1.0 - is_floor * step(over.x, BED_HI.x) * step(over.y, BED_HI.z) * step(BED_LO.z, over.y)
                            * float(ROOM_KIND == 0);
    vec3 col = albedo * room_light(p, n, moon_shadow) * occ;
    // the polished floor mirrors the window, blurred
    col += v_moon * is_floor * window_glass(p.xy + vec2(q.x, -q.y) * (FAR - p.z), 0.12) * 0.06 * (1.0 - seam);
    col += v_lamp * crack * 0.9;
#if ROOM_KIND == 3
    col += v_moon * linen * 0.05;  // the street's light through the curtain
#elif ROOM_KIND == 5
    col += street;
    vec3 neon_light = mix(vec3(1.0, 0.1, 0.28), u_palette[2], 0.12);
    col = mix(col, neon_light * (1.1 + 0.15 * v_breath), neon) + neon_light * 0.18 * neon_halo;
    glass *= 1.0 - neon;
#elif ROOM_KIND == 4
    col += street + machine_light;
    // the tubes in the ceiling, glowing
    float tubes = 0.0;
    if (surface > 2.5 && surface < 3.5) {
        tubes = interior_lights(abs(p.x) - TUBES.x, p.z, TUBES.y, vec2(0.03, 0.21), soft * p.z * 1.5);
    }
    col = mix(col, v_lamp * 1.3, tubes);
#endif
#if ROOM_KIND == 4
    float shade = 0.0;
#else
    // the lampshade, glowing, brightest at its open rim
    vec2 s = (q - LAMP.xy / LAMP.z) * LAMP.z;
    float hw = mix(0.085, 0.06, clamp((s.y + 0.04) / 0.13, 0.0, 1.0));
    float shade = smoothstep(soft * 2.0, -soft * 2.0, max(abs(s.x) - hw, abs(s.y - 0.025) - 0.065));
    col = mix(col, v_lamp * (0.9 + 1.4 * smoothstep(0.0, -0.05, s.y)), shade);
#endif
#if ROOM_KIND == 1 || ROOM_KIND == 3 || ROOM_KIND == 5
    // the pendant's cord up to the ceiling
    float cord = smoothstep(soft * 2.0, 0.0, abs(s.x) - 0.004) * step(0.08, s.y)
               * step(s.y, FLOOR_CEIL.y - LAMP.y);
    col = mix(col, vec3(0.02), cord * (1.0 - shade));
#endif
#if ROOM_KIND == 3
    // the halo of the pendant over the counter (its shade and cord are furniture)
    vec2 s2 = (q - LAMP2.xy / LAMP2.z) * LAMP2.z;
    col += v_lamp * (0.2 / (1.0 + dot(s2, s2) * 120.0));
#endif
    // the moonbeam, with dust turning in it (the laundrette's street light is only a haze); the
    // lamp's halo
    float inside = room_beam(rd, p.z);
#if ROOM_KIND == 4
    col += v_moon * (0.06 * inside);
#else
    vec2 mg = screen * 90.0 + vec2(u_time * 0.05, -u_time * 0.11);
    float mh = hash21(floor(mg) + u_seed);
    vec2 mf = fract(mg) - 0.5;
    float mote = step(0.96, mh) * max(1.0 - dot(mf, mf) * 12.0, 0.0) * (0.5 + 0.5 * lsin(u_time * 0.8 + mh * 60.0));
    col += v_moon * (0.06 * inside + 0.9 * mote * min(inside * inside * 2.0, 1.0));
    col += v_lamp * (0.25 / (1.0 + dot(s, s) * 120.0));
#endif
    float cov = 1.0 - glass * (1.0 - shade);
    f_color = vec4(col * cov + v_moon * glass * 0.03 * (1.0 - cov), cov) * v_draw.x;
#else
    // ---- the furniture: one box
    int i = int(v_draw.y);
    vec3 b = interior_box(1.0 / rd, v_lo, v_hi, soft);
    vec3 p = rd * b.x;
    vec3 n = interior_box_normal(rd, b.z);
#if ROOM_KIND == 1
    // painted cupboard doors with dark gaps between them, a wooden worktop, table and chair,
    // the oven's dark glass, a steel kettle, fruit; the chair back's open frame
    vec3 paint = mix(u_palette[2], vec3(0.46, 0.52, 0.44), 0.65);
    float gaps = smoothstep(0.93, 0.98, abs(fract(p.z * 3.2) - 0.5) * 2.0);
    vec3 colour = i == 0 || i == 2 ? paint * (1.0 - 0.6 * gaps)
                : (i == 3 ? vec3(0.03, 0.025, 0.02) : (i == 4 ? vec3(0.62, 0.63, 0.66)
                : (i == 9 ? vec3(0.75, 0.32, 0.08) : vec3(0.3, 0.19, 0.11))));
    vec2 cb = vec2(p.x - 0.32, p.y + 0.06);
    float frame = max(max(step(0.0, cb.y), step(0.1, abs(cb.x))), step(abs(cb.y + 0.12), 0.02));
    float cov = b.y * (i == 11 ? frame : 1.0);
#elif ROOM_KIND == 2
    // white enamel and porcelain, the bath's water, the mirror's silver, a soft mat, bottles,
    // a towel in the palette's colour, a chrome rail and taps
    vec3 enamel = vec3(0.82, 0.83, 0.8);
    vec3 towel = mix(u_palette[3], vec3(0.7, 0.55, 0.5), 0.5);
    vec3 colour = i == 1 ? mix(vec3(0.25, 0.45, 0.5), u_palette[2], 0.2)
                : (i == 5 ? vec3(0.55, 0.6, 0.65) + 0.15 * step(0.5, fract((p.x - p.y) * 6.0))
                : (i == 2 || i == 11 ? vec3(0.7, 0.72, 0.75)
                : (i == 8 || i == 10 ? towel * (0.85 + 0.15 * lsin(p.y * 60.0))
                : (i == 9 ? mix(u_palette[1], vec3(0.3, 0.5, 0.6), 0.5) : enamel))));
    float cov = b.y;
#elif ROOM_KIND == 3
    // dark polished wood, marble, black iron stems, white cups, a steel coffee machine, the
    // glass case lit from inside with two shelves of cakes; the chair's open bentwood back
    vec3 wood = vec3(0.2, 0.1, 0.05);
    vec3 colour = i == 2 ? wood * (1.0 - 0.5 * smoothstep(0.9, 0.96, abs(fract(p.z * 4.0) - 0.5) * 2.0))
                : (i == 4 ? mix(vec3(0.22, 0.23, 0.25), vec3(0.75, 0.76, 0.78),
                                step(0.045, p.y) + step(p.y, -0.1))
                : (i == 5 || i == 9 ? vec3(0.88, 0.86, 0.8)
                : (i == 0 || i == 7 || i == 13 ? vec3(0.04, 0.035, 0.03)
                : (i == 1 || i == 3 || i == 8
                   ? vec3(0.78, 0.76, 0.71) * (0.9 + 0.1 * lsin(p.x * 30.0 + p.z * 20.0))
                : wood))));
    float cov = b.y * (i == 9 ? step(0.04, abs(p.x - 0.32)) : 1.0);
    vec3 glow = vec3(0.0);  // light of its own
    if (i == 6) {  // the case: dark glass, a lit top, rows of layered cakes lit from inside
        float along = (p.x + p.z) * 16.0;
        float shelf = step(p.y, -0.06);
        float cake = step(abs(fract(along) - 0.5), 0.36)
                   * step(p.y, mix(-0.02, -0.075, shelf) - 0.03 * step(0.25, abs(fract(along) - 0.5)))
                   * step(mix(-0.045, -0.115, shelf), p.y);
        float kind = hash11(floor(along) + 7.0 * shelf + u_seed);
        vec3 sweet = kind < 0.3 ? vec3(0.9, 0.78, 0.55) : (kind < 0.55 ? vec3(0.9, 0.42, 0.52)
                   : (kind < 0.8 ? vec3(0.32, 0.15, 0.07) : vec3(0.75, 0.2, 0.15)));
        sweet = mix(sweet, vec3(0.95, 0.92, 0.85), step(fract(p.y * 40.0), 0.25));  // cream layers
        colour = mix(vec3(0.1, 0.085, 0.075) * (1.0 + 3.0 * step(-0.004, p.y)), sweet, cake);
        glow = mix(vec3(0.12, 0.09, 0.06), sweet * 0.6, cake) * (1.0 - 0.5 * u_daylight);
    }
    if (i == 11) {  // the chair's back: a top rail, a middle rail, posts
        vec2 cb = vec2(p.z - 1.73, p.y + 0.2);
        cov *= max(max(step(0.0, cb.y), step(0.085, abs(cb.x))), step(abs(cb.y + 0.12), 0.02));
    }
    if (i == 12) {  // the pendant's shade narrows to its top and glows, brightest at its rim
        float rise = clamp((p.y - LAMP2.y + 0.04) / 0.13, 0.0, 1.0);
        cov *= smoothstep(0.0, soft * 3.0, mix(0.085, 0.06, rise) - abs(p.x - LAMP2.x));
        colour = vec3(0.0);
        glow = v_lamp * (0.9 + 1.4 * smoothstep(0.0, -0.05, p.y - LAMP2.y));
    }
    if (i == 14) {  // the chalkboard menu: a wooden frame, a title, then indented lines of chalk
        vec2 cb = p.xy - vec2(0.77, 0.17);
        float inner = step(abs(cb.x), 0.155) * step(abs(cb.y), 0.235);
        float line = floor((0.2 - cb.y) / 0.045);
        float word = hash11(floor(p.x * 70.0) + line * 13.0 + u_seed);
        float chalk = inner * step(0.0, line) * step(0.2, word)
                    * step(abs(fract((0.2 - cb.y) / 0.045) - 0.5), 0.16 + 0.08 * step(line, 0.5))
                    * step(cb.x, 0.15 - 0.14 * hash11(line + u_seed))
                    * (1.0 - step(0.5, line) * step(cb.x, -0.12));
        colour = mix(vec3(0.3, 0.17, 0.08), vec3(0.045, 0.055, 0.05), inner);
        colour = mix(colour, mix(vec3(0.82, 0.8, 0.74), u_palette[3], 0.3 * step(line, 0.5)), chalk * 0.85);
    }
    if (i == 15) {  // a shelf of white cups, some of them in the palette's colour
        float slot = abs(fract(p.z * 16.0) - 0.5);
        float cups = step(0.22, p.y) * step(p.y, 0.27 - 0.04 * step(0.2, slot)) * step(slot, 0.26);
        vec3 glaze = mix(vec3(0.86, 0.83, 0.76), mix(u_palette[1], vec3(0.7, 0.4, 0.15), 0.5),
                         step(0.7, hash11(floor(p.z * 16.0) + u_seed)));
        colour = mix(vec3(0.16, 0.09, 0.05), glaze, cups);
        cov *= min(cups + step(p.y, 0.22), 1.0);
    }
#elif ROOM_KIND == 4
    // white enamel machines, their doors lit from inside (the washers cool, the dryers warm);
    // a red soap machine with a lit front, a laminate folding table on steel legs, folded
    // clothes, a wooden bench, a plastic basket
    vec3 colour = vec3(0.8, 0.82, 0.8);
    float cov = b.y;
    vec3 glow = vec3(0.0);  // light of its own
    if (i == 0) {  // the soap machine: red, a lit front of little boxes behind glass
        colour = mix(vec3(0.6, 0.1, 0.06), u_palette[1], 0.2);
        vec2 box = vec2(fract(p.x * 30.0), fract(p.y * 22.0));
        float front = step(1.5, b.z) * step(0.78, p.x) * step(p.x, 0.96)
                    * step(-0.08, p.y) * step(p.y, 0.16);
        vec3 packs = mix(vec3(0.95, 0.9, 0.7), u_palette[3], step(0.5, box.x)) * step(0.2, box.y);
        colour = mix(colour, vec3(0.1), front);
        glow = front * packs * mix(vec3(1.0, 0.85, 0.6), vec3(1.0), u_daylight) * 0.5;
    } else if (i == 1) {  // the table's steel legs at its corners
        float legs = b.z < 0.5 ? step(abs(fract((p.z - 1.8) / 0.3 + 0.5) - 0.5), 0.07)
                               : step(abs(abs(p.x - 0.31) - 0.17), 0.015);
        colour = vec3(0.45, 0.46, 0.48);
        cov *= legs;
    } else if (i == 2) {  // the folding table's laminate top
        colour = vec3(0.78, 0.75, 0.68);
    } else if (i == 3) {  // folded clothes, one on another
        float fold = floor((p.y + 0.16) * 55.0);
        float h = hash11(fold + u_seed);
        colour = h < 0.35 ? vec3(0.86, 0.85, 0.82) : mix(u_palette[1], u_palette[3], h);
        colour *= 1.0 - 0.5 * step(0.85, fract((p.y + 0.16) * 55.0));
    } else if (i == 4) {  // the bench: a wooden seat on two steel legs
        float seat = step(-0.36, p.y);
        float legs = b.z < 0.5 ? step(abs(abs(p.z - 1.8) - 0.27), 0.02)
                               : step(abs(abs(p.x - 0.82) - 0.13), 0.02);
        colour = mix(vec3(0.4, 0.41, 0.43), vec3(0.42, 0.22, 0.1) * (0.9 + 0.1 * sin(p.z * 60.0)), seat);
        cov *= max(seat, legs);
    } else {  // the basket: plastic, with slots, a heap of clothes in it
        float top = step(abs(b.z - 1.0), 0.5);
        vec2 weave = abs(fract(vec2((b.z < 0.5 ? p.z : p.x) * 28.0, p.y * 36.0)) - 0.5);
        float slot = step(weave.x, 0.22) * step(weave.y, 0.2) * step(-0.6, p.y) * step(p.y, -0.5);
        colour = mix(u_palette[1], vec3(0.15, 0.45, 0.85), 0.5) * (1.0 - 0.7 * slot * (1.0 - top));
        vec3 heap = mix(u_palette[3], vec3(0.85, 0.84, 0.8), step(0.0, sin(p.x * 70.0 + p.z * 40.0)));
        colour = mix(colour, heap, top);
    }
#elif ROOM_KIND == 5
    // dark wood; crates of fruit, a bucket of flowers, a wire rack of papers, the counter with
    // its till and its sweet jars
    vec3 colour = vec3(0.22, 0.12, 0.06);
    float cov = b.y;
    vec3 glow = vec3(0.0);  // light of its own
    float top = step(abs(b.z - 1.0), 0.5);
    if (i == 0) {  // three crates side by side, heaped with oranges, apples and limes
        float crate = floor((p.x - 0.12) / 0.167);
        vec3 fruit = crate < 1.0 ? vec3(0.95, 0.45, 0.05) : (crate < 2.0 ? vec3(0.7, 0.06, 0.06) : vec3(0.42, 0.66, 0.12));
        vec2 f = fract(vec2(p.x, p.z + p.y) * 22.0) - 0.5;
        float heap = max(top, step(-0.44, p.y));
        float slats = step(0.5, fract(p.y * 40.0));
        float round_ = smoothstep(0.5, 0.4, length(f));
        vec3 one = fruit * (0.75 + 0.6 * clamp(0.3 - f.x + f.y, 0.0, 1.0));   // lit from the upper left
        colour = mix(vec3(0.5, 0.36, 0.2) * (0.6 + 0.4 * slats), mix(fruit * 0.25, one, round_), heap);
    } else if (i == 1) {  // a zinc bucket, stems and leaves over it, flower heads in bright colours
        vec2 f = vec2((b.z < 0.5 ? p.z : p.x) * 36.0, p.y * 30.0);
        float h = hash21(floor(f) + u_seed);
        float head = step(-0.43, p.y) * step(0.35, h) * step(length(fract(f) - 0.5), 0.45);
        float stem = step(p.y, -0.39) * step(abs(fract(f.x) - 0.5), 0.12);
        vec3 bloom = h < 0.7 ? vec3(0.95, 0.3, 0.55) : (h < 0.85 ? vec3(0.98, 0.85, 0.2) : vec3(0.92, 0.9, 0.86));
        float bucket = step(p.y, -0.5);
        colour = bucket > 0.5 ? vec3(0.55, 0.57, 0.6) * (0.8 + 0.2 * step(0.5, fract(p.y * 30.0)))
                              : mix(vec3(0.12, 0.35, 0.12), bloom, head);
        cov *= max(bucket, max(head, stem));
    } else if (i == 2) {  // a rack of three sloping tiers: newspapers, magazines in colour
        float tier = floor((p.y + 0.6) / 0.14);
        float slot = floor((b.z < 0.5 ? p.z : p.x) * 11.0);
        float h = hash21(vec2(slot, tier) + u_seed);
        float in_tier = fract((p.y + 0.6) / 0.14);
        float paper = step(0.08, in_tier) * step(0.08, abs(fract((b.z < 0.5 ? p.z : p.x) * 11.0) - 0.5) * 2.0);
        float lines = step(0.5, fract(in_tier * 14.0)) * step(in_tier, 0.62);
        vec3 news = vec3(0.84, 0.82, 0.75) * (1.0 - 0.5 * step(0.72, in_tier) * step(in_tier, 0.86) - 0.25 * lines);
        vec3 magazine = mix(goods_colour(fract(h * 7.0)), vec3(0.92, 0.9, 0.86), step(0.78, in_tier));
        vec3 cover = h < 0.4 ? news : magazine * (0.8 + 0.2 * step(in_tier, 0.5));
        colour = mix(vec3(0.3, 0.31, 0.33), cover, paper * step(0.0, tier) * step(tier, 2.5));
        cov *= max(paper, step(in_tier, 0.08));
        if (b.z > 1.5) {  // its end: a wire frame, the papers' edges stacked on each tier
            float edges = step(0.1, in_tier) * step(in_tier, 0.3) * step(0.5, fract(in_tier * 60.0));
            colour = mix(vec3(0.2, 0.21, 0.23), vec3(0.8, 0.78, 0.72), edges);
            float upright = step(0.11, abs(p.x - 0.5 * (BOX_LO[2].x + BOX_HI[2].x)));
            cov = b.y * max(max(edges, step(in_tier, 0.08)), upright);
        }
    } else if (i == 3) {  // the counter: panels between rails, under a worn, polished top
        float along = b.z < 0.5 ? p.z * 4.0 : p.x * 4.0;
        float panel = smoothstep(0.86, 0.94, abs(fract(along) - 0.5) * 2.0);
        colour = vec3(0.36, 0.2, 0.1) * (1.0 - 0.45 * panel) * (1.0 - 0.35 * step(abs(p.y + 0.25), 0.02));
        float worktop = max(top, step(-0.2, p.y));
        colour = mix(colour, vec3(0.42, 0.26, 0.13) * (0.9 + 0.1 * sin(p.z * 90.0 + p.x * 20.0)), worktop);
    } else if (i == 4) {  // the till: a dark case, keys on its slope, a small green display
        vec2 key = abs(fract(vec2(p.z * 60.0, p.y * 60.0)) - 0.5);
        colour = mix(vec3(0.55, 0.5, 0.4), vec3(0.12), top * step(key.x, 0.3) * step(key.y, 0.3));
        float display = step(b.z, 0.5) * step(-0.075, p.y) * step(abs(p.z - 1.44), 0.05);
        glow = display * vec3(0.25, 1.0, 0.5) * 0.5;
    } else {  // three glass jars of sweets in many colours, under red lids
        float jar = fract((p.z - 1.68) / 0.08);
        vec2 f = fract(vec2((b.z < 0.5 ? p.z : p.x) * 120.0, p.y * 120.0));
        vec3 sweet = goods_colour(hash21(floor(vec2((b.z < 0.5 ? p.z : p.x) * 120.0, p.y * 120.0)) + u_seed));
        float lid = step(-0.085, p.y);
        colour = mix(sweet * (0.6 + 0.5 * step(length(f - 0.5), 0.35)), mix(vec3(0.75, 0.1, 0.08), u_palette[2], 0.2), lid);
        cov *= step(abs(jar - 0.5), mix(0.42, 0.36, lid));
        glow = sweet * 0.04 * (1.0 - lid);  // the lamp's light caught in the glass
    }
#else
    // the bed's soft things, the chair back's open frame (a top rail, a middle rail, posts)
    vec3 blanket = mix(u_palette[3], vec3(0.55, 0.5, 0.48), 0.7);
    vec3 colour = i == 1 || i == 3 ? blanket * (0.85 + 0.15 * lsin(p.x * 26.0 + p.z * 5.0))
                : (i == 2 ? vec3(0.75, 0.74, 0.72) : (i == 7 ? vec3(0.6, 0.45, 0.2) : vec3(0.14, 0.085, 0.05)));
    vec2 cb = vec2(p.x - 0.23, p.y);
    float frame = max(max(step(0.0, cb.y), step(0.1, abs(cb.x))), step(abs(cb.y + 0.12), 0.02));
    float cov = b.y * (i == 9 ? frame : 1.0);
#endif
    // the furniture takes the lamp's light only (the moon's patch lights the floor around it),
    // and the beam's haze
    vec3 col = colour * lamp_light(p, n) + v_moon * (0.06 * room_beam(rd, p.z));
#if ROOM_KIND >= 3
    col += glow;
#endif
    f_color = vec4(col * cov, cov) * v_draw.x;
#endif
}
#endif
