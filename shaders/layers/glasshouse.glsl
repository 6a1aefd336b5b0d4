#version 330 core
// Inside a Victorian glasshouse (midground), down its central path (lib/land_room.glsl's eye and
// light): slender white iron ribs curve overhead into a vault, glazing bars between them, and
// the misted panes let the sky (the layers behind) show through, faintly reflecting and beaded
// with condensation. Palms rise on both sides, their fronds arching under the glass, over a
// bank of banana leaves and ferns; near the eye low staging carries rows of clay pots; the path
// of buff and terracotta tiles runs away to the glazed far end. By day the glass is bright and
// the light comes in from the left; by night the glass is dark, the sky beyond, and a few lamps
// hang glowing down the path. Warm humid haze thickens down the house.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(1.9, 1.9), vec2(0.62, 1.9), 13.0);
const float SPRING = 0.45;        // where the vault springs from the side walls
const float KNEE = -0.3;          // the low wall's top: glass from here up
const float RIB = 1.3;            // the ribs' spacing along the house
const float BANK = 1.2;           // the banana leaves' and ferns' bank, either side
const float STAGING = 0.62;       // the staging's front edge, either side of the path
const float BENCH = -0.3;         // the staging's top
const float PALMS = 2.6;          // the palms' spacing (they alternate sides)
const float PATH = 0.42;          // the path's half width
const vec3 IRON = vec3(0.9, 0.92, 0.88);   // the ironwork's white paint

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK glasshouse_vertex
#include "lib/land_vertex.glsl"
#include "lib/noise.glsl"
#include "lib/land_room.glsl"
flat out vec3 v_glass;   // the misted panes with the sky behind them
flat out vec3 v_amb;     // the light that fills the house through its glass
flat out vec3 v_leaf;    // the foliage's green
flat out vec3 v_lamp;    // the hanging lamps' glow (night)
flat out mat3x4 v_palms; // the three nearest palms, nearest first: depth, crown (x, y), reach
flat out vec3 v_turns;   // each palm's fronds' angle
flat out vec3 v_leans;   // each palm's trunk's lean
flat out float v_lamps;  // the nearest lamp's depth

void glasshouse_vertex() {
    float day = u_daylight;
    vec3 sun = vec3(1.0, 0.9, 0.72);
    room_vertex(vec2(0.5, 0.36), 0.4, mix(ROOM_WARM * 0.5, sun * 0.9, day), ROOM_COOL * 0.5);
    v_glass = mix(vec3(0.012, 0.022, 0.04) + u_palette[0] * 0.12 + v_pal_glow * 0.015,
                  vec3(0.1, 0.13, 0.16) + atmosphere_day(0.8) * 0.08, day);
    v_amb = mix(vec3(0.05, 0.07, 0.1), vec3(0.7, 0.76, 0.78), day);
    v_leaf = mix(vec3(0.16, 0.42, 0.13), u_palette[1] * 0.5, 0.15);
    v_lamp = mix(ROOM_WARM, v_pal_light, 0.15) * (1.0 - 0.8 * day) * v_breath;
    // the palms stand every PALMS along the house, alternating sides, each its own height
    float walk = v_draw.y;
    float first = ceil((0.8 + walk) / PALMS) * PALMS - walk;
    for (int i = 0; i < 3; i++) {
        float zk = first + float(i) * PALMS;
        float k = floor((zk + walk) / PALMS + 0.5);
        float rk = hash11(k * 3.1 + 1.7);
        float side = mod(k, 2.0) * 2.0 - 1.0;
        v_palms[i] = vec4(zk, side * (0.95 + 0.3 * rk), 0.85 + 0.4 * rk, 0.85 + 0.35 * rk);
        v_turns[i] = rk * 3.0;
        v_leans[i] = 0.12 * side * (rk - 0.3);
    }
    v_lamps = ceil((0.6 + walk) / (RIB * 2.0)) * RIB * 2.0 - walk - RIB * 0.5;
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec3 v_glass;
flat in vec3 v_amb;
flat in vec3 v_leaf;
flat in vec3 v_lamp;
flat in mat3x4 v_palms;
flat in vec3 v_turns;
flat in vec3 v_leans;
flat in float v_lamps;

// A thin line (0..1) where `d` is within `half_width` of zero, soft over `soft`.
float line(float d, float half_width, float soft) {
    return smoothstep(half_width + soft, half_width, abs(d));
}

// How much of a palm crown covers point d (from the crown, in land units at its depth): fronds
// arching out and drooping, combed into leaflets; `r` its reach, `turn` its fronds' angle.
float palm_crown(vec2 d, float r, float turn) {
    float reach = length(d);
    vec2 e = vec2(d.x, d.y + 0.7 * reach * reach / r);      // undo the fronds' droop
    float turns = e.y / (abs(e.x) + abs(e.y) + 1e-5);         // the angle as a diamond's (-1..3)
    turns = e.x < 0.0 ? 2.0 - turns : turns;
    float spoke = fract(turns * 2.25 + turn);                 // nine fronds round the crown
    float side = min(spoke, 1.0 - spoke) * 0.62 * reach;      // about the distance from its rib
    float s = reach / r;
    float width = 0.2 * r * s * (1.0 - s) * 4.0 * 0.55;
    float comb = step(0.45, fract(reach * 22.0 - side * 30.0));
    return step(side, width * mix(1.0, comb, step(0.3 * width, side))) * step(reach, r);
}

void main() {
    vec2 q = room_q(v_uv);
    float drift = v_draw.y;
    float ax = max(abs(q.x), 1e-4);
    // ---- the house: side glass over a low wall, the vault springing from it, the floor, the
    // glazed far end. The cross-section is the same all along, so the ray's depth t is where
    // (q.x, q.y) * t meets the section's outline.
    float w = ROOM.walls.x;
    float b = ROOM.floor_ceil.y - SPRING;
    float t_wall = w / ax;
    float aa = q.x * q.x / (w * w) + q.y * q.y / (b * b);
    float bb = -2.0 * q.y * SPRING / (b * b);
    float cc = SPRING * SPRING / (b * b) - 1.0;
    float t_vault = (-bb + sqrt(bb * bb - 4.0 * aa * cc)) / (2.0 * aa);
    float vault = step(SPRING, q.y * t_wall);
    float t = mix(t_wall, t_vault, vault);
    float t_floor = q.y < 0.0 ? ROOM.floor_ceil.x / -q.y : 1e4;
    float surface = t_floor < t ? 2.0 : (vault > 0.5 ? 3.0 : step(0.0, q.x));
    t = min(t, t_floor);
    surface = t > ROOM.far ? 4.0 : surface;
    t = min(t, ROOM.far);
    RoomHit h = room_at(vec3(q * t, t), surface);
    vec3 p = h.p;
    float px = h.px;
    // ---- the glass and its iron: the ribs across the house, the bars along the vault, the
    // far end's grid round its door
    float angle = latan2((p.y - SPRING) / b, p.x / w);        // 0..pi round the vault
    float on_glass = step(KNEE, p.y) * step(h.surface, 3.5);
    float rib = line(fract(h.z / RIB + 0.5) - 0.5, 0.012, px * 1.2 / RIB);
    float bar_v = line(fract(angle * 5.1 + 0.5) - 0.5, 0.012, px * 3.0);
    float bar_w = line(fract((p.y - KNEE) * 2.2) - 0.5, 0.01, px * 2.2) * (1.0 - vault);
    float bars = max(bar_v * vault, bar_w) * 0.7 + line(fract(h.z / RIB * 3.0 + 0.5) - 0.5, 0.012, px * 3.6 / RIB) * 0.45;
    float far_end = room_on(h, 4.0);
    float door = step(abs(p.x), 0.32) * step(p.y, 0.3);
    float far_bars = max(line(fract(p.x * 2.5) - 0.5, 0.03, px * 2.5), line(fract(p.y * 2.0) - 0.5, 0.03, px * 2.0));
    far_bars = max(far_bars, line(abs(p.x) - 0.32, 0.02, px) * step(p.y, 0.3));
    float iron = clamp(max(rib, bars) * on_glass + far_end * far_bars, 0.0, 1.0);
    float glass = max(on_glass, far_end) * (1.0 - iron);
    // the panes: misted, beaded with drops, lighter where the sky beyond is high
    vec2 guv = h.surface < 3.5 ? vec2(h.z * 3.0, angle * 4.0 + p.y) : p.xy * 3.0;
    float mist = vnoise(guv * 1.3 + 4.0);
    float drops = step(0.82, hash21(floor(guv * 18.0))) * step(t, 4.0);
    float streak = line(fract((h.z - p.y * 0.6) * 0.45) - 0.5, 0.05, 0.05) * (1.0 - far_end);
    vec3 pane = v_glass * (0.8 + 0.35 * mist + 0.25 * smoothstep(SPRING, ROOM.floor_ceil.y, p.y));
    pane += v_amb * 0.04 * (drops + streak) + v_lamp * 0.015 * streak;
    pane = mix(pane, v_glass * 1.3 + v_lamp * 0.05, door * far_end * 0.5);
    // the floor: a path of buff and terracotta tiles set diagonally, gravel beds beside it;
    // the low wall white-washed brick
    vec2 tuv = vec2(p.x + h.z, h.z - p.x) * 2.6;
    float check = step(0.5, fract((floor(tuv.x) + floor(tuv.y)) * 0.5));
    float grout = interior_grout(tuv, 0.04, 0.05);
    vec3 tiles = mix(vec3(0.55, 0.2, 0.1), vec3(0.7, 0.6, 0.45), check) * (1.0 - 0.6 * grout);
    vec3 gravel = vec3(0.3, 0.27, 0.22) * (0.7 + 0.5 * hash21(floor(vec2(p.x, h.z) * 40.0)));
    vec3 albedo = mix(gravel, tiles, step(abs(p.x), PATH));
    vec3 brick = vec3(0.72, 0.7, 0.64) * (1.0 - 0.25 * interior_grout(vec2(h.z * 4.0 + step(0.5, fract(p.y * 7.0)) * 0.5, p.y * 7.0), 0.04, 0.08));
    albedo = mix(albedo, brick, step(h.surface, 1.5) * (1.0 - on_glass));
    // ---- the bank of banana leaves and ferns each side, under the palms
    float t_bank = BANK / ax;
    float bank_z = t_bank + drift;
    float bank_y = q.y * t_bank;
    float top = -0.2 + 0.5 * vnoise(vec2(bank_z * 1.1, step(0.0, q.x) * 9.0)) + 0.07 * lsin(bank_z * 6.3);
    float in_bank = step(bank_y, top) * step(t_bank, t);
    // big paddle leaves held up and out above the mass
    float cell = floor(bank_z / 0.9);
    vec2 leaf_d = vec2(bank_z - (cell + 0.5) * 0.9, bank_y - top - 0.05);
    float tilt = hash21(vec2(cell, step(0.0, q.x))) - 0.5;
    vec2 along = vec2(leaf_d.x + leaf_d.y * tilt * 1.6, leaf_d.y);
    float paddle = step(length(along * vec2(2.6, 1.25)), 0.42) * step(-0.1, leaf_d.y) * step(t_bank, t);
    float bank = max(in_bank, paddle);
    float bank_t = bank > 0.5 ? t_bank : 1e4;
    // a paddle's midrib and the veins running out from it; in the mass, overlapping leaves
    float vein = max(line(along.x, 0.01, 0.008), 0.5 * line(fract(along.y * 16.0 - abs(along.x) * 10.0) - 0.5, 0.08, 0.1));
    float strokes = vnoise(vec2(bank_z * 5.0 + bank_y * 7.0, bank_y * 22.0));
    float edges = line(strokes - 0.55, 0.015, 0.03);
    float under = smoothstep(top - 0.6, top, bank_y);
    vec3 bank_col = v_leaf * (0.12 + 0.3 * smoothstep(0.3, 0.8, strokes) - 0.1 * edges + 0.35 * under);
    bank_col = mix(bank_col, v_leaf * (0.5 + 0.25 * vein - 0.5 * abs(along.x)), paddle);
    // ---- the palms, alternating sides down the path, nearest first
    float palm = 0.0;
    float palm_t = t;
    float frond = 0.0;
    vec2 palm_d = vec2(0.0);
    float behind = min(t, bank_t);
    for (int i = 2; i >= 0; i--) {
        vec4 pk = v_palms[i];
        vec2 d = q * pk.x - pk.yz;
        float trunk = step(abs(d.x + d.y * v_leans[i]), 0.05 - 0.012 * d.y) * step(d.y, 0.0);
        float fronds = palm_crown(d, pk.w, v_turns[i]);
        float hit = max(trunk, fronds) * step(pk.x, behind);
        palm_d = mix(palm_d, d, hit);
        frond = mix(frond, fronds, hit);
        palm_t = mix(palm_t, pk.x, hit);
        palm = max(palm, hit);
    }
    vec3 bark = vec3(0.3, 0.24, 0.16) * (0.7 + 0.3 * step(0.5, fract(palm_d.y * 14.0)));
    vec3 palm_col = mix(bark, v_leaf * (0.75 + 0.45 * step(0.0, palm_d.y) - 0.4 * smoothstep(0.0, 1.0, length(palm_d))), frond);
    // ---- the staging near the path: a slatted bench with clay pots and ferns spilling over
    float t_stage = STAGING / ax;
    float st_z = t_stage + drift;
    float st_y = q.y * t_stage;
    float pot_u = fract(st_z / 0.38) - 0.5;
    float pot = step(abs(pot_u), 0.12 + 0.07 * (st_y - BENCH) / 0.14) * step(BENCH, st_y) * step(st_y, BENCH + 0.14);
    // a fern in each pot: fronds fanning out of it, arching over, combed into leaflets
    vec2 fv = vec2(pot_u * 0.38, st_y - BENCH - 0.12);
    float blade = abs(fract(fv.x / (fv.y + 0.09) * 3.0 + 0.5) - 0.5);   // 0 on a frond's rib
    float comb = 0.4 + 0.6 * step(0.35, fract(length(fv) * 55.0 + blade * 2.0));
    float fern = step(fv.y, 0.17 - 3.5 * fv.x * fv.x) * step(-0.02, fv.y) * step(blade, 0.3 * comb);
    float bench = step(st_y, BENCH) * step(-ROOM.floor_ceil.x, st_y);
    float staging = max(max(pot, fern), bench) * step(t_stage, min(behind, palm_t));
    float board = line(st_y - BENCH + 0.03, 0.03, 0.01);
    float leg = line(fract(st_z / 1.3) - 0.5, 0.02, 0.02);
    vec3 bench_col = mix(vec3(0.05, 0.06, 0.05), IRON * 0.8, max(board, leg * step(st_y, BENCH)));
    vec3 stage_col = mix(bench_col, vec3(0.45, 0.2, 0.1) * (0.6 + 2.0 * (0.19 - abs(pot_u))), pot);
    stage_col = mix(stage_col, v_leaf * (0.35 + 1.5 * (0.3 - blade) + 0.5 * fv.y), fern);
    // ---- what the pixel sees, farthest first (a palm stands only in front of the bank), and
    // its light: the glass's light all round, the sun (or the lamps) from the left
    float plant = bank * (1.0 - palm);
    vec3 surf = mix(albedo, IRON, iron);
    float depth = t;
    surf = mix(surf, bank_col, plant);
    depth = mix(depth, t_bank, plant);
    surf = mix(surf, palm_col, palm);
    depth = mix(depth, palm_t, palm);
    surf = mix(surf, stage_col, staging);
    depth = mix(depth, t_stage, staging);
    float solid = max(max(plant, palm), staging);
    float see_glass = glass * (1.0 - solid);
    float from_left = 0.6 - 0.4 * sign(q.x) * (1.0 - far_end);
    vec3 light = v_amb * (0.55 + 0.45 * iron * (1.0 - solid)) + v_key * from_left * 0.7 + v_fill * 0.08;
    // the lamps hanging over the path: their glow on what lies near them
    float lamp_z = fract((depth + drift) / (RIB * 2.0) + 0.25) - 0.5;
    light += v_lamp * 0.6 * exp(-lamp_z * lamp_z * 24.0) / (1.0 + depth * 0.15);
    vec3 col = surf * light;
    col = mix(col, pane, see_glass);
    // the two nearest lamps themselves, small warm globes on their wires with a halo in the
    // damp air (the farther ones are lost in the haze)
    for (int i = 0; i < 2; i++) {
        float lz = v_lamps + float(i) * RIB * 2.0;
        vec2 ld = q * lz - vec2(0.0, 0.85);
        float shown = step(lz, depth + 0.01);
        col += v_lamp * shown * (1.6 * exp(-dot(ld, ld) * 900.0) + 0.12 * exp(-dot(ld, ld) * 12.0) / (1.0 + lz * 0.2));
        col += IRON * shown * line(ld.x, 0.004, lz * v_view.w) * step(0.0, ld.y) * 0.25 * (v_amb.r + v_lamp.r * 0.3);
    }
    // ---- the warm humid haze, thicker down the house and brighter on the sunlit side
    vec3 haze = mix(v_glass * 0.8 + v_lamp * 0.05, v_amb * vec3(0.95, 1.0, 0.9) * 0.62, u_daylight);
    haze *= 0.85 + 0.3 * smoothstep(0.6, -0.8, q.x);
    col = room_finish(col, depth, mix(0.09, 0.05, u_daylight), haze, 1.0);
    float cov = 1.0 - see_glass * mix(0.2, 0.1, u_daylight);
    f_color = vec4(col, cov) * v_draw.x;
}
#endif
