#version 330 core
// Curling tendrils growing in from the edges: SDF stems, alternating leaves, spiral tips
// with a glowing bud (foreground). u_params.x: extra reach 0..1.
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
// Centre line of a vine in local coords (q.x along from the edge, q.y across).
// v = (length, amplitude, wavenumber, phase); sway is the vine's current slow bend.
float vine_y(float s, vec4 v, float sway) {
    return v.y * lsin(s * v.z + v.w + sway * s) * (0.4 + s);
}

// Distance to a vine's stem (tapering, ending at len).
float vine_stem(vec2 q, vec4 v, float sway) {
    // vertical distance scaled by a typical slope factor: the vines are gentle curves, and
    // one evaluation per vine keeps this cheap
    float s = clamp(q.x, 0.0, v.x);
    float th = 0.009 * (1.0 - 0.75 * s / v.x) + 0.0015;
    return max(abs(q.y - vine_y(s, v, sway)) * 0.9 - th, q.x - v.x);
}

// Curl and leaves of one vine: (curl distance, leaf distance, bud distance).
vec3 vine_detail(vec2 q, vec4 v, float sway) {
    float len = v.x;
    // spiral curl at the tip
    float rc = 0.045;
    vec2 c = q - vec2(len, vine_y(len, v, sway) + rc * 0.9);
    float r = length(c);
    float ang = fract(latan2(c.y, c.x) / 6.2831853 + 0.75);
    float turn = clamp(floor(r / rc - ang + 0.5), 0.0, 1.0);
    float dcurl = abs(r - rc * (ang + turn)) - 0.004 * (1.0 - 0.25 * (ang + turn));
    dcurl = max(dcurl, r - rc * 1.9);
    // leaves: one per cell along the vine, on alternating sides
    float L = 0.075;
    float s = clamp(q.x, 0.0, len);
    float cell = floor(s / L);
    float sc = (cell + 0.5) * L;
    float side = mod(cell, 2.0) * 2.0 - 1.0;
    vec2 lq = q - vec2(sc, vine_y(sc, v, sway));
    lq = mat2(0.4085, -0.9128 * side, 0.9128 * side, 0.4085) * lq;   // +-1.15 rad
    lq.x -= 0.036;
    float grow = smoothstep(len, len - 0.12, sc);
    float dleaf = max(sd_ellipse(lq, vec2(0.036, 0.014) * grow + 1e-4), q.x - len);
    return vec3(dcurl, dleaf, r - 0.004);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float px = land_px();
    float reach = (0.7 + 0.2 * u_params.x) * (0.6 + 0.4 * u_intensity);
    // from the left edge, the right edge (mirrored) and hanging from the top
    vec2 qa = vec2(p.x, p.y - 0.2), qb = vec2(asp - p.x, p.y - 0.62), qc = vec2(1.0 - p.y, p.x - asp * 0.3);
    vec4 va = vec4(reach, 0.06, 7.0, land_rand(1.0) * 6.0);
    vec4 vb = vec4(reach * 0.8, 0.055, 8.0, land_rand(2.0) * 6.0);
    vec4 vc = vec4(reach * 0.55, 0.05, 9.0, land_rand(3.0) * 6.0);
    float sw0 = lsin(u_time * 0.21 + va.w), sw1 = lcos(u_time * 0.21 + va.w);
    vec3 sway = 0.25 * vec3(sw0, sw1, -0.7 * sw0 + 0.7 * sw1);
    float da = vine_stem(qa, va, sway.x);
    float db = vine_stem(qb, vb, sway.y);
    float dc = vine_stem(qc, vc, sway.z);
    // curls and leaves only for the nearest vine (they never overlap)
    vec2 q = da < db ? qa : qb;
    vec4 v = da < db ? va : vb;
    float sw = da < db ? sway.x : sway.y;
    float dn = min(da, db);
    q = dc < dn ? qc : q;
    v = dc < dn ? vc : v;
    sw = dc < dn ? sway.z : sw;
    vec3 det = vine_detail(q, v, sw);
    float dstem = min(min(da, db), min(dc, det.x));
    float dleaf = det.y;
    float dbud = det.z;
    float d = min(dstem, dleaf);
    float cov = land_fill(d, px * 1.2);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    float rim = exp(-max(-d, 0.0) * 400.0) * cov;
    float vein = exp(-abs(dleaf + 0.004) * 900.0) * step(dleaf, 0.0) * 0.3;
    float bud = exp(-max(dbud, 0.0) * 120.0) * 0.8 + land_fill(dbud, px * 2.0);
    vec3 col = dark * cov + glow * (rim * 0.6 + vein * cov) + land_pal_light() * bud * 0.6 * land_breath();
    f_color = vec4(col, cov) * land_opacity();
}
#endif
