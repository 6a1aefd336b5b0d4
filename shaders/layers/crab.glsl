#version 330 core
// A crab on the ground in the foreground, seen from the front: a broad shell on eight jointed
// legs, claws raised and slowly opening, eyes up on their stalks. It sidles one way and the
// other, its legs stepping only while it moves; lit from the upper left, a rim light behind
// (lib/land_creature.glsl, like every creature).
#include "lib/header.glsl"
#include "lib/fast_math.glsl"
const float CRAB_SCALE = 0.16;

// Its size (land units per body unit): smaller in a narrow band (u_place, where the compositor
// stages it: renderer/gfx/staging.py), so it has room to sidle.
float crab_scale(float asp) {
    return min(CRAB_SCALE * u_place.y, u_place.w * asp / 1.7);
}

// Where the crab is along its way (land x): it sidles to and fro across its band, easing at
// each end, never leaving it.
float crab_x(float asp) {
    float walk = 0.5 - 0.5 * lcos(u_time * 0.11);
    float reach = u_place.w * asp - 1.2 * crab_scale(asp);
    return u_place.x * asp + reach * (2.0 * walk * walk * (3.0 - 2.0 * walk) - 1.0);
}

// the picture stays inside this rectangle, which follows it (see lib/land_vertex.glsl)
#define LAND_RECT vec4(crab_x(asp) - 1.2 * crab_scale(asp), 0.0, crab_x(asp) + 1.2 * crab_scale(asp), 0.07 + 0.95 * crab_scale(asp))
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
#include "lib/land_creature.glsl"

// One side's walking legs (x mirrored by the caller): four limbs from under the shell's rim
// out to a knee held high and down to a pointed tip; `gait` steps them in turn.
float crab_legs(vec2 q, float gait) {
    float d = 1e3;
    for (int i = 0; i < 4; i++) {
        float k = float(i);
        float ph = gait + k * 1.57;
        float lift = max(lsin(ph), 0.0) * 0.12;
        vec2 top = vec2(0.32 + 0.05 * k, 0.05 - 0.05 * k);
        vec2 knee = top + vec2(0.28 + 0.05 * k, 0.22 - 0.05 * k + lift);
        vec2 tip = vec2(0.7 + 0.12 * k + 0.06 * lcos(ph), -0.28 + lift * 0.6);
        d = min(d, sd_limb(q, top, mix(top, knee, 0.5), knee, tip,
                           vec4(0.05, 0.045, 0.04, 0.012)));
    }
    return d;
}

// One claw (x mirrored by the caller): an arm out and up to a heavy claw held in front of the
// shell, its fingers pointing inwards, the moving finger opening by `open`.
float crab_claw(vec2 q, float open) {
    float d = sd_limb(q, vec2(0.3, 0.06), vec2(0.5, 0.12), vec2(0.56, 0.24), vec2(0.5, 0.3),
                      vec4(0.06, 0.06, 0.07, 0.08));
    vec2 c = rot2(-0.35) * (q - vec2(0.4, 0.33));
    d = smin(d, sd_ellipse(c, vec2(0.17, 0.11)), 0.05);
    // the fixed finger below, the moving one above, a gap between
    float fixed_f = sd_taper(c, vec2(-0.1, -0.03), vec2(-0.31, 0.0), 0.055, 0.012);
    vec2 m = rot_small(-0.15 - 0.4 * open) * (c - vec2(-0.08, 0.05));
    float moving = sd_taper(m, vec2(0.0), vec2(-0.24, 0.0), 0.05, 0.01);
    return min(smin(d, fixed_f, 0.03), moving);
}

// The crab in its own units (the shell's centre at the origin, its feet at y = -0.3);
// returns its distance and where its eyes are (x mirrored).
float crab(vec2 q, float gait, float open, out vec2 eye) {
    vec2 m = vec2(abs(q.x), q.y);
    float lead = q.x < 0.0 ? gait : gait + 3.14159;          // the two sides step out of phase
    // the shell: broad, with a scalloped front rim and a rounded back
    float shell = sd_ellipse(q - vec2(0.0, 0.02), vec2(0.44, 0.22));
    shell += 0.012 * lsin(m.x * 40.0) * smoothstep(0.05, 0.2, q.y);
    float d = smin(shell, crab_legs(m, lead), 0.04);
    d = min(d, crab_claw(m, open));
    // the eyes on their stalks
    float stalk = sd_capsule(m, vec2(0.09, 0.18), vec2(0.12, 0.32), 0.025);
    eye = m - vec2(0.12, 0.33);
    d = min(d, smin(stalk, length(eye) - 0.04, 0.02));
    return d;
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float t = u_time;
    float s = crab_scale(asp);
    // the legs step only while it moves
    float x = crab_x(asp);
    float gait = x * 110.0;
    float open = 0.5 + 0.5 * lsin(t * 0.7);
    vec2 o = vec2(x, 0.07 + 0.3 * s);
    vec2 q = (p - o) / s;
    vec2 eye;
    float d = crab(q, gait, open, eye) * s;
    vec3 lw = creature_lit(d, 0.018);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    // a shell the palette's warmest light tints, dark in its folds
    vec3 shell = mix(dark * 1.5, glow * 0.3, 0.35 + 0.2 * smoothstep(-0.2, 0.2, q.y));
    vec3 col = creature_colour(lw, shell, mix(light, glow, 0.4) * 0.6, glow * 0.85);
    col += light * (creature_glint(eye - vec2(-0.012, 0.012), 0.012) * 0.9) * lw.x;
    // its shadow on the ground
    vec2 sh = (p - vec2(x, 0.07)) / (s * vec2(0.8, 0.1));
    float shadow = (1.0 - lw.x) * exp(-dot(sh, sh) * 2.5) * 0.55;
    f_color = vec4(col, lw.x + shadow) * land_opacity();
}
#endif
