#version 330 core
// First bloom level (1/4 size): the whole composite, over + full-resolution layers + under,
// box-filtered from the full-resolution layers (four bilinear taps = a 4x4 block), keeping
// only the light above the threshold (soft knee).
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_scene;   // full-resolution layers (premultiplied)
uniform sampler2D u_under;   // low-resolution layers under them, backdrop included (opaque)
uniform sampler2D u_over;    // low-resolution layers over them (premultiplied)
uniform vec2 u_texel;        // 1 / the full-resolution size
uniform float u_threshold;   // luminance where bloom starts
in vec2 v_uv;
out vec4 f_color;

void main() {
    vec4 s = 0.25 * (texture(u_scene, v_uv + u_texel * vec2(-1.0, -1.0))
                   + texture(u_scene, v_uv + u_texel * vec2(1.0, -1.0))
                   + texture(u_scene, v_uv + u_texel * vec2(-1.0, 1.0))
                   + texture(u_scene, v_uv + u_texel * vec2(1.0, 1.0)));
    vec4 o = texture(u_over, v_uv);
    vec3 c = o.rgb + (1.0 - o.a) * (s.rgb + (1.0 - s.a) * texture(u_under, v_uv).rgb);
    float l = max(max(c.r, c.g), c.b);
    float knee = u_threshold * 0.5;
    float soft = clamp(l - u_threshold + knee, 0.0, 2.0 * knee);
    soft = soft * soft / (4.0 * knee + 1e-4);
    c *= max(soft, l - u_threshold) / max(l, 1e-4);
    f_color = vec4(min(c, vec3(64.0)), 1.0);
}
#endif
