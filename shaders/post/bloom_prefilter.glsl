#version 330 core
// First bloom level (1/8 size): the composite of the three layer buffers over the 4x4 block of
// half-size texels under each pixel (four bilinear taps of the half-size buffer, one tap of
// each quarter-size one, which are smooth), keeping only the light above the threshold (soft
// knee) at each tap, so a star one texel wide still blooms.
uniform float u_threshold;   // luminance where bloom starts
uniform vec2 u_texel;        // 1 / the half-size buffer's size
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_under4;
uniform sampler2D u_half;
uniform sampler2D u_over4;
noperspective in vec2 v_uv;
out vec4 f_color;

vec3 bright(vec3 c) {
    float l = max(max(c.r, c.g), c.b);
    float knee = u_threshold * 0.5;
    float soft = clamp(l - u_threshold + knee, 0.0, 2.0 * knee);
    soft = soft * soft / (4.0 * knee + 1e-4);
    return c * (max(soft, l - u_threshold) / max(l, 1e-4));
}

vec3 tap(vec2 offset, vec3 under, vec4 over) {
    vec4 h = texture(u_half, v_uv + offset * u_texel);
    return bright(over.rgb + (1.0 - over.a) * (h.rgb + (1.0 - h.a) * under));
}

void main() {
    vec3 under = texture(u_under4, v_uv).rgb;
    vec4 over = texture(u_over4, v_uv);
    vec3 c = tap(vec2(-1.0, -1.0), under, over) + tap(vec2(1.0, -1.0), under, over)
           + tap(vec2(-1.0, 1.0), under, over) + tap(vec2(1.0, 1.0), under, over);
    f_color = vec4(min(c * 0.25, vec3(64.0)), 1.0);
}
#endif
