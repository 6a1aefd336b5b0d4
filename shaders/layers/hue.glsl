#version 330 core
// Hue (effect): a soft wash of the sentence tint over the picture (low resolution).
#define LAND_KIND 5
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_material.glsl"
#endif
