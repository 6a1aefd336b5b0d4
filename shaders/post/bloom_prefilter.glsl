#version 330 core
// First bloom level (1/4 size): the composite of the three layer buffers, one bilinear tap each
// (a 2x2 box of the half-size ones), keeping only the light above the threshold (soft knee).
uniform float u_threshold;   // luminance where bloom starts
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/post_layers.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    vec3 c = layers_composite(v_uv);
    float l = max(max(c.r, c.g), c.b);
    float knee = u_threshold * 0.5;
    float soft = clamp(l - u_threshold + knee, 0.0, 2.0 * knee);
    soft = soft * soft / (4.0 * knee + 1e-4);
    c *= max(soft, l - u_threshold) / max(l, 1e-4);
    f_color = vec4(min(c, vec3(64.0)), 1.0);
}
#endif
