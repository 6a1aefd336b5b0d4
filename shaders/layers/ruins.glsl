#version 330 core
// Ruins: broken columns and a fallen lintel (midground).
#define LAND_KIND 2
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(-1.0, -0.01, asp + 1.0, 0.72)
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_architecture.glsl"
#endif
