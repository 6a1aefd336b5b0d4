#version 330 core
// Tents pitched on the land (midground): ridge tents of coloured canvas, a sloping side roof
// running back from each triangular front, the door a dark slit. By day the canvas is lit from
// the left; by night each tent glows from inside like a paper lantern, brightest at its door,
// and throws a pool of warm light on the ground in front of it. A camp is a few tents spread
// in depth; a dream that names one tent (TENT_ONE) pitches it near, on the third of the frame
// where the compositor stages it (u_place). Drawn as sprites (LAND_SPRITE): one quad per tent.
#include "lib/header.glsl"
#include "lib/noise.glsl"

#ifndef TENT_ONE
#define TENT_ONE 0
#endif
const int TENTS = 5;   // a camp's tents (the layer's sprites), farthest first

#if defined VERTEX_SHADER
#define LAND_SPRITE tent_sprite
#include "lib/land_vertex.glsl"
flat out vec4 v_tent;    // the front's bottom middle (land units), size, night 0..1
flat out vec3 v_canvas;  // this tent's canvas

// Tent i: where its front stands and how big it is (nearer tents lower and bigger).
vec3 tent_at(int i, float asp) {
#if TENT_ONE
    return vec3(u_place.x * asp - 0.2 * u_place.y, 0.08, 0.22 * u_place.y);
#else
    float h = hash11(float(i) * 7.3 + u_seed * 0.37);
    float ground = 0.3 - 0.055 * float(i) - 0.02 * h;           // farther first
    float size = 0.2 * (1.0 - ground * 2.1);
    float x = asp * (0.1 + 0.8 * fract(0.37 * float(i) + 0.61 * hash11(u_seed + float(i))));
    return vec3(x, ground, size);
#endif
}

vec2 tent_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    vec3 t = tent_at(sprite, asp);
    float night = 1.0 - smoothstep(0.15, 0.6, u_daylight);
    v_tent = vec4(t, night);
    vec3 hues[4] = vec3[4](vec3(0.85, 0.42, 0.12), vec3(0.18, 0.48, 0.32), vec3(0.2, 0.34, 0.72),
                           vec3(0.78, 0.7, 0.52));
    vec3 canvas = hues[int(hash11(float(sprite) * 3.9 + u_seed) * 3.99)];
    v_canvas = mix(canvas, v_pal_glow, 0.3);
    // the tent's box in its own units: the front, the side roof behind it, the light before it
    vec2 lo = vec2(-0.85, -0.4), hi = vec2(1.4, 1.32);
    vec2 p = t.xy + mix(lo, hi, corner * 0.5 + 0.5) * t.z;
    return vec2(p.x / asp, p.y);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
flat in vec4 v_tent;
flat in vec3 v_canvas;
out vec4 f_color;

// How far p lies outside the edge from a to b of a counter-clockwise polygon (negative: inside).
float tent_edge(vec2 p, vec2 a, vec2 b) {
    vec2 e = normalize(b - a);
    return dot(p - a, vec2(e.y, -e.x));
}

// Signed distance (negative inside, exact enough near the edges) to a triangle and to a quad,
// their corners counter-clockwise.
float tent_tri(vec2 p, vec2 a, vec2 b, vec2 c) {
    return max(max(tent_edge(p, a, b), tent_edge(p, b, c)), tent_edge(p, c, a));
}

float tent_quad(vec2 p, vec2 a, vec2 b, vec2 c, vec2 d) {
    return max(max(tent_edge(p, a, b), tent_edge(p, b, c)),
               max(tent_edge(p, c, d), tent_edge(p, d, a)));
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float s = v_tent.z;
    vec2 q = (p - v_tent.xy) / s;                         // tent units: front 1.4 wide, 1 tall
    float night = v_tent.w;
    float aa = land_px() / s * 1.2;
    // the front: a triangle; the side roof: running back and to the right from its slope
    float front = tent_tri(q, vec2(-0.7, 0.0), vec2(0.7, 0.0), vec2(0.0, 1.0));
    float side = tent_quad(q, vec2(0.7, 0.0), vec2(1.28, 0.22), vec2(0.58, 1.22), vec2(0.0, 1.0));
    float door = tent_tri(q, vec2(-0.2, 0.0), vec2(0.2, 0.0), vec2(0.0, 0.62));
    float on_front = land_fill(front, aa);
    float on_side = land_fill(side, aa) * (1.0 - on_front);
    float on_door = land_fill(door, aa) * on_front;
    float cover = max(on_front, on_side);
    // by day: canvas lit from the left, the side in shade, the door dark
    float seam = 0.92 + 0.08 * smoothstep(0.02, 0.0, abs(fract(q.x * 3.0 + q.y) - 0.5) - 0.45);
    vec3 day = v_canvas * (on_front * 0.62 + on_side * 0.36) * seam;
    day = mix(day, land_pal_dark() * 0.6, on_door);
    // by night: lit from inside, brightest low in the front and at the door
    vec3 warm = mix(vec3(1.0, 0.7, 0.38), land_pal_light(), 0.25);
    float inside = (0.35 + 0.45 * smoothstep(1.0, 0.0, q.y)) * (on_front + 0.55 * on_side);
    float breathe = 0.92 + 0.08 * lsin(u_time * 0.7 + v_tent.x * 13.0);
    vec3 glowing = mix(v_canvas, warm, 0.35) * inside * breathe + warm * on_door * 1.2;
    vec3 col = mix(day, glowing, night);
    // its light on the ground in front of the door
    vec2 pool = (q - vec2(0.1, -0.06)) / vec2(0.75, 0.28);   // (its edge inside the box)
    float lit = smoothstep(1.0, 0.0, length(pool)) * (1.0 - cover) * step(q.y, 0.02) * night;
    col += warm * lit * 0.5;
    f_color = vec4(col, max(cover, lit * 0.6)) * land_opacity();
}
#endif
