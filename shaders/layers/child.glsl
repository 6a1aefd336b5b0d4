#version 330 core
// A small luminous child figure (foreground).
#define LAND_KIND 3
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(asp * 0.5 - 0.45, -0.01, asp * 0.5 + 0.45, 0.72)
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_figure.glsl"
#endif
