#version 330 core
// Rolling meadow hills in three depths with a swaying grass fringe (midground).
// u_params.y: height shift.
#define LAND_KIND 0
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(-1.0, -0.01, asp + 1.0, 0.58 + u_params.y)
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_terrain.glsl"
#endif
