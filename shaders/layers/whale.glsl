#version 330 core
// A huge whale gliding slowly with bioluminescent spots (midground).
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(asp * 0.5 - 0.47, 0.32, asp * 0.5 + 0.58, 0.76)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
// Whale in its own frame (x along the body, head at -1, tail at +1.3). Returns distance.
float whale(vec2 q, float t, out float u) {
    u = clamp((q.x + 1.0) / 2.3, 0.0, 1.0);           // 0 head .. 1 tail
    float bend = 0.12 * lsin(t - u * 2.5) * u * u;
    q.y -= bend;
    float body = sd_ellipse(q - vec2(-0.25, 0.0), vec2(0.8, 0.25));
    float tail = sd_taper(q, vec2(0.2, 0.02), vec2(1.3, 0.0), 0.16, 0.025);
    body = smin(body, tail, 0.15);
    // a little lower jaw bulge
    body = smin(body, sd_ellipse(q - vec2(-0.55, -0.08), vec2(0.45, 0.17)), 0.1);
    // tail flukes
    vec2 f = q - vec2(1.32, 0.0);
    f.y = abs(f.y);
    float fluke = sd_ellipse(rot2(-0.55) * (f - vec2(0.06, 0.1)), vec2(0.07, 0.18));
    // pectoral fin, long like a humpback's
    vec2 pf = rot2(0.6) * (q - vec2(-0.35, -0.16));
    float fin = sd_ellipse(pf - vec2(0.22, 0.0), vec2(0.3, 0.045));
    return min(min(body, fluke), fin);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float t = u_time * 0.35;
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    // whale: glides in place with a slow bob, as if the camera follows it
    float s = 0.3;
    vec2 o = vec2(asp * 0.5 + 0.08 * lsin(u_time * 0.03), 0.55 + 0.03 * lsin(u_time * 0.07));
    vec2 q = rot2(0.05 * lsin(u_time * 0.05)) * (p - o) / s;
    float u;
    float dw = whale(q, t, u) * s;
    // belly grooves and spots along the flank
    float below = step(q.y, -0.02);
    float grooves = below * smoothstep(0.7, 1.0, lsin(q.y * 90.0)) * step(u, 0.45);
    vec2 sg = vec2(q.x * 9.0, q.y * 9.0);
    vec2 si = floor(sg);
    float hs = hash21(si + 3.0);
    float spot = exp(-dot(fract(sg) - 0.5, fract(sg) - 0.5) * 40.0) * step(0.72, hs)
               * smoothstep(0.16, 0.0, abs(q.y - 0.03 - 0.05 * q.x))
               * (0.6 + 0.4 * lsin(u_time * 0.5 + hs * 20.0));
    float cov = land_fill(dw, land_px() * 1.2);
    float rim = exp(-max(-dw, 0.0) * 300.0) * cov;
    vec3 wcol = dark * (1.0 + 0.6 * grooves) + glow * spot * 0.6;
    vec3 col = wcol * cov + glow * rim * 0.5;
    f_color = vec4(col, cov) * land_opacity();
}
#endif
