#version 330 core
// Outer space (background), in three parts, each compiled on its own (SPACE_PART):
// 0, the void: it replaces the sky with black space and the faint band of the Milky Way with
//    its dust lanes (smooth: drawn at a quarter size, right after the sky, so the nebula, the
//    stars, the moon and the comets of the dream still show in front of it);
// 1, its stars, two sizes of them, light only (sharp: at half size; they hide nothing);
// 2, the Earth (motif earth, where the dream names it from space), filling the lower right,
//    turning slowly and lit by the sun off the left: blue oceans with a glint, continents,
//    drifting clouds, a sunset line along the terminator, city lights on the night side and a
//    thin bright rim of air. Only a box around it is drawn.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define SKY_VERTEX_HOOK space_vertex
#if SPACE_PART == 2
#define SKY_RECT earth_rect
#endif
#include "lib/sky_fullscreen.glsl"
flat out vec4 v_earth;    // centre, radius, the Earth's turn
flat out vec3 v_sun;      // toward the sun, on a sphere
flat out vec3 v_air;      // the atmosphere's blue, leaning to the palette

void space_vertex() {
    float asp = aspect();
    v_earth = vec4(asp * 0.8 + 0.01 * sin(u_time * 0.01), -0.32, 0.78, u_time * 0.004);
    v_sun = normalize(vec3(-0.75, 0.45, 0.5));
    v_air = mix(vec3(0.3, 0.6, 1.0), v_pal[1] * 0.6, 0.2);
}

#if SPACE_PART == 2
// The Earth's disc and its rim of air.
vec4 earth_rect() {
    float reach = v_earth.z * 1.06;
    return vec4(v_earth.xy - reach, v_earth.xy + reach);
}
#endif
#elif defined FRAGMENT_SHADER
#include "lib/sky_common.glsl"
#include "lib/sky_stars.glsl"
flat in vec4 v_earth;
flat in vec3 v_sun;
flat in vec3 v_air;
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float opacity = clamp(u_intensity * 1.25, 0.0, 1.0);   // opaque from 0.8: no sky through
#if SPACE_PART == 0
    // ---- the void, and the Milky Way across it with dark lanes of dust
    float band_d = p.y - 0.25 - 0.45 * p.x / aspect();
    float band = sky_bell(band_d * band_d * 90.0);
    float cloud = vnoise(p * 9.0 + sky_seed2()) * 0.6 + vnoise(p * 23.0) * 0.4;
    float lanes = smoothstep(0.5, 0.7, vnoise(p * 14.0 + 7.0)) * sky_bell(band_d * band_d * 300.0);
    vec3 col = mix(vec3(0.75, 0.7, 0.9), v_pal[2], 0.25) * band * cloud * 0.06 * (1.0 - 0.8 * lanes);
    col += vec3(0.02, 0.02, 0.035) * band;
    f_color = vec4(col, 1.0) * opacity;
#elif SPACE_PART == 1
    // ---- the stars: many faint ones, fewer bright ones, thicker along the Milky Way
    float band_d = p.y - 0.25 - 0.45 * p.x / aspect();
    float band = sky_bell(band_d * band_d * 90.0);
    vec2 faint = sky_star_dots(p * 90.0 + sky_seed2(), 0.1, buffer_height() / 90.0);
    vec2 bright = sky_star_dots(p * 22.0 + sky_seed2() + 5.0, 0.12, buffer_height() / 22.0);
    vec3 col = mix(v_pal[3], vec3(1.0), faint.y) * faint.x * 0.25 * (1.0 + band);
    col += mix(v_pal[3], vec3(1.0), bright.y) * bright.x * 0.9;
    f_color = vec4(col, 0.0) * u_intensity;
#else
    // ---- the Earth
    float px = 1.0 / buffer_height();
    vec2 d = (p - v_earth.xy) / v_earth.z;
    float r2 = dot(d, d);
    float on_earth = smoothstep(1.0 + px * 2.0 / v_earth.z, 1.0 - px * 2.0 / v_earth.z, sqrt(r2));
    vec3 n = vec3(d, sqrt(max(1.0 - r2, 0.0)));
    float lam = dot(n, v_sun);
    float day = smoothstep(-0.12, 0.18, lam);
    // the surface as it turns: a map read through the sphere's latitude and longitude
    vec2 map = vec2(d.x / max(n.z, 0.2) * 0.6 + v_earth.w, d.y * 1.1) * 2.6 + sky_seed2();
    float land = smoothstep(0.52, 0.56, vnoise(map) * 0.65 + vnoise(map * 2.7 + 3.0) * 0.35);
    float clouds = smoothstep(0.45, 0.8, vnoise(map * vec2(1.5, 3.5) + vec2(v_earth.w * 6.0, 1.0)) * 0.6
                                          + vnoise(map * 5.0 - 2.0) * 0.4);
    vec3 ocean = vec3(0.01, 0.05, 0.22);
    vec3 ground = mix(vec3(0.07, 0.2, 0.05), vec3(0.3, 0.22, 0.1), smoothstep(0.0, 0.6, d.y + 0.4));
    vec3 surface = mix(ocean, ground, land);
    vec3 h = normalize(v_sun + vec3(0.0, 0.0, 1.0));
    float glint = (1.0 - land) * (1.0 - clouds) * pow(max(dot(n, h), 0.0), 40.0) * 1.5;
    vec3 lit = mix(surface, vec3(0.8), clouds * 0.8) * (0.03 + 0.75 * max(lam, 0.0)) + glint;
    // the night side: the cities' lights on the land
    float cities = land * (1.0 - clouds) * step(0.93, hash21(floor(map * 30.0))) * (1.0 - day);
    vec3 night = vec3(1.0, 0.7, 0.35) * cities * 0.8 + surface * 0.01;
    vec3 earth = mix(night, lit, day);
    // the atmosphere: haze toward the limb, a sunset along the line between day and night,
    // and a thin glowing rim past the limb on the lit side
    float limb = 1.0 - n.z;
    earth = mix(earth, v_air * (0.25 + max(lam, 0.0)), limb * limb * 0.8 * day);
    earth += vec3(1.0, 0.45, 0.15) * 0.5 * sky_bell(lam * lam * 120.0) * (0.3 + limb);
    float out_r = max(sqrt(r2) - 1.0, 0.0) * v_earth.z / 0.025;
    float rim = sky_bell(out_r * out_r * 2.0) * smoothstep(-0.3, 0.4, dot(normalize(d), v_sun.xy));
    vec3 col = earth * on_earth + v_air * rim * (1.0 - on_earth) * 0.9;
    f_color = vec4(col, on_earth) * opacity;
#endif
}
#endif
