#version 330 core
// The undergrowth under the near row of the forest and the trees (`also` in assets/visuals):
// below FOREST_FLOOR that row covers everything, so this band is its colour with the depth
// fog, and the tree programs need not shade it.
#include "lib/land_forest_floor.glsl"
#define LAND_RECT vec4(-asp, -0.01, 2.0 * asp, FOREST_FLOOR)
#define LAND_VERTEX_HOOK forest_vertex
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#include "lib/land_vertex.glsl"
#include "lib/land_forest_vertex.glsl"
#elif defined FRAGMENT_SHADER
noperspective in vec2 v_uv;
flat in vec2 v_forest_edge;
flat in vec3 v_forest_c2;
flat in vec3 v_pal_haze;
out vec4 f_color;

void main() {
    // the near row's colour with its depth fog, as lib/land_forest.glsl
    float fog = v_forest_edge.y * smoothstep(0.4, 0.15, v_uv.y) * 0.08;
    f_color = vec4(v_forest_c2 + v_pal_haze * fog, v_forest_edge.y);
}
#endif
