#version 330 core
// Swirl transition (for the vortex): both frames twist around the centre while they blend.
#include "lib/common.glsl"
uniform float u_progress;  // 0..1
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
uniform sampler2D u_from;
uniform sampler2D u_to;
noperspective in vec2 v_uv;
out vec4 f_color;

vec2 twist(vec2 uv, float angle, float asp) {
    vec2 d = (uv - 0.5) * vec2(asp, 1.0);
    float r = length(d);
    float a = angle * smoothstep(0.9, 0.0, r);
    float s = sin(a), c = cos(a);
    d = mat2(c, s, -s, c) * d;
    return d / vec2(asp, 1.0) + 0.5;
}

void main() {
    float asp = aspect();
    float p = smoothstep(0.0, 1.0, u_progress);
    float strength = sin(3.14159265 * p) * 3.0;
    vec3 a = texture(u_from, twist(v_uv, strength, asp)).rgb;
    vec3 b = texture(u_to, twist(v_uv, -strength, asp)).rgb;
    f_color = vec4(mix(a, b, p), 1.0);
}
#endif
