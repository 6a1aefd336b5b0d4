#version 330 core
// An octopus drifting in open water (midground): its mantle swelling and easing as it breathes
// and jets, eight arms trailing in slow waves with pale suckers on their undersides, one eye
// with a bar of a pupil; lit from the surface above, a rim light below.
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(asp * 0.34 - 0.36, 0.18, asp * 0.34 + 0.36, 0.86)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
#include "lib/land_creature.glsl"

// The octopus in its own units (the head at the origin, arms below); returns its distance,
// the nearest arm's frame in `arm` (x along it from the root, y across, + on its upper side)
// and where the eye is.
float octopus(vec2 q, float t, out vec2 arm, out vec2 eye) {
    float pulse = lsin(t * 0.8);                              // the mantle breathes, then jets
    // the mantle: a great soft sac leaning back over the head
    vec2 mq = rot2(-0.5) * (q - vec2(0.14, 0.34));
    float d = sd_ellipse(mq, vec2(0.27 + 0.02 * pulse, 0.4 - 0.02 * pulse));
    float head = sd_ellipse(q - vec2(-0.02, 0.0), vec2(0.24, 0.19));
    d = smin(d, head, 0.12);
    // the arms: eight tapering tubes fanned from the web, each in a slow travelling wave
    float da = 1e3;
    arm = vec2(1e3);
    for (int i = 0; i < 8; i++) {
        float k = float(i) / 7.0;
        float ang = mix(-2.75, -0.3, k) + 0.08 * lsin(t * 0.5 + float(i));
        vec2 root = vec2(-0.12 + 0.22 * k, -0.1);
        vec2 aq = rot2(-ang) * (q - root);
        float len = 0.8 + 0.25 * fract(k * 3.7);
        float bend = (k - 0.5) * 0.5 + 0.25 * lsin(t * 0.4 + float(i) * 1.3);
        float da_i = sd_bent_tube(aq, len, bend, vec3(0.06, 6.0, -t * 1.6 + float(i) * 0.9),
                                  0.075, 0.01);
        arm = da_i < da ? aq : arm;
        da = min(da, da_i);
    }
    d = smin(d, da, 0.1);
    eye = q - vec2(-0.11, 0.04);
    return d;
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float t = u_time;
    float s = 0.2;
    // it drifts, rising a little on each jet and sinking back
    vec2 o = vec2(asp * 0.34 + 0.03 * lsin(t * 0.07), 0.6 + 0.025 * lsin(t * 0.8 - 0.8));
    vec2 q = (p - o) / s;
    vec2 arm, eye, arm2, eye2;
    float d = octopus(q, t, arm, eye) * s;
    // the light comes from the surface: how d changes one step up
    const float STEP = 0.05;
    float slope = (octopus(q + vec2(-0.3, 0.95) * STEP, t, arm2, eye2) * s - d) / (STEP * s);
    float w = land_px() * 1.2;
    vec3 lw = creature_light(d, slope, w, 0.02);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    // skin: the palette's glow deep in the dark, mottled
    float mott = hash21(floor(q * 14.0)) * 0.5 + 0.5;
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
