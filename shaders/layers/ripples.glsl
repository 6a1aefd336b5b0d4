#version 330 core
// Ripples: slow concentric rings spreading and fading on a water plane seen in perspective
// (one source per grid cell of the plane, own cell only). u_params: x plane top (0..1),
// y sources per world unit, z ring speed, w brightness.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float top = u_params.x > 0.0 ? u_params.x : 0.42;
    float below = max(top - p.y, 0.0);
    float z = 0.3 / (below + 0.02);
    vec2 w = vec2((p.x - 0.5 * aspect()) * z, z);     // the water plane
    float n = u_params.y > 0.0 ? u_params.y : 1.0;
    vec2 g = w * n + sky_seed2();
    vec2 h = hash22(floor(g));
    vec2 d = fract(g) - 0.38 - 0.24 * h;
    float r = length(d);
    float speed = u_params.z > 0.0 ? u_params.z : 1.0;
    float ph = fract(u_time * 0.05 * speed * (0.7 + 0.6 * h.x) + h.y);
    float rad = ph * 0.28;
    float fade = (1.0 - ph) * (1.0 - ph) * smoothstep(0.0, 0.3, ph);
    float wdt = 0.008 + 0.012 * ph + 0.7 * length(fwidth(w * n));
    float x1 = (r - rad) / wdt;
    float x2 = (r - rad * 0.6) / wdt;
    float ring = sky_bell(x1 * x1) + 0.5 * sky_bell(x2 * x2);
    float live = step(0.35, fract(h.x * 7.3 + h.y * 3.1));
    float m = ring * fade * live * smoothstep(0.0, 0.03, below) * smoothstep(14.0, 4.0, z);
    vec3 col = sky_pal_toward(3, vec3(0.9, 0.95, 1.0), 0.4, 0.6) * m
        * (u_params.w > 0.0 ? u_params.w : 1.0) * sky_breath(0.1);
    f_color = vec4(col * u_intensity, 0.0);
}
#endif
