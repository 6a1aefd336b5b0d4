// Shared body of the deer, wolf programs; each defines LAND_KIND
// (compile-time, so unused kinds fold away: llvmpipe executes every branch).
// A deer or a wolf standing on a ridge in profile, one glowing eye (midground).
// LAND_KIND: 0 deer (antlers), 1 wolf (head raised, bushy tail).
// Needs lib/header.glsl, lib/noise.glsl and lib/land_common.glsl; the vertex section uses
// lib/land_beast_boxes.glsl (geometry, per-draw constants).
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
