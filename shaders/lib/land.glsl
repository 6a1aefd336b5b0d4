// Both stages of a land layer whose vertex stage is lib/land_vertex.glsl alone (define its
// LAND_RECT first, if any): the program then holds only its fragment stage, under
// `#if defined FRAGMENT_SHADER`, with lib/land_common.glsl, v_uv and f_color declared.
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
#endif
