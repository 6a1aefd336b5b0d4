// Faint, steady stars, at most one per cell of a grid, lit only inside its own cell: the
// cheap kind, for dense layers. g: the position in cells (interpolated from the vertex stage:
// it is linear on the screen), prob: share of cells with a star, px: pixels per cell. Returns
// the light and the star's whiteness (0.4..1: mix the layer's hue towards white by it).
// Needs lib/noise.glsl and lib/sky_shapes.glsl.
vec2 sky_star_dots(vec2 g, float prob, float px) {
    vec2 cell = floor(g);
    vec2 h = hash22(cell);
    float e = fract(h.x * 17.13 + h.y * 31.7);
    float b = e / max(prob, 1e-3);
    vec2 d = (g - cell - 0.2 - 0.6 * h) * px;                      // pixels
    float l = sky_bell(dot(d, d) / (0.64 * (0.5 + b))) * (0.25 + 1.2 * b * b) * step(e, prob);
    return vec2(l, 0.4 + 0.6 * h.y);
}
