#version 330 core
// A free-standing arched doorway pouring light (midground).
#define LAND_KIND 0
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK doorway_vertex
#include "lib/land_vertex.glsl"
// per-draw constants for lib/land_architecture.glsl (computed here once, not per pixel)
flat out vec4 v_door;          // aspect, centre x, edge softness w, 1 / 2w
flat out vec3 v_door_light;    // the light pouring from the opening
flat out vec3 v_door_rim;      // rim light
flat out float v_door_opacity; // land_opacity()

void doorway_vertex() {
    float asp = aspect();
    float w = 1.2 / u_resolution.y;
    v_door = vec4(asp, asp * 0.5, w, 0.5 / w);
    vec3 glow = v_pal_glow * v_breath;
    v_door_light = mix(v_pal_light, glow, 0.3);
    v_door_rim = glow * 0.5;
    v_door_opacity = clamp(u_intensity * 1.25, 0.0, 1.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_architecture.glsl"
#endif
