// Stars, one per grid cell, own cell only (each glow is negligible before the cell edge).
// cells: cells per screen height; prob: share of cells with a star; size: core in pixels.
// Needs lib/sky_common.glsl.

// Faint, steady stars: the cheap kind, for dense layers.
vec3 sky_star_dots(vec2 p, float cells, float prob, float size, float seed) {
    vec2 g = p * cells + seed;
    vec2 h = hash22(floor(g));
    float e = fract(h.x * 17.13 + h.y * 31.7);
    float b = step(e, prob) * e / max(prob, 1e-3);
    vec2 d = (fract(g) - 0.2 - 0.6 * h) * (u_resolution.y / cells);   // pixels
    float l = sky_bell(dot(d, d) / (size * size * (0.5 + b))) * (0.25 + 1.2 * b * b) * step(e, prob);
    return mix(sky_pal(3, 1.0), vec3(1.0), 0.4 + 0.6 * h.y) * l;
}

// Brighter, slowly twinkling stars; the brightest get a soft cross glint.
vec3 sky_star_bright(vec2 p, float cells, float prob, float size, float seed, float twinkle,
                     float glint) {
    vec2 g = p * cells + seed;
    vec2 h = hash22(floor(g));
    float e = fract(h.x * 17.13 + h.y * 31.7);
    float b = step(e, prob) * e / max(prob, 1e-3);
    vec2 d = (fract(g) - 0.25 - 0.5 * h) * (u_resolution.y / cells);  // pixels
    float r2 = dot(d, d);
    float bb = b * b;
    float s = size * (0.6 + bb);
    float tw = 1.0 - twinkle * (0.5 + 0.5 * sky_wave(u_time * (0.08 + 0.2 * h.x) + 7.0 * h.y));
    float on = step(e, prob);
    float l = sky_bell(r2 / (s * s)) * (0.3 + 2.5 * bb * b) * on;
    vec2 a = abs(d);
    float reach = 0.22 * u_resolution.y / cells;
    float fade = max(1.0 - r2 / (reach * reach), 0.0);
    float cross = 1.0 / (1.0 + a.x * a.x * 0.6 + a.y * 0.18)
        + 1.0 / (1.0 + a.y * a.y * 0.6 + a.x * 0.18);
    l += glint * cross * fade * fade * bb * bb * 0.7;
    return mix(sky_pal(3, 1.0), vec3(1.0), 0.5 + 0.5 * h.y) * l * tw;
}
