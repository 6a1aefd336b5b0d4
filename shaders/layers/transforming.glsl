#version 330 core
// Transforming (effect, additive): a slow morphing iridescent shimmer.
#define LAND_KIND 3
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_motion.glsl"
#endif
