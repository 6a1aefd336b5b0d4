#version 330 core
// The last bloom level (1/4 size) merged with the backdrop into one RGBA8 texture, so the
// final pass needs a single low-resolution fetch for both:
//   rgb = sqrt(light / u_light_range), a = the backdrop's share of that light (occlusion).
// The square root keeps dark precision in 8 bits; a cheap decode matters at full size.
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_source;    // the 1/8 bloom level
uniform sampler2D u_base;      // the 1/4 downsample
uniform sampler2D u_backdrop;  // the backdrop (1/8 size)
uniform vec2 u_texel;          // 1 / the 1/8 level's size
uniform float u_bloom_strength;
uniform float u_under;         // 0 when the backdrop is already in the scene
uniform float u_light_range;
in vec2 v_uv;
out vec4 f_color;

void main() {
    vec3 up = texture(u_source, v_uv + u_texel * vec2(-0.5, -0.5)).rgb
            + texture(u_source, v_uv + u_texel * vec2(0.5, -0.5)).rgb
            + texture(u_source, v_uv + u_texel * vec2(-0.5, 0.5)).rgb
            + texture(u_source, v_uv + u_texel * vec2(0.5, 0.5)).rgb;
    vec3 bloom = (texture(u_base, v_uv).rgb + up * 0.25) * u_bloom_strength;
    vec3 back = texture(u_backdrop, v_uv).rgb * u_under;
    vec3 light = back + bloom;
    const vec3 LUMA = vec3(0.2126, 0.7152, 0.0722);
    float share = dot(back, LUMA) / max(dot(light, LUMA), 1e-5);
    f_color = vec4(sqrt(clamp(light / u_light_range, 0.0, 1.0)), share);
}
#endif
