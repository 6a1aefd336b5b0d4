#version 330 core
// A shopping mall (midground), seen down its atrium (lib/land_room.glsl): two storeys of lit
// shop fronts along both sides under signs in the palette's colours, a gallery along each upper
// storey with a glass balustrade and downlights under its edge, an escalator climbing beside
// the left gallery with its steps moving, a fountain playing in a round basin down the middle,
// a polished floor, and over it all a glazed roof onto the sky (the layers behind). The shops
// glow warm; the roof lets in the sky's cool light. Further is hazier; the eye drifts.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
const Room ROOM = Room(vec2(3.0, 3.0), vec2(0.7, 3.4), 14.0);
const float GALLERY_Y = 1.2;            // the upper storey's floor
const float GALLERY_X = 2.1;            // the galleries' edges, from the middle
const float BAY = 2.2;                  // the shop fronts' spacing along the walls
const vec2 FOUNTAIN = vec2(7.5, 0.85);  // the basin's distance and radius
const float RIM = -0.4;                 // the basin's rim and the water in it
const vec4 ESCALATOR = vec4(-2.1, -1.45, 3.0, 7.0);  // its sides' x, and where it starts and lands
const float STEP_RISE = (GALLERY_Y + 0.7) / (ESCALATOR.w - ESCALATOR.z);  // its slope

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK mall_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_room.glsl"

void mall_vertex() {
    room_vertex(vec2(0.5, 0.4), 0.4, ROOM_WARM * 1.3, vec3(0.5, 0.66, 1.0));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_room.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

// A side wall at (along, up): the shop fronts of both storeys (rgb lit as it is, a: how much of
// it glows on its own, 0 on the bare wall).
vec4 shop_fronts(float z, float y, float px) {
    float bay = floor(z / BAY);
    float along = abs(fract(z / BAY) - 0.5) * BAY;
    float pier = smoothstep(BAY * 0.5 - 0.16, BAY * 0.5 - 0.16 + px, along);
    float upper = step(GALLERY_Y, y);
    float base = upper > 0.5 ? GALLERY_Y : -ROOM.floor_ceil.x;
    float h = y - base;
    float glass = step(0.08, h) * step(h, 1.15) * (1.0 - pier);
    float sign_ = smoothstep(1.22, 1.22 + px, h) * smoothstep(1.42 + px, 1.42, h) * step(along, BAY * 0.38);
    float id = hash21(vec2(bay, upper) + u_seed);
    // in the window: a warm interior brighter toward its lights, three shelves with goods
    // standing on them, a darker door in some, a sheen across the glass
    float level = fract(h * 2.6);                                  // up one shelf's height
    float shelf = smoothstep(0.0, 0.04, level) * smoothstep(0.1, 0.06, level);
    float slot = floor(z * 11.0);
    float gw = 0.25 + 0.5 * hash21(vec2(slot, floor(h * 2.6)) + id * 17.0);   // a good's width
    float good = step(abs(fract(z * 11.0) - 0.5), gw * 0.5) * step(0.1, level) * step(level, 0.45 + 0.3 * gw);
    vec3 lamp = mix(vec3(1.0, 0.6, 0.28), vec3(0.92, 0.95, 1.0), step(0.7, id) * 0.7);   // most warm, some white
    vec3 inside = mix(lamp, v_pal_glow, 0.15) * (0.45 + 0.35 * id) * (0.55 + 0.45 * h);
    vec3 ware = mix(u_palette[2], u_palette[1], hash21(vec2(slot, id)));
    inside = mix(inside, ware / max(max(ware.r, ware.g), max(ware.b, 1e-3)) * 0.55, good * 0.7);
    inside *= 1.0 - 0.6 * shelf;
    float door = step(abs(fract(z / BAY) - 0.5 + 0.25 * (id - 0.5)), 0.07) * step(h, 0.85);
    inside *= 1.0 - 0.6 * door;
    inside += 0.12 * smoothstep(0.06, 0.0, abs(fract(z / BAY - h * 0.35) - 0.3));   // the glass's sheen
    vec3 accent = u_palette[2] / max(max(u_palette[2].r, u_palette[2].g), max(u_palette[2].b, 1e-3));
    vec3 signs = mix(accent, mix(vec3(1.0), v_pal_light, 0.5), step(0.5, id));
    float letters = step(0.35, hash11(floor(z * 14.0) + id * 31.0)) * step(abs(h - 1.32), 0.05)
        * step(along, BAY * 0.3);
    signs *= 1.0 - 0.7 * letters;                                  // the shop's name on it
    vec3 col = inside * glass + signs * 1.4 * sign_;
    return vec4(col, max(glass, sign_));
}

// The fountain's jets at the point w of the plane through its middle: a column that rises and
// falls and four arcs that spill round it, sparkling (0..).
float fountain_jets(vec2 w, float t) {
    float rise = RIM + 1.25 + 0.08 * sin(t * 1.3);
    float up = w.y - RIM;
    float column = exp(-pow(w.x / (0.025 + 0.03 * up), 2.0)) * step(0.0, up) * smoothstep(rise, rise - 0.2, w.y);
    float arcs = 0.0;
    for (int k = 0; k < 2; k++) {
        float reach = 0.45 + 0.2 * float(k);
        float top = rise - 0.25 - 0.15 * float(k);
        float y = top - (top - RIM) * pow(w.x / reach, 2.0);
        arcs += exp(-pow((w.y - y) / 0.025, 2.0)) * step(abs(w.x), reach) * step(RIM, w.y);
    }
    float sparkle = 0.6 + 0.4 * sin(w.y * 40.0 - t * 7.0 + w.x * 13.0);
    return (column * 0.9 + arcs * 0.6) * sparkle;
}

void main() {
    vec2 q = room_q(v_uv);
    RoomHit h = room_hit(q, ROOM);
    vec3 p = h.p;
    float z = h.z;
    float px = h.px;
    float t = v_draw.z;
    float wall = room_side(h);
    float is_floor = room_on(h, 2.0);
    float roof = room_on(h, 3.0);
    vec3 rd = vec3(q, 1.0);
    // ---- what the room's surfaces show: shop fronts on the walls, stone on the floor, the
    // glazed roof's ribs
    float far_wall = room_on(h, 4.0);
    vec4 shops = shop_fronts(mix(z, p.x + 9.0, far_wall), p.y, px) * (wall + far_wall);   // a store at the end
    vec2 slab = vec2(p.x, z) / 1.2;
    vec3 stone = mix(vec3(0.5, 0.48, 0.45), vec3(0.36, 0.34, 0.32), step(0.5, hash21(floor(slab))));
    stone *= 1.0 - 0.3 * interior_grout(slab, 0.0, px / 1.2);
    vec2 rib = abs(fract(vec2(p.x / 0.75, z / 1.1)) - 0.5);
    float bars = smoothstep(0.42, 0.46, max(rib.x, rib.y));
    float glass = roof * (1.0 - bars);
    vec3 albedo = mix(vec3(0.55, 0.53, 0.5), stone, is_floor);
    albedo = mix(albedo, vec3(0.35, 0.36, 0.38), roof);
    // ---- light: the shops' warm spill near the walls, the roof's cool daylight from above
    float spill = smoothstep(1.6, 3.0, abs(p.x)) * is_floor + wall * 0.35;
    float sky = 0.2 + 0.15 * is_floor + 0.2 * roof;
    vec3 col = room_lit(albedo, h, ROOM, v_key * (spill * 0.5 + 0.06) + v_fill * sky);
    col = mix(col, shops.rgb * 0.8, shops.a);   // the shops are lit from within
    // the polished floor mirrors the shop fronts' glow along its edges
    col += is_floor * v_key * 0.12 * smoothstep(1.8, 3.0, abs(p.x)) * (0.6 + 0.4 * sin(z * 2.86));
    float depth = p.z;
    // ---- the galleries: a slab along each upper storey, its edge lit, downlights under it,
    // a glass balustrade on it
    vec3 inv = 1.0 / rd;
    for (int s = 0; s < 2; s++) {
        float side = float(s) * 2.0 - 1.0;
        vec3 lo = vec3(side < 0.0 ? -ROOM.walls.x : GALLERY_X, GALLERY_Y - 0.16, 0.3);
        vec3 hi = vec3(side < 0.0 ? -GALLERY_X : ROOM.walls.y, GALLERY_Y, ROOM.far);
        vec3 g = interior_box(inv, lo, hi, px * 1.5 / max(depth, 0.1));
        if (g.y > 0.0 && g.x < depth) {
            vec3 at = rd * g.x;
            float edge = step(g.z, 0.5);                           // its front edge, else its underside
            vec2 d = vec2(abs(at.x) - GALLERY_X - 0.25, (fract((at.z + v_draw.y) / 1.1) - 0.5) * 1.1);
            float spot = exp(-dot(d, d) * 900.0);
            vec3 under = vec3(0.22, 0.22, 0.24) * (v_fill * 0.25 + v_key * 0.2) + v_key * spot * 1.5;
            vec3 front = vec3(0.85, 0.85, 0.88) * (v_key * 0.35 + v_fill * 0.3);
            col = mix(col, mix(under, front, edge), g.y);
            depth = mix(depth, g.x, g.y);
        }
        float tb = side * GALLERY_X / q.x;                         // the balustrade's plane
        float yb = q.y * tb - GALLERY_Y;
        if (tb > 0.0 && tb < depth && yb > 0.0 && yb < 0.5) {
            float rail = smoothstep(0.045, 0.03, abs(yb - 0.47));
            col = mix(col, col * 0.8 + v_fill * 0.05, 0.5);         // the tinted glass
            col = mix(col, vec3(0.5, 0.5, 0.52) * (v_key * 0.4 + v_fill * 0.3), rail);
        }
    }
    // ---- the escalator beside the left gallery: its steps (seen from above near the foot),
    // its underside, its side panel with a glass balustrade and a handrail
    float run = 0.7 + ESCALATOR.z * STEP_RISE;
    float te = 1e3;
    vec3 esc = vec3(0.0);
    float denom = STEP_RISE - q.y;
    if (denom > 0.0) {
        for (int k = 0; k < 2; k++) {
            float tk = (run + 0.4 * float(k)) / denom;              // the steps' plane, then the underside's
            vec3 at = rd * tk;
            if (te > 1e2 && at.z > ESCALATOR.z && at.z < ESCALATOR.w && at.x > ESCALATOR.x && at.x < ESCALATOR.y) {
                te = tk;
                float stair = fract(at.z * 7.0 - t * 0.35);
                vec3 steps = vec3(0.3, 0.3, 0.32) * (0.6 + 0.4 * step(0.15, stair)) * (v_key * 0.3 + v_fill * 0.35);
                steps += vec3(1.0, 0.8, 0.2) * 0.25 * (1.0 - step(0.08, stair)) * v_key.r;   // the yellow edges
                vec3 under = vec3(0.4, 0.41, 0.43) * (v_fill * 0.3 + v_key * 0.1);
                esc = k == 0 ? steps : under;
            }
        }
    }
    float ts = q.x < 0.0 ? ESCALATOR.y / q.x : -1.0;                // its side panel, facing the middle
    if (ts > 0.0 && ts < te && ts > ESCALATOR.z - 0.4 && ts < ESCALATOR.w) {
        float top = -ROOM.floor_ceil.x + (ts - ESCALATOR.z) * STEP_RISE;
        float y = q.y * ts;
        if (y > top - 0.45 && y < top + 0.4) {
            te = ts;
            float panel = step(y, top);
            float rail = smoothstep(0.05, 0.03, abs(y - top - 0.36));
            float sheen = 0.7 + 0.3 * smoothstep(top - 0.45, top, y);
            esc = mix(col * 0.75 + v_fill * 0.04, vec3(0.3, 0.31, 0.34) * sheen * (v_key * 0.15 + v_fill * 0.4), panel);
            esc = mix(esc, vec3(0.05) + v_key * 0.05, rail);
        }
    }
    if (te < depth) {
        col = esc;
        depth = te;
    }
    // ---- the fountain: its round basin's stone wall, the water inside, the jets over it
    float a = q.x * q.x + 1.0;
    float c = FOUNTAIN.x * FOUNTAIN.x - FOUNTAIN.y * FOUNTAIN.y;
    float disc = FOUNTAIN.x * FOUNTAIN.x - a * c;
    if (disc > 0.0) {
        float tf = (FOUNTAIN.x - sqrt(disc)) / a;                   // the basin's near wall
        float y = q.y * tf;
        float tw = q.y < 0.0 ? (RIM - 0.05) / q.y : 1e3;            // the water in it
        vec3 on = rd * tw;
        bool water = length(vec2(on.x, on.z - FOUNTAIN.x)) < FOUNTAIN.y * 0.95 && tw < depth;
        if (tf < depth && y < RIM && y > -ROOM.floor_ceil.x) {
            float lip = smoothstep(0.05, 0.03, RIM - y);
            col = vec3(0.6, 0.58, 0.55) * (v_key * (0.3 + 0.4 * lip) + v_fill * 0.35);
            depth = tf;
        } else if (water) {
            float ripple = 0.5 + 0.5 * sin(length(vec2(on.x, on.z - FOUNTAIN.x)) * 40.0 - t * 3.0);
            col = v_fill * 0.12 + v_key * 0.08 * ripple + u_palette[1] * 0.15;
            depth = tw;
        }
    }
    if (FOUNTAIN.x < depth + 0.5) {
        col += (v_fill * 0.5 + vec3(0.6)) * 0.9 * fountain_jets(q * FOUNTAIN.x, t);
    }
    // ---- the haze down the atrium; the sky through the roof's glass
    float open = glass * step(p.z - 0.01, depth);
    col = room_finish(col, depth, 0.045, land_pal_haze() * 0.35 + v_fill * 0.03, 1.0 - open);
    f_color = vec4(col * (1.0 - open), 1.0 - open * 0.95) * v_draw.x;
}
#endif
