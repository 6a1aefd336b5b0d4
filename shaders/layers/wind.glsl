#version 330 core
// Wind: long faint streaks gusting across the frame with tiny drifting flecks at their
// heads; stretched grid cells (own cell only). u_params: x speed, y rows
// per screen height (at most WIND_ROWS), z curl, w brightness.
// Drawn as sprites (lib/sky_fullscreen.glsl): one quad per live streak, around its band, so
// only the pixels near a streak are shaded (the streaks cover a fifth of the frame).
#include "lib/header.glsl"
#include "lib/noise.glsl"
const float WIND_ROWS = 20.0;     // the most rows (assets/visuals: sprites = rows x columns)
const int WIND_COLUMNS = 5;       // cells a row shows at most (1.8 per frame height, 16:9)
const float WIND_CELL_X = 1.8;    // cells per frame height along a row
const float WIND_REACH_PX = 6.0;  // a streak's and its fleck's half-width, in pixels

float wind_rows() { return min(u_params.y > 0.0 ? u_params.y : 14.0, WIND_ROWS); }
float wind_speed() { return (u_params.x > 0.0 ? u_params.x : 1.0) * 0.25; }

// How far row `row` has drifted (cells): its gust's own pace and start.
float wind_drift(float row, float seed) {
    float rh = hash11(row + seed);
    return u_time * wind_speed() * (0.6 + 0.8 * rh) + rh * 7.0;
}

#if defined VERTEX_SHADER
#define SKY_SPRITE wind_sprite
#include "lib/sky_fullscreen.glsl"

// Sprite i is cell (i % WIND_COLUMNS) of the row's visible cells in row i / WIND_COLUMNS:
// a box over its streak's length and the band its curl sweeps, within its own cell.
vec2 wind_sprite(int sprite, vec2 corner) {
    float rows = wind_rows();
    float seed = v_rand.x * 40.0;
    float row = float(sprite / WIND_COLUMNS);
    float drift = wind_drift(row, seed);
    float cell = floor(-drift) + float(sprite % WIND_COLUMNS);
    vec2 h = hash22(vec2(cell, row) + seed);
    float asp = aspect();
    float len = 0.45 + 0.4 * h.y;
    float base = 0.5 + 0.3 * (h.y - 0.5);
    float curl = abs(u_params.z) * 0.18;
    float margin = WIND_REACH_PX / buffer_height();
    vec2 lo = vec2((cell + 0.5 * (1.0 - len) + drift) / WIND_CELL_X - margin,
                   max((row + base - curl) / rows - margin, row / rows));
    vec2 hi = vec2((cell + 0.5 * (1.0 + len) + drift) / WIND_CELL_X + margin,
                   min((row + base + curl) / rows + margin, (row + 1.0) / rows));
    bool off = row >= rows || h.x < 0.45 || lo.x > asp || hi.x < 0.0;
    vec2 p = off ? vec2(-4.0) : mix(lo, hi, corner * 0.5 + 0.5);
    return vec2(p.x / asp, p.y);
}
#elif defined FRAGMENT_SHADER
#include "lib/sky_common.glsl"
out vec4 f_color;

vec2 gusts(vec2 p, float rows, float seed) {
    vec2 g = vec2(p.x * WIND_CELL_X, p.y * rows);
    g.x -= wind_drift(floor(g.y), seed);
    vec2 h = hash22(floor(g) + seed);
    vec2 f = fract(g);
    float len = 0.45 + 0.4 * h.y;
    float s = clamp((f.x - 0.5 * (1.0 - len)) / len, 0.0, 1.0);   // 0..1 along the streak
    float cy = 0.5 + 0.3 * (h.y - 0.5) + u_params.z * 0.18 * sky_wave(s * 0.8 + h.x + u_time * 0.03);
    float dy = (f.y - cy) * u_resolution.y / rows;       // pixels
    float taper = s * (1.0 - s) * 4.0;
    float line = sky_bell(dy * dy * 0.35) * taper * taper;
    float fx = (s - 0.95) * len * u_resolution.y / WIND_CELL_X;
    float fleck = sky_bell((dy * dy + fx * fx) * 0.15) * step(0.75, h.y);
    return vec2(line, fleck);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    vec2 a = gusts(p, wind_rows(), v_rand.x * 40.0);
    vec3 c = sky_pal_toward(3, vec3(0.9, 0.9, 0.85), 0.5, 1.0);
    vec3 col = c * (0.05 * a.x + 0.25 * a.y) * (u_params.w > 0.0 ? u_params.w : 1.0);
    f_color = vec4(col, 0.04 * a.x + 0.3 * a.y) * u_intensity;
}
#endif
