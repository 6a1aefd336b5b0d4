#version 330 core
// The only pass at the output size: the half-size picture (post/combine.glsl, grain included)
// upscaled bilinearly. Nothing but the one texture fetch: on software GL this pass is paid
// for every output pixel.
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_picture;   // post/combine.glsl's output, display-encoded
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    f_color = texture(u_picture, v_uv);
}
#endif
