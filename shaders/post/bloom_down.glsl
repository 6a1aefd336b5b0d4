#version 330 core
// Bloom downsample: four bilinear taps (a 4x4 box); the first pass keeps only bright light.
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_source;
uniform vec2 u_texel;       // 1 / source size
uniform float u_threshold;  // luminance where bloom starts (0: keep everything)
in vec2 v_uv;
out vec4 f_color;

void main() {
    vec3 c = texture(u_source, v_uv + u_texel * vec2(-1.0, -1.0)).rgb
           + texture(u_source, v_uv + u_texel * vec2(1.0, -1.0)).rgb
           + texture(u_source, v_uv + u_texel * vec2(-1.0, 1.0)).rgb
           + texture(u_source, v_uv + u_texel * vec2(1.0, 1.0)).rgb;
    c *= 0.25;
    if (u_threshold > 0.0) {
        float l = max(max(c.r, c.g), c.b);
        float knee = u_threshold * 0.5;
        float soft = clamp(l - u_threshold + knee, 0.0, 2.0 * knee);
        soft = soft * soft / (4.0 * knee + 1e-4);
        c *= max(soft, l - u_threshold) / max(l, 1e-4);
    }
    f_color = vec4(min(c, vec3(64.0)), 1.0);
}
#endif
