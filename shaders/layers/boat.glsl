#version 330 core
// A small wooden boat on the water in the mid-foreground, left of the middle and low enough to
// float on a river's near reach too, seen from a little above and from its side: a pointed,
// raked bow on the right, a flat transom on the left, the hull's planks faint lines under a
// weathered painted top strake, the gunwale lit from the upper left (the creatures' key
// light), inside it the thwarts (seats) and its oars at rest, the near one trailing in the
// water; with u_params.x = 1 a small sailing boat instead, its mast and a pale sail on a boom.
// It rocks slowly, a few degrees every 7.5 s; under it lie its soft dark reflection, its
// shadow on the water and a slow ripple ring; by night a warm lantern burns at the bow and
// lays a broken streak on the water. It draws only the boat: the ocean, lake or river behind
// it (their horizons lie at 0.36 to 0.5) is the water it floats on.
// u_params: x 0 a rowing boat, 1 a sailing boat.
#define BOAT_AT vec2(asp * 0.4, 0.15)
// (the rowing boat's rectangle stops over its bow; the sailing boat's holds its sail)
#define LAND_RECT vec4(asp * 0.4 - 0.42, 0.045, asp * 0.4 + 0.44, u_params.x > 0.5 ? 0.59 : 0.4)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
#include "lib/land_creature.glsl"

const float BOAT_S = 0.25;  // land units per boat unit: the hull runs from x -1 to about 1.1
const float ROCK = 0.837758;  // 2 pi / 7.5 s: one slow roll

// The near gunwale's height over the waterline at x: the sheer, rising to the bow.
float boat_sheer(float x) {
    float b = max(x - 0.1, 0.0);
    return 0.17 + 0.34 * b * b + 0.05 * smoothstep(-0.3, -1.0, x);
}

// How far the far gunwale shows above the near one at x (the boat seen from above): the
// transom's width at the stern, widest a third of the way along, nothing at the pointed bow.
float boat_beam(float x) {
    float v = (x + 0.35) / 1.4;
    return 0.27 * (x < -0.35 ? mix(1.0, 0.72, smoothstep(-0.35, -1.0, x)) : max(1.0 - v * v, 0.0));
}

// The bow's stem at height y: raked forward.
float boat_bow(float y) { return 1.0 + 0.16 * y; }

// The hull's lower edge at x: the waterline, the forefoot lifting towards the stem.
float boat_keel(float x) {
    float b = max(x - 0.55, 0.0);
    return 0.3 * b * sqrt(b);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float w = land_px() * 1.2 / BOAT_S;  // a soft edge, in boat units
    float night = atmosphere_night();
    vec3 dark = land_pal_dark();
    vec3 light = land_pal_light();
    vec3 glow = land_pal_glow();
    float sail = step(0.5, u_params.x);

    // the water's frame (it does not roll) and the boat's (rolling about its keel, heaving)
    float roll = lsin(u_time * ROCK);
    vec2 o = BOAT_AT + vec2(0.0, 0.006 * lsin(u_time * ROCK + 1.2));
    vec2 wq = (p - o) / BOAT_S;
    vec2 q = rot_small(0.05 * roll) * (wq - vec2(0.0, -0.05)) + vec2(0.0, 0.05);

    // the hull's near side: waterline to gunwale, transom to stem
    float sheer = boat_sheer(q.x);
    float side = max(max(boat_keel(q.x) - q.y, q.y - sheer), max(q.x - boat_bow(q.y), -1.0 - q.x));
    // the inside, seen over the near gunwale up to the far one
    float beam = boat_beam(q.x);
    float inside = max(max(sheer - q.y, q.y - sheer - beam), max(q.x - 1.0, -1.0 - q.x));
    float hull = land_fill(side, w);
    float open = land_fill(inside, w) * (1.0 - hull);
    float v = clamp(q.y / sheer, 0.0, 1.0);  // 0 at the waterline .. 1 at the gunwale

    // the wood and its weathered paint, lit from the upper left, darker where the hull turns
    // away towards the bow and under towards the water
    float grain = vnoise(vec2(q.x * 3.0, q.y * 40.0) + land_rand(1.0) * 50.0);
    vec3 wood = mix(vec3(0.13, 0.075, 0.04), dark * 2.0, 0.3) * (0.8 + 0.35 * grain);
    vec3 paint = mix(vec3(0.26, 0.33, 0.34), mix(glow, light, 0.5) * 0.4, 0.3);
    float painted = smoothstep(0.7, 0.74, v) * smoothstep(0.3, 0.6, grain);
    float lit = mix(0.4, 1.0, u_daylight);
    float turn = mix(1.0, 0.5, smoothstep(0.1, 1.05, q.x)) * (0.45 + 0.55 * v);
    vec3 side_col = mix(wood, paint * (0.7 + 0.3 * grain), painted * 0.8) * turn * lit;
    // the planks: faint seams along the sheer
    float seam = 1.0 - 0.35 * (1.0 - smoothstep(0.0, 0.07, abs(fract(v * 4.0) - 0.5) - 0.43));
    side_col *= seam;
    // the inside: the floor in the near gunwale's shadow, the far side's planks lit
    float far_up = clamp((q.y - sheer) / max(beam, 1e-3), 0.0, 1.0);
    vec3 in_col = wood * mix(0.2, 0.9, far_up * far_up) * lit;
    // the thwarts, slanting as the beam opens
    vec3 thwarts = vec3(-0.62, -0.1, 0.42);
    float seat = 0.0, under_seat = 0.0;
    for (int i = 0; i < 3; i++) {
        float dx = q.x - thwarts[i] + 0.25 * (q.y - sheer);
        seat = max(seat, 1.0 - smoothstep(0.035, 0.035 + w, abs(dx)));
        under_seat = max(under_seat, 1.0 - smoothstep(0.0, 0.05, abs(dx - 0.06)));
    }
    float span = step(0.08, far_up) * step(far_up, 0.96);
    vec3 seat_col = wood * 1.7 * lit;
    in_col = mix(in_col * (1.0 - 0.5 * under_seat * span), seat_col, seat * span);

    // the gunwales: the near one catches the key light (strongest aft, facing it), the far one
    // a thinner line
    float near_rail = exp(-abs(q.y - sheer - 0.5 * w) / w) * step(-1.0, q.x)
                    * step(q.x, boat_bow(q.y));
    float far_rail = exp(-abs(q.y - sheer - beam) / w) * step(0.02, beam);
    float key = mix(1.0, 0.55, smoothstep(-1.0, 1.0, q.x));
    vec3 rail_col = mix(wood * 4.0, mix(light, atmosphere_rim(glow), 0.3), 0.5)
                  * mix(0.3, 0.6, u_daylight);

    vec3 col = side_col * hull + in_col * open;
    float cover = max(hull, open);
    // the near oar resting in its rowlock, its handle inboard, its blade trailing in the water
    const vec2 LOCK = vec2(-0.15, 0.17);
    const vec2 ALONG = vec2(-0.924, -0.383);  // from the rowlock out along the oar
    vec2 oq = q - LOCK;
    float loom = sd_capsule(oq, vec2(0.3, 0.1), ALONG * 0.66, 0.02);
    vec2 bq = vec2(dot(oq, ALONG), dot(oq, vec2(-ALONG.y, ALONG.x))) - vec2(0.82, 0.0);
    float oar = land_fill(min(loom, sd_ellipse(bq, vec2(0.17, 0.045))), w) * (1.0 - sail);
    float drowned = smoothstep(-0.01, -0.05, q.y);  // under the water, it is only glimpsed
    float oar_lit = 0.6 + 0.4 * smoothstep(0.0, 0.03, dot(oq, vec2(-ALONG.y, ALONG.x)));
    vec3 oar_col = (wood * 2.0 + light * 0.1) * lit * oar_lit;
    oar *= 1.0 - 0.55 * drowned;
    col = mix(col, oar_col * (1.0 - 0.5 * drowned), oar);
    cover = max(cover, oar);
    col += rail_col * (near_rail * key * 0.9 + far_rail * 0.45) * cover;
    // the transom's edge, seen almost end on: a straight lit line
    col += rail_col * 0.35 * exp(-abs(q.x + 1.0) / (1.5 * w)) * step(0.0, q.y)
         * step(q.y, sheer + beam) * cover;

    // the sailing boat's mast, boom and pale sail
    vec2 foot = vec2(0.28, boat_sheer(0.28) + 0.1);
    float mast = land_fill(sd_capsule(q, foot, foot + vec2(0.03, 1.25), 0.018), w) * sail;
    float boom = land_fill(sd_capsule(q, foot + vec2(0.0, 0.14), vec2(-0.82, 0.47), 0.014), w)
               * sail;
    // the sail: between the mast, the boom and a gently curved leech
    vec2 sq = q - foot - vec2(0.0, 0.16);
    float leech = -1.1 * (1.0 - sq.y / 1.07) - 0.06 * sin(3.1416 * sq.y / 1.07);
    float luff = sq.x - 0.018 - 0.03 * sq.y / 1.07;
    float canvas = max(max(-sq.y, sq.y - 1.07), max(luff, leech - sq.x));
    float sheet = land_fill(canvas, w) * sail;
    float fold = 0.85 + 0.15 * smoothstep(-1.0, 0.0, sq.x) + 0.05 * lsin(sq.y * 9.0 + u_time * 0.3);
    vec3 cloth = mix(vec3(0.86, 0.84, 0.78), light, 0.3) * mix(0.28, 0.95, u_daylight) * fold;
    col = mix(col, cloth, sheet);
    col = mix(col, wood * 0.8 * lit, max(mast, boom));
    cover = max(cover, max(sheet, max(mast, boom)));

    // the lantern at the bow: a post, a small glass and its warm light, by night
    vec3 warm = mix(vec3(1.0, 0.62, 0.28), glow, 0.15);
    vec2 lamp = vec2(0.96, boat_sheer(0.96) + 0.13);
    float post = land_fill(sd_capsule(q, lamp - vec2(0.0, 0.13), lamp, 0.012), w);
    float glass = land_fill(sd_box(q - lamp, vec2(0.03, 0.04)) - 0.01, w);
    col = mix(col, wood * 0.6 * lit, post);
    col = mix(col, mix(wood * lit, warm * 2.2, night), glass);
    cover = max(cover, max(post, glass));
    float r = length((q - lamp) * vec2(1.0, 1.2));
    col += warm * night * land_breath() * (0.5 * exp(-r * 14.0) + 0.12 * exp(-r * 5.0));
    // its light falls on the inside of the bow
    col += warm * night * 0.15 * exp(-length(q - lamp) * 3.0) * open;

    // the water under it: the boat's soft reflection (mirrored in the waterline, broken by the
    // ripples), its shadow along the hull, and a dark ripple ring spreading slowly
    float ripple = vnoise(vec2(wq.x * 2.0, wq.y * 14.0 + u_time * 0.4));
    vec2 m = vec2(wq.x + 0.05 * (ripple - 0.5), -wq.y * 1.2 - 0.02);
    float mirror_d = max(max(-m.y, m.y - boat_sheer(m.x)), max(m.x - boat_bow(m.y), -1.0 - m.x));
    float mirrored = land_fill(mirror_d, 0.06);
    // (all of it fades out before the edges of the layer's rectangle: no seams)
    float water = smoothstep(0.01, -0.01, wq.y) * smoothstep(-0.4, -0.22, wq.y);
    float fade = exp(wq.y * 3.0);
    float reflect_a = mirrored * fade * 0.55 * water * (0.8 + 0.4 * ripple);
    float shadow = exp(wq.y * 18.0) * smoothstep(1.2, 0.9, abs(wq.x - 0.05)) * water * 0.5;
    float e = length(vec2((wq.x - 0.05) / 1.15, wq.y / 0.22));
    float swell = fract(u_time * 0.08);  // a ring spreads out and fades every 12.5 s
    float ring = exp(-abs(e - 1.03 - 0.2 * swell) * 9.0) * smoothstep(0.0, 0.2, swell)
               * (1.0 - swell) * 0.25 + exp(-abs(e - 1.0) * 7.0) * 0.2;
    float ring_a = ring * smoothstep(0.6, 1.0, e) * smoothstep(1.4, 1.2, e);
    float under = clamp(reflect_a + shadow + ring_a, 0.0, 0.85) * (1.0 - cover);
    // a pale glint along the ring on the near water, where it lifts against the hull
    vec3 lift = mix(light, atmosphere_rim(glow), 0.5) * 0.12;
    col += lift * exp(-abs(e - 1.0) * 30.0) * water * (1.0 - cover);
    // the lantern's streak on the water
    float streak = exp(-abs(wq.x - lamp.x + 0.1 * (ripple - 0.5)) * 18.0) * water
                 * exp(wq.y * 2.2) * smoothstep(0.35, 0.75, ripple);
    col += warm * night * streak * 0.35;

    float alpha = cover + under;
    f_color = vec4(col, min(alpha, 1.0)) * land_opacity();
}
#endif
