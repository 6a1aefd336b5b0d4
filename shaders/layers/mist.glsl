#version 330 core
// Low drifting fog (3 octaves); smoke with the rise/darkness params. u_params: x rise
// speed (smoke curls upwards), y top of the layer (0..1), z darkness (0 mist, 1 smoke),
// w horizontal drift.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

void main() {
    vec2 p = sky_coords(v_uv);
    float t = u_time;
    float rise = u_params.x;
    float drift = u_params.w > 0.0 ? u_params.w : 1.0;
    vec2 q = vec2(p.x * 1.3 - t * 0.02 * drift, p.y * (2.2 + 1.5 * rise) - t * 0.03 * rise);
    q.x += rise * 0.35 * sin(p.y * 4.0 - t * 0.1 + p.x * 1.5);
    float n = fbm(q + sky_seed2(), 3);
    float top = u_params.y > 0.0 ? u_params.y : 0.5;
    float prof = smoothstep(top, top * 0.15, p.y);
    float d = smoothstep(0.25, 0.75, n + 0.3 * prof - 0.05) * prof;
    float dark = clamp(u_params.z, 0.0, 1.0);
    vec3 c = mix(sky_pal_toward(3, vec3(0.85, 0.9, 1.0), 0.5, 0.22),
                 sky_pal_toward(0, vec3(0.5), 0.7, 0.045), dark);
    c *= 0.8 + 0.4 * n;
    f_color = vec4(c * d, d * mix(0.55, 0.7, dark)) * u_intensity;
}
#endif
