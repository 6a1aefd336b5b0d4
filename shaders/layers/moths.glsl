#version 330 core
// Pale dusty moths fluttering and wandering, softly glowing (foreground).
#define LAND_KIND 1
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_birds.glsl"
#endif
