#version 330 core
// A brick cellar under a house, seen from the foot of its steps (midground), in one-point
// perspective (lib/land_interior.glsl). Brick walls rise to a barrel vault; a flagstone floor,
// damp and dark, shines under a bare bulb hung from the crown. Wine racks line both walls, each
// cell holding the dusty end of a bottle; two barrels lie at the far end under a small barred
// light well, through which the sky (the layers behind) shows. By night the bulb's warm pool
// fades to near black at the ends; by day (u_daylight) a cool shaft falls from the light well.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK cellar_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;    // the vanishing point (land units), edge softness, opacity
flat out vec3 v_bulb;    // the bulb's warm light
flat out vec3 v_sky;     // the cool light through the light well
flat out vec3 v_brick;   // the bricks' colour

// The per-frame constants of the picture (llvmpipe would work them out for every pixel).
void cellar_vertex() {
    float t = u_time;
    vec2 vp = vec2(aspect() * (0.5 + 0.01 * sin(t * 0.023)), 0.46 + 0.006 * sin(t * 0.019));
    v_view = vec4(vp, 1.5 / land_height_px(), clamp(u_intensity * 1.25, 0.0, 1.0));
    v_bulb = mix(ROOM_WARM, v_pal_light, 0.1) * v_breath * (1.7 - 0.9 * u_daylight);
    vec3 night = mix(ROOM_COOL, v_pal_glow, 0.1) * 0.7;
    v_sky = mix(night, vec3(0.8, 0.9, 1.0) * 2.0, u_daylight);
    v_brick = mix(vec3(0.55, 0.27, 0.17), u_palette[1], 0.1);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_bulb;
flat in vec3 v_sky;
flat in vec3 v_brick;
const float WALL = 0.95;                             // the side walls' distance; the vault's radius
const float FLOOR = 0.6;                             // the floor's depth under the eye
const float SPRING = 0.15;                           // where the vault springs from the walls
const float FAR = 3.4;                               // the far wall's distance
const vec3 BULB = vec3(0.0, 0.66, 1.45);
const vec4 WELL = vec4(-0.2, 0.6, 0.2, 0.84);        // the light well: x0, y0, x1, y1 on the far wall
const vec3 SUN_DIR = vec3(0.0, -0.8, -1.0);          // the way the light well's light travels
const float RACK = 0.7;                              // the racks' front, off the middle
const vec4 RACKS = vec4(0.8, 2.75, -FLOOR, 0.08);    // their extent: z0, z1, y0, y1
const float CELL = 0.105;                            // a rack's square cell
const vec2 BRICK = vec2(0.22, 0.075);                // a brick with its mortar

// Where the ray meets the cellar: xyz the point, w the surface (0 left wall, 1 right wall,
// 2 floor, 3 vault, 4 far wall).
vec4 cellar_hit(vec3 rd) {
    float tx = WALL / max(abs(rd.x), 1e-5);
    float tf = rd.y < 0.0 ? FLOOR / -rd.y : 1e5;
    float tz = FAR / rd.z;
    // the vault: x^2 + (y - SPRING)^2 = WALL^2 above the springing, met from inside
    float a = dot(rd.xy, rd.xy);
    float b = rd.y * SPRING;
    float tv = (b + sqrt(b * b - a * (SPRING * SPRING - WALL * WALL))) / max(a, 1e-6);
    tv = rd.y * tv > SPRING ? tv : 1e5;
    float t = min(min(tx, tf), min(tv, tz));
    float surface = t == tz ? 4.0 : (t == tv ? 3.0 : (t == tf ? 2.0 : (rd.x < 0.0 ? 0.0 : 1.0)));
    return vec4(rd * t, surface);
}

// Brickwork at uv (along the courses, up them): 1 in the mortar, 0 on a brick (tone: the
// brick's own shade, 0..1).
float bricks(vec2 uv, float px, out float tone) {
    float row = floor(uv.y / BRICK.y);
    vec2 b = vec2(uv.x / BRICK.x + 0.5 * mod(row, 2.0), uv.y / BRICK.y);
    vec2 cell = floor(b);
    tone = hash21(cell + row * 0.37);
    vec2 e = (0.5 - abs(fract(b) - 0.5)) * BRICK;       // to the nearest joint, in land units
    return smoothstep(0.012 + px, 0.012, min(e.x, e.y));
}

void main() {
    vec2 q = vec2(v_uv.x * aspect(), v_uv.y) - v_view.xy;
    vec3 rd = vec3(q, 1.0);
    vec4 hit = cellar_hit(rd);
    vec3 p = hit.xyz;
    float surface = hit.w;
    float px = v_view.z * p.z;
    float side = step(surface, 1.5);
    float floor_ = 1.0 - step(0.5, abs(surface - 2.0));
    float vault = 1.0 - step(0.5, abs(surface - 3.0));
    float far_wall = step(3.5, surface);
    vec3 n = surface < 2.5 ? interior_normal(surface)
           : (vault > 0.5 ? -vec3(p.x, p.y - SPRING, 0.0) / WALL : vec3(0.0, 0.0, -1.0));
    // ---- the shell: brick walls and vault, flagstones underfoot
    float arc = WALL * latan2(p.x, p.y - SPRING);        // along the vault from its crown
    vec2 uv = side > 0.5 ? vec2(p.z, p.y) : (vault > 0.5 ? vec2(p.z, arc) : vec2(p.x, p.y));
    float tone;
    float mortar = bricks(uv, px, tone);
    vec3 albedo = v_brick * (0.5 + 0.45 * tone) * (0.94 + 0.1 * lsin(uv.x * 61.0 + uv.y * 47.0));
    albedo = mix(albedo, vec3(0.36, 0.33, 0.3), mortar);
    float damp = (1.0 - vault) * (1.0 - floor_) * smoothstep(-0.2, -FLOOR, p.y);
    float salts = damp * smoothstep(0.55, 0.8, lsin(uv.x * 5.0 + 1.3) * lsin(uv.y * 9.0 + uv.x * 2.0));
    albedo = mix(albedo * (1.0 - 0.45 * damp), vec3(0.62, 0.6, 0.55), salts * 0.5);
    vec2 flag = vec2(p.x + 0.5 * floor(p.z / 0.5) * 0.37, p.z) / 0.5;
    float grout = interior_grout(flag, 0.025, px * 2.0);
    vec3 stone = vec3(0.34, 0.31, 0.28) * (0.75 + 0.4 * hash21(floor(flag)));
    albedo = mix(albedo, mix(stone, stone * 0.35, grout), floor_);
    // ---- light: the bulb falls off into the dark; the light well's cool light at the far end
    vec3 l = BULB - p;
    float d2 = dot(l, l);
    float facing = max(dot(n, l) * inversesqrt(d2), 0.0);
    vec3 light = v_bulb * ((0.03 + 0.22 * facing) / (d2 * (1.0 + d2) + 0.3));
    light += v_sky * (0.03 + 0.12 * smoothstep(2.2, FAR, p.z)) * (1.0 - 0.5 * u_daylight);
    vec2 s = p.xy - SUN_DIR.xy * ((FAR - p.z) / -SUN_DIR.z);  // where it came through the well
    vec2 dw = min(s - WELL.xy, WELL.zw - s);
    float sunlit = smoothstep(0.0, 0.04, min(dw.x, dw.y)) * (1.0 - far_wall);
    light += v_sky * 1.4 * u_daylight * sunlit + vec3(0.9, 0.8, 0.7) * 0.12 * u_daylight;
    float corner = smoothstep(0.0, 0.35, min(WALL - abs(p.x) + vault, min(FAR - p.z, p.y + FLOOR + vault)));
    vec3 col = albedo * light * (0.4 + 0.6 * corner);
    // the damp floor mirrors the bulb
    vec2 m = q - vec2(BULB.x, -BULB.y - 2.0 * FLOOR) / BULB.z;
    col += v_bulb * floor_ * 0.12 / (1.0 + dot(m, m) * 60.0) * (1.0 - grout);
    // ---- the wine racks on both walls: square cells, a bottle's end in most of them
    float tr = RACK / max(abs(q.x), 1e-3);
    vec3 r = vec3(sign(q.x) * RACK, q.y * tr, tr);
    if (abs(q.x) > 1e-3 && tr < p.z && r.z > RACKS.x && r.z < RACKS.y && r.y > RACKS.z && r.y < RACKS.w) {
        vec2 c = vec2(r.z, r.y - RACKS.z) / CELL;
        vec2 f = (fract(c) - 0.5) * CELL;
        float slat = smoothstep(0.045 - px, 0.045, max(abs(f.x), abs(f.y)));   // the wooden lattice
        float h = hash21(floor(c) + sign(q.x) * 17.0);
        float bottle = step(0.18, h) * smoothstep(0.034, 0.034 - px * 1.5, length(f));
        float glint = bottle * smoothstep(0.012, 0.0, length(f - vec2(-0.012, 0.014)));
        float rd2 = dot(BULB - r, BULB - r);
        vec3 rl = v_bulb * (0.02 + 0.16 / (rd2 * (1.0 + rd2) + 0.3)) + v_sky * 0.03;
        vec3 glass = mix(vec3(0.03, 0.07, 0.04), vec3(0.08, 0.025, 0.03), step(0.6, h));
        float rim = smoothstep(0.008, 0.0, abs(length(f) - 0.03));   // the bottle's lip catches light
        float dust = smoothstep(-0.01, 0.03, f.y) * 0.4;          // grey on the bottles' tops
        vec3 end_ = mix(glass, vec3(0.3, 0.28, 0.26), dust) + glass * 3.0 * rim;
        vec3 cellc = mix(vec3(0.01), end_, bottle);
        cellc = cellc * rl * 1.6 + (v_bulb * 0.25 + 0.1) * glint * min(rl.r * 3.0, 1.0);
        col = mix(cellc, vec3(0.3, 0.19, 0.11) * rl * (0.9 + 0.2 * lsin(r.z * 90.0)), slat);
        col *= smoothstep(RACKS.x, RACKS.x + 0.3, r.z);   // the near end sinks into the dark
    }
    // ---- two barrels lying at the far end, their heads towards us, hoops round their rims
    for (int k = 0; k < 2; k++) {
        vec3 c = vec3(k == 0 ? -0.5 : 0.5, -FLOOR + 0.27, FAR - 0.45);
        vec2 d = q * c.z - c.xy;
        float rr = length(d);
        if (rr < 0.3 && p.z > c.z) {
            float head = smoothstep(0.27, 0.27 - px * 2.0, rr);
            float staves = 0.85 + 0.15 * lsin(d.x * 70.0);
            float hoop = smoothstep(0.012, 0.0, abs(rr - 0.235)) + smoothstep(0.01, 0.0, abs(rr - 0.13));
            vec3 wood = vec3(0.4, 0.24, 0.13) * staves;
            vec3 bl = v_bulb * (0.03 + 0.1 / (dot(BULB - c, BULB - c) + 0.2)) + v_sky * (0.06 + 0.1 * u_daylight);
            vec3 barrel = mix(wood, vec3(0.15, 0.14, 0.14), min(hoop, 1.0)) * bl;
            col = mix(col, barrel, head);
        }
    }
    // ---- the light well in the far wall: bars across its glass, the sky behind
    vec2 w = p.xy - (WELL.xy + WELL.zw) * 0.5;
    vec2 half_ = (WELL.zw - WELL.xy) * 0.5;
    float frame = min(half_.x - abs(w.x), half_.y - abs(w.y));
    float bars = min(frame, abs(fract(w.x / 0.08) - 0.5) * 0.08 - 0.007);
    float open_ = far_wall * smoothstep(-px, px, bars);
    // ---- the bare bulb on its flex from the crown, its halo
    vec2 b = (q - BULB.xy / BULB.z) * BULB.z;
    float bulb = smoothstep(px * 2.0, 0.0, length(b * vec2(1.0, 0.8)) - 0.022);
    float flex = smoothstep(px * 1.5, 0.0, abs(b.x) - 0.003) * step(0.02, b.y) * step(p.z, FAR) * vault;
    col = mix(col, vec3(0.02), flex * (1.0 - bulb));
    col = mix(col, v_bulb * 3.0 + 0.4, bulb);
    col += v_bulb * (0.06 / (1.0 + dot(b, b) * 200.0));
    // ---- the light well's shaft by day, dust turning in it
    float inside = interior_window_beam(rd, p.z, SUN_DIR, FAR, WELL);
    vec2 mg = vec2(v_uv.x * aspect(), v_uv.y) * 120.0 + vec2(u_time * 0.03, -u_time * 0.05);
    vec2 mf = fract(mg) - 0.5;
    float mote = step(0.95, hash21(floor(mg) + u_seed)) * max(1.0 - dot(mf, mf) * 12.0, 0.0);
    col += v_sky * (0.01 + 0.1 * u_daylight) * inside + v_sky * (0.1 + 0.4 * u_daylight) * mote * min(inside * 2.0, 1.0);
    col += max(max(max(col.r, col.g), col.b) - 1.0, 0.0) * 0.6;   // light past white burns to white
    float cov = 1.0 - open_;
    f_color = vec4(col * cov, cov) * v_view.w;
}
#endif
