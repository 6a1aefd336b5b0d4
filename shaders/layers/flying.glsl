#version 330 core
// Flying (effect, additive): streaks sliding sideways.
#define LAND_KIND 1
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_motion.glsl"
#endif
