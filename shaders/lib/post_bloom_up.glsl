// Bloom upsample (post/bloom_up.glsl, and post/bloom_light.glsl which defines LIGHT_OUT): a
// tent of four bilinear taps from the smaller level, added to this level's downsample and
// scaled by the bloom strength, as light with no alpha. With LIGHT_OUT (1/4 size) the
// quarter-size layers in front are laid over one bilinear tap of that (already a tent from
// 1/16), so post/combine.glsl fetches one texture for both; without such layers it fetches
// the bloom itself and this pass is skipped.
uniform float u_bloom_strength;  // without LIGHT_OUT
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
    f_color = vec4(over.rgb + texture(u_source, v_uv).rgb, over.a);
#else
    vec3 up = 0.25 * (texture(u_source, v_uv + u_texel * vec2(-0.5, -0.5)).rgb
                    + texture(u_source, v_uv + u_texel * vec2(0.5, -0.5)).rgb
                    + texture(u_source, v_uv + u_texel * vec2(-0.5, 0.5)).rgb
                    + texture(u_source, v_uv + u_texel * vec2(0.5, 0.5)).rgb);
    f_color = vec4((texture(u_base, v_uv).rgb + up) * u_bloom_strength, 0.0);
#endif
}
#endif
