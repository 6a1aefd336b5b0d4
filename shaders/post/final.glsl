#version 330 core
// Final pass for a frame with no full-resolution layers (see lib/post_final.glsl).
#include "lib/header.glsl"
#include "lib/post_final.glsl"
