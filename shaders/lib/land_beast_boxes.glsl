// The vertex side of lib/land_beast.glsl (deer, wolf): the picture is drawn as two sprites
// (`sprites = 2` in assets/visuals), the ridge band along the bottom and the box holding the
// animal above it (antlers, raised muzzle, tail and the eye's halo), so the sky between is
// never shaded. Include after lib/land_vertex.glsl with `#define LAND_SPRITE beast_boxes`.
vec2 beast_boxes(int sprite, vec2 corner) {
    float asp = u_resolution.x / u_resolution.y;
    float x = asp * 0.66;  // where the animal stands (lib/land_beast.glsl)
    vec4 box = sprite == 0 ? vec4(0.0, 0.0, asp, 0.27) : vec4(x - 0.26, 0.27, x + 0.23, 0.66);
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
