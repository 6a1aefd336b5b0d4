#version 330 core
// Pale dusty moths fluttering and wandering, softly glowing (foreground),
// one sprite per creature (see lib/land_birds.glsl).
#define LAND_KIND 1
#include "lib/header.glsl"
#include "lib/noise.glsl"
#if defined VERTEX_SHADER
#define LAND_SPRITE flock_sprite
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#endif
#include "lib/land_birds.glsl"
