#version 330 core
// An outdoor swimming pool (midground): a motel's or a hotel's, seen from the paving at its
// shallow end down its length. By night the water glows turquoise from the lamps set in the
// pool's walls; by day it is bright aqua with the sun's glitter. Caustics ripple over the tiled
// bottom and its dark lane line, pale coping runs round the water, a steel ladder stands at the
// near right, sun loungers stand in a row on the paving to the right, a palm leans in from the
// left, and a low two-storey block closes the far end: a walkway along its upper floor,
// numbered doors each with a lamp over it, lit windows, a neon sign on its roof. The key light
// comes from the left (the moon by night, the sun by day). The sky is left to the layers
// behind. Ground depth: z = EYE / (HORIZON - y). Sprites (`sprites = 2`: the ground with the
// block and its sign, the palm's crown above them), so the open sky is not shaded.
#include "lib/header.glsl"
const float HORIZON = 0.5;
const float EYE = 0.32;                  // the eye's height over the paving (ground units)
const float POOL = 0.62;                 // the water's half-width
const vec2 ENDS = vec2(1.05, 7.4);       // the water's near and far ends (depth)
const float COPING = 0.07;               // the pale stone edge round the water
const vec3 BLOCK = vec3(9.0, 4.4, 0.95); // the block at the far end: depth, half-width, height
const vec2 PALM = vec2(-1.75, 3.6);      // the palm's foot (ground x, depth)
const float LOUNGERS = 1.3;              // the loungers' spacing in depth
const float LAMPS = 2.0;                 // the spacing of the lamps in the pool's walls
const float SPREAD = 0.59;               // the angle between the palm's fronds
const vec2 TURN = vec2(0.8309, 0.5564);  // (cos, sin) of SPREAD
const float TOP = 0.67;                  // the top of the block's sign: the first sprite's

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK lido_vertex
#define LAND_SPRITE lido_sprite
#include "lib/land_vertex.glsl"
#include "lib/land_building.glsl"
flat out vec4 v_view;     // aspect, edge softness, the eye's drift, time
flat out vec3 v_key;      // the key light from the left: the moon or the sun
flat out vec3 v_amb;      // the sky's light on the shaded sides
flat out vec3 v_lamp;     // the warm light of windows and door lamps (none by day)
flat out vec4 v_water;    // the lit water's colour, daylight (eased)
flat out vec3 v_neon;     // the sign's tube

void lido_vertex() {
    float day = smoothstep(0.1, 0.7, u_daylight);
    v_view = vec4(aspect(), 1.4 / land_height_px(), 0.015 * sin(u_time * 0.011), u_time);
    building_light(day, v_key, v_amb, v_lamp);
    vec3 night = mix(vec3(0.03, 0.72, 0.8), v_pal_glow, 0.12) * 1.5 * v_breath;
    vec3 noon = mix(vec3(0.22, 0.74, 0.88), v_pal_light, 0.08) * 1.1;
    v_water = vec4(mix(night, noon, day), day);
    v_neon = mix(vec3(1.0, 0.25, 0.55), v_pal_glow, 0.25) * (2.2 - 1.6 * day) * v_breath;
}

vec2 lido_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float cx = asp * 0.5;                                       // the palm's box allows for the
    vec2 crown = vec2(cx + (PALM.x - 1.5) / PALM.y - 0.03,      // eye's drift
                      cx + (PALM.x + 1.9) / PALM.y + 0.03);
    vec4 box = sprite == 0 ? vec4(0.0, 0.0, asp, TOP)
                           : vec4(crown.x, TOP, crown.y, HORIZON + (1.95 - EYE) / PALM.y);
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_key;
flat in vec3 v_amb;
flat in vec3 v_lamp;
flat in vec4 v_water;
flat in vec3 v_neon;

// The grout between square slabs or tiles of side `cell` at q: 1 on its lines, `width` wide
// (a half-width), softened over `aa`.
float grout(vec2 q, float cell, float width, float aa) {
    vec2 f = 0.5 - abs(fract(q / cell) - 0.5);
    return smoothstep(width + aa, width, min(f.x, f.y) * cell);
}

// The light of the lamps in the pool's walls at ground point g (x across, z depth).
float wall_lamps(vec2 g) {
    float lz = (fract((g.y - 0.2) / LAMPS) - 0.5) * LAMPS;
    float side = POOL - abs(g.x);
    return 0.9 / (1.0 + (side * side * 4.0 + lz * lz) * 14.0);
}

// The palm at q (ground units from its foot): its trunk's and fronds' coverage (x, y) and
// how much the fronds' upper sides face the light (z).
vec3 palm(vec2 q, float w, float t) {
    float h = clamp(q.y / 1.6, 0.0, 1.0);
    float lean = 0.42 * h * h;                                  // it leans toward the water
    float trunk = abs(q.x - lean) - mix(0.075, 0.045, h);
    float rings = 0.85 + 0.15 * smoothstep(0.3, 0.5, abs(fract(q.y * 9.0) - 0.5));
    float c_trunk = land_fill(max(trunk, max(-q.y, q.y - 1.62)), w) * rings;
    vec2 crown = vec2(0.42, 1.6);
    float fronds = 0.0;
    float lit = 0.0;
    // seven fronds fan out from the crown; a pixel can only be on the three nearest its angle
    vec2 r = q - crown;
    float angle = latan2(r.y, r.x);
    angle += angle < -1.5708 ? 6.2832 : 0.0;                     // from straight down, round
    float nearest = clamp(floor((angle + 0.2) / SPREAD + 0.5), 0.0, 6.0);
    // the crown sways as one; the fronds either side are the nearest turned by SPREAD
    float a = -0.2 + nearest * SPREAD + 0.05 * lsin(t * 0.8);
    vec2 dir = vec2(lcos(a), lsin(a));
    dir = mat2(TURN.x, -TURN.y, TURN.y, TURN.x) * dir;          // the one before it
    for (int i = -1; i <= 1; i++) {
        float k = nearest + float(i);
        float length_ = 1.0 + 0.3 * fract(k * 0.618);
        float s = clamp(dot(r, dir), 0.0, length_);
        vec2 on = dir * s - vec2(0.0, 0.8 * s * s / length_);   // drooping toward its tip
        float d = length(r - on);
        float u = sqrt(s / length_);
        float width = 0.68 * u * (1.0 - u);                      // widest a third of the way out
        // the leaflets slant back from the rib toward the frond's foot, with gaps between
        float leaflets = smoothstep(0.25, 0.4, fract((s - d * 1.3) * 15.0));
        float c = land_fill(d - width, w) * max(leaflets, land_fill(d - 0.012, w))
                * step(0.0, k) * step(k, 6.0);
        fronds = max(fronds, c);
        lit = max(lit, c * (0.45 + 0.55 * clamp(dir.y + 0.3 - u * u * 0.6, 0.0, 1.0)));
        dir = mat2(TURN.x, TURN.y, -TURN.y, TURN.x) * dir;      // the next one
    }
    return vec3(c_trunk, fronds, lit);
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float w = v_view.y;
    float t = v_view.w;
    float day = v_water.w;
    float cx = asp * (0.5 + v_view.z);
    vec3 air = mix(land_pal_air() * 0.7, atmosphere_day(0.35), day);
    vec3 col = vec3(0.0);
    float cov = 0.0;
    vec3 glow = vec3(0.0);
    // ---- far off: dark shrubs and trees along the horizon, behind the block
    float shrubs = HORIZON + 0.022 + 0.018 * vnoise1(p.x * 22.0) + 0.01 * lsin(p.x * 47.0);
    land_lay(col, cov, step(p.y, shrubs) * step(HORIZON - 0.02, p.y),
             mix(v_pal_dark * 1.4 + v_amb * 0.15, air, 0.55));
    // ---- the block at the far end: two storeys of rooms, the walkway, the roof's edge
    float zb = BLOCK.x;
    vec2 b = vec2((p.x - cx) * zb, EYE - (HORIZON - p.y) * zb);
    float front = land_fill(max(abs(b.x) - BLOCK.y, max(-b.y, b.y - BLOCK.z)), w * zb);
    float storey = step(0.46, b.y);
    float by = b.y - storey * 0.46;                             // height within its storey
    float room = floor(b.x / 0.72 + 0.5);
    float rx = b.x - room * 0.72;                               // across within its room
    float lit_room = step(0.35, hash11(room * 3.7 + storey * 11.0 + u_seed));
    float door = step(abs(rx + 0.14), 0.085) * step(by, 0.32);
    float window = step(abs(rx - 0.12), 0.11) * step(0.13, by) * step(by, 0.3);
    float door_lamp = exp(-length(vec2(rx + 0.14, by - 0.37) * vec2(1.0, 1.3)) * 40.0);
    float roof = step(BLOCK.z - 0.06, b.y);
    float rail = storey * step(by, 0.17) * max(step(abs(by - 0.16), 0.012),
                                               step(abs(fract(b.x * 12.0) - 0.5), 0.08) * 0.7);
    vec3 wall = mix(vec3(0.86, 0.8, 0.7), v_pal_light, 0.2);
    vec3 facade = wall * (v_key * 0.55 + v_amb * 0.9);
    vec3 door_col = mix(vec3(0.1, 0.45, 0.5), v_pal_glow, 0.3) * (v_key * 0.5 + v_amb * 0.8);
    facade = mix(facade, door_col, door);
    float lamp_room = 0.55 + 0.3 * hash11(room * 5.3 + storey);
    vec3 pane = mix(v_lamp * lamp_room * lit_room, atmosphere_day(0.6) * 0.35, day);
    facade = mix(facade, pane + v_pal_dark * 0.3, window);
    facade = mix(facade, wall * 0.25 * (v_key + v_amb), roof);
    facade = mix(facade, vec3(0.05) + v_key * 0.1, rail);
    facade = mix(facade, air, 0.35);                            // the air between
    land_lay(col, cov, front, facade);
    glow += v_lamp * door_lamp * front * 1.5;
    // the neon sign on a post over the roof at the right: a glowing frame, strokes inside
    vec2 s = b - vec2(3.3, 1.45);
    float post = step(abs(s.x), 0.03) * step(BLOCK.z - 1.45, s.y) * step(s.y, -0.25);
    float board = step(abs(s.x), 0.5) * step(abs(s.y), 0.25);
    float tube = smoothstep(0.035, 0.0, abs(max(abs(s.x) - 0.46, abs(s.y) - 0.21)));
    float strokes = board * step(abs(s.x), 0.38) * step(abs(s.y), 0.1)
                  * step(0.45, fract(s.x * 6.5)) * step(0.3, abs(fract(s.y * 2.6 + 0.5) - 0.5));
    land_lay(col, cov, max(post, board) * step(p.y, 0.97),
             mix(vec3(0.03, 0.03, 0.05), wall * v_key * 0.4, day) + v_neon * (tube + strokes) * 0.6);
    glow += v_neon * exp(-length(max(abs(s) - vec2(0.45, 0.2), 0.0)) * 9.0) * 0.12 * (1.0 - day * 0.8);
    // ---- the ground: paving in square slabs round the water, lit by it at night
    float below = max(HORIZON - p.y, 1e-4);
    float gz = EYE / below;
    vec2 g = vec2((p.x - cx) * gz, gz);
    float on_ground = step(p.y, HORIZON - EYE / zb);            // in front of the block's foot
    float seam = grout(g, 0.5, 0.007, gz * w);
    float grain = hash21(floor(g / 0.5));                         // each slab its own tone
    float by_water = length(max(abs(vec2(g.x, g.y - (ENDS.x + ENDS.y) * 0.5)) - vec2(POOL, (ENDS.y - ENDS.x) * 0.5), 0.0));
    vec3 stone = mix(vec3(0.72, 0.66, 0.58), v_pal_light, 0.12) * (0.85 + 0.2 * grain) * (1.0 - 0.3 * seam);
    vec3 water_light = v_water.rgb * (1.0 - day) * 0.16 * exp(-by_water * 6.0);
    vec3 ground = stone * (v_key * 0.5 + v_amb * 0.5 + water_light);
    ground = mix(ground, air, smoothstep(2.0, zb, gz) * 0.45);
    land_lay(col, cov, on_ground, ground);
    // ---- the water: the bottom's tiles, lane line and caustics through the surface, the
    // lamps in its walls, the sky mirrored more toward the far end, the sun's glitter
    float inside = step(abs(g.x), POOL) * step(ENDS.x, gz) * step(gz, ENDS.y) * on_ground;
    float ripple = vnoise(vec2(g.x * 3.0, gz * 1.6 - t * 0.35)) - 0.5;
    vec2 bottom = g + vec2(ripple * 0.02, 0.0);
    float tiles = grout(bottom, 0.18, 0.008, gz * w);
    float lane = step(abs(g.x), 0.04) * step(ENDS.x + 0.7, gz) * step(gz, ENDS.y - 0.5);
    float ends = step(abs(g.x), 0.22) * step(abs(gz - ENDS.y + 0.55), 0.05);
    float light = caustic_net(vec2(bottom.x * 2.4, bottom.y * 1.1), t);
    float lamps = wall_lamps(bottom) * (1.0 - day);
    vec3 floor_col = mix(vec3(0.8, 0.93, 0.95), vec3(0.1, 0.2, 0.45), 0.6 * max(lane, ends)) * (1.0 - 0.25 * tiles);
    vec3 under = v_water.rgb * floor_col * (mix(0.12, 0.45, day) + 0.7 * light + 2.2 * lamps);
    under *= mix(1.0, 0.55, smoothstep(ENDS.x, ENDS.y, gz));    // deeper toward the far end
    float fres = mix(0.06, 0.55, smoothstep(1.5, ENDS.y + 1.0, gz));
    vec3 sky = mix(land_pal_air() * 0.5, atmosphere_day(0.5), day);
    float glitter = pow(vnoise(vec2(g.x * 28.0, gz * 5.0 - t * 0.9)), 14.0) * day * 3.0;
    vec3 water = mix(under, sky, fres) + v_key * glitter;
    land_lay(col, cov, inside, water);
    // the coping: pale stone round the water, bright beside it at night
    float rim = step(abs(g.x), POOL + COPING) * step(ENDS.x - COPING, gz) * step(gz, ENDS.y + COPING)
              * (1.0 - inside) * on_ground;
    vec3 coping = vec3(0.88, 0.86, 0.8) * (v_key * 0.6 + v_amb * 0.6 + v_water.rgb * (1.0 - day) * 0.45);
    land_lay(col, cov, rim, coping);
    // ---- the loungers on the paving at the right: a slatted seat raised on its legs, its
    // back up at the far end, its shadow on the paving under it
    float seat_z = (EYE - 0.09) / below;
    float seat_x = (p.x - cx) * seat_z;
    float lx = POOL + COPING + 0.34;
    for (int i = 0; i < 4; i++) {
        float z0 = 1.8 + float(i) * LOUNGERS;
        float shade = step(abs(g.x - lx - 0.06 * day), 0.12) * step(z0 + 0.05, gz) * step(gz, z0 + 0.55);
        col = mix(col, col * 0.45, shade * on_ground);
        float seat = step(abs(seat_x - lx), 0.12) * step(z0, seat_z) * step(seat_z, z0 + 0.5)
                   * step(p.y, HORIZON);
        float slats = 0.75 + 0.25 * step(0.3, fract(seat_z * 16.0));
        vec2 back_q = vec2((p.x - cx) * (z0 + 0.5) - lx, EYE - (HORIZON - p.y) * (z0 + 0.5));
        float back = step(abs(back_q.x), 0.12 - (back_q.y - 0.09) * 0.12) * step(0.09, back_q.y) * step(back_q.y, 0.26);
        vec3 lounger = vec3(0.92, 0.9, 0.86) * (v_key * 0.6 + v_amb * 0.7 + v_water.rgb * (1.0 - day) * 0.2);
        land_lay(col, cov, seat, lounger * slats);
        land_lay(col, cov, back * (1.0 - seat), lounger * (0.8 + 0.2 * step(0.4, fract(back_q.y * 22.0))));
    }
    // ---- the steel ladder at the near right: two rails over the coping into the water
    float lz = 2.1;
    vec2 lq = vec2((p.x - cx) * lz - (POOL - 0.04), EYE - (HORIZON - p.y) * lz);
    float rails = sd_capsule(vec2(abs(lq.x), lq.y), vec2(0.12, -0.01), vec2(0.12, 0.1), 0.012);
    rails = land_fill(rails, w * lz);
    land_lay(col, cov, rails, vec3(0.75, 0.78, 0.8) * (v_key * 0.7 + v_amb + v_water.rgb * (1.0 - day) * 0.3));
    // ---- the palm, nearer than the far paving: dark against the sky by night, rimmed by the
    // pool's light, green and lit from the left by day
    float zp = PALM.y;
    vec2 pq = vec2((p.x - cx) * zp - PALM.x, EYE - (HORIZON - p.y) * zp);
    vec3 tree = palm(pq, w * zp, t);
    vec3 bark = vec3(0.35, 0.27, 0.2) * (v_key * 0.5 + v_amb * 0.8);
    vec3 leaves = mix(vec3(0.08, 0.32, 0.12), v_pal_glow * vec3(0.3, 0.8, 0.4), 0.15)
                * (v_key * (0.15 + 0.55 * tree.z) + v_amb * 0.5)
                + v_water.rgb * (1.0 - day) * 0.05 * (1.0 - tree.z);
    land_lay(col, cov, tree.x, bark);
    land_lay(col, cov, tree.y, leaves);
    f_color = vec4(col * cov + glow * (1.0 - cov * 0.5), cov) * land_opacity();
}
#endif
