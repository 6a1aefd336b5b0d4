#version 330 core
// A great hall: columns, arches open to the sky, a chandelier glow (midground).
#define LAND_KIND 1
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK hall_vertex
#include "lib/land_vertex.glsl"
// per-draw constants for lib/land_stage.glsl (computed here once, not per pixel)
flat out vec4 v_hall;        // aspect, column spacing, 1 / spacing, arch radius
flat out vec3 v_hall_edge;   // edge softness w, 1 / 2w, opacity
flat out vec3 v_hall_lit;    // chandelier light (breathing)
flat out vec3 v_hall_rim;    // rim light

void hall_vertex() {
    float asp = u_resolution.x / u_resolution.y;
    float colw = asp / 5.0;
    v_hall = vec4(asp, colw, 1.0 / colw, colw * 0.5 - 0.028);
    float w = 1.3 / u_resolution.y;
    v_hall_edge = vec3(w, 0.5 / w, clamp(u_intensity * 1.25, 0.0, 1.0));
    v_hall_lit = v_pal_light * v_breath;
    v_hall_rim = v_pal_glow * v_breath * 0.35;
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_stage.glsl"
#endif
