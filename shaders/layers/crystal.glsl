#version 330 core
// Crystal (effect): faceted veil near the frame edges with lit edges and sparkles.
#define LAND_KIND 0
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_material.glsl"
#endif
