#version 330 core
// A library at night (midground), down its length (lib/land_room.glsl): a long reading room
// whose walls are books from the floor to the ceiling, shelf above shelf, a gallery rail along
// them; reading tables down the middle, each with a green-shaded lamp whose warm pool lies on
// the table; a tall arched window at the far end full of moonlight, which cools the shelves
// and the vault away from the lamps; a parquet floor. Far things fade into the room's dusk.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(0.95, 0.95), vec2(0.75, 1.0), 11.0);
const float TABLES = 1.7;        // the tables' spacing down the room
const float TABLE_Y = -0.45;     // the tables' top (the floor is at -0.75)

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK library_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"

void library_vertex() {
    room_vertex(vec2(0.44, 0.5), 0.3, ROOM_WARM * 1.7, ROOM_COOL * 1.4);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_hit(q, ROOM);
    vec3 p = h.p;
    float z = h.z;                                             // along the room, as the eye drifts
    float px = h.px;                                           // one pixel at this depth
    vec3 v_lamp = v_key;
    vec3 v_moon = v_fill;
    float wall = room_side(h);
    float is_floor = room_on(h, 2.0);
    float ceiling = room_on(h, 3.0);
    float far_wall = room_on(h, 4.0);
    // ---- the walls: books, shelf above shelf; a gallery rail halfway up
    float row_h = 0.17;
    float row = floor((p.y + ROOM.floor_ceil.x) / row_h);
    float in_row = fract((p.y + ROOM.floor_ceil.x) / row_h);
    float book = floor(z * 38.0 + row * 7.3);
    float hb = hash11(book + row * 13.0);
    float tall = 0.62 + 0.3 * hb;
    float spine = step(in_row, tall) * step(0.08, in_row);
    float detail = 1.0 - smoothstep(2.0, 6.0, p.z);           // far books blur into their shelves
    vec3 cloth = mix(mix(u_palette[1], u_palette[3], fract(book * 0.618)) * 0.35, vec3(0.3, 0.1, 0.06), 0.45 + 0.3 * hb);
    vec3 shelf_col = vec3(0.13, 0.08, 0.05);
    vec3 books = mix(shelf_col, cloth * (0.75 + 0.25 * step(0.5, fract(z * 38.0))), mix(0.55, spine, detail));
    float gallery = smoothstep(px * 2.0, 0.0, abs(p.y - 0.35) - 0.012);
    float upright = smoothstep(px * 2.0, 0.0, abs(fract(z / 0.9) - 0.5) * 0.9 - 0.025);   // the bays
    vec3 albedo = mix(books, vec3(0.2, 0.13, 0.07), max(gallery, upright));
    // ---- the floor: parquet; the ceiling: dark coffers
    vec2 tile = fract(vec2(p.x * 2.5, z * 2.5));
    float parquet = step(0.5, fract(floor(p.x * 2.5) * 0.5 + floor(z * 2.5) * 0.5));
    float board = fract((parquet > 0.5 ? tile.x : tile.y) * 4.0);
    vec3 floor_col = vec3(0.3, 0.18, 0.1) * (0.8 + 0.2 * step(0.1, board)) * (0.85 + 0.15 * parquet);
    albedo = mix(albedo, floor_col, is_floor);
    vec2 coffer = abs(fract(vec2(p.x * 1.4, z * 0.9)) - 0.5);
    albedo = mix(albedo, vec3(0.12, 0.09, 0.07) * (0.7 + 0.3 * step(0.42, max(coffer.x, coffer.y))), ceiling);
    // ---- light: lamp pools down the middle, warm on the near walls, the moon from the far end
    float ti = floor(z / TABLES + 0.5);
    float tz = ti * TABLES - v_draw.y;                          // the nearest table's centre
    vec3 l = vec3(0.0, TABLE_Y + 0.2, tz) - p;
    float lamp_light = 0.12 / (dot(l, l) + 0.05);
    float moonlit = 0.04 + 0.6 * smoothstep(0.0, 1.0, p.y) + 0.2 * smoothstep(4.0, ROOM.far, p.z);
    vec3 col = room_lit(albedo, h, ROOM, v_lamp * (lamp_light * (0.35 + 0.65 * wall) + 0.02) + v_moon * moonlit);
    // the far window: tall, arched, full of moonlight, with glazing bars
    vec2 wq = vec2(p.x - 0.05, p.y - 0.25);
    float arch = max(abs(wq.x) - 0.34, wq.y - 0.45 - sqrt(max(0.1156 - wq.x * wq.x, 0.0)) * 0.9);
    arch = max(arch, -wq.y - 0.6);
    float bars = min(abs(fract(wq.x * 6.0) - 0.5) / 6.0, abs(fract(wq.y * 4.0) - 0.5) / 4.0) - 0.008;
    float pane = far_wall * smoothstep(px, -px, arch) * smoothstep(-px, px, bars);
    col = mix(col, v_moon * (1.2 + 0.8 * smoothstep(-0.6, 0.6, wq.y)), pane);
    // ---- the reading tables (half LEN long, HALF wide): the ray meets their tops' plane, or
    // passes under it into the near end of the next table
    const float LEN = 0.55;
    const float HALF = 0.26;
    float down = step(q.y, -1e-3);
    float top_z = TABLE_Y / min(q.y, -1e-3);
    float k = floor((top_z + v_draw.y) / TABLES + 0.5);
    float centre = k * TABLES - v_draw.y;
    float on_top = down * step(abs(q.x * top_z), HALF) * step(abs(top_z - centre), LEN) * step(top_z, p.z);
    float end_z = room_row_after(top_z + LEN, TABLES) - LEN;
    vec2 end = vec2(abs(q.x * end_z), q.y * end_z);             // where the ray passes the end
    float apron = step(TABLE_Y - 0.05, end.y);
    float legs = step(HALF - 0.035, end.x) * step(-ROOM.floor_ceil.x, end.y);
    float on_end = down * (1.0 - on_top) * step(end_z, p.z) * step(end.x, HALF) * max(apron, legs);
    vec2 to_lamp = vec2(q.x * top_z, top_z - centre);
    vec3 wood = vec3(0.24, 0.14, 0.08);
    col = mix(col, wood * (v_lamp * 0.35 / (dot(to_lamp, to_lamp) + 0.03) + v_lamp * 0.02), on_top);
    col = mix(col, wood * 0.25 * v_lamp * (0.1 + 0.4 / end_z), on_end);
    // the lamps: a green glass shade at the middle of each table, glowing, light under it
    float lamp_z = (TABLE_Y + 0.22) / min(q.y, -1e-3);
    float lamp_k = floor((lamp_z + v_draw.y) / TABLES + 0.5);
    float lz = max(lamp_k * TABLES - v_draw.y, 0.2);
    vec2 ls = (q - vec2(0.0, (TABLE_Y + 0.22) / lz)) * lz;
    float near = step(0.9, lz) * step(lz, p.z);
    float dome = max(length(ls * vec2(1.0, 2.2)) - 0.09, -ls.y - 0.004);
    float shade = near * smoothstep(px * 1.5, -px * 1.5, dome);
    float stem = max(abs(ls.x) - 0.006, max(ls.y, -0.22 - ls.y));
    stem = min(stem, length((ls - vec2(0.0, -0.22)) * vec2(1.0, 3.0)) - 0.04);    // its foot
    float brass = near * smoothstep(px * 1.5, -px * 1.5, stem) * (1.0 - shade);
    vec3 green = vec3(0.05, 0.38, 0.16);
    float rim = smoothstep(0.012, 0.0, abs(ls.y - 0.002));
    col = mix(col, green * (0.15 + 0.5 * smoothstep(0.03, 0.005, ls.y)) + v_lamp * rim * 0.8, shade);
    col = mix(col, vec3(0.5, 0.36, 0.15) * (v_lamp * 0.25), brass);
    col += v_lamp * near * 0.35 * exp(-dot(ls + vec2(0.0, 0.02), ls + vec2(0.0, 0.02)) * 400.0);
    // dusk gathering down the room
    col = room_finish(col, max(p.z - 2.0, 0.0), 0.2, mix(land_pal_haze(), v_moon * 0.1, 0.6), 0.7 * (1.0 - pane));
    f_color = vec4(col, 1.0) * v_draw.x;
}
#endif
