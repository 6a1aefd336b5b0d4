#version 330 core
// The starfield's sparse near depth (see layers/starfield.glsl): bright stars, the brightest
// with soft cross glints. Drawn as sprites (`sprites` in assets/visuals), one per cell of the
// near grid: a small box around its star (clipped to the cell, where its light ends) with the
// star's look resolved in the vertex stage, or nothing when the cell has no star
// (9 * (ceil(aspect * 8) + 1) sprites: 297 cover aspects up to 4). The vertex stage is lean:
// llvmpipe pays for every vertex of every sprite.
#include "lib/header.glsl"
#include "lib/noise.glsl"
#include "lib/sky_shapes.glsl"
#if defined VERTEX_SHADER
#include "lib/quad.glsl"
#include "lib/sky_starfield.glsl"
flat out vec4 v_star;           // the star: centre (pixels), 1 / size^2, 1 / reach^2
flat out vec4 v_gain;           // its colour times brightness, glint weight
flat out float v_dim;           // 1 / the height (pixels) where the dimming to the bottom ends

// Cell j of a bright depth (k: cells per unit, grid offset, share of cells lit, star size;
// q: hash seed, twinkle, glint): its star's box in pixels, or an empty one; sets v_star and
// v_gain.
vec4 starfield_cell(float j, vec3 hue, vec4 k, vec3 q) {
    float n = k.x;
    float asp = aspect();
    vec2 shift = vec2(u_time * 0.002 + k.y, k.y) * n + q.x;   // screen -> this depth's grid
    vec2 g0 = floor(shift);
    float cols = ceil(asp * n) + 1.0;
    float row = floor((j + 0.5) / cols);
    vec2 c = g0 + vec2(j - row * cols, row);
    vec2 h = hash22(c);
    float e = fract(h.x * 17.13 + h.y * 31.7);
    float b = e / max(k.z, 1e-3);
    float bb = b * b;
    float s = k.w * (0.6 + bb);
    float px = u_resolution.y / n;                          // pixels per cell
    float reach = 0.22 * px;
    float tw = 1.0 - q.y * (0.5 + 0.5 * sky_wave(u_time * (0.08 + 0.2 * h.x) + 7.0 * h.y));
    float gain = 0.3 + 2.5 * bb * b;
    float glint = q.z * bb * bb * 0.7;
    vec2 centre = (c + 0.25 + 0.5 * h - shift) * px;
    v_star = vec4(centre, 1.0 / (s * s), 1.0 / (reach * reach));
    v_gain = vec4(mix(hue, vec3(1.0), 0.5 + 0.5 * h.y) * (tw * gain), glint / gain);
    // the light ends at 2 sizes (the bell) or at the glint's reach, and never leaves the cell
    float r = max(2.0 * s, glint > 0.0 ? reach : 0.0);
    vec2 lo = max(centre - r, (c - shift) * px);
    vec2 hi = min(centre + r, (c + 1.0 - shift) * px);
    bool off = e > k.z || row > n;
    return off ? vec4(-4.0) : vec4(lo, hi);
}

void main() {
    int sprite = gl_VertexID / 6;
    vec2 corner = QUAD_CORNERS[gl_VertexID % 6];
    float dens = u_params.x > 0.0 ? u_params.x : 0.6;
    vec4 box = starfield_cell(float(sprite), starfield_hue(), vec4(8.0, 7.7, 0.25 * dens, 1.4),
                              vec3(5.0, 0.6 * u_params.y, u_params.z));
    v_gain.rgb *= u_intensity * (1.0 - u_daylight);  // stars do not show in daylight
    v_dim = 1.0 / (0.45 * u_resolution.y);
    vec2 uv = mix(box.xy, box.zw, corner * 0.5 + 0.5) / u_resolution;
    gl_Position = vec4(uv * 2.0 - 1.0, 0.0, 1.0);
}
#elif defined FRAGMENT_SHADER
flat in vec4 v_star;
flat in vec4 v_gain;
flat in float v_dim;
out vec4 f_color;

void main() {
    vec2 ds = gl_FragCoord.xy - v_star.xy;
    float r2 = dot(ds, ds);
    vec2 a = abs(ds);
    float fade = max(1.0 - r2 * v_star.w, 0.0);
    float cross = 1.0 / (1.0 + a.x * a.x * 0.6 + a.y * 0.18)
        + 1.0 / (1.0 + a.y * a.y * 0.6 + a.x * 0.18);
    vec3 col = v_gain.rgb * (sky_bell(r2 * v_star.z) + v_gain.w * cross * fade * fade);
    col *= 0.5 + 0.5 * smoothstep(0.0, 1.0, gl_FragCoord.y * v_dim);
    f_color = vec4(col, 0.0);
}
#endif
