#version 330 core
// Birds gliding across the sky in a loose flock, slow wingbeats (foreground).
#define LAND_KIND 0
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(-1.0, 0.14, asp + 1.0, 1.01)
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_birds.glsl"
#endif
