#version 330 core
// Motion (effect, additive light; none of them samples the picture: a copy of the composite
// and a texture fetch per pixel cost more than the whole effect on llvmpipe).
// LAND_KIND (the layer's defines in assets/visuals): 0 falling (thin streaks sliding upwards),
// 1 flying (streaks sliding sideways), 2 floating (soft motes of light rising slowly, the air
// itself lifting), 3 transforming (slow iridescent bands that morph across the picture).
// Floating and transforming are smooth and drawn at low resolution (see the visuals file).
// Compile-time, so unused kinds fold away: llvmpipe executes every branch.
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
void main() {
    vec2 p = aspect_coords(v_uv);
#if LAND_KIND <= 1
    // streaks: thin lines sliding past in cells (upwards when falling, sideways when flying)
    vec2 sp = (LAND_KIND == 1 ? p : p.yx) * vec2(1.0, 30.0);
    float row = floor(sp.y);
    float hr = hash11(row);
    sp.x += u_time * 0.25 * (1.0 + hr);
    float hs = hash11(row * 3.1 + floor(sp.x * 0.5));
    float fx = fract(sp.x * 0.5);
    float streak = smoothstep(0.0, 0.3, fx) * smoothstep(0.35, 0.3, fx) * exp(-abs(fract(sp.y) - 0.5) * 40.0);
    streak *= step(0.8, hs);
    // a faint sheen of speed toward the leading edge of the frame
    float lead = LAND_KIND == 1 ? v_uv.x : v_uv.y;
    vec3 col = land_pal_light() * streak * 0.12 + land_pal_haze() * 0.05 * lead * lead;
    f_color = vec4(col * u_intensity, 0.0);
#elif LAND_KIND == 2
    // floating: large soft motes, one per cell, drifting up and swaying
    vec2 g = (p + vec2(0.0, -u_time * 0.015)) * 3.2 + land_rand(1.0) * 20.0;
    vec2 gi = floor(g);
    vec2 h = hash22(gi);
    vec2 c = 0.5 + (h - 0.5) * 0.5 + 0.12 * vec2(lsin(u_time * 0.11 + h.y * 20.0), 0.0);
    vec2 d = fract(g) - c;
    float mote = exp(-dot(d, d) * 60.0) * step(0.55, h.x) * (0.6 + 0.4 * lsin(u_time * 0.3 + h.y * 30.0));
    vec3 col = mix(land_pal_light(), land_pal_glow(), h.y) * mote * 0.12
             + land_pal_haze() * 0.04 * (1.0 - v_uv.y);
    f_color = vec4(col * u_intensity, 0.0);
#else
    // transforming: iridescent bands that sweep slowly along a turning noise field
    float n = vnoise(v_uv * 4.0 + u_time * 0.05);
    float band = lsin((v_uv.x + v_uv.y) * 6.0 + n * 4.0 - u_time * 0.3);
    vec3 col = mix(u_palette[1], u_palette[3], 0.5 + 0.5 * band) * smoothstep(0.7, 1.0, band) * 0.08;
    col += mix(u_palette[3], u_palette[1], n) * 0.015;
    f_color = vec4(col * u_intensity, 0.0);
#endif
}
#endif
