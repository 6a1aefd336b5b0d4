#version 330 core
// City skyline in two depths with softly lit windows (midground).
#define LAND_KIND 0
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(-1.0, -0.01, asp + 1.0, 0.58)
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK city_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_city_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_city.glsl"
#endif
