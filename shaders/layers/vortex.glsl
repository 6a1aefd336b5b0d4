#version 330 core
// Vortex (effect, reads the scene): the picture swirls around the centre, strongest near it,
// with a faint spiral of light. u_params.x: swirl strength offset.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
uniform sampler2D u_scene;
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    float asp = land_aspect();
    vec2 d = (v_uv - 0.5) * vec2(asp, 1.0);
    float r2 = dot(d, d);
    float r = sqrt(r2);
    float strength = (2.2 + u_params.x) * u_intensity;
    // exp(-3r) as a rational falloff (close to it where the swirl shows; no exp per pixel)
    float x3 = r * 3.0;
    float e3 = 1.0 / (1.0 + x3 + 0.5 * x3 * x3 + 0.1667 * x3 * x3 * x3);
    float ang = (strength * (1.0 + 0.15 * lsin(u_time * 0.2)) + u_time * 0.05) * e3;
    // rotate by ang (cos/sin from one fast sine pair)
    float ca = lcos(ang), sa = lsin(ang);
    vec2 w = vec2(ca * d.x - sa * d.y, sa * d.x + ca * d.y);
    // a gentle pull toward the centre
    w *= 1.0 - 0.12 * e3 * e3 * u_intensity;
    // nearest texel: the swirl moves slowly and filtering costs more than the whole effect
    ivec2 tp = ivec2(clamp((w / vec2(asp, 1.0) + 0.5) * u_resolution, vec2(0.0), u_resolution - 1.0));
    vec3 col = texelFetch(u_scene, tp, 0).rgb;
    // spiral arms of light: sin(2 * angle - phase) from the direction's double angle
    float phase = r * 14.0 + u_time * 0.4;
    float arms = (2.0 * d.x * d.y * lcos(phase) - (d.x * d.x - d.y * d.y) * lsin(phase)) / max(r2, 1e-8);
    float sa2 = clamp(arms * 2.5 - 1.5, 0.0, 1.0);                   // ~smoothstep(0.6, 1, arms)
    float spiral = sa2 * sa2 * e3 * min(r2 * 156.0, 1.0);           // faded out at the eye
    float e6 = e3 * e3;
    col += land_pal_glow() * spiral * 0.2 * land_breath();
    col += land_pal_light() * e6 * e6 * e6 * 0.15;
    f_color = vec4(col * u_intensity, u_intensity);
}
#endif
