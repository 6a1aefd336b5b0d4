// The vertex side of lib/land_beast.glsl (deer, wolf). The picture is drawn as two sprites
// (`sprites = 2` in assets/visuals), the ground under the ridge line and the box holding the
// animal above it (antlers, raised muzzle, tail and the eye's halo), so the sky around is
// never shaded; the per-draw constants are computed here once per vertex instead of per
// pixel. Include after lib/land_vertex.glsl with `#define LAND_SPRITE beast_boxes` and
// `#define LAND_VERTEX_HOOK beast_vertex`.
flat out vec4 v_beast;        // aspect, 1 / (2 w) for an edge softness w, breathing, tail sway
flat out mat2 v_beast_look;   // the head's rotation
flat out vec3 v_beast_dark;   // silhouette colour (times the opacity)
flat out vec3 v_beast_rim;    // rim glow (same)
flat out vec3 v_beast_eye;    // the eye's light (same)
flat out float v_beast_op;    // opacity

#include "lib/fast_math.glsl"

void beast_vertex() {
    float asp = u_resolution.x / u_resolution.y;
    float wolf = float(LAND_KIND);
    v_beast = vec4(asp, 0.5 * land_height_px() / 1.2, 0.015 * lsin(u_time * 0.7),
                   0.05 * lsin(u_time * 0.4));
    float look = 0.05 * lsin(u_time * 0.09);
    float ang = mix(0.5, -0.6, wolf) + look;
    float c = lsin(ang + 1.5707963), s = lsin(ang);
    v_beast_look = mat2(c, s, -s, c);
    float op = clamp(u_intensity * 1.25, 0.0, 1.0);   // land_opacity()
    vec3 glow = v_pal_glow * v_breath;
    v_beast_dark = v_pal_dark * op;
    v_beast_rim = glow * (0.55 * op);
    v_beast_eye = mix(glow, v_pal_light, 0.5) * (v_breath * op);
    v_beast_op = op;
}

// The ground is one convex quad: its top runs 2 px above the ridge (lib/land_beast.glsl: at
// most 0.106 + 0.12 smoothstep(0.15, 0.7, x / aspect), which stays under the straight line
// from (0, 0.106) to (xa, 0.226)) up to the animal's box at xa, then flat at 0.226 (the
// ridge's top) to the right edge; its fourth corner lies far below the screen. The animal's
// box stands on that flat part (the seam is horizontal, so no pixel is drawn twice or missed).
vec2 beast_boxes(int sprite, vec2 corner) {
    float asp = u_resolution.x / u_resolution.y;
    float m = 2.0 / land_height_px();
    float x = asp * 0.66;  // where the animal stands (lib/land_beast.glsl)
    float xa = x - 0.26, yb = 0.226 + m;
    if (sprite == 1)
        return quad_box_corner(vec4(xa, yb, x + 0.23, 0.66) / vec4(asp, 1.0, asp, 1.0), corner);
    // left end of the slope (flat when the animal's box nearly reaches the left edge; the box
    // is clipped to the screen, so is the kink); on a far shore the screen's left edge lies
    // left of x = 0, and the top is flat from there
    float yl = xa > 0.05 ? 0.106 + m : yb;
    float x0 = land_from_screen(vec2(0.0)).x * asp;
    float x1 = max(land_from_screen(vec2(1.0)).x * asp + 0.1, asp + 1.0);
    vec2 left = x0 < 0.0 ? vec2(x0, yb) : vec2(0.0, yl);
    vec2 p = corner.y > 0.0 ? (corner.x > 0.0 ? vec2(max(xa, 0.0), yb) : left)
                            : (corner.x > 0.0 ? vec2(x1, yb) : vec2(-10.0, -100.0));
    return p / vec2(asp, 1.0);
}
