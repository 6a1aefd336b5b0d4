#version 330 core
// Paper lanterns rising slowly and bobbing, warm inner light and a soft halo; two depths
// of grid cells, one lantern per cell (own cell only). u_params: x rise speed, y cells per
// screen height, z warmth pull 0..1, w unused.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

vec4 lantern(vec2 p, float n, float speed, float seed, vec3 warm) {
    vec2 g = p * n;
    float ch = fract(floor(g.x) * 0.618034 + seed * 0.37);   // per column, no hash
    g.y -= u_time * speed * (0.7 + 0.6 * ch) + ch * 13.0;
    vec2 h = hash22(floor(g) + seed);
    float e = step(0.35, fract(h.x * 9.1 + h.y * 5.3));
    vec2 c = vec2(0.5 + 0.2 * (h.x - 0.5) + 0.06 * sky_wave(u_time * 0.064 + h.y),
                  0.5 + 0.2 * (h.y - 0.5) + 0.04 * sky_wave(u_time * 0.048 + h.x));
    vec2 d = fract(g) - c;
    vec2 b = d / vec2(0.11, 0.14);                        // lantern body, taller than wide
    float body = smoothstep(1.0, 0.85, length(b));
    vec2 bi = b + vec2(0.0, 0.45);
    float inner = sky_bell(dot(bi, bi) * 1.2);
    float rib = 0.85 + 0.15 * sky_wave(b.x * 1.43);
    float flick = 0.9 + 0.1 * sky_wave(u_time * 0.17 + h.x);
    float hr = max(1.0 - dot(d, d) * 11.0, 0.0);            // zero at 0.3 cells (inside the cell)
    float halo = hr * hr * hr * 0.6;
    float cap = smoothstep(0.55, 0.8, abs(b.y)) * 0.6;     // darker paper at top and bottom
    vec3 hot = mix(warm, vec3(0.4), 0.35);                  // the flame inside, paler
    vec3 col = (warm * body * rib * (0.5 + 0.6 * inner) * (1.0 - cap) + hot * inner * body * 1.2
                + warm * 0.45 * halo) * flick;
    return vec4(col, body * 0.6) * e;
}

// distant lanterns: just warm points of light (cheap), one per cell
vec3 far_lights(vec2 p, float n, float speed, float seed, vec3 warm) {
    vec2 g = p * n;
    g.y -= u_time * speed + fract(floor(g.x) * 0.618) * 9.0;
    vec2 h = hash22(floor(g) + seed);
    vec2 d = (fract(g) - 0.3 - 0.4 * h) * vec2(1.3, 1.0);
    float r2 = dot(d, d) * 160.0;                        // bell width 0.08 cells
    return warm * sky_bell(r2) * step(0.45, h.x) * 0.6;
}

void main() {
    vec2 p = sky_coords(v_uv);
    float n = u_params.y > 0.0 ? u_params.y : 3.0;
    float speed = (u_params.x > 0.0 ? u_params.x : 1.0) * 0.05;
    vec3 warm = sky_pal_toward(3, vec3(1.0, 0.55, 0.2), u_params.z > 0.0 ? u_params.z : 0.75, 0.4);
    vec4 nearl = lantern(p, n, speed, v_rand.x * 30.0, warm);
    vec3 farl = far_lights(p + 0.31, n * 2.6, speed * 0.6, v_rand.y * 30.0, warm);
    vec4 o = nearl + vec4(farl * (1.0 - nearl.a), 0.0);
    f_color = vec4(o.rgb * sky_breath(0.1), o.a) * u_intensity;
}
#endif
