#version 330 core
// A humpback whale gliding slowly (midground): a flat knobbed rostrum and a long lower jaw with
// throat grooves, a deep body thinning to the tail stock, a small dorsal fin, a long pale
// flipper, flukes that beat as the body flexes up and down; lit from above, pale below, a rim
// light along its back, a few bioluminescent spots along its flank.
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(asp * 0.5 - 0.36, 0.36, asp * 0.5 + 0.5, 0.74)
#define SWIM_BAND vec2(0.36, 0.74)  // the band it fills (lib/land_shore.glsl)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
#include "lib/land_creature.glsl"

// The whale's back and belly lines at x (its own units: rostrum tip at -1, tail stock at 0.95).
vec2 whale_profile(float x) {
    float knobs = step(x, -0.5) * max(lsin((x + 1.0) * 55.0), 0.0);
    float up = 0.02 + 0.21 * smoothstep(-1.03, -0.3, x) - 0.19 * smoothstep(0.05, 0.98, x)
             + 0.01 * knobs * knobs;
    float lo = -0.03 - 0.25 * smoothstep(-1.0, -0.3, x) + 0.225 * smoothstep(-0.05, 0.98, x);
    return vec2(up, lo);
}

// The whale in its own frame, bent by its swimming (phase `beat`): its distance, whether a
// point lies on the flipper (1) or the belly (1), and the frame's point after the bend.
float whale(vec2 q, float beat, out float flipper, out vec2 bent) {
    float t = clamp((q.x + 1.0) / 2.35, 0.0, 1.0);
    float wave = lsin(beat - t * 2.2);
    q.y -= 0.09 * t * t * wave;
    bent = q;
    vec2 pr = whale_profile(q.x);
    float body = max(max(q.y - pr.x, pr.y - q.y) * 0.8, max(-1.02 - q.x, q.x - 1.02));
    // the dorsal fin, two thirds back
    body = smin(body, sd_taper(q, vec2(0.42, 0.1), vec2(0.55, 0.16), 0.04, 0.008), 0.04);
    // the flukes: a swept crescent pitching with the beat
    vec2 f = rot_small(-0.45 * lcos(beat - 2.2)) * (q - vec2(1.0, 0.0));
    vec2 fm = vec2(f.x, abs(f.y));
    float fluke = sd_taper(fm, vec2(0.0), vec2(0.16, 0.27), 0.05, 0.02);
    fluke = smin(fluke, sd_ellipse(rot_small(-0.75) * (fm - vec2(0.1, 0.13)), vec2(0.12, 0.05)), 0.04);
    body = smin(body, fluke, 0.04);
    // the near flipper: long, pale, its leading edge knobbed, sweeping slowly
    vec2 fq = rot_small(0.8 + 0.1 * lsin(beat * 0.5)) * (q - vec2(-0.42, -0.14));
    float fl = sd_bent_tube(fq, 0.68, 0.2, vec3(0.0025, 45.0, 0.0), 0.065, 0.02);
    flipper = step(fl, body);
    return min(body, fl);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float beat = u_time * 0.5;
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    // it glides in place with a slow bob, as if the camera follows it
    float s = 0.32;
    vec2 o = vec2(asp * 0.5 + 0.06 * lsin(u_time * 0.03), 0.55 + 0.025 * lsin(u_time * 0.07));
    vec2 q = rot_small(0.04 * lsin(u_time * 0.05) - 0.03) * (p - o) / s;
    float flipper, f2;
    vec2 b, b2;
    float d = whale(q, beat, flipper, b) * s;
    // the light comes from the surface above
    const vec2 KEY = vec2(-0.35, 0.94);
    const float STEP = 0.04;
    float slope = (whale(q + KEY * STEP, beat, f2, b2) * s - d) / (STEP * s);
    float w = land_px() * 1.2;
    vec3 lw = creature_light(d, slope, w, 0.02);
    // countershaded: a dark back, the throat and belly paler under the mouth line, grooved
    vec2 pr = whale_profile(b.x);
    float mouth = -0.01 - 0.07 * smoothstep(-1.0, -0.42, b.x);
    float line = mix(mouth, pr.y + 0.09, smoothstep(-0.45, -0.2, b.x));
    float below = smoothstep(0.01, -0.03, b.y - line);
    float grooves = step(b.x, -0.05) * smoothstep(0.4, 1.0, lsin((b.y - pr.y) * 150.0))
                  * step(b.y, pr.y + 0.13);
    float lip = exp(-abs(b.y - mouth) * 300.0) * step(b.x, -0.42);
    vec3 skin = mix(dark, dark * 1.8 + light * 0.07, below) * (1.0 - 0.3 * grooves - 0.5 * lip);
    skin = mix(skin, dark * 1.6 + light * 0.09, flipper);
    vec3 col = creature_colour(lw, skin, mix(light, glow, 0.4) * 0.3, glow * 0.6);
    // the eye, just above the mouth's corner
    col += glow * (exp(-length(b - vec2(-0.4, -0.045)) * s * 500.0) * 0.9) * lw.x;
    // bioluminescent spots along the flank
    vec2 sg = b * 9.0;
    vec2 si = floor(sg);
    float hs = hash21(si + 3.0);
    float spot = exp(-dot(fract(sg) - 0.5, fract(sg) - 0.5) * 40.0) * step(0.72, hs)
               * smoothstep(0.14, 0.0, abs(b.y - 0.02 - 0.04 * b.x))
               * (0.6 + 0.4 * lsin(u_time * 0.5 + hs * 20.0)) * (1.0 - flipper);
    col += glow * (spot * 0.6) * lw.x;
    f_color = vec4(col, lw.x) * land_opacity();
}
#endif
