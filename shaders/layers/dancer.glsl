#version 330 core
// A luminous dancer, arms raised, swaying slowly (foreground).
#define LAND_KIND 1
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(asp * 0.5 - 0.75, -0.01, asp * 0.5 + 0.75, 0.98)
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_figure.glsl"
#endif
