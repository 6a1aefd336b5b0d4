#version 330 core
// Falling (effect, additive): thin streaks sliding upwards.
#define LAND_KIND 0
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_motion.glsl"
#endif
