#version 330 core
// Ripples: slow concentric rings spreading and fading on a water plane, seen in mild
// perspective (one source per grid cell, own cell only). u_params: x plane top (0..1),
// y cells across the plane, z ring speed, w brightness.
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
    float top = u_params.x > 0.0 ? u_params.x : 0.45;
    float below = max(top - p.y, 0.0);
    float persp = 0.35 / (below + 0.12);                  // rows grow towards the viewer
    float n = u_params.y > 0.0 ? u_params.y : 3.0;
    vec2 g = vec2(p.x * persp * n * 0.5, log(below + 0.12) * n * 1.6);
    vec2 id = floor(g);
    vec2 h = hash22(id + sky_seed2());
    vec2 d = (fract(g) - 0.3 - 0.4 * h) * vec2(1.0, 2.2);   // squashed: a flat plane
    float r = length(d);
    float speed = u_params.z > 0.0 ? u_params.z : 1.0;
    float ph = fract(u_time * 0.06 * speed * (0.7 + 0.6 * h.x) + h.y);
    float rad = ph * 0.32;
    float fade = (1.0 - ph) * (1.0 - ph) * smoothstep(0.0, 0.08, ph);
    float w = 0.012 + 0.02 * ph;
    float ring = exp(-pow((r - rad) / w, 2.0)) + 0.5 * exp(-pow((r - rad * 0.7) / w, 2.0));
    float live = step(0.3, fract(h.x * 7.3 + h.y * 3.1));
    float m = ring * fade * live * smoothstep(0.0, 0.04, below);
    vec3 col = sky_pal_toward(3, vec3(0.9, 0.95, 1.0), 0.4, 0.5) * m
        * (u_params.w > 0.0 ? u_params.w : 1.0) * sky_breath(0.1);
    f_color = vec4(col * u_intensity, 0.0);
}
#endif
