#version 330 core
// A rock arch enclosing the view, like looking out from inside a cave (foreground).
// The opening's edge catches rim light; stalactites hang from the top.
// u_params.x: opening size offset (-0.2..0.2).
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    vec2 c = vec2(asp * 0.5, 0.32);
    vec2 q = (p - c) / vec2(asp * 0.43 + u_params.x, 0.6 + u_params.x);
    float n = vnoise(p * 5.0 + land_rand(1.0) * 40.0);
    float n2 = vnoise(p * 17.0);
    // opening: an arch (flat-ish floor), rough edge
    float e = length(vec2(q.x, max(q.y, 0.0) * 1.0 + min(q.y, 0.0) * 0.35)) - 1.0;
    e += 0.14 * (n - 0.5) + 0.04 * (n2 - 0.5);
    // stalactites: teeth hanging from the top of the opening
    float tx = p.x * 9.0 + land_rand(2.0) * 10.0;
    float ti = floor(tx);
    float tr = hash11(ti);
    float tooth = (1.0 - abs(fract(tx) - 0.5) * 2.0);
    float tlen = 0.12 * tr * tr * smoothstep(0.3, 0.9, q.y + 0.4);
    e = min(e, 1.0) - tooth * tooth * tlen * step(0.0, q.y) * 3.0;
    // a floor ledge at the bottom
    float floor_ = p.y - (0.06 + 0.03 * n);
    float d = min(-e * 0.25, floor_);
    float px = land_px();
    float cov = land_fill(d, px * 1.5);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    // rock surface: faint strata and a little light from the opening
    float depth = clamp(-d * 8.0, 0.0, 1.0);
    vec3 rock = dark * (0.8 + 0.5 * n2) * (1.0 - 0.6 * depth) + land_pal_haze() * 0.15 * (1.0 - depth);
    float rim = exp(-max(-d, 0.0) * 150.0) * cov;
    // glowing crystals of moisture dotted on the rock
    vec2 g = p * 40.0;
    float hs = hash21(floor(g));
    float dot_ = exp(-dot(fract(g) - 0.5, fract(g) - 0.5) * 60.0) * step(0.93, hs) * (1.0 - depth) * cov;
    vec3 col = rock * cov + glow * (rim * 0.5 + dot_ * 0.4 * (0.6 + 0.4 * lsin(u_time * 0.4 + hs * 30.0)));
    f_color = vec4(col, cov) * land_opacity();
}
#endif
