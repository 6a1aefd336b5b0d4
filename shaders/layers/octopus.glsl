#version 330 core
// An octopus drifting in open water (midground): its mantle swelling and easing as it breathes
// and jets, eight arms trailing in slow waves with pale suckers on their undersides, one eye
// with a bar of a pupil; lit from the surface above, a rim light below.
#include "lib/header.glsl"
#include "lib/fast_math.glsl"
const float OCTO_SCALE = 0.2;

// Where the octopus is: it drifts, rising a little on each jet and sinking back.
vec2 octopus_place(float asp) {
    return vec2(asp * 0.34 + 0.03 * lsin(u_time * 0.07), 0.6 + 0.025 * lsin(u_time * 0.8 - 0.8));
}

// the picture stays inside this rectangle, which follows it (see lib/land_vertex.glsl)
#define LAND_RECT (octopus_place(asp).xyxy + vec4(-1.3, -1.25, 1.3, 0.95) * OCTO_SCALE)
#define SWIM_BAND vec2(0.33, 0.81)  // the band it drifts in (lib/land_shore.glsl)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
#include "lib/land_creature.glsl"

// The mantle and head in the octopus's own units (the head at the origin).
float octopus_body(vec2 q, float pulse) {
    // the mantle: a great soft sac leaning back over the head
    vec2 mq = rot2(-0.5) * (q - vec2(0.14, 0.34));
    float d = sd_ellipse(mq, vec2(0.27 + 0.02 * pulse, 0.4 - 0.02 * pulse));
    return smin(d, sd_ellipse(q - vec2(-0.02, 0.0), vec2(0.24, 0.19)), 0.12);
}

// The eight arms below the head: their distance, the nearest arm's frame in `arm` (x along it
// from the root, y across) and its outward normal in `n` (the octopus's units).
float octopus_arms(vec2 q, float t, out vec2 arm, out vec2 n) {
    float da = 1e3;
    arm = vec2(1e3);
    n = vec2(0.0, 1.0);
    for (int i = 0; i < 8; i++) {
        // each arm leaves the web at its own fixed angle (folded at compile time) and sways
        // by bending
        float k = float(i) / 7.0;
        vec2 root = vec2(-0.12 + 0.22 * k, -0.1);
        mat2 turn = rot2(2.75 - 2.45 * k);
        vec2 aq = turn * (q - root);
        float len = 0.8 + 0.25 * fract(k * 3.7);
        float bend = (k - 0.5) * 0.5 + 0.3 * lsin(t * 0.4 + float(i) * 1.3);
        vec2 ni;
        float da_i = sd_bent_tube_n(aq, len, bend, vec3(0.06, 6.0, -t * 1.6 + float(i) * 0.9),
                                    0.075, 0.01, ni);
        bool nearer = da_i < da;
        arm = nearer ? aq : arm;
        n = nearer ? ni * turn : n;                    // back from the arm's frame
        da = min(da, da_i);
    }
    return da;
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float t = u_time;
    float s = OCTO_SCALE;
    vec2 o = octopus_place(asp);
    vec2 q = (p - o) / s;
    float pulse = lsin(t * 0.8);                              // the mantle breathes, then jets
    vec2 arm, n;
    float body = octopus_body(q, pulse);
    float arms = octopus_arms(q, t, arm, n);
    float d = smin(body, arms, 0.1) * s;
    vec2 eye = q - vec2(-0.11, 0.04);
    // the light comes from the surface above: on the body, how its distance changes one step
    // towards the light; on an arm, how its normal faces it
    const vec2 KEY = vec2(-0.3, 0.95);
    const float STEP = 0.05;
    float slope = arms < body ? dot(n, KEY)
                              : (octopus_body(q + KEY * STEP, pulse) - body) / STEP;
    float w = land_px() * 1.2;
    vec3 lw = creature_light(d, slope, w, 0.02);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    // skin: the palette's glow deep in the dark, mottled
    float mott = vnoise(q * 9.0);
    vec3 skin = mix(dark * 1.6, glow * 0.22, 0.35 + 0.25 * mott);
    vec3 col = creature_colour(lw, skin, mix(light, glow, 0.4) * 0.55, glow * 0.8);
    // pale suckers in a row along each arm's underside
    float along = arm.x * 16.0;
    vec2 sq = vec2((fract(along) - 0.5) / 16.0, arm.y + 0.035 * (1.0 - arm.x));
    float sucker = land_fill(length(sq) - 0.012 * (1.1 - arm.x), 0.006) * step(arm.x, 1.0);
    col += mix(light, glow, 0.3) * (0.3 * sucker) * lw.x;
    // the eye: a gold disc with a bar of a pupil
    float er = length(eye);
    float iris = land_fill(er - 0.05, 0.01);
    float pupil = land_fill(sd_box(eye, vec2(0.035, 0.01)), 0.008);
    col = mix(col, (mix(light, glow, 0.5) * 0.8) * lw.x, iris * (1.0 - pupil));
    col = mix(col, dark * 0.3 * lw.x, pupil * iris);
    f_color = vec4(col, lw.x) * land_opacity();
}
#endif
