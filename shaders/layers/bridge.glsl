#version 330 core
// An arched bridge across the water line with lamps along the deck (midground).
#define LAND_KIND 2
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(asp * 0.05, -0.01, asp * 0.95, 0.36)
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_city.glsl"
#endif
