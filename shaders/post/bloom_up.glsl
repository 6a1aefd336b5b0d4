#version 330 core
// Bloom upsample: a tent of four bilinear taps from the smaller level, added to this level.
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_source;  // the smaller level
uniform sampler2D u_base;    // this level's downsample
uniform vec2 u_texel;        // 1 / smaller level's size
in vec2 v_uv;
out vec4 f_color;

void main() {
    vec3 up = texture(u_source, v_uv + u_texel * vec2(-0.5, -0.5)).rgb
            + texture(u_source, v_uv + u_texel * vec2(0.5, -0.5)).rgb
            + texture(u_source, v_uv + u_texel * vec2(-0.5, 0.5)).rgb
            + texture(u_source, v_uv + u_texel * vec2(0.5, 0.5)).rgb;
    f_color = vec4(texture(u_base, v_uv).rgb + up * 0.25, 1.0);
}
#endif
