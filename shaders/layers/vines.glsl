#version 330 core
// Curling tendrils growing in from the edges: SDF stems, alternating leaves, spiral tips
// with a glowing bud (foreground). u_params.x: extra reach 0..1.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
in vec2 v_uv;
out vec4 f_color;

// One vine in local coords (q.x along from the edge, q.y across). Returns
// (stem/curl distance, leaf distance, distance to the bud at the tip).
vec3 vine(vec2 q, float len, float amp, float k, float ph) {
    float sway = 0.25 * lsin(u_time * 0.21 + ph);
    float s = clamp(q.x, 0.0, len);
    float arg = s * k + ph + sway * s;
    float yc = amp * lsin(arg) * (0.4 + s);
    float dy = amp * (k + sway) * lcos(arg) * (0.4 + s) + amp * lsin(arg);
    float th = 0.009 * (1.0 - 0.75 * s / len) + 0.0015;
    float dstem = abs(q.y - yc) / sqrt(1.0 + dy * dy) - th;
    dstem = max(dstem, q.x - len);
    // spiral curl at the tip
    float yt = amp * lsin(len * k + ph + sway * len) * (0.4 + len);
    float rc = 0.045;
    vec2 c = q - vec2(len, yt + rc * 0.9);
    float r = length(c);
    float ang = latan2(c.y, c.x) / 6.2831853 + 0.75;
    ang = fract(ang);
    float turn = clamp(floor(r / rc - ang + 0.5), 0.0, 1.0);
    float dcurl = abs(r - rc * (ang + turn)) - 0.004 * (1.0 - 0.5 * (ang + turn) / 2.0);
    dcurl = max(dcurl, r - rc * 1.9);
    // leaves: one per cell along the vine, on alternating sides
    float L = 0.075;
    float cell = floor(s / L);
    float sc = (cell + 0.5) * L;
    float side = mod(cell, 2.0) * 2.0 - 1.0;
    float ycc = amp * lsin(sc * k + ph + sway * sc) * (0.4 + sc);
    vec2 lq = q - vec2(sc, ycc);
    lq = rot2(-side * 0.9 + 0.1 * lsin(u_time * 0.3 + cell)) * lq;
    lq.x -= 0.036;
    float grow = smoothstep(len, len - 0.12, sc);
    float dleaf = sd_ellipse(lq, vec2(0.036, 0.014) * grow + 1e-4);
    dleaf = max(dleaf, q.x - len);
    return vec3(min(dstem, dcurl), dleaf, length(c) - 0.004);
}

void main() {
    vec2 p = land_coords(v_uv);
    float asp = land_aspect();
    float px = land_px();
    float reach = (0.7 + 0.2 * u_params.x) * (0.6 + 0.4 * u_intensity);
    // from the left edge, the right edge (mirrored) and hanging from the top
    vec3 a = vine(vec2(p.x, p.y - 0.2), reach, 0.06, 7.0, land_rand(1.0) * 6.0);
    vec3 b = vine(vec2(asp - p.x, p.y - 0.62), reach * 0.8, 0.055, 8.0, land_rand(2.0) * 6.0);
    vec3 c = vine(vec2(1.0 - p.y, p.x - asp * 0.3), reach * 0.55, 0.05, 9.0, land_rand(3.0) * 6.0);
    float dstem = min(a.x, min(b.x, c.x));
    float dleaf = min(a.y, min(b.y, c.y));
    float dbud = min(a.z, min(b.z, c.z));
    float d = min(dstem, dleaf);
    float cov = land_fill(d, px * 1.2);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    float rim = exp(-max(-d, 0.0) * 400.0) * cov;
    float vein = exp(-abs(dleaf + 0.004) * 900.0) * step(dleaf, 0.0) * 0.3;
    float bud = exp(-max(dbud, 0.0) * 120.0) * 0.8 + land_fill(dbud, px * 2.0);
    vec3 col = dark * cov + glow * (rim * 0.6 + vein * cov) + land_pal_light() * bud * 0.6 * land_breath();
    f_color = vec4(col, cov) * u_intensity;
}
#endif
