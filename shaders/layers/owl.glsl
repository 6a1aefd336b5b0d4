#version 330 core
// A large soft owl perched on a branch, glowing eyes that blink slowly (foreground).
// u_params.x: horizontal position offset, u_params.y: scale offset.
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(asp * (0.72 + u_params.x) - 0.47 * (1.0 + u_params.y), 0.36 - 0.3 * (1.0 + u_params.y), asp + 0.01, 0.36 + 0.42 * (1.0 + u_params.y))
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float s = 0.36 * (1.0 + u_params.y);
    vec2 o = vec2(asp * (0.72 + u_params.x), 0.36);
    vec2 q = (p - o) / s;                     // owl space: body centre at 0, height ~2
    float breathe = 1.0 + 0.012 * lsin(u_time * 0.8);
    q.y /= breathe;
    // head turns a little, slowly
    float turn = 0.06 * lsin(u_time * 0.13);
    vec2 hq = q - vec2(turn, 0.62);
    // body: egg shape; head: wide round; ear tufts
    float body = sd_ellipse(q - vec2(0.0, -0.05), vec2(0.42, 0.58));
    float head = sd_ellipse(hq, vec2(0.4, 0.33));
    vec2 tq = vec2(abs(hq.x) - 0.25, hq.y - 0.25);
    float tuft = sd_ellipse(rot2(-0.4) * tq, vec2(0.06, 0.15));
    float d = smin(body, head, 0.12);
    d = smin(d, tuft, 0.06);
    // tail below the branch, feet
    d = min(d, sd_box(q - vec2(0.0, -0.66), vec2(0.13, 0.12)) - 0.03);
    // branch from the right edge
    float bx = q.x;
    float by = -0.58 + 0.05 * bx + 0.03 * lsin(bx * 4.0);
    float branch = max(abs(q.y - by) - 0.055 * (1.0 + 0.3 * bx), -q.x - 1.2);
    float dd = min(d, branch) * s;
    float px = land_px();
    float cov = land_fill(dd, px * 1.3);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    // facial disc: two pale rings, chest chevrons and a folded-wing line
    float disc = land_fill(min(sd_circle(vec2(abs(hq.x) - 0.16, hq.y + 0.02), 0.17), 1.0), 0.02);
    vec2 cq = q * vec2(6.0, 8.0);
    float chev = smoothstep(0.75, 1.0, lsin(cq.y + abs(cq.x) * 0.9)) * land_fill(sd_ellipse(q - vec2(0.0, -0.1), vec2(0.26, 0.38)), 0.05);
    float wing = exp(-abs(abs(q.x) - 0.3 + 0.15 * q.y * q.y) * 60.0) * step(q.y, 0.35) * step(-0.55, q.y);
    vec3 col = dark * (1.0 + 0.8 * disc + 0.5 * chev + 0.7 * wing);
    // eyes: glowing, pupils, slow blink
    float ph = fract(u_time / 9.0 + land_rand(3.0));
    float lid = smoothstep(0.0, 0.025, abs(ph - 0.5));   // 0 when closed
    vec2 eq = vec2(abs(hq.x) - 0.16, hq.y + 0.01);
    float er = 0.085;
    float eye = land_fill(length(eq) - er, 0.006);
    float open = land_fill(abs(eq.y) - er * lid, 0.006);
    float pupil = land_fill(length(eq - vec2(0.0, 0.0)) - er * 0.42, 0.008);
    float eyecol = eye * open * (1.0 - 0.85 * pupil);
    float halo = exp(-length(eq) * 14.0) * lid * 0.35;
    vec3 eyeglow = mix(light, glow, 0.4) * (eyecol * 2.2 + halo) * land_breath();
    // beak
    float beak = land_fill(sd_triangle_iso(vec2(hq.x, hq.y + 0.06), vec2(0.035, 0.09)), 0.01);
    col = mix(col, dark * 2.5, beak);
    float rim = exp(-max(-dd, 0.0) * 260.0) * cov;
    col = col * cov + glow * rim * 0.55 + eyeglow * cov;
    f_color = vec4(col, cov) * land_opacity();
}
#endif
