#version 330 core
// Bloom upsample between levels (see lib/post_bloom_up.glsl).
#include "lib/post_bloom_up.glsl"
