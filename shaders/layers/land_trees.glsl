#version 330 core
// Trees in three rows of depth (lib/land_forest.glsl, lib/land_tree.glsl), midground. LAND_KIND
// (the layer's defines in assets/visuals): 0 a conifer forest, 1 broad-crowned trees on forked
// trunks with a few conifers among them, 2 the same in winter, bare.
// the picture stays inside this rectangle, above the undergrowth layers/forest_floor.glsl
// fills (see lib/land_vertex.glsl; the near row's spires reach 0.453 at most)
#include "lib/land_forest_floor.glsl"
#define LAND_RECT vec4(-asp, FOREST_FLOOR, 2.0 * asp, 0.455 + 2.0 / u_resolution.y)
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
