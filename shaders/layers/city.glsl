#version 330 core
// City skyline in two depths with softly lit windows (midground).
#define LAND_KIND 0
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK city_vertex
#define LAND_SPRITE city_sprite
#include "lib/land_vertex.glsl"
#include "lib/land_city_vertex.glsl"
// The picture stays below CITY_TOP: one triangle covers it.
vec2 city_sprite(int sprite, vec2 corner) { return quad_below(CITY_TOP, corner); }
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_city.glsl"
#endif
