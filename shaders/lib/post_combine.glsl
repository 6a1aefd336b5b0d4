// The body of post/combine.glsl and post/combine_opaque.glsl (which defines OPAQUE_HALF for
// the rows where the half-size layers are opaque: lib/post_layers.glsl).
// The picture at half size: the layer buffers composited (u_over4 bound to the bloom with the
// quarter-size layers in front, post/bloom_light.glsl), then the grade (a colour matrix made
// on the CPU), filmic tone mapping with a toe, a split tone (shadows toward the palette's
// shadow colour, lights toward its key), a graduated filter (the top toward the fill's hue),
// vignette, master fade, an sqrt-based sRGB encode, an S-curve for contrast and static seeded
// grain (also a dither against banding) into 8 bits.
// post/final.glsl (or ffmpeg's scaler, for export) upscales it.
// Every pixel of the picture runs this, so what depends only on the uniforms is worked out
// once per vertex (flat varyings).
uniform float u_grade_a;       // grade = exposure, saturation and a lean toward the tint:
uniform vec3 u_grade_b;        //   x' = a * x + b * luma(x)  (a 3x3 matrix, folded)
uniform vec3 u_shadow_tone;    // split tone: gains (luma about 1) for the shadows
uniform vec3 u_light_tone;     //   and for the lights
uniform vec3 u_top_tone;       // a graduated filter: the gain at the top edge (the fill's hue)
uniform float u_vignette;      // how much the corners darken
uniform float u_contrast;      // the S-curve's weight in display units, 0..1
uniform float u_toe;           // deepens the darks: x' = x^2 (1 + toe) / (x + toe), 1 stays 1
uniform float u_fade;          // master brightness
uniform vec2 u_aspect;         // (width / height, 1)
uniform float u_grain;         // grain amplitude in display units
// u_seed (lib/header.glsl): the grain's pattern
#include "lib/common.glsl"
#if defined VERTEX_SHADER
#include "lib/quad.glsl"
noperspective out vec2 v_uv;
flat out vec3 v_tone_step;        // the split tone's lights minus its shadows
flat out vec3 v_top_step;         // the graduated filter's top gain minus 1
flat out vec2 v_corner;           // (uv - 0.5) times this is 1 long in the corners
flat out vec2 v_toe;              // 1 + toe, toe

void main() {
    vec2 p = quad_fullscreen(gl_VertexID);
    v_uv = p;
    v_tone_step = u_light_tone - u_shadow_tone;
    v_top_step = u_top_tone - 1.0;
    v_corner = u_aspect / (0.5 * length(u_aspect));
    v_toe = vec2(1.0 + u_toe, u_toe);
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/post_layers.glsl"
noperspective in vec2 v_uv;
flat in vec3 v_tone_step;
flat in vec3 v_top_step;
flat in vec2 v_corner;
flat in vec2 v_toe;
out vec4 f_color;

void main() {
    vec3 hdr = layers_composite(v_uv);
    vec3 x = max(u_grade_a * hdr + u_grade_b * luma(hdr), 0.0);
    // ACES filmic fit (Narkowicz) n / d, at most 1, then the toe, with one division:
    // c^2 (1 + toe) / (c + toe) at c = n / d is n^2 (1 + toe) / (d (n + toe d))
    vec3 d = x * (2.43 * x + 0.59) + 0.14;
    vec3 n = min(x * (2.51 * x + 0.03), d);
    vec3 col = n * n * v_toe.x / max(d * (n + v_toe.y * d), 1e-6);
    col *= u_shadow_tone + v_tone_step * smoothstep(0.0, 0.45, luma(col));
    col *= 1.0 + v_top_step * smoothstep(0.45, 1.0, v_uv.y);
    vec2 q = (v_uv - 0.5) * v_corner;
    float r2 = dot(q, q);  // 1 in the corners, any shape
    col *= u_fade * (1.0 - u_vignette * r2 * r2);
    // sRGB encode: a sqrt-based fit (pow is costly on the CPU rasterizer), then the S-curve
    vec3 s = sqrt(col);
    s = clamp(s * (1.12 - 0.12 * s), 0.0, 1.0);
    s = mix(s, s * s * (3.0 - 2.0 * s), u_contrast);
    // interleaved gradient noise, fixed per seed
    float g = fract(52.9829189 * fract(dot(gl_FragCoord.xy + u_seed, vec2(0.06711056, 0.00583715))));
    f_color = vec4(s + (g - 0.5) * u_grain, 1.0);
}
#endif
