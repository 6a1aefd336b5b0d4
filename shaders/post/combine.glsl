#version 330 core
// The picture at half size: the layers composited, graded and display-encoded (see
// lib/post_combine.glsl).
#include "lib/post_combine.glsl"
