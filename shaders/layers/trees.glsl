#version 330 core
// Round-crowned trees in three depth layers, bioluminescent rim (midground).
#define LAND_KIND 1
// the picture stays inside this rectangle, above the undergrowth layers/forest_floor.glsl
// fills (see lib/land_vertex.glsl; the crowns reach 0.4211 at most, the far row's)
#include "lib/land_forest_floor.glsl"
#define LAND_RECT vec4(-asp, FOREST_FLOOR, 2.0 * asp, 0.422 + 2.0 / u_resolution.y)
#define LAND_VERTEX_HOOK forest_vertex
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/land_vertex.glsl"
#include "lib/land_forest_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_forest.glsl"
#endif
