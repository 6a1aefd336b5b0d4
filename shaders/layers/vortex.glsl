#version 330 core
// Vortex (effect, reads the scene): the picture inside a circle as tall as the screen swirls
// around its centre, most at the eye and not at all at the rim (so only that square is
// drawn), with faint spiral arms of light turning through it. The twist breathes but never
// grows, so an hour of playback looks like its first minute. u_params.x: twist offset.
#define VORTEX_R 0.5
#define LAND_RECT vec4(asp * 0.5 - VORTEX_R, 0.5 - VORTEX_R, asp * 0.5 + VORTEX_R, 0.5 + VORTEX_R)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
uniform sampler2D u_scene;

void main() {
    float asp = aspect();
    vec2 d = (v_uv - 0.5) * vec2(asp, 1.0);
    float r2 = dot(d, d);
    float t = clamp(1.0 - 2.0 * sqrt(r2), 0.0, 1.0);    // 1 at the eye, 0 at the rim (r = 0.5)
    float s = t * t;                                    // the twist's profile: flat at the rim
    float twist = (2.6 + u_params.x) * u_intensity
                * (1.0 + 0.15 * lsin(u_time * 0.2) + 0.1 * lsin(u_time * 0.07 + 1.3));
    float ang = twist * s;
    float ca = lcos(ang), sa = lsin(ang);
    vec2 w = vec2(ca * d.x - sa * d.y, sa * d.x + ca * d.y);
    w *= 1.0 - 0.12 * s * s * u_intensity;              // a gentle pull toward the eye
    vec3 col = texture(u_scene, w / vec2(asp, 1.0) + 0.5).rgb;
    // spiral arms of light: sin(2 * angle - phase) from the direction's double angle
    float phase = sqrt(r2) * 14.0 + u_time * 0.4;
    float arms = (2.0 * d.x * d.y * lcos(phase) - (d.x * d.x - d.y * d.y) * lsin(phase))
               / max(r2, 1e-8);
    float sa2 = clamp(arms * 2.5 - 1.5, 0.0, 1.0);                   // ~smoothstep(0.6, 1, arms)
    float spiral = sa2 * sa2 * s * min(r2 * 156.0, 1.0);            // faded out at the eye
    col += land_pal_glow() * spiral * 0.2 * land_breath();
    col += land_pal_light() * s * s * s * s * 0.15;
    f_color = vec4(col * u_intensity, u_intensity);
}
#endif
