#version 330 core
// The last bloom level, with the quarter-size layers in front (see lib/post_bloom_up.glsl).
#define LIGHT_OUT
#include "lib/post_bloom_up.glsl"
