#version 330 core
// A tall slender tower with lit windows and a glowing crown (midground).
#define LAND_KIND 1
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK city_vertex
#define LAND_SPRITE tower_boxes
#include "lib/land_vertex.glsl"
#include "lib/land_city_vertex.glsl"
// Two sprites (`sprites = 2` in assets/visuals): the skyline band with the haze of city light
// above the rooftops, and the tower's column above it with its crown's glow.
vec2 tower_boxes(int sprite, vec2 corner) {
    float asp = u_resolution.x / u_resolution.y;
    float x = asp * 0.58;  // the tower's axis (lib/land_city_vertex.glsl)
    vec4 box = sprite == 0 ? vec4(0.0, 0.0, asp, 0.56) : vec4(x - 0.15, 0.56, x + 0.15, 1.0);
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_city.glsl"
#endif
