#version 330 core
// Material overlays (effect). None of them samples the picture (a copy of the composite plus a
// texture fetch per pixel cost more than the whole effect on llvmpipe): they are light and a
// faint veil over it. LAND_KIND (the layer's defines in assets/visuals): 0 crystal, 1 glass,
// 2 gems (light broken by a prism: soft slanting shafts with rainbow edges drifting across the
// picture, and slow sparkles: white for crystal, fewer and clearer shafts for glass, coloured
// sparkles for gems), 3 gold, 4 silver (warm / cool glints drifting through the light with a
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
    // shafts of light slanting down from the upper left, where a slow noise across them is high
    float u = p.x * 0.82 + p.y * 0.57;                  // across the shafts
    float v = p.y * 0.82 - p.x * 0.57;                  // along them
    float t = u_time * 0.012;
    float n = vnoise(vec2(u * mix(3.0, 1.8, glass) - t, v * 0.6 + land_rand(1.0) * 30.0));
    float shaft = smoothstep(0.55, 0.95, n);
    // the prism's spread: each shaft's edge runs through the spectrum
    float h = n * 5.0 - t * 3.0;
    vec3 spectrum = 0.5 + 0.5 * vec3(lcos(h * 6.2832), lcos(h * 6.2832 - 2.094), lcos(h * 6.2832 + 2.094));
    vec3 light = mix(spectrum, vec3(1.0), 0.35 + 0.4 * glass) * land_pal_light();
    vec3 col = light * shaft * shaft * mix(0.16, 0.1, glass) * (0.4 + 0.6 * v_uv.y);
    // sparkles: white for crystal and glass, the dream's own colours for gems
    vec2 sh = hash22(floor(p * 22.0) + 5.0);
    vec3 glint = mix(vec3(1.0), mix(u_palette[1], u_palette[3], sh.y) * 2.0, gems);
    col += glint * land_sparkle(p) * mix(1.0, 0.5, glass) * (1.0 + gems);
    f_color = vec4(col, 0.0) * u_intensity;
#endif
}
#endif
