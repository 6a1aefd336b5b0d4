#version 330 core
// Low drifting fog in banks with clear gaps between them (3 octaves), so night stays dark
// under it; smoke with the rise/darkness params. Thick fog (intensity over VEIL_FROM) also
// veils the distance: a band over the horizon that hides it, pale by day and a dim glow by
// night. u_params: x rise speed (smoke curls upwards), y top of the layer (0..1), z darkness
// (0 mist, 1 smoke), w horizontal drift.
#include "lib/header.glsl"
const float VEIL_FROM = 0.5;     // the intensity from which the fog veils the distance
const float VEIL_HORIZON = 0.42; // the middle of the veil (the scenes' horizons lie near it)
const float VEIL_WIDTH = 0.13;   // its half-height where it has thinned to a third
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float t = u_time;
    float rise = u_params.x;
    float drift = u_params.w > 0.0 ? u_params.w : 1.0;
    vec2 q = vec2(p.x * (1.3 + 1.7 * rise) - t * 0.02 * drift, p.y * (2.4 - 1.0 * rise) - t * 0.04 * rise);
    q.x += rise * 0.5 * sky_wave(p.y * 0.6 - t * 0.015 + p.x * 0.25);
    float n = fbm(q + sky_seed2(), 3);
    float top = u_params.y > 0.0 ? u_params.y : 0.5;
    float prof = smoothstep(top, 0.0, p.y + 0.07 * sky_wave(p.x * 0.35 + t * 0.004 + n));
    float dark = clamp(u_params.z, 0.0, 1.0);
    float wisp = 1.0 - abs(2.0 * n - 1.0);                 // ridges: strands of smoke
    float m = mix(n + 0.15 * prof, wisp * wisp, 0.8 * dark);
    float d = smoothstep(mix(0.4, 0.45, dark), 0.8, m) * prof;
    vec3 c = mix(sky_pal_toward(3, vec3(0.85, 0.9, 1.0), 0.5, 0.22),
                 sky_pal_toward(0, vec3(0.5), 0.7, 0.045), dark);
    c *= 0.8 + 0.4 * n;
    c += sky_pal(3, 0.04) * dark * wisp * wisp;
    float a = d * mix(0.45, 0.7, dark);
    float dy = (p.y - VEIL_HORIZON + 0.03 * (n - 0.5)) / VEIL_WIDTH;
    float veil = 0.5 * smoothstep(VEIL_FROM, 1.0, u_intensity) * sky_bell(dy * dy * 1.1);
    vec3 haze = mix(sky_pal_toward(3, vec3(0.85, 0.9, 1.0), 0.6, mix(0.1, 0.6, u_daylight * u_daylight)),
                    c, dark);
    // the banks over the veil: premultiplied "over"
    f_color = vec4(c * d + haze * veil * (1.0 - a), a + veil * (1.0 - a)) * u_intensity;
}
#endif
