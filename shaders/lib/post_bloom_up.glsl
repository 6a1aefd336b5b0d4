// Bloom upsample (post/bloom_up.glsl, and post/bloom_light.glsl which defines LIGHT_OUT): a
// tent of four bilinear taps from the smaller level, added to this level's downsample. With
// LIGHT_OUT (1/4 size, above the smallest levels) one bilinear tap of the 1/8 level does (it
// is already a tent from 1/16); it is scaled by the bloom strength and the quarter-size layers
// in front are laid over it, so post/combine.glsl fetches one texture for both.
uniform float u_bloom_strength;  // with LIGHT_OUT
uniform vec2 u_texel;            // 1 / smaller level's size (without LIGHT_OUT)
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_source;  // the smaller level
#ifdef LIGHT_OUT
uniform sampler2D u_over4;   // the quarter-size layers in front (premultiplied)
#else
uniform sampler2D u_base;    // this level's downsample
#endif
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
#ifdef LIGHT_OUT
    vec4 over = texture(u_over4, v_uv);
    f_color = vec4(over.rgb + texture(u_source, v_uv).rgb * u_bloom_strength, over.a);
#else
    vec3 up = 0.25 * (texture(u_source, v_uv + u_texel * vec2(-0.5, -0.5)).rgb
                    + texture(u_source, v_uv + u_texel * vec2(0.5, -0.5)).rgb
                    + texture(u_source, v_uv + u_texel * vec2(-0.5, 0.5)).rgb
                    + texture(u_source, v_uv + u_texel * vec2(0.5, 0.5)).rgb);
    f_color = vec4(texture(u_base, v_uv).rgb + up, 1.0);
#endif
}
#endif
