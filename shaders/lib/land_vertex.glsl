// The vertex stage of the land layers: the layer's geometry (lib/quad.glsl: the whole screen,
// a box or sprites) plus the palette roles, derived once per vertex and handed to the fragment
// stage as flat values (see lib/land_common.glsl).
// A layer whose picture stays inside a rectangle defines LAND_RECT (see land_corner()).
// A layer of many small things (creatures) can instead be drawn as sprites: with `sprites = N`
// for the layer in assets/visuals, `#define LAND_SPRITE name` before including this file and
// define `vec2 name(int sprite, vec2 corner)` after it: it runs for each corner (-1..1 each way)
// of each of the N quads (after the palette roles are set, so it may read them), returns that
// corner's position in the picture's uv units (0..1 over the buffer, unless a far shore moves
// the picture: lib/land_shore.glsl) and may set the layer's own flat
// varyings for that sprite; an unused sprite returns the same point for every corner (an empty
// quad costs nothing). Only the quads' pixels are shaded; later sprites are drawn over earlier
// ones.
// A layer can hand its fragment stage its own per-draw constants (llvmpipe does not hoist
// uniform-only maths out of the per-pixel code): `#define LAND_VERTEX_HOOK name` before
// including this file, declare its `flat out` varyings and define `void name()` after it; the
// hook runs after the palette roles and v_breath are set (it may read them).
#include "lib/common.glsl"
#include "lib/quad.glsl"
#include "lib/land_shore.glsl"
#include "lib/atmosphere.glsl"
noperspective out vec2 v_uv;
flat out vec3 v_pal_dark;
flat out vec3 v_pal_glow;
flat out vec3 v_pal_light;
flat out vec3 v_pal_haze;
flat out vec3 v_pal_air;
flat out float v_breath;

// The darkest palette colour (silhouette base), kept dark but tinted; by day the land is lit,
// in the palette's own middle colours.
vec3 land_compute_dark() {
    vec3 d = u_palette[0];
    for (int i = 1; i < 4; i++) {
        if (luma(u_palette[i]) < luma(d)) d = u_palette[i];
    }
    vec3 night = d * 0.22 + vec3(0.004, 0.005, 0.009);
    vec3 lit = mix(u_palette[1], u_palette[2], 0.6) * 0.16;
    return mix(night, lit, u_daylight);
}

// The most colourful bright palette colour (rim light, glows).
vec3 land_compute_glow() {
    vec3 g = u_palette[0];
    float best = -1.0;
    for (int i = 0; i < 4; i++) {
        vec3 c = u_palette[i];
        float score = (max(c.r, max(c.g, c.b)) - min(c.r, min(c.g, c.b))) + 0.35 * luma(c);
        if (score > best) { best = score; g = c; }
    }
    return g;
}

// The lightest palette colour (warm window light, highlights).
vec3 land_compute_light() {
    vec3 l = u_palette[0];
    for (int i = 1; i < 4; i++) {
        if (luma(u_palette[i]) > luma(l)) l = u_palette[i];
    }
    return l;
}

// Haze colour for aerial perspective: a dim mix of the palette, leaning to the tint.
vec3 land_compute_haze() {
    vec3 avg = (u_palette[0] + u_palette[1] + u_palette[2] + u_palette[3]) * 0.25;
    return mix(avg, u_tint, 0.25) * 0.12 + land_compute_glow() * 0.1;
}

// Where vertex `id` goes, in uv units. Without LAND_RECT the layer covers the whole screen. A
// layer whose picture stays inside a rectangle defines LAND_RECT (vec4 x0, y0, x1, y1 in land
// coordinates: x 0..aspect, y 0..1; it may use `asp` and uniforms) before including this file;
// two triangles then cover exactly that rectangle, so the pixels outside are never shaded
// (llvmpipe runs every branch of a fragment shader, so an early return saves nothing). A layer
// of many small things can instead define LAND_SPRITE, like SKY_SPRITE in
// lib/sky_fullscreen.glsl (same contract).
// The result is in the buffer's uv (a far shore moves the rectangle; see lib/land_shore.glsl).
vec2 land_corner(int id) {
#ifdef LAND_RECT
    float asp = aspect();
    vec4 r = LAND_RECT;
    r /= vec4(asp, 1.0, asp, 1.0);
    return quad_box(vec4(land_to_screen(r.xy), land_to_screen(r.zw)), id);
#else
    return quad_fullscreen(id);
#endif
}

#ifdef LAND_SPRITE
vec2 LAND_SPRITE(int sprite, vec2 corner);
#endif
#ifdef LAND_VERTEX_HOOK
void LAND_VERTEX_HOOK();
#endif

void main() {
    v_pal_dark = land_compute_dark();
    v_pal_glow = land_compute_glow();
    v_pal_light = land_compute_light();
    v_pal_haze = land_compute_haze();
    v_pal_air = atmosphere_horizon();
    // slow breathing with the narrator's voice, around 1 (see land_breath())
    v_breath = 0.85 + 0.3 * u_voice + 0.06 * sin(u_time * 0.7);
#ifdef LAND_VERTEX_HOOK
    LAND_VERTEX_HOOK();
#endif
#ifdef LAND_SPRITE
    v_uv = LAND_SPRITE(gl_VertexID / 6, QUAD_CORNERS[gl_VertexID % 6]);
    vec2 p = land_to_screen(v_uv);
#else
    vec2 p = land_corner(gl_VertexID);
    v_uv = land_from_screen(p);
#endif
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
    // a ground layer on a far shore ends just under its ground line, a creature in the water
    // at its horizon (lib/land_shore.glsl)
    gl_ClipDistance[0] = land_kept(v_uv);
}
