#version 330 core
// A castle on a rise in the middle distance (midground, on the ground): a crenellated curtain
// wall between round towers of different heights, one with a conical roof and a pennant, a tall
// square keep with a slim corner turret, a gatehouse with an arched gate in front. The key light
// (the moon by night, the sun by day) comes from the right: the towers' right flanks and the
// tops catch it, the left sides take the sky's cool light. By night a few windows and the gate
// glow warm; by day the stone is pale and the whole castle leans toward the sky's haze.
// Sprites (`sprites = 2`: the rise, the castle), so only their boxes are shaded.
#include "lib/header.glsl"
const float CX = 0.56;     // the castle's centre x (of the width)
const float BASE = 0.24;   // the wall's foot on the rise's crest
const float RISE = 0.235;  // the rise's height under the castle (its crest, less its ripple)

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK castle_vertex
#define LAND_SPRITE castle_sprite
#include "lib/land_vertex.glsl"
#include "lib/land_building.glsl"
flat out vec4 v_keep;     // aspect, edge softness, the pennant's wave, daylight (eased)
flat out vec3 v_key;      // the key light from the right: the moon or the sun
flat out vec3 v_amb;      // the sky's light on the shaded sides
flat out vec3 v_lamp;     // the warm light of the windows and the gate

void castle_vertex() {
    float day = smoothstep(0.1, 0.7, u_daylight);
    v_keep = vec4(aspect(), 1.3 / land_height_px(), u_time * 1.7, day);
    building_light(day, v_key, v_amb, v_lamp);
}

vec2 castle_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float x = CX * asp;
    vec4 box = sprite == 0 ? vec4(0.0, 0.0, asp, BASE + 0.02)
                           : vec4(x - 0.28, BASE - 0.015, x + 0.27, 0.56);
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_building.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_keep;
flat in vec3 v_key;
flat in vec3 v_amb;
flat in vec3 v_lamp;

// Merlons along a top at height `top`: the notches cut `notch` deep every `step_`.
float crenels(float x, float top, float step_, float notch) {
    return top - notch * step(0.5, fract(x / step_));
}

// The rise's height at x: a long gentle swell under the castle, rippled a little.
float rise_at(float x, float asp) {
    float u = (x - CX * asp) / (0.55 * asp);
    return 0.12 + (RISE - 0.11) * exp(-u * u * 2.2) + 0.008 * vnoise(vec2(x * 9.0, 2.0));
}

void main() {
    float asp = v_keep.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float w = v_keep.y;
    float day = v_keep.w;
    vec3 col = vec3(0.0);
    float cov = 0.0;
    vec3 air = mix(land_pal_air() * 0.6, atmosphere_day(0.35), day);
    // ---- the rise: grass, lit from the right, fading toward the air at its crest
    float ground = rise_at(p.x, asp);
    float up = clamp((p.y - 0.05) / (RISE - 0.05), 0.0, 1.0);
    vec3 grass = mix(vec3(0.16, 0.2, 0.1), vec3(0.3, 0.36, 0.16), vnoise(p * vec2(30.0, 60.0)) * 0.6);
    float u = (p.x - CX * asp) / (0.55 * asp);
    float slope = clamp(0.5 + u * exp(-u * u * 2.2) * 0.9, 0.0, 1.0);     // facing the light
    vec3 hill = grass * (v_amb * 1.4 + v_key * (0.3 + 0.5 * slope));
    hill = mix(hill, air, 0.15 + 0.35 * up);
    // a pale path winding up to the gate
    float path_x = CX * asp + 0.005 + 0.05 * lsin(p.y * 38.0) * (RISE - p.y) * 8.0;
    float path = land_fill(abs(p.x - path_x) - 0.006 - (RISE - p.y) * 0.06, w) * step(p.y, BASE + 0.005);
    hill = mix(hill, vec3(0.5, 0.46, 0.38) * (v_amb * 1.5 + v_key * 0.6), path * 0.7);
    land_lay(col, cov, land_fill(p.y - ground, w), hill);
    // ---- the castle: x from its centre; each part a distance (negative inside)
    float x = p.x - CX * asp;
    float y = p.y;
    float below = ground - 0.003 - y;                       // all parts stand on the rise
    // the curtain wall with its walk of merlons
    float wall = max(max(abs(x) - 0.2, y - crenels(x, 0.305, 0.014, 0.009)), below);
    // the keep: a tall square block behind the gate, its own merlons, a slim turret on its corner
    float keep = max(max(abs(x + 0.045) - 0.06, y - crenels(x + 0.002, 0.43, 0.016, 0.011)), below);
    vec2 tq = vec2(x - 0.008, y);
    float turret = max(max(abs(tq.x) - 0.013, y - 0.47), 0.40 - y);
    float spire = max(abs(tq.x) - 0.016 * (0.545 - y) / 0.075, max(0.47 - y, y - 0.545));
    // three round towers: left with a cone, right crenellated, a tall one behind with a cone
    vec3 t0 = vec3(-0.2, 0.025, 0.37);      // x, radius, top of the stone
    vec3 t1 = vec3(0.2, 0.023, 0.345);
    vec3 t2 = vec3(0.11, 0.019, 0.45);
    float tow0 = max(max(abs(x - t0.x) - t0.y, y - t0.z), below);
    float cone0 = max(abs(x - t0.x) - (t0.y + 0.006) * (t0.z + 0.085 - y) / 0.08, max(t0.z - 0.004 - y, y - t0.z - 0.085));
    float tow1 = max(max(abs(x - t1.x) - t1.y, y - crenels(x - t1.x + 0.004, t1.z, 0.011, 0.008)), below);
    float tow2 = max(max(abs(x - t2.x) - t2.y, y - t2.z), below);
    float cone2 = max(abs(x - t2.x) - (t2.y + 0.005) * (t2.z + 0.075 - y) / 0.07, max(t2.z - 0.004 - y, y - t2.z - 0.075));
    // the gatehouse: a block a little in front, crenellated, an arched gate in it
    vec2 gq = vec2(x - 0.012, y - BASE);
    float gate_house = max(max(abs(gq.x) - 0.04, y - crenels(x + 0.003, 0.335, 0.012, 0.008)), below);
    float arch = max(abs(gq.x) - 0.016, gq.y - 0.036);
    arch = max(min(arch, length(vec2(gq.x, gq.y - 0.036)) - 0.016), below);
    // stone shading: round towers by their curve, flat faces by which way they face
    float st = ashlar(vec2(x, y));
    // what stands in front decides the face: gatehouse, then towers, the wall, the keep behind
    float back = min(min(keep, turret), min(tow2, min(spire, cone2)));
    vec3 far_stone = vec3(0.66, 0.62, 0.56) * mix(1.0, 0.85, day) * st * (v_amb * 1.3 + v_key * 0.5);
    far_stone = mix(far_stone, air, 0.3 + 0.15 * day);
    float rx2 = clamp((x - t2.x) / t2.y, -1.0, 1.0);
    vec3 t2_col = vec3(0.66, 0.62, 0.56) * mix(1.0, 0.85, day) * st * (v_amb * 1.3 + v_key * max(0.0, 0.3 + 0.75 * rx2));
    far_stone = mix(far_stone, mix(t2_col, air, 0.3 + 0.15 * day), step(abs(x - t2.x), t2.y + 0.006));
    vec3 roof = vec3(0.2, 0.2, 0.27) * (v_amb * 1.5 + v_key * 0.9 * smoothstep(-0.02, 0.02, x - t2.x));
    land_lay(col, cov, land_fill(back, w), far_stone);
    land_lay(col, cov, land_fill(cone2, w), mix(roof, air, 0.3));
    vec3 spire_col = vec3(0.2, 0.2, 0.27) * (v_amb * 1.5 + v_key * 0.9 * smoothstep(-0.01, 0.01, tq.x));
    land_lay(col, cov, land_fill(spire, w), mix(spire_col, air, 0.3));
    // the wall, in front of the keep, a line of light along its walk
    vec3 near_stone = vec3(0.7, 0.66, 0.6) * mix(1.0, 0.85, day) * st * (v_amb * 1.2 + v_key * 0.55);
    near_stone = mix(near_stone, air, 0.18 + 0.12 * day);
    float walk = smoothstep(0.006, 0.0, crenels(x, 0.305, 0.014, 0.009) - y);
    float foot = 0.6 + 0.4 * smoothstep(BASE - 0.01, BASE + 0.05, y);
    land_lay(col, cov, land_fill(wall, w), near_stone * foot + v_key * 0.25 * walk);
    // the front towers, round: lit on the right, a rim where the light grazes
    for (int i = 0; i < 2; i++) {
        vec3 t = i == 0 ? t0 : t1;
        float d = i == 0 ? tow0 : tow1;
        float rx = clamp((x - t.x) / t.y, -1.0, 1.0);
        float face = max(0.0, 0.25 + 0.8 * rx);
        vec3 c = vec3(0.7, 0.66, 0.6) * mix(1.0, 0.85, day) * st * (v_amb * (1.25 - 0.4 * rx) + v_key * face);
        c += atmosphere_rim(land_pal_glow()) * 0.15 * smoothstep(0.75, 1.0, rx) * (1.0 - day * 0.7);
        land_lay(col, cov, land_fill(d, w), mix(c, air, 0.16 + 0.12 * day));
    }
    land_lay(col, cov, land_fill(cone0, w), mix(vec3(0.2, 0.2, 0.27) * (v_amb * 1.5 + v_key * 0.9 * smoothstep(-0.02, 0.02, x - t0.x)), air, 0.18));
    // the gatehouse and its gate: dark, with a warm glow inside by night
    vec3 gh = vec3(0.72, 0.68, 0.62) * mix(1.0, 0.85, day) * st * (v_amb * 1.1 + v_key * 0.7);
    land_lay(col, cov, land_fill(gate_house, w), mix(gh, air, 0.14 + 0.1 * day));
    vec3 gate = mix(vec3(0.05, 0.04, 0.04) * (v_amb + v_key * 0.2), v_lamp, smoothstep(-0.01, 0.03, 0.045 - gq.y) * 0.9);
    land_lay(col, cov, land_fill(arch, w), gate);
    land_lay(col, cov, land_fill(abs(arch + 0.003) - 0.002, w) * step(0.0, gq.y), gh * 0.55);
    // a fringe of trees along the wall's foot, parted where the path comes up to the gate
    float crowns = BASE + 0.004 + 0.02 * vnoise(vec2(x * 70.0, 5.0)) * smoothstep(0.025, 0.06, abs(x - 0.01));
    float trees = max(max(y - crowns, abs(x) - 0.27), ground - 0.003 - y);
    vec3 leaf = vec3(0.1, 0.14, 0.08) * (v_amb * 1.4 + v_key * (0.2 + 0.5 * smoothstep(-0.02, 0.015, y - crowns)));
    land_lay(col, cov, land_fill(trees, w), mix(leaf, air, 0.2));
    // windows: narrow arched slits in the keep and the towers, a few lit warm
    vec2 wc = vec2(floor((x + 0.105) / 0.03), floor((y - 0.25) / 0.05));
    vec2 wf = vec2(fract((x + 0.105) / 0.03) - 0.5, fract((y - 0.25) / 0.05) - 0.3);
    float slit = max(abs(wf.x) - 0.09, abs(wf.y) - 0.16);
    slit = min(slit, length(vec2(wf.x, wf.y - 0.16)) - 0.09);
    float in_keep = step(keep, -0.006) * step(-0.008, wall) * step(-0.006, gate_house) * step(0.25, y);
    float in_tower = (step(tow0, -0.01) + step(tow2, -0.008) * step(0.0, wall)) * step(0.32, y);
    float lit_win = step(0.45, hash21(wc + floor(u_seed)));
    float win = land_fill(slit * 0.03, w) * min(in_keep + in_tower, 1.0);
    vec3 pane = mix(vec3(0.03, 0.03, 0.04), v_lamp * 1.3, lit_win);
    col = mix(col, pane, win * cov);
    // ---- a pennant on the tall tower's cone, waving
    vec2 fq = vec2(x - t2.x, y - t2.z - 0.075);
    float pole = max(abs(fq.x) - 0.0012, max(-fq.y, fq.y - 0.03));
    float wave = 0.003 * lsin(fq.x * 160.0 - v_keep.z);
    float flag = max(max(abs(fq.y - 0.022 - wave) - 0.007 * (1.0 - fq.x / 0.04), -fq.x), fq.x - 0.04);
    vec3 cloth = mix(vec3(0.6, 0.12, 0.1), land_pal_glow(), 0.3) * (v_amb * 1.5 + v_key * 0.9);
    land_lay(col, cov, land_fill(pole, w), vec3(0.08) * (v_amb + v_key));
    land_lay(col, cov, land_fill(flag, w), mix(cloth, air, 0.2));
    f_color = vec4(col * cov, cov) * land_opacity();
}
#endif
