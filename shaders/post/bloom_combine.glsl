#version 330 core
// Everything low-resolution merged into two small 8/10-bit textures, so the full-resolution
// final pass needs just two cheap bilinear fetches besides the sharp layers:
//   light: rgb = enc(over layers + bloom), a = 1 - over coverage (how much shows through)
//   under: rgb = enc((1 - over coverage) * under layers, backdrop included)
// enc(x) = sqrt(x / u_light_range): the square root keeps dark precision in few bits.
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_source;    // the 1/8 bloom level
uniform sampler2D u_base;      // the 1/4 bloom level
uniform sampler2D u_under;     // low-resolution layers under the sharp ones (opaque)
uniform sampler2D u_over;      // low-resolution layers over them (premultiplied)
uniform vec2 u_texel;          // 1 / the 1/8 level's size
uniform float u_bloom_strength;
uniform float u_under_gain;    // 0 when the under layers were copied into the scene already
uniform float u_light_range;
in vec2 v_uv;
layout(location = 0) out vec4 f_light;
layout(location = 1) out vec4 f_under;

void main() {
    vec3 up = texture(u_source, v_uv + u_texel * vec2(-0.5, -0.5)).rgb
            + texture(u_source, v_uv + u_texel * vec2(0.5, -0.5)).rgb
            + texture(u_source, v_uv + u_texel * vec2(-0.5, 0.5)).rgb
            + texture(u_source, v_uv + u_texel * vec2(0.5, 0.5)).rgb;
    vec3 bloom = (texture(u_base, v_uv).rgb + up * 0.25) * u_bloom_strength;
    vec4 over = texture(u_over, v_uv);
    float through = clamp(1.0 - over.a, 0.0, 1.0);
    vec3 under = texture(u_under, v_uv).rgb * (through * u_under_gain);
    f_light = vec4(sqrt(clamp((over.rgb + bloom) / u_light_range, 0.0, 1.0)), through);
    f_under = vec4(sqrt(clamp(under / u_light_range, 0.0, 1.0)), 1.0);
}
#endif
