#version 330 core
// A river winding towards the viewer in perspective across the lower part of the frame,
// its surface flowing, mirroring the sky's glow and a broken column of moonlight.
// u_params: x horizon height, y width, z flow speed, w meander amount.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_RECT river_rect
#include "lib/sky_fullscreen.glsl"

// the river stays below the horizon, within |p.x - cx| < (1.08 wid + soft + |meander|) / (4 z)
// at depth z >= z0 (the bottom row); bounded on depth intervals [a, 1.25 a] (the numerator at
// the far end, the denominator at the near one), then beyond the last; 2 pixels of margin
vec4 river_rect() {
    float hz = u_params.x > 0.0 ? u_params.x : 0.36;
    float mz = u_params.w > 0.0 ? u_params.w : 1.0;
    float wid = u_params.y > 0.0 ? u_params.y : 1.0;
    float cx = aspect() * (0.45 + 0.1 * v_rand.z);
    float a = 0.25 / (hz + 0.004);
    float banks = 1.08 * wid + 0.02;
    float reach = 0.0;
    for (int i = 0; i < 12; i++) {
        float b = a * 1.25;
        reach = max(reach, (banks + 0.02 * b + 1.9 * mz * smoothstep(0.6, 3.0, b)) / (4.0 * a));
        a = b;
    }
    reach = max(reach, (banks + 1.9 * mz) / (4.0 * a) + 0.005) + 2.0 / u_resolution.y;
    return vec4(cx - reach, 0.0, cx + reach, hz + 2.0 / u_resolution.y);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float hz = u_params.x > 0.0 ? u_params.x : 0.36;
    float below = max(hz - p.y, 0.0);
    float z = 0.25 / (below + 0.004);                    // distance into the scene
    float mz = u_params.w > 0.0 ? u_params.w : 1.0;
    float cx = asp * (0.45 + 0.1 * v_rand.z);
    float meander = mz * (1.4 * sky_wave(z * 0.07 + v_rand.x) + 0.5 * sky_wave(z * 0.17 + 0.3))
        * smoothstep(0.6, 3.0, z);
    float u = (p.x - cx) * z * 4.0 - meander;             // across the river, world units
    float wid = u_params.y > 0.0 ? u_params.y : 1.0;
    float edge = abs(u) - wid * (1.0 + 0.08 * sky_wave(z * 0.3));
    float soft = 0.02 + z * 0.02;
    float mask = smoothstep(soft, -soft, edge) * smoothstep(0.0, 0.004, below);
    float flow = u_time * 0.25 * (u_params.z > 0.0 ? u_params.z : 1.0);
    vec2 wq = vec2(u * 1.6, z * 1.4 + flow) + sky_seed2();
    float n1 = vnoise(wq * vec2(1.0, 2.5));
    float n2 = vnoise(wq * vec2(2.1, 5.3) + 7.0 - vec2(0.0, flow));
    float ripple = n1 * 0.6 + n2 * 0.4;
    float fb = below * 7.0;
    float far = 1.0 / (1.0 + fb + fb * fb * 0.5);                        // near the horizon: more mirror
    vec3 skyref = mix(sky_pal(1, 0.04), sky_pal_toward(3, vec3(1.0, 0.7, 0.5), 0.2, 0.22), far);
    vec3 col = sky_pal(0, 0.008) + skyref * (0.5 + 0.7 * ripple) * (0.4 + 0.6 * far);
    // moonlight column, broken by the ripples
    float gx = asp * (0.62 + 0.2 * v_rand.z);
    float col_w = 0.01 + below * 0.1;
    float px = abs(p.x - gx + (ripple - 0.5) * 0.04) / col_w;
    float path = 1.0 / (1.0 + px * px);
    float glint = smoothstep(0.6, 0.85, n2 * 0.7 + n1 * 0.3) * path;
    col += sky_pal_toward(3, vec3(0.9, 0.95, 1.0), 0.5, 0.8) * glint * sky_breath(0.1);
    // a faint bright rim along the banks
    col += sky_pal(2, 0.05) * smoothstep(0.25, 0.0, abs(edge + 0.08)) * mask * (1.0 - far);
    f_color = vec4(col * mask, mask * 0.95) * u_intensity;
}
#endif
