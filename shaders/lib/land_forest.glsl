// Shared body of the forest, trees programs; each defines LAND_KIND
// (compile-time, so unused kinds fold away: llvmpipe executes every branch).
// Forest silhouettes in three depth layers with a bioluminescent rim (midground).
// LAND_KIND: 0 pointed conifers (forest), 1 round-crowned trees.
// Needs lib/header.glsl, lib/noise.glsl and lib/land_common.glsl.
noperspective in vec2 v_uv;
out vec4 f_color;

// Signed distance (negative inside) to the tree line of depth layer i at p.
float treeline(vec2 p, float i, float round_) {
    float cw = 0.035 * (1.0 + i * i * 0.9);
    float x = p.x / cw + land_rand(i) * 90.0 + u_time * 0.002 * (i + 1.0) / cw;
    float cell = floor(x);
    float lx = (fract(x) - 0.5) * cw;
    float r = hash11(cell * 1.37 + i * 11.0);
    float base = 0.36 - i * 0.085 + 0.012 * lsin(p.x * (3.0 + i) + i * 2.0);
    float r2 = hash11(cell * 7.31 + i * 3.0);
    float ht = (0.06 + 0.08 * i) * (0.35 + 0.9 * r * r) * step(0.12, r2);
    float top = base + ht;
    // conifer: half width grows downward in tiers
    float dy = top - p.y;
    float tier = 0.7 + 0.3 * fract(dy / (0.018 + 0.01 * i));
    float hw = min(dy * (0.2 + 0.12 * r2) * tier, cw * 0.5);
    float dcon = max(abs(lx) - hw, -dy);
    // round crown on a trunk
    vec2 c = vec2(lx, p.y - (top - cw * 0.45));
    float lump = 0.06 * cw * lsin(c.x * 260.0 / (1.0 + i)) * lsin(c.y * 240.0 / (1.0 + i));
    float dround = min(length(c * vec2(1.0, 1.15)) - cw * 0.47 + lump,
                       max(abs(lx) - cw * 0.06, p.y - top + cw * 0.4));
    float d = mix(dcon, dround, round_);
    return min(d, p.y - base);   // undergrowth fills below the base line
}

void main() {
    vec2 p = land_coords(v_uv);
    float kind = float(LAND_KIND);
    float px = land_px();
    vec3 dark = land_pal_dark();
    vec3 haze = land_pal_haze();
    vec3 glow = land_pal_glow() * land_breath();
    float rr = kind;
    vec3 d = vec3(treeline(p, 0.0, rr), treeline(p, 1.0, rr), treeline(p, 2.0, rr));
    vec3 cov = 1.0 - smoothstep(-px * 1.2, px * 1.2, d);
    vec3 rim = exp(-max(-d, 0.0) / vec3(0.004, 0.003, 0.0025)) * cov;
    vec3 c0 = haze * 0.5 + dark, c1 = mix(c0, dark, 0.55);
    // depth fog lifts the lower part of far layers
    float fogb = smoothstep(0.4, 0.15, p.y);
    vec3 col = (dark + haze * 0.08 * fogb) * cov.z + glow * rim.z * 0.55;
    float a = cov.z;
    col += (1.0 - a) * ((c1 + haze * 0.15 * fogb) * cov.y + glow * rim.y * 0.35);
    a += (1.0 - a) * cov.y;
    col += (1.0 - a) * ((c0 + haze * 0.25 * fogb) * cov.x + glow * rim.x * 0.25);
    a += (1.0 - a) * cov.x;
    f_color = vec4(col, a) * land_opacity();
}
