#version 330 core
// A wooden shed seen from its door (midground), in one-point perspective (lib/land_interior.glsl).
// Rough vertical planks on every wall, light showing through the gaps between the boards; a small
// dusty four-pane window on the far wall through which the sky (the layers behind) shows, a
// workbench under it with a vice at its end and a jar of screws; on the left wall two shelves of
// tins, jars and paint pots; on the right wall a saw, a hammer and a coil of rope hang on nails;
// a bare bulb on its flex under the rafters, cobwebs in the far corners. By night the bulb's warm
// pool against the cool blue of the window; by day (u_daylight) bright shafts through the window,
// full of dust motes, and bright lines down the gaps.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK shed_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;    // the vanishing point (land units), edge softness, opacity
flat out vec3 v_bulb;    // the bulb's warm light
flat out vec3 v_sky;     // the cool light through the window and the gaps
flat out vec3 v_wood;    // the planks' colour

// The per-frame constants of the picture (llvmpipe would work them out for every pixel).
void shed_vertex() {
    float t = u_time;
    vec2 vp = vec2(aspect() * (0.5 + 0.012 * sin(t * 0.027)), 0.5 + 0.008 * sin(t * 0.021));
    v_view = vec4(vp, 1.5 / land_height_px(), clamp(u_intensity * 1.25, 0.0, 1.0));
    v_bulb = mix(ROOM_WARM, v_pal_light, 0.12) * v_breath * (1.6 - 1.1 * u_daylight);
    vec3 night = mix(ROOM_COOL, v_pal_glow, 0.1) * 0.9;
    v_sky = mix(night, vec3(0.78, 0.9, 1.0) * 2.2, u_daylight);
    v_wood = mix(vec3(0.5, 0.32, 0.18), u_palette[1], 0.12);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_bulb;
flat in vec3 v_sky;
flat in vec3 v_wood;
const Room ROOM = Room(vec2(0.9, 0.9), vec2(0.6, 0.66), 2.4);
const vec4 WINDOW = vec4(-0.32, 0.02, 0.32, 0.4);   // x0, y0, x1, y1 on the far wall
const vec3 SUN_DIR = vec3(0.25, -0.7, -1.0);         // the way the window's light travels
const vec3 BULB = vec3(0.12, 0.36, 1.35);
const float BENCH_Y = -0.2;                          // the workbench's top
const float BENCH_Z = 1.95;                          // its front edge
const float SHELF_X = -0.72;                         // the front of the shelves' load
const float PLANK = 0.16;                            // a plank's width

// The gap between planks across coordinate u: 1 in the dark crack, 0 on a board (soft by px).
float plank_gap(float u, float px) {
    return smoothstep(px * 1.5, 0.0, abs(fract(u / PLANK) - 0.5) * PLANK - 0.004);
}

// A plank's wood at (u across the planks, v along them): each board its own tone, grain and knots.
vec3 planks(float u, float v) {
    float k = floor(u / PLANK);
    float hk = hash11(k * 7.13 + 1.7);
    float grain = lsin(v * (9.0 + 5.0 * hk) + u * 30.0 + k * 5.1);
    return v_wood * (0.55 + 0.35 * hk) * (0.97 + 0.15 * grain);
}

// The length of the ray t (direction rd) inside the beam that the window lets through.
float beam(vec3 rd, float t) { return interior_window_beam(rd, t, SUN_DIR, ROOM.far, WINDOW); }

// 1 where the window's light falls on a point p (it came through the far wall's glass).
float sunlit(vec3 p) {
    vec2 s = p.xy - SUN_DIR.xy * ((ROOM.far - p.z) / -SUN_DIR.z);
    vec2 d = min(s - WINDOW.xy, WINDOW.zw - s);
    return smoothstep(0.0, 0.03, min(d.x, d.y));
}

// The tools on the right wall at w (along the room, up the wall): their coverage and their
// stuff (0 steel, 1 wood, 2 rope).
vec2 tools(vec2 w, float px) {
    // a saw: a tapering blade, teeth down, its wooden handle
    vec2 s = w - vec2(1.35, 0.22);
    float blade = max(abs(s.x) - 0.14, max(-s.y - 0.035 + s.x * 0.1, s.y - 0.035));
    blade += 0.006 * step(s.y, -0.015) * step(0.5, fract(s.x * 60.0));          // its teeth
    float handle = sd_box(s - vec2(-0.18, 0.0), vec2(0.045, 0.045));
    // a hammer: a handle and its steel head
    vec2 h = w - vec2(1.8, 0.12);
    float hammer = min(sd_box(h, vec2(0.012, 0.13)), sd_box(h - vec2(0.0, 0.13), vec2(0.05, 0.02)));
    // a coil of rope
    vec2 r = w - vec2(2.08, 0.16);
    float rope = abs(length(r * vec2(1.0, 0.9)) - 0.09) - 0.025;
    float d = min(min(blade, handle), min(hammer, rope));
    float kind = blade < 0.0 ? 0.0 : (hammer < 0.0 ? (h.y > 0.11 ? 0.0 : 1.0) : (rope < 0.0 ? 2.0 : 1.0));
    return vec2(smoothstep(px, -px, d), kind);
}

void main() {
    vec2 q = vec2(v_uv.x * aspect(), v_uv.y) - v_view.xy;
    vec3 rd = vec3(q, 1.0);
    vec4 hit = interior_hit(rd, ROOM.walls, ROOM.floor_ceil, ROOM.far);
    vec3 p = hit.xyz;
    float surface = hit.w;
    vec3 n = interior_normal(surface);
    float px = v_view.z * p.z;
    float side = step(surface, 1.5);
    float far_wall = step(3.5, surface);
    float floor_ = 1.0 - step(0.5, abs(surface - 2.0));
    float ceiling = 1.0 - step(0.5, abs(surface - 3.0));
    // ---- the shell: vertical planks on the walls, boards on the floor, rafters overhead
    float u = side > 0.5 ? p.z : p.x;
    vec3 albedo = planks(u, p.y);
    float gap = plank_gap(u, px) * (1.0 - floor_ - ceiling);
    albedo = mix(albedo, vec3(0.6, 0.55, 0.45), floor_ * (0.4 + 0.06 * lsin(p.x * 23.0 + p.z * 11.0)));  // sawdust
    albedo = mix(albedo, v_wood * 0.35, ceiling);
    float rafter = ceiling * step(abs(fract(p.z / 0.6) - 0.5), 0.09);
    albedo *= 1.0 - 0.6 * rafter;
    // the far window's glass: four panes between the bars
    vec2 w = p.xy - (WINDOW.xy + WINDOW.zw) * 0.5;
    vec2 half_ = (WINDOW.zw - WINDOW.xy) * 0.5;
    float frame = min(half_.x - abs(w.x), half_.y - abs(w.y));
    float bars = min(frame, min(abs(w.x), abs(w.y)) - 0.014);
    float glass = far_wall * smoothstep(-px, px, bars - 0.004);
    float sill = far_wall * smoothstep(px, -px, max(frame + 0.04, -frame - 0.0)) * (1.0 - glass);
    albedo = mix(albedo, v_wood * 0.8, sill);
    // ---- light: the bulb's pool, the window's light, the cool night in the shade
    vec3 l = BULB - p;
    float d2 = dot(l, l);
    float facing = max(dot(n, l) * inversesqrt(d2), 0.0);
    vec3 light = v_bulb * ((0.07 + 0.15 * facing) / (d2 + 0.05));
    float lit = sunlit(p) * (1.0 - far_wall);
    light += v_sky * ((0.1 + 0.25 * smoothstep(1.2, 2.4, p.z)) * (1.0 - 0.75 * u_daylight) + 1.5 * u_daylight * lit);
    light += vec3(1.0, 0.8, 0.6) * 0.3 * u_daylight;                          // the day's warm bounce
    float occ = 0.45 + 0.55 * interior_occlusion(p, surface, ROOM.walls, ROOM.floor_ceil, ROOM.far, 0.4);
    vec3 col = albedo * light * occ;
    // light through the cracks between the boards: the sky outside, where a board has shrunk
    float crack = floor(u / PLANK + 0.5);
    float open_ = step(0.7, hash11(crack * 3.7)) * step(0.55, fract(p.y * (1.2 + fract(crack * 0.618)) + crack * 0.37));
    col = mix(col, col * 0.25, gap);
    col += v_sky * (0.06 + 0.06 * u_daylight) * gap * open_;
    // ---- the shelves on the left wall: two boards, tins, jars and paint pots standing on them
    if (p.x < -0.6 && p.y > -0.3 && p.y < 0.5 && p.z > 1.0) {   // only rays that pass the shelves
        float tx = SHELF_X / min(q.x, -1e-3);
        vec3 sp = vec3(SHELF_X, q.y * tx, tx);
        float row_ = floor((sp.y + 0.16) / 0.3);
        float shelf_y = row_ * 0.3 - 0.16;
        float on_rows = step(q.x, -1e-3) * step(1.0, sp.z) * step(sp.z, 2.25) * step(0.0, row_) * step(row_, 1.0);
        float ik = floor(sp.z / 0.09 + row_ * 0.5);
        float hi = hash11(ik * 3.31 + row_ * 11.0);
        float item_h = 0.07 + 0.11 * hi;
        float in_slot = abs(fract(sp.z / 0.09 + row_ * 0.5) - 0.5);
        float item = on_rows * step(shelf_y, sp.y) * step(sp.y, shelf_y + item_h) * step(in_slot, 0.38) * step(0.15, hi);
        vec3 tin = mix(vec3(0.5, 0.52, 0.55), mix(u_palette[2], vec3(0.7, 0.2, 0.12), fract(hi * 7.0)), step(0.5, hi));
        tin *= 0.8 + 0.4 * step(shelf_y + item_h - 0.02, sp.y);                   // a lid or a rim
        vec3 shelf_light = v_bulb * (0.22 / (dot(BULB - sp, BULB - sp) + 0.05)) + v_sky * 0.15;
        col = mix(col, tin * shelf_light * (1.1 - 1.2 * in_slot), item);
        // the boards themselves, the lower seen from above, the upper from below
        float tb = (q.y < 0.0 ? -0.16 : 0.14) / (abs(q.y) < 1e-3 ? 1e-3 : q.y);
        float bx = q.x * tb;
        float board = step(bx, SHELF_X + 0.03) * step(-ROOM.walls.x, bx) * step(1.0, tb) * step(tb, 2.25);
        col = mix(col, v_wood * 0.8 * shelf_light, board * (1.0 - item));
    }
    // ---- the tools hanging on the right wall
    if (surface > 0.5 && surface < 1.5 && p.y > -0.2 && p.y < 0.45) {
        vec2 tool = tools(vec2(p.z, p.y), px);
        vec3 stuff = tool.y < 0.5 ? vec3(0.45, 0.5, 0.55) : (tool.y < 1.5 ? v_wood * 0.8 : vec3(0.55, 0.45, 0.3));
        col = mix(col, stuff * light * occ, tool.x);
    }
    // ---- the workbench under the window: its top, its dark front, a vice, a jar of screws
    float ty = BENCH_Y / min(q.y, -1e-3);
    float on_top = 0.0;
    if (p.z > 1.9 && p.y < 0.0 && abs(p.x) < 0.85) {   // only rays that pass the bench
        on_top = step(q.y, -1e-3) * step(BENCH_Z, ty) * step(ty, p.z) * step(abs(q.x * ty), 0.75);
        float front = step(q.y * BENCH_Z, BENCH_Y) * step(abs(q.x * BENCH_Z), 0.75) * step(-0.52, q.y * BENCH_Z)
                    * step(BENCH_Z, p.z) * (1.0 - on_top);
        vec3 top_p = vec3(q.x * ty, BENCH_Y, ty);
        vec3 bench_light = v_bulb * (0.22 / (dot(BULB - top_p, BULB - top_p) + 0.05)) + v_sky * (0.2 + 1.4 * u_daylight * sunlit(top_p));
        col = mix(col, v_wood * (0.8 + 0.08 * lsin(top_p.z * 40.0 + top_p.x * 4.0)) * bench_light, on_top);
        vec2 fb = q * BENCH_Z;
        float apron = step(BENCH_Y - 0.07, fb.y);
        float leg = step(0.64, abs(fb.x));
        vec3 under = v_wood * mix(0.15, 0.6, max(apron, leg));
        col = mix(col, under * (v_bulb * 0.3 + v_sky * 0.2), front);
        vec2 b = q * BENCH_Z;                                   // on the bench's front plane
        float vice = sd_box(b - vec2(0.55, BENCH_Y + 0.035), vec2(0.07, 0.035));            // its jaws
        vice = min(vice, sd_box(b - vec2(0.55, BENCH_Y - 0.03), vec2(0.1, 0.006)));        // its bar
        col = mix(col, vec3(0.2, 0.24, 0.22) * (v_bulb * 0.3 + v_sky * 0.1), smoothstep(px, -px, vice));
        vec2 j = q * 2.15 - vec2(-0.35, BENCH_Y + 0.06);       // the jar, further back on the top
        float jar = sd_box(j, vec2(0.04, 0.055)) - 0.01;
        float screws = step(j.y, 0.01) * step(0.5, fract(dot(floor(j * 90.0), vec2(0.37, 0.71))));
        vec3 jar_col = mix(v_sky * 0.25 + v_bulb * 0.1, vec3(0.55, 0.5, 0.4) * (v_bulb * 0.4 + v_sky * 0.2), screws);
        jar_col += v_bulb * 0.3 * step(abs(j.x + 0.025), 0.008);             // a glint
        col = mix(col, jar_col, smoothstep(px, -px, jar) * 0.9);
    }
    // ---- cobwebs in the far wall's top corners: spokes and sagging threads
    vec2 c = vec2(ROOM.walls.y - abs(p.x), ROOM.floor_ceil.y - p.y);
    float rad = length(c);
    if (far_wall > 0.5 && rad < 0.3) {
        float ang = latan2(c.y, c.x);
        float spokes = smoothstep(0.05, 0.0, abs(fract(ang * 2.2) - 0.5));
        float rings = smoothstep(0.06, 0.0, abs(fract(rad * 16.0 + abs(fract(ang * 2.2) - 0.5) * 0.8) - 0.5));   // sagging between spokes
        float web = (1.0 - smoothstep(0.16, 0.3, rad)) * max(spokes, rings) * 0.3;
        col = mix(col, vec3(0.7, 0.7, 0.72) * (light + v_sky * 0.3), web);
    }
    // ---- the bare bulb on its flex, its halo
    vec2 s = (q - BULB.xy / BULB.z) * BULB.z;
    float bulb = smoothstep(px * 2.0, 0.0, length(s * vec2(1.0, 0.8)) - 0.022);
    float flex = smoothstep(px * 1.5, 0.0, abs(s.x) - 0.003) * step(0.02, s.y) * step(q.y * BULB.z, ROOM.floor_ceil.y);
    col = mix(col, vec3(0.03), flex * (1.0 - bulb));
    col = mix(col, v_bulb * 3.0 + 0.4, bulb);
    col += v_bulb * (0.12 / (1.0 + dot(s, s) * 200.0));
    // ---- the window's shafts by day, dust motes turning in them
    float inside = beam(rd, min(p.z, on_top > 0.5 ? ty : p.z));
    vec2 mg = vec2(v_uv.x * aspect(), v_uv.y) * 110.0 + vec2(u_time * 0.04, -u_time * 0.07);
    float mh = hash21(floor(mg) + u_seed);
    vec2 mf = fract(mg) - 0.5;
    float mote = step(0.95, mh) * max(1.0 - dot(mf, mf) * 12.0, 0.0);
    col += v_sky * (0.02 + 0.09 * u_daylight) * inside + v_sky * (0.15 + 0.4 * u_daylight) * mote * min(inside * 2.0, 1.0);
    // the glass: the sky shows through its dust
    float dust = 0.75 + 0.25 * lsin(p.x * 41.0 + p.y * 29.0);
    float cov = 1.0 - glass * 0.5;
    col = mix(col, v_sky * (0.35 + 0.25 * u_daylight) * dust * (0.7 + 0.6 * (w.y / half_.y + 1.0) * 0.5), glass);
    col += max(max(max(col.r, col.g), col.b) - 1.0, 0.0) * 0.6;   // light past white burns to white
    f_color = vec4(col * cov, cov) * v_view.w;
}
#endif
