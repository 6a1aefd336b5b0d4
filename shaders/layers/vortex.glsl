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
in vec2 v_uv;
out vec4 f_color;

void main() {
    float asp = land_aspect();
    vec2 c = vec2(0.5);
    vec2 d = (v_uv - c) * vec2(asp, 1.0);
    float r = length(d);
    float strength = (2.2 + u_params.x) * u_intensity;
    float e3 = exp(-r * 3.0);
    float ang = (strength * (1.0 + 0.15 * lsin(u_time * 0.2)) + u_time * 0.05) * e3;
    vec2 w = rot2(ang) * d;
    // a gentle pull toward the centre
    w *= 1.0 - 0.12 * e3 * e3 * u_intensity;
    vec2 uv = w / vec2(asp, 1.0) + c;
    vec3 col = texture(u_scene, clamp(uv, 0.0, 1.0)).rgb;
    // spiral arms of light
    // sin(2 * angle - phase) from the direction's double angle, without an atan
    float phase = r * 14.0 + u_time * 0.4;
    float ir2 = 1.0 / max(r * r, 1e-8);
    float arms = (2.0 * d.x * d.y * lcos(phase) - (d.x * d.x - d.y * d.y) * lsin(phase)) * ir2;
    float spiral = smoothstep(0.6, 1.0, arms) * e3 * smoothstep(0.0, 0.08, r);
    float e6 = e3 * e3;
    col += land_pal_glow() * spiral * 0.2 * land_breath();
    col += land_pal_light() * e6 * e6 * e6 * 0.15;
    f_color = vec4(col * u_intensity, u_intensity);
}
#endif
