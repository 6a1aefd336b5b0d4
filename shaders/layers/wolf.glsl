#version 330 core
// A wolf on a ridge, muzzle raised, bushy tail, one glowing eye (midground).
#define LAND_KIND 1
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_SPRITE beast_boxes
#define LAND_VERTEX_HOOK beast_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_beast_boxes.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_beast.glsl"
#endif
