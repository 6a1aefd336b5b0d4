#version 330 core
// A deer or a wolf standing on a ridge in profile, one glowing eye (midground). LAND_KIND (the
// layer's defines in assets/visuals): 0 deer (antlers), 1 wolf (head raised, bushy tail).
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_SPRITE beast_boxes
#define LAND_VERTEX_HOOK beast_vertex
#include "lib/land_vertex.glsl"
// The picture is drawn as two sprites (`sprites = 2` in assets/visuals), the ground under the
// ridge line and the box holding the animal above it (antlers, raised muzzle, tail and the
// eye's halo), so the sky around is never shaded; the per-draw constants are computed here
// once per vertex instead of per pixel.
flat out vec4 v_beast;        // aspect, 1 / (2 w) for an edge softness w, breathing, tail sway
flat out mat2 v_beast_look;   // the head's rotation
flat out vec3 v_beast_dark;   // silhouette colour (times the opacity)
flat out vec3 v_beast_rim;    // rim glow (same)
flat out vec3 v_beast_eye;    // the eye's light (same)
flat out float v_beast_op;    // opacity

#include "lib/fast_math.glsl"

void beast_vertex() {
    float asp = aspect();
    float wolf = float(LAND_KIND);
    v_beast = vec4(asp, 0.5 * land_height_px() / 1.2, 0.015 * lsin(u_time * 0.7),
                   0.05 * lsin(u_time * 0.4));
    float look = 0.05 * lsin(u_time * 0.09);
    float ang = mix(0.5, -0.6, wolf) + look;
    float c = lsin(ang + 1.5707963), s = lsin(ang);
    v_beast_look = mat2(c, s, -s, c);
    float op = clamp(u_intensity * 1.25, 0.0, 1.0);   // land_opacity()
    vec3 glow = v_pal_glow * v_breath;
    v_beast_dark = v_pal_dark * op;
    v_beast_rim = glow * (0.55 * op);
    v_beast_eye = mix(glow, v_pal_light, 0.5) * (v_breath * op);
    v_beast_op = op;
}

// The ground is one convex quad: its top runs 2 px above the ridge (the fragment stage: at
// most 0.106 + 0.12 smoothstep(0.15, 0.7, x / aspect), which stays under the straight line
// from (0, 0.106) to (xa, 0.226)) up to the animal's box at xa, then flat at 0.226 (the
// ridge's top) to the right edge; its fourth corner lies far below the screen. The animal's
// box stands on that flat part (the seam is horizontal, so no pixel is drawn twice or missed).
vec2 beast_boxes(int sprite, vec2 corner) {
    float asp = aspect();
    float m = 2.0 / land_height_px();
    float x = asp * 0.66;  // where the animal stands (the fragment stage)
    float xa = x - 0.26, yb = 0.226 + m;
    if (sprite == 1)
        return quad_box_corner(vec4(xa, yb, x + 0.23, 0.66) / vec4(asp, 1.0, asp, 1.0), corner);
    // left end of the slope (flat when the animal's box nearly reaches the left edge; the box
    // is clipped to the screen, so is the kink); on a far shore the screen's left edge lies
    // left of x = 0, and the top is flat from there
    float yl = xa > 0.05 ? 0.106 + m : yb;
    float x0 = land_from_screen(vec2(0.0)).x * asp;
    float x1 = max(land_from_screen(vec2(1.0)).x * asp + 0.1, asp + 1.0);
    vec2 left = x0 < 0.0 ? vec2(x0, yb) : vec2(0.0, yl);
    vec2 p = corner.y > 0.0 ? (corner.x > 0.0 ? vec2(max(xa, 0.0), yb) : left)
                            : (corner.x > 0.0 ? vec2(x1, yb) : vec2(-10.0, -100.0));
    return p / vec2(asp, 1.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
flat in vec4 v_beast;
flat in mat2 v_beast_look;
flat in vec3 v_beast_dark;
flat in vec3 v_beast_rim;
flat in vec3 v_beast_eye;
flat in float v_beast_op;
out vec4 f_color;

void main() {
    float asp = v_beast.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float wolf = float(LAND_KIND);
    // the ridge: a rise toward the right where the animal stands
    float rx = p.x / asp;
    float ridge = 0.1 + 0.12 * smoothstep(0.15, 0.7, rx) - 0.04 * smoothstep(0.8, 1.0, rx)
                + 0.006 * lsin(p.x * 13.0);
    float dr = p.y - ridge;
    float s = 0.2;
    vec2 o = vec2(asp * 0.66, 0.1 + 0.12 * smoothstep(0.15, 0.7, 0.66) + 0.74 * s);
    vec2 q = (p - o) / s;                 // body centre at 0; feet at y = -0.75; faces left
    float breathe = v_beast.z;
    // legs: four thin tapered capsules
    vec2 lq = vec2(q.x, q.y);
    float legs = min(min(sd_taper(lq, vec2(-0.38, 0.0), vec2(-0.42, -0.78), 0.06, 0.025),
                         sd_taper(lq, vec2(-0.25, 0.0), vec2(-0.22, -0.78), 0.05, 0.025)),
                     min(sd_taper(lq, vec2(0.3, 0.0), vec2(0.36, -0.78), 0.07, 0.025),
                         sd_taper(lq, vec2(0.42, 0.0), vec2(0.46, -0.78), 0.06, 0.025)));
    // the wolf is lower and stockier: its upper body sits lower on thicker legs
    q.y += 0.14 * wolf;
    legs -= 0.015 * wolf;
    float body = sd_ellipse(q - vec2(0.0, 0.05 + 0.03 * wolf), vec2(0.55, 0.2 + 0.06 * wolf + breathe));
    // neck and head: deer holds its head high, the wolf lifts its muzzle to howl
    vec2 nb = vec2(-0.45, 0.12), nt = mix(vec2(-0.7, 0.62), vec2(-0.62, 0.48), wolf);
    float neck = sd_taper(q, nb, nt, mix(0.13, 0.26, wolf), mix(0.08, 0.15, wolf));
    vec2 hq = v_beast_look * (q - nt);
    float head = sd_ellipse(hq - vec2(-0.08, 0.0), vec2(0.16, 0.1));
    float muzzle = sd_taper(hq, vec2(-0.05, -0.01), vec2(mix(-0.3, -0.3, wolf), -0.04), 0.07, mix(0.035, 0.025, wolf));
    head = smin(head, muzzle, 0.05);
    // ears
    vec2 eq = hq - vec2(0.03, 0.08);
    float ears = sd_ellipse(rot2(mix(-0.9, 0.35, wolf)) * eq - vec2(0.0, mix(0.07, 0.09, wolf)), vec2(mix(0.06, 0.045, wolf), mix(0.09, 0.13, wolf)));
    // antlers (deer): two branching curves made of capsules
    vec2 aq = q - nt - vec2(0.03, 0.1);
    float ant = min(min(sd_capsule(aq, vec2(0.0), vec2(0.12, 0.35), 0.018),
                        sd_capsule(aq, vec2(0.12, 0.35), vec2(0.3, 0.5), 0.014)),
                    min(sd_capsule(aq, vec2(0.06, 0.18), vec2(-0.08, 0.32), 0.014),
                        sd_capsule(aq, vec2(0.1, 0.3), vec2(0.02, 0.5), 0.012)));
    ant = min(ant, sd_capsule(aq, vec2(0.17, 0.4), vec2(0.28, 0.3), 0.011));
    ant += wolf * 10.0;
    // tails: a flick for the deer, a bushy drooping tail for the wolf
    float sway = v_beast.w;
    float tail = mix(sd_ellipse(q - vec2(0.58, 0.12), vec2(0.07, 0.05)),
                     sd_taper(q, vec2(0.52, 0.12), vec2(0.8 + sway, -0.42), 0.09, 0.07), wolf);
    float d = smin(body, neck, 0.08);
    d = smin(d, head, 0.04);
    d = min(min(d, legs), min(ears, min(ant, tail)));
    d = smin(d, legs, 0.05);
    float dd = min(d * s, dr);
    // land_fill(dd, w), w = 1.2 px (smoothstep is symmetric about its middle)
    float sc = clamp(0.5 - dd * v_beast.y, 0.0, 1.0);
    float cov = sc * sc * (3.0 - 2.0 * sc);
    float rim = exp(-max(-dd, 0.0) * 350.0) * cov;
    // the eye: a small glowing point with a soft halo
    vec2 ep = hq - vec2(-0.09, 0.03);
    float e = length(ep) * s;
    float eye = exp(-e * 700.0) * 2.5 + exp(-e * 90.0) * 0.25;
    // the colours carry the opacity already
    vec3 col = v_beast_dark * cov + v_beast_rim * rim + v_beast_eye * eye;
    f_color = vec4(col, cov * v_beast_op);
}
#endif
