#version 330 core
// Flocks drifting across the sky (foreground): a grid of cells drifting with the flock, at most
// one creature per cell. LAND_KIND (the layer's defines in assets/visuals): 0 birds (dark, slow
// wingbeats), 1 moths (pale, dusty, glowing), 2 butterflies; compile-time, so unused kinds
// fold away (llvmpipe executes every branch). Drawn as sprites (LAND_SPRITE in
// lib/land_vertex.glsl): the vertex stage finds each cell's creature (presence, place, size,
// wingbeat) and puts one small quad around it; the fragment stage draws only that creature.
#include "lib/header.glsl"
#include "lib/noise.glsl"
#if defined VERTEX_SHADER
#define LAND_SPRITE flock_sprite
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#endif

#if LAND_KIND == 0
const float FLOCK_CELL = 0.15;     // cell size (land units)
const float FLOCK_SPEED = 0.03;    // leftward drift of the flock, land units per second
const float FLOCK_RARITY = 0.5;    // a cell holds a creature when its hash is above this
const float FLOCK_SIZE = 0.034;    // creature size (land units) before its own 0.7..1.2 factor
const float FLOCK_BEAT = 1.1;      // wingbeat rate
const float FLOCK_WANDER = 0.0;    // wandering inside the cell (cells)
const vec2 FLOCK_BAND = vec2(0.2, 1.0);    // birds keep to this height band (faded at its edges)
#else
const float FLOCK_CELL = 0.24;
const float FLOCK_SPEED = 0.012;
const float FLOCK_RARITY = 0.68;
const float FLOCK_SIZE = 0.06;
const float FLOCK_BEAT = 2.4;
const float FLOCK_WANDER = 0.08;
const vec2 FLOCK_BAND = vec2(0.0, 1.0);
#endif
// moths' soft glow around them fades out at this distance (creature sizes)
const float FLOCK_HALO = 1.8;

#if defined VERTEX_SHADER
flat out vec4 v_flock;   // this creature: centre (land coordinates), size, wing pose
                         // (birds: flap -1..1; moths, butterflies: fold 0.25..1)
flat out vec3 v_body;    // this creature's colour

// The quad around a creature of size sz with wing pose `wing`, relative to its centre (land
// units: x0, y0, x1, y1), holding its soft edge (land_px() * 1.1) with a margin m (2 pixels).
// Birds: wingtips at x 1, y from the lowered tips to the raised elbows. Moths, butterflies:
// wings to 0.86 times the fold, y -0.57..0.57; folding squashes their distances, so the soft
// edge above and below grows as 1 / fold. Moths: their glow.
vec4 flock_box(float wing, float sz, float m) {
#if LAND_KIND == 0
    float lift = wing * 0.45;
    return vec4(-sz, (min(lift, 0.0) - 0.09) * sz, sz, max(0.19 + 0.5 * lift, 0.11) * sz)
         + vec4(-m, -m, m, m);
#else
    vec2 e = vec2(0.86 * wing * sz + m, 0.57 * sz + m / wing);
#if LAND_KIND == 1
    e = max(e, vec2(FLOCK_HALO * sz));
#endif
    return vec4(-e, e);
#endif
}

// Sprite i is one cell of the rows x cols cells a creature seen on screen can be in, counted
// from the top row down (a screen too wide for the layer's sprites loses the lowest rows).
vec2 flock_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float m = 2.0 / u_resolution.y;                        // margin for the soft edge
    // the cell grid: g = p / cell + origin (origin as in land_rand(1.0) of lib/land_common.glsl)
    vec2 drift = vec2(u_time * FLOCK_SPEED, 0.03 * sin(u_time * 0.05));
    vec2 origin = drift / FLOCK_CELL + hash11(u_seed * 1.731 + 17.17) * 50.0;
    // how far (cells) a creature's quad can stick out of its cell: the largest creature's
    // quads with wings open (widest; a bird's wingspan is its largest size in any pose) and
    // folded (tallest), off centre by the most
    vec4 big = max(abs(flock_box(1.0, FLOCK_SIZE * 1.2, m)),
                   abs(flock_box(0.25, FLOCK_SIZE * 1.2, m)));
    float reach = max(0.175 + FLOCK_WANDER - 0.5 + max(max(big.x, big.y), max(big.z, big.w))
                      / FLOCK_CELL, 0.0);
    vec2 lo = floor(origin + vec2(0.0, FLOCK_BAND.x) / FLOCK_CELL - reach);
    vec2 hi = floor(origin + vec2(asp, FLOCK_BAND.y) / FLOCK_CELL + reach);
    int cols = int(hi.x - lo.x) + 1;
    int rows = int(hi.y - lo.y) + 1;
    vec2 cell = vec2(lo.x + float(sprite % cols), hi.y - float(sprite / cols));
    vec2 h = hash22(cell);
    float ph = u_time * FLOCK_BEAT + h.y * 30.0;
#if LAND_KIND == 0
    float wing = sin(ph);
    v_body = v_pal_dark;
#else
    float wing = 0.25 + 0.75 * abs(cos(ph * 0.5));
#if LAND_KIND == 1
    // pale dusty moths
    v_body = mix(v_pal_light, v_pal_glow, 0.3) * 0.6;
#else
    // butterflies: each its own mix of two palette colours
    v_body = mix(u_palette[1], u_palette[3], h.x * 2.0 - 1.1) * 0.8;
#endif
#endif
    // place in the cell; moths and butterflies wander about it
    vec2 c = vec2(0.5) + (h - 0.5) * 0.35
           + FLOCK_WANDER * vec2(sin(u_time * 0.11 + h.y * 20.0), sin(u_time * 0.13 + h.x * 20.0));
    vec2 centre = (cell + c - origin) * FLOCK_CELL;
    float sz = FLOCK_SIZE * (0.7 + 0.5 * h.y);
    vec4 box = centre.xyxy + flock_box(wing, sz, m);
    v_flock = vec4(centre, sz, wing);
    bool seen = all(greaterThan(box.zw, vec2(0.0, FLOCK_BAND.x)))
             && all(lessThan(box.xy, vec2(asp, FLOCK_BAND.y)));
    bool off = h.x < FLOCK_RARITY || sprite / cols >= rows || !seen;
    vec2 p = off ? vec2(-4.0) : mix(box.xy, box.zw, corner * 0.5 + 0.5);
    return vec2(p.x / asp, p.y);
}

#elif defined FRAGMENT_SHADER
noperspective in vec2 v_uv;
flat in vec4 v_flock;
flat in vec3 v_body;
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    float sz = v_flock.z;
    vec2 q = (p - v_flock.xy) / sz;                        // around the creature, in its sizes
    vec3 glow = land_pal_glow() * land_breath();
#if LAND_KIND == 0
    // bird: two bent wings (an "m" shape) and a small body; faded out of its height band
    vec2 wq = vec2(abs(q.x), q.y);
    float lift = v_flock.w * 0.45;
    vec2 elbow = vec2(0.45, 0.12 + lift * 0.5);
    vec2 tip = vec2(1.0, -0.05 + lift);
    float wing = min(sd_taper(wq, vec2(0.0), elbow, 0.11, 0.07),
                     sd_taper(wq, elbow, tip, 0.07, 0.01));
    float d = min(wing, sd_ellipse(q - vec2(0.0, -0.02), vec2(0.2, 0.09))) * sz;
    float band = smoothstep(FLOCK_BAND.x, 0.45, p.y) * smoothstep(FLOCK_BAND.y, 0.8, p.y);
    float cov = land_fill(d, land_px() * 1.1) * band;
    float rim = exp(-max(-d, 0.0) * 500.0) * cov;
    vec3 col = v_body * cov + glow * rim * 0.4;
#else
    // moth / butterfly: wings fold by squashing x, two lobes per side
    float fold = v_flock.w;
    vec2 mq = vec2(abs(q.x) / fold, q.y);
    float upper = sd_ellipse(rot2(0.5) * (mq - vec2(0.42, 0.2)), vec2(0.45, 0.32));
    float lower = sd_ellipse(rot2(-0.5) * (mq - vec2(0.3, -0.25)), vec2(0.28, 0.24));
    float dwing = min(upper, lower) * fold;
    float d = min(dwing, sd_ellipse(q, vec2(0.06, 0.3))) * sz;
    float cov = land_fill(d, land_px() * 1.1);
    float rim = exp(-max(-d, 0.0) * 500.0) * cov;
    float edge = smoothstep(-0.004, -0.0005, d);
#if LAND_KIND == 1
    // pale dusty wings with darker edges, a soft glow around
    float r = length(q);
    float halo = exp(-r * 1.5) * 0.3 * smoothstep(FLOCK_HALO, FLOCK_HALO * 0.4, r);
    vec3 col = v_body * (1.0 - 0.4 * edge) * cov + glow * (rim * 0.4 + halo);
#else
    // palette-coloured wings with darker edges and a pale spot on each upper wing
    vec3 spot = land_pal_light() * 0.2 * smoothstep(0.25, 0.0, length(mq - vec2(0.5, 0.25)));
    vec3 col = (v_body * (1.0 - 0.7 * edge) + spot) * cov + glow * rim * 0.4;
#endif
#endif
    f_color = vec4(col, cov) * land_opacity();
}
#endif
