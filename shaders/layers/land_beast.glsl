#version 330 core
// A creature on a ridge in profile (midground), lit from the left with a soft rim light from
// behind, breathing, its head, ears and tail alive, now and then shifting a foreleg. LAND_KIND
// (the layer's defines in assets/visuals): 0 deer, 1 wolf, 2 horse, 3 dog, 4 cat, 5 elephant,
// 6 camel, 7 cow, 8 sheep, 9 pig, 10 goat, 11 rabbit, 12 bear, 13 frog, 14 giraffe, 15 mouse,
// 16 monkey, 17 an animal of no picture of its own, 18 lizard, 19 tortoise, 20 fox, 21 heron,
// 22 a bird on the ground.
// The standing kinds are one shape, beast_standing(), drawn from each kind's numbers
// (lib/beast_kinds.glsl); the sitting ones (rabbit, frog, mouse, monkey) and the birds on
// their two legs have postures of their own. Body units: facing left (-x), the ground under it at y = 0 (lib/land_creature.glsl's
// shapes); it stands where the compositor stages it (u_place), mirrored to face right.
#include "lib/header.glsl"
#include "lib/beast_kinds.glsl"
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
#if TAIL_MOTION == 1
    float tail = lsin(t * 9.0) * (0.6 + 0.4 * lsin(t * 0.31));     // it wags
#elif TAIL_MOTION == 2
    float tail = beast_now_and_then(t, 7.0, 0.06, ph);             // it flicks now and then
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
    vec3 glow = atmosphere_rim(v_pal_glow) * v_breath;
    // by day a creature's coat is an earthy brown, not the lit land's colour; one of the far
    // plane fades toward the air
#ifdef COAT_COLOUR
    vec3 coat = COAT_COLOUR * (0.12 + 0.2 * u_daylight);   // its own colour, dim by night
#else
    vec3 coat = mix(v_pal_dark, vec3(0.05, 0.036, 0.026), 0.7 * u_daylight);
#endif
    v_beast_dark = mix(coat, v_pal_air, u_place.y < 0.8 ? 0.3 : 0.0) * op;
    v_beast_key = mix(v_pal_light, v_pal_glow, 0.5) * (0.3 * op);
    v_beast_rim = glow * (0.75 * op);
#ifdef COAT_COLOUR
    // the key light takes on the coat's own colour, so that a fox stays red by day, and the
    // rim light pales, so that a grey heron in a red glow is no flamingo
    v_beast_key = mix(v_beast_key, COAT_COLOUR * (2.0 * dot(v_beast_key, vec3(0.333))), 0.75);
    v_beast_rim = mix(v_beast_rim, vec3(dot(v_beast_rim, vec3(0.333))), 0.6);
#endif
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
float g_wool = 1.0;   // how much of this pixel is the paler coat (fleece, patches, a tail)
float g_black = 0.0;  // how much of it is near black (a fox's socks, a heron's crest)

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

// A broad pad under `foot` (offset and radii: FOOT_PAD).
float beast_pad(vec2 q, vec2 foot, vec4 pad) {
    return sd_ellipse(q - foot - pad.xy, pad.zw);
}

#ifdef BEAST_STANDING
// A standing creature from its kind's numbers (lib/beast_kinds.glsl): its distance (body
// units), with the far legs apart in `far` (drawn darker, behind), the distance to a fold
// inside the silhouette in `fold` (an ear's edge) and where its eye is.
float beast_standing(vec2 q, out float far, out float fold, out vec2 eye) {
    float head = v_beast_anim.z * HEAD_TURN;
    float tail = v_beast_anim.y;
    float flick = v_beast_anim2.x;
    float swing = v_beast_anim2.y;
    // the near foreleg paws now and then
    vec3 step = vec3(-0.35, 0.9, 0.1) * (v_beast_anim.w * LEG_STEP);
    float d = beast_body(q, BODY_CHEST, BODY_BARREL, BODY_HAUNCH, BODY_K);
#ifdef BODY_HUMP
    d = smin(d, sd_ellipse(q - BODY_HUMP.xy, BODY_HUMP.zw), BODY_EXTRA_K);
#endif
#ifdef BODY_BELLY
    d = smin(d, sd_ellipse(q - BODY_BELLY.xy, BODY_BELLY.zw), BODY_EXTRA_K);
#endif
#ifdef COAT_FUR
    d += 0.004 * lsin(q.x * 95.0 + q.y * 40.0) * smoothstep(0.5, 0.9, q.y);   // shaggy
#endif
#ifdef COAT_SCALES
    // a serrated crest along the back, from the nape to the root of the tail
    float crest = 1.0 - abs(fract(q.x * 28.0) - 0.5) * 2.0;
    d -= 0.014 * crest * smoothstep(BODY_BARREL.y, BODY_BARREL.y + BODY_BARREL.w, q.y)
       * (abs(q.x - 0.02) < 0.4 ? 1.0 : 0.0);
#endif
#ifdef BODY_SHELL
    // the shell: a dome over its base, on a rim of small plates jutting out past it
    vec2 sq = q - BODY_SHELL.xy;
    float shell = max(sd_ellipse(sq, BODY_SHELL.zw), -sq.y);
    shell = smin(shell, sd_ellipse(sq - vec2(0.0, 0.02), vec2(1.04 * BODY_SHELL.z, 0.05)), 0.03);
    d = min(d, shell);
#endif
#ifdef COAT_FLEECE
    // the fleece: a soft lumpy outline over the body and the tops of the legs
    float lumps = lsin(q.x * 34.0 + 1.3) * lsin(q.y * 31.0 + 0.4 * q.x * 34.0);
    d += 0.02 * (lumps + 1.0) - 0.03;
#endif
    // the legs: the near fore and hind legs, and the far ones just inside them, behind
    vec2 f1, f2, f3, f4;
    const vec4 fore = LEG_FORE, hind = LEG_HIND;
    const vec2 hock = LEG_HOCK, foot = LEG_FOOT, spread = LEG_SPREAD;
    const vec2 slant = LEG_FORE_SLANT;
    float legs = beast_leg(q, fore.xy, vec2(slant.x, -fore.z), vec2(0.01 + slant.y, -fore.w),
                           foot, step, LEG_FORE_R, f1);
    legs = min(legs, beast_leg(q, hind.xy, vec2(hock.x, -hind.z), vec2(hock.y, -hind.w), foot,
                               vec3(0.0), LEG_HIND_R, f2));
    far = min(beast_leg(q, fore.xy + vec2(spread.x, 0.0), vec2(slant.x - 0.045, -fore.z),
                        vec2(0.03 + slant.y, -fore.w), foot, vec3(0.0), LEG_FORE_R, f3),
              beast_leg(q, hind.xy - vec2(spread.y, 0.0), vec2(0.65 * hock.x, -hind.z),
                        vec2(hock.y + 0.05, -hind.w), foot, vec3(0.0), LEG_HIND_R, f4));
#ifdef FOOT_HOOF
    legs = min(legs, min(beast_hoof(q, f1, FOOT_HOOF), beast_hoof(q, f2, FOOT_HOOF)));
    far = min(far, min(beast_hoof(q, f3, FOOT_HOOF), beast_hoof(q, f4, FOOT_HOOF)));
#elif defined FOOT_PAD
    legs = min(legs, min(beast_pad(q, f1, FOOT_PAD), beast_pad(q, f2, FOOT_PAD)));
    far = min(far, min(beast_pad(q, f3, FOOT_PAD), beast_pad(q, f4, FOOT_PAD)));
#endif
#ifdef COAT_FLEECE
    float wool = d;   // the legs come out from under the fleece
#else
    d = smin(d, legs, LEG_K);
#endif
    // the neck, and the head with it, turn about the neck's base
    vec2 nq = rot_small(head) * (q - NECK_BASE);
#ifdef NECK
    float nk = sd_taper(nq, vec2(0.0), NECK.xy, NECK.z, NECK.w);
#ifdef NECK_BEND
    nk = smin(nk, sd_taper(nq, NECK.xy, NECK_BEND.xy, NECK.w, NECK_BEND.z), 0.08);
#endif
#ifdef NECK_FOLD
    nk = smin(nk, sd_ellipse(rot_small(NECK_FOLD_TURN) * (nq - NECK_FOLD.xy), NECK_FOLD.zw),
              0.08);
#endif
    d = smin(d, nk, NECK_K);
#endif
    vec2 hq = nq - HEAD_AT;
    // the head: a skull and a muzzle
    float hd = sd_ellipse(hq - HEAD_SKULL.xy, HEAD_SKULL.zw);
    hd = smin(hd, sd_taper(hq, HEAD_MUZZLE.xy, HEAD_MUZZLE.zw, HEAD_MUZZLE_R.x, HEAD_MUZZLE_R.y),
              HEAD_MUZZLE_R.z);
#ifdef HEAD_SNOUT
    // a deep jowl and the snout's flat disc
    hd = smin(hd, sd_ellipse(hq - vec2(0.02, -0.1), vec2(0.15, 0.1)), 0.06);
    float disc = sd_ellipse(rot_small(-0.25) * (hq - vec2(-0.3, -0.08)), vec2(0.03, 0.07));
    hd = smin(hd, disc, 0.02);
#endif
#ifdef HEAD_BEARD
    vec2 bq = hq - vec2(-0.12, -0.18);
    hd = smin(hd, sd_triangle_iso(vec2(bq.x + 0.3 * bq.y, -bq.y + 0.02), vec2(0.045, 0.15)),
              0.02);
#endif
#ifdef HEAD_TRUNK
    // the trunk hangs from the face and swings, its tip curling forward; tusks curve up
    vec2 kq = rot_small(-0.15 * swing) * (hq - vec2(-0.24, -0.2));
    hd = smin(hd, sd_bent_tube(rot2(1.66) * kq, 0.95, -0.14, vec3(0.03, 4.0, swing), 0.11,
                               0.045), 0.08);
    float tusk = sd_bent_tube(rot2(2.2) * (hq - vec2(-0.2, -0.24)), 0.36, -1.1, vec3(0.0),
                              0.035, 0.012);
    d = min(d, tusk);
#endif
    d = smin(d, hd, HEAD_K);
    // the ear
#if EAR_SHAPE == 4
    float ear = 1e3;   // none
#else
    vec2 eq = hq - EAR_AT;
#if EAR_SHAPE == 3
    eq.x /= 1.0 + 0.1 * swing;   // a great flap over the neck, fanning slowly
#endif
    eq = rot_small(EAR_TURN.x + EAR_TURN.y * flick) * eq - EAR_OFF;
#if EAR_SHAPE == 1
    float ear = sd_triangle_iso(eq, EAR_R) - EAR_ROUND;
#ifdef EAR_FAR
    ear = min(ear, sd_triangle_iso(rot_small(EAR_FAR.z) * (hq - EAR_FAR.xy) - EAR_OFF, EAR_R));
#endif
#elif EAR_SHAPE == 2
    float ear = sd_circle(eq, EAR_R.x);
#else
    float ear = sd_ellipse(eq, EAR_R);
#endif
#endif
#if EAR_SHAPE == 3
    ear = smin(ear, sd_ellipse(hq - EAR_AT - vec2(0.08, -0.26), vec2(0.1, 0.14)), 0.08);
#endif
#if EAR_SHAPE == 4
    fold = sd_capsule(hq, MOUTH.xy, MOUTH.zw, 0.0) + 0.002;   // the line of the mouth
#else
    fold = abs(ear) + 0.002;
#endif
#ifdef NECK_WRINKLES
    // folds of skin across the neck
    fold = min(fold, abs(lsin(nq.x * NECK_WRINKLES + 2.0 * nq.y)) * 0.012 + 0.002
                     + (nk < 0.0 && hd > 0.0 ? 0.0 : 1e3));
#endif
#ifdef ANTLERS
    // a beam sweeping back, up and forward, tines rising from it; the far one behind
    vec2 aq = hq - vec2(0.02, 0.07);
    float ant = min(sd_capsule(aq, vec2(0.0), vec2(0.16, 0.2), 0.02),
                    sd_capsule(aq, vec2(0.16, 0.2), vec2(0.22, 0.42), 0.017));
    ant = min(ant, min(sd_capsule(aq, vec2(0.22, 0.42), vec2(0.14, 0.62), 0.014),
                       sd_capsule(aq, vec2(0.14, 0.62), vec2(0.02, 0.72), 0.011)));
    ant = min(ant, min(sd_capsule(aq, vec2(0.03, 0.04), vec2(-0.1, 0.14), 0.013),
                       sd_capsule(aq, vec2(0.13, 0.16), vec2(0.02, 0.36), 0.012)));
    ant = min(ant, min(sd_capsule(aq, vec2(0.21, 0.36), vec2(0.08, 0.52), 0.011),
                       sd_capsule(aq, vec2(0.2, 0.52), vec2(0.32, 0.7), 0.01)));
    vec2 bq2 = aq - vec2(0.08, -0.02);
    ant = min(ant, min(sd_capsule(bq2, vec2(0.0), vec2(0.2, 0.2), 0.017),
                       sd_capsule(bq2, vec2(0.2, 0.2), vec2(0.3, 0.45), 0.014)));
    ant = min(ant, min(sd_capsule(bq2, vec2(0.3, 0.45), vec2(0.26, 0.64), 0.011),
                       sd_capsule(bq2, vec2(0.24, 0.3), vec2(0.38, 0.46), 0.01)));
    ear = min(ear, ant);
#endif
#ifdef HORNS_SWEPT
    // horns sweep up and back from the brow in an arc, thinning to the tip
    vec2 rq = hq - vec2(0.19, 0.06);
    float horn = abs(length(rq) - 0.18) - (0.01 + 0.024 * clamp(-rq.x / 0.18, 0.0, 1.0));
    horn = max(horn, max(-rq.y, rq.x - 0.1));
    fold = min(fold, abs(horn) + 0.002);
    ear = min(ear, horn);
#endif
#ifdef HORNS_CURVED
    // short horns curving up and forward
    ear = min(ear, sd_bent_tube(rot2(-1.2) * (hq - vec2(0.03, 0.1)), 0.17, 2.6, vec3(0.0),
                                0.032, 0.012));
#endif
#ifdef OSSICONES
    ear = min(ear, min(sd_capsule(hq, vec2(0.0, 0.04), vec2(0.02, 0.16), 0.016),
                       sd_circle(hq - vec2(0.02, 0.17), 0.026)));
#endif
#ifdef HEAD_SNOUT
    fold = min(fold, abs(disc) + 0.006);
#endif
#ifdef MANE
    // along the crest of the neck, ragged and stirring
    float mane = sd_taper(nq, MANE.xy, MANE.zw, MANE_R.x, MANE_R.y)
               + MANE_R.z * lsin(nq.y * 60.0 + swing * 2.0);
#endif
    // the tail
#ifdef TAIL_CURL
    // a short stem and a curl, twitching
    vec2 tq = q - TAIL_CURL - vec2(0.02, 0.015) * tail;
    float tl = min(abs(length(tq - vec2(0.07, 0.02)) - 0.045) - 0.011,
                   sd_capsule(tq, vec2(-0.04, 0.0), vec2(0.03, 0.05), 0.013));
#else
    vec2 tq = rot2(TAIL_ROOT.z) * (rot_small(TAIL_ROOT.w * tail) * (q - TAIL_ROOT.xy));
    float tl = sd_bent_tube(tq, TAIL.x, TAIL.y, TAIL_WAVE * vec3(1.0, 1.0, swing), TAIL.z,
                            TAIL.w);
#ifdef TAIL_TUFT
    tl = smin(tl, sd_ellipse(tq - TAIL_TUFT.xy, TAIL_TUFT.zw), 0.04);
#endif
#endif
#ifdef COAT_FLEECE
    // the woolly neck, cap and tail are fleece; the bare face and legs are in front of it
    wool = smin(wool, sd_ellipse(hq - vec2(0.05, 0.06), vec2(0.08, 0.06)) + 0.008 * (lumps + 1.0),
                0.04);
    wool = smin(wool, tl + 0.008 * lumps, 0.04);
    float face = min(hd, ear);
    d = min(min(wool, face), legs);
    g_wool = land_fill(wool, 0.012) * smoothstep(-0.012, 0.012, face);
    // curls: the rim light catches the folds between the fleece's lumps
    fold = abs(lsin(q.x * 34.0 + 2.9) * lsin(q.y * 31.0 + 1.4 + 0.4 * q.x * 34.0)) * 0.04
         + 1e3 * (1.0 - g_wool);
#else
    d = min(d, ear);
#ifdef MANE
    d = smin(d, mane, 0.03);
#endif
    d = smin(d, tl, 0.04);
#endif
#ifdef COAT_FOX
    // a white tail tip, bib and lower jaw; black socks and ear backs
    float tip = smoothstep(0.44, 0.52, tq.x) * land_fill(tl, 0.01);
    float bib = land_fill(sd_ellipse(q - vec2(-0.43, 0.64), vec2(0.08, 0.15)), 0.03);
    float jaw = land_fill(hd, 0.01) * smoothstep(-0.01, -0.03, hq.y - 0.15 * hq.x)
              * (hq.x < 0.06 ? 1.0 : 0.0);
    g_wool = max(tip, max(bib, jaw));
    g_black = max(land_fill(legs, 0.01) * smoothstep(0.25, 0.15, q.y),
                  land_fill(ear, 0.01) * smoothstep(-0.11, -0.06, eq.y));
#endif
#ifdef COAT_PATCHES
    // patches between light lines, on the body, neck and upper legs
    vec2 cq = q * 9.0;
    float net = abs(lsin(cq.x + 0.7 * lsin(cq.y * 1.3))) * abs(lsin(cq.y + 0.6 * lsin(cq.x * 1.1)));
    g_wool = (1.0 - smoothstep(0.05, 0.16, net)) * smoothstep(0.7, 1.0, q.y);
#endif
#ifdef COAT_SCALES
    // a lattice of scales, paler in their middles, and darker bands across the back
    vec2 sc = q * 75.0;
    float scale = abs(lsin(sc.x + sc.y) * lsin(sc.x - sc.y));
    g_wool = (0.55 + 0.45 * smoothstep(0.0, 0.6, scale)) * smoothstep(-0.5, 0.8, lsin(q.x * 12.0 + 1.0))
           * smoothstep(BODY_BARREL.y - 0.08, BODY_BARREL.y + 0.02, q.y);
#endif
#ifdef BODY_SHELL
    // the plates: a rim of small ones along the edge, a band of large ones on the flank, a row
    // along the crown; each paler in its middle, the seams dark grooves; the dome lit from the
    // key light's side
    vec2 u = sq / BODY_SHELL.zw;
    float across = sqrt(max(1.0 - u.x * u.x, 0.02));
    float up = clamp(u.y / across, 0.0, 1.0);             // 0 at the rim .. 1 on the crown
    float n = up < 0.2 ? 5.5 : (up < 0.68 ? 2.0 : 1.5);
    float t = u.x * (1.0 + 0.35 * up) * n + (up < 0.68 ? 0.0 : 0.5);
    float seam_x = (0.5 - abs(fract(t) - 0.5)) / n * BODY_SHELL.z;
    float seam_y = min(abs(up - 0.2), abs(up - 0.68)) * BODY_SHELL.w * across;
    float seam = min(seam_x, seam_y);
    vec3 dome = normalize(vec3(-v_beast_at.w * u.x, u.y, sqrt(max(1.0 - dot(u, u), 0.0)) + 0.3));
    float lambert = clamp(dot(dome, vec3(-0.55, 0.5, 0.67)), 0.0, 1.0);
    g_wool = shell < 0.0 ? smoothstep(0.0, 0.11, seam) * (0.15 + 0.85 * lambert) : 0.0;
#endif
    eye = hq - EYE;
    return d;
}
#endif

// The creature: its distance (body units), with the far legs apart in `far` (drawn darker,
// behind), the distance to a fold inside the silhouette in `fold` and where its eye is.
float beast(vec2 q, out float far, out float fold, out vec2 eye) {
#ifdef BEAST_STANDING
    return beast_standing(q, far, fold, eye);
#else
    fold = 1e3;
    float head = v_beast_anim.z;
    float tail = v_beast_anim.y;
    float flick = v_beast_anim2.x;
    float d, legs;
#if LAND_KIND == 11
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
#elif LAND_KIND == 21
    // heron: standing still on long thin legs, its body tilted, the neck folded in an S and
    // the head turning slowly, a dagger bill, a black crest plume stirring behind the head
    float sway = v_beast_anim2.y;
    vec2 bq = rot_small(0.35) * (q - vec2(0.06, 0.8));
    float bd = sd_ellipse(bq, vec2(0.25, 0.12 + v_beast_anim.x));
    d = smin(bd, sd_taper(q, vec2(0.18, 0.78), vec2(0.38, 0.64), 0.07, 0.015), 0.05);   // wingtips
    // the legs: a shin to the ankle, a long shank to the toes spread on the ground
    legs = sd_taper(q, vec2(0.04, 0.72), vec2(0.07, 0.36), 0.026, 0.012);
    legs = min(legs, sd_capsule(q, vec2(0.07, 0.36), vec2(0.03, 0.02), 0.011));
    legs = min(legs, min(sd_capsule(q, vec2(0.03, 0.012), vec2(-0.1, 0.008), 0.008),
                         sd_capsule(q, vec2(0.03, 0.012), vec2(0.1, 0.01), 0.007)));
    far = sd_taper(q, vec2(0.1, 0.72), vec2(0.14, 0.37), 0.022, 0.011);
    far = min(far, sd_capsule(q, vec2(0.14, 0.37), vec2(0.12, 0.02), 0.01));
    far = min(far, sd_capsule(q, vec2(0.12, 0.012), vec2(0.0, 0.008), 0.007));
    d = min(d, legs);
    // the neck folded in an S from the breast
    vec2 nq = rot_small(0.5 * head) * (q - vec2(-0.12, 0.86));
    float nk = sd_taper(nq, vec2(0.0), vec2(-0.1, 0.12), 0.06, 0.036);
    nk = smin(nk, sd_taper(nq, vec2(-0.1, 0.12), vec2(-0.01, 0.26), 0.036, 0.03), 0.03);
    nk = smin(nk, sd_taper(nq, vec2(-0.01, 0.26), vec2(-0.06, 0.41), 0.03, 0.034), 0.03);
    d = smin(d, nk, 0.04);
    vec2 hq = rot_small(head) * (nq - vec2(-0.07, 0.44));
    float hd = smin(sd_ellipse(hq, vec2(0.062, 0.04)),
                    sd_taper(hq, vec2(-0.04, -0.005), vec2(-0.29, -0.02), 0.02, 0.002), 0.015);
    float crest = sd_taper(hq, vec2(0.03, 0.025), vec2(0.23, 0.01 * sway), 0.016, 0.004);
    d = min(smin(d, hd, 0.03), crest);
    // a pale neck and face with a black stripe from the eye to the crest, dark legs
    float stripe = max(abs(hq.y - 0.012) - 0.009, abs(hq.x - 0.02) - 0.04);
    g_wool = land_fill(min(nk, hd), 0.01) * smoothstep(0.0, 0.03, bd);
    g_black = max(land_fill(min(crest, stripe), 0.006), 0.6 * land_fill(legs, 0.006));
    fold = abs(sd_ellipse(bq - vec2(0.05, -0.01), vec2(0.18, 0.065))) + 0.002;   // the wing's edge
    eye = hq - vec2(-0.025, 0.012);
#elif LAND_KIND == 23
    // penguin: standing upright and rocking a little from foot to foot, the body a tall egg,
    // the round head on top turning now and then, a short bill, flippers held out from its
    // sides; the white front (the paler coat) from the chin down, short feet
    vec2 bq = rot_small(0.06 * v_beast_anim2.y) * (q - vec2(0.0, 0.36));
    float bd = sd_ellipse(bq, vec2(0.17, 0.32 + v_beast_anim.x));
    vec2 hq = rot_small(0.6 * head) * (bq - vec2(-0.03, 0.36));
    float hd = sd_circle(hq, 0.105);
    float bill = sd_taper(hq, vec2(-0.08, -0.01), vec2(-0.2, -0.035), 0.03, 0.006);
    d = smin(bd, smin(hd, bill, 0.015), 0.08);
    float flipper = sd_taper(bq, vec2(0.0, 0.14), vec2(0.07, -0.14), 0.05, 0.012);
    legs = min(sd_ellipse(q - vec2(-0.08, 0.018), vec2(0.07, 0.02)),
               sd_capsule(q, vec2(-0.03, 0.07), vec2(-0.04, 0.02), 0.03));
    far = sd_ellipse(q - vec2(0.04, 0.016), vec2(0.06, 0.018));
    d = min(smin(d, legs, 0.02), flipper);
    g_wool = land_fill(sd_ellipse(bq - vec2(-0.07, -0.04), vec2(0.1, 0.26)), 0.012)
           * smoothstep(0.0, 0.02, flipper) * step(bq.y, 0.3);
    fold = abs(flipper) + 0.002;
    eye = hq - vec2(-0.05, 0.03);
#elif LAND_KIND == 24
    // seal: lying on its belly along the ground, thick at the chest and tapering to the hind
    // flippers fanned behind it, which lift and fall now and then; the head raised on the
    // neck and turning, a blunt muzzle with whiskers; a fore-flipper under the chest; the
    // paler belly along the ground
    float lift = 0.04 * tail;
    d = sd_taper(q, vec2(-0.18, 0.17), vec2(0.42, 0.07 + 0.5 * lift), 0.17 + v_beast_anim.x, 0.05);
    vec2 hq = rot_small(head) * (q - vec2(-0.32, 0.34));
    float neck = sd_taper(q, vec2(-0.16, 0.2), vec2(-0.3, 0.32), 0.14, 0.09);
    float hd = smin(sd_circle(hq, 0.09), sd_ellipse(hq - vec2(-0.1, -0.02), vec2(0.07, 0.05)), 0.04);
    d = smin(d, smin(neck, hd, 0.05), 0.08);
    float hind = min(sd_taper(q, vec2(0.42, 0.07 + lift), vec2(0.56, 0.12 + 2.0 * lift), 0.035, 0.05),
                     sd_taper(q, vec2(0.42, 0.06 + lift), vec2(0.58, 0.02 + lift), 0.03, 0.045));
    legs = sd_taper(q, vec2(-0.2, 0.1), vec2(-0.3, 0.015), 0.05, 0.025);   // the fore-flipper
    far = sd_taper(q, vec2(-0.1, 0.1), vec2(-0.16, 0.015), 0.045, 0.022);
    d = min(smin(d, hind, 0.02), legs);
    g_wool = 0.35 * land_fill(q.y - 0.09 + 0.05 * smoothstep(0.0, 0.4, q.x), 0.02);   // the belly
    float whiskers = abs(hq.y + 0.03 + 0.15 * (hq.x + 0.14)) + step(-0.1, hq.x) + step(hq.x, -0.24);
    g_black = 0.8 * land_fill(sd_circle(hq - vec2(-0.17, 0.0), 0.015), 0.005);   // the nose
    fold = min(abs(neck) + 0.01, whiskers) + 0.002;
    eye = hq - vec2(-0.03, 0.03);
#elif LAND_KIND == 22
    // a bird on the ground (a crow, a gull, a pigeon): a plump body carried breast up, folded
    // wings, a short tail behind, short legs, a round head turning now and then and a short
    // pointed bill
    vec2 bq = rot_small(0.35) * (q - vec2(0.03, 0.29));
    float bd = sd_ellipse(bq, vec2(0.21, 0.12 + v_beast_anim.x));
    float tl = sd_taper(q, vec2(0.14, 0.27), vec2(0.36, 0.2 + 0.01 * tail), 0.055, 0.025);
    d = smin(bd, tl, 0.05);
    legs = min(sd_capsule(q, vec2(-0.02, 0.2), vec2(-0.03, 0.015), 0.013),
               sd_capsule(q, vec2(-0.03, 0.012), vec2(-0.11, 0.008), 0.008));
    far = min(sd_capsule(q, vec2(0.05, 0.2), vec2(0.06, 0.015), 0.012),
              sd_capsule(q, vec2(0.06, 0.012), vec2(-0.02, 0.008), 0.007));
    d = min(d, legs);
    vec2 hq = rot_small(0.6 * head) * (q - vec2(-0.14, 0.45));
    float hd = sd_circle(hq, 0.08);
    float bill = sd_taper(hq, vec2(-0.06, -0.005), vec2(-0.16, -0.015), 0.026, 0.004);
    d = smin(d, smin(hd, bill, 0.012), 0.09);
    fold = abs(sd_ellipse(bq - vec2(0.04, 0.01), vec2(0.15, 0.07))) + 0.002;   // the wing's edge
    eye = hq - vec2(-0.03, 0.02);
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
#endif
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
    vec3 lw = creature_lit(d, 0.025);
    vec3 body = v_beast_dark;
#ifdef COAT_COLOUR
    // a coat of its own colour: its white as bright as the coat, its black near black
    body = mix(body, vec3(0.92, 0.88, 0.8) * (body.g / COAT_COLOUR.g), g_wool);
    body *= 1.0 - 0.85 * g_black;
#else
    body = mix(body, v_beast_key * 1.6, COAT_PALE * g_wool);   // a paler coat
#endif
    vec3 col = creature_colour(lw, body, v_beast_key, v_beast_rim);
    // a fold inside the silhouette catches the rim light
    col += v_beast_rim * (0.25 * exp(-fold * s / w)) * lw.x;
    // the far legs, in shadow behind it
    float fc = land_fill(far, w) * (1.0 - lw.x);
#ifdef COAT_FOX
    col += v_beast_dark * (0.6 - 0.5 * smoothstep(0.25, 0.15, q.y)) * fc;   // its far socks
#else
    col += v_beast_dark * 0.6 * fc;
#endif
    // the eye: a faint glint
    float e = length(eye) * s;
    col += v_beast_rim * (exp(-e * 900.0) * 1.5) * lw.x;
    // its soft shadow on the ground at its feet
    vec2 sh = q / vec2(BEAST_BOX.z - BEAST_BOX.x, 0.1) * 2.0;
    float shadow = 0.6 * exp(-dot(sh, sh) * 2.0) * (1.0 - lw.x - fc);
    f_color = vec4(col, (lw.x + fc) * v_beast_op + shadow * v_beast_op);
}
#endif
