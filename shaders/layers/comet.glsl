#version 330 core
// Comet: a bright head with a straight ion tail and a broader curved dust tail, drifting
// very slowly. u_params: x tail length, y tail width, z head brightness, w unused.
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
    float t = u_time * 0.02;
    vec2 head = vec2(sky_aspect() * (0.3 + 0.4 * v_rand.z), 0.55 + 0.2 * v_rand.w)
        + 0.05 * vec2(sin(t), cos(t * 0.7));
    float ang = 2.3 + 0.6 * v_rand.x + 0.05 * sin(t * 0.5);
    vec2 dir = vec2(cos(ang), sin(ang));                 // the way the tail points
    vec2 q = p - head;
    float along = dot(q, dir);
    float across = dot(q, vec2(-dir.y, dir.x));
    float len = u_params.x > 0.0 ? u_params.x : 0.5;
    float wid = u_params.y > 0.0 ? u_params.y : 1.0;
    float a = max(along, 0.0);
    float behind = smoothstep(-0.01, 0.02, along);
    float fall = exp(-a / len);
    float w1 = (0.002 + a * 0.035) * wid;
    float ion = exp(-across * across / (w1 * w1)) * fall;
    float c2 = across - a * a * 0.35;
    float w2 = (0.004 + a * 0.11) * wid;
    float dust = exp(-c2 * c2 / (w2 * w2)) * fall * fall;
    float streak = vnoise(vec2(a * 9.0 - u_time * 0.15, across / w2 * 1.5) + sky_seed2());
    vec3 col = sky_pal(2, 0.5) * ion * (0.6 + 0.6 * streak) * behind;
    col += sky_pal_toward(3, vec3(1.0, 0.85, 0.6), 0.3, 0.35) * dust * (0.7 + 0.5 * streak) * behind;
    float r = length(q);
    float hb = (u_params.z > 0.0 ? u_params.z : 1.0) * sky_breath(0.1);
    col += sky_pal_toward(3, vec3(0.9, 0.95, 1.0), 0.6, 1.0) * hb
        * (exp(-r * r * 60000.0) * 3.0 + 0.02 / (1.0 + r * r * 2500.0));
    f_color = vec4(col * u_intensity, 0.0);
}
#endif
