#version 330 core
// Galaxy: a luminous band of star clouds with a dark dust lane and dense faint stars.
// u_params: x band brightness, y band width, z tilt offset (radians), w unused.
// Drawn as one quad (SKY_SPRITE): a strip along the band, as wide as its light reaches (the
// rest of the screen gets nothing visible, so it is not shaded). The coordinates along and across
// the band, the cloud noise domain and the star grid are all linear on the screen, so the vertex
// stage hands them over as interpolated values; the per-draw constants come as flat values
// (llvmpipe would redo them for every pixel).
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_VERTEX_HOOK galaxy_vertex
#define SKY_SPRITE galaxy_strip
#include "lib/sky_fullscreen.glsl"
noperspective out vec4 v_band;  // across, along the band, cloud noise domain (2)
noperspective out vec2 v_cell;  // the faint stars' grid (cells)
flat out vec4 v_shape;          // 1 / band width, 5 / band width, wobble phase, pixels per cell
flat out vec3 v_glow0;          // cloud colour at n * band = 0 (times the band gain)
flat out vec3 v_glow1;          // its change up to n * band = 1
flat out vec3 v_star0;          // faint stars: colour at whiteness 0, and the change to 1
flat out vec3 v_star1;          // (times their gain)

void galaxy_vertex() {
    float width = u_params.y > 0.0 ? u_params.y : 0.15;
    v_shape = vec4(1.0 / width, 5.0 / width, v_rand.x, u_resolution.y / 110.0);
    float gain = (u_params.x > 0.0 ? u_params.x : 1.0) * (1.0 + 0.06 * clamp(u_voice, 0.0, 1.0))
        * u_intensity;
    v_glow0 = v_pal[1] * 0.05 * gain;
    v_glow1 = (v_pal[3] * 0.11 - v_pal[1] * 0.05) * gain;
    v_star0 = v_pal[3] * 0.5 * u_intensity;
    v_star1 = (1.0 - v_pal[3]) * 0.5 * u_intensity;
}

// The strip: 2.8 widths (plus the wobble) each side of the band's axis. Beyond, the band is
// under 4e-4 of its peak and the share of cells with a star under 1e-7 (none).
vec2 galaxy_strip(int sprite, vec2 corner) {
    float ang = 0.35 + u_params.z + 0.5 * v_rand.z;
    vec2 dir = vec2(cos(ang), sin(ang));
    float asp = u_resolution.x / max(u_resolution.y, 1.0);
    vec2 centre = vec2(0.5 * asp + u_time * 0.002, 0.58);
    // from end to end of the screen (a longer strip would go far off it, where llvmpipe's
    // clipping interpolates its values poorly)
    vec2 lo = -centre, hi = vec2(asp, 1.0) - centre;
    vec4 ends = vec4(lo.x, hi.x, lo.x, hi.x) * dir.x + vec4(lo.y, lo.y, hi.y, hi.y) * dir.y;
    vec2 span = vec2(min(min(ends.x, ends.y), min(ends.z, ends.w)),
                     max(max(ends.x, ends.y), max(ends.z, ends.w)));
    float across = corner.y * (2.8 / v_shape.x + 0.04);
    float along = mix(span.x, span.y, corner.x * 0.5 + 0.5);
    vec2 rel = along * dir + across * vec2(-dir.y, dir.x);
    v_band = vec4(across, along, vec2(along * 3.0, across * 7.0) + v_rand.xy * 97.0);
    v_cell = (rel + 11.0) * 110.0 + 2.0;
    vec2 p = rel + centre;
    return vec2(p.x / asp, p.y);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_shapes.glsl"
#include "lib/sky_stars.glsl"
noperspective in vec4 v_band;
noperspective in vec2 v_cell;
flat in vec4 v_shape;
flat in vec3 v_glow0;
flat in vec3 v_glow1;
flat in vec3 v_star0;
flat in vec3 v_star1;
out vec4 f_color;

// vnoise() of lib/noise.glsl with the corners' per-axis hash terms shared (same values).
float galaxy_noise(vec2 p) {
    vec2 i = floor(p);
    vec2 f = p - i;
    vec2 u = f * f * (3.0 - 2.0 * f);
    vec2 a = fract(i * 0.1031);
    vec2 b = fract((i + 1.0) * 0.1031);
    vec3 c00 = vec3(a.x, a.y, a.x), c10 = vec3(b.x, a.y, b.x);
    vec3 c01 = vec3(a.x, b.y, a.x), c11 = vec3(b.x, b.y, b.x);
    c00 += dot(c00, c00.yzx + 33.33);
    c10 += dot(c10, c10.yzx + 33.33);
    c01 += dot(c01, c01.yzx + 33.33);
    c11 += dot(c11, c11.yzx + 33.33);
    vec4 h = fract(vec4(c00.x + c00.y, c10.x + c10.y, c01.x + c01.y, c11.x + c11.y)
                   * vec4(c00.z, c10.z, c01.z, c11.z));
    return mix(mix(h.x, h.y, u.x), mix(h.z, h.w, u.x), u.y);
}

void main() {
    float across = v_band.x;
    float wob = 0.04 * sky_wave(v_band.y * 0.43 + v_shape.z);
    float x = (across + wob) * v_shape.x;
    float band = exp(-x * x);
    float n = galaxy_noise(v_band.zw) * 0.6 + galaxy_noise(v_band.zw * 2.7 + 5.0) * 0.4;
    float lx = (across + wob + 0.03 * (n - 0.5)) * v_shape.y;
    float lane = sky_bell(lx * lx);
    vec3 col = (v_glow0 + v_glow1 * (n * band)) * (band * (0.3 + 1.2 * n * n) * (1.0 - 0.75 * lane));
    // dense faint stars where the band is bright
    vec2 star = sky_star_dots(v_cell, 0.5 * band * band * (1.0 - lane), v_shape.w);
    col += (v_star0 + v_star1 * star.y) * star.x;
    f_color = vec4(col, 0.0);
}
#endif
