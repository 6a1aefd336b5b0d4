#version 330 core
// A great hall: columns, arches open to the sky, a chandelier's warm glow, the columns' cool
// rims (midground).
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK hall_vertex
#include "lib/land_vertex.glsl"
// per-draw constants for the fragment stage (computed here once, not per pixel)
flat out vec4 v_hall;        // aspect, column spacing, 1 / spacing, arch radius
flat out vec3 v_hall_edge;   // edge softness w, 1 / 2w, opacity
flat out vec3 v_hall_lit;    // chandelier light (breathing)
flat out vec3 v_hall_rim;    // rim light

void hall_vertex() {
    float asp = aspect();
    float colw = asp / 5.0;
    v_hall = vec4(asp, colw, 1.0 / colw, colw * 0.5 - 0.028);
    float w = 1.3 / u_resolution.y;
    v_hall_edge = vec3(w, 0.5 / w, clamp(u_intensity * 1.25, 0.0, 1.0));
    v_hall_lit = mix(ROOM_WARM * 2.0, v_pal_light, 0.2) * v_breath;
    v_hall_rim = mix(ROOM_COOL, v_pal_glow, 0.3) * v_breath * 0.5;
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

// Per-draw constants from the vertex stage.
flat in vec4 v_hall;        // aspect, column spacing, 1 / spacing, arch radius
flat in vec3 v_hall_edge;   // edge softness w, 1 / 2w, opacity
flat in vec3 v_hall_lit;    // chandelier light (breathing)
flat in vec3 v_hall_rim;    // rim light

void main() {
    vec2 p = vec2(v_uv.x * v_hall.x, v_uv.y);
    float cx = v_hall.x * 0.5;
    vec3 light = land_pal_light();
    // ---- hall: columns with arches between them, a chandelier glow at the top
    float colw = v_hall.y;
    float hx = fract((p.x + colw * 0.5) * v_hall.z) - 0.5;
    float hc = hx * colw;
    float colm = abs(hc) - 0.028;
    float capital = max(abs(hc) - 0.042, abs(p.y - 0.7) - 0.02);
    float arch = length(vec2(hc, max(p.y - 0.72, 0.0))) - v_hall.w;
    float d = min(min(colm, capital), -arch);
    d = min(d, p.y - 0.06);
    float flute = 0.8 + 0.2 * lsin(hc * 400.0);
    float chand = length((p - vec2(cx, 0.8)) * vec2(1.0, 1.6));
    // exp(-3 chand), exp(-9 chand), exp(-40 chand) from one exp
    float e1 = exp(-chand);
    float e3 = e1 * e1 * e1;
    float e9 = e3 * e3 * e3;
    float e10 = e9 * e1;
    float e20 = e10 * e10;
    vec3 chglow = v_hall_lit * (e9 * 0.5 + e20 * e20);
    vec2 cl = p - vec2(cx, 0.78);
    float ring = abs(length(cl * vec2(1.0, 3.5)) - 0.06);
    vec3 candles = light * (exp(-ring * 300.0) * 0.6);
    float t = clamp((d + v_hall_edge.x) * v_hall_edge.y, 0.0, 1.0);
    float cov = 1.0 - t * t * (3.0 - 2.0 * t);          // land_fill(d, w)
    float rim = exp(-max(-d, 0.0) * 300.0) * cov;
    vec3 hcol = land_pal_dark() * (flute * (1.0 + 0.5 * e3));
    vec3 col = hcol * cov + v_hall_rim * rim + (chglow + candles) * (1.0 - cov * 0.7);
    f_color = vec4(col, cov) * v_hall_edge.z;
}
#endif
