#version 330 core
// The picture at half size: the layer buffers composited (u_over4 bound to the bloom with the
// quarter-size layers in front, post/bloom_light.glsl), then palette grade
// (a colour matrix made on the CPU), filmic tone mapping, vignette, master fade, an
// sqrt-based sRGB encode and static seeded grain (also a dither against banding) into 8 bits.
// post/final.glsl (or ffmpeg's scaler, for export) upscales it.
uniform float u_grade_a;       // grade = exposure, saturation and a lean toward the palette:
uniform vec3 u_grade_b;        //   x' = a * x + b * luma(x)  (a 3x3 matrix, folded)
uniform vec3 u_lift;           // the palette's deep colour, added to the shadows
uniform float u_fade;          // master brightness
uniform vec2 u_aspect;         // (width / height, 1)
uniform float u_grain;         // grain amplitude in display units
// u_seed (lib/header.glsl): the grain's pattern
#include "lib/common.glsl"
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/post_layers.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    vec3 hdr = layers_composite(v_uv);
    vec3 x = max(u_grade_a * hdr + u_grade_b * luma(hdr), 0.0) + u_lift;
    // ACES filmic fit (Narkowicz)
    vec3 col = clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
    vec2 q = (v_uv - 0.5) * u_aspect;
    float r2 = dot(q, q) / (0.25 * dot(u_aspect, u_aspect));  // 1 in the corners, any shape
    col *= u_fade * (1.0 - 0.34 * r2 * r2);  // vignette: corners at 0.66
    // sRGB encode: a sqrt-based fit (pow is costly on the CPU rasterizer)
    vec3 s = sqrt(col);
    // interleaved gradient noise, fixed per seed
    float g = fract(52.9829189 * fract(dot(gl_FragCoord.xy + u_seed, vec2(0.06711056, 0.00583715))));
    f_color = vec4(s * (1.12 - 0.12 * s) + (g - 0.5) * u_grain, 1.0);
}
#endif
