#version 330 core
// A village: small houses with pitched roofs, chimneys and warm windows in two rows on a
// gentle slope (midground).
#define LAND_KIND 3
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK city_vertex
#define LAND_SPRITE village_sprite
#include "lib/land_vertex.glsl"
#include "lib/land_city_vertex.glsl"
// The far row's roofs reach 0.3 at most (lib/land_city.glsl): one triangle under 0.33 covers
// the picture and its soft edges.
const float VILLAGE_TOP = 0.33;
vec2 village_sprite(int sprite, vec2 corner) { return quad_below(VILLAGE_TOP, corner); }
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_city.glsl"
#endif
