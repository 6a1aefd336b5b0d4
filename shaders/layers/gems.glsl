#version 330 core
// Gems (effect): coloured facets and sparkles.
#define LAND_KIND 2
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_material.glsl"
#endif
