#version 330 core
// Open water to the horizon: long swells in perspective mirroring what stands above it, a
// moonlit path of glints, a soft horizon line. The lake uses the same program, calmer.
// u_params: x horizon height, y swell amplitude 0..1, z glint strength, w glint path x (0..1,
// 0 = from the seed).
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_RECT ocean_rect
#include "lib/sky_fullscreen.glsl"

// the water stays below the horizon (its mask is 0 from p.y = hz up); 2 pixels of margin
vec4 ocean_rect() {
    float hz = u_params.x > 0.0 ? u_params.x : 0.38;
    return vec4(0.0, 0.0, aspect(), hz + 2.0 / u_resolution.y);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
#include "lib/scene_behind.glsl"
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float hz = u_params.x > 0.0 ? u_params.x : 0.38;
    float below = max(hz - p.y, 0.0);
    float z = 0.3 / (below + 0.003);
    float amp = u_params.y;
    vec2 w = vec2((p.x - asp * 0.5) * z, z) + sky_seed2();
    float t = u_time * 0.35;
    float s1 = sky_wave((w.x * 0.6 + w.y * 1.1 + t) * 0.159);
    float s2 = sky_wave((-w.x * 1.3 + w.y * 1.9 + t * 1.3) * 0.159 + 0.27);
    float n = vnoise(vec2(w.x * 2.0, w.y * 3.0 - t * 0.5));
    float hgt = (s1 * 0.5 + s2 * 0.3) * amp + (n - 0.5) * (0.3 + 0.7 * amp);
    float slope = (s2 * 0.4 - s1 * 0.5) * amp;
    float fb = below * 6.0;
    float far = 1.0 / (1.0 + fb + fb * fb * 0.5);
    float fres = mix(0.25, 1.0, far);
    vec3 deep = sky_pal(0, 0.01);
    vec3 skyref = mix(sky_pal(1, 0.035), sky_pal_toward(3, vec3(1.0, 0.75, 0.55), 0.2, 0.16), far);
    // what the water mirrors: the scene above the horizon (sky, moon, the far shore), broken
    // up by the swell, over the palette's sky
    vec2 ruv = vec2(v_uv.x + (slope * 0.5 + n - 0.5) * (0.004 + below * 0.05),
                    2.0 * hz - v_uv.y + (n - 0.5) * below * 0.04);
    vec3 mirrored = scene_behind(ivec2(clamp(ruv, READS_BOX.xy, READS_BOX.zw) * (u_resolution - 1.0)));
    vec3 col = deep + mix(skyref, mirrored * 0.7, 0.7) * fres * (0.75 + 0.5 * hgt);
    // glints: a path under the light, sparkling where the surface tilts towards it
    float gx = asp * (u_params.w > 0.0 ? u_params.w : 0.3 + 0.4 * v_rand.z);
    float pw = 0.015 + below * (0.12 + 0.2 * amp);
    float px = abs(p.x - gx + slope * 0.2 * below) / pw;
    float path = 1.0 / (1.0 + px * px);
    float fine = vnoise(vec2(w.x * 9.0 + 3.0 * s1, w.y * 14.0 + t) + 31.0);
    float sparkle = smoothstep(0.6, 0.95, fine * 0.75 + n * 0.25 + hgt * 0.1);
    float gl = (u_params.z > 0.0 ? u_params.z : 1.0);
    col += sky_pal_toward(3, vec3(0.9, 0.95, 1.0), 0.5, 0.9) * path * sparkle * gl * sky_breath(0.1);
    col += sky_pal_toward(3, vec3(0.9, 0.95, 1.0), 0.5, 0.06) * path * far * gl;
    // the horizon: a thin haze line
    float hb = below * 120.0;
    col += sky_pal(3, 0.05) / (1.0 + hb * hb);
    float mask = smoothstep(0.0, 0.002, below);  // opaque from 0.002 down: WATER_EDGE (compositor)
    f_color = vec4(col * mask, mask) * u_intensity;
}
#endif
