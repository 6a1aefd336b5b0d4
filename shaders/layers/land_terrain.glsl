#version 330 core
// Layered land silhouettes with aerial perspective (midground). LAND_KIND (the layer's defines
// in assets/visuals): 0 rolling meadow hills with a swaying grass fringe, blades and tufts,
// patches of lighter and darker growth and the wind's sheen crossing the near field, 1 sand
// dunes (long crests, steep lee sides, soft ripples), 2 mountain ridges with lit crests, faces
// lit or shaded by their slope, gullies and snow below the far peaks, 3 an island on the water
// line with a faint rippling reflection. u_params.y: height shift.
#define LAND_VERTEX_HOOK terrain_vertex
#define LAND_SPRITE terrain_corner
#include "lib/header.glsl"
#include "lib/noise.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#endif
// The vertex stage works out the per-draw constants and the geometry: either side of a split,
// one triangle under a line that stays above every ridge and the halo over it, so the empty
// sky is never shaded (llvmpipe runs every branch, so only fewer pixels save time).

// How far the halo over a ridge reaches: beyond this it adds under 0.001 of the glow.
#define TERRAIN_HALO 0.1
// What the ridges may rise between the vertex stage's samples (TERRAIN_SAMPLES over the visible land).
#define TERRAIN_SLACK 0.02

// vnoise(vec2(x, row)) for a whole-number row: value noise along x alone.
float terrain_noise(float x, float row) {
    float i = floor(x);
    float f = fract(x);
    return mix(hash21(vec2(i, row)), hash21(vec2(i + 1.0, row)), f * f * (3.0 - 2.0 * f));
}

// Ridge i (0 far .. 2 near) at x, xx being x shifted by the ridge's drift: (height, amp,
// phase); its full height adds amp * (fine detail <= 1) that needs lsin (the meadow's grass,
// the dunes' crest heights), which ridge() adds in the fragment stage while the vertex stage
// bounds it. cx is the island's centre.
vec3 terrain_ridge(float i, float xx, float x, float cx) {
    float base = 0.34 - i * 0.09 + u_params.y;
#if LAND_KIND == 0
    // meadow: soft rolling hills with a grass fringe on the nearest one
    float n = terrain_noise(xx * 1.6, i * 7.0);
    return vec3(base + 0.08 * n, i > 1.5 ? 0.004 : 0.0, 0.0);
#elif LAND_KIND == 1
    // dunes: long crests with a steep lee side
    float n = terrain_noise(xx * 1.6, i * 7.0);
    float f = xx * (1.3 + i * 0.5) + 0.3 * n;
    float c = fract(f);
    float prof = c < 0.7 ? smoothstep(0.0, 0.7, c) : 1.0 - 0.98 * smoothstep(0.7, 1.0, c);
    return vec3(base - 0.02 + 0.049 * prof, 0.021 * prof, floor(f));
#elif LAND_KIND == 2
    // mountains: ridged peaks, taller at the back
    float a = 1.0 - abs(2.0 * terrain_noise(xx * (2.2 - i * 0.3), i * 7.0) - 1.0);
    float b = 1.0 - abs(2.0 * terrain_noise(xx * 7.0, i * 3.0 + 1.0) - 1.0);
    return vec3(base - 0.03 + (0.3 - i * 0.07) * (a * a * 0.8 + a * b * 0.22), 0.0, 0.0);
#else
    // island: one hump on the water line, a small far one, nothing near
    if (i > 1.5) return vec3(-1.0, 0.0, 0.0);
    if (i < 0.5) {
        float q = (x - cx - 0.55) * 6.3;
        return vec3(0.298 + 0.035 * exp(-q * q), 0.0, 0.0);
    }
    float dx = (x - cx) / 0.42;
    float hump = exp(-dx * dx * 3.0) * (0.8 + 0.2 * terrain_noise(xx * 1.6, 7.0));
    float pk = (x - cx + 0.05) / 0.09;
    return vec3(0.296 + 0.11 * hump + 0.06 * exp(-pk * pk) * hump, 0.0, 0.0);
#endif
}

#if defined VERTEX_SHADER
flat out vec3 v_shift;                  // each ridge's drift and seed offset along x
flat out vec4 v_terr;                   // aspect, 0.5 / the edge's half width, 3 pixels,
                                        // the island's centre x
flat out vec3 v_dark;                   // the palette roles (the glow breathing), each
flat out vec3 v_haze;                   // times the opacity (land_opacity())
flat out vec3 v_glow;
flat out float v_opacity;
noperspective out vec2 v_land;          // land coordinates (lib/land_common.glsl)
// The geometry: split at terrain_split (land x), left and right lines (c, s): y = c + s * x.
float terrain_split;
vec2 terrain_lines[2];

// The highest any ridge reaches at x.
float terrain_top(float x) {
    float h = -1.0;
    for (int i = 0; i < 3; i++) {
        vec3 r = terrain_ridge(float(i), x + v_shift[i], x, v_terr.w);
        h = max(h, r.x + r.y);
    }
    return h;
}

// Samples of terrain_top() across the screen, split candidates every TERRAIN_STEP samples.
#define TERRAIN_SAMPLES 320
#define TERRAIN_STEP 20
#define TERRAIN_SPLITS (TERRAIN_SAMPLES / TERRAIN_STEP)
const vec4 TERRAIN_SLOPES = vec4(0.05, 0.15, 0.35, 0.8);  // and their negatives

// The line of least area among the slopes over x0..x1, given each slope's lowest intercept
// that clears the samples (m: the slopes, n: their negatives): (c, s, area).
vec3 terrain_best(vec4 m, vec4 n, float x0, float x1) {
    float w = x1 - x0, mid = (x0 + x1) * 0.5;
    vec4 am = (m + TERRAIN_SLOPES * mid) * w, an = (n - TERRAIN_SLOPES * mid) * w;
    vec3 best = vec3(m.x, TERRAIN_SLOPES.x, am.x);
    for (int j = 0; j < 4; j++) {
        best = am[j] < best.z ? vec3(m[j], TERRAIN_SLOPES[j], am[j]) : best;
        best = an[j] < best.z ? vec3(n[j], -TERRAIN_SLOPES[j], an[j]) : best;
    }
    return best;
}

// Where to split the visible land x0..x1 in two, and each side's line, for the least area
// under them: each candidate's lines come from a sweep from the left and one from the right.
void terrain_geometry(float x0, float x1) {
    float dx = (x1 - x0) / float(TERRAIN_SAMPLES);
    float hs[TERRAIN_SAMPLES + 1];
    for (int k = 0; k <= TERRAIN_SAMPLES; k++) hs[k] = terrain_top(x0 + float(k) * dx);
    vec3 left[TERRAIN_SPLITS];
    vec4 m = vec4(-1e3), n = vec4(-1e3);
    for (int k = 0; k < TERRAIN_SAMPLES; k++) {
        float x = x0 + float(k) * dx;
        m = max(m, hs[k] - TERRAIN_SLOPES * x);
        n = max(n, hs[k] + TERRAIN_SLOPES * x);
        if (k % TERRAIN_STEP == 0) left[k / TERRAIN_STEP] = terrain_best(m, n, x0, x);
    }
    m = vec4(-1e3); n = vec4(-1e3);
    float best = 1e9;
    for (int k = TERRAIN_SAMPLES; k > 0; k--) {
        float x = x0 + float(k) * dx;
        m = max(m, hs[k] - TERRAIN_SLOPES * x);
        n = max(n, hs[k] + TERRAIN_SLOPES * x);
        if (k % TERRAIN_STEP == 0 && k < TERRAIN_SAMPLES) {
            vec3 l = left[k / TERRAIN_STEP], r = terrain_best(m, n, x, x1);
            if (l.z + r.z < best) {
                best = l.z + r.z;
                terrain_split = x;
                terrain_lines[0] = l.xy;
                terrain_lines[1] = r.xy;
            }
        }
    }
    terrain_lines[0].x += TERRAIN_HALO + TERRAIN_SLACK;
    terrain_lines[1].x += TERRAIN_HALO + TERRAIN_SLACK;
}

void terrain_vertex() {
    float asp = aspect();
    for (int i = 0; i < 3; i++) {
        v_shift[i] = u_time * 0.004 * float(i + 1)
                   + hash11(u_seed * 1.731 + float(i) * 17.17) * 50.0;  // land_rand(i)
    }
    float cx = asp * (0.52 + 0.1 * (hash11(u_seed * 1.731 + 9.0 * 17.17) - 0.5));
    v_terr = vec4(asp, 0.5 * land_height_px() / 1.2, 3.0 / land_height_px(), cx);
    v_opacity = clamp(u_intensity * 1.25, 0.0, 1.0);  // land_opacity()
    v_dark = v_pal_dark * v_opacity;
    v_haze = v_pal_air * v_opacity;
    v_glow = atmosphere_rim(v_pal_glow) * v_breath * v_opacity;
    terrain_geometry(land_from_screen(vec2(0.0)).x * asp, land_from_screen(vec2(1.0)).x * asp);
}

// Vertex gl_VertexID: the left triangle (0..2) or the right one (3..5), each with a vertical
// edge at the split, its top along its side's line and its third corner far down and out.
vec2 terrain_corner(int sprite, vec2 corner) {
    int id = gl_VertexID % 6;
    vec2 line = terrain_lines[id / 3];
    // land x of this corner: the split, or half a screen beyond the outer edge
    float x0 = land_from_screen(vec2(-0.5)).x, x1 = land_from_screen(vec2(1.5)).x;
    float x = id == 2 ? x0 * v_terr.x : (id == 4 ? x1 * v_terr.x : terrain_split);
    float y = (id == 1 || id == 5) ? -20.0 : line.x + line.y * x;
    v_land = vec2(x, y);
    return vec2(x / v_terr.x, y);
}

#else
out vec4 f_color;
flat in vec3 v_shift;
flat in vec4 v_terr;
flat in vec3 v_dark;
flat in vec3 v_haze;
flat in vec3 v_glow;
flat in float v_opacity;
noperspective in vec2 v_land;

// Ridge i's full height at x.
float ridge(float i, float x) {
    vec3 r = terrain_ridge(i, x + v_shift[int(i)], x, v_terr.w);
#if LAND_KIND == 0
    if (i > 1.5) {
        r.x += r.y * abs(lsin(x * 420.0 + lsin(x * 37.0) * 3.0 + lsin(u_time * 0.5 + x * 3.0) * 0.6));
    }
#elif LAND_KIND == 1
    r.x += r.y * lsin(r.z * 3.7 + i);
#endif
    return r.x;
}

void main() {
    vec2 p = v_land;
    vec3 h3 = vec3(ridge(0.0, p.x), ridge(1.0, p.x), ridge(2.0, p.x));
    vec3 d = p.y - h3;
    vec3 t = clamp(d * v_terr.y + 0.5, 0.0, 1.0);
    vec3 cov = 1.0 - t * t * (3.0 - 2.0 * t);
    vec3 inside = clamp(-d * 6.0, 0.0, 1.0);
    // rim light hugging each ridge line, and a soft halo above it: each fades from the line
    // on its own side only (1 on the other), so one exp per ridge serves both (as exp2)
    vec3 fall = exp2(min(d * (1.442695 / vec3(0.007, 0.005, 0.003)), d * (-40.0 * 1.442695)));
    bvec3 below = lessThan(d, vec3(0.0));
#if LAND_KIND == 0 || LAND_KIND == 2
    const vec3 RIM = vec3(0.22, 0.26, 0.3);   // grass, rock: a soft lit edge, not a drawn line
#else
    const vec3 RIM = vec3(0.35, 0.45, 0.6);
#endif
    vec3 rim = mix(vec3(1.0), fall, below) * cov * RIM;
    vec3 halo = 0.05 * mix(fall, vec3(1.0), below) * (1.0 - cov) * vec3(0.5, 0.75, 1.0);
    // near over far: how much of each ridge shows through the nearer ones
    float show1 = 1.0 - cov.z, show0 = show1 * (1.0 - cov.y);
    vec3 show = vec3(show0, show1, 1.0);
    // each ridge's body (shaded inside) and its light; the colours of the ridges are the dark
    // colour fading to the sky's at the horizon with distance (aerial perspective)
    vec3 body = (1.0 - 0.35 * inside) * cov * show;
    float light = dot(rim + halo, show);
    const vec3 AIR = vec3(0.75, 0.5, 0.26);  // how far each ridge fades to the air
    float hazed = dot(body, AIR);
    body *= 1.0 - AIR;
    float col_grass = 0.0, sheen = 0.0;  // the meadow's grass and the wind on it
#if LAND_KIND == 0
    // grass: blades in the near field, finer tufts on the middle one, broad patches of lighter
    // and darker growth, and the wind's sheen running across the near field in slow gusts
    float near_field = body.z * (1.0 - inside.z * 0.3);
    float blades = terrain_noise(p.x * 260.0, 3.0) * terrain_noise(p.x * 90.0 + 0.3, 4.0);
    float rows = smoothstep(-0.02, -0.16, d.z);               // the blades show further down
    float tufts = terrain_noise(p.x * 140.0, 5.0);
    float patch = vnoise(vec2(p.x * 3.1, p.y * 14.0) + v_shift.xy);
    float gust = lsin(p.x * 3.3 - u_time * 0.3 + 2.5 * patch);
    gust = smoothstep(0.35, 1.0, gust) * smoothstep(0.0, -0.05, d.z);
    float grass = (0.55 * blades * rows - 0.25) * near_field
                + (0.35 * tufts - 0.15) * body.y + (patch - 0.5) * 0.5 * (body.y + body.z);
    col_grass = grass;
    sheen = gust * near_field;
#elif LAND_KIND == 1
    // sand ripples on the dunes
    float ripple = smoothstep(0.6, 1.0, lsin(d.z * 260.0 + p.x * 20.0 + lsin(p.x * 9.0) * 3.0));
    hazed += 0.25 * ripple * (1.0 - inside.z) * cov.z;
#elif LAND_KIND == 2
    // rock: each face lit or shaded by which way it slopes (the light from the left), gullies
    // running down from the crests, and snow lying in them below the far peaks' tops
    const float E = 0.004;
    vec3 slope = (vec3(ridge(0.0, p.x + E), ridge(1.0, p.x + E), ridge(2.0, p.x + E)) - h3) / E;
    vec3 lit = clamp(0.55 + 0.3 * slope, 0.15, 1.0);
    vec3 depth = max(-d, 0.0);                                // how far below each crest
    float gully = vnoise(vec2(p.x * 46.0 + depth.y * 30.0, depth.y * 7.0) + v_shift.xy);
    float gully0 = vnoise(vec2(p.x * 70.0 + depth.x * 40.0, depth.x * 9.0) + v_shift.yz);
    vec3 rock = vec3(0.8 + 0.4 * gully0, 0.75 + 0.5 * gully, 0.8 + 0.4 * gully);
    body *= (0.55 + 0.7 * lit) * rock;
    float snow0 = smoothstep(0.05, 0.0, depth.x - 0.04 * gully0) * smoothstep(0.46, 0.56, h3.x);
    float snow1 = smoothstep(0.035, 0.0, depth.y - 0.03 * gully) * smoothstep(0.44, 0.52, h3.y);
    hazed += (0.9 * snow0 * cov.x * show0 + 0.7 * snow1 * cov.y * show1) * (0.6 + 0.5 * lit.x);
    light += 0.05 * smoothstep(-0.03, 0.0, d.x) * cov.x * show0;
#endif
    vec3 col = v_dark * (body.x + body.y + body.z + col_grass) + v_haze * (hazed + 0.22 * sheen)
             + v_glow * light;
    float a = 1.0 - show0 * (1.0 - cov.x);
#if LAND_KIND == 3
    if (p.y < 0.3 && p.y > 0.1) {
        // the island's faint, rippling reflection below the water line
        float ry = 0.6 - p.y + 0.003 * lsin(p.y * 300.0 + u_time * 0.8);
        float h = ridge(1.0, p.x + 0.002 * lsin(p.y * 200.0 + u_time));
        float rc = land_fill(ry - h, v_terr.z) * 0.55 * smoothstep(0.1, 0.3, p.y);
        col += (1.0 - a) * v_dark * rc;
        a += (1.0 - a) * rc;
    }
#endif
    f_color = vec4(col, a * v_opacity);
}
#endif
