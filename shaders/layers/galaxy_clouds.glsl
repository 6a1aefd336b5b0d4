#version 330 core
// The galaxy's band of star clouds with its dark dust lane (smooth, at a quarter size); its
// faint stars are layers/galaxy.glsl. See lib/sky_galaxy.glsl.
#include "lib/header.glsl"
#define GALAXY_REACH 2.8  // beyond, the band is under 4e-4 of its peak
#include "lib/sky_galaxy.glsl"
#if defined FRAGMENT_SHADER

// vnoise() of lib/noise.glsl with the corners' per-axis hash terms shared (same values).
float galaxy_noise(vec2 p) {
    vec2 i = floor(p);
    vec2 f = p - i;
    vec2 u = f * f * (3.0 - 2.0 * f);
    vec2 a = fract(i * 0.1031);
    vec2 b = fract((i + 1.0) * 0.1031);
    vec3 c00 = vec3(a.x, a.y, a.x), c10 = vec3(b.x, a.y, b.x);
    vec3 c01 = vec3(a.x, b.y, a.x), c11 = vec3(b.x, b.y, b.x);
    c00 += dot(c00, c00.yzx + 33.33);
    c10 += dot(c10, c10.yzx + 33.33);
    c01 += dot(c01, c01.yzx + 33.33);
    c11 += dot(c11, c11.yzx + 33.33);
    vec4 h = fract(vec4(c00.x + c00.y, c10.x + c10.y, c01.x + c01.y, c11.x + c11.y)
                   * vec4(c00.z, c10.z, c01.z, c11.z));
    return mix(mix(h.x, h.y, u.x), mix(h.z, h.w, u.x), u.y);
}

void main() {
    vec2 band = galaxy_band();
    float n = galaxy_noise(v_band.zw) * 0.6 + galaxy_noise(v_band.zw * 2.7 + 5.0) * 0.4;
    float lane = galaxy_lane(band.x, 0.03 * (n - 0.5) * v_shape.x);
    vec3 col = (v_glow0 + v_glow1 * (n * band.y))
             * (band.y * (0.3 + 1.2 * n * n) * (1.0 - 0.75 * lane));
    f_color = vec4(col, 0.0);
}
#endif
