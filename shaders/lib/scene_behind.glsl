// The scene behind a layer that reads it (reads_scene in assets/visuals; fragment stage, after
// lib/header.glsl): the half-size layers drawn so far, copied as they were (u_scene), over the
// quarter-size ones behind them (u_under4, opaque), composited here only at the texels read.
uniform sampler2D u_scene;
uniform sampler2D u_under4;

// The scene behind at texel `t` of the half-size buffer.
vec3 scene_behind(ivec2 t) {
    vec4 h = texelFetch(u_scene, t, 0);
    return h.rgb + (1.0 - h.a) * texture(u_under4, (vec2(t) + 0.5) / u_resolution).rgb;
}
