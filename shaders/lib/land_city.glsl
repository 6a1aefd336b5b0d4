// Shared body of the city, tower, bridge, village programs; each defines LAND_KIND
// (compile-time: each kind keeps only the parts it draws, since llvmpipe executes every branch).
// City skyline silhouettes in two depths with softly lit windows (midground).
// LAND_KIND: 0 city, 1 a tall tower (its skyline is the city motif's), 2 an arched bridge
// across the water line, 3 a village: small houses with pitched roofs on a gentle slope.
// Needs lib/header.glsl, lib/noise.glsl and lib/land_common.glsl; the vertex section uses
// lib/land_city_vertex.glsl (per-draw constants, see there). city_building() serves both
// stages: the tower's vertex section includes this file for it.

// Building `cell` of the skyline row k of average width w: its height, half width, and 0 where
// it has a spire / a dome (else 1, which moves that shape out of the way).
vec4 city_building(float cell, float w, float base, float hmax, float k) {
    float r = hash11(cell * 1.7 + k);
    float r2 = hash11(cell * 5.3 + k * 2.0);
    return vec4(base + hmax * (0.25 + 0.75 * r * r), w * (0.26 + 0.22 * r2), step(r2, 0.8),
                step(0.2, r2) * 1.0 + step(r2, 0.1));
}

#if defined FRAGMENT_SHADER
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_city;
flat in vec4 v_city_at;
flat in vec3 v_city_win;
flat in vec3 v_city_far;
flat in vec3 v_city_glow;
flat in vec3 v_city_lamp;
#if LAND_KIND == 1
flat in vec4 v_tower_near[3];
#endif

// land_fill(d, w) with the layer's edge softness w (v_city.y, v_city.z = 1 / 2w).
float city_fill(float d) {
    float t = clamp((d + v_city.y) * v_city.z, 0.0, 1.0);
    return 1.0 - t * t * (3.0 - 2.0 * t);
}

// The distance to building b (city_building()) at lx from its cell's centre, height y.
float building_d(float lx, float y, vec4 b) {
    float d = max(abs(lx) - b.y, y - b.x);
    // a few spires and domes
    float spire = max(abs(lx) - 0.004 * (b.x + 0.07 - y) * (1.0 / 0.07), y - b.x - 0.07) + b.z;
    float dome = length(vec2(lx, y - b.x)) - b.y * 0.7 + b.w;
    return min(d, min(spire, dome));
}

// Skyline row: returns (distance, window light) for buildings of average width w.
vec2 skyline(vec2 p, float w, float base, float hmax, float k) {
    float x = p.x * (1.0 / w) + k * 31.0;
    float cell = floor(x);
    vec4 b = city_building(cell, w, base, hmax, k);
    float lx = (fract(x) - 0.5) * w;
    float hw = b.y;
    float d = building_d(lx, p.y, b);
    // windows: a grid inside the building, some lit, fading slowly on and off
    vec2 wg = vec2(lx * (1.0 / 0.011), (p.y - base) * (1.0 / 0.016));
    vec2 wi = floor(wg);
    float hs = hash21(wi + cell * 13.0 + k);
    // smoothstep(0.55, 0.8, lsin(time + hs * 50) * 0.5 + 0.5) with lsin (lib/land_common.glsl)
    // written out on the phase in turns from the vertex stage: two operations fewer per pixel
    float st = fract(hs * (50.0 * 0.15915494) + v_city_at.x) * 2.0 - 1.0;
    float sy = 4.0 * st * (1.0 - abs(st));
    float on = smoothstep(0.1, 0.6, 0.225 * (sy * abs(sy) - sy) + sy) * step(0.5, hs);
    vec2 wf = abs(fract(wg) - 0.5);
    float win = step(wf.x, 0.25) * step(wf.y, 0.22) * on * step(d, -0.006)
              * step(abs(lx), hw - 0.008);
    return vec2(d, win);
}

#if LAND_KIND == 3
// The slope the village's row k stands on, at x.
float village_hill(float x, float base, float k) {
    return base + 0.012 * lsin(x * 2.1 + k * 5.0) + 0.006 * lsin(x * 5.3 + k * 2.0);
}

// A row of houses of average spacing w on village_hill(), `size` times the near row's:
// returns (distance, window light). Each house: walls, a pitched roof with eaves, often a
// chimney, two small windows; now and then a gap.
vec2 village_row(vec2 p, float w, float base, float size, float k) {
    float x = p.x * (1.0 / w) + k * 17.0;
    float cell = floor(x);
    float r = hash11(cell * 1.3 + k), r2 = hash11(cell * 4.1 + k * 3.0);
    float lx = (fract(x) - 0.5 - 0.35 * (r2 - 0.5)) * w;
    float y = p.y - village_hill((cell + 0.5 - k * 17.0) * w, base, k);
    float hw = w * (0.2 + 0.16 * r);              // the walls' half width
    float wh = size * (0.026 + 0.024 * r2);        // their height
    float hr = hw * 1.18;                          // the roof's half width (eaves)
    float rh = hr * (0.55 + 0.45 * r);             // its height
    float walls = max(abs(lx) - hw, y - wh);
    float slope = inversesqrt(hr * hr + rh * rh);
    float roof = max(((y - wh - rh) * hr + abs(lx) * rh) * slope, wh - 0.003 - y);
    float cx = hr * (r2 > 0.5 ? 0.45 : -0.45);
    float chimney = max(max(abs(lx - cx) - 0.1 * hw, y - wh - rh * 0.95), wh - y)
                  + step(0.75, r);                 // a quarter have none
    float d = min(min(walls, roof), chimney) + step(0.88, hash11(cell * 7.9 + k));  // gaps
    // windows: lit in two houses of three, breathing slowly out of step
    vec2 wq = vec2(abs(abs(lx) - hw * 0.48), y - wh * 0.5);
    float lit = step(0.33, hash11(cell * 3.7 + k * 5.0))
              * (0.8 + 0.2 * lsin(u_time * 0.4 + r * 40.0));
    float win = step(wq.x, 0.09 * hw) * step(abs(wq.y), 0.2 * wh) * lit * step(d, -0.002);
    return vec2(d, win);
}
#endif

void main() {
    vec2 p = vec2(v_uv.x * v_city.x, v_uv.y);
#if LAND_KIND == 3
    // the near row on its slope, which fills the ground below; a fainter row behind (high
    // enough to show over an animal's ridge or a forest's undergrowth)
    vec2 near = village_row(p, 0.15, 0.13, 1.35, 2.0);
    float dn = min(near.x, p.y - village_hill(p.x, 0.13, 2.0));
    float cov_n = city_fill(dn);
    vec3 col = land_pal_dark() * cov_n + v_city_win * (near.y * cov_n)
             + v_city_glow * (exp(-max(-dn, 0.0) * 300.0) * cov_n * 0.3);
    vec2 far = village_row(p, 0.09, 0.2, 0.8, 1.0);
    float cov_f = city_fill(min(far.x, p.y - village_hill(p.x, 0.2, 1.0)));
    col += (1.0 - cov_n) * (v_city_far * cov_f + v_city_win * (far.y * 0.5 * cov_f));
    float a = cov_n + (1.0 - cov_n) * cov_f;
#elif LAND_KIND == 2
    // bridge (alone: the city motif draws the city): a deck with a big arch and hanging
    // cables, lamps along the deck
    float bx = p.x - v_city_at.y;
    float deck = abs(p.y - 0.3) - 0.007;
    float bs = bx * v_city_at.z;
    float archy = 0.12 + 0.17 * (1.0 - bs * bs);
    float arch = abs(p.y - archy) - 0.006;
    float cab = fract(bx * 30.0);
    float cables = max(abs(cab - 0.5) * (1.0 / 30.0) - 0.0012, max(p.y - 0.3, archy - p.y));
    float bridge = min(min(deck, arch), cables);
    bridge = max(bridge, abs(bx) - v_city_at.w);
    float piers = max(abs(abs(bx) - v_city_at.w) - 0.012, p.y - 0.32);
    bridge = min(bridge, piers);
    float lamps = exp(-length(vec2((fract(bx * 12.0) - 0.5) * (1.0 / 12.0), p.y - 0.315)) * 300.0)
                * step(abs(bx), v_city_at.w);
    float a = city_fill(bridge);
    vec3 col = land_pal_dark() * a + v_city_lamp * lamps;
#else
    vec3 dark = land_pal_dark();
#if LAND_KIND == 0
    vec2 near = skyline(p, 0.085, 0.12, 0.2, 2.0);
    float cov_n = city_fill(near.x);
    float edge = near.x;
    float nwin = near.y;
#else
    // tower: a slender tapering shaft with a glowing crown, rimmed where the near skyline
    // (not drawn) would stand in front of it
    float tx = p.x - v_city_at.y;
    float th = 0.88;
    float ts = clamp((p.y - th) * (1.0 / (0.2 - th)), 0.0, 1.0);
    float tw = 0.03 + 0.02 * (ts * ts * (3.0 - 2.0 * ts));
    float tower = max(abs(tx) - tw, p.y - th);
    tower = min(tower, max(abs(tx) - 0.003 - 0.012 * (th + 0.08 - p.y), p.y - th - 0.08));
    vec2 twg = vec2(tx * 100.0, p.y * 50.0);
    float twin = step(abs(fract(twg.y) - 0.5), 0.2) * step(abs(fract(twg.x) - 0.5), 0.22)
               * step(abs(tx), tw - 0.008) * step(0.55, hash21(floor(twg)))
               * step(tower, 0.0);
    float beacon = exp(-length(vec2(tx, p.y - th - 0.08)) * 60.0);
    float cov_n = city_fill(tower);
    // the near row's buildings under the shaft (where cov_n > 0) from the vertex stage
    float nx = p.x * (1.0 / 0.085) + 62.0;
    float nc = floor(nx) - v_city_at.z;
    vec4 nb = nc < 0.5 ? v_tower_near[0] : (nc < 1.5 ? v_tower_near[1] : v_tower_near[2]);
    float edge = min(building_d((fract(nx) - 0.5) * 0.085, p.y, nb), tower);
    float nwin = twin;
#endif
    vec3 col = dark * cov_n + v_city_win * (nwin * 0.8 * cov_n)
             + v_city_glow * (exp(-max(-edge, 0.0) * 300.0) * cov_n * 0.4);
    float a = cov_n;
#if LAND_KIND == 0
    // the far row behind, and a low warm haze of city light above the rooftops
    vec2 far = skyline(p, 0.05, 0.24, 0.16, 1.0);
    float cov_f = city_fill(far.x);
    col += (1.0 - cov_n) * (v_city_far * cov_f + v_city_win * (far.y * 0.35 * cov_f));
    a = cov_n + (1.0 - cov_n) * cov_f;
    float hz = clamp((0.55 - p.y) * (1.0 / 0.3), 0.0, 1.0);
    col += v_city_glow * ((1.0 - a) * 0.05 * (hz * hz * (3.0 - 2.0 * hz)));
#else
    col += v_city_lamp * beacon;
#endif
#endif
    f_color = vec4(col, a) * v_city.w;
}
#endif
