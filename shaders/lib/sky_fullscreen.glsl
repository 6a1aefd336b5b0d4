// The vertex stage of the sky/light/water/weather layers: the layer's geometry (lib/quad.glsl:
// the whole screen, a box or sprites). Besides v_uv it hands the fragment stage per-draw
// constants as flat varyings (computed per vertex instead of once per pixel: llvmpipe does
// not hoist uniform-only maths):
//   v_pal[i]  palette colour i times the sentence tint, rescaled to luminance 1 (hue only)
//   v_rand    four per-dream random numbers in 0..1 from u_seed
// A layer can add its own per-draw constants: `#define SKY_VERTEX_HOOK name` before
// including this file, then declare its `flat out` varyings and define `void name()` after
// it; the hook runs after v_pal and v_rand are set (and may read them).
// A layer whose picture stays inside a box can `#define SKY_RECT name` too and define
// `vec4 name()` (x0, y0, x1, y1 in sky coordinates: x 0..aspect, y 0..1; it runs after the
// hook, so it may read the hook's varyings): two triangles then cover exactly that box, so the
// pixels outside are never shaded (llvmpipe pays for every pixel a triangle covers; an early
// return in the fragment shader saves nothing).
// A layer of many small things (particles, creatures) can instead be drawn as sprites: with
// `sprites = N` for the layer in assets/visuals, `#define SKY_SPRITE name` and define
// `vec2 name(int sprite, vec2 corner)`: it runs for each corner (-1..1 each way) of each of the
// N quads, returns that corner's position in uv units (0..1 over the buffer) and may set the
// layer's own flat varyings for that sprite; an unused sprite returns the same point for
// every corner (an empty quad costs nothing). Only the quads' pixels are shaded.
#include "lib/common.glsl"
#include "lib/noise.glsl"
#include "lib/quad.glsl"
#include "lib/camera.glsl"
noperspective out vec2 v_uv;
flat out vec3 v_pal[4];
flat out vec4 v_rand;
#ifdef SKY_VERTEX_HOOK
void SKY_VERTEX_HOOK();
#endif
#ifdef SKY_SPRITE
vec2 SKY_SPRITE(int sprite, vec2 corner);
#endif
#ifdef SKY_RECT
vec4 SKY_RECT();
#endif

void main() {
    for (int i = 0; i < 4; i++) {
        vec3 c = max(u_palette[i] * u_tint, vec3(0.0));
        float y = luma(c);
        v_pal[i] = y > 1e-4 ? min(c / y, vec3(4.0)) : vec3(1.0);
    }
    v_rand = vec4(hash11(u_seed + 0.37), hash11(u_seed * 1.71 + 5.3),
                  hash11(u_seed * 0.61 + 9.1), hash11(u_seed * 2.33 + 2.7));
#ifdef SKY_VERTEX_HOOK
    SKY_VERTEX_HOOK();
#endif
#if defined SKY_SPRITE
    v_uv = SKY_SPRITE(gl_VertexID / 6, QUAD_CORNERS[gl_VertexID % 6]);
    vec2 p = camera_to_screen(v_uv, u_depth);
#elif defined SKY_RECT
    vec4 r = SKY_RECT();
    float asp = aspect();
    r /= vec4(asp, 1.0, asp, 1.0);
    vec2 p = quad_box(vec4(camera_to_screen(r.xy, u_depth), camera_to_screen(r.zw, u_depth)),
                      gl_VertexID);
    v_uv = camera_from_screen(p, u_depth);
#else
    vec2 p = quad_fullscreen(gl_VertexID);
    v_uv = camera_from_screen(p, u_depth);
#endif
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
