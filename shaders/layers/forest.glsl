#version 330 core
// Conifer forest silhouettes in three depth layers, bioluminescent rim (midground).
#define LAND_KIND 0
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(-1.0, -0.01, asp + 1.0, 0.5)
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_forest.glsl"
#endif
