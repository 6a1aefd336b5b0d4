#version 330 core
// Copies a texture over the whole target with bilinear filtering (e.g. upscaling).
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_source;
in vec2 v_uv;
out vec4 f_color;

void main() {
    f_color = texture(u_source, v_uv);
}
#endif
