#version 330 core
// A horned owl perched on a gnarled branch (foreground): a broad head with ear tufts and a
// facial disc, wings folded over a streaked breast, the tail below, talons curled round the
// branch; glowing eyes that blink slowly as the head turns a little. Lit from the upper left,
// a rim light on its crown and shoulders; it breathes.
// u_params.x: horizontal position offset, u_params.y: scale offset.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_SPRITE owl_sprite
#include "lib/land_vertex.glsl"
// Three boxes (`sprites = 3` in assets/visuals), so only the pixels near the owl and its branch
// are shaded: the owl (its tufts to its tail), and the branch left and right of it.
vec2 owl_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float s = 0.36 * (1.0 + u_params.y);
    vec2 o = vec2(asp * (0.72 + u_params.x), 0.36);
    vec4 owl = vec4(o.x - 0.5 * s, o.y - 0.86 * s, o.x + 0.5 * s, o.y + 1.06 * s);
    vec4 box = sprite == 0 ? owl
             : sprite == 1 ? vec4(o.x - 1.17 * s, o.y - 0.84 * s, owl.x, o.y - 0.2 * s)
                           : vec4(owl.z, o.y - 0.84 * s, asp + 0.01, o.y - 0.2 * s);
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
#include "lib/land_creature.glsl"

// The owl and its branch in the owl's units (the body's centre at 0, the crown near 0.95):
// the owl's distance, the branch's in `branch`, inner folds (wing edges, the facial disc's
// rim) in `fold`, and where its head's centre is.
float owl(vec2 q, float turn, float breathe, out float branch, out float fold, out vec2 hq) {
    q.y /= breathe;
    // a pear of a body, broad below
    float d = smin(sd_ellipse(q - vec2(0.0, -0.08), vec2(0.4, 0.48)),
                   sd_ellipse(q - vec2(0.0, 0.3), vec2(0.32, 0.28)), 0.15);
    // the head: broad, a little flat on top, ear tufts rising from its corners
    hq = q - vec2(turn, 0.6);
    float head = sd_ellipse(hq, vec2(0.39, 0.31));
    vec2 tq = vec2(abs(hq.x), hq.y);
    float tuft = sd_taper(tq, vec2(0.18, 0.17), vec2(0.31, 0.42), 0.075, 0.012);
    d = smin(d, smin(head, tuft, 0.05), 0.22);
    // the folded wings over the flanks, their tips crossing over the tail
    vec2 wq = vec2(abs(q.x), q.y);
    float wing = sd_taper(wq, vec2(0.26, 0.18), vec2(0.07, -0.66), 0.15, 0.025);
    wing = smin(wing, sd_ellipse(wq - vec2(0.27, -0.05), vec2(0.13, 0.3)), 0.08);
    d = min(d, wing);
    // the tail hangs behind the branch
    d = min(d, sd_taper(q, vec2(0.0, -0.45), vec2(0.04, -0.8), 0.13, 0.08));
    // talons curled over the branch
    vec2 fq = vec2(abs(q.x) - 0.12, q.y + 0.58);
    float toes = min(sd_capsule(fq, vec2(-0.05, 0.0), vec2(-0.07, -0.08), 0.028),
                     min(sd_capsule(fq, vec2(0.0, 0.0), vec2(0.0, -0.09), 0.028),
                         sd_capsule(fq, vec2(0.05, 0.0), vec2(0.07, -0.08), 0.028)));
    d = smin(d, toes, 0.03);
    // the branch from the right edge, thick and gnarled, a twig rising from it
    float by = -0.64 + 0.05 * q.x + 0.03 * lsin(q.x * 4.0);
    float thick = 0.075 * (1.0 + 0.35 * max(q.x, 0.0)) + 0.012 * lsin(q.x * 17.0);
    branch = max(abs(q.y - by) - thick, -q.x - 1.15);
    branch = min(branch, sd_taper(q, vec2(0.75, -0.6), vec2(0.95, -0.25), 0.03, 0.008));
    // the folds: the wings' front edges and the facial disc's rim
    vec2 dq = vec2(abs(hq.x) - 0.15, hq.y + 0.02);
    float disc = length(dq) - 0.165;
    fold = min(abs(wing), abs(disc)) + 0.005;
    return d;
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float s = 0.36 * (1.0 + u_params.y);
    vec2 o = vec2(asp * (0.72 + u_params.x), 0.36);
    vec2 q = (p - o) / s;                     // owl space: body centre at 0, height ~2
    float breathe = 1.0 + 0.012 * lsin(u_time * 0.8);
    float turn = 0.06 * lsin(u_time * 0.13);
    float branch, fold, b2, f2;
    vec2 hq, h2;
    float d = owl(q, turn, breathe, branch, fold, hq) * s;
    branch *= s;
    const vec2 KEY = vec2(-0.75, 0.66);
    const float STEP = 0.04;
    float slope = (min(owl(q + KEY * STEP, turn, breathe, b2, f2, h2) * s, b2 * s)
                   - min(d, branch)) / (STEP * s);
    float px = land_px();
    float w = px * 1.3;
    vec3 lw = creature_light(min(d, branch), slope, w, 0.02);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    // plumage: a paler facial disc, streaks down the breast, the wing edges catching light
    vec2 dq = vec2(abs(hq.x) - 0.15, hq.y + 0.02);
    float disc = land_fill(length(dq) - 0.165, 0.02);
    float breast = land_fill(sd_ellipse(q - vec2(0.0, -0.12), vec2(0.22, 0.36)), 0.05);
    float streak = smoothstep(0.55, 1.0, lsin(q.y * 85.0 + abs(q.x) * 14.0 + lsin(q.x * 31.0)))
                 * breast;
    float bark = 0.8 + 0.2 * lsin(q.x * 50.0 + lsin(q.y * 40.0) * 2.0);
    vec3 plume = dark * (1.0 + 0.9 * disc) + light * (0.035 * breast * (1.0 - 0.9 * streak) + 0.03 * disc);
    vec3 body = mix(plume, dark * 0.9 * bark, step(branch, d));
    vec3 col = creature_colour(lw, body, mix(light, glow, 0.4) * 0.35, glow * 0.7);
    col += glow * (0.2 * exp(-fold * s / px)) * lw.x * step(d, branch);
    // brows: a pale V between the ear tufts, above the eyes
    float brow = exp(-abs(hq.y - 0.13 + 0.35 * abs(hq.x)) * 80.0) * step(abs(hq.x), 0.26)
               * step(0.05, abs(hq.x));
    col += mix(light, glow, 0.5) * (0.12 * brow) * lw.x;
    // the eyes: glowing, with pupils, a slow blink
    float ph = fract(u_time / 9.0 + land_rand(3.0));
    float lid = smoothstep(0.0, 0.025, abs(ph - 0.5));   // 0 when closed
    vec2 eq = vec2(abs(hq.x) - 0.15, hq.y + 0.01);
    float er = 0.085;
    float eye = land_fill(length(eq) - er, 0.006);
    float open = land_fill(abs(eq.y) - er * lid, 0.006);
    float pupil = land_fill(length(eq) - er * 0.45, 0.008);
    float eyecol = eye * open * (1.0 - 0.85 * pupil);
    float halo = exp(-length(eq) * 14.0) * lid * 0.3;
    col += mix(light, glow, 0.4) * (eyecol * 2.2 + halo) * land_breath() * lw.x;
    // the beak: small and hooked, between and below the eyes
    float beak = land_fill(sd_triangle_iso(vec2(hq.x, hq.y + 0.05), vec2(0.026, 0.08)), 0.008);
    col = mix(col, (dark * 1.6 + light * 0.05) * lw.x, beak);
    f_color = vec4(col, lw.x) * land_opacity();
}
#endif
