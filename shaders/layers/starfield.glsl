#version 330 core
// Starfield: cell-based twinkling stars in three depths; the brightest have soft cross
// glints. u_params: x density 0..1, y twinkle 0..1, z glint 0..1, w unused.
// Drawn as sprites (`sprites` in assets/visuals): sprite 0 covers the screen and shades the
// faint dots and the middle depth, per cell of their grids (the grids are linear on the
// screen, so they come interpolated from the vertex stage); every later sprite is one cell of
// the sparse near depth: a small box around its star (clipped to the cell, where its light
// ends) with the star's look resolved in the vertex stage, or nothing when the cell has no
// star (1 + 9 * (ceil(aspect * 8) + 1) sprites: 298 cover aspects up to 4). llvmpipe runs
// every branch, so each pixel also evaluates the other kind of sprite, with zero gain. The
// vertex stage is this layer's own and lean (llvmpipe pays for every vertex of every sprite).
#include "lib/header.glsl"
#include "lib/noise.glsl"
#include "lib/sky_shapes.glsl"
#if defined VERTEX_SHADER
#include "lib/quad.glsl"
noperspective out vec4 v_grid;  // xy: the faint dots' grid (cells), zw: the screen (pixels)
noperspective out vec2 v_grid2; // the middle depth's grid (cells)
flat out vec3 v_hue;            // sprite 0: palette colour 3 (tinted, luminance 1) and the
flat out vec3 v_white;          // change to white, times u_intensity (0 on later sprites)
flat out vec3 v_dot;            // faint dots: share of cells lit, pixels per cell; 1 / the
                                // height (pixels) where the dimming towards the bottom ends
flat out vec4 v_mid;            // middle depth: share of cells lit, 1 / share, pixels per cell,
                                // half the twinkle
flat out vec2 v_mid_time;       // u_time * 0.08, u_time * 0.2
flat out vec4 v_star;           // a bright star: centre (pixels), 1 / size^2, 1 / reach^2
flat out vec4 v_gain;           // its colour times brightness, glint weight

// Palette colour 3 times the tint, rescaled to luminance 1 (as lib/sky_fullscreen.glsl).
vec3 starfield_hue() {
    vec3 c = max(u_palette[3] * u_tint, vec3(0.0));
    float y = dot(c, vec3(0.2126, 0.7152, 0.0722));
    return y > 1e-4 ? min(c / y, vec3(4.0)) : vec3(1.0);
}

// Cell j of a bright depth (k: cells per unit, grid offset, share of cells lit, star size;
// q: hash seed, twinkle, glint): its star's box in pixels, or an empty one; sets v_star and
// v_gain.
vec4 starfield_cell(float j, vec3 hue, vec4 k, vec3 q) {
    float n = k.x;
    float asp = u_resolution.x / max(u_resolution.y, 1.0);
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
    bool off = e > k.z || row > n || j < 0.0;
    return off ? vec4(-4.0) : vec4(lo, hi);
}

void main() {
    int sprite = gl_VertexID / 6;
    vec2 corner = QUAD_CORNERS[gl_VertexID % 6];
    float asp = u_resolution.x / max(u_resolution.y, 1.0);
    float dens = u_params.x > 0.0 ? u_params.x : 0.6;
    vec3 hue = starfield_hue();
    bool full = sprite == 0;
    float prob = 0.3 * dens;
    float on = full ? u_intensity : 0.0;
    v_hue = hue * on;
    v_white = (1.0 - hue) * on;
    v_dot = vec3(0.25 * dens, u_resolution.y / 80.0, 1.0 / (0.45 * u_resolution.y));
    v_mid = vec4(prob, 1.0 / max(prob, 1e-3), u_resolution.y / 28.0, 0.5 * u_params.y);
    v_mid_time = vec2(u_time * 0.08, u_time * 0.2);
    vec4 box = starfield_cell(float(sprite - 1), hue, vec4(8.0, 7.7, 0.25 * dens, 1.4),
                              vec3(5.0, 0.6 * u_params.y, u_params.z));
    v_gain.rgb *= full ? 0.0 : u_intensity;
    vec2 uv = full ? corner * 0.5 + 0.5 : mix(box.xy, box.zw, corner * 0.5 + 0.5) / u_resolution;
    vec2 s = vec2(uv.x * asp + u_time * 0.002, uv.y);
    v_grid = vec4(s * 80.0 + hash11(u_seed + 0.37) * 97.0, uv * u_resolution);
    v_grid2 = (s + 3.1) * 28.0 + hash11(u_seed * 1.71 + 5.3) * 97.0;
    gl_Position = vec4(uv * 2.0 - 1.0, 0.0, 1.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/sky_stars.glsl"
noperspective in vec4 v_grid;
noperspective in vec2 v_grid2;
flat in vec3 v_hue;
flat in vec3 v_white;
flat in vec3 v_dot;
flat in vec4 v_mid;
flat in vec2 v_mid_time;
flat in vec4 v_star;
flat in vec4 v_gain;
out vec4 f_color;

void main() {
    // sprite 0: the faint dots and the middle depth (a twinkling star per lit cell)
    vec2 dots = sky_star_dots(v_grid.xy, v_dot.x, v_dot.y);
    vec2 cell = floor(v_grid2);
    vec2 h = hash22(cell);
    float e = fract(h.x * 17.13 + h.y * 31.7);
    float b = e * v_mid.y;
    float bb = b * b;
    float s = 1.1 * (0.6 + bb);
    vec2 d = (v_grid2 - cell - 0.25 - 0.5 * h) * v_mid.z;
    float tw = 1.0 - v_mid.w - v_mid.w * sky_wave(v_mid_time.x + v_mid_time.y * h.x + 7.0 * h.y);
    float l = sky_bell(dot(d, d) / (s * s)) * (0.3 + 2.5 * bb * b) * step(e, v_mid.x) * tw;
    vec3 col = v_hue * (dots.x + l) + v_white * (dots.x * dots.y + (0.5 + 0.5 * h.y) * l);
    // a near star with its glint (its own sprite only)
    vec2 ds = v_grid.zw - v_star.xy;
    float r2 = dot(ds, ds);
    vec2 a = abs(ds);
    float fade = max(1.0 - r2 * v_star.w, 0.0);
    float cross = 1.0 / (1.0 + a.x * a.x * 0.6 + a.y * 0.18)
        + 1.0 / (1.0 + a.y * a.y * 0.6 + a.x * 0.18);
    col += v_gain.rgb * (sky_bell(r2 * v_star.z) + v_gain.w * cross * fade * fade);
    col *= 0.5 + 0.5 * smoothstep(0.0, 1.0, v_grid.w * v_dot.z);
    f_color = vec4(col, 0.0);
}
#endif
