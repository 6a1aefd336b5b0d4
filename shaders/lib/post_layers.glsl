// The four layer buffers (see renderer/gfx/compositor.py) and their composite. Each buffer
// holds premultiplied HDR colour; an empty one is a transparent 1x1 texture.
uniform sampler2D u_under4;  // backdrop and quarter-size layers behind (opaque)
uniform sampler2D u_under2;  // half-size layers behind, over under4
uniform sampler2D u_over4;   // quarter-size layers in front
uniform sampler2D u_over2;   // half-size layers in front, over over4

vec3 layers_composite(vec2 uv) {
    vec4 u2 = texture(u_under2, uv);
    vec4 o4 = texture(u_over4, uv);
    vec4 o2 = texture(u_over2, uv);
    vec3 under = u2.rgb + (1.0 - u2.a) * texture(u_under4, uv).rgb;
    return o2.rgb + (1.0 - o2.a) * (o4.rgb + (1.0 - o4.a) * under);
}
