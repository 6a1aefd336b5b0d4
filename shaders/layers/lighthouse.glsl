#version 330 core
// A lighthouse (midground): a lone tapering tower on a low rock at the horizon, a glowing
// lantern room under a dark cap, and a beam that turns slowly round: it reaches out to one
// side, fades as it swings toward us with a soft flare, then reaches out to the other side.
// u_params.x: the tower's place across the screen (0..1; 0 means 0.72), y: added turn speed.
#include "lib/header.glsl"
#define HOUSE_BASE 0.30
#define HOUSE_TOP 0.60
#define HOUSE_LAMP (HOUSE_TOP + 0.019)
#define BEAM_HALF 0.16
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK lighthouse_vertex
#define LAND_SPRITE lighthouse_boxes
#include "lib/land_vertex.glsl"
flat out vec4 v_house;   // the tower's axis x (land units), aspect, the beam's heading (cos, sin)
flat out vec4 v_lamp;    // the lantern's light (breathing), the flare toward us (0..1)

void lighthouse_vertex() {
    float asp = aspect();
    float turn = u_time * (0.3 + u_params.y) + u_seed;
    float c = cos(turn), s = sin(turn);
    v_house = vec4(asp * (u_params.x > 0.0 ? u_params.x : 0.72), asp, c, s);
    float toward = max(s, 0.0);
    toward *= toward;
    v_lamp = vec4(mix(v_pal_light, v_pal_glow, 0.25) * v_breath, toward * toward);
}

// Two sprites (`sprites = 2` in assets/visuals) that never overlap: the rock and the tower
// below the beam's band, and the band across the whole width at the lantern's height.
vec2 lighthouse_boxes(int sprite, vec2 corner) {
    float asp = v_house.y, x = v_house.x;
    vec4 box = sprite == 0 ? vec4(x - 0.13, HOUSE_BASE - 0.045, x + 0.13, HOUSE_LAMP - BEAM_HALF)
                           : vec4(0.0, HOUSE_LAMP - BEAM_HALF, asp, HOUSE_LAMP + BEAM_HALF);
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
flat in vec4 v_house;
flat in vec4 v_lamp;
out vec4 f_color;

void main() {
    vec2 p = vec2(v_uv.x * v_house.y, v_uv.y);
    float tx = p.x - v_house.x;
    float w = land_px() * 1.2;
    // the rock: a low mound the tower stands on
    float rock = sd_ellipse(vec2(tx, p.y - HOUSE_BASE + 0.02), vec2(0.12, 0.04));
    // the tower: tapering from the rock to the gallery, a rail, the lantern room, a cap
    float h = clamp((p.y - HOUSE_BASE) * (1.0 / (HOUSE_TOP - HOUSE_BASE)), 0.0, 1.0);
    float shaft = max(abs(tx) - mix(0.03, 0.019, h), max(p.y - HOUSE_TOP, HOUSE_BASE - 0.02 - p.y));
    float gallery = max(abs(tx) - 0.029, abs(p.y - HOUSE_TOP - 0.002) - 0.004);
    float room = max(abs(tx) - 0.013, abs(p.y - HOUSE_LAMP) - 0.013);
    float cap = sd_triangle_iso(vec2(tx, p.y - HOUSE_TOP - 0.054), vec2(0.02, 0.022));
    float body = min(min(rock, shaft), min(gallery, cap));
    float cover = land_fill(body, w);
    float lit = land_fill(room, w) * (1.0 - cover);
    // two pale bands around the shaft and a few small lit windows
    float band = step(abs(fract(h * 3.0 + 0.5) - 0.5), 0.09) * step(shaft, 0.0) * step(0.05, h);
    float win = step(abs(tx), 0.004) * step(abs(fract(h * 4.0) - 0.5), 0.05)
              * step(0.2, h) * step(h, 0.9);
    vec3 dark = land_pal_dark();
    vec3 col = dark * cover + (land_pal_haze() * 0.5 * band + v_lamp.rgb * 0.5 * win) * cover;
    // rim light on the side the beam points to
    col += land_pal_glow() * (exp(-max(-body, 0.0) * 250.0) * cover * 0.25);
    // the lantern and its halo, flaring when the beam faces us
    vec2 lp = vec2(tx, p.y - HOUSE_LAMP);
    float r = length(lp);
    col += v_lamp.rgb * (lit * (1.2 + 2.0 * v_lamp.a) + exp(-r * 70.0) * (0.4 + 1.6 * v_lamp.a)
                         + exp(-r * 22.0) * 0.3 * v_lamp.a);
    // the beam: a wedge out to the side it points to, as long as it is turned sideways
    float side = v_house.z * sign(tx);
    float reach = max(side, 0.0);
    float half_h = 0.006 + 0.085 * abs(tx);
    float across = clamp(1.0 - abs(lp.y) / half_h, 0.0, 1.0);
    float beam = across * across * reach * exp(-abs(tx) / (0.05 + 0.9 * reach))
               * clamp(abs(tx) * 40.0, 0.0, 1.0) * (1.0 - cover);
    col += v_lamp.rgb * beam * 0.6;
    f_color = vec4(col, cover) * land_opacity();
}
#endif
