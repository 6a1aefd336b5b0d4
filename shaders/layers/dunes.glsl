#version 330 core
// Sand dunes in three depths: long crests, steep lee sides, soft ripples (midground).
// u_params.y: height shift.
#define LAND_KIND 1
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(-1.0, -0.01, asp + 1.0, 0.55 + u_params.y)
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_terrain.glsl"
#endif
