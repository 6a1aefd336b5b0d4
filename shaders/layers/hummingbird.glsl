#version 330 core
// A hummingbird hovering in the foreground: its body tilted up, a long fine bill, a fanned
// tail, its wings a blur of light beating too fast to see, an iridescent throat that changes
// colour as it turns. It hovers, bobbing, and now and then darts to a new place within the band
// of the frame where the compositor stages it (u_place: renderer/gfx/staging.py), facing into
// the frame.
#include "lib/header.glsl"

// Its size (land units per body unit), and how far it darts from its band's middle (land
// units): its body, wings and bill reach 0.7 body units either way.
float bird_scale() { return 0.15 * u_place.y; }
float bird_reach(float asp) { return clamp(u_place.w * asp - 0.7 * bird_scale(), 0.0, 0.08); }

// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT (vec4(u_place.x * asp, 0.3, u_place.x * asp, 0.86) + vec4(-1.0, 0.0, 1.0, 0.0) * (bird_reach(asp) + 0.75 * bird_scale()))
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
#include "lib/land_creature.glsl"

// The bird in its own units (the body's centre at the origin, facing left); its distance, and
// where its eye and throat are.
float hummingbird(vec2 q, float tail, out vec2 eye, out vec2 throat) {
    // the body: a small teardrop, its breast rounded, tilted head-up
    vec2 bq = rot2(0.93) * q;
    float d = sd_ellipse(bq - vec2(-0.02, -0.02), vec2(0.3, 0.15));
    vec2 hq = q - vec2(-0.17, 0.3);
    d = smin(d, sd_circle(hq, 0.115), 0.07);
    // the bill: long, fine and straight, a little down
    d = min(d, sd_taper(hq, vec2(-0.08, -0.01), vec2(-0.52, -0.09), 0.026, 0.006));
    // the tail: a fan of feathers behind and below, flicking open and shut
    vec2 tq = rot_small(0.25 * tail) * (q - vec2(0.15, -0.2));
    float spread = 0.25 + 0.12 * tail;
    float tl = 1e3;
    for (int i = 0; i < 4; i++) {
        float a = -1.0 + spread * (float(i) - 1.5);
        vec2 dir = vec2(lcos(a), lsin(a));
        tl = min(tl, sd_taper(tq, vec2(0.0), dir * 0.32, 0.035, 0.055));
    }
    d = smin(d, tl, 0.05);
    eye = hq - vec2(-0.04, 0.03);
    throat = q - vec2(-0.19, 0.15);
    return d;
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float t = u_time;
    float s = bird_scale();
    // it hovers, bobbing, and darts between three places
    float hop = floor(t / 7.0);
    float f = clamp(fract(t / 7.0) * 7.0 / 0.6, 0.0, 1.0);   // the dart, in its first 0.6 s
    f = f * f * (3.0 - 2.0 * f);
    vec2 from = vec2(hash11(hop + u_seed) - 0.5, hash11(hop * 1.3 + u_seed + 7.0) - 0.5);
    vec2 to = vec2(hash11(hop + 1.0 + u_seed) - 0.5, hash11((hop + 1.0) * 1.3 + u_seed + 7.0) - 0.5);
    vec2 o = vec2(u_place.x * asp, 0.58) + mix(from, to, f) * vec2(2.0 * bird_reach(asp), 0.1)
           + vec2(0.004 * lsin(t * 2.3), 0.008 * lsin(t * 3.1));
    vec2 q = (p - o) / s;
    q.x *= -u_place.z;                             // drawn facing left; mirrored to face right
    vec2 eye, throat;
    float tail = lsin(t * 2.7);
    float d = hummingbird(q, tail, eye, throat) * s;
    vec3 lw = creature_lit(d, 0.012);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    vec3 col = creature_colour(lw, mix(dark, glow * 0.2, 0.3), mix(light, glow, 0.3) * 0.6,
                               glow * 0.9);
    // the throat's gorget flashes from the palette's glow to its light as the bird turns
    float gorget = land_fill(sd_ellipse(throat, vec2(0.1, 0.07)), 0.03) * lw.x;
    float flash = 0.5 + 0.5 * lsin(t * 1.7 + q.y * 10.0);
    col += mix(glow, light, flash) * (0.7 * gorget);
    col += light * (creature_glint(eye, 0.022) * 0.8) * lw.x;
    // the wings: a fan of blur swept up from the shoulder, brightest at the ends of the beat
    vec2 wq = q - vec2(0.04, 0.16);
    float wr = length(wq);
    float wa = latan2(wq.y, wq.x) - 1.3;                  // 0 straight up and a little back
    float fan = smoothstep(0.8, 0.4, abs(wa)) * smoothstep(0.72, 0.3, wr) * smoothstep(0.02, 0.1, wr);
    float ends = exp(-(abs(wa) - 0.6) * (abs(wa) - 0.6) * 60.0) * smoothstep(0.72, 0.35, wr)
               * smoothstep(0.02, 0.1, wr);
    float blur = clamp(fan * 0.28 + ends * 0.45, 0.0, 1.0) * (1.0 - lw.x);
    col += (mix(light, glow, 0.5) * 0.5 + dark) * blur;
    f_color = vec4(col, lw.x + blur * 0.6) * land_opacity();
}
#endif
