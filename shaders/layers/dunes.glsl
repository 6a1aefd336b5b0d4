#version 330 core
// Sand dunes in three depths: long crests, steep lee sides, soft ripples (midground).
// u_params.y: height shift.
#define LAND_KIND 1
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
