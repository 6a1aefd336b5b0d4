#version 330 core
// Glass (effect): large clear facets veiling the picture near the frame edges.
#define LAND_KIND 1
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_material.glsl"
#endif
