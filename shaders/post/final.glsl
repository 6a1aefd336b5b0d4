#version 330 core
// The only pass at the output size: the half-size picture (post/combine.glsl) upscaled
// bilinearly, plus static seeded grain (also a dither against banding). Kept to one texture
// fetch and a few multiplies: on software GL it is paid for every output pixel.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_picture;   // post/combine.glsl's output, display-encoded
uniform float u_grain;         // grain amplitude in display units
in vec2 v_uv;
out vec4 f_color;

void main() {
    vec3 c = texture(u_picture, v_uv).rgb;
    // interleaved gradient noise, fixed per seed
    float g = fract(52.9829189 * fract(dot(gl_FragCoord.xy + u_seed, vec2(0.06711056, 0.00583715))));
    f_color = vec4(c + (g - 0.5) * u_grain, 1.0);
}
#endif
