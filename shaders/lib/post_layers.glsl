// The three layer buffers (see renderer/gfx/compositor.py) and their composite. Each buffer
// holds premultiplied HDR colour; an empty one is a transparent 1x1 texture.
uniform sampler2D u_under4;  // backdrop and quarter-size layers behind (opaque)
uniform sampler2D u_half;    // the half-size layers, over under4
uniform sampler2D u_over4;   // quarter-size layers in front, over everything

// With OPAQUE_HALF the caller knows half is opaque here, so under4 does not show.
vec3 layers_composite(vec2 uv) {
    vec4 h = texture(u_half, uv);
    vec4 o = texture(u_over4, uv);
#ifdef OPAQUE_HALF
    return o.rgb + (1.0 - o.a) * h.rgb;
#else
    return o.rgb + (1.0 - o.a) * (h.rgb + (1.0 - h.a) * texture(u_under4, uv).rgb);
#endif
}
