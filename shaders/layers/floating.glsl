#version 330 core
// Floating (effect, additive): soft motes of light rising slowly.
#define LAND_KIND 2
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_motion.glsl"
#endif
