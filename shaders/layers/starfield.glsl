#version 330 core
// Starfield: cell-based twinkling stars in three depths; the brightest have soft cross
// glints. u_params: x density 0..1, y twinkle 0..1, z glint 0..1, w unused.
// This program covers the screen with the faint dots and the middle depth, per cell of their
// grids (the grids are linear on the screen, so they come interpolated from the vertex stage);
// layers/starfield_near.glsl draws the sparse near depth (`also` in assets/visuals), so no
// pixel here pays for a near star's maths.
#include "lib/header.glsl"
#include "lib/noise.glsl"
#include "lib/sky_shapes.glsl"
#if defined VERTEX_SHADER
#include "lib/quad.glsl"
#include "lib/sky_starfield.glsl"
noperspective out vec3 v_grid;  // xy: the faint dots' grid (cells), z: the height (pixels)
noperspective out vec2 v_grid2; // the middle depth's grid (cells)
flat out vec3 v_hue;            // palette colour 3 (tinted, luminance 1) and the change to
flat out vec3 v_white;          // white, times u_intensity
flat out vec3 v_dot;            // faint dots: share of cells lit, pixels per cell; 1 / the
                                // height (pixels) where the dimming towards the bottom ends
flat out vec4 v_mid;            // middle depth: share of cells lit, 1 / share, pixels per cell,
                                // half the twinkle
flat out vec2 v_mid_time;       // u_time * 0.08, u_time * 0.2

void main() {
    vec2 uv = quad_fullscreen(gl_VertexID);
    float asp = aspect();
    float dens = u_params.x > 0.0 ? u_params.x : 0.6;
    vec3 hue = starfield_hue();
    float prob = 0.3 * dens;
    float shown = u_intensity * (1.0 - u_daylight);  // stars do not show in daylight
    v_hue = hue * shown;
    v_white = (1.0 - hue) * shown;
    v_dot = vec3(0.25 * dens, u_resolution.y / 80.0, 1.0 / (0.45 * u_resolution.y));
    v_mid = vec4(prob, 1.0 / max(prob, 1e-3), u_resolution.y / 28.0, 0.5 * u_params.y);
    v_mid_time = vec2(u_time * 0.08, u_time * 0.2);
    vec2 s = vec2(uv.x * asp + u_time * 0.002, uv.y);
    v_grid = vec3(s * 80.0 + hash11(u_seed + 0.37) * 97.0, uv.y * u_resolution.y);
    v_grid2 = (s + 3.1) * 28.0 + hash11(u_seed * 1.71 + 5.3) * 97.0;
    gl_Position = vec4(uv * 2.0 - 1.0, 0.0, 1.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/sky_stars.glsl"
noperspective in vec3 v_grid;
noperspective in vec2 v_grid2;
flat in vec3 v_hue;
flat in vec3 v_white;
flat in vec3 v_dot;
flat in vec4 v_mid;
flat in vec2 v_mid_time;
out vec4 f_color;

void main() {
    // the faint dots, and the middle depth: a twinkling star per lit cell
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
    col *= 0.5 + 0.5 * smoothstep(0.0, 1.0, v_grid.z * v_dot.z);
    f_color = vec4(col, 0.0);
}
#endif
