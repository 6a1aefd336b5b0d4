// Shared by the starfield's two programs (layers/starfield.glsl: the faint dots and the middle
// depth over the whole screen; layers/starfield_near.glsl: the sparse near depth, one small
// box per star). Vertex stage.
#include "lib/common.glsl"

// Palette colour 3 times the tint, rescaled to luminance 1 (as lib/sky_fullscreen.glsl).
vec3 starfield_hue() {
    vec3 c = max(u_palette[3] * u_tint, vec3(0.0));
    float y = luma(c);
    return y > 1e-4 ? min(c / y, vec3(4.0)) : vec3(1.0);
}
