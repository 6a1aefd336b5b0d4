#version 330 core
// Rime frost in the frame's corners, as on a cold window: needles of ice in three directions
// 60 degrees apart (stretched value noise, so no two are alike and nothing repeats), thickest
// at the corner and thinning out to a soft, ragged edge, with a milky veil and a few slow
// glints. Only the four corner squares are drawn (sprites = 4). u_params: x reach (0..1),
// y needle scale, z glimmer, w opacity.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define SKY_SPRITE ice_corner
#include "lib/noise.glsl"
#include "lib/sky_fullscreen.glsl"
flat out vec3 v_corner;  // xy: the corner in aspect coordinates, z: its frost's reach

// Sprite i (0..3) is corner (i & 1, i >> 1); the lower corners gather more frost.
vec2 ice_corner(int sprite, vec2 corner) {
    vec2 c = vec2(float(sprite & 1), float(sprite >> 1));
    float reach = (u_params.x > 0.0 ? u_params.x : 0.5)
                * (c.y > 0.5 ? 0.6 : 0.95) * (0.8 + 0.4 * hash11(u_seed + float(sprite) * 3.7));
    float asp = aspect();
    v_corner = vec3(c.x * asp, c.y, reach);
    vec2 size = vec2(reach / asp, reach);
    vec4 box = vec4(c - c * size, c + (1.0 - c) * size);
    return quad_box_corner(box, corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
#include "lib/fast_math.glsl"
flat in vec3 v_corner;
out vec4 f_color;

// A thin bright line where noise crosses its middle (1 on the line, falling off fast).
float ridge(float n) {
    float x = 1.0 - abs(2.0 * n - 1.0);
    x *= x;
    return x * x * x;
}

void main() {
    vec2 q = abs(aspect_coords(v_uv) - v_corner.xy);   // from the corner into the frame
    float r = length(q) / v_corner.z;                  // 0 at the corner, 1 at the reach
    vec2 seed = sky_seed2() + v_corner.xy * 37.0;
    // a ragged, soft edge that never reaches the square's sides (r < 0.95)
    float patch = vnoise(q * 5.0 / v_corner.z + seed);
    float edge = 0.45 + 0.5 * patch;
    float frost = smoothstep(edge, edge * 0.15, r);
    float sc = u_params.y > 0.0 ? u_params.y : 1.0;
    // feathers: streaks radiating from the corner (polar noise), and side branches where a
    // finer noise, bent by the feathers, crosses its middle
    float ang = latan2(q.y, q.x);
    float feather = vnoise(vec2(ang * 22.0 * sc, length(q) * 12.0 * sc) + seed);
    float branch = vnoise(mat2(0.8, 0.6, -0.6, 0.8) * q * 26.0 * sc + seed.yx + feather * 1.5);
    float ice = 0.6 * ridge(feather) + ridge(branch) * (0.4 + feather);
    ice *= frost * (0.4 + 0.6 * patch);                // thinning out toward the edge
    // the brightest crossings glint in turn, slowly
    float glim = ice * ice * smoothstep(0.6, 1.0, sky_wave(u_time * 0.05 + patch * 7.0))
               * (u_params.z > 0.0 ? u_params.z : 1.0);
    vec3 cool = mix(sky_pal_toward(2, vec3(0.78, 0.9, 1.0), 0.8, 1.0), vec3(1.0), 0.3);
    float veil = frost * frost;
    vec3 col = cool * (0.04 * veil + 0.3 * ice + 0.6 * glim) * sky_breath(0.08);
    float op = u_params.w > 0.0 ? u_params.w : 0.5;
    f_color = vec4(col, op * min(0.5 * veil + 0.3 * ice, 1.0)) * u_intensity;
}
#endif
