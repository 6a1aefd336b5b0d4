#version 330 core
// A huge whale gliding slowly with bioluminescent spots (midground).
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(asp * 0.5 - 0.47, 0.32, asp * 0.5 + 0.58, 0.76)
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_whale.glsl"
#endif
