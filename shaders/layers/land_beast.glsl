#version 330 core
// A creature standing on a ridge in profile (midground), lit from the left with a soft rim
// light from behind, breathing, its head, ears and tail alive, now and then shifting a foreleg.
// LAND_KIND (the layer's defines in assets/visuals): 0 deer, 1 wolf, 2 horse, 3 dog, 4 cat,
// 5 elephant, 6 camel, 7 cow, 8 sheep, 9 pig, 10 goat, 11 rabbit,
// 12 bear, 13 frog, 14 giraffe, 15 mouse, 16 monkey. Each is drawn in its own body units (lib/land_creature.glsl's shapes): facing
// left (-x), the ground under it at y = 0.
#include "lib/header.glsl"

// Each kind's scale (land units per body unit, at the near plane) and the box its picture
// stays inside (body units: left, bottom, right, top; its tail, ears and shadow included).
#if LAND_KIND == 0
#define BEAST_SCALE 0.19
#define BEAST_BOX vec4(-0.95, -0.12, 0.7, 2.2)
#elif LAND_KIND == 1
#define BEAST_SCALE 0.2
#define BEAST_BOX vec4(-1.05, -0.12, 1.0, 1.5)
#elif LAND_KIND == 2
#define BEAST_SCALE 0.19
#define BEAST_BOX vec4(-1.2, -0.12, 1.15, 1.95)
#elif LAND_KIND == 3
#define BEAST_SCALE 0.16
#define BEAST_BOX vec4(-1.05, -0.14, 0.85, 1.35)
#elif LAND_KIND == 4
#define BEAST_SCALE 0.16
#define BEAST_BOX vec4(-0.75, -0.14, 0.8, 1.2)
#elif LAND_KIND == 5
#define BEAST_SCALE 0.24
#define BEAST_BOX vec4(-1.15, -0.1, 0.85, 1.62)
#elif LAND_KIND == 6
#define BEAST_SCALE 0.17
#define BEAST_BOX vec4(-1.3, -0.12, 0.8, 1.95)
#elif LAND_KIND == 7
#define BEAST_SCALE 0.18
#define BEAST_BOX vec4(-1.1, -0.12, 0.85, 1.42)
#elif LAND_KIND == 8
#define BEAST_SCALE 0.16
#define BEAST_BOX vec4(-0.95, -0.12, 0.75, 1.22)
#elif LAND_KIND == 9
#define BEAST_SCALE 0.17
#define BEAST_BOX vec4(-1.0, -0.12, 0.8, 1.0)
#elif LAND_KIND == 10
#define BEAST_SCALE 0.17
#define BEAST_BOX vec4(-0.85, -0.12, 0.7, 1.45)
#elif LAND_KIND == 11
#define BEAST_SCALE 0.16
#define BEAST_BOX vec4(-0.62, -0.1, 0.62, 1.25)
#elif LAND_KIND == 12
#define BEAST_SCALE 0.2
#define BEAST_BOX vec4(-1.0, -0.12, 0.72, 1.2)
#elif LAND_KIND == 13
#define BEAST_SCALE 0.26
#define BEAST_BOX vec4(-0.5, -0.08, 0.45, 0.5)
#elif LAND_KIND == 14
#define BEAST_SCALE 0.14
#define BEAST_BOX vec4(-1.2, -0.12, 0.8, 3.0)
#elif LAND_KIND == 15
#define BEAST_SCALE 0.16
#define BEAST_BOX vec4(-0.62, -0.06, 1.05, 0.5)
#else
#define BEAST_SCALE 0.2
#define BEAST_BOX vec4(-0.42, -0.08, 0.85, 0.95)
#endif
#include "lib/fast_math.glsl"
#include "lib/land_ridge.glsl"

// Where the compositor stages it (u_place, renderer/gfx/staging.py): x, y its origin (land
// units), z its scale (land units per body unit: its size, shrunk to fit its band of the
// frame), w the way it faces (-1 left, as drawn; 1 right, mirrored). Its box is centred on
// the band; a creature of the far plane (a size under 0.8) stands on the far ridge.
vec4 beast_place(float asp) {
    const vec4 box = BEAST_BOX;
    float s = min(BEAST_SCALE * u_place.y, u_place.w * asp * 2.0 / (box.z - box.x));
    float x = u_place.x * asp + u_place.z * 0.5 * (box.x + box.z) * s;
    return vec4(x, beast_ground_at(u_place.x, u_camera.w, u_place.y < 0.8), s, u_place.z);
}

// The picture stays inside this rectangle (see lib/land_vertex.glsl), mirrored with it.
vec4 beast_rect(float asp) {
    vec4 at = beast_place(asp);
    vec4 box = BEAST_BOX * at.z;
    box.xz = at.w < 0.0 ? box.xz : -box.zx;
    return at.xyxy + box;
}
#define LAND_RECT beast_rect(asp)

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK beast_vertex
#include "lib/land_vertex.glsl"
// The per-draw constants are computed here once per vertex instead of per pixel.
flat out vec2 v_beast;        // aspect, 1 / (2 w) for an edge softness w
flat out vec4 v_beast_at;     // beast_place()
flat out vec4 v_beast_anim;   // breathing, tail, head turn (radians), a foreleg's lift 0..1
flat out vec4 v_beast_anim2;  // ear flick 0..1, trunk or ear swing, stride phase, unused
flat out vec3 v_beast_dark;   // body colour (times the opacity)
flat out vec3 v_beast_key;    // key light (same)
flat out vec3 v_beast_rim;    // rim light (same)
flat out float v_beast_op;    // opacity

#include "lib/noise.glsl"

// A bump 0..1..0 over the first `width` of each `period` seconds, offset by `phase`.
float beast_now_and_then(float t, float period, float width, float phase) {
    float f = fract(t / period + phase) / width;
    return f < 1.0 ? 0.5 - 0.5 * lcos(f * 6.2831853) : 0.0;
}

void beast_vertex() {
    float t = u_time;
    float ph = hash11(u_seed * 0.37 + 5.0);
#if LAND_KIND == 3
    float tail = lsin(t * 9.0) * (0.6 + 0.4 * lsin(t * 0.31));     // a dog wags
#elif LAND_KIND == 0
    float tail = beast_now_and_then(t, 7.0, 0.06, ph);             // a deer flicks
#else
    float tail = lsin(t * 0.8 + ph * 6.0) + 0.3 * lsin(t * 1.9);   // a slow swish
#endif
    float head = 0.07 * lsin(t * 0.11 + ph * 4.0) + 0.03 * lsin(t * 0.37);
    v_beast_anim = vec4(0.012 * lsin(t * 0.9), tail, head,
                        beast_now_and_then(t, 13.0, 0.12, ph + 0.4));
    v_beast_anim2 = vec4(beast_now_and_then(t, 5.3, 0.05, ph + 0.7), lsin(t * 0.45 + ph),
                         0.0, 0.0);
    v_beast = vec2(aspect(), 0.5 * land_height_px() / 1.2);
    v_beast_at = beast_place(v_beast.x);
    float op = clamp(u_intensity * 1.25, 0.0, 1.0);   // land_opacity()
    vec3 glow = v_pal_glow * v_breath;
    // a creature of the far plane fades toward the air
    v_beast_dark = mix(v_pal_dark, v_pal_air, u_place.y < 0.8 ? 0.3 : 0.0) * op;
    v_beast_key = mix(v_pal_light, v_pal_glow, 0.5) * (0.3 * op);
    v_beast_rim = glow * (0.75 * op);
    v_beast_op = op;
}

#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_creature.glsl"
noperspective in vec2 v_uv;
flat in vec2 v_beast;
flat in vec4 v_beast_at;
flat in vec4 v_beast_anim;
flat in vec4 v_beast_anim2;
flat in vec3 v_beast_dark;
flat in vec3 v_beast_key;
flat in vec3 v_beast_rim;
flat in float v_beast_op;
out vec4 f_color;
float g_wool = 0.0;   // how much of this pixel is a paler coat (fleece, tail, lines)

// The body: chest, barrel and haunch as ellipses (centre xy, radii zw) blended into one, the
// barrel breathing.
float beast_body(vec2 q, vec4 chest, vec4 barrel, vec4 haunch, float k) {
    float b = v_beast_anim.x;
    float d = sd_ellipse(q - barrel.xy, barrel.zw + vec2(0.0, b));
    d = smin(d, sd_ellipse(q - chest.xy, chest.zw + vec2(0.0, 0.5 * b)), k);
    return smin(d, sd_ellipse(q - haunch.xy, haunch.zw), k);
}

// A hoof under `foot`: a small rounded block.
float beast_hoof(vec2 q, vec2 foot, float w) {
    return sd_box(q - foot - vec2(-0.1 * w, 0.6 * w), vec2(w, 0.6 * w)) - 0.2 * w;
}

// The creature: its distance (body units), with the far legs apart in `far` (drawn darker,
// behind), the distance to a fold inside the silhouette in `fold` (an ear's edge) and where
// its eye is.
float beast(vec2 q, out float far, out float fold, out vec2 eye) {
    fold = 1e3;
    float lift = v_beast_anim.w;                  // the near foreleg paws now and then
    vec3 step = vec3(-0.35, 0.9, 0.1) * lift;
    float head = v_beast_anim.z;
    float tail = v_beast_anim.y;
    float flick = v_beast_anim2.x;
    vec2 f1, f2, f3, f4;
    float d, legs;
#if LAND_KIND == 0
    // deer: slender, a long neck held high, big ears, antlers, a short tail
    d = beast_body(q, vec4(-0.3, 1.02, 0.18, 0.21), vec4(0.0, 1.0, 0.42, 0.18),
                   vec4(0.32, 1.05, 0.2, 0.21), 0.1);
    vec4 fr = vec4(0.07, 0.032, 0.027, 0.024), hr = vec4(0.1, 0.036, 0.028, 0.024);
    legs = beast_leg(q, vec2(-0.33, 0.9), vec2(0.0, -0.38), vec2(0.01, -0.37),
                     vec2(-0.04, -0.13), step, fr, f1);
    legs = min(legs, beast_leg(q, vec2(0.33, 0.92), vec2(0.13, -0.36), vec2(-0.03, -0.4),
                               vec2(-0.04, -0.14), vec3(0.0), hr, f2));
    far = min(beast_leg(q, vec2(-0.25, 0.9), vec2(-0.05, -0.37), vec2(0.03, -0.37),
                        vec2(-0.04, -0.13), vec3(0.0), fr, f3),
              beast_leg(q, vec2(0.27, 0.92), vec2(0.08, -0.36), vec2(0.03, -0.4),
                        vec2(-0.04, -0.14), vec3(0.0), hr, f4));
    legs = min(legs, min(beast_hoof(q, f1, 0.03), beast_hoof(q, f2, 0.03)));
    far = min(far, min(beast_hoof(q, f3, 0.03), beast_hoof(q, f4, 0.03)));
    d = smin(d, legs, 0.05);
    // the neck and head turn about the neck's base
    vec2 nq = rot_small(head) * (q - vec2(-0.3, 1.08));
    d = smin(d, sd_taper(nq, vec2(0.0), vec2(-0.17, 0.4), 0.15, 0.085), 0.08);
    vec2 hq = nq - vec2(-0.2, 0.44);
    // the head: a wedge from the brow down to a fine muzzle
    float hd = sd_ellipse(hq - vec2(-0.01, 0.0), vec2(0.1, 0.08));
    hd = smin(hd, sd_taper(hq, vec2(-0.04, -0.01), vec2(-0.22, -0.14), 0.065, 0.035), 0.05);
    // big ears set back and out, flicking
    float ear = sd_ellipse(rot_small(0.9 - 0.5 * flick) * (hq - vec2(0.09, 0.06)) - vec2(0.1, 0.0),
                           vec2(0.1, 0.04));
    // antlers: a beam sweeping back, up and forward, tines rising from it; the far one behind
    vec2 aq = hq - vec2(0.02, 0.07);
    float ant = min(sd_capsule(aq, vec2(0.0), vec2(0.16, 0.2), 0.02),
                    sd_capsule(aq, vec2(0.16, 0.2), vec2(0.22, 0.42), 0.017));
    ant = min(ant, min(sd_capsule(aq, vec2(0.22, 0.42), vec2(0.14, 0.62), 0.014),
                       sd_capsule(aq, vec2(0.14, 0.62), vec2(0.02, 0.72), 0.011)));
    ant = min(ant, min(sd_capsule(aq, vec2(0.03, 0.04), vec2(-0.1, 0.14), 0.013),
                       sd_capsule(aq, vec2(0.13, 0.16), vec2(0.02, 0.36), 0.012)));
    ant = min(ant, min(sd_capsule(aq, vec2(0.21, 0.36), vec2(0.08, 0.52), 0.011),
                       sd_capsule(aq, vec2(0.2, 0.52), vec2(0.32, 0.7), 0.01)));
    vec2 bq = aq - vec2(0.08, -0.02);
    ant = min(ant, min(sd_capsule(bq, vec2(0.0), vec2(0.2, 0.2), 0.017),
                       sd_capsule(bq, vec2(0.2, 0.2), vec2(0.3, 0.45), 0.014)));
    ant = min(ant, min(sd_capsule(bq, vec2(0.3, 0.45), vec2(0.26, 0.64), 0.011),
                       sd_capsule(bq, vec2(0.24, 0.3), vec2(0.38, 0.46), 0.01)));
    d = min(smin(d, hd, 0.05), min(ear, ant));
    // the short tail, flicked up now and then
    vec2 tq = rot_small(0.7 - 1.2 * tail) * (q - vec2(0.5, 1.12));
    d = smin(d, sd_ellipse(tq - vec2(0.06, 0.0), vec2(0.08, 0.035)), 0.03);
    fold = abs(ear) + 0.002;
    eye = hq - vec2(-0.06, 0.03);
#elif LAND_KIND == 1 || LAND_KIND == 3
    // wolf and dog: a deep chest, paws on their toes, the hind leg's hock well back
#if LAND_KIND == 1
    const float L = 1.0;      // the wolf: taller, its bushy tail hanging
#else
    const float L = 0.9;      // the dog: a little shorter in the leg, its tail up
#endif
    d = beast_body(q, vec4(-0.3, 0.82 * L, 0.2, 0.2), vec4(0.0, 0.8 * L, 0.42, 0.15),
                   vec4(0.3, 0.83 * L, 0.19, 0.17), 0.1);
    vec4 fr = vec4(0.075, 0.045, 0.04, 0.045), hr = vec4(0.12, 0.05, 0.04, 0.045);
    legs = beast_leg(q, vec2(-0.33, 0.7 * L), vec2(0.0, -0.32 * L), vec2(0.01, -0.27 * L),
                     vec2(-0.07, -0.07), step, fr, f1);
    legs = min(legs, beast_leg(q, vec2(0.3, 0.72 * L), vec2(0.14, -0.3 * L),
                               vec2(-0.05, -0.3 * L), vec2(-0.08, -0.06), vec3(0.0), hr, f2));
    far = min(beast_leg(q, vec2(-0.24, 0.7 * L), vec2(-0.05, -0.32 * L), vec2(0.02, -0.27 * L),
                        vec2(-0.07, -0.07), vec3(0.0), fr, f3),
              beast_leg(q, vec2(0.24, 0.72 * L), vec2(0.1, -0.3 * L), vec2(0.02, -0.3 * L),
                        vec2(-0.08, -0.06), vec3(0.0), hr, f4));
    d = smin(d, legs, 0.05);
    vec2 nq = rot_small(head) * (q - vec2(-0.32, 0.86 * L));
#if LAND_KIND == 1
    d = smin(d, sd_taper(nq, vec2(0.0), vec2(-0.17, 0.26), 0.2, 0.13), 0.08);   // the ruff
#else
    d = smin(d, sd_taper(nq, vec2(0.0), vec2(-0.17, 0.28), 0.15, 0.1), 0.08);
#endif
    vec2 hq = nq - vec2(-0.24, 0.3);
    float hd = sd_ellipse(hq, vec2(0.12, 0.105));
#if LAND_KIND == 1
    // the wolf: a long narrow muzzle, ears pricked
    hd = smin(hd, sd_taper(hq, vec2(-0.08, -0.02), vec2(-0.27, -0.06), 0.07, 0.04), 0.05);
    vec2 eq = hq - vec2(0.04, 0.07);
    float ear = sd_triangle_iso(rot_small(0.3 - 0.3 * flick) * eq - vec2(0.0, 0.14),
                                vec2(0.05, 0.12));
    // a bushy tail, hanging
    vec2 tq = rot_small(0.2 * tail) * (q - vec2(0.46, 0.88 * L));
    float tl = sd_bent_tube(rot2(1.15) * tq, 0.55, 0.3, vec3(0.015, 6.0, 0.0), 0.055, 0.06);
    tl = smin(tl, sd_ellipse(rot2(1.15) * tq - vec2(0.35, 0.05), vec2(0.2, 0.07)), 0.08);
#else
    // the dog: a blunt muzzle under a clear brow, soft ears falling to the cheek
    hd = smin(hd, sd_taper(hq, vec2(-0.09, -0.04), vec2(-0.23, -0.06), 0.068, 0.056), 0.04);
    vec2 eq = hq - vec2(0.03, 0.04);
    float ear = sd_ellipse(rot_small(-0.25 + 0.35 * flick) * eq - vec2(0.02, -0.1),
                           vec2(0.055, 0.12));
    fold = abs(ear) + 0.002;
    // a feathered tail, raised and wagging
    vec2 tq = rot_small(0.3 * tail) * (q - vec2(0.44, 0.88 * L));
    float tl = sd_bent_tube(rot2(-0.7) * tq, 0.45, 0.7, vec3(0.0), 0.04, 0.028);
#endif
    d = min(smin(d, hd, 0.05), ear);
    d = smin(d, tl, 0.04);
    eye = hq - vec2(-0.06, 0.03);
#elif LAND_KIND == 2
    // horse: a deep chest, long legs with hocks and hooves, an arched neck with a mane, a long
    // head, a flowing tail
    d = beast_body(q, vec4(-0.42, 1.02, 0.22, 0.27), vec4(0.0, 1.0, 0.52, 0.24),
                   vec4(0.4, 1.06, 0.26, 0.27), 0.12);
    d = smin(d, sd_ellipse(q - vec2(-0.28, 1.2), vec2(0.2, 0.1)), 0.1);   // withers
    vec4 fr = vec4(0.09, 0.055, 0.036, 0.045), hr = vec4(0.12, 0.05, 0.036, 0.045);
    legs = beast_leg(q, vec2(-0.42, 0.86), vec2(0.0, -0.38), vec2(0.01, -0.32),
                     vec2(-0.05, -0.12), step, fr, f1);
    legs = min(legs, beast_leg(q, vec2(0.4, 0.88), vec2(0.12, -0.4), vec2(-0.03, -0.31),
                               vec2(-0.05, -0.12), vec3(0.0), hr, f2));
    far = min(beast_leg(q, vec2(-0.32, 0.86), vec2(-0.06, -0.37), vec2(0.03, -0.33),
                        vec2(-0.05, -0.12), vec3(0.0), fr, f3),
              beast_leg(q, vec2(0.32, 0.88), vec2(0.08, -0.4), vec2(0.02, -0.31),
                        vec2(-0.05, -0.12), vec3(0.0), hr, f4));
    legs = min(legs, min(beast_hoof(q, f1, 0.045), beast_hoof(q, f2, 0.045)));
    far = min(far, min(beast_hoof(q, f3, 0.045), beast_hoof(q, f4, 0.045)));
    d = smin(d, legs, 0.05);
    vec2 nq = rot_small(head) * (q - vec2(-0.44, 1.12));
    float nk = sd_taper(nq, vec2(0.0), vec2(-0.32, 0.54), 0.21, 0.1);
    nk = smin(nk, sd_ellipse(rot_small(-0.55) * (nq - vec2(-0.12, 0.36)), vec2(0.1, 0.2)), 0.08);
    d = smin(d, nk, 0.08);
    vec2 hq = nq - vec2(-0.34, 0.58);
    // the head: a long face from the poll down to the muzzle, the jowl round at the throat
    float hd = sd_taper(hq, vec2(-0.02, 0.0), vec2(-0.27, -0.33), 0.085, 0.062);
    hd = smin(hd, sd_ellipse(hq - vec2(0.02, -0.1), vec2(0.1, 0.09)), 0.06);
    hd = smin(hd, sd_ellipse(hq - vec2(-0.26, -0.34), vec2(0.07, 0.06)), 0.04);
    float ear = sd_triangle_iso(rot_small(0.2 - 0.3 * flick) * (hq - vec2(0.05, 0.08))
                                - vec2(0.0, 0.1), vec2(0.03, 0.1));
    // the mane along the crest, ragged and stirring
    vec2 mq = nq - vec2(-0.05, 0.06);
    float crest = sd_taper(mq, vec2(0.0, 0.22), vec2(-0.24, 0.56), 0.07, 0.05);
    crest += 0.02 * lsin(mq.y * 60.0 + v_beast_anim2.y * 2.0);
    d = min(smin(d, hd, 0.04), ear);
    d = smin(d, crest, 0.03);
    // the tail falls from the croup, swishing
    vec2 tq = rot_small(0.18 * tail) * (q - vec2(0.62, 1.16));
    float tl = sd_bent_tube(rot2(0.75) * tq, 0.78, -0.55,
                            vec3(0.03, 5.0, v_beast_anim2.y * 3.0), 0.04, 0.065);
    d = smin(d, tl, 0.05);
    eye = hq - vec2(-0.03, -0.04);
#elif LAND_KIND == 4
    // cat: long and low on short legs, a round head set close to the shoulders, pointed
    // ears, a long tail held up in a curve
    d = beast_body(q, vec4(-0.27, 0.44, 0.14, 0.14), vec4(0.0, 0.43, 0.35, 0.115),
                   vec4(0.27, 0.46, 0.16, 0.15), 0.08);
    vec4 fr = vec4(0.055, 0.032, 0.028, 0.034), hr = vec4(0.1, 0.035, 0.03, 0.034);
    legs = beast_leg(q, vec2(-0.29, 0.36), vec2(0.0, -0.18), vec2(0.01, -0.14),
                     vec2(-0.06, -0.03), step, fr, f1);
    legs = min(legs, beast_leg(q, vec2(0.28, 0.4), vec2(0.12, -0.18), vec2(-0.05, -0.17),
                               vec2(-0.06, -0.03), vec3(0.0), hr, f2));
    far = min(beast_leg(q, vec2(-0.2, 0.36), vec2(-0.04, -0.18), vec2(0.02, -0.14),
                        vec2(-0.06, -0.03), vec3(0.0), fr, f3),
              beast_leg(q, vec2(0.22, 0.4), vec2(0.08, -0.18), vec2(0.02, -0.17),
                        vec2(-0.06, -0.03), vec3(0.0), hr, f4));
    d = smin(d, legs, 0.04);
    vec2 hq = rot_small(head) * (q - vec2(-0.44, 0.58));
    float hd = sd_ellipse(hq, vec2(0.115, 0.1));
    hd = smin(hd, sd_ellipse(hq - vec2(-0.09, -0.035), vec2(0.055, 0.045)), 0.03);
    float ear = sd_triangle_iso(rot_small(-0.2 + 0.3 * flick) * (hq - vec2(0.02, 0.06))
                                - vec2(0.0, 0.13), vec2(0.055, 0.11));
    ear = min(ear, sd_triangle_iso(rot_small(0.25) * (hq - vec2(0.08, 0.05))
                                   - vec2(0.0, 0.12), vec2(0.05, 0.1)));
    d = smin(d, hd, 0.07);
    d = min(d, ear);
    vec2 tq = rot_small(0.15 * tail) * (q - vec2(0.4, 0.5));
    float tl = sd_bent_tube(rot2(-1.2) * tq, 0.62, 0.45,
                            vec3(0.025, 5.0, v_beast_anim2.y * 2.0), 0.035, 0.03);
    d = smin(d, tl, 0.03);
    eye = hq - vec2(-0.06, 0.02);
#elif LAND_KIND == 5
    // elephant: a vast body highest at the shoulder, a sagging belly, pillar legs, a great
    // ear fanning, the trunk swinging, tusks
    d = beast_body(q, vec4(-0.28, 1.12, 0.36, 0.38), vec4(0.05, 1.02, 0.52, 0.33),
                   vec4(0.38, 1.0, 0.3, 0.33), 0.15);
    d = smin(d, sd_ellipse(q - vec2(-0.2, 1.33), vec2(0.3, 0.17)), 0.12);  // the shoulder's dome
    d = smin(d, sd_ellipse(q - vec2(0.05, 0.78), vec2(0.33, 0.14)), 0.1);  // the belly
    vec4 fr = vec4(0.16, 0.13, 0.125, 0.14), hr = vec4(0.19, 0.13, 0.125, 0.14);
    legs = beast_leg(q, vec2(-0.36, 0.82), vec2(0.0, -0.42), vec2(0.0, -0.34),
                     vec2(-0.02, -0.06), step * 0.5, fr, f1);
    legs = min(legs, beast_leg(q, vec2(0.36, 0.82), vec2(0.06, -0.42), vec2(-0.02, -0.34),
                               vec2(-0.01, -0.06), vec3(0.0), hr, f2));
    far = min(beast_leg(q, vec2(-0.22, 0.82), vec2(-0.03, -0.42), vec2(0.03, -0.34),
                        vec2(-0.02, -0.06), vec3(0.0), fr, f3),
              beast_leg(q, vec2(0.24, 0.82), vec2(0.04, -0.42), vec2(-0.01, -0.34),
                        vec2(-0.01, -0.06), vec3(0.0), hr, f4));
    d = smin(d, legs, 0.1);
    vec2 hq = rot_small(head * 0.5) * (q - vec2(-0.64, 1.24));
    float hd = sd_ellipse(hq, vec2(0.25, 0.27));
    hd = smin(hd, sd_ellipse(hq - vec2(-0.15, -0.14), vec2(0.15, 0.18)), 0.08);
    // the trunk hangs from the face and swings, its tip curling forward
    vec2 tq = rot_small(-0.15 * v_beast_anim2.y) * (hq - vec2(-0.24, -0.2));
    float trunk = sd_bent_tube(rot2(1.66) * tq, 0.95, -0.14,
                               vec3(0.03, 4.0, v_beast_anim2.y), 0.11, 0.045);
    hd = smin(hd, trunk, 0.08);
    d = smin(d, hd, 0.12);
    // tusks, curving forward and up
    float tusk = sd_bent_tube(rot2(2.2) * (hq - vec2(-0.2, -0.24)), 0.36, -1.1,
                              vec3(0.0), 0.035, 0.012);
    // the ear, a great flap over the neck, fanning slowly; its edge reaches past the outline
    vec2 eq = hq - vec2(0.2, -0.02);
    eq.x /= 1.0 + 0.1 * v_beast_anim2.y;
    float ear = sd_ellipse(rot_small(0.25) * eq - vec2(0.03, -0.05), vec2(0.21, 0.3));
    ear = smin(ear, sd_ellipse(eq - vec2(0.08, -0.26), vec2(0.1, 0.14)), 0.08);
    d = min(min(d, tusk), ear);
    vec2 wq = q - vec2(0.62, 1.16);
    float tl = sd_bent_tube(rot2(1.3 - 0.15 * tail) * wq, 0.5, 0.1, vec3(0.0), 0.025, 0.018);
    d = smin(d, tl, 0.03);
    eye = hq - vec2(-0.13, 0.04);
    fold = abs(ear) + 0.002;
#elif LAND_KIND == 6
    // camel: a short deep body under one great hump, long knobby-kneed legs on broad pads, a
    // neck that swoops low and rises to a small head held level
    d = beast_body(q, vec4(-0.32, 1.2, 0.22, 0.25), vec4(0.0, 1.22, 0.47, 0.24),
                   vec4(0.34, 1.25, 0.22, 0.24), 0.1);
    d = smin(d, sd_ellipse(q - vec2(0.0, 1.46), vec2(0.3, 0.26)), 0.12);   // the hump
    vec4 fr = vec4(0.08, 0.05, 0.034, 0.045), hr = vec4(0.13, 0.05, 0.034, 0.045);
    legs = beast_leg(q, vec2(-0.34, 1.08), vec2(0.0, -0.5), vec2(0.01, -0.45),
                     vec2(-0.06, -0.1), step, fr, f1);
    legs = min(legs, beast_leg(q, vec2(0.33, 1.12), vec2(0.13, -0.5), vec2(-0.05, -0.47),
                               vec2(-0.06, -0.1), vec3(0.0), hr, f2));
    far = min(beast_leg(q, vec2(-0.24, 1.08), vec2(-0.06, -0.5), vec2(0.04, -0.45),
                        vec2(-0.06, -0.1), vec3(0.0), fr, f3),
              beast_leg(q, vec2(0.25, 1.12), vec2(0.08, -0.5), vec2(0.02, -0.47),
                        vec2(-0.06, -0.1), vec3(0.0), hr, f4));
    legs = min(legs, min(sd_ellipse(q - f1 - vec2(-0.03, 0.02), vec2(0.07, 0.03)),
                         sd_ellipse(q - f2 - vec2(-0.03, 0.02), vec2(0.07, 0.03))));
    d = smin(d, legs, 0.05);
    vec2 nq = rot_small(head) * (q - vec2(-0.4, 1.26));
    float nk = smin(sd_taper(nq, vec2(0.0), vec2(-0.3, -0.08), 0.15, 0.09),
                    sd_taper(nq, vec2(-0.3, -0.08), vec2(-0.46, 0.34), 0.09, 0.07), 0.08);
    d = smin(d, nk, 0.08);
    vec2 hq = nq - vec2(-0.5, 0.38);
    float hd = sd_ellipse(hq, vec2(0.1, 0.075));
    hd = smin(hd, sd_taper(hq, vec2(-0.04, -0.01), vec2(-0.22, -0.04), 0.065, 0.045), 0.05);
    float ear = sd_ellipse(rot_small(-0.5 + 0.4 * flick) * (hq - vec2(0.07, 0.07)), vec2(0.025, 0.05));
    d = min(smin(d, hd, 0.04), ear);
    vec2 tq = rot_small(0.15 * tail) * (q - vec2(0.5, 1.3));
    d = smin(d, sd_bent_tube(rot2(1.35) * tq, 0.42, 0.2, vec3(0.0), 0.03, 0.025), 0.03);
    eye = hq - vec2(-0.05, 0.03);
#elif LAND_KIND == 7
    // cow: a long deep barrel under a level back, the hip bones standing out, short stout
    // legs on cloven hooves, an udder, a broad head held low with short horns and ears
    // out to the side, a dewlap, a thin tail ending in a tuft
    d = beast_body(q, vec4(-0.44, 0.92, 0.24, 0.28), vec4(0.0, 0.93, 0.58, 0.27),
                   vec4(0.44, 0.98, 0.25, 0.26), 0.12);
    d = smin(d, sd_box(q - vec2(0.0, 1.08), vec2(0.45, 0.1)) - 0.04, 0.1);   // the level back
    d = smin(d, sd_ellipse(q - vec2(0.4, 1.18), vec2(0.1, 0.06)), 0.06);     // the hooks
    d = smin(d, sd_ellipse(q - vec2(0.24, 0.64), vec2(0.12, 0.08)), 0.06);   // the udder
    vec4 fr = vec4(0.12, 0.072, 0.058, 0.06), hr = vec4(0.16, 0.07, 0.056, 0.06);
    legs = beast_leg(q, vec2(-0.46, 0.76), vec2(0.0, -0.34), vec2(0.01, -0.26),
                     vec2(-0.04, -0.1), step * 0.7, fr, f1);
    legs = min(legs, beast_leg(q, vec2(0.46, 0.8), vec2(0.1, -0.32), vec2(-0.04, -0.3),
                               vec2(-0.04, -0.1), vec3(0.0), hr, f2));
    far = min(beast_leg(q, vec2(-0.34, 0.76), vec2(-0.04, -0.34), vec2(0.03, -0.26),
                        vec2(-0.04, -0.1), vec3(0.0), fr, f3),
              beast_leg(q, vec2(0.36, 0.8), vec2(0.07, -0.32), vec2(0.0, -0.3),
                        vec2(-0.04, -0.1), vec3(0.0), hr, f4));
    legs = min(legs, min(beast_hoof(q, f1, 0.05), beast_hoof(q, f2, 0.05)));
    far = min(far, min(beast_hoof(q, f3, 0.05), beast_hoof(q, f4, 0.05)));
    d = smin(d, legs, 0.05);
    vec2 nq = rot_small(head) * (q - vec2(-0.55, 1.0));
    float nk = sd_taper(nq, vec2(0.0), vec2(-0.26, 0.06), 0.24, 0.15);
    nk = smin(nk, sd_ellipse(rot_small(0.5) * (nq - vec2(-0.1, -0.17)), vec2(0.17, 0.09)),
              0.1);   // the dewlap
    d = smin(d, nk, 0.08);
    vec2 hq = nq - vec2(-0.3, 0.1);
    // the head: a broad brow tapering to a wide square muzzle, held forward and down
    float hd = sd_taper(hq, vec2(0.0, 0.02), vec2(-0.13, -0.28), 0.125, 0.09);
    hd = smin(hd, sd_ellipse(hq - vec2(-0.15, -0.32), vec2(0.095, 0.07)), 0.05);
    // ears straight out to the side under short horns curving up and forward
    vec2 eq = rot_small(0.3 - 0.4 * flick) * (hq - vec2(0.05, -0.03));
    float ear = sd_ellipse(eq - vec2(0.12, 0.0), vec2(0.12, 0.045));
    float horn = sd_bent_tube(rot2(-1.2) * (hq - vec2(0.03, 0.1)), 0.17, 2.6, vec3(0.0),
                              0.032, 0.012);
    d = min(smin(d, hd, 0.05), min(ear, horn));
    fold = abs(ear) + 0.002;
    // the thin tail hangs from the tailhead to the hock and swishes, a tuft at its end
    vec2 tq = rot_small(0.12 * tail) * (q - vec2(0.66, 1.12));
    float tl = sd_bent_tube(rot2(1.45) * tq, 0.62, 0.08, vec3(0.015, 6.0, v_beast_anim2.y),
                            0.025, 0.015);
    tl = min(tl, sd_ellipse(rot2(1.45) * tq - vec2(0.66, 0.03), vec2(0.09, 0.04)));
    d = smin(d, tl, 0.03);
    eye = hq - vec2(-0.07, -0.02);
#elif LAND_KIND == 8
    // sheep: a round fleece as a soft lumpy outline over the body and the tops of the legs,
    // thin dark legs below it, a narrow bare face held forward with ears out to the side, a
    // short woolly tail
    vec2 wq = q - vec2(0.02, 0.76);
    float lumps = lsin(q.x * 34.0 + 1.3) * lsin(q.y * 31.0 + 0.4 * q.x * 34.0);
    float wool = sd_ellipse(wq, vec2(0.5, 0.29 + v_beast_anim.x));
    wool = smin(wool, sd_ellipse(q - vec2(-0.36, 0.82), vec2(0.2, 0.24)), 0.1);   // the chest
    wool = smin(wool, sd_ellipse(q - vec2(0.34, 0.8), vec2(0.2, 0.24)), 0.1);     // the rump
    wool += 0.02 * (lumps + 1.0) - 0.03;
    vec4 fr = vec4(0.05, 0.032, 0.026, 0.03), hr = vec4(0.07, 0.034, 0.026, 0.03);
    legs = beast_leg(q, vec2(-0.34, 0.6), vec2(0.0, -0.28), vec2(0.01, -0.22),
                     vec2(-0.03, -0.07), step * 0.6, fr, f1);
    legs = min(legs, beast_leg(q, vec2(0.34, 0.62), vec2(0.08, -0.27), vec2(-0.04, -0.24),
                               vec2(-0.03, -0.08), vec3(0.0), hr, f2));
    far = min(beast_leg(q, vec2(-0.24, 0.6), vec2(-0.04, -0.28), vec2(0.03, -0.22),
                        vec2(-0.03, -0.07), vec3(0.0), fr, f3),
              beast_leg(q, vec2(0.26, 0.62), vec2(0.06, -0.27), vec2(0.0, -0.24),
                        vec2(-0.03, -0.08), vec3(0.0), hr, f4));
    legs = min(legs, min(beast_hoof(q, f1, 0.028), beast_hoof(q, f2, 0.028)));
    far = min(far, min(beast_hoof(q, f3, 0.028), beast_hoof(q, f4, 0.028)));
    // the bare face: a tapering head from the poll to a narrow muzzle
    wool = smin(wool, sd_ellipse(q - vec2(-0.46, 0.94), vec2(0.15, 0.16)), 0.08);   // the neck
    vec2 hq = rot_small(head) * (q - vec2(-0.62, 1.0));
    float hd = sd_ellipse(hq - vec2(0.0, -0.01), vec2(0.1, 0.09));
    hd = smin(hd, sd_taper(hq, vec2(-0.02, -0.02), vec2(-0.15, -0.21), 0.085, 0.058), 0.05);
    vec2 eq = rot_small(0.35 - 0.45 * flick) * (hq - vec2(0.04, 0.0));
    float ear = sd_ellipse(eq - vec2(0.1, 0.0), vec2(0.1, 0.034));
    // a woolly cap on the poll, and the short tail
    float cap = sd_ellipse(hq - vec2(0.05, 0.06), vec2(0.08, 0.06)) + 0.008 * (lumps + 1.0);
    vec2 tq = rot_small(0.15 * tail) * (q - vec2(0.5, 0.86));
    float tl = sd_ellipse(rot2(1.2) * tq - vec2(0.08, 0.0), vec2(0.1, 0.055)) + 0.008 * lumps;
    wool = min(smin(wool, cap, 0.04), smin(wool, tl, 0.04));
    float face = min(hd, ear);
    d = min(min(wool, face), legs);
    // the fleece is over the legs' tops, the face in front of it
    g_wool = land_fill(wool, 0.012) * smoothstep(-0.012, 0.012, face);
    // curls: the rim light catches the folds between the fleece's lumps
    fold = abs(lsin(q.x * 34.0 + 2.9) * lsin(q.y * 31.0 + 1.4 + 0.4 * q.x * 34.0)) * 0.04
         + 1e3 * (1.0 - g_wool);
    eye = hq - vec2(-0.06, -0.03);
#elif LAND_KIND == 9
    // pig: a long round barrel with a deep jowl and a round rump on short legs, a big head
    // with little neck ending in a flat snout, ears flopping forward, a curly tail
    d = beast_body(q, vec4(-0.34, 0.6, 0.24, 0.26), vec4(0.02, 0.62, 0.55, 0.26),
                   vec4(0.36, 0.64, 0.24, 0.27), 0.14);
    vec4 fr = vec4(0.1, 0.058, 0.046, 0.045), hr = vec4(0.13, 0.06, 0.046, 0.045);
    legs = beast_leg(q, vec2(-0.36, 0.44), vec2(0.0, -0.2), vec2(0.01, -0.15),
                     vec2(-0.03, -0.06), step * 0.5, fr, f1);
    legs = min(legs, beast_leg(q, vec2(0.38, 0.46), vec2(0.06, -0.2), vec2(-0.03, -0.16),
                               vec2(-0.03, -0.06), vec3(0.0), hr, f2));
    far = min(beast_leg(q, vec2(-0.26, 0.44), vec2(-0.03, -0.2), vec2(0.03, -0.15),
                        vec2(-0.03, -0.06), vec3(0.0), fr, f3),
              beast_leg(q, vec2(0.28, 0.46), vec2(0.04, -0.2), vec2(0.0, -0.16),
                        vec2(-0.03, -0.06), vec3(0.0), hr, f4));
    legs = min(legs, min(beast_hoof(q, f1, 0.035), beast_hoof(q, f2, 0.035)));
    far = min(far, min(beast_hoof(q, f3, 0.035), beast_hoof(q, f4, 0.035)));
    d = smin(d, legs, 0.05);
    vec2 hq = rot_small(head) * (q - vec2(-0.6, 0.66));
    float hd = sd_ellipse(hq, vec2(0.17, 0.16));
    hd = smin(hd, sd_ellipse(hq - vec2(0.02, -0.1), vec2(0.15, 0.1)), 0.06);   // the jowl
    hd = smin(hd, sd_taper(hq, vec2(-0.08, -0.02), vec2(-0.27, -0.07), 0.1, 0.065), 0.06);
    // the snout's flat disc
    vec2 sq = rot_small(-0.25) * (hq - vec2(-0.3, -0.08));
    float disc = sd_ellipse(sq, vec2(0.03, 0.07));
    hd = smin(hd, disc, 0.02);
    d = smin(d, hd, 0.1);
    // a big ear rising from the crown and flopping forward, flicking
    vec2 eq = rot_small(-0.7 + 0.25 * flick) * (hq - vec2(0.03, 0.08));
    float ear = sd_triangle_iso(eq - vec2(0.0, 0.19), vec2(0.085, 0.18)) - 0.015;
    d = min(d, ear);
    // the tail: a short stem and a curl, twitching
    vec2 tq = q - vec2(0.58, 0.72) - vec2(0.02, 0.015) * tail;
    float tl = min(abs(length(tq - vec2(0.07, 0.02)) - 0.045) - 0.011,
                   sd_capsule(tq, vec2(-0.04, 0.0), vec2(0.03, 0.05), 0.013));
    d = min(d, tl);
    fold = min(abs(ear), abs(disc) + 0.004) + 0.002;
    eye = hq - vec2(-0.07, 0.04);
#elif LAND_KIND == 10
    // goat: a lean angular body with a straight back, hip and shoulder bones showing, slim legs
    // on small hooves, a neck held up, a long face with a beard, ridged horns sweeping back,
    // ears out to the side, a short tail flicked up
    d = beast_body(q, vec4(-0.3, 0.76, 0.19, 0.22), vec4(0.0, 0.76, 0.42, 0.2),
                   vec4(0.3, 0.8, 0.19, 0.21), 0.08);
    d = smin(d, sd_ellipse(q - vec2(0.3, 0.96), vec2(0.09, 0.05)), 0.05);   // the hip bone
    vec4 fr = vec4(0.07, 0.036, 0.028, 0.028), hr = vec4(0.1, 0.038, 0.028, 0.028);
    legs = beast_leg(q, vec2(-0.32, 0.64), vec2(0.0, -0.28), vec2(0.01, -0.24),
                     vec2(-0.04, -0.08), step, fr, f1);
    legs = min(legs, beast_leg(q, vec2(0.31, 0.66), vec2(0.1, -0.27), vec2(-0.04, -0.27),
                               vec2(-0.04, -0.09), vec3(0.0), hr, f2));
    far = min(beast_leg(q, vec2(-0.24, 0.64), vec2(-0.04, -0.28), vec2(0.03, -0.24),
                        vec2(-0.04, -0.08), vec3(0.0), fr, f3),
              beast_leg(q, vec2(0.24, 0.66), vec2(0.07, -0.27), vec2(0.01, -0.27),
                        vec2(-0.04, -0.09), vec3(0.0), hr, f4));
    legs = min(legs, min(beast_hoof(q, f1, 0.028), beast_hoof(q, f2, 0.028)));
    far = min(far, min(beast_hoof(q, f3, 0.028), beast_hoof(q, f4, 0.028)));
    d = smin(d, legs, 0.04);
    vec2 nq = rot_small(head) * (q - vec2(-0.32, 0.84));
    d = smin(d, sd_taper(nq, vec2(0.0), vec2(-0.12, 0.22), 0.15, 0.09), 0.07);
    vec2 hq = nq - vec2(-0.16, 0.28);
    // the head: a long face sloping to a narrow muzzle, a beard under the chin
    float hd = sd_ellipse(hq, vec2(0.095, 0.08));
    hd = smin(hd, sd_taper(hq, vec2(-0.03, -0.01), vec2(-0.19, -0.18), 0.07, 0.045), 0.04);
    vec2 bq = hq - vec2(-0.12, -0.18);
    float beard = sd_triangle_iso(vec2(bq.x + 0.3 * bq.y, -bq.y + 0.02), vec2(0.045, 0.15));
    hd = smin(hd, beard, 0.02);
    float ear = sd_ellipse(rot_small(0.3 - 0.5 * flick) * (hq - vec2(0.05, 0.0))
                           - vec2(0.08, 0.0), vec2(0.08, 0.028));
    // the horns sweep up and back from the brow in an arc, thinning to the tip
    vec2 rq = hq - vec2(0.19, 0.06);
    float horn = abs(length(rq) - 0.18) - (0.01 + 0.024 * clamp(-rq.x / 0.18, 0.0, 1.0));
    horn = max(horn, max(-rq.y, rq.x - 0.1));
    d = min(smin(d, hd, 0.04), min(ear, horn));
    vec2 tq = rot_small(0.5 * tail) * (q - vec2(0.46, 0.92));
    d = smin(d, sd_ellipse(rot2(-0.5) * tq - vec2(0.06, 0.0), vec2(0.07, 0.03)), 0.03);
    fold = min(abs(ear), abs(horn)) + 0.002;
    eye = hq - vec2(-0.05, 0.02);
#elif LAND_KIND == 11
    // rabbit: sitting hunched, a round haunch over a long hind foot flat on the ground, short
    // forelegs, a round head with long ears standing up and flicking, a pale puff of a tail
    d = sd_ellipse(q - vec2(0.16, 0.3), vec2(0.3, 0.27 + v_beast_anim.x));
    d = smin(d, sd_ellipse(q - vec2(-0.1, 0.34), vec2(0.22, 0.21)), 0.12);
    legs = sd_ellipse(q - vec2(0.06, 0.05), vec2(0.24, 0.05));                 // the hind foot
    legs = min(legs, sd_capsule(q, vec2(-0.2, 0.26), vec2(-0.24, 0.04), 0.04));
    legs = min(legs, sd_ellipse(q - vec2(-0.27, 0.03), vec2(0.06, 0.03)));    // the forepaw
    far = min(sd_capsule(q, vec2(-0.13, 0.24), vec2(-0.16, 0.04), 0.035),
              sd_ellipse(q - vec2(-0.19, 0.03), vec2(0.055, 0.03)));
    d = smin(d, legs, 0.04);
    vec2 hq = rot_small(head) * (q - vec2(-0.32, 0.58));
    float hd = sd_ellipse(hq, vec2(0.16, 0.13));
    hd = smin(hd, sd_ellipse(hq - vec2(-0.12, -0.05), vec2(0.08, 0.07)), 0.05);   // the muzzle
    d = smin(d, hd, 0.08);
    // the ears: long, upright, leaning back; the near one flicks
    vec2 eq = rot_small(-0.3 + 0.35 * flick) * (hq - vec2(0.06, 0.08));
    float ear = sd_ellipse(eq - vec2(0.0, 0.22), vec2(0.055, 0.22));
    vec2 e2 = rot_small(-0.5) * (hq - vec2(0.1, 0.07));
    far = min(far, sd_ellipse(e2 - vec2(0.0, 0.2), vec2(0.05, 0.2)));
    // the tail, a puff, twitching
    float puff = sd_ellipse(q - vec2(0.44, 0.36) - vec2(0.0, 0.015) * tail, vec2(0.07, 0.065));
    d = min(min(d, ear), puff);
    g_wool = land_fill(puff, 0.012);
    fold = abs(ear) + 0.002;
    eye = hq - vec2(-0.05, 0.03);
#elif LAND_KIND == 12
    // bear: a massive body under a hump of muscle at the shoulder, the rump lower, thick legs
    // walking flat on broad paws, a big head with a short muzzle and round ears, held low
    d = beast_body(q, vec4(-0.3, 0.72, 0.26, 0.3), vec4(0.0, 0.7, 0.5, 0.28),
                   vec4(0.32, 0.72, 0.26, 0.28), 0.14);
    d = smin(d, sd_ellipse(q - vec2(-0.26, 0.98), vec2(0.22, 0.12)), 0.12);   // the hump
    // shaggy fur along the outline
    d += 0.004 * lsin(q.x * 95.0 + q.y * 40.0) * smoothstep(0.5, 0.9, q.y);
    vec4 fr = vec4(0.13, 0.09, 0.075, 0.07), hr = vec4(0.15, 0.09, 0.075, 0.07);
    legs = beast_leg(q, vec2(-0.34, 0.56), vec2(0.0, -0.28), vec2(0.0, -0.2),
                     vec2(-0.06, -0.03), step * 0.6, fr, f1);
    legs = min(legs, beast_leg(q, vec2(0.36, 0.58), vec2(0.07, -0.28), vec2(-0.02, -0.22),
                               vec2(-0.08, -0.03), vec3(0.0), hr, f2));
    far = min(beast_leg(q, vec2(-0.22, 0.56), vec2(-0.03, -0.28), vec2(0.02, -0.2),
                        vec2(-0.06, -0.03), vec3(0.0), fr, f3),
              beast_leg(q, vec2(0.26, 0.58), vec2(0.05, -0.28), vec2(0.0, -0.22),
                        vec2(-0.08, -0.03), vec3(0.0), hr, f4));
    // broad flat paws
    legs = min(legs, min(sd_ellipse(q - f1 - vec2(-0.04, 0.03), vec2(0.1, 0.04)),
                         sd_ellipse(q - f2 - vec2(-0.04, 0.03), vec2(0.1, 0.04))));
    far = min(far, min(sd_ellipse(q - f3 - vec2(-0.04, 0.03), vec2(0.1, 0.04)),
                       sd_ellipse(q - f4 - vec2(-0.04, 0.03), vec2(0.1, 0.04))));
    d = smin(d, legs, 0.06);
    vec2 nq = rot_small(head) * (q - vec2(-0.48, 0.8));
    d = smin(d, sd_taper(nq, vec2(0.0), vec2(-0.18, -0.02), 0.22, 0.16), 0.1);
    vec2 hq = nq - vec2(-0.26, -0.02);
    float hd = sd_ellipse(hq, vec2(0.17, 0.15));
    hd = smin(hd, sd_taper(hq, vec2(-0.08, -0.03), vec2(-0.24, -0.07), 0.085, 0.06), 0.06);
    d = smin(d, hd, 0.06);
    // round ears on top of the head
    vec2 eq = rot_small(0.2 * flick) * (hq - vec2(0.08, 0.14));
    float ear = sd_circle(eq, 0.068);
    d = min(d, ear);
    fold = abs(ear) + 0.002;
    vec2 tq = q - vec2(0.58, 0.82) - vec2(0.0, 0.01) * tail;
    d = smin(d, sd_ellipse(tq, vec2(0.05, 0.04)), 0.04);
    eye = hq - vec2(-0.07, 0.04);
#elif LAND_KIND == 13
    // frog: sitting with its body slanted up to the head, a big eye bulging on top, the hind
    // leg folded in a Z under the haunch with its long foot flat, a straight foreleg, a wide
    // mouth, the throat swelling and falling
    float pulse = 0.5 + 0.5 * v_beast_anim.x / 0.012;
    d = sd_taper(q, vec2(0.12, 0.17), vec2(-0.14, 0.27), 0.13, 0.12);
    vec2 hq = rot_small(head) * (q - vec2(-0.24, 0.3));
    float hd = sd_ellipse(hq, vec2(0.15, 0.09));
    hd = smin(hd, sd_circle(hq - vec2(0.03, 0.1), 0.065), 0.03);                 // the eye
    float throat = sd_ellipse(hq - vec2(-0.04, -0.08), vec2(0.09, 0.03 + 0.025 * pulse));
    d = smin(smin(d, hd, 0.06), throat, 0.03);
    // the hind leg: thigh forward to the knee, shin back to the heel, foot forward again
    float thigh = sd_taper(q, vec2(0.16, 0.12), vec2(-0.04, 0.07), 0.1, 0.05);
    legs = min(thigh, sd_taper(q, vec2(-0.04, 0.07), vec2(0.18, 0.035), 0.045, 0.03));
    legs = min(legs, sd_taper(q, vec2(0.19, 0.025), vec2(-0.12, 0.016), 0.026, 0.016));
    legs = min(legs, sd_taper(q, vec2(-0.17, 0.22), vec2(-0.25, 0.03), 0.035, 0.025));
    legs = min(legs, sd_ellipse(q - vec2(-0.28, 0.02), vec2(0.05, 0.018)));   // the hand
    far = sd_taper(q, vec2(-0.1, 0.2), vec2(-0.15, 0.03), 0.03, 0.022);
    d = min(d, legs);
    fold = min(min(abs(sd_ellipse(hq - vec2(0.03, 0.1), vec2(0.035, 0.035))), abs(thigh)),
               abs(hq.y + 0.025 + 0.3 * hq.x * hq.x) + (hq.x > 0.05 ? 1.0 : 0.0)) + 0.002;
    eye = hq - vec2(0.01, 0.1);
#elif LAND_KIND == 14
    // giraffe: a short body sloping from high withers to a low rump, very long slender legs, a
    // long neck rising steeply to a small head with ossicones and ears, a tufted tail; a coat
    // of patches between light lines
    d = beast_body(q, vec4(-0.3, 1.62, 0.24, 0.26), vec4(0.0, 1.55, 0.42, 0.22),
                   vec4(0.32, 1.5, 0.2, 0.21), 0.1);
    vec4 fr = vec4(0.08, 0.045, 0.032, 0.04), hr = vec4(0.1, 0.045, 0.032, 0.04);
    legs = beast_leg(q, vec2(-0.32, 1.42), vec2(0.0, -0.72), vec2(0.01, -0.55),
                     vec2(-0.05, -0.12), step * 0.5, fr, f1);
    legs = min(legs, beast_leg(q, vec2(0.32, 1.4), vec2(0.12, -0.62), vec2(-0.05, -0.62),
                               vec2(-0.05, -0.12), vec3(0.0), hr, f2));
    far = min(beast_leg(q, vec2(-0.22, 1.42), vec2(-0.05, -0.72), vec2(0.03, -0.55),
                        vec2(-0.05, -0.12), vec3(0.0), fr, f3),
              beast_leg(q, vec2(0.24, 1.4), vec2(0.08, -0.62), vec2(0.01, -0.62),
                        vec2(-0.05, -0.12), vec3(0.0), hr, f4));
    legs = min(legs, min(beast_hoof(q, f1, 0.04), beast_hoof(q, f2, 0.04)));
    far = min(far, min(beast_hoof(q, f3, 0.04), beast_hoof(q, f4, 0.04)));
    d = smin(d, legs, 0.05);
    vec2 nq = rot_small(head * 0.6) * (q - vec2(-0.36, 1.72));
    d = smin(d, sd_taper(nq, vec2(0.0), vec2(-0.42, 0.95), 0.19, 0.07), 0.1);
    // a short mane along the back of the neck
    float mane = sd_taper(nq, vec2(0.1, 0.2), vec2(-0.32, 1.05), 0.035, 0.025);
    d = smin(d, mane, 0.04);
    vec2 hq = nq - vec2(-0.46, 1.02);
    float hd = sd_taper(hq, vec2(0.02, 0.0), vec2(-0.24, -0.08), 0.075, 0.045);
    d = smin(d, hd, 0.04);
    float horn = min(sd_capsule(hq, vec2(0.0, 0.04), vec2(0.02, 0.16), 0.016),
                     sd_circle(hq - vec2(0.02, 0.17), 0.026));
    float ear = sd_ellipse(rot_small(0.4 - 0.4 * flick) * (hq - vec2(0.05, 0.04))
                           - vec2(0.08, 0.0), vec2(0.075, 0.025));
    d = min(d, min(horn, ear));
    vec2 tq = rot_small(0.15 * tail) * (q - vec2(0.5, 1.6));
    float tl = sd_bent_tube(rot2(1.35) * tq, 0.6, 0.1, vec3(0.0), 0.02, 0.014);
    tl = min(tl, sd_ellipse(rot2(1.35) * tq - vec2(0.64, 0.02), vec2(0.08, 0.035)));
    d = smin(d, tl, 0.03);
    // the coat: patches between light lines, on the body, neck and upper legs
    vec2 cq = q * 9.0;
    float net = abs(lsin(cq.x + 0.7 * lsin(cq.y * 1.3))) * abs(lsin(cq.y + 0.6 * lsin(cq.x * 1.1)));
    g_wool = (1.0 - smoothstep(0.05, 0.16, net)) * smoothstep(0.7, 1.0, q.y);
    fold = abs(ear) + 0.002;
    eye = hq - vec2(-0.06, 0.02);
#elif LAND_KIND == 15
    // mouse (and rat): a low rounded body, a pointed snout, big round ears, tiny legs, a long
    // thin tail lying along the ground and stirring
    d = sd_ellipse(q - vec2(0.02, 0.19), vec2(0.3, 0.16 + v_beast_anim.x));
    d = smin(d, sd_ellipse(q - vec2(0.17, 0.17), vec2(0.16, 0.15)), 0.08);   // the haunch
    vec2 hq = rot_small(head) * (q - vec2(-0.24, 0.22));
    float hd = sd_taper(hq, vec2(0.0), vec2(-0.25, -0.06), 0.12, 0.025);
    d = smin(d, hd, 0.06);
    legs = min(sd_capsule(q, vec2(-0.16, 0.1), vec2(-0.19, 0.015), 0.022),
               sd_capsule(q, vec2(0.16, 0.1), vec2(0.1, 0.015), 0.03));
    far = min(sd_capsule(q, vec2(-0.1, 0.1), vec2(-0.12, 0.015), 0.02),
              sd_capsule(q, vec2(0.2, 0.1), vec2(0.16, 0.015), 0.026));
    d = smin(d, legs, 0.03);
    float ear = sd_circle(rot_small(0.3 * flick) * (hq - vec2(0.04, 0.1)) - vec2(0.0, 0.05), 0.085);
    d = min(d, ear);
    vec2 tq = q - vec2(0.3, 0.12);
    float tl = sd_bent_tube(rot2(0.2) * tq, 0.72, 0.12, vec3(0.02, 7.0, 2.0 * tail), 0.022, 0.007);
    d = smin(d, tl, 0.03);
    fold = abs(ear + 0.02) + 0.002;
    eye = hq - vec2(-0.08, 0.03);
#else
    // monkey: sitting upright on its haunches, long arms resting on its knees, a round head with
    // a pale bare face, a jutting muzzle and ears at the side, a long tail curling up behind
    vec2 bq = rot_small(-0.15) * (q - vec2(0.02, 0.4));
    d = sd_ellipse(bq, vec2(0.15, 0.24 + v_beast_anim.x));
    d = smin(d, sd_ellipse(q - vec2(0.02, 0.15), vec2(0.2, 0.12)), 0.08);    // the haunches
    legs = sd_ellipse(q - vec2(-0.12, 0.03), vec2(0.1, 0.03));               // the foot
    legs = min(legs, sd_taper(q, vec2(0.04, 0.16), vec2(-0.16, 0.2), 0.09, 0.055));   // thigh
    legs = min(legs, sd_limb(q, vec2(-0.04, 0.54), vec2(-0.14, 0.32), vec2(-0.17, 0.18),
                             vec2(-0.2, 0.13), vec4(0.05, 0.035, 0.03, 0.03)));      // arm
    far = sd_limb(q, vec2(0.04, 0.54), vec2(-0.04, 0.32), vec2(-0.08, 0.18),
                  vec2(-0.1, 0.13), vec4(0.045, 0.032, 0.028, 0.028));
    d = smin(d, legs, 0.03);
    vec2 hq = rot_small(head) * (q - vec2(-0.06, 0.74));
    float hd = sd_circle(hq, 0.13);
    hd = smin(hd, sd_ellipse(hq - vec2(-0.12, -0.05), vec2(0.07, 0.055)), 0.04);   // muzzle
    d = smin(d, hd, 0.06);
    float ear = sd_circle(rot_small(0.3 * flick) * (hq - vec2(0.08, 0.01)), 0.045);
    d = min(d, ear);
    vec2 tq = q - vec2(0.16, 0.08);
    float tl = sd_bent_tube(rot2(0.1) * tq, 0.5, 2.2, vec3(0.02, 6.0, 1.5 * tail), 0.03, 0.016);
    d = smin(d, tl, 0.03);
    // the bare face, paler than the fur
    g_wool = land_fill(sd_ellipse(hq - vec2(-0.07, -0.01), vec2(0.08, 0.09)), 0.02);
    fold = abs(ear) + 0.002;
    eye = hq - vec2(-0.08, 0.03);
#endif
    return d;
}

void main() {
    vec2 p = vec2(v_uv.x * v_beast.x, v_uv.y);
    float s = v_beast_at.z;
    vec2 q = (p - v_beast_at.xy) / s;
    q.x *= -v_beast_at.w;                          // drawn facing left; mirrored to face right
    float far, fold;
    vec2 eye;
    float d = beast(q, far, fold, eye) * s;
    far *= s;
    float w = 0.6 / v_beast.y;                     // 1.2 px
    // the key light comes from the upper left
    float slope = creature_slope(d, vec2(-0.8, 0.6), 1.0 / (2.4 * v_beast.y));
    vec3 lw = creature_light(d, slope, w, 0.025);
    vec3 body = v_beast_dark;
#if LAND_KIND == 8
    body = mix(body, v_beast_key * 1.6, 0.7 * g_wool);   // the fleece is pale
#elif LAND_KIND == 11
    body = mix(body, v_beast_key * 1.6, 0.5 * g_wool);   // and a rabbit's tail
#elif LAND_KIND == 14
    body = mix(body, v_beast_key * 1.6, 0.45 * g_wool);  // a giraffe's coat between patches
#elif LAND_KIND == 16
    body = mix(body, v_beast_key * 1.6, 0.5 * g_wool);   // a monkey's bare face
#elif LAND_KIND == 9
    body = mix(body, v_beast_key * 1.6, 0.18);           // a pig's skin is paler
#endif
    vec3 col = creature_colour(lw, body, v_beast_key, v_beast_rim);
    // a fold inside the silhouette catches the rim light
    col += v_beast_rim * (0.25 * exp(-fold * s / w)) * lw.x;
    // the far legs, in shadow behind it
    float fc = land_fill(far, w) * (1.0 - lw.x);
    col += v_beast_dark * 0.6 * fc;
    // the eye: a faint glint
    float e = length(eye) * s;
    col += v_beast_rim * (exp(-e * 900.0) * 1.5) * lw.x;
    // its soft shadow on the ground at its feet
    vec2 sh = q / vec2(BEAST_BOX.z - BEAST_BOX.x, 0.1) * 2.0;
    float shadow = 0.6 * exp(-dot(sh, sh) * 2.0) * (1.0 - lw.x - fc);
    f_color = vec4(col, (lw.x + fc) * v_beast_op + shadow * v_beast_op);
}
#endif
