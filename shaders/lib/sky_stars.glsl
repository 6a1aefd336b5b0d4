// One star per grid cell, own cell only (the glow is negligible before the cell edge).
// cells: cells per screen height; prob: share of cells with a star; size: core in pixels;
// glint: strength of the soft cross on the brightest stars. Needs lib/sky_common.glsl.
vec3 sky_star_cells(vec2 p, float cells, float prob, float size, float seed, float twinkle,
                    float glint) {
    vec2 g = p * cells + seed;
    vec2 h = hash22(floor(g));
    float e = fract(h.x * 17.13 + h.y * 31.7);
    float b = step(e, prob) * e / max(prob, 1e-3);
    vec2 d = (fract(g) - 0.2 - 0.6 * h) * (u_resolution.y / cells);   // pixels
    float r2 = dot(d, d);
    float bb = b * b;
    float s = size * (0.6 + bb);
    float tw = 1.0 - twinkle * (0.5 + 0.5 * sin(u_time * (0.5 + 1.2 * h.x) + 40.0 * h.y));
    float l = exp(-r2 / (s * s)) * (0.3 + 2.5 * bb * b);
    vec2 a = abs(d);
    float reach = 0.2 * u_resolution.y / cells;
    float fade = clamp(1.0 - sqrt(r2) / reach, 0.0, 1.0);
    float cross = 1.0 / (1.0 + a.x * a.x * 0.5 + a.y * 0.15) + 1.0 / (1.0 + a.y * a.y * 0.5 + a.x * 0.15);
    l += glint * cross * fade * fade * bb * bb * 0.6;
    vec3 tone = mix(sky_pal(3, 1.0), vec3(1.0), 0.5 + 0.5 * h.y);
    return tone * l * tw;
}
