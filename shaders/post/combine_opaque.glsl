#version 330 core
// post/combine.glsl for the rows where the half-size layers are opaque (open water at full
// intensity): what lies behind them in under4 is not fetched there.
#define OPAQUE_HALF
#include "lib/post_combine.glsl"
