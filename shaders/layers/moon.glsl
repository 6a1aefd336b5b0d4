#version 330 core
// A moon, planet or sun: a disc with a soft halo. u_params: x kind (0 moon, 1 planet,
// 2 sun), y radius (fraction of height), z halo strength, w planet ring 0..1.
// The disc is opaque (it hides the stars behind it); the halo is additive light.
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
    float planet = step(0.5, u_params.x) * step(u_params.x, 1.5);
    float sun = step(1.5, u_params.x);
    float r = u_params.y > 0.0 ? u_params.y : 0.09;
    float side = step(0.5, fract(v_rand.z * 7.13));
    vec2 c = vec2(sky_aspect() * mix(0.62 + 0.2 * v_rand.z, 0.18 + 0.2 * v_rand.z, side),
                  0.68 + 0.12 * v_rand.w);
    c += 0.012 * vec2(sin(u_time * 0.013), cos(u_time * 0.011));
    vec2 d = p - c;
    float dist = length(d);

    vec3 light = mix(sky_pal_toward(3, vec3(0.85, 0.9, 1.0), 0.55, 1.0),
                     sky_pal_toward(3, vec3(1.0, 0.78, 0.5), 0.6, 1.0), sun);
    float halo = (u_params.z > 0.0 ? u_params.z : 0.6) * sky_breath(0.12) * (1.0 + 3.0 * sun);
    float o = max(dist - r, 0.0) / r;
    vec3 col = light * halo * (0.05 / (1.0 + o * o * 3.0) + 0.05 * exp(-o * 3.0));

    // the disc: one lit sphere, textured by two noise octaves read through per-kind coords
    vec2 s = d / r;
    float z = sqrt(max(1.0 - dot(s, s), 0.0));
    vec3 ld = normalize(mix(vec3(-0.35, 0.25, 0.9), vec3(-0.6, 0.4, 0.7), planet));
    float lam = max(dot(vec3(s, z), ld), 0.0);
    vec2 tc = mix(s * 2.2, vec2((s.y / max(z, 0.25) * 0.3 + s.y) * 7.0, s.x * 1.2), planet)
        + sky_seed2() + sun * u_time * 0.05;
    float n1 = vnoise(tc);
    float n2 = vnoise(tc * 2.3 + 13.0);
    float maria = smoothstep(0.45, 0.75, n1 * 0.6 + n2 * 0.4);
    vec3 moonc = light * (0.95 - 0.3 * maria - 0.12 * n2) * (0.04 + 1.2 * lam);
    vec3 planc = mix(sky_pal(1, 0.25), sky_pal(2, 0.45), n1 * 0.7 + n2 * 0.3) * (0.05 + 1.1 * lam);
    vec3 sunc = light * (2.5 + 1.5 * z + 0.4 * n1) * pow(z, 0.4);
    vec3 body = mix(mix(moonc, planc, planet), sunc, sun);
    float aa = 1.5 / u_resolution.y;
    float disc = smoothstep(r + aa, r - aa, dist);
    col = mix(col, body, disc);
    float alpha = disc;

    // planet ring: a thin tilted ellipse, the far half hidden by the disc
    vec2 rd = mat2(0.94, 0.34, -0.34, 0.94) * d;
    float e = length(rd * vec2(1.0, 4.2)) / r;
    float ring = smoothstep(0.08, 0.0, abs(e - 1.75)) + 0.6 * smoothstep(0.12, 0.0, abs(e - 2.05));
    ring *= mix(1.0, 1.0 - disc, step(0.0, rd.y)) * u_params.w * planet;
    col += sky_pal(3, 0.3) * ring;
    alpha = max(alpha, ring * 0.5);
    f_color = vec4(col, alpha) * u_intensity;
}
#endif
