// The galaxy's two programs (layers/galaxy.glsl: its faint stars, sharp, at half size;
// layers/galaxy_clouds.glsl: its band of star clouds, smooth, at a quarter size) share this:
// one quad along the band, as wide as its light reaches (the rest of the screen gets nothing
// visible, so it is not shaded). The coordinates along and across the band, the cloud noise
// domain and the star grid are all linear on the screen, so the vertex stage hands them over
// as interpolated values; the per-draw constants come as flat values (llvmpipe would redo
// them for every pixel). u_params: x band brightness, y band width, z tilt offset (radians).
// Needs lib/header.glsl; the program defines GALAXY_REACH first: how many band widths its
// light reaches each side of the axis.
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_VERTEX_HOOK galaxy_vertex
#define SKY_SPRITE galaxy_strip
#include "lib/sky_fullscreen.glsl"
noperspective out vec4 v_band;  // across, along the band, cloud noise domain (2)
noperspective out vec2 v_cell;  // the faint stars' grid (cells)
flat out vec3 v_shape;          // 1 / band width, wobble phase, the star grid's pixels per cell
flat out vec3 v_glow0;          // cloud colour at n * band = 0 (times the band gain)
flat out vec3 v_glow1;          // its change up to n * band = 1
flat out vec3 v_star0;          // faint stars: colour at whiteness 0, and the change to 1
flat out vec3 v_star1;          // (times their gain)

void galaxy_vertex() {
    float width = u_params.y > 0.0 ? u_params.y : 0.15;
    v_shape = vec3(1.0 / width, v_rand.x, u_resolution.y / 110.0);
    float gain = (u_params.x > 0.0 ? u_params.x : 1.0) * (1.0 + 0.06 * clamp(u_voice, 0.0, 1.0))
        * u_intensity;
    v_glow0 = v_pal[1] * 0.05 * gain;
    v_glow1 = (v_pal[3] * 0.11 - v_pal[1] * 0.05) * gain;
    v_star0 = v_pal[3] * 0.5 * u_intensity;
    v_star1 = (1.0 - v_pal[3]) * 0.5 * u_intensity;
}

// The strip: GALAXY_REACH widths (plus the wobble) each side of the band's axis.
vec2 galaxy_strip(int sprite, vec2 corner) {
    float ang = 0.35 + u_params.z + 0.5 * v_rand.z;
    vec2 dir = vec2(cos(ang), sin(ang));
    float asp = aspect();
    vec2 centre = vec2(0.5 * asp + u_time * 0.002, 0.58);
    // from end to end of the screen (a longer strip would go far off it, where llvmpipe's
    // clipping interpolates its values poorly)
    vec2 lo = -centre, hi = vec2(asp, 1.0) - centre;
    vec4 ends = vec4(lo.x, hi.x, lo.x, hi.x) * dir.x + vec4(lo.y, lo.y, hi.y, hi.y) * dir.y;
    vec2 span = vec2(min(min(ends.x, ends.y), min(ends.z, ends.w)),
                     max(max(ends.x, ends.y), max(ends.z, ends.w)));
    float across = corner.y * (GALAXY_REACH / v_shape.x + 0.04);
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
noperspective in vec4 v_band;
noperspective in vec2 v_cell;
flat in vec3 v_shape;
flat in vec3 v_glow0;
flat in vec3 v_glow1;
flat in vec3 v_star0;
flat in vec3 v_star1;
out vec4 f_color;

// Across the band with its slow wobble (in band widths), and the band's light 0..1.
vec2 galaxy_band() {
    float x = (v_band.x + 0.04 * sky_wave(v_band.y * 0.43 + v_shape.y)) * v_shape.x;
    return vec2(x, exp(-x * x));
}

// The dark dust lane along the band's middle, 0..1, at `x` band widths across (shifted by
// `drift` widths).
float galaxy_lane(float x, float drift) {
    float lx = (x + drift) * 5.0;
    return sky_bell(lx * lx);
}
#endif
