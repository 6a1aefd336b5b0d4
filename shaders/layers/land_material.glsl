#version 330 core
// Material overlays (effect). None of them samples the picture (a copy of the composite plus a
// texture fetch per pixel cost more than the whole effect on llvmpipe): they are light and a
// faint veil over it. LAND_KIND (the layer's defines in assets/visuals): 0 crystal, 1 glass,
// 2 gems (triangular facets that veil and tint the picture near the edges of the frame, lit
// edges, slow sparkles), 3 gold, 4 silver (warm / cool glints drifting through the light with a
// broad sweeping sheen). Compile-time, so unused kinds fold away: llvmpipe executes every branch.
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
// Sparkles: one candidate per cell of a 22-per-unit grid, fading in and out slowly.
float land_sparkle(vec2 p) {
    vec2 sg = p * 22.0;
    vec2 si = floor(sg);
    float sh = hash21(si + 5.0);
    vec2 sf = fract(sg) - 0.5 - (vec2(fract(sh * 13.7), fract(sh * 71.3)) - 0.5) * 0.5;
    float tw = smoothstep(0.75, 1.0, lsin(u_time * 0.5 + sh * 60.0)) * step(0.82, sh);
    return (0.0015 / (abs(sf.x * sf.y) + 0.0015)) * exp(-dot(sf, sf) * 25.0) * tw;
}

void main() {
#if LAND_KIND >= 3
    // metals: additive glints with a broad sweeping sheen
    vec2 p = aspect_coords(v_uv);
    vec3 mcol = (LAND_KIND == 3 ? vec3(1.0, 0.72, 0.32) : vec3(0.75, 0.85, 1.0)) * 0.6
              + land_pal_light() * 0.4;
    float sw = lsin((p.x - p.y * 0.6) * 2.0 - u_time * 0.15);
    float sheen = exp(-sw * sw * 12.0) * 0.08;
    // slow variation along the sheen (was a value noise): two cheap waves
    float vary = 0.5 + 0.25 * lsin(p.x * 3.1 + p.y * 1.7) + 0.25 * lsin(p.y * 4.3 - p.x * 1.3 + 2.0);
    f_color = vec4(mcol * (land_sparkle(p) * 1.6 + sheen * (0.5 + 0.5 * vary)), 0.0) * u_intensity;
#else
    const float glass = LAND_KIND == 1 ? 1.0 : 0.0;
    const float gems = LAND_KIND == 2 ? 1.0 : 0.0;
    vec2 p = aspect_coords(v_uv);
    // triangular facets from a skewed grid, each with its own tint and veil
    float fs = mix(7.0, 3.5, glass);
    vec2 g = p * fs;
    g.x += g.y * 0.5;
    vec2 gi = floor(g);
    vec2 gf = fract(g);
    float upper = step(gf.y, gf.x);
    vec2 h = hash22(gi * 2.0 + vec2(upper, 0.0) + land_rand(1.0) * 40.0);
    // it fills in from the edges of the frame, leaving the centre clear
    vec2 e = abs(v_uv - 0.5) * 2.0;
    float edge = smoothstep(0.35, 1.0, max(e.x, e.y * 0.9) + 0.15 * h.x);
    vec3 tintc = mix(land_pal_haze() * 2.0, mix(u_palette[1], u_palette[3], h.y) * 0.5, 0.3 + 0.5 * gems);
    // facet edges catch the light
    float fe = min(min(gf.x, gf.y), min(1.0 - gf.x, 1.0 - gf.y));
    float de = min(fe, abs(gf.x - gf.y) * 0.7);
    float edgeline = exp(-de * 60.0) * (0.3 + 0.7 * h.y);
    float veil = (0.08 + 0.12 * h.x) * edge;                       // each facet dims its own way
    vec3 col = tintc * (0.5 + h.x) * 0.12 * edge + land_pal_light() * edgeline * edge * 0.05;
    col += land_pal_light() * land_sparkle(p) * edge;
    f_color = vec4(col, veil) * u_intensity;
#endif
}
#endif
