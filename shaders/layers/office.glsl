#version 330 core
// An open-plan office at night (midground), down the aisle between rows of desks in
// one-point perspective (lib/land_interior.glsl): grey cubicle partitions row after row on
// both sides, computer screens glowing blue over them (one desk lamp warm), a ceiling of
// tiles with only a few panels still lit, dark carpet, and a wall of windows at the far end
// and along the right, where the night and the city behind (the layers behind) show through
// the mullions. Further is darker. The eye drifts slowly down the aisle.
#include "lib/header.glsl"
const vec2 WALLS = vec2(1.9, 1.9);
const vec2 FLOOR_CEIL = vec2(0.55, 0.5);
const float FAR = 11.0;
const float ROW = 1.1;            // the rows' spacing
const float TOP = -0.18;          // the partitions' top
const vec2 DESKS = vec2(0.35, 1.75);   // the rows run from |x| = DESKS.x to DESKS.y

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK office_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // vanishing point (land units), aspect, edge softness per pixel
flat out vec3 v_screen;   // the screens' glow
flat out vec3 v_panel;    // the ceiling panels' light
flat out vec3 v_city;     // the city's glow through the windows
flat out vec3 v_draw;     // opacity, the eye's drift, time

void office_vertex() {
    float asp = aspect();
    v_view = vec4(asp * (0.56 + 0.012 * sin(u_time * 0.026)), 0.55 + 0.01 * sin(u_time * 0.018),
                  asp, 1.5 / u_resolution.y);
    v_screen = mix(vec3(0.12, 0.45, 1.0), v_pal_glow, 0.15) * (1.3 * v_breath);
    v_panel = mix(vec3(0.95, 0.97, 1.0), v_pal_light, 0.2) * 1.6;
    v_city = mix(vec3(1.0, 0.55, 0.2), v_pal_glow, 0.3) * 0.25;
    v_draw = vec3(clamp(u_intensity * 1.25, 0.0, 1.0), 0.35 * sin(u_time * 0.011), u_time);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_interior.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_screen;
flat in vec3 v_panel;
flat in vec3 v_city;
flat in vec3 v_draw;

// Which ceiling panels are lit at night: a few, by bay.
float panel_on(vec2 cell) { return step(0.8, hash21(cell + 3.7)); }

void main() {
    vec2 q = vec2(v_uv.x * v_view.z, v_uv.y) - v_view.xy;
    float soft = v_view.w;
    float drift = v_draw.y;
    vec3 rd = vec3(q, 1.0);
    vec4 hit = interior_hit(rd, WALLS, FLOOR_CEIL, FAR);
    vec3 p = hit.xyz;
    float surface = hit.w;
    // ---- the rows: the first row plane in front of the room where the ray meets a partition
    // or a screen over it
    float row_hit = 0.0;          // 1 a partition, 2 a screen, 3 a lamp's shade
    vec2 at = vec2(0.0);
    float row_z = FAR;
    float first = ceil((0.35 + drift) / ROW);
    for (int i = 0; i < 10; i++) {
        float zk = (first + float(i)) * ROW - drift;
        vec2 a = q * zk;
        float ax = abs(a.x);
        float inside = step(DESKS.x, ax) * step(ax, DESKS.y) * step(zk, p.z) * step(row_hit, 0.5);
        float slot = fract((ax - DESKS.x) / 0.7);
        float part = inside * step(-FLOOR_CEIL.x, a.y) * step(a.y, TOP);
        float screen = inside * step(TOP + 0.04, a.y) * step(a.y, TOP + 0.15) * step(abs(slot - 0.5), 0.11);
        float shade = inside * step(abs(a.x + 1.3), 0.06) * step(abs(a.y - TOP - 0.12), 0.05) * step(abs(first + float(i) - 5.0), 0.5);
        float found = max(part, max(screen, shade));
        row_hit = mix(row_hit, part + 2.0 * screen * (1.0 - part) + 3.0 * shade * (1.0 - part) * (1.0 - screen), found);
        at = mix(at, a, found);
        row_z = mix(row_z, zk, found);
    }
    if (row_hit > 0.5) {
        p = vec3(at, row_z);
        surface = 5.0;
    }
    float z = p.z + drift;
    float px = soft * p.z;
    float wall = step(surface, 1.5);
    float is_floor = step(1.5, surface) * step(surface, 2.5);
    float ceiling = step(2.5, surface) * step(surface, 3.5);
    float far_wall = step(3.5, surface) * step(surface, 4.5);
    float rows = step(4.5, surface);
    // ---- the windows: the far wall and the right wall are glass between mullions
    vec2 wuv = surface < 1.5 ? vec2(z, p.y) : p.xy;
    float mull = smoothstep(px * 1.5, 0.0, abs(fract(wuv.x / 0.8) - 0.5) * 0.8 - 0.025);
    float transom = smoothstep(px * 1.5, 0.0, abs(p.y - 0.15) - 0.012);
    float glazed = (far_wall + wall * step(0.5, surface)) * step(-0.3, p.y) * step(p.y, FLOOR_CEIL.y - 0.06);
    float glass = glazed * (1.0 - max(mull, transom));
    // ---- the surfaces: carpet, ceiling tiles, pale walls, grey partitions
    vec3 albedo = vec3(0.55, 0.56, 0.58);
    albedo = mix(albedo, vec3(0.1, 0.12, 0.16) * (0.8 + 0.3 * hash21(floor(vec2(p.x, z) * 30.0))), is_floor);
    float tiles = interior_grout(vec2(p.x, z) * 1.6, 0.03, 0.05);
    albedo = mix(albedo, vec3(0.5) * (1.0 - 0.5 * tiles), ceiling);
    float fabric = 0.85 + 0.15 * vnoise(at * 40.0);
    float rim = smoothstep(TOP - 0.03, TOP, p.y);
    albedo = mix(albedo, mix(vec3(0.3, 0.32, 0.36), vec3(0.6), rim) * fabric, rows * step(row_hit, 1.5));
    // ---- light: the screens' glow on everything near the rows, a few ceiling panels, the city
    float near_rows = exp(-max(abs(p.x) - DESKS.x, 0.0) * 0.0) * smoothstep(0.5, -0.3, p.y);
    vec2 cell = floor(vec2(p.x, z) * 0.8);
    vec3 light = v_screen * 0.05 * near_rows + v_city * 0.3 * (0.4 + 0.6 * smoothstep(0.0, 1.9, p.x)) * 0.4;
    vec2 cz = vec2(p.x, z) * 0.8 - cell - 0.5;
    light += v_panel * 0.05 * panel_on(floor(vec2(p.x, z) * 0.8)) * exp(-dot(cz, cz) * 2.0) * (1.0 - ceiling);
    light += v_panel * 0.015;
    float occ = 0.55 + 0.45 * interior_occlusion(p, surface, WALLS, FLOOR_CEIL, FAR, 0.35);
    vec3 col = albedo * light * occ;
    // the lit ceiling panels themselves
    vec2 pc = fract(vec2(p.x, z) * 0.8) - 0.5;
    float lit_panel = ceiling * panel_on(cell) * step(max(abs(pc.x), abs(pc.y)), 0.3);
    col += v_panel * lit_panel * 0.9;
    // the screens, each a little different; the lamp's warm shade; the glow on the partitions
    float sk = hash21(floor(vec2(at.x / 0.7, row_z + drift)));
    vec3 screen_col = v_screen * (0.35 + 0.4 * sk) * mix(vec3(1.0), vec3(0.8, 1.0, 0.7), step(0.8, sk));
    float off = step(sk, 0.2);
    vec2 su = vec2((fract((abs(at.x) - DESKS.x) / 0.7) - 0.5) / 0.077, (at.y - TOP - 0.095) / 0.055);
    float bezel = step(0.82, max(abs(su.x), abs(su.y)));
    float text = step(0.45, fract(su.y * 3.0 + 0.2)) * step(su.x, 0.7 - 0.8 * fract(sk * 7.0 + floor(su.y * 3.0) * 0.37));
    screen_col = mix(screen_col * (0.55 + 0.45 * text), vec3(0.02), bezel);
    col = mix(col, screen_col * (1.0 - 0.9 * off), step(1.5, row_hit) * step(row_hit, 2.5));
    col = mix(col, vec3(1.0, 0.62, 0.25) * 2.0, step(2.5, row_hit));
    col += rows * step(row_hit, 1.5) * rim * v_screen * 0.06;
    // ---- the windows let the night show: no cover there, a faint reflection of the room
    float cov = 1.0 - glass * 0.92;
    col = col * (1.0 - glass) + glass * (v_city * 0.08 + v_screen * 0.02);
    // ---- the dark further in
    float haze = 1.0 - exp(-p.z * 0.1);
    col = mix(col, v_pal_haze * 0.3, haze * (1.0 - glass) * (1.0 - step(1.5, row_hit) * 0.7));
    f_color = vec4(col, cov) * v_draw.x;
}
#endif
