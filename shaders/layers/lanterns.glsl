#version 330 core
// Paper lanterns rising slowly and bobbing, warm inner light and a soft halo; two depths of
// grid cells, one lantern per cell (staying inside its cell): near paper lanterns, and
// distant ones that are just warm points of light. u_params: x rise speed, y cells per screen
// height (near depth, 1..12), z warmth pull 0..1, w unused. Drawn as sprites
// (lib/sky_fullscreen.glsl): the vertex stage places one quad per lantern, distant ones first,
// so only the pixels near a lantern are shaded.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_VERTEX_HOOK lanterns_vertex
#define SKY_SPRITE lanterns_sprite
#include "lib/sky_fullscreen.glsl"
#include "lib/sky_shapes.glsl"
flat out vec3 v_warm;    // lantern colour
flat out vec3 v_hot;     // the flame inside, paler
flat out vec4 v_lamp;    // this lantern: centre (sky coordinates), cells per unit, 1 if distant
flat out float v_flick;  // this lantern: slow flicker

void lanterns_vertex() {
    vec3 ref = vec3(1.0, 0.55, 0.2);
    float pull = u_params.z > 0.0 ? u_params.z : 0.75;
    v_warm = mix(v_pal[3], ref / luma(ref), pull) * 0.4;
    v_hot = mix(v_warm, vec3(0.4), 0.35);
}

// A quad of half size `reach` (sky units) around `centre`, or nothing when `on` is false.
vec2 lanterns_quad(vec2 centre, vec2 reach, vec2 corner, bool on) {
    vec2 p = on ? centre + corner * reach : vec2(-4.0);
    return vec2(p.x * u_resolution.y / max(u_resolution.x, 1.0), p.y);
}

// Near lantern i: the grid (n cells per unit) is cut into columns of `rows` cells, each
// column rising at its own speed; i picks a column and a cell in it.
vec2 lanterns_near(int i, vec2 corner, float asp, float n, float speed, float seed) {
    int rows = int(n) + 2;
    float col = float(i / rows);
    float ch = fract(col * 0.618034 + seed * 0.37);       // per column, no hash
    float shift = u_time * speed * (0.7 + 0.6 * ch) + ch * 13.0;
    float row = floor(-shift) + float(i % rows);
    vec2 h = hash22(vec2(col, row) + seed);
    float e = step(0.35, fract(h.x * 9.1 + h.y * 5.3));
    vec2 c = vec2(0.5 + 0.2 * (h.x - 0.5) + 0.06 * sky_wave(u_time * 0.064 + h.y),
                  0.5 + 0.2 * (h.y - 0.5) + 0.04 * sky_wave(u_time * 0.048 + h.x));
    vec2 centre = vec2(col + c.x, row + c.y + shift) / n;
    v_lamp = vec4(centre, n, 0.0);
    v_flick = 0.9 + 0.1 * sky_wave(u_time * 0.17 + h.x);
    bool on = e > 0.5 && col < ceil(asp * n);
    return lanterns_quad(centre, vec2(0.302 / n), corner, on);   // the halo ends at 0.3 cells
}

// Distant light i of `slots`, on a finer grid offset by o, the same way (one speed for all
// columns). When a very wide screen needs more columns than the slots hold, the columns drawn
// are spread evenly across it (a sparser distant field rather than an empty side).
vec2 lanterns_far(int i, int slots, vec2 corner, float asp, float n, float o, float speed,
                  float seed) {
    int rows = int(n) + 2;
    int cols = int(ceil((asp + o) * n) - floor(o * n));
    int room = max(slots / rows, 1);
    int k = cols > room ? (i / rows) * cols / room : i / rows;
    float col = floor(o * n) + float(k);
    float shift = u_time * speed + fract(col * 0.618) * 9.0;
    float row = floor(o * n - shift) + float(i % rows);
    vec2 h = hash22(vec2(col, row) + seed);
    vec2 centre = vec2(col + 0.3 + 0.4 * h.x, row + 0.3 + 0.4 * h.y + shift) / n - o;
    v_lamp = vec4(centre, n, 1.0);
    v_flick = 1.0;
    bool on = h.x >= 0.45 && k < cols;
    return lanterns_quad(centre, vec2(0.122, 0.159) / n, corner, on);  // where the bell ends
}

// The near lanterns take the last sprites (drawn last: in front); the distant lights the ones
// before, so when a very wide screen needs more sprites than the layer has, distant ones thin.
vec2 lanterns_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float n = clamp(u_params.y > 0.0 ? u_params.y : 3.0, 1.0, 12.0);
    float speed = (u_params.x > 0.0 ? u_params.x : 1.0) * 0.05;
    int first_near = u_sprites - int(ceil(asp * n)) * (int(n) + 2);
    if (sprite >= first_near) {
        return lanterns_near(sprite - first_near, corner, asp, n, speed, v_rand.x * 30.0);
    }
    return lanterns_far(sprite, first_near, corner, asp, n * 2.6, 0.31, speed * 0.6,
                        v_rand.y * 30.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
flat in vec3 v_warm;
flat in vec3 v_hot;
flat in vec4 v_lamp;
flat in float v_flick;
out vec4 f_color;

// A paper lantern; d: offset from its centre in cells.
vec4 lantern(vec2 d) {
    vec2 b = d / vec2(0.11, 0.14);                        // lantern body, taller than wide
    float body = smoothstep(1.0, 0.85, length(b));
    vec2 bi = b + vec2(0.0, 0.45);
    float inner = sky_bell(dot(bi, bi) * 1.2);
    float rib = 0.85 + 0.15 * sky_wave(b.x * 1.43);
    float hr = max(1.0 - dot(d, d) * 11.0, 0.0);            // zero at 0.3 cells
    float halo = hr * hr * hr * 0.6;
    float cap = smoothstep(0.55, 0.8, abs(b.y)) * 0.6;     // darker paper at top and bottom
    vec3 col = (v_warm * body * rib * (0.5 + 0.6 * inner) * (1.0 - cap)
                + v_hot * inner * body * 1.2 + v_warm * 0.45 * halo) * v_flick;
    return vec4(col, body * 0.6);
}

// A distant lantern: just a warm point of light; d: offset from its centre in cells.
vec4 far_light(vec2 d) {
    d *= vec2(1.3, 1.0);
    return vec4(v_warm * sky_bell(dot(d, d) * 160.0) * 0.6, 0.0);   // bell width 0.08 cells
}

void main() {
    vec2 d = (aspect_coords(v_uv) - v_lamp.xy) * v_lamp.z;
    vec4 o = v_lamp.w > 0.5 ? far_light(d) : lantern(d);
    f_color = vec4(o.rgb * sky_breath(0.1), o.a) * u_intensity;
}
#endif
