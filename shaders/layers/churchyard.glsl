#version 330 core
// A village church seen from its churchyard (midground, on the ground): a stone nave under a
// slate roof, a square west tower on the left with a louvred belfry and a tall spire, a lower
// chancel on the right, a gabled porch in front with its door; rows of headstones on the grass
// before it, some leaning, a dark yew beside the tower and a low drystone wall along the front,
// open where the path comes in. The key light comes from the right (the moon by night, the sun
// by day). By night the tall pointed windows glow with the warm colours of stained glass.
// Sprites (`sprites = 2`: the churchyard, the church), so only their boxes are shaded.
#include "lib/header.glsl"
const float CX = 0.47;    // the nave's centre x (of the width)
const float BASE = 0.22;  // the church's foot
const float WALL = 0.085; // the top of the churchyard wall

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK churchyard_vertex
#define LAND_SPRITE churchyard_sprite
#include "lib/land_vertex.glsl"
#include "lib/land_building.glsl"
flat out vec4 v_yard;     // aspect, edge softness, the windows' flicker, daylight (eased)
flat out vec3 v_key;      // the key light from the right: the moon or the sun
flat out vec3 v_amb;      // the sky's light on the shaded sides
flat out vec3 v_lamp;     // the warm light behind the windows

void churchyard_vertex() {
    float day = smoothstep(0.1, 0.7, u_daylight);
    v_yard = vec4(aspect(), 1.3 / land_height_px(), 0.94 + 0.06 * sin(u_time * 0.7), day);
    building_light(day, v_key, v_amb, v_lamp);
}

vec2 churchyard_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float x = CX * asp;
    vec4 box = sprite == 0 ? vec4(0.0, 0.0, asp, BASE + 0.02)
                           : vec4(x - 0.36, BASE - 0.015, x + 0.3, 0.6);
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_building.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_yard;
flat in vec3 v_key;
flat in vec3 v_amb;
flat in vec3 v_lamp;

// A gable or a spire: the triangle over a base of half-width `half_w` at `foot`, apex at `top`.
float gable(vec2 q, float half_w, float foot, float top) {
    float up = clamp((q.y - foot) / (top - foot), 0.0, 1.0);
    return max(abs(q.x) - half_w * (1.0 - up), max(foot - q.y, q.y - top));
}

// A tall pointed window (a lancet) of half-width `r` from `sill` to the spring of its arch at
// `spring`: distance, negative inside.
float lancet(vec2 q, float r, float sill, float spring) {
    float shaft = max(abs(q.x) - r, max(sill - q.y, q.y - spring));
    float arch = max(length(vec2(abs(q.x) + r * 0.6, q.y - spring)) - r * 1.6, spring - q.y);
    return min(shaft, arch);
}

// The ground's height at x: a gentle swell under the church, rippled a little.
float ground_at(float x, float asp) {
    float u = (x - CX * asp) / (0.6 * asp);
    return 0.11 + (BASE - 0.1) * exp(-u * u * 2.0) + 0.006 * vnoise(vec2(x * 9.0, 4.0));
}

void main() {
    float asp = v_yard.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float w = v_yard.y;
    float day = v_yard.w;
    vec3 col = vec3(0.0);
    float cov = 0.0;
    vec3 air = mix(land_pal_air() * 0.6, atmosphere_day(0.35), day);
    float x = p.x - CX * asp;
    float y = p.y;
    // ---- the churchyard's grass, lit from the right, hazier toward the church
    float ground = ground_at(p.x, asp);
    float up = clamp((y - 0.04) / (BASE - 0.04), 0.0, 1.0);
    vec3 grass = mix(vec3(0.14, 0.19, 0.09), vec3(0.28, 0.34, 0.15), vnoise(p * vec2(34.0, 70.0)) * 0.6);
    vec3 lawn = grass * (v_amb * 1.4 + v_key * (0.35 + 0.35 * smoothstep(-0.4, 0.5, x)));
    lawn = mix(lawn, air, 0.12 + 0.3 * up);
    // the path from the gap in the wall to the porch
    float path_x = 0.01 + 0.02 * lsin(y * 30.0);
    float path = land_fill(abs(x - path_x) - 0.005 - (BASE - y) * 0.08, w) * step(y, BASE);
    lawn = mix(lawn, vec3(0.5, 0.47, 0.4) * (v_amb * 1.5 + v_key * 0.6), path * 0.65);
    land_lay(col, cov, land_fill(y - ground, w), lawn);
    float below = ground - 0.003 - y;                        // the church stands on the swell
    // ---- the yew beside the tower: a dark rounded cone, its right side catching the light
    vec2 yq = vec2(x + 0.29, y - BASE + 0.01);
    float yew = length(vec2(yq.x * (1.0 + yq.y * 9.0), max(yq.y - 0.04, 0.0) * 0.7)) - 0.048;
    yew = max(yew + 0.012 * (vnoise(p * 70.0) - 0.5) + 0.006 * vnoise(p * 160.0), -yq.y - 0.02);
    vec3 needles = vec3(0.05, 0.09, 0.06) * (v_amb * 1.3 + v_key * 0.5 * smoothstep(-0.03, 0.04, yq.x));
    land_lay(col, cov, land_fill(yew, w), mix(needles, air, 0.12));
    // ---- the church: the tower, the nave, the chancel, the porch (x from the nave's centre)
    float st = ashlar(vec2(x, y));
    float tower = max(max(abs(x + 0.175) - 0.04, y - 0.42), below);
    float spire = gable(vec2(x + 0.175, y), 0.043, 0.42, 0.58);
    float nave = max(max(abs(x + 0.01) - 0.125, y - 0.31), below);
    float nave_roof = max(max(abs(x + 0.01) - 0.13, y - 0.365 + abs(x + 0.01) * 0.02), 0.305 - y);
    float chancel = max(max(abs(x - 0.165) - 0.05, y - 0.29), below);
    float chancel_roof = max(max(abs(x - 0.165) - 0.054, y - 0.33), 0.285 - y);
    vec2 pq = vec2(x - 0.01, y);
    float porch = max(max(abs(pq.x) - 0.028, y - 0.265), below);
    float porch_roof = gable(pq, 0.034, 0.262, 0.3);
    vec3 stone_col = vec3(0.68, 0.64, 0.57) * mix(1.0, 0.88, day) * st;
    vec3 slate = vec3(0.17, 0.17, 0.22);
    // the far parts first: the chancel, then the nave behind the porch, the tower
    vec3 chancel_wall = stone_col * (v_amb * 1.2 + v_key * 0.75);
    land_lay(col, cov, land_fill(chancel_roof, w), mix(slate * (v_amb * 1.5 + v_key * 0.8), air, 0.2));
    land_lay(col, cov, land_fill(chancel, w), mix(chancel_wall, air, 0.2 + 0.1 * day));
    float ridge = smoothstep(0.012, 0.0, 0.365 - abs(x + 0.01) * 0.02 - y);
    vec3 roof = slate * (v_amb * 1.5 + v_key * (0.5 + 0.5 * ridge));
    land_lay(col, cov, land_fill(nave_roof, w), mix(roof, air, 0.18));
    float eaves = smoothstep(0.0, 0.012, 0.31 - y);           // shadow under the eaves
    vec3 nave_wall = stone_col * (v_amb * 1.2 + v_key * (0.25 + 0.5 * eaves));
    land_lay(col, cov, land_fill(nave, w), mix(nave_wall, air, 0.16 + 0.1 * day));
    // the tower: its front faces us, its right flank catches the light; clasping buttresses
    float tx = x + 0.175;
    float flank = smoothstep(0.02, 0.04, tx);
    vec3 tower_wall = stone_col * (v_amb * 1.25 + v_key * (0.35 + 0.6 * flank));
    float buttress = max(abs(abs(tx) - 0.037) - 0.006, y - 0.3 + abs(abs(tx) - 0.037) * 2.0);
    tower_wall *= 1.0 - 0.12 * land_fill(buttress, w);
    land_lay(col, cov, land_fill(tower, w), mix(tower_wall, air, 0.14 + 0.1 * day));
    // a string course under the belfry, the louvred belfry openings, a clock face below them
    land_lay(col, cov, land_fill(max(abs(y - 0.37) - 0.0025, abs(tx) - 0.042), w), stone_col * (v_amb + v_key * 0.9));
    vec2 bq = vec2(abs(tx) - 0.017, y);
    float belfry = lancet(bq, 0.009, 0.38, 0.402);
    float louvres = 0.55 + 0.45 * step(0.5, fract(y * 260.0));
    land_lay(col, cov, land_fill(belfry, w), vec3(0.03, 0.03, 0.035) * louvres + v_lamp * 0.05);
    float clock = length(vec2(tx, y - 0.34)) - 0.013;
    vec3 dial = mix(vec3(0.75, 0.72, 0.62) * (v_amb * 1.5 + v_key * 0.7), v_lamp * 0.8, 1.0 - day);
    land_lay(col, cov, land_fill(clock, w), dial);
    float hands = min(max(abs(tx) - 0.0012, max(0.34 - y, y - 0.35)),
                      max(abs(y - 0.34) - 0.0012, max(-tx, tx - 0.007)));
    land_lay(col, cov, land_fill(hands, w) * step(clock, 0.0), vec3(0.04));
    // the spire: lit on its right face, a weathercock's rod at the top
    vec3 spire_col = slate * 1.2 * (v_amb * 1.4 + v_key * (0.3 + 0.9 * smoothstep(-0.004, 0.004, tx)));
    land_lay(col, cov, land_fill(spire, w), mix(spire_col, air, 0.2));
    float rod = max(abs(tx) - 0.0012, max(0.575 - y, y - 0.6));
    land_lay(col, cov, land_fill(rod, w), vec3(0.06) * (v_amb + v_key));
    // the nave's windows and the chancel's east window: lit glass by night, dark by day
    float wx = x + 0.01;
    float bay = (fract(wx / 0.05 + 0.5) - 0.5) * 0.05;
    float nave_win = lancet(vec2(bay, y), 0.0085, 0.24, 0.282);
    nave_win = max(nave_win, max(abs(wx) - 0.11, -(abs(x - 0.01) - 0.04)));
    float east_win = lancet(vec2(x - 0.165, y), 0.012, 0.235, 0.268);
    float win = min(nave_win, east_win);
    float pane = floor(wx / 0.05 + 0.5) + step(0.14, x) * 7.0;
    vec3 glass = mix(vec3(1.0, 0.62, 0.25), vec3(0.55, 0.3, 0.85), hash21(vec2(pane, floor(y * 90.0))) * 0.6);
    glass = mix(glass, vec3(0.9, 0.25, 0.2), step(0.8, hash21(vec2(floor(bay * 400.0), floor(y * 120.0)))) * 0.5);
    float leading = 0.75 + 0.25 * step(0.25, fract(y * 120.0)) * step(0.2, fract(bay * 300.0));
    vec3 lit = v_lamp * glass * 1.6 * leading * v_yard.z;
    vec3 dark = vec3(0.05, 0.06, 0.08) * (v_amb * 2.0 + v_key * 0.6) + vec3(0.1, 0.12, 0.16) * day;
    land_lay(col, cov, land_fill(win, w), mix(lit, dark, day));
    // the porch, nearest, its door lit warm from inside by night
    vec3 porch_wall = stone_col * (v_amb * 1.15 + v_key * (0.45 + 0.45 * smoothstep(0.0, 0.028, pq.x)));
    land_lay(col, cov, land_fill(porch_roof, w), mix(slate * (v_amb * 1.5 + v_key * (0.4 + 0.6 * step(0.0, pq.x))), air, 0.12));
    land_lay(col, cov, land_fill(porch, w), mix(porch_wall, air, 0.12 + 0.08 * day));
    float door = lancet(vec2(pq.x, y), 0.012, below + y - 0.01, 0.244);
    vec3 doorway = mix(vec3(0.06, 0.04, 0.03) * (v_amb + v_key * 0.3), v_lamp * 0.9, 0.7 * (1.0 - day));
    land_lay(col, cov, land_fill(door, w), doorway);
    // the church's rim: where the light grazes its right-hand edges at night
    col += atmosphere_rim(land_pal_glow()) * 0.1 * (1.0 - day) * land_fill(abs(chancel) - 0.002, w) * step(0.22, y);
    // ---- headstones in rows before it, nearer rows larger, some leaning, lit on the right
    for (int row = 0; row < 3; row++) {
        float r = float(row);
        float size = 1.0 - r * 0.22;
        float spacing = 0.065 * size;
        float cell = floor((x + 0.5 * spacing * r) / spacing);
        float cx_ = (cell + 0.5) * spacing - 0.5 * spacing * r;
        float h = hash21(vec2(cell, r + 3.0));
        if (h < 0.3 || abs(cx_ - path_x) < 0.03) continue;
        cx_ += (h - 0.5) * spacing * 0.4;
        float foot = ground_at(cx_ + CX * asp, asp) - 0.02 - (2.0 - r) * 0.03;
        float lean = (hash21(vec2(cell, r + 9.0)) - 0.5) * 0.5;
        vec2 q = vec2(x - cx_, y - foot);
        q.x -= q.y * lean;
        float width = (0.007 + 0.004 * h) * size;
        float height = (0.022 + 0.016 * hash21(vec2(cell, r + 5.0))) * size;
        float slab = max(abs(q.x) - width, max(-q.y, q.y - height + width));
        slab = min(slab, max(length(vec2(q.x, q.y - height + width)) - width, -q.y));
        float cross_ = min(max(abs(q.x) - width * 0.3, max(-q.y, q.y - height * 1.2)),
                           max(abs(q.x) - width * 1.1, abs(q.y - height * 0.85) - width * 0.3));
        float stone_ = h > 0.85 ? cross_ : slab;
        float face = smoothstep(-width, width, q.x);
        vec3 grave = vec3(0.56, 0.55, 0.52) * (0.85 + 0.15 * hash21(vec2(cell, r))) * (v_amb * 1.3 + v_key * (0.3 + 0.6 * face));
        land_lay(col, cov, land_fill(stone_, w), mix(grave, air, 0.08 + 0.1 * r));
    }
    // ---- the drystone wall along the front, a coping of upright stones, open at the path
    float top = WALL + 0.004 * vnoise(vec2(p.x * 60.0, 1.0));
    float gap = abs(x - path_x) - 0.035;
    float wall = max(max(y - top, -y), -gap);
    vec2 cq = vec2(fract(p.x * 160.0), (y - 0.02) / (top - 0.02));
    float course = 0.8 + 0.2 * hash21(floor(vec2(p.x * 70.0 + floor(y * 90.0) * 0.5, y * 90.0)));
    vec3 rubble = vec3(0.42, 0.4, 0.36) * course * (v_amb * 1.3 + v_key * (0.3 + 0.4 * smoothstep(top - 0.01, top, y)));
    rubble *= 1.0 - 0.3 * step(0.85, cq.y) * step(0.5, cq.x);
    land_lay(col, cov, land_fill(wall, w), rubble);
    f_color = vec4(col * cov, cov) * land_opacity();
}
#endif
