#version 330 core
// Gold (effect, additive): warm metallic glints and a sweeping sheen.
#define LAND_KIND 3
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_material.glsl"
#endif
