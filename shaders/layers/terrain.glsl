#version 330 core
// Rolling meadow hills in three depths with a swaying grass fringe (midground).
// u_params.y: height shift.
#define LAND_KIND 0
// the geometry and per-draw constants come from lib/land_terrain.glsl
#define LAND_VERTEX_HOOK terrain_vertex
#define LAND_SPRITE terrain_corner
#include "lib/header.glsl"
#include "lib/noise.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#endif
#include "lib/land_terrain.glsl"
