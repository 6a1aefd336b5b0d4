// Fullscreen-triangle vertex shader for the sky/light/water/weather layers. Besides v_uv it
// hands the fragment stage per-draw constants as flat varyings (computed 3 times per draw
// instead of once per pixel: llvmpipe does not hoist uniform-only maths):
//   v_pal[i]  palette colour i times the sentence tint, rescaled to luminance 1 (hue only)
//   v_rand    four per-dream random numbers in 0..1 from u_seed
// A layer can add its own per-draw constants: `#define SKY_VERTEX_HOOK name` before
// including this file, then declare its `flat out` varyings and define `void name()` after
// it; the hook runs after v_pal and v_rand are set (and may read them). Needs lib/header.glsl and lib/noise.glsl.
out vec2 v_uv;
flat out vec3 v_pal[4];
flat out vec4 v_rand;
#ifdef SKY_VERTEX_HOOK
void SKY_VERTEX_HOOK();
#endif

void main() {
    vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
    v_uv = p;
    for (int i = 0; i < 4; i++) {
        vec3 c = max(u_palette[i] * u_tint, vec3(0.0));
        float y = dot(c, vec3(0.2126, 0.7152, 0.0722));
        v_pal[i] = y > 1e-4 ? min(c / y, vec3(4.0)) : vec3(1.0);
    }
    v_rand = vec4(hash11(u_seed + 0.37), hash11(u_seed * 1.71 + 5.3),
                  hash11(u_seed * 0.61 + 9.1), hash11(u_seed * 2.33 + 2.7));
#ifdef SKY_VERTEX_HOOK
    SKY_VERTEX_HOOK();
#endif
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
