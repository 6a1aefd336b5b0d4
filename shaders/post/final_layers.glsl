#version 330 core
// Final pass for a frame with full-resolution layers (see lib/post_final.glsl).
#define FINAL_LAYERS
#include "lib/header.glsl"
#include "lib/post_final.glsl"
