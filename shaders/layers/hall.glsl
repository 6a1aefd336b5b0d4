#version 330 core
// A great hall: columns, arches open to the sky, a chandelier glow (midground).
#define LAND_KIND 1
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_stage.glsl"
#endif
