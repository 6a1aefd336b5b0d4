// Bloom upsample (post/bloom_up.glsl, and post/bloom_light.glsl which defines LIGHT_OUT): a
// tent of four bilinear taps from the smaller level, added to this level. With LIGHT_OUT (the
// last level, 1/4 size) one bilinear tap does (the 1/8 level is already a tent from 1/16),
// the result is scaled by the bloom strength and the quarter-size layers in front are laid
// over it, so post/combine.glsl fetches one texture for both.
uniform float u_bloom_strength;  // with LIGHT_OUT
uniform vec2 u_texel;            // 1 / smaller level's size (without LIGHT_OUT)
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_source;  // the smaller level
uniform sampler2D u_base;    // this level's downsample
#ifdef LIGHT_OUT
uniform sampler2D u_over4;   // the quarter-size layers in front (premultiplied)
#endif
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
#ifdef LIGHT_OUT
    vec3 up = texture(u_source, v_uv).rgb;
#else
    vec3 up = 0.25 * (texture(u_source, v_uv + u_texel * vec2(-0.5, -0.5)).rgb
                    + texture(u_source, v_uv + u_texel * vec2(0.5, -0.5)).rgb
                    + texture(u_source, v_uv + u_texel * vec2(-0.5, 0.5)).rgb
                    + texture(u_source, v_uv + u_texel * vec2(0.5, 0.5)).rgb);
#endif
    vec3 bloom = texture(u_base, v_uv).rgb + up;
#ifdef LIGHT_OUT
    vec4 over = texture(u_over4, v_uv);
    f_color = vec4(over.rgb + bloom * u_bloom_strength, over.a);
#else
    f_color = vec4(bloom, 1.0);
#endif
}
#endif
