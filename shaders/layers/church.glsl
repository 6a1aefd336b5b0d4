#version 330 core
// A church at night (midground), seen down the nave in one-point perspective
// (lib/land_interior.glsl): arcades of stone columns along both sides with the dark aisles
// behind their pointed arches, tall clerestory windows of moonlight above them, ribs across the
// vault, rows of pews either side of a red runner, and at the far end a rose window of coloured
// glass over an altar lit by candles. Further is dimmer. The eye drifts slowly.
#include "lib/header.glsl"
const vec2 WALLS = vec2(0.9, 0.9);
const vec2 FLOOR_CEIL = vec2(0.6, 1.4);
const float FAR = 7.5;
const float BAY = 1.25;          // the columns' spacing down the nave
const float PEWS = 0.5;          // the pews' spacing
const float PEW_TOP = -0.3;      // the pews' backs reach this high (the floor is at -0.6)

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK church_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_nave;     // vanishing point (land units), aspect, edge softness per pixel
flat out vec3 v_candle;   // the candles' warm light
flat out vec3 v_moon;     // the moonlight through the windows
flat out vec2 v_draw;     // opacity, how far the eye has drifted down the nave

void church_vertex() {
    float asp = aspect();
    v_nave = vec4(asp * (0.52 + 0.012 * sin(u_time * 0.027)), 0.46 + 0.01 * sin(u_time * 0.02), asp,
                  1.5 / u_resolution.y);
    v_candle = mix(vec3(1.0, 0.62, 0.28), v_pal_light, 0.15) * (1.3 * v_breath);
    v_moon = mix(vec3(0.45, 0.6, 1.0), v_pal_glow, 0.3);
    v_draw = vec2(clamp(u_intensity * 1.25, 0.0, 1.0), 0.25 * sin(u_time * 0.012));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_interior.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_nave;
flat in vec3 v_candle;
flat in vec3 v_moon;
flat in vec2 v_draw;

void main() {
    vec2 q = vec2(v_uv.x * v_nave.z, v_uv.y) - v_nave.xy;
    float soft = v_nave.w;
    vec3 rd = vec3(q, 1.0);
    vec4 hit = interior_hit(rd, WALLS, FLOOR_CEIL, FAR);
    vec3 p = hit.xyz;
    float surface = hit.w;
    float z = p.z + v_draw.y;
    float px = soft * p.z;
    float wall = step(surface, 1.5);
    float is_floor = step(1.5, surface) * step(surface, 2.5);
    float vault = step(2.5, surface) * step(surface, 3.5);
    float far_wall = step(3.5, surface);
    vec3 stone = mix(vec3(0.42, 0.4, 0.37), v_pal_light, 0.15);
    // ---- the side walls: columns, pointed arches onto the dark aisles, clerestory windows
    float bz = (fract(z / BAY) - 0.5) * BAY;                       // from the middle of a bay
    float column = step(BAY * 0.5 - 0.09, abs(bz));
    float spring = 0.3;                                            // where the arches spring
    float half_ = BAY * 0.5 - 0.09;
    float arch_top = spring + sqrt(max(half_ * half_ * 2.2 - (abs(bz) + half_ * 0.5) * (abs(bz) + half_ * 0.5), 0.0));
    float opening = wall * (1.0 - column) * step(p.y, arch_top) * smoothstep(-px, px, arch_top - p.y);
    float clere = wall * step(abs(bz), 0.12) * step(0.62, p.y) * step(p.y, 0.98 + 0.12 * (1.0 - abs(bz) / 0.12));
    float string_course = wall * smoothstep(px * 2.0, 0.0, abs(p.y - 0.55) - 0.015);
    vec3 albedo = stone * (0.85 + 0.15 * column);
    albedo = mix(albedo, stone * 0.06, opening);                   // the aisle's darkness
    albedo = mix(albedo, stone * 1.2, string_course);
    // ---- the vault: ribs across each bay; the floor: stone flags, a red runner up the aisle
    float rib = vault * smoothstep(px * 2.0, 0.0, abs(bz) - 0.03);
    albedo = mix(albedo, stone * (0.55 + 0.45 * rib), vault);
    vec2 flag = abs(fract(vec2(p.x * 2.0, z * 2.0)) - 0.5);
    vec3 flags = stone * 0.6 * (1.0 - 0.4 * smoothstep(0.45, 0.5, max(flag.x, flag.y)));
    float runner = smoothstep(px, -px, abs(p.x) - 0.14);
    albedo = mix(albedo, mix(flags, mix(u_palette[1], vec3(0.6, 0.04, 0.05), 0.75) * 0.8, runner), is_floor);
    // ---- light: candles at the altar, the moon through the windows, dimmer down the nave
    vec3 to_altar = vec3(0.0, -0.2, FAR - 0.6) - p;
    float candle = 0.5 / (dot(to_altar, to_altar) + 0.6);
    vec3 light = v_candle * candle + v_moon * (0.06 + 0.08 * step(0.5, p.y) * wall) + v_candle * 0.03;
    float occ = 0.55 + 0.45 * interior_occlusion(p, surface, WALLS, FLOOR_CEIL, FAR, 0.6);
    vec3 col = albedo * light * occ;
    col += clere * v_moon * (0.5 + 0.3 * smoothstep(0.62, 1.0, p.y)) * (1.0 - 0.5 * p.z / FAR);
    // ---- the far wall: a rose window of coloured glass; the altar and its candles below
    vec2 rw = vec2(p.x, p.y - 0.78);
    float rr = length(rw);
    float ra = latan2(rw.y, rw.x);
    float cell = floor(ra / 0.5236 + 6.0);                         // twelve petals
    float petal = abs(fract(ra / 0.5236) - 0.5) * rr * 0.5236;     // from a spoke, in units
    float tracery = min(min(abs(rr - 0.48) - 0.014, abs(rr - 0.2) - 0.012), petal - 0.01);
    float glass = far_wall * step(rr, 0.48) * smoothstep(-px, px, tracery);
    vec3 jewel = mod(cell, 3.0) < 1.0 ? vec3(0.9, 0.12, 0.15) : (mod(cell, 3.0) < 2.0 ? vec3(0.15, 0.3, 1.0) : vec3(1.0, 0.75, 0.2));
    jewel = mix(jewel, mix(u_palette[1], u_palette[3], mod(cell, 2.0)), 0.3);
    jewel = rr < 0.2 ? mix(vec3(0.95, 0.8, 0.4), u_palette[2], 0.3) : jewel;
    col = mix(col, jewel * v_moon.b * (0.8 + 0.3 * lsin(ra * 7.0 + rr * 20.0)), glass);
    float altar = far_wall * step(abs(p.x), 0.3) * step(p.y, -0.32);
    col = mix(col, stone * 0.5 * v_candle * 0.8, altar);
    vec2 cf = vec2(fract((p.x + 0.25) / 0.1) - 0.5, p.y + 0.25);   // a row of candles on it
    float flame = far_wall * step(abs(p.x), 0.26) * exp(-dot(cf * vec2(10.0, 5.0), cf * vec2(10.0, 5.0)) * 2.0);
    col += v_candle * flame * 1.5;
    // ---- the pews: the ray passes into a pew's back where it comes down below their height
    float enter = PEW_TOP / min(q.y, -1e-3);
    float back_z = ceil((enter + v_draw.y) / PEWS) * PEWS - v_draw.y;
    vec2 at = vec2(abs(q.x) * back_z, q.y * back_z);
    float pew = step(q.y, -1e-3) * step(back_z, p.z) * step(0.2, at.x) * step(at.x, 0.78) * step(-FLOOR_CEIL.x, at.y);
    float top = smoothstep(0.03, 0.0, PEW_TOP - at.y);
    vec3 wood = vec3(0.16, 0.09, 0.05) * (v_candle * (0.08 + 0.25 * top) + v_moon * 0.03);
    col = mix(col, wood * (1.0 - 0.5 * smoothstep(2.0, FAR, back_z)), pew);
    // ---- the dark gathering down the nave
    col = mix(col, land_pal_haze() * 0.5, smoothstep(2.5, FAR, p.z) * 0.6 * (1.0 - glass) * (1.0 - flame));
    f_color = vec4(col, 1.0) * v_draw.x;
}
#endif
