#version 330 core
// Rain: thin slanted streaks on two depths of grid columns (own cell only), soft and dim.
// u_params: x fall speed, y slant, z density 0..1, w brightness.
// Both depths' grids are linear on the screen, so the vertex stage hands them over as
// interpolated values (llvmpipe would redo the maths for every pixel).
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_VERTEX_HOOK rain_vertex
#include "lib/sky_fullscreen.glsl"
flat out vec4 v_fall;    // per depth (near, far): the column's scroll per unit of its hash,
                         // column hash seed
flat out vec3 v_step;    // per depth: pixels per cell width; the density's threshold
flat out vec4 v_col;     // streak colour and alpha at full strength (times u_intensity)
noperspective out vec4 v_grid;  // the near depth's grid (cells), then the far depth's

void rain_vertex() {
    float speed = u_params.x > 0.0 ? u_params.x : 1.0;
    float dens = u_params.z > 0.0 ? u_params.z : 0.5;
    // a column scrolls by fall * (0.8 + 0.4 * hash) + 31 * hash (fall = time x speed): the
    // common part joins the grid, the rest is per pixel
    vec2 fall = u_time * vec2(2.2 * speed, 1.5 * speed);
    v_fall = vec4(fall * 0.4 + 31.0, v_rand.xy * 50.0);
    v_step = vec3(u_resolution.y / 90.0, u_resolution.y / 160.0, 1.0 - dens);
    vec3 ref = vec3(0.8, 0.88, 1.0);
    v_col = vec4(mix(v_pal[3], ref / luma(ref), 0.6) * 0.12
                 * (u_params.w > 0.0 ? u_params.w : 1.0), 0.12) * u_intensity;
    vec2 uv = quad_fullscreen(gl_VertexID);
    vec2 p = aspect_coords(uv);
    p.x += p.y * u_params.y;                    // slant
    v_grid = vec4(p * vec2(90.0, 3.0), (p + 0.53) * vec2(160.0, 5.0))
           + vec4(0.0, fall.x * 0.8, 0.0, fall.y * 0.8);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_shapes.glsl"
flat in vec4 v_fall;
flat in vec3 v_step;
flat in vec4 v_col;
noperspective in vec4 v_grid;
out vec4 f_color;

// One depth of streaks: g = position in cells (with the common scroll), `fall` = the column's
// scroll per unit of its hash, px = pixels per cell width.
float streaks(vec2 g, float fall, float seed, float px) {
    float ch = hash11(floor(g.x) + seed);
    g.y += fall * ch;
    vec2 h = hash22(floor(g) + seed);
    vec2 f = fract(g);
    float e = step(v_step.z, h.y);
    float x = abs(f.x - 0.2 - 0.6 * h.x) * px;   // pixels
    float len = 0.2 + 0.25 * h.y;
    float y = (f.y - 0.5) / len;                  // -1..1 along the streak
    float a = clamp(1.0 - abs(y), 0.0, 1.0);
    float b = clamp(0.5 - 0.5 * y, 0.0, 1.0);
    float along = a * a * (3.0 - 2.0 * a) * (0.6 + 0.4 * (b * b * (3.0 - 2.0 * b)));
    return sky_bell(x * x * 1.5) * along * e;
}

void main() {
    float s = streaks(v_grid.xy, v_fall.x, v_fall.z, v_step.x);
    s += 0.5 * streaks(v_grid.zw, v_fall.y, v_fall.w, v_step.y);
    f_color = v_col * s;
}
#endif
