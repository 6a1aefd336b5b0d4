#version 330 core
// A hospital ward at night (midground), seen down its length (lib/land_room.glsl): beds with
// white sheets in a row along each wall, their heads to the wall, each with a locker and pale
// curtains bunched on a rail, pale blue walls over a grey floor, dimmed panels in the ceiling
// and a small lamp lit over each bed; at the far end a tall window onto the sky and the glow of
// the nurses' station through the doorway beside it.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(1.4, 1.4), vec2(0.62, 0.95), 6.5);
const float BEDS = 1.15;               // the beds' spacing along each wall
const vec2 FIRST_BED = vec2(1.2, 5.6); // where the rows of beds begin and end
const float BED_LONG = 0.95;           // a bed's length out from the wall
const float BED_WIDE = 0.48;           // and its width along the row
const vec4 WINDOW = vec4(-0.75, -0.15, -0.05, 0.7);   // the far window: x0, y0, x1, y1

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK ward_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"

void ward_vertex() {
    room_vertex(vec2(0.5, 0.45), 0.15, vec3(1.0, 0.6, 0.28) * 1.15, vec3(0.38, 0.55, 1.0));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

// The nearest bed the ray (direction rd, 1 / rd = inv) meets along one wall (s = -1 left,
// 1 right): its mattress on legs, its headboard against the wall. x the distance, y the
// coverage, z 1 on the mattress's top, w 1 on the headboard.
vec4 bed_on(float s, vec3 rd, vec3 inv, float soft) {
    float wall = s * ROOM.walls.x;
    float inner = wall - s * BED_LONG;
    // the stretch of depth over which the ray is above the beds' footprint
    float t0 = min(wall * inv.x, inner * inv.x);
    float t1 = max(wall * inv.x, inner * inv.x);
    float k0 = max(floor((max(t0, FIRST_BED.x) - FIRST_BED.x) / BEDS), 0.0);
    vec4 best = vec4(1e3, 0.0, 0.0, 0.0);
    for (int i = 0; i < 3; i++) {
        float k = k0 + float(i);
        float z0 = FIRST_BED.x + k * BEDS;
        if (z0 > FIRST_BED.y || z0 > t1 + BED_WIDE) break;
        vec3 b = interior_box(inv, vec3(min(wall, inner), -0.36, z0), vec3(max(wall, inner), -0.22, z0 + BED_WIDE), soft);
        if (b.y > 0.0 && b.x < best.x) best = vec4(b.x, b.y, step(0.5, b.z) * step(b.z, 1.5), 0.0);
        float back = wall - s * 0.05;
        vec3 head = interior_box(inv, vec3(min(wall, back), -0.55, z0), vec3(max(wall, back), 0.02, z0 + BED_WIDE), soft);
        if (head.y > 0.0 && head.x < best.x) best = vec4(head.x, head.y, 0.0, 1.0);
    }
    return best;
}

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_hit(q, ROOM);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float wall = room_side(h);
    float is_floor = room_on(h, 2.0);
    float ceiling = room_on(h, 3.0);
    float far_wall = room_on(h, 4.0);
    vec3 paint = mix(vec3(0.6, 0.72, 0.78), v_pal_light, 0.1);
    // ---- the walls: pale blue over a handrail; behind each bed its lamp and its curtains
    vec3 albedo = mix(paint, paint * 0.75, step(p.y, -0.15));
    albedo = mix(albedo, vec3(0.8), wall * smoothstep(px * 2.0, 0.0, abs(p.y + 0.12) - 0.012));
    float along = p.z - FIRST_BED.x;
    float slot = floor(along / BEDS);
    float in_slot = along - slot * BEDS;                            // from this bed's near edge
    float mine = wall * step(0.0, slot) * step(p.z, FIRST_BED.y + BED_WIDE);
    float curtain = mine * step(p.y, 0.82) * step(-0.4, p.y)
                  * max(step(abs(in_slot - BED_WIDE - 0.2), 0.12), step(in_slot, 0.06) * step(0.0, slot - 0.5));
    float folds = 0.8 + 0.2 * lsin(p.z * 90.0);
    albedo = mix(albedo, vec3(0.55, 0.75, 0.72) * folds, curtain);
    vec2 lamp_at = vec2(in_slot - BED_WIDE * 0.5, p.y - 0.35);
    float bed_lamp = mine * exp(-dot(lamp_at, lamp_at) * 30.0);
    // ---- the floor: grey vinyl; the ceiling: tiles, dimmed light panels, the curtains' rails
    vec3 vinyl = vec3(0.42, 0.45, 0.46) * (0.9 + 0.2 * hash21(floor(vec2(p.x, z) * 50.0)));
    albedo = mix(albedo, vinyl, is_floor);
    albedo = mix(albedo, vec3(0.75) * (1.0 - 0.2 * interior_grout(vec2(p.x, z) * 1.6, 0.02, 0.05)), ceiling);
    float panel = ceiling * interior_lights(p.x, z, 1.6, vec2(0.2, 0.3), px * 2.0);
    // ---- the far wall: a tall window onto the night, the nurses' station through the door
    float glass = far_wall * step(WINDOW.x, p.x) * step(p.x, WINDOW.z) * step(WINDOW.y, p.y) * step(p.y, WINDOW.w);
    float bars = smoothstep(0.02, 0.0, abs(fract((p.x - WINDOW.x) / 0.35) - 0.5) * 0.35 - 0.16);
    glass *= 1.0 - bars;
    float door = far_wall * step(0.25, p.x) * step(p.x, 0.8) * step(p.y, 0.45);
    // ---- light: the dimmed panels, each bed's lamp, the station's warm glow down the floor
    float tubes = room_tubes(h, ROOM, 0.0, fract(z / 1.6) - 0.5);
    vec3 to_door = vec3(0.5, -0.1, ROOM.far) - p;
    float station = 0.35 / (dot(to_door, to_door) + 0.4);
    vec3 col = room_lit(albedo, h, ROOM, v_fill * (0.05 * tubes + 0.05) + v_key * (station + 0.6 * bed_lamp + 0.02));
    col += panel * v_fill * 0.5;
    col += bed_lamp * v_key * 0.5 * smoothstep(0.02, 0.0, length(lamp_at) - 0.04);
    col = mix(col, v_key * 1.2, door);
    // ---- the beds: white sheets lit by their lamps, a dark frame beneath
    vec3 rd = vec3(q, 1.0);
    vec3 inv = 1.0 / rd;
    float soft = px * 1.5 / max(p.z, 0.1);
    vec4 left = bed_on(-1.0, rd, inv, soft);
    vec4 right = bed_on(1.0, rd, inv, soft);
    vec4 bed = left.x < right.x ? left : right;
    vec3 at = rd * bed.x;
    float from_wall = ROOM.walls.x - abs(at.x);
    float sheet_y = smoothstep(-0.34, -0.3, at.y);                  // the sheet over the frame
    float pillow = step(from_wall, 0.26) * step(-0.25, at.y);
    float blanket = step(BED_LONG - 0.42, from_wall);              // folded over the foot
    vec3 linen = mix(vec3(0.9, 0.92, 0.95), mix(vec3(0.45, 0.62, 0.7), u_palette[1], 0.2), blanket);
    linen = mix(linen, vec3(1.0), pillow);
    vec3 frame_col = vec3(0.18, 0.2, 0.22);
    float lit = 0.5 + 0.5 * bed.z;
    vec3 bed_col = mix(frame_col * (v_fill * 0.1 + v_key * 0.05), linen * (v_fill * 0.1 + v_key * (0.22 + station * 0.6) * lit), sheet_y);
    bed_col = mix(bed_col, vec3(0.75, 0.77, 0.8) * (v_fill * 0.1 + v_key * 0.08), bed.w);   // the headboard
    col = mix(col, bed_col, bed.y * step(bed.x, p.z));
    // ---- the haze; the sky shows through the window
    col = room_finish(col, p.z, 0.07, land_pal_haze() * 0.3 + v_fill * 0.02, 1.0 - glass);
    float cov = 1.0 - glass * 0.9;
    col = col * (1.0 - glass) + glass * v_fill * 0.02;
    f_color = vec4(col, cov) * v_draw.x;
}
#endif
