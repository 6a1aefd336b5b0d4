#version 330 core
// A moon, planet or sun: a disc with a soft halo. u_params: x kind (0 moon, 1 planet,
// 2 sun), y radius (fraction of height), z halo strength, w planet ring 0..1.
// The disc is opaque (it hides the stars behind it); the halo is additive light, fading to
// zero 3 (sun 4) radii past the rim, so that only a box around the body is drawn.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_VERTEX_HOOK moon_vertex
#define SKY_RECT moon_rect
#include "lib/sky_fullscreen.glsl"
#include "lib/atmosphere.glsl"
flat out vec3 v_light;   // colour of the body's light
flat out vec4 v_body;    // xy centre, z radius, w halo strength
flat out vec4 v_kind;    // planet, sun, ring, halo reach
flat out vec3 v_ldir;    // light direction on the sphere

void moon_vertex() {
    float asp = aspect();
    float planet = step(0.5, u_params.x) * step(u_params.x, 1.5);
    float sun = step(1.5, u_params.x);
    float side = step(0.5, fract(v_rand.z * 7.13));
    vec2 c = vec2(asp * mix(0.62 + 0.2 * v_rand.z, 0.18 + 0.2 * v_rand.z, side),
                  0.68 + 0.12 * v_rand.w);
    c += 0.012 * vec2(sin(u_time * 0.013), cos(u_time * 0.011));
    float night = atmosphere_night() * (1.0 - sun);  // by night a moon's light is cooler
    vec3 cool = mix(v_pal[3], vec3(0.85, 0.9, 1.0) / 0.89, (0.55 + 0.3 * night) * (1.0 - 0.75 * u_named));
    vec3 warm = mix(v_pal[3], vec3(1.0, 0.78, 0.5) / 0.8, 0.6);
    v_light = mix(cool, warm, sun);
    float halo = u_params.z > 0.0 ? u_params.z : 0.6;
    halo *= 1.0 + 1.5 * night;  // and its halo carries further
    v_body = vec4(c, u_params.y > 0.0 ? u_params.y : 0.09, halo * (1.0 + 3.0 * sun));
    v_kind = vec4(planet, sun, u_params.w * planet, 3.0 + sun);   // reach: radii past the rim
    v_ldir = normalize(mix(vec3(-0.35, 0.25, 0.9), vec3(-0.6, 0.4, 0.7), planet));
}

vec4 moon_rect() {
    float reach = v_body.z * (1.0 + v_kind.w);
    return vec4(v_body.xy - reach, v_body.xy + reach);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
flat in vec3 v_light;
flat in vec4 v_body;
flat in vec4 v_kind;
flat in vec3 v_ldir;
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float r = v_body.z;
    float planet = v_kind.x;
    float sun = v_kind.y;
    vec2 d = p - v_body.xy;
    float dist = length(d);
    float o = max(dist - r, 0.0) / r;
    vec3 col = v_light * v_body.w * sky_breath(0.12)
        * (0.05 / (1.0 + o * o * 3.0) + 0.05 / (1.0 + o * 3.0 + o * o * 4.5))
        * (1.0 - smoothstep(1.0, v_kind.w, o));

    // the disc: one lit sphere, textured by two noise octaves read through per-kind coords
    vec2 s = d / r;
    float z = sqrt(max(1.0 - dot(s, s), 0.0));
    float lam = max(dot(vec3(s, z), v_ldir), 0.0);
    vec2 tc = mix(s * 2.2, vec2((s.y / max(z, 0.25) * 0.3 + s.y) * 7.0, s.x * 1.2), planet)
        + sky_seed2() + sun * u_time * 0.05;
    float n1 = vnoise(tc);
    float n2 = vnoise(tc * 2.3 + 13.0);
    float maria = smoothstep(0.45, 0.75, n1 * 0.6 + n2 * 0.4);
    vec3 moonc = v_light * (0.95 - 0.3 * maria - 0.12 * n2) * (0.04 + 1.2 * lam);
    vec3 planc = mix(sky_pal(1, 0.25), sky_pal(2, 0.45), n1 * 0.7 + n2 * 0.3) * (0.05 + 1.1 * lam);
    vec3 sunc = v_light * (2.5 + 1.5 * z + 0.4 * n1) * sqrt(sqrt(z));
    vec3 body = mix(mix(moonc, planc, planet), sunc, sun);
    float aa = 1.5 / u_resolution.y;
    float disc = smoothstep(r + aa, r - aa, dist);
    col = mix(col, body, disc);
    float alpha = disc;

    // planet ring: a thin tilted ellipse, the far half hidden by the disc
    vec2 rd = mat2(0.94, 0.34, -0.34, 0.94) * d;
    float e = length(rd * vec2(1.0, 4.2)) / r;
    float ring = smoothstep(0.08, 0.0, abs(e - 1.75)) + 0.6 * smoothstep(0.12, 0.0, abs(e - 2.05));
    ring *= mix(1.0, 1.0 - disc, step(0.0, rd.y)) * v_kind.z;
    col += sky_pal(3, 0.3) * ring;
    alpha = max(alpha, ring * 0.5);
    f_color = vec4(col, alpha) * u_intensity;
}
#endif
