#version 330 core
// Bloom downsample: four bilinear taps (a 4x4 box).
uniform vec2 u_texel;       // 1 / source size
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_source;
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    vec3 c = texture(u_source, v_uv + u_texel * vec2(-1.0, -1.0)).rgb
           + texture(u_source, v_uv + u_texel * vec2(1.0, -1.0)).rgb
           + texture(u_source, v_uv + u_texel * vec2(-1.0, 1.0)).rgb
           + texture(u_source, v_uv + u_texel * vec2(1.0, 1.0)).rgb;
    f_color = vec4(c * 0.25, 1.0);
}
#endif
