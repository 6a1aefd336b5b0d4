#version 330 core
// A dark shadow figure with smoky edges (foreground).
#define LAND_KIND 4
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(asp * 0.35 - 0.5, -0.01, asp * 0.35 + 0.5, 0.95)
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_figure.glsl"
#endif
