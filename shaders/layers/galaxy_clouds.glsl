#version 330 core
// The galaxy's band of star clouds with its dark dust lane (smooth, at a quarter size); its
// faint stars are layers/galaxy.glsl. See lib/sky_galaxy.glsl.
#include "lib/header.glsl"
#define GALAXY_REACH 2.8  // beyond, the band is under 4e-4 of its peak
#include "lib/sky_galaxy.glsl"
#if defined FRAGMENT_SHADER
// lib/noise.glsl's vnoise: LLVM already shares its corners' hash terms (a hand-shared copy
// measured the same)
void main() {
    vec2 band = galaxy_band();
    float n = vnoise(v_band.zw) * 0.6 + vnoise(v_band.zw * 2.7 + 5.0) * 0.4;
    float lane = galaxy_lane(band.x, 0.03 * (n - 0.5) * v_shape.x);
    vec3 col = (v_glow0 + v_glow1 * (n * band.y))
             * (band.y * (0.3 + 1.2 * n * n) * (1.0 - 0.75 * lane));
    f_color = vec4(col, 0.0);
}
#endif
