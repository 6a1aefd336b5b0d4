#version 330 core
// A harbour (drawn over the calm water of the harbour motif, whose horizon lies at HORIZON): a
// row of painted quayside houses along the far quay under a hazy hill, their windows lit warm
// by night and mirrored in the still water; a stone breakwater on the right running out to a
// small harbour light at its tip, which shines by night; fishing boats moored in the basin,
// bobbing, each with its mast and wheelhouse; and, nearest, the corner of a stone quay with
// iron bollards and a mooring rope dipping into the water. The key light comes from the right.
#include "lib/header.glsl"
const float HORIZON = 0.42;          // the water's horizon (the motif's params.x)
const float MOUTH = 0.74;            // the harbour mouth's x (of the width): the breakwater's tip
const float TOWN_END = 0.7;          // where the far quay's town ends (of the width)

// Where the town's sprite ends and the breakwater's begins (they do not overlap).
float harbour_split(float asp) { return TOWN_END * asp + 0.045; }

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK harbour_vertex
#define LAND_SPRITE harbour_sprite
#include "lib/land_vertex.glsl"
#include "lib/land_building.glsl"
flat out vec4 v_port;     // aspect, edge softness, daylight, the harbour light's blink
flat out vec3 v_key;      // the key light from the right: the moon or the sun
flat out vec3 v_amb;      // the sky's light on the shaded sides
flat out vec3 v_lamp;     // the warm light of the windows
flat out vec3 v_air;      // the haze that distance leans toward

void harbour_vertex() {
    float day = 1.0 - atmosphere_night();
    v_port = vec4(aspect(), 1.3 / land_height_px(), day, 0.55 + 0.45 * step(0.5, fract(u_time * 0.25)));
    building_light(day, v_key, v_amb, v_lamp);
    v_air = mix(v_pal_air * 0.6, atmosphere_day(0.35), day);
}

vec2 harbour_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float split = harbour_split(asp);
    vec4 box = sprite == 0 ? vec4(0.0, HORIZON - 0.16, split, HORIZON + 0.2)  // the town
             : sprite == 1 ? vec4(split, 0.1, asp, HORIZON + 0.1)             // the breakwater
                           : vec4(0.0, 0.0, 0.42 * asp, 0.15);                // the near quay
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
#include "lib/land_building.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_port;
flat in vec3 v_key;
flat in vec3 v_amb;
flat in vec3 v_lamp;
flat in vec3 v_air;

const float QUAY = HORIZON + 0.012;  // the far quay's top, where the houses stand
const float CELL = 0.058;            // one house's plot along the far quay
const vec3 WALLS[5] = vec3[5](vec3(0.86, 0.8, 0.66), vec3(0.6, 0.72, 0.82), vec3(0.86, 0.62, 0.6),
                              vec3(0.84, 0.67, 0.38), vec3(0.9, 0.9, 0.87));

// The quayside houses at q (only left of `end`): their coverage, and their colour in `paint`.
float houses(vec2 q, float end, vec3 key, vec3 amb, vec3 lamp, float day, out vec3 paint) {
    float cell = floor(q.x / CELL);
    vec2 f = vec2(q.x - (cell + 0.5) * CELL, q.y - QUAY);
    float h = hash21(vec2(cell, 7.0));
    float half_w = CELL * (0.42 + 0.06 * h);
    float eaves = 0.045 + 0.035 * hash21(vec2(cell, 3.0));
    float ridge = eaves + half_w * 0.55;
    float wall = max(max(abs(f.x) - half_w, f.y - eaves), -f.y);
    float roof = max(abs(f.x) * 0.55 + f.y - ridge, eaves - 0.002 - f.y);
    roof = max(roof, abs(f.x) - half_w - 0.003);
    float chimney = max(abs(f.x - half_w * 0.5) - 0.004, max(f.y - ridge - 0.004, eaves - f.y));
    float shape = max(min(min(wall, roof), chimney), q.x - end);
    float lit = smoothstep(-half_w, half_w, f.x);   // the light from the right
    vec3 walls = WALLS[int(mod(cell * 3.0 + floor(h * 5.0), 5.0))];
    paint = walls * (amb * 1.2 + key * (0.2 + 0.6 * lit));
    paint = mix(paint, vec3(0.16, 0.16, 0.2) * (amb * 1.5 + key * 0.7), step(eaves, f.y));
    // two rows of windows and a door; some windows lit by night
    vec2 wq = vec2(abs(f.x) - half_w * 0.5, f.y - eaves * 0.62);
    float window = max(abs(wq.x) - 0.0055, abs(wq.y) - 0.007);
    vec2 lq = vec2(abs(f.x) - half_w * 0.5, f.y - eaves * 0.22);
    window = min(window, max(max(abs(lq.x) - 0.0055, abs(lq.y) - 0.007), 0.003 - abs(f.x)));
    float door = max(abs(f.x) - 0.006, f.y - 0.022);
    float on = step(0.45, hash21(vec2(cell, floor(f.y / eaves * 2.0) + sign(f.x))));
    vec3 pane = mix(vec3(0.05, 0.06, 0.08) * (amb * 2.0 + key * 0.4) + vec3(0.12) * day, lamp * 1.5, on * (1.0 - day));
    paint = mix(paint, pane, step(window, 0.0) * step(wall, 0.0));
    paint = mix(paint, walls * 0.35 * (amb + key * 0.4), step(door, 0.0) * step(wall, 0.0));
    return step(shape, 0.0);
}

void main() {
    float asp = v_port.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float w = v_port.y;
    float day = v_port.z;
    vec3 key = v_key, amb = v_amb, lamp = v_lamp, air = v_air;
    vec3 col = vec3(0.0);
    float cov = 0.0;
    vec3 stone = vec3(0.62, 0.6, 0.56);
    float end = TOWN_END * asp;                               // the town ends, the mouth opens
    float edge = smoothstep(end, end - 0.03, p.x);
    if (p.x >= harbour_split(asp)) {  // (each sprite shades only its own part)
        // ---- the breakwater on the right, from the harbour mouth to the near edge
        float t = clamp((p.x - 0.74 * asp) / (0.3 * asp), 0.0, 1.0);
        float water_y = mix(HORIZON - 0.002, 0.12, t);
        float height = mix(0.01, 0.1, t);
        float breakwater = max(max(water_y - p.y, p.y - water_y - height), 0.74 * asp - p.x);
        float top = smoothstep(0.55, 0.85, (p.y - water_y) / height);
        vec2 course = vec2((p.x - 0.74 * asp) / max(t, 0.1), (p.y - water_y) / max(height, 0.001));
        float blocks = ashlar(course * vec2(0.08, 0.06));
        vec3 face = stone * blocks * mix(amb * 0.45 + key * 0.08, amb * 1.3 + key * 0.9, top);
        face *= 1.0 - 0.35 * smoothstep(0.25, 0.0, (p.y - water_y) / height);   // wet at the foot
        land_lay(col, cov, land_fill(breakwater, w), mix(face, air, 0.35 * (1.0 - t)));
        // the harbour light on its tip: a small white tower, a red lantern that shines by night
        vec2 lq = vec2(p.x - 0.745 * asp, p.y - HORIZON - 0.004);
        float tower = max(abs(lq.x) - 0.006 + lq.y * 0.03, max(-lq.y, lq.y - 0.045));
        float cap = max(abs(lq.x) - 0.007, abs(lq.y - 0.05) - 0.006);
        land_lay(col, cov, land_fill(tower, w), mix(vec3(0.9) * (amb * 1.3 + key * (0.4 + 0.6 * step(0.0, lq.x))), air, 0.2));
        land_lay(col, cov, land_fill(cap, w), vec3(0.7, 0.12, 0.1) * (amb + key * 0.6));
        float blink = v_port.w;
        vec3 beacon = vec3(1.0, 0.25, 0.15) * (1.0 - day) * blink;
        col += beacon * (exp(-length(lq - vec2(0.0, 0.05)) * 160.0) * 1.5 + exp(-length(lq - vec2(0.0, 0.05)) * 60.0) * 0.3);
        col += beacon * 0.3 * exp(-abs(lq.x) * 120.0) * smoothstep(0.0, -0.05, lq.y) * smoothstep(-0.12, -0.02, lq.y);
    } else if (p.y < 0.15) {
        // ---- the near quay's corner at the lower left: its stones, iron bollards, a mooring rope
        float quay_top = 0.085 - p.x * 0.04;
        float near_quay = max(p.y - quay_top, p.x - 0.36 * asp + p.y * 0.5);
        float lip = smoothstep(quay_top - 0.012, quay_top, p.y);
        vec3 near_stone = stone * ashlar(p * vec2(0.7, 0.9)) * (amb * 1.2 + key * (0.3 + 0.5 * lip));
        land_lay(col, cov, land_fill(near_quay, w), near_stone * 0.85);
        for (int i = 0; i < 2; i++) {
            vec2 b = vec2((0.08 + 0.16 * float(i)) * asp, 0.085 - (0.08 + 0.16 * float(i)) * asp * 0.04);
            vec2 bq = p - b;
            float post = max(abs(bq.x) - 0.011 + bq.y * 0.12, max(-bq.y, bq.y - 0.03));
            post = min(post, length(vec2(bq.x, (bq.y - 0.032) * 1.6)) - 0.015);
            vec3 iron = vec3(0.1, 0.1, 0.11) * (amb * 1.5 + key * (0.4 + 0.8 * smoothstep(-0.01, 0.012, bq.x)));
            land_lay(col, cov, land_fill(post, w), iron);
        }
        vec2 from_ = vec2(0.24 * asp, 0.112);
        vec2 to = vec2(0.31 * asp, 0.03);
        float s_ = clamp((p.x - from_.x) / (to.x - from_.x), 0.0, 1.0);
        float rope_y = mix(from_.y, to.y, s_) - 0.025 * lsin(3.14159 * s_);
        float rope = max(abs(p.y - rope_y) - 0.003, max(from_.x - p.x, p.x - to.x));
        land_lay(col, cov, land_fill(rope, w), vec3(0.45, 0.36, 0.22) * (amb * 1.5 + key * 0.6));
    } else {
        // ---- the hill behind the town, hazy, with a few lit windows higher up by night
        if (p.y > HORIZON - 0.006) {
            float hill_top = QUAY + 0.07 + 0.06 * smoothstep(0.0, 0.5 * asp, p.x) * smoothstep(end + 0.1, 0.3 * asp, p.x)
                           + 0.012 * vnoise(vec2(p.x * 14.0, 1.0));
            float hill = land_fill(p.y - hill_top, w) * smoothstep(end + 0.04, end - 0.08, p.x);
            vec3 slope = mix(vec3(0.18, 0.22, 0.14) * (amb * 1.4 + key * 0.5), air, 0.55);
            land_lay(col, cov, hill, slope);
            vec2 far_win = vec2(floor(p.x / 0.011), floor(p.y / 0.009));
            float far_lit = step(0.93, hash21(far_win)) * step(QUAY + 0.09, p.y) * hill;
            col += lamp * 0.6 * far_lit * step(length(fract(p / vec2(0.011, 0.009)) - 0.5), 0.22);
            // ---- the far quay and its houses, hazy with distance
            if (p.y < QUAY + 0.01) {
                float quay = land_fill(max(abs(p.y - HORIZON - 0.004) - 0.008, p.x - end), w);
                land_lay(col, cov, quay, mix(stone * ashlar(p * 1.6) * (amb * 1.3 + key * 0.7), air, 0.3));
            }
            if (p.y < QUAY + 0.13 && p.x < end) {
                vec3 house;
                float built = houses(p, end, key, amb, lamp, day, house);
                land_lay(col, cov, built * edge, mix(house, air, 0.25));
            }
        }
        // ---- their reflection in the still water: dimmer, rippled, lit windows drawn out long
        float below = HORIZON - 0.004 - p.y;
        if (below > 0.0 && below < 0.12 && p.x < end) {
            float ripple = vnoise(vec2(p.x * 70.0, p.y * 260.0 - u_time * 0.6)) - 0.5;
            vec2 m = vec2(p.x + ripple * 0.004, HORIZON + 0.004 + below * 0.75);
            vec3 mirrored;
            float seen = houses(m, end, key, amb, lamp, day, mirrored) * edge;
            float fade = (1.0 - below / 0.12) * 0.55;
            col = mix(col, mirrored * 0.55, seen * fade);
            cov = max(cov, seen * fade);
        }
        // ---- fishing boats moored in the basin, bobbing, larger as they come nearer
        // (they lie apart along the basin: only the one nearest in x can be here)
        float k = clamp(floor((p.x / asp - 0.14) / 0.16 + 0.5), 0.0, 3.0);
        vec2 at = vec2((0.14 + 0.16 * k + 0.05 * hash21(vec2(k, u_seed))) * asp, HORIZON - 0.05 - 0.025 * mod(k * 2.0, 3.0));
        float s = 1.0 + (HORIZON - at.y) * 7.0;
        vec2 d = p - at;
        if (abs(d.x) < 0.035 * s && d.y < 0.075 * s && d.y > -0.03 * s) {
            vec2 q = (p - at - vec2(0.0, 0.002 * lsin(u_time * 0.9 + k * 2.1))) / (0.03 * s);
            q = rot2(0.03 * lsin(u_time * 0.7 + k)) * q;
            float hull = max(max(abs(q.x) - 1.0 + max(-q.y, 0.0) * 1.2, q.y - 0.32), -q.y - 0.25);
            float cabin = max(abs(q.x + 0.2) - 0.28, max(0.3 - q.y, q.y - 0.75));
            float mast = max(abs(q.x - 0.3) - 0.03, max(0.3 - q.y, q.y - 2.2));
            float stay = max(abs((q.x - 0.3) + (q.y - 2.2) * 0.55) - 0.025, max(0.3 - q.y, q.y - 2.2));
            vec3 paint = WALLS[int(mod(k * 2.0 + 1.0, 5.0))] * vec3(0.9, 0.75, 0.8);
            float side = 0.4 + 0.6 * smoothstep(-1.0, 1.0, q.x);
            vec3 hull_col = mix(paint, vec3(0.55, 0.12, 0.1), step(q.y, 0.02)) * (amb * 1.3 + key * side);
            float far = (HORIZON - at.y) * 6.0;
            float bw = w / (0.03 * s);
            land_lay(col, cov, land_fill(min(mast, stay), bw * 0.7), mix(vec3(0.15) * (amb + key * 0.5), air, 0.3 - far * 0.5));
            land_lay(col, cov, land_fill(cabin, bw), mix(vec3(0.85, 0.84, 0.8) * (amb * 1.3 + key * side), air, 0.3 - far * 0.5));
            land_lay(col, cov, land_fill(hull, bw), mix(hull_col, air, 0.3 - far * 0.5));
            // its reflection and a lit cabin window by night
            float rq = max(abs(q.x) - 0.9, max(q.y + 0.8, -q.y - 0.1 - 0.7 * (1.0 - abs(q.x))));
            land_lay(col, cov, land_fill(rq, bw * 3.0) * 0.5 * (1.0 - cov), hull_col * 0.4);
            col += lamp * 0.8 * land_fill(max(abs(q.x + 0.2) - 0.1, abs(q.y - 0.55) - 0.09), bw);
        }
    }
    f_color = vec4(col * cov, cov) * land_opacity();
}
#endif
