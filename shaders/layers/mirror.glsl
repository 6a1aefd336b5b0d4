#version 330 core
// Mirror (effect, reads the scene): the left half is reflected onto the right about a
// vertical seam that ripples and glows faintly. u_params.x: 0 vertical axis, 1 horizontal
// (the upper half reflected downward).
// only the mirrored side and the seam's glow are drawn (see lib/land_vertex.glsl)
#define LAND_RECT (u_params.x < 0.5 ? vec4(asp * 0.43, 0.0, asp, 1.0) : vec4(0.0, 0.0, asp, 0.57))
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
uniform sampler2D u_scene;

void main() {
    float horiz = step(0.5, u_params.x);
    // a = coordinate across the seam, b = along it
    float a = mix(v_uv.x, 1.0 - v_uv.y, horiz);
    float b = mix(v_uv.y, v_uv.x, horiz);
    float seam = 0.5 + 0.004 * lsin(b * 40.0 + u_time * 0.8) + 0.003 * lsin(b * 17.0 - u_time * 0.5);
    float side = a - seam;                               // > 0 on the mirrored side
    float ripple = 0.006 * lsin(side * 120.0 - u_time * 1.5) * exp(-side * 12.0);
    float ma = clamp(seam - side + ripple, 0.0, 1.0);
    vec2 uv = mix(vec2(ma, v_uv.y), vec2(v_uv.x, 1.0 - ma), horiz);
    // nearest texel: the mirror maps pixels onto pixels, and filtering costs more than the rest
    vec3 refl = texelFetch(u_scene, ivec2(min(uv * u_resolution, u_resolution - 1.0)), 0).rgb;
    float px = 1.0 / u_resolution.y;
    float cov = smoothstep(-px * 2.0, px * 6.0, side);
    // glass: the reflection is a touch darker and tinted
    refl = refl * 0.82 + land_pal_glow() * 0.015;
    vec3 line = land_pal_light() * exp(-abs(side) * 500.0) * 0.5 * land_breath()
              + land_pal_glow() * exp(-abs(side) * 60.0) * 0.06;
    f_color = vec4(refl * cov + line, cov) * u_intensity;
}
#endif
