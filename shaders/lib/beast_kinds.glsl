// The creatures of layers/land_beast.glsl as data: for each LAND_KIND, the numbers its one shape
// function draws it from. Body units: the creature faces left (-x), the ground under it at y = 0.
//   BEAST_SCALE  land units per body unit at the near plane
//   BEAST_BOX    the box its picture stays inside (left, bottom, right, top; tail, ears, shadow)
// The standing kinds (BEAST_STANDING) also give:
//   BODY_CHEST, BODY_BARREL, BODY_HAUNCH  ellipses (centre xy, radii zw) blended by BODY_K
//   BODY_HUMP, BODY_BELLY  optional ellipses blended in by BODY_EXTRA_K (withers, hump, udder)
//   LEG_FORE, LEG_HIND  a near leg: its top (xy) and the lengths of its upper bones (z, w);
//                the hind leg's bones slant back by LEG_HOCK (x, y); every leg ends in the
//                pastern LEG_FOOT; the far legs stand LEG_SPREAD (fore x, hind x) inside the
//                near ones; radii LEG_FORE_R, LEG_HIND_R (top, joints, foot; lib/land_creature)
//   LEG_FORE_SLANT  how far the foreleg's upper and lower bones slant back (x, y; an elbow)
//   LEG_STEP     how far the near foreleg lifts when it paws; LEG_K its blend into the body
//   FOOT_HOOF    a hoof's width, or FOOT_PAD a broad pad (offset xy, radii zw)
//   NECK_BASE    where the neck (and the head with it) turns; NECK: the neck's end (xy) and
//                radii (zw), NECK_BEND a second bone (end xy, radius z), NECK_FOLD an ellipse
//                (crest or dewlap; xy, radii zw) turned by NECK_FOLD_TURN
//   HEAD_AT      the head from the neck's base; HEAD_SKULL an ellipse; HEAD_MUZZLE a taper
//                (from xy to zw) of radii HEAD_MUZZLE_R (xy) blended by its z; HEAD_K, HEAD_TURN
//   EAR_SHAPE    0 a leaf, 1 pricked (rounded by EAR_ROUND), 2 round, 3 an elephant's flap,
//                4 none (a reptile: MOUTH, the line of its mouth from xy to zw, catches the light);
//                at EAR_AT, turned by EAR_TURN (x, + y per flick), its middle EAR_OFF out,
//                radii EAR_R; EAR_FAR: the far ear (at xy, turned z), for pricked ears
//   MANE         a taper along the neck (from xy to zw), radii MANE_R (xy), ragged by its z
//   TAIL_ROOT    the root (xy), its angle (z) and swing with the tail's motion (w); TAIL: a
//                bent tube (length, bend, radii); TAIL_WAVE (amplitude, frequency, swing);
//                TAIL_TUFT an ellipse along it (xy, radii zw); TAIL_MOTION 1 wags, 2 flicks
//   EYE          where the eye is on the head
// Features only some kinds have: ANTLERS, HORNS_SWEPT, HORNS_CURVED, OSSICONES, HEAD_TRUNK,
// HEAD_SNOUT, HEAD_BEARD, TAIL_CURL, COAT_FLEECE, COAT_FUR, COAT_PATCHES, COAT_SCALES (a lattice of
// scales, a serrated crest), BODY_SHELL (a dome of plates: centre of its base xy, radii zw),
// NECK_WRINKLES (folds across the neck, per body unit); COAT_PALE: how far its
// paler coat (g_wool) goes to the key light; COAT_COLOUR: a coat of its own colour (a fox's
// red, a heron's grey) instead of the palette's dark, its paler coat a warm white and its
// darker (g_black: socks, ear backs, a crest) near black; COAT_FOX: a fox's markings.

#if LAND_KIND == 0
// deer: slender, a long neck held high, big ears, antlers, a short tail flicked now and then
#define BEAST_SCALE 0.19
#define BEAST_BOX vec4(-0.95, -0.12, 0.7, 2.2)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.3, 1.02, 0.18, 0.21)
#define BODY_BARREL vec4(0.0, 1.0, 0.42, 0.18)
#define BODY_HAUNCH vec4(0.32, 1.05, 0.2, 0.21)
#define BODY_K 0.1
#define LEG_FORE vec4(-0.33, 0.9, 0.38, 0.37)
#define LEG_HIND vec4(0.33, 0.92, 0.36, 0.4)
#define LEG_HOCK vec2(0.13, -0.03)
#define LEG_FOOT vec2(-0.04, -0.13)
#define LEG_SPREAD vec2(0.08, 0.06)
#define LEG_FORE_R vec4(0.07, 0.032, 0.027, 0.024)
#define LEG_HIND_R vec4(0.1, 0.036, 0.028, 0.024)
#define FOOT_HOOF 0.03
#define NECK_BASE vec2(-0.3, 1.08)
#define NECK vec4(-0.17, 0.4, 0.15, 0.085)
#define HEAD_AT vec2(-0.2, 0.44)
#define HEAD_SKULL vec4(-0.01, 0.0, 0.1, 0.08)
#define HEAD_MUZZLE vec4(-0.04, -0.01, -0.22, -0.14)
#define HEAD_MUZZLE_R vec3(0.065, 0.035, 0.05)
#define EAR_SHAPE 0
#define EAR_AT vec2(0.09, 0.06)
#define EAR_TURN vec2(0.9, -0.5)
#define EAR_OFF vec2(0.1, 0.0)
#define EAR_R vec2(0.1, 0.04)
#define ANTLERS
#define TAIL_ROOT vec4(0.5, 1.12, 0.7, -1.2)
#define TAIL vec4(0.14, 0.0, 0.035, 0.03)
#define TAIL_MOTION 2
#define EYE vec2(-0.06, 0.03)
#elif LAND_KIND == 1
// wolf: a deep chest, paws on their toes, a ruff, a long narrow muzzle, ears pricked, a bushy
// tail hanging
#define BEAST_SCALE 0.2
#define BEAST_BOX vec4(-1.05, -0.12, 1.0, 1.5)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.3, 0.82, 0.2, 0.2)
#define BODY_BARREL vec4(0.0, 0.8, 0.42, 0.15)
#define BODY_HAUNCH vec4(0.3, 0.83, 0.19, 0.17)
#define BODY_K 0.1
#define LEG_FORE vec4(-0.33, 0.7, 0.32, 0.27)
#define LEG_HIND vec4(0.3, 0.72, 0.3, 0.3)
#define LEG_HOCK vec2(0.14, -0.05)
#define LEG_FOOT vec2(-0.07, -0.07)
#define LEG_SPREAD vec2(0.09, 0.06)
#define LEG_FORE_R vec4(0.075, 0.045, 0.04, 0.045)
#define LEG_HIND_R vec4(0.12, 0.05, 0.04, 0.045)
#define NECK_BASE vec2(-0.32, 0.86)
#define NECK vec4(-0.17, 0.26, 0.2, 0.13)
#define HEAD_AT vec2(-0.24, 0.3)
#define HEAD_SKULL vec4(0.0, 0.0, 0.12, 0.105)
#define HEAD_MUZZLE vec4(-0.08, -0.02, -0.27, -0.06)
#define HEAD_MUZZLE_R vec3(0.07, 0.04, 0.05)
#define EAR_SHAPE 1
#define EAR_AT vec2(0.04, 0.07)
#define EAR_TURN vec2(0.3, -0.3)
#define EAR_OFF vec2(0.0, 0.14)
#define EAR_R vec2(0.05, 0.12)
#define TAIL_ROOT vec4(0.46, 0.88, 1.15, 0.2)
#define TAIL vec4(0.55, 0.3, 0.055, 0.06)
#define TAIL_WAVE vec3(0.015, 6.0, 0.0)
#define TAIL_TUFT vec4(0.35, 0.05, 0.2, 0.07)
#define EYE vec2(-0.06, 0.03)
#elif LAND_KIND == 2
// horse: a deep chest, long legs with hocks and hooves, an arched neck with a mane, a long
// head, a flowing tail
#define BEAST_SCALE 0.19
#define BEAST_BOX vec4(-1.2, -0.12, 1.15, 1.95)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.42, 1.02, 0.22, 0.27)
#define BODY_BARREL vec4(0.0, 1.0, 0.52, 0.24)
#define BODY_HAUNCH vec4(0.4, 1.06, 0.26, 0.27)
#define BODY_K 0.12
#define BODY_HUMP vec4(-0.28, 1.2, 0.2, 0.1)
#define BODY_EXTRA_K 0.1
#define LEG_FORE vec4(-0.42, 0.86, 0.38, 0.32)
#define LEG_HIND vec4(0.4, 0.88, 0.4, 0.31)
#define LEG_HOCK vec2(0.12, -0.03)
#define LEG_FOOT vec2(-0.05, -0.12)
#define LEG_SPREAD vec2(0.1, 0.08)
#define LEG_FORE_R vec4(0.09, 0.055, 0.036, 0.045)
#define LEG_HIND_R vec4(0.12, 0.05, 0.036, 0.045)
#define FOOT_HOOF 0.045
#define NECK_BASE vec2(-0.44, 1.12)
#define NECK vec4(-0.32, 0.54, 0.21, 0.1)
#define NECK_FOLD vec4(-0.12, 0.36, 0.1, 0.2)
#define NECK_FOLD_TURN -0.55
#define HEAD_AT vec2(-0.34, 0.58)
#define HEAD_SKULL vec4(0.02, -0.1, 0.1, 0.09)
#define HEAD_MUZZLE vec4(-0.02, 0.0, -0.27, -0.33)
#define HEAD_MUZZLE_R vec3(0.085, 0.068, 0.06)
#define HEAD_K 0.04
#define EAR_SHAPE 1
#define EAR_AT vec2(0.05, 0.08)
#define EAR_TURN vec2(0.2, -0.3)
#define EAR_OFF vec2(0.0, 0.1)
#define EAR_R vec2(0.03, 0.1)
#define MANE vec4(-0.05, 0.28, -0.29, 0.62)
#define MANE_R vec3(0.07, 0.05, 0.02)
#define TAIL_ROOT vec4(0.62, 1.16, 0.75, 0.18)
#define TAIL vec4(0.78, -0.55, 0.04, 0.065)
#define TAIL_WAVE vec3(0.03, 5.0, 3.0)
#define EYE vec2(-0.03, -0.04)
#elif LAND_KIND == 3
// dog: a wolf's build a little shorter in the leg, a blunt muzzle under a clear brow, soft
// ears falling to the cheek, a feathered tail raised and wagging
#define BEAST_SCALE 0.16
#define BEAST_BOX vec4(-1.05, -0.14, 0.85, 1.35)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.3, 0.738, 0.2, 0.2)
#define BODY_BARREL vec4(0.0, 0.72, 0.42, 0.15)
#define BODY_HAUNCH vec4(0.3, 0.747, 0.19, 0.17)
#define BODY_K 0.1
#define LEG_FORE vec4(-0.33, 0.63, 0.288, 0.243)
#define LEG_HIND vec4(0.3, 0.648, 0.27, 0.27)
#define LEG_HOCK vec2(0.14, -0.05)
#define LEG_FOOT vec2(-0.07, -0.07)
#define LEG_SPREAD vec2(0.09, 0.06)
#define LEG_FORE_R vec4(0.075, 0.045, 0.04, 0.045)
#define LEG_HIND_R vec4(0.12, 0.05, 0.04, 0.045)
#define NECK_BASE vec2(-0.32, 0.774)
#define NECK vec4(-0.17, 0.28, 0.15, 0.1)
#define HEAD_AT vec2(-0.24, 0.3)
#define HEAD_SKULL vec4(0.0, 0.0, 0.12, 0.105)
#define HEAD_MUZZLE vec4(-0.09, -0.04, -0.23, -0.06)
#define HEAD_MUZZLE_R vec3(0.068, 0.056, 0.04)
#define EAR_SHAPE 0
#define EAR_AT vec2(0.03, 0.04)
#define EAR_TURN vec2(-0.25, 0.35)
#define EAR_OFF vec2(0.02, -0.1)
#define EAR_R vec2(0.055, 0.12)
#define TAIL_ROOT vec4(0.44, 0.792, -0.7, 0.3)
#define TAIL vec4(0.45, 0.7, 0.04, 0.028)
#define TAIL_MOTION 1
#define EYE vec2(-0.06, 0.03)
#elif LAND_KIND == 4
// cat: long and low on short legs, a round head set close to the shoulders, pointed ears, a
// long tail held up in a curve
#define BEAST_SCALE 0.16
#define BEAST_BOX vec4(-0.75, -0.14, 0.8, 1.2)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.27, 0.44, 0.14, 0.14)
#define BODY_BARREL vec4(0.0, 0.43, 0.35, 0.115)
#define BODY_HAUNCH vec4(0.27, 0.46, 0.16, 0.15)
#define BODY_K 0.08
#define LEG_FORE vec4(-0.29, 0.36, 0.18, 0.14)
#define LEG_HIND vec4(0.28, 0.4, 0.18, 0.17)
#define LEG_HOCK vec2(0.12, -0.05)
#define LEG_FOOT vec2(-0.06, -0.03)
#define LEG_SPREAD vec2(0.09, 0.06)
#define LEG_FORE_R vec4(0.055, 0.032, 0.028, 0.034)
#define LEG_HIND_R vec4(0.1, 0.035, 0.03, 0.034)
#define LEG_K 0.04
#define NECK_BASE vec2(-0.44, 0.58)
#define HEAD_SKULL vec4(0.0, 0.0, 0.115, 0.1)
#define HEAD_MUZZLE vec4(-0.07, -0.03, -0.11, -0.04)
#define HEAD_MUZZLE_R vec3(0.05, 0.045, 0.03)
#define HEAD_K 0.07
#define EAR_SHAPE 1
#define EAR_AT vec2(0.02, 0.06)
#define EAR_TURN vec2(-0.2, 0.3)
#define EAR_OFF vec2(0.0, 0.13)
#define EAR_R vec2(0.055, 0.11)
#define EAR_FAR vec3(0.08, 0.05, 0.25)
#define TAIL_ROOT vec4(0.4, 0.5, -1.2, 0.15)
#define TAIL vec4(0.62, 0.45, 0.035, 0.03)
#define TAIL_WAVE vec3(0.025, 5.0, 2.0)
#define EYE vec2(-0.06, 0.02)
#elif LAND_KIND == 5
// elephant: a vast body highest at the shoulder, a sagging belly, pillar legs, a great ear
// fanning, the trunk swinging, tusks
#define BEAST_SCALE 0.24
#define BEAST_BOX vec4(-1.15, -0.1, 0.85, 1.62)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.28, 1.12, 0.36, 0.38)
#define BODY_BARREL vec4(0.05, 1.02, 0.52, 0.33)
#define BODY_HAUNCH vec4(0.38, 1.0, 0.3, 0.33)
#define BODY_K 0.15
#define BODY_HUMP vec4(-0.2, 1.33, 0.3, 0.17)
#define BODY_BELLY vec4(0.05, 0.78, 0.33, 0.14)
#define BODY_EXTRA_K 0.11
#define LEG_FORE vec4(-0.36, 0.82, 0.42, 0.34)
#define LEG_HIND vec4(0.36, 0.82, 0.42, 0.34)
#define LEG_HOCK vec2(0.06, -0.02)
#define LEG_FOOT vec2(-0.02, -0.06)
#define LEG_SPREAD vec2(0.14, 0.12)
#define LEG_FORE_R vec4(0.16, 0.13, 0.125, 0.14)
#define LEG_HIND_R vec4(0.19, 0.13, 0.125, 0.14)
#define LEG_STEP 0.5
#define LEG_K 0.1
#define NECK_BASE vec2(-0.64, 1.24)
#define HEAD_TURN 0.5
#define HEAD_SKULL vec4(0.0, 0.0, 0.25, 0.27)
#define HEAD_MUZZLE vec4(-0.13, -0.1, -0.17, -0.18)
#define HEAD_MUZZLE_R vec3(0.15, 0.15, 0.08)
#define HEAD_K 0.12
#define HEAD_TRUNK
#define EAR_SHAPE 3
#define EAR_AT vec2(0.2, -0.02)
#define EAR_TURN vec2(0.25, 0.0)
#define EAR_OFF vec2(0.03, -0.05)
#define EAR_R vec2(0.21, 0.3)
#define TAIL_ROOT vec4(0.62, 1.16, 1.3, -0.15)
#define TAIL vec4(0.5, 0.1, 0.025, 0.018)
#define EYE vec2(-0.13, 0.04)
#elif LAND_KIND == 6
// camel: a short deep body under one great hump, long knobby-kneed legs on broad pads, a neck
// that swoops low and rises to a small head held level
#define BEAST_SCALE 0.17
#define BEAST_BOX vec4(-1.3, -0.12, 0.8, 1.95)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.32, 1.2, 0.22, 0.25)
#define BODY_BARREL vec4(0.0, 1.22, 0.47, 0.24)
#define BODY_HAUNCH vec4(0.34, 1.25, 0.22, 0.24)
#define BODY_K 0.1
#define BODY_HUMP vec4(0.0, 1.46, 0.3, 0.26)
#define BODY_EXTRA_K 0.12
#define LEG_FORE vec4(-0.34, 1.08, 0.5, 0.45)
#define LEG_HIND vec4(0.33, 1.12, 0.5, 0.47)
#define LEG_HOCK vec2(0.13, -0.05)
#define LEG_FOOT vec2(-0.06, -0.1)
#define LEG_SPREAD vec2(0.1, 0.08)
#define LEG_FORE_R vec4(0.08, 0.05, 0.034, 0.045)
#define LEG_HIND_R vec4(0.13, 0.05, 0.034, 0.045)
#define FOOT_PAD vec4(-0.03, 0.02, 0.07, 0.03)
#define NECK_BASE vec2(-0.4, 1.26)
#define NECK vec4(-0.3, -0.08, 0.15, 0.09)
#define NECK_BEND vec3(-0.46, 0.34, 0.07)
#define HEAD_AT vec2(-0.5, 0.38)
#define HEAD_SKULL vec4(0.0, 0.0, 0.1, 0.075)
#define HEAD_MUZZLE vec4(-0.04, -0.01, -0.22, -0.04)
#define HEAD_MUZZLE_R vec3(0.065, 0.045, 0.05)
#define HEAD_K 0.04
#define EAR_SHAPE 0
#define EAR_AT vec2(0.07, 0.07)
#define EAR_TURN vec2(-0.5, 0.4)
#define EAR_OFF vec2(0.0)
#define EAR_R vec2(0.025, 0.05)
#define TAIL_ROOT vec4(0.5, 1.3, 1.35, 0.15)
#define TAIL vec4(0.42, 0.2, 0.03, 0.025)
#define EYE vec2(-0.05, 0.03)
#elif LAND_KIND == 7
// cow: a long deep barrel under a level back, short stout legs on cloven hooves, an udder, a
// broad head held low with short horns and ears out to the side, a dewlap, a thin tail ending
// in a tuft
#define BEAST_SCALE 0.18
#define BEAST_BOX vec4(-1.1, -0.12, 0.85, 1.42)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.44, 0.92, 0.24, 0.28)
#define BODY_BARREL vec4(0.0, 0.93, 0.58, 0.27)
#define BODY_HAUNCH vec4(0.44, 0.98, 0.25, 0.26)
#define BODY_K 0.12
#define BODY_HUMP vec4(0.0, 1.1, 0.55, 0.12)
#define BODY_BELLY vec4(0.24, 0.64, 0.12, 0.08)
#define BODY_EXTRA_K 0.08
#define LEG_FORE vec4(-0.46, 0.76, 0.34, 0.26)
#define LEG_HIND vec4(0.46, 0.8, 0.32, 0.3)
#define LEG_HOCK vec2(0.1, -0.04)
#define LEG_FOOT vec2(-0.04, -0.1)
#define LEG_SPREAD vec2(0.12, 0.1)
#define LEG_FORE_R vec4(0.12, 0.072, 0.058, 0.06)
#define LEG_HIND_R vec4(0.16, 0.07, 0.056, 0.06)
#define LEG_STEP 0.7
#define FOOT_HOOF 0.05
#define NECK_BASE vec2(-0.55, 1.0)
#define NECK vec4(-0.26, 0.06, 0.24, 0.15)
#define NECK_FOLD vec4(-0.1, -0.17, 0.17, 0.09)
#define NECK_FOLD_TURN 0.5
#define HEAD_AT vec2(-0.3, 0.1)
#define HEAD_SKULL vec4(-0.15, -0.32, 0.095, 0.07)
#define HEAD_MUZZLE vec4(0.0, 0.02, -0.13, -0.28)
#define HEAD_MUZZLE_R vec3(0.125, 0.09, 0.05)
#define EAR_SHAPE 0
#define EAR_AT vec2(0.05, -0.03)
#define EAR_TURN vec2(0.3, -0.4)
#define EAR_OFF vec2(0.12, 0.0)
#define EAR_R vec2(0.12, 0.045)
#define HORNS_CURVED
#define TAIL_ROOT vec4(0.66, 1.12, 1.45, 0.12)
#define TAIL vec4(0.62, 0.08, 0.025, 0.015)
#define TAIL_WAVE vec3(0.015, 6.0, 1.0)
#define TAIL_TUFT vec4(0.66, 0.03, 0.09, 0.04)
#define EYE vec2(-0.07, -0.02)
#elif LAND_KIND == 8
// sheep: a round fleece as a soft lumpy outline over the body and the tops of the legs, thin
// dark legs below it, a narrow bare face held forward with ears out to the side, a short
// woolly tail
#define BEAST_SCALE 0.16
#define BEAST_BOX vec4(-0.95, -0.12, 0.75, 1.22)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.36, 0.82, 0.2, 0.24)
#define BODY_BARREL vec4(0.02, 0.76, 0.5, 0.29)
#define BODY_HAUNCH vec4(0.34, 0.8, 0.2, 0.24)
#define BODY_K 0.1
#define BODY_HUMP vec4(-0.46, 0.94, 0.15, 0.16)
#define BODY_EXTRA_K 0.08
#define LEG_FORE vec4(-0.34, 0.6, 0.28, 0.22)
#define LEG_HIND vec4(0.34, 0.62, 0.27, 0.24)
#define LEG_HOCK vec2(0.08, -0.04)
#define LEG_FOOT vec2(-0.03, -0.07)
#define LEG_SPREAD vec2(0.1, 0.08)
#define LEG_FORE_R vec4(0.05, 0.032, 0.026, 0.03)
#define LEG_HIND_R vec4(0.07, 0.034, 0.026, 0.03)
#define LEG_STEP 0.6
#define FOOT_HOOF 0.028
#define NECK_BASE vec2(-0.62, 1.0)
#define HEAD_SKULL vec4(0.0, -0.01, 0.1, 0.09)
#define HEAD_MUZZLE vec4(-0.02, -0.02, -0.15, -0.21)
#define HEAD_MUZZLE_R vec3(0.085, 0.058, 0.05)
#define EAR_SHAPE 0
#define EAR_AT vec2(0.04, 0.0)
#define EAR_TURN vec2(0.35, -0.45)
#define EAR_OFF vec2(0.1, 0.0)
#define EAR_R vec2(0.1, 0.034)
#define TAIL_ROOT vec4(0.5, 0.86, 1.2, 0.15)
#define TAIL vec4(0.18, 0.0, 0.055, 0.045)
#define COAT_FLEECE
#define COAT_PALE 0.7
#define EYE vec2(-0.06, -0.03)
#elif LAND_KIND == 9
// pig: a long round barrel with a deep jowl and a round rump on short legs, a big head with
// little neck ending in a flat snout, ears flopping forward, a curly tail; paler skin
#define BEAST_SCALE 0.17
#define BEAST_BOX vec4(-1.0, -0.12, 0.8, 1.0)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.34, 0.6, 0.24, 0.26)
#define BODY_BARREL vec4(0.02, 0.62, 0.55, 0.26)
#define BODY_HAUNCH vec4(0.36, 0.64, 0.24, 0.27)
#define BODY_K 0.14
#define LEG_FORE vec4(-0.36, 0.44, 0.2, 0.15)
#define LEG_HIND vec4(0.38, 0.46, 0.2, 0.16)
#define LEG_HOCK vec2(0.06, -0.03)
#define LEG_FOOT vec2(-0.03, -0.06)
#define LEG_SPREAD vec2(0.1, 0.1)
#define LEG_FORE_R vec4(0.1, 0.058, 0.046, 0.045)
#define LEG_HIND_R vec4(0.13, 0.06, 0.046, 0.045)
#define LEG_STEP 0.5
#define FOOT_HOOF 0.035
#define NECK_BASE vec2(-0.6, 0.66)
#define HEAD_SKULL vec4(0.0, 0.0, 0.17, 0.16)
#define HEAD_MUZZLE vec4(-0.08, -0.02, -0.27, -0.07)
#define HEAD_MUZZLE_R vec3(0.1, 0.065, 0.06)
#define HEAD_K 0.1
#define HEAD_SNOUT
#define EAR_SHAPE 1
#define EAR_AT vec2(0.03, 0.08)
#define EAR_TURN vec2(-0.7, 0.25)
#define EAR_OFF vec2(0.0, 0.19)
#define EAR_R vec2(0.085, 0.18)
#define EAR_ROUND 0.015
#define TAIL_CURL vec2(0.58, 0.72)
#define COAT_PALE 0.18
#define EYE vec2(-0.07, 0.04)
#elif LAND_KIND == 10
// goat: a lean angular body with a straight back and the hip bone showing, slim legs on small
// hooves, a neck held up, a long face with a beard, ridged horns sweeping back, ears out to
// the side, a short tail flicked up
#define BEAST_SCALE 0.17
#define BEAST_BOX vec4(-0.85, -0.12, 0.7, 1.45)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.3, 0.76, 0.19, 0.22)
#define BODY_BARREL vec4(0.0, 0.76, 0.42, 0.2)
#define BODY_HAUNCH vec4(0.3, 0.8, 0.19, 0.21)
#define BODY_K 0.08
#define BODY_HUMP vec4(0.3, 0.96, 0.09, 0.05)
#define BODY_EXTRA_K 0.05
#define LEG_FORE vec4(-0.32, 0.64, 0.28, 0.24)
#define LEG_HIND vec4(0.31, 0.66, 0.27, 0.27)
#define LEG_HOCK vec2(0.1, -0.04)
#define LEG_FOOT vec2(-0.04, -0.08)
#define LEG_SPREAD vec2(0.08, 0.07)
#define LEG_FORE_R vec4(0.07, 0.036, 0.028, 0.028)
#define LEG_HIND_R vec4(0.1, 0.038, 0.028, 0.028)
#define LEG_K 0.04
#define FOOT_HOOF 0.028
#define NECK_BASE vec2(-0.32, 0.84)
#define NECK vec4(-0.12, 0.22, 0.15, 0.09)
#define NECK_K 0.07
#define HEAD_AT vec2(-0.16, 0.28)
#define HEAD_SKULL vec4(0.0, 0.0, 0.095, 0.08)
#define HEAD_MUZZLE vec4(-0.03, -0.01, -0.19, -0.18)
#define HEAD_MUZZLE_R vec3(0.07, 0.045, 0.04)
#define HEAD_K 0.04
#define HEAD_BEARD
#define EAR_SHAPE 0
#define EAR_AT vec2(0.05, 0.0)
#define EAR_TURN vec2(0.3, -0.5)
#define EAR_OFF vec2(0.08, 0.0)
#define EAR_R vec2(0.08, 0.028)
#define HORNS_SWEPT
#define TAIL_ROOT vec4(0.46, 0.92, -0.5, 0.5)
#define TAIL vec4(0.13, 0.0, 0.03, 0.025)
#define EYE vec2(-0.05, 0.02)
#elif LAND_KIND == 11
// rabbit (sitting)
#define BEAST_SCALE 0.16
#define BEAST_BOX vec4(-0.62, -0.1, 0.62, 1.25)
#define COAT_PALE 0.5
#elif LAND_KIND == 12
// bear: a massive body under a hump of muscle at the shoulder, shaggy, thick legs walking flat
// on broad paws, a big head with a short muzzle and round ears, held low
#define BEAST_SCALE 0.2
#define BEAST_BOX vec4(-1.0, -0.12, 0.72, 1.2)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.3, 0.72, 0.26, 0.3)
#define BODY_BARREL vec4(0.0, 0.7, 0.5, 0.28)
#define BODY_HAUNCH vec4(0.32, 0.72, 0.26, 0.28)
#define BODY_K 0.14
#define BODY_HUMP vec4(-0.26, 0.98, 0.22, 0.12)
#define BODY_EXTRA_K 0.12
#define LEG_FORE vec4(-0.34, 0.56, 0.28, 0.2)
#define LEG_HIND vec4(0.36, 0.58, 0.28, 0.22)
#define LEG_HOCK vec2(0.07, -0.02)
#define LEG_FOOT vec2(-0.06, -0.03)
#define LEG_SPREAD vec2(0.12, 0.1)
#define LEG_FORE_R vec4(0.13, 0.09, 0.075, 0.07)
#define LEG_HIND_R vec4(0.15, 0.09, 0.075, 0.07)
#define LEG_STEP 0.6
#define LEG_K 0.06
#define FOOT_PAD vec4(-0.04, 0.03, 0.1, 0.04)
#define NECK_BASE vec2(-0.48, 0.8)
#define NECK vec4(-0.18, -0.02, 0.22, 0.16)
#define NECK_K 0.1
#define HEAD_AT vec2(-0.26, -0.02)
#define HEAD_SKULL vec4(0.0, 0.0, 0.17, 0.15)
#define HEAD_MUZZLE vec4(-0.08, -0.03, -0.24, -0.07)
#define HEAD_MUZZLE_R vec3(0.085, 0.06, 0.06)
#define HEAD_K 0.06
#define EAR_SHAPE 2
#define EAR_AT vec2(0.08, 0.14)
#define EAR_TURN vec2(0.0, 0.2)
#define EAR_OFF vec2(0.0)
#define EAR_R vec2(0.068)
#define TAIL_ROOT vec4(0.55, 0.82, 0.0, 0.2)
#define TAIL vec4(0.06, 0.0, 0.04, 0.035)
#define COAT_FUR
#define EYE vec2(-0.07, 0.04)
#elif LAND_KIND == 13
// frog (sitting)
#define BEAST_SCALE 0.26
#define BEAST_BOX vec4(-0.5, -0.08, 0.45, 0.5)
#elif LAND_KIND == 14
// giraffe: a short body sloping from high withers to a low rump, very long slender legs, a long
// neck rising steeply to a small head with ossicones and ears, a tufted tail; a coat of patches
// between light lines
#define BEAST_SCALE 0.14
#define BEAST_BOX vec4(-1.2, -0.12, 0.8, 3.0)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.3, 1.62, 0.24, 0.26)
#define BODY_BARREL vec4(0.0, 1.55, 0.42, 0.22)
#define BODY_HAUNCH vec4(0.32, 1.5, 0.2, 0.21)
#define BODY_K 0.1
#define LEG_FORE vec4(-0.32, 1.42, 0.72, 0.55)
#define LEG_HIND vec4(0.32, 1.4, 0.62, 0.62)
#define LEG_HOCK vec2(0.12, -0.05)
#define LEG_FOOT vec2(-0.05, -0.12)
#define LEG_SPREAD vec2(0.1, 0.08)
#define LEG_FORE_R vec4(0.08, 0.045, 0.032, 0.04)
#define LEG_HIND_R vec4(0.1, 0.045, 0.032, 0.04)
#define LEG_STEP 0.5
#define FOOT_HOOF 0.04
#define NECK_BASE vec2(-0.36, 1.72)
#define NECK vec4(-0.42, 0.95, 0.19, 0.07)
#define NECK_K 0.1
#define HEAD_TURN 0.6
#define MANE vec4(0.1, 0.2, -0.32, 1.05)
#define MANE_R vec3(0.035, 0.025, 0.0)
#define HEAD_AT vec2(-0.46, 1.02)
#define HEAD_SKULL vec4(0.0, 0.0, 0.07, 0.06)
#define HEAD_MUZZLE vec4(0.02, 0.0, -0.24, -0.08)
#define HEAD_MUZZLE_R vec3(0.075, 0.045, 0.04)
#define HEAD_K 0.04
#define OSSICONES
#define EAR_SHAPE 0
#define EAR_AT vec2(0.05, 0.04)
#define EAR_TURN vec2(0.4, -0.4)
#define EAR_OFF vec2(0.08, 0.0)
#define EAR_R vec2(0.075, 0.025)
#define TAIL_ROOT vec4(0.5, 1.6, 1.35, 0.15)
#define TAIL vec4(0.6, 0.1, 0.02, 0.014)
#define TAIL_TUFT vec4(0.64, 0.02, 0.08, 0.035)
#define COAT_PATCHES
#define COAT_PALE 0.45
#define EYE vec2(-0.06, 0.02)
#elif LAND_KIND == 15
// mouse (sitting low)
#define BEAST_SCALE 0.16
#define BEAST_BOX vec4(-0.62, -0.06, 1.05, 0.5)
#elif LAND_KIND == 17
// an animal of no picture of its own (a badger, an otter, a pangolin): a rounded body low on
// short legs walking on pads, a short thick neck, a tapering snout, small round ears, a thick
// furred tail held low
#define BEAST_SCALE 0.3
#define BEAST_BOX vec4(-0.85, -0.12, 0.95, 0.95)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.28, 0.42, 0.17, 0.16)
#define BODY_BARREL vec4(0.0, 0.45, 0.38, 0.19)
#define BODY_HAUNCH vec4(0.28, 0.44, 0.19, 0.18)
#define BODY_K 0.12
#define LEG_FORE vec4(-0.28, 0.33, 0.16, 0.13)
#define LEG_HIND vec4(0.28, 0.36, 0.16, 0.15)
#define LEG_HOCK vec2(0.09, -0.03)
#define LEG_FOOT vec2(-0.06, -0.03)
#define LEG_SPREAD vec2(0.09, 0.06)
#define LEG_FORE_R vec4(0.07, 0.045, 0.04, 0.04)
#define LEG_HIND_R vec4(0.1, 0.05, 0.042, 0.04)
#define LEG_STEP 0.7
#define LEG_K 0.05
#define FOOT_PAD vec4(-0.03, 0.02, 0.06, 0.03)
#define NECK_BASE vec2(-0.36, 0.5)
#define NECK vec4(-0.13, 0.12, 0.13, 0.11)
#define NECK_K 0.1
#define HEAD_AT vec2(-0.16, 0.12)
#define HEAD_SKULL vec4(0.0, 0.0, 0.12, 0.1)
#define HEAD_MUZZLE vec4(-0.07, -0.03, -0.2, -0.06)
#define HEAD_MUZZLE_R vec3(0.065, 0.045, 0.028)
#define HEAD_K 0.06
#define EAR_SHAPE 2
#define EAR_AT vec2(0.05, 0.085)
#define EAR_TURN vec2(0.0, 0.2)
#define EAR_OFF vec2(0.0)
#define EAR_R vec2(0.04)
#define TAIL_ROOT vec4(0.45, 0.5, 0.35, 0.15)
#define TAIL vec4(0.34, 0.15, 0.065, 0.04)
#define TAIL_WAVE vec3(0.015, 3.0, 1.0)
#define COAT_FUR
#define EYE vec2(-0.07, 0.03)
#elif LAND_KIND == 18
// lizard (a crocodile, a salamander, a dinosaur): a long low body slung between short sprawled
// legs with splayed feet, a long flat head with no ears and a mouth along the jaw, a long tail
// tapering along the ground, a scaly coat with a serrated crest
#define BEAST_SCALE 0.3
#define BEAST_BOX vec4(-0.95, -0.08, 1.55, 0.42)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.3, 0.2, 0.16, 0.085)
#define BODY_BARREL vec4(0.0, 0.2, 0.38, 0.09)
#define BODY_HAUNCH vec4(0.3, 0.19, 0.15, 0.085)
#define BODY_K 0.1
#define LEG_FORE vec4(-0.3, 0.17, 0.085, 0.08)
#define LEG_HIND vec4(0.3, 0.16, 0.08, 0.075)
#define LEG_HOCK vec2(-0.08, 0.06)
#define LEG_FOOT vec2(-0.05, -0.005)
#define LEG_SPREAD vec2(0.12, 0.1)
#define LEG_FORE_R vec4(0.05, 0.032, 0.024, 0.018)
#define LEG_FORE_SLANT vec2(0.06, -0.06)
#define LEG_HIND_R vec4(0.065, 0.036, 0.026, 0.018)
#define LEG_STEP 0.35
#define LEG_K 0.04
#define FOOT_PAD vec4(-0.03, 0.008, 0.05, 0.012)
#define NECK_BASE vec2(-0.42, 0.21)
#define NECK vec4(-0.1, 0.0, 0.075, 0.065)
#define HEAD_AT vec2(-0.14, 0.0)
#define HEAD_SKULL vec4(0.0, 0.01, 0.1, 0.062)
#define HEAD_MUZZLE vec4(-0.05, -0.005, -0.23, -0.025)
#define HEAD_MUZZLE_R vec3(0.052, 0.03, 0.04)
#define HEAD_TURN 0.6
#define HEAD_K 0.04
#define EAR_SHAPE 4
#define MOUTH vec4(0.03, -0.02, -0.27, -0.025)
#define TAIL_ROOT vec4(0.46, 0.18, 0.3, 0.08)
#define TAIL vec4(1.05, -0.1, 0.08, 0.006)
#define TAIL_WAVE vec3(0.02, 4.0, 1.5)
#define COAT_SCALES
#define COAT_PALE 0.35
#define EYE vec2(-0.04, 0.025)
#elif LAND_KIND == 19
// tortoise (a turtle, a terrapin): a high domed shell of plates over a rim of small ones,
// stumpy pillar legs on blunt feet, a small beaked head on a wrinkled neck reaching forward,
// a short tail
#define BEAST_SCALE 0.3
#define BEAST_BOX vec4(-0.8, -0.08, 0.65, 0.6)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.3, 0.14, 0.14, 0.06)
#define BODY_BARREL vec4(0.0, 0.14, 0.44, 0.06)
#define BODY_HAUNCH vec4(0.3, 0.14, 0.14, 0.06)
#define BODY_K 0.08
#define BODY_SHELL vec4(0.0, 0.14, 0.5, 0.4)
#define LEG_FORE vec4(-0.32, 0.15, 0.075, 0.06)
#define LEG_HIND vec4(0.32, 0.15, 0.075, 0.06)
#define LEG_HOCK vec2(0.03, -0.01)
#define LEG_FOOT vec2(-0.02, -0.01)
#define LEG_SPREAD vec2(0.14, 0.12)
#define LEG_FORE_R vec4(0.085, 0.072, 0.066, 0.06)
#define LEG_HIND_R vec4(0.09, 0.075, 0.066, 0.06)
#define LEG_STEP 0.4
#define LEG_K 0.03
#define FOOT_PAD vec4(-0.025, 0.018, 0.075, 0.026)
#define NECK_BASE vec2(-0.42, 0.18)
#define NECK vec4(-0.17, 0.08, 0.06, 0.045)
#define NECK_K 0.05
#define NECK_WRINKLES 110.0
#define HEAD_AT vec2(-0.2, 0.09)
#define HEAD_SKULL vec4(0.0, 0.0, 0.075, 0.055)
#define HEAD_MUZZLE vec4(-0.03, -0.01, -0.1, -0.025)
#define HEAD_MUZZLE_R vec3(0.042, 0.026, 0.02)
#define HEAD_K 0.03
#define EAR_SHAPE 4
#define MOUTH vec4(0.0, -0.025, -0.12, -0.03)
#define TAIL_ROOT vec4(0.47, 0.12, 0.6, 0.1)
#define TAIL vec4(0.12, 0.0, 0.03, 0.008)
#define COAT_PALE 0.4
#define EYE vec2(-0.035, 0.018)
#elif LAND_KIND == 20
// fox: small and light on thin legs in black socks, a narrow pointed muzzle, large pricked ears
// with black backs, a red-orange coat (COAT_COLOUR) with a white bib, jaw and tail tip
// (COAT_FOX), a long very bushy tail held low behind it
#define BEAST_SCALE 0.2
#define BEAST_BOX vec4(-0.85, -0.1, 1.3, 1.2)
#define BEAST_STANDING
#define BODY_CHEST vec4(-0.3, 0.56, 0.15, 0.15)
#define BODY_BARREL vec4(0.0, 0.56, 0.36, 0.115)
#define BODY_HAUNCH vec4(0.27, 0.58, 0.15, 0.14)
#define BODY_K 0.1
#define LEG_FORE vec4(-0.31, 0.47, 0.22, 0.19)
#define LEG_HIND vec4(0.27, 0.5, 0.23, 0.22)
#define LEG_HOCK vec2(0.13, -0.05)
#define LEG_FOOT vec2(-0.05, -0.05)
#define LEG_SPREAD vec2(0.08, 0.06)
#define LEG_FORE_R vec4(0.055, 0.03, 0.024, 0.026)
#define LEG_HIND_R vec4(0.1, 0.036, 0.026, 0.026)
#define NECK_BASE vec2(-0.32, 0.6)
#define NECK vec4(-0.12, 0.22, 0.13, 0.095)
#define HEAD_AT vec2(-0.18, 0.26)
#define HEAD_SKULL vec4(0.0, 0.0, 0.105, 0.085)
#define HEAD_MUZZLE vec4(-0.06, -0.025, -0.25, -0.05)
#define HEAD_MUZZLE_R vec3(0.05, 0.018, 0.04)
#define EAR_SHAPE 1
#define EAR_AT vec2(0.02, 0.05)
#define EAR_TURN vec2(0.2, -0.3)
#define EAR_OFF vec2(0.0, 0.17)
#define EAR_R vec2(0.06, 0.17)
#define EAR_FAR vec3(0.08, 0.05, 0.45)
#define TAIL_ROOT vec4(0.4, 0.63, 0.75, 0.15)
#define TAIL vec4(0.45, 0.2, 0.06, 0.09)
#define TAIL_WAVE vec3(0.012, 5.0, 0.0)
#define TAIL_TUFT vec4(0.34, 0.035, 0.26, 0.1)
#define COAT_COLOUR vec3(0.8, 0.27, 0.06)
#define COAT_FOX
#define EYE vec2(-0.06, 0.025)
#elif LAND_KIND == 21
// heron (an egret, a stork, a crane, a flamingo): a tall wading bird standing still on long
// thin legs, its body tilted, the neck folded in an S, a dagger bill, a black crest plume; a
// grey back (COAT_COLOUR) and a pale neck and face
#define BEAST_SCALE 0.2
#define BEAST_BOX vec4(-0.55, -0.08, 0.48, 1.42)
#define COAT_COLOUR vec3(0.34, 0.37, 0.41)
#elif LAND_KIND == 23
// penguin: upright on short legs, a black back and head (COAT_COLOUR), a white front,
// flippers at its sides, a short bill
#define BEAST_SCALE 0.24
#define BEAST_BOX vec4(-0.34, -0.05, 0.3, 0.9)
#define COAT_COLOUR vec3(0.05, 0.055, 0.07)
#elif LAND_KIND == 24
// seal (a walrus, a sea lion): lying on its belly, the head raised, fore-flippers under the
// chest and the hind flippers fanned behind; a grey-brown coat (COAT_COLOUR), a paler belly
#define BEAST_SCALE 0.26
#define BEAST_BOX vec4(-0.5, -0.05, 0.62, 0.55)
#define COAT_COLOUR vec3(0.3, 0.28, 0.26)
#elif LAND_KIND == 22
// a bird on the ground (a crow, a gull, a pigeon): plump, short-legged, a tail angled down
#define BEAST_SCALE 0.3
#define BEAST_BOX vec4(-0.34, -0.08, 0.42, 0.6)
#define COAT_PALE 0.2
#else
// monkey (sitting)
#define BEAST_SCALE 0.2
#define BEAST_BOX vec4(-0.42, -0.08, 0.85, 0.95)
#define COAT_PALE 0.5
#endif

// What most kinds share, unless they say otherwise.
#ifndef BODY_EXTRA_K
#define BODY_EXTRA_K 0.1
#endif
#ifndef LEG_STEP
#define LEG_STEP 1.0
#endif
#ifndef LEG_FORE_SLANT
#define LEG_FORE_SLANT vec2(0.0)
#endif
#ifndef LEG_K
#define LEG_K 0.05
#endif
#ifndef NECK_K
#define NECK_K 0.08
#endif
#ifndef HEAD_AT
#define HEAD_AT vec2(0.0)
#endif
#ifndef HEAD_K
#define HEAD_K 0.05
#endif
#ifndef HEAD_TURN
#define HEAD_TURN 1.0
#endif
#ifndef EAR_ROUND
#define EAR_ROUND 0.0
#endif
#ifndef TAIL_WAVE
#define TAIL_WAVE vec3(0.0)
#endif
#ifndef TAIL_MOTION
#define TAIL_MOTION 0
#endif
#ifndef COAT_PALE
#define COAT_PALE 0.0
#endif
