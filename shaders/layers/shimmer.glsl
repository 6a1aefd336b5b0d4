#version 330 core
// Iridescence: drifting patches of thin-film interference bands in the palette's colours;
// with x = 1 a soft rainbow arc instead. u_params: x mode (0 shimmer, 1 rainbow), y
// brightness, z band scale, w unused.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

// interference colour from a phase, built from the palette (not a hard-coded spectrum)
vec3 film(float ph) {
    vec3 w = 0.5 + 0.5 * vec3(sky_wave(ph), sky_wave(ph + 0.33), sky_wave(ph + 0.67));
    return sky_pal(1, 1.0) * w.x + sky_pal(2, 1.0) * w.y + sky_pal(3, 1.0) * w.z;
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float t = u_time * 0.04;
    vec2 q = p * 2.2 + sky_seed2();
    float f1 = sky_swirl(vec3(q * 2.3, t));
    float f2 = vnoise(q * 1.9 + f1 + vec2(t, 2.0)) * 2.0 - 1.0;
    float sc = u_params.z > 0.0 ? u_params.z : 1.0;
    float ph = (f1 + 0.5 * f2) * 1.6 * sc + p.y * 0.4 + t * 0.3;
    float patch = smoothstep(0.05, 0.55, f1 * 0.8 + f2 * 0.6 + 0.1);
    vec3 shim = film(ph) * patch * 0.07 * (0.7 + 0.3 * sky_wave(ph * 1.4));
    // rainbow: an arc centred below the frame, bands from the palette mixed with a spectrum
    vec2 ctr = vec2(aspect() * (0.4 + 0.2 * v_rand.z), -0.35);
    float r = length(p - ctr);
    float u = (r - 1.05) / 0.09;                          // 0..1 across the bow
    float bow = smoothstep(0.0, 0.15, u) * smoothstep(1.0, 0.85, u);
    float su = u * 0.8;
    vec3 spec = 0.5 + 0.5 * vec3(sky_wave(su), sky_wave(su + 0.33), sky_wave(su + 0.67));
    vec3 rain = mix(spec, film(u * 0.9) * 0.35, 0.25) * bow * 0.15;
    rain *= smoothstep(0.05, 0.4, p.y) * (0.75 + 0.25 * f1);
    float m = clamp(u_params.x, 0.0, 1.0);
    vec3 col = mix(shim, rain, m) * (u_params.y > 0.0 ? u_params.y : 1.0) * sky_breath(0.1);
    f_color = vec4(col * u_intensity, 0.0);
}
#endif
