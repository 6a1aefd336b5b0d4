// The final pass (post/final.glsl, and post/final_layers.glsl which defines FINAL_LAYERS for
// frames with full-resolution layers): one pass at the internal size (the compositor upscales
// when scale < 1) that merges the low-resolution light and under textures
// (bloom_combine.glsl) with the sharp layers, then palette grade (a colour matrix made on
// the CPU), filmic tone mapping, vignette, static seeded grain (also a dither against
// banding), master fade and sRGB encode. Kept lean: on software GL every texture fetch and
// transcendental here is paid per output pixel. Needs lib/header.glsl.
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#ifdef FINAL_LAYERS
uniform sampler2D u_scene;     // full-resolution layers, premultiplied (sampled nearest)
#endif
uniform sampler2D u_light;     // enc(over layers + bloom), a: what shows through them
uniform sampler2D u_under;     // enc(under layers seen through the over layers)
uniform float u_grade_a;       // grade = exposure, saturation and a lean toward the palette:
uniform vec3 u_grade_b;        //   x' = a * x + b * luma(x)  (a 3x3 matrix, folded)
uniform float u_light_range;   // enc(x) = sqrt(x / range)
uniform vec3 u_lift;           // the palette's deep colour, added to the shadows
uniform float u_grain;         // grain amplitude in display units
uniform float u_fade;          // master brightness
uniform vec2 u_aspect;         // (width / height, 1)
in vec2 v_uv;
out vec4 f_color;

const vec3 LUMA = vec3(0.2126, 0.7152, 0.0722);

void main() {
    vec4 light = texture(u_light, v_uv);
    vec3 under = texture(u_under, v_uv).rgb;
    under *= under * u_light_range;
    vec3 hdr = light.rgb * light.rgb * u_light_range;
#ifdef FINAL_LAYERS
    vec4 scene = texture(u_scene, v_uv);
    hdr += light.a * scene.rgb + (1.0 - scene.a) * under;
#else
    hdr += under;
#endif
    vec3 x = max(u_grade_a * hdr + u_grade_b * dot(hdr, LUMA), 0.0) + u_lift;
    // ACES filmic fit (Narkowicz)
    vec3 col = clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
    vec2 q = (v_uv - 0.5) * u_aspect;
    float r2 = dot(q, q);
    col *= u_fade * (1.0 - 0.32 * r2 * r2);  // vignette: corners of 16:9 at about 0.66
    // sRGB encode: a sqrt-based fit (pow is costly on the CPU rasterizer)
    vec3 s = sqrt(col);
    vec3 srgb = s * (1.12 - 0.12 * s);
    // grain: interleaved gradient noise, fixed per seed, strongest in the mid-tones
    vec2 px = gl_FragCoord.xy + u_seed;
    float g = fract(52.9829189 * fract(dot(px, vec2(0.06711056, 0.00583715))));
    srgb += (g - 0.5) * u_grain * (0.4 + s.g - s.g * s.g);
    f_color = vec4(srgb, 1.0);
}
#endif
