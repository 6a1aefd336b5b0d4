#version 330 core
// Floating stairs rising through the air, each slab bobbing gently (midground).
#define LAND_KIND 1
// the slabs (centres x asp/2 - 0.455 .. + 0.535, y 0.11 .. 0.735) and their light lines (below
// the half-float buffers' smallest step from 0.068 away) stay inside this box (lib/land_vertex.glsl)
#define LAND_RECT vec4(asp * 0.5 - 0.5, 0.035, asp * 0.5 + 0.58, 0.825) + vec4(-3.0, -3.0, 3.0, 3.0) / u_resolution.y
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_architecture.glsl"
#endif
