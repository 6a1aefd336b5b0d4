#version 330 core
// Sky gradient: night / twilight / dawn, a soft horizon glow and faint high strata. By night
// (u_daylight) the horizon glow is the moon's cool light, not the dusk's warm one.
// u_params: x twilight warmth 0..1, y horizon height (0..1 of the screen), z sun glow 0..1.
// Additive (alpha 0) so it sits under the other background layers in any order.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
#include "lib/atmosphere.glsl"
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float night = atmosphere_night();
    float warm = clamp(u_params.x, 0.0, 1.0) * (1.0 - 0.85 * night);
    float hz = u_params.y > 0.0 ? u_params.y : 0.32;
    float h = p.y - hz;                      // height above the horizon
    float sunx = aspect() * (0.3 + 0.4 * v_rand.z);

    vec3 zenith = sky_pal(0, 0.01) + vec3(0.002, 0.003, 0.008);
    vec3 mid = sky_pal(1, 0.02 + 0.035 * warm);
    vec3 glow = mix(vec3(1.0, 0.55, 0.3), vec3(0.7, 0.82, 1.0), night);
    vec3 dusk = sky_pal_toward(3, glow, 0.45 * warm + 0.5 * night, 0.1 + 0.25 * warm);

    float up = clamp(h / (1.0 - hz), 0.0, 1.0);
    vec3 col = mix(mid, zenith, smoothstep(0.0, 0.75, sqrt(up)));
    float ax = abs(p.x - sunx) * (1.2 - 0.6 * warm);
    float az = 1.0 / (1.0 + ax * ax);
    float bh = abs(h) * (9.0 - 4.0 * warm);
    float band = (0.45 + 0.55 * az) * exp(-bh);
    // faint high strata: one stretched noise octave
    vec2 q = vec2(p.x * 1.3 + u_time * 0.004, p.y * 11.0) + sky_seed2();
    float s = vnoise(q);
    float strata = s * s * smoothstep(0.0, 0.1, h) * (1.0 - up) * (1.0 - up) * (0.2 + 0.5 * warm);
    col += dusk * (band + 0.5 * strata);
    // the sun's broad glow (z)
    float sd = length(vec2(p.x - sunx, h * 1.6));
    col += sky_pal_toward(3, vec3(1.0, 0.75, 0.45), 0.5, 0.06) * u_params.z
        * sky_breath(0.1) / (1.0 + sd * sd * 30.0);
    // below the horizon: a dim reflection of the horizon light
    col = mix(col, mix(dusk * 0.3 * band + mid * 0.3, zenith, smoothstep(0.0, 0.3, -h)),
              smoothstep(0.004, -0.004, h));
    f_color = vec4(col * u_intensity, 0.0);
}
#endif
