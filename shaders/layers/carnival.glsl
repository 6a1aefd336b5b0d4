#version 330 core
// A fairground at night (midground, on the ground): a ferris wheel turning slowly on the right
// third, its rim beaded with bulbs and its gondolas lit, hanging level; a carousel on the left
// under a striped canopy, horses rising and falling as it turns; a striped big top behind it,
// glowing from inside; a string of coloured bulbs sagging to the carousel's top; warm light pooled on
// the ground. Drawn as sprites (`sprites = 4`: the wheel, the carousel and the tent, the string
// of bulbs, the ground), so only their boxes are shaded.
#include "lib/header.glsl"
const vec3 WHEEL = vec3(0.7, 0.36, 0.235);   // centre x (of the width), centre y, radius
const vec3 RIDE = vec3(0.3, 0.075, 0.17);   // the carousel: centre x (of the width), floor, half width
const vec3 TENT = vec3(0.09, 0.36, 0.13);   // the big top: centre x (of the width), peak, half width
const float GROUND = 0.07;

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK carnival_vertex
#define LAND_SPRITE carnival_sprite
#include "lib/land_vertex.glsl"
flat out vec4 v_fair;      // aspect, edge softness, the wheel's turn, the carousel's turn
flat out vec3 v_warm;      // bulbs and lit windows
flat out vec3 v_steel;     // the structures' dark colour

void carnival_vertex() {
    v_fair = vec4(aspect(), 1.4 / land_height_px(), u_time * 0.04, u_time * 0.25);
    v_warm = mix(vec3(1.0, 0.72, 0.38), v_pal_light, 0.25) * (1.6 * v_breath);
    v_steel = v_pal_dark * 1.3 + vec3(0.01, 0.012, 0.02);
}

// Each sprite's box (land units), a few pixels over its shapes and their glow.
vec2 carnival_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float m = 0.03;
    vec4 box;
    if (sprite == 0) {
        float cx = WHEEL.x * asp;
        box = vec4(cx - WHEEL.z - m - 0.02, GROUND + 0.012, cx + WHEEL.z + m + 0.02, WHEEL.y + WHEEL.z + m);
    } else if (sprite == 1) {
        box = vec4(0.0, GROUND + 0.012, RIDE.x * asp + RIDE.z + m, TENT.y + 0.04);
    } else if (sprite == 2) {
        box = vec4(0.0, TENT.y + 0.04, RIDE.x * asp + 0.01, 0.575);
    } else {
        box = vec4(0.0, 0.0, asp, GROUND + 0.012);
    }
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_fair;
flat in vec3 v_warm;
flat in vec3 v_steel;

// A bulb's glow at distance d: a hot core and a soft halo, gone at 6 r.
float bulb(float d, float r) {
    float k = d / r;
    float halo = max(1.0 - k / 6.0, 0.0);
    return 1.0 / (1.0 + k * k * k * k) + 0.2 * halo * halo;
}

void main() {
    float asp = v_fair.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float w = v_fair.y;
    float t = u_time;
    vec3 col = vec3(0.0);
    float cov = 0.0;
    vec3 glow = vec3(0.0);
    vec3 pink = mix(u_palette[3], vec3(1.0, 0.35, 0.55), 0.5) * 1.4;
    // ---- the ferris wheel: rim, inner rim, spokes, hub, A-frame legs, gondolas
    vec2 c = vec2(WHEEL.x * asp, WHEEL.y);
    vec2 v = p - c;
    float r = length(v);
    float a = latan2(v.y, v.x) + v_fair.z;
    const float SPOKES = 16.0;
    float sector = 6.2831853 / SPOKES;
    float sa = (fract(a / sector + 0.5) - 0.5) * sector * r;
    float frame = min(abs(r - WHEEL.z), abs(r - WHEEL.z * 0.86)) - 0.0035;
    frame = min(frame, max(abs(sa) - 0.0016, r - WHEEL.z));
    frame = min(frame, r - 0.018);
    vec2 leg = vec2(abs(p.x - c.x), p.y);
    frame = min(frame, sd_capsule(leg, vec2(0.0, c.y), vec2(0.1, GROUND), 0.005));
    frame = min(frame, max(abs(p.y - 0.17) - 0.003, leg.x - 0.07));
    float fc = land_fill(frame, w);
    // bulbs along the rim, chasing slowly
    float bsec = sector / 3.0;
    float ba = (fract(a / bsec + 0.5) - 0.5) * bsec * r;
    float chase = 0.55 + 0.45 * lsin(floor(a / bsec + 0.5) * 1.7 - t * 2.0);
    glow += mix(v_warm, pink, step(0.5, fract(floor(a / bsec + 0.5) * 0.5))) * chase
          * bulb(length(vec2(ba, r - WHEEL.z)), 0.0045) * 0.9;
    // gondolas hang level below the rim's points
    vec2 vg = v + vec2(0.0, 0.028);
    float k = floor((latan2(vg.y, vg.x) + v_fair.z) / sector + 0.5);
    float ak = k * sector - v_fair.z;
    vec2 g = p - (c + WHEEL.z * vec2(lcos(ak), lsin(ak)) - vec2(0.0, 0.028));
    float cabin = sd_box(g, vec2(0.017, 0.013)) - 0.005;
    cabin = min(cabin, sd_box(g - vec2(0.0, 0.02), vec2(0.0015, 0.01)));
    float gc = land_fill(cabin, w);
    float lit_cabin = land_fill(sd_box(g - vec2(0.0, 0.003), vec2(0.012, 0.005)), w);
    vec3 paint = mod(k, 3.0) < 1.0 ? vec3(0.7, 0.15, 0.2) : (mod(k, 3.0) < 2.0 ? vec3(0.15, 0.45, 0.6) : vec3(0.8, 0.6, 0.15));
    vec3 cabin_col = mix(v_steel, paint * 0.35, 0.7);
    col = mix(col, v_steel, fc);
    cov = max(cov, fc);
    col = mix(col, mix(cabin_col, v_warm * 0.45, lit_cabin * 0.85), gc);
    cov = max(cov, gc);
    // ---- the carousel: floor, a column, poles and horses, canopy with a scalloped valance
    float rx = p.x - RIDE.x * asp;
    float xn = clamp(rx / RIDE.z, -1.0, 1.0);
    float ang = xn * (1.0 + 0.21 * xn * xn + 0.36 * xn * xn * xn * xn);   // about asin(xn)
    float inside = step(abs(rx), RIDE.z);
    float floor_d = max(abs(rx) - RIDE.z, abs(p.y - RIDE.y - 0.012) - 0.012);
    float canopy_y = 0.245;
    float roof = max(abs(rx) - RIDE.z - 0.01, max(canopy_y - p.y, p.y - canopy_y - 0.1 * (1.0 - abs(xn))));
    float valance = max(abs(rx) - RIDE.z - 0.01, abs(p.y - canopy_y + 0.012) - 0.012 - 0.006 * lsin(ang * 24.0));
    float column = max(abs(rx) - 0.018, max(p.y - canopy_y, RIDE.y - p.y));
    column = min(column, length(vec2(rx, p.y - canopy_y - 0.108)) - 0.008);   // the finial
    // the nearest pole in front, turning
    float turn = ang + v_fair.w;
    const float POLES = 10.0;
    float psec = 6.2831853 / POLES;
    float pk = floor(turn / psec + 0.5);
    float pole_x = RIDE.z * lsin(pk * psec - v_fair.w);
    float dx = rx - pole_x;
    float pole = max(abs(dx) - 0.0025, max(p.y - canopy_y, RIDE.y + 0.02 - p.y));
    float bob = 0.13 + 0.018 * lsin(pk * 2.1 + t * 0.9);
    float facing = sign(lcos(pk * psec - v_fair.w) + 1e-3);
    vec2 h = vec2(dx * facing, p.y - bob);
    float horse = sd_ellipse(h, vec2(0.026, 0.011));
    horse = min(horse, sd_capsule(h, vec2(0.02, 0.004), vec2(0.032, 0.025), 0.0055));      // neck
    horse = min(horse, sd_capsule(h, vec2(0.031, 0.025), vec2(0.045, 0.019), 0.005));      // head
    horse = min(horse, sd_capsule(h, vec2(0.016, -0.005), vec2(0.03, -0.022), 0.003));     // forelegs
    horse = min(horse, sd_capsule(h, vec2(-0.017, -0.005), vec2(-0.03, -0.02), 0.003));    // hind legs
    horse = min(horse, sd_capsule(h, vec2(-0.024, 0.004), vec2(-0.038, -0.012), 0.0035));  // tail
    float structure = min(min(floor_d, roof), min(valance, column));
    float sc = land_fill(structure, w);
    float stripe = step(0.5, fract(ang * 3.0 + v_fair.w * 0.48));
    vec3 canvas = mix(mix(u_palette[3], vec3(0.75, 0.12, 0.16), 0.6), vec3(0.85, 0.8, 0.7), stripe) * 0.35;
    float is_roof = land_fill(min(roof, valance), w);
    vec3 ride_col = mix(v_steel * 1.5, canvas * (0.6 + 0.4 * (1.0 - abs(xn))), is_roof);
    // lit from inside: the space under the canopy glows warm behind the poles and horses
    float under = inside * step(RIDE.y + 0.024, p.y) * step(p.y, canopy_y);
    float lamp_y = (p.y - RIDE.y) / (canopy_y - RIDE.y);
    col = mix(col, v_warm * (0.05 + 0.3 * lamp_y * lamp_y) * (0.6 + 0.4 * (1.0 - abs(xn))), under);
    cov = max(cov, under);
    float hc = land_fill(min(horse, pole), w) * inside;
    vec3 horse_col = mix(vec3(0.85, 0.8, 0.72), u_palette[2], 0.3) * (0.06 + 0.25 * lamp_y) * (0.7 + 0.3 * facing);
    col = mix(col, mix(vec3(0.9, 0.7, 0.3) * 0.5, horse_col, land_fill(horse, w)), hc);
    col = mix(col, ride_col, sc);
    cov = max(cov, sc);
    // bulbs under the valance
    float vb = (fract(ang * 9.0 + 0.5) - 0.5) / 9.0 * RIDE.z;
    glow += v_warm * bulb(length(vec2(vb, p.y - canopy_y + 0.027)), 0.004) * step(abs(rx), RIDE.z) * 0.8;
    // ---- the big top behind, left: a striped tent with a glowing doorway and a pennant
    float tx = p.x - TENT.x * asp;
    float tn = abs(tx) / TENT.z;
    float eave = 0.2;
    float tent_top = TENT.y - (TENT.y - eave) * sqrt(min(tn, 1.0));
    float tent = max(max(p.y - tent_top, tn - 1.0), GROUND + 0.005 - p.y);
    float tc = land_fill(tent, w) * (1.0 - sc);
    float tstripe = step(0.5, fract(tx / max(TENT.y + 0.02 - p.y, 0.02) * 2.2));
    vec3 tent_col = mix(mix(u_palette[1], vec3(0.75, 0.1, 0.14), 0.75), vec3(0.8, 0.74, 0.62), tstripe) * 0.16;
    float door = land_fill(max(abs(tx) - 0.025 * (1.0 - (p.y - GROUND) / 0.08), p.y - GROUND - 0.08), w);
    tent_col = mix(tent_col, v_warm * 0.9, door) + v_warm * 0.05 * (1.0 - tn);
    float ftx = tx - 0.0015;
    float fy = p.y - TENT.y - 0.028;
    float pennant = max(max(-ftx, ftx - 0.025), abs(fy) - 0.007 * (1.0 - ftx / 0.025));
    float flag = land_fill(min(sd_capsule(vec2(tx, p.y), vec2(0.0, TENT.y), vec2(0.0, TENT.y + 0.036), 0.0015), pennant), w);
    col = mix(col, mix(tent_col, land_pal_haze(), 0.3), tc);
    col = mix(col, v_steel * 2.0, flag);
    cov = max(cov, max(tc, flag));
    // ---- a string of bulbs sagging from off the left to the carousel's finial, in turns of colour
    float span = RIDE.x * asp;
    float sx = p.x / span;
    float sy = 0.54 - 0.18 * sx - 0.05 * 4.0 * sx * (1.0 - sx);
    float bx = (fract(sx * 14.0 + 0.5) - 0.5) / 14.0 * span;
    float bi = floor(sx * 14.0 + 0.5);
    vec3 bulb_col = mod(bi, 3.0) < 1.0 ? v_warm : (mod(bi, 3.0) < 2.0 ? pink : mix(v_pal_glow, vec3(0.4, 0.8, 1.0), 0.5) * 1.4);
    float wire = land_fill(abs(p.y - sy) - 0.0012, w) * step(sx, 1.0);
    col = mix(col, v_steel, wire);
    cov = max(cov, wire);
    glow += bulb_col * bulb(length(vec2(bx, p.y - sy + 0.006)), 0.0035) * step(sx, 1.0)
          * (0.75 + 0.25 * lsin(bi * 2.3 + t * 1.3));
    // ---- the ground, with the light of the rides pooled on it
    float ground = land_fill(p.y - GROUND - 0.003 * lsin(p.x * 9.0), w);
    float pool = exp(-abs(rx) * 8.0) * 0.25 + exp(-abs(p.x - c.x) * 6.0) * 0.12;
    vec3 earth = land_pal_dark() * 0.8 + v_warm * pool * (0.3 + 0.7 * p.y / GROUND);
    col = mix(col, earth, ground);
    cov = max(cov, ground);
    f_color = vec4(col * cov + glow * (1.0 - 0.6 * cov), cov) * land_opacity();
}
#endif
