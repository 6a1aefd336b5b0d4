// Shared body of the city, tower, bridge programs; each defines LAND_KIND
// (compile-time, so unused kinds fold away: llvmpipe executes every branch).
// City skyline silhouettes in two depths with softly lit windows (midground).
// LAND_KIND: 0 city, 1 a tall tower rising from it, 2 an arched bridge across the water line.
// Needs lib/header.glsl, lib/noise.glsl and lib/land_common.glsl.
in vec2 v_uv;
out vec4 f_color;

// Skyline row: returns (distance, window light) for buildings of average width w.
vec2 skyline(vec2 p, float w, float base, float hmax, float k) {
    float x = p.x / w + k * 31.0;
    float cell = floor(x);
    float r = hash11(cell * 1.7 + k);
    float r2 = hash11(cell * 5.3 + k * 2.0);
    float h = base + hmax * (0.25 + 0.75 * r * r);
    float lx = (fract(x) - 0.5) * w;
    float hw = w * (0.26 + 0.22 * r2);
    float d = max(abs(lx) - hw, p.y - h);
    // a few spires and domes
    float spire = max(abs(lx) - 0.004 * (h + 0.07 - p.y) / 0.07, p.y - h - 0.07) + step(r2, 0.8);
    float dome = length(vec2(lx, p.y - h)) - hw * 0.7 + step(0.2, r2) * 1.0 + step(r2, 0.1);
    d = min(d, min(spire, dome));
    // windows: a grid inside the building, some lit, fading slowly on and off
    vec2 wg = vec2(lx / 0.011, (p.y - base) / 0.016);
    vec2 wi = floor(wg);
    float hs = hash21(wi + cell * 13.0 + k);
    float on = smoothstep(0.55, 0.8, lsin(u_time * 0.05 + hs * 50.0) * 0.5 + 0.5) * step(0.5, hs);
    vec2 wf = abs(fract(wg) - 0.5);
    float win = step(wf.x, 0.25) * step(wf.y, 0.22) * on * step(d, -0.006) * step(abs(lx), hw - 0.008);
    return vec2(d, win);
}

void main() {
    vec2 p = land_coords(v_uv);
    float asp = land_aspect();
    float kind = float(LAND_KIND);
    float px = land_px();
    vec3 dark = land_pal_dark();
    vec3 haze = land_pal_haze();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    vec2 far = skyline(p, 0.05, 0.24, 0.16, 1.0);
    vec2 near = skyline(p, 0.085, 0.12 - 0.1 * step(1.5, kind), 0.2 - 0.12 * step(1.5, kind), 2.0);
    // tower: a slender tapering shaft with a glowing crown
    float tx = p.x - asp * 0.58;
    float th = 0.88;
    float tw = 0.03 + 0.02 * smoothstep(th, 0.2, p.y);
    float tower = max(abs(tx) - tw, p.y - th);
    tower = min(tower, max(abs(tx) - 0.003 - 0.012 * (th + 0.08 - p.y), p.y - th - 0.08));
    tower += step(kind, 0.5) + step(1.5, kind);
    vec2 twg = vec2(tx / 0.01, p.y / 0.02);
    float twin = step(abs(fract(twg.y) - 0.5), 0.2) * step(abs(fract(twg.x) - 0.5), 0.22)
               * step(abs(tx), tw - 0.008) * step(0.55, hash21(floor(twg)))
               * step(tower, 0.0);
    float beacon = exp(-length(vec2(tx, p.y - th - 0.08)) * 60.0) * (0.7 + 0.3 * lsin(u_time * 0.8))
                 * (1.0 - step(kind, 0.5) - step(1.5, kind));
    // bridge: a deck with a big arch and hanging cables, lamps along the deck
    float bx = p.x - asp * 0.5;
    float deck = abs(p.y - 0.3) - 0.007;
    float archy = 0.12 + 0.17 * (1.0 - pow(bx / (asp * 0.42), 2.0));
    float arch = abs(p.y - archy) - 0.006;
    float cab = fract(bx * 30.0);
    float cables = max(abs(cab - 0.5) / 30.0 - 0.0012, max(p.y - 0.3, archy - p.y));
    float bridge = min(min(deck, arch), cables);
    bridge = max(bridge, abs(bx) - asp * 0.42);
    float piers = max(abs(abs(bx) - asp * 0.42) - 0.012, p.y - 0.32);
    bridge = min(bridge, piers) + step(kind, 1.5);
    float lamps = exp(-length(vec2((fract(bx * 12.0) - 0.5) / 12.0, p.y - 0.315)) * 300.0)
                * step(abs(bx), asp * 0.42) * (1.0 - step(kind, 1.5));
    // the tower keeps a low far skyline at its foot; the bridge stands alone (the city motif
    // draws the city), so the unused skylines fold away at compile time
    float keep_f = LAND_KIND == 2 ? 0.0 : 1.0;
    float keep_n = LAND_KIND == 0 ? 1.0 : 0.0;
    float cov_f = land_fill(far.x, px * 1.2) * keep_f;
    float cov_n = max(land_fill(near.x, px * 1.2) * keep_n, land_fill(tower, px * 1.2));
    float cov_b = land_fill(bridge, px * 1.2);
    vec3 wcol = mix(light, glow, 0.25);
    vec3 col = (dark + haze * 0.2) * cov_f + wcol * far.y * 0.35 * cov_f;
    float a = cov_f;
    vec3 ncol = dark * cov_n + wcol * (near.y * keep_n + twin) * 0.8 * cov_n
              + glow * exp(-max(-min(near.x, tower), 0.0) * 300.0) * cov_n * 0.4;
    col = ncol + (1.0 - cov_n) * col;
    a = cov_n + (1.0 - cov_n) * a;
    col = dark * cov_b + (1.0 - cov_b) * col;
    a = cov_b + (1.0 - cov_b) * a;
    col += (beacon + lamps) * wcol * land_breath();
    // a low warm haze of city light above the rooftops
    col += (1.0 - a) * glow * 0.05 * smoothstep(0.55, 0.25, p.y) * keep_f;
    f_color = vec4(col, a) * land_opacity();
}
