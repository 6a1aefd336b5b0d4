#version 330 core
// An indoor swimming pool at night (midground), seen from the deck at the shallow end down its
// length in one-point perspective (lib/land_interior.glsl): the water glows turquoise from the
// lamps set in the pool's walls, caustics ripple over the lane lines on the tiled bottom, lane
// ropes of red and white floats run away to the far end, the still surface mirrors the hall's
// lamps in wavering streaks, tiled decks either side, tall windows on the right wall where the sky (the layers behind) shows,
// a diving board and a lit clock at the far end. Further is hazier. The eye drifts slowly.
#include "lib/header.glsl"
const vec2 WALLS = vec2(1.7, 1.7);
const vec2 FLOOR_CEIL = vec2(0.5, 1.3);
const float FAR = 12.0;
const float POOL = 1.05;         // the water's half-width
const float DEEP = 0.35;         // how deep the bottom lies under the surface (shallow end)
const float LAMPS = 2.4;         // the lamps' spacing in the pool's walls and overhead

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK pool_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // vanishing point (land units), aspect, edge softness per pixel
flat out vec3 v_water;    // the lit water's colour
flat out vec3 v_lamp;     // the hall's lamps
flat out vec3 v_night;    // the night through the windows
flat out vec3 v_draw;     // opacity, time, the eye's drift along the pool

void pool_vertex() {
    float asp = aspect();
    v_view = vec4(asp * (0.42 + 0.015 * sin(u_time * 0.029)), 0.55 + 0.01 * sin(u_time * 0.021),
                  asp, 1.5 / u_resolution.y);
    v_water = mix(vec3(0.05, 0.75, 0.85), v_pal_glow, 0.2) * (1.25 * v_breath);
    v_lamp = mix(vec3(1.0, 0.7, 0.4), v_pal_light, 0.15) * 1.8;
    v_night = mix(vec3(0.008, 0.012, 0.035), v_pal_dark, 0.4);
    v_draw = vec3(clamp(u_intensity * 1.25, 0.0, 1.0), u_time, 0.3 * sin(u_time * 0.011));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_interior.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_water;
flat in vec3 v_lamp;
flat in vec3 v_night;
flat in vec3 v_draw;

void main() {
    vec2 q = vec2(v_uv.x * v_view.z, v_uv.y) - v_view.xy;
    float soft = v_view.w;
    float t = v_draw.y;
    vec3 rd = vec3(q, 1.0);
    vec4 hit = interior_hit(rd, WALLS, FLOOR_CEIL, FAR);
    vec3 p = hit.xyz;
    float surface = hit.w;
    float z = p.z + v_draw.z;
    float px = soft * p.z;
    float wall = step(surface, 1.5);
    float is_floor = step(1.5, surface) * step(surface, 2.5);
    float ceiling = step(2.5, surface) * step(surface, 3.5);
    float far_wall = step(3.5, surface);
    float water = is_floor * smoothstep(px, -px, abs(p.x) - POOL);
    // ---- under the surface: the ray bends down to the tiled bottom; lane lines, caustics
    float ripple = vnoise(vec2(p.x * 3.0, z * 1.5 - t * 0.35)) - 0.5;
    vec3 b = p * (1.0 + DEEP * 1.35 / FLOOR_CEIL.x) + vec3(ripple * 0.04, 0.0, 0.0);
    float lane = smoothstep(0.05 + px, 0.05, abs(fract(b.x / 0.42) - 0.5) * 0.42);
    float tiles = interior_grout(vec2(b.x, b.z + v_draw.z) * 5.0, 0.04, 0.08);
    vec2 cq = vec2(b.x * 2.2, (b.z + v_draw.z) * 1.1);
    float c1 = vnoise(cq * 1.7 + vec2(t * 0.21, -t * 0.13));
    float c2 = vnoise(cq * 2.3 - vec2(t * 0.17, t * 0.19) + 3.1);
    float caustic = 1.0 - min(abs(c1 - c2) * 2.5, 1.0);
    caustic *= caustic * caustic;
    vec3 bottom = mix(vec3(0.55, 0.85, 0.9), vec3(0.03, 0.1, 0.3), lane) * (1.0 - 0.4 * tiles);
    // the lamps set in the pool's walls light the water around them, brightest near the sides
    float lz = (fract(z / LAMPS) - 0.5) * LAMPS;
    float side_glow = exp(-(POOL - abs(b.x)) * 2.2) * (0.4 + 0.6 / (1.0 + lz * lz * 3.0));
    float through = exp(-p.z * 0.07);
    vec3 under = v_water * (bottom * (0.2 + 1.1 * caustic) * 0.4 + side_glow * 0.8) * through;
    under = mix(v_water * 0.05, under, through);
    // ---- the surface mirrors the ceiling: its lamps as wavering streaks, stronger far off
    vec3 m = interior_mirror(p, q, FLOOR_CEIL);
    m.x += ripple * 0.5 * (m.z - p.z) * 0.08;
    float lamp_m = interior_lights(abs(m.x) - 0.85, m.z + v_draw.z, LAMPS, vec2(0.09, 0.12), 0.08 + (m.z - p.z) * 0.02);
    float fres = mix(0.08, 0.7, smoothstep(0.0, 9.0, p.z));
    vec3 water_col = under * (1.0 - fres) + (v_night * 0.4 + v_lamp * lamp_m * 1.4) * fres;
    // the lane ropes: floats in red and white bands, laid on the surface
    float rope_x = (fract((p.x + 0.21) / 0.42) - 0.5) * 0.42;
    float rope = water * smoothstep(0.014 + px, 0.014, abs(rope_x)) * step(abs(p.x), POOL - 0.2);
    vec3 floats = mod(floor((z + 20.0) * 2.5), 4.0) < 1.5 ? vec3(0.85, 0.08, 0.06) : vec3(0.9, 0.9, 0.85);
    // ---- the deck and walls: pale tiles, lit by the lamps and by the water's glow
    vec3 tile_col = mix(vec3(0.6, 0.66, 0.66), v_pal_light, 0.15);
    vec2 tuv = surface < 1.5 ? vec2(z, p.y) : (surface > 3.5 ? p.xy : vec2(p.x, z));
    float gr = interior_grout(tuv * 4.0, 0.05, 0.08);
    vec3 albedo = tile_col * (1.0 - 0.45 * gr);
    float edge = is_floor * smoothstep(px * 2.0, 0.0, abs(abs(p.x) - POOL - 0.06) - 0.04);
    albedo = mix(albedo, vec3(0.05, 0.12, 0.3), edge);                 // the blue edge tiles
    // the right wall: tall windows of night between piers; the left: a tiled wall
    float pier = (fract(z / LAMPS) - 0.5) * LAMPS;
    float glass = wall * step(0.5, surface) * step(0.25, abs(pier)) * step(-0.1, p.y) * step(p.y, 1.15);
    vec3 light = v_lamp * (0.03 + 0.09 * exp(-abs(p.y - FLOOR_CEIL.y) * 1.5));
    light += v_water * 0.22 * exp(-max(abs(p.x) - POOL, 0.0) * 1.6) * (1.0 - ceiling * 0.4) * step(-0.45, -p.y * 0.0 - 0.0);
    float occ = 0.55 + 0.45 * interior_occlusion(p, surface, WALLS, FLOOR_CEIL, FAR, 0.5);
    vec3 col = albedo * light * occ;
    // the roof: dark, its trusses crossing each lamp bay, the lamps hanging in two rows
    float truss = ceiling * smoothstep(px * 2.0, 0.0, abs(pier) - 0.04);
    col = mix(col, v_night * 0.5, ceiling * 0.9);
    col += truss * v_lamp * 0.02;
    float lamp = ceiling * interior_lights(abs(p.x) - 0.85, z, LAMPS, vec2(0.09, 0.12), px * 2.0);
    col += v_lamp * lamp * 2.2;
    // water in the pool, the ropes on it
    col = mix(col, water_col, water);
    col = mix(col, floats * (v_water * 0.25 + v_lamp * 0.25 * fres + 0.05), rope);
    // ---- the far wall: a diving board on its right, a lit clock, the water's light on it
    vec2 fw = p.xy;
    float board = far_wall * step(abs(fw.x - 0.6), 0.09) * step(abs(fw.y + 0.05), 0.02);
    float ladder = far_wall * step(abs(abs(fw.x - 0.6) - 0.07), 0.008) * step(fw.y, -0.05);
    float clock_r = length(fw - vec2(-0.5, 0.7));
    float face = far_wall * smoothstep(0.13 + px, 0.13, clock_r);
    float hands = face * (smoothstep(0.012, 0.0, abs(dot(fw - vec2(-0.5, 0.7), vec2(1.0, 0.0)))) * step(0.0, fw.y - 0.7) * step(clock_r, 0.1)
                        + smoothstep(0.012, 0.0, abs(fw.y - 0.7)) * step(0.0, fw.x + 0.5) * step(clock_r, 0.07));
    col = mix(col, vec3(0.9, 0.92, 0.85) * 0.9 * (1.0 - hands), face);
    col = mix(col, vec3(0.75, 0.75, 0.7) * (v_water * 0.3 + 0.05), max(board, ladder));
    // ---- haze: the warm damp air of the hall, lit blue-green by the water
    float haze = 1.0 - exp(-p.z * 0.09);
    vec3 haze_col = mix(v_pal_haze, v_water * 0.12, 0.5);
    col = mix(col, haze_col, haze * (1.0 - face) * 0.8);
    // the windows: the sky behind shows through, dimmed a little by the glass
    float cov = 1.0 - glass * 0.85;
    f_color = vec4(col * (1.0 - glass) + v_night * glass * 0.3, cov) * v_draw.x;
}
#endif
