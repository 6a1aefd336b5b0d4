#version 330 core
// A cinema (midground): a dark auditorium seen from the middle rows, in one-point perspective
// (lib/land_interior.glsl). Rows of red plush seats step down toward a big screen, which shows
// the dream's palette (what is playing) and is the main light: it rims the seat backs and the
// heads of a few people watching, and washes the side walls and the velvet curtains at its
// sides. The projector's beam runs from behind and above through dusty air; small warm lights
// mark the steps of the two aisles; an exit sign glows green by the front. A cinema has no
// windows: by day it is nearly as dark (u_daylight only lifts the shadows a little).
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK cinema_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // the vanishing point (land units), edge softness, the day's lift
flat out vec3 v_light;    // the screen's light
flat out vec3 v_warm;     // the aisle lights
flat out vec3 v_velvet;   // the seats' and curtains' plush
flat out vec3 v_fabric;   // the side walls' fabric
flat out vec2 v_film;     // what is playing: its drift, its sun's place across the screen

// The per-frame constants of the picture (llvmpipe would work them out for every pixel).
void cinema_vertex() {
    vec2 vp = vec2(aspect() * (0.5 + 0.012 * sin(u_time * 0.029)), 0.57 + 0.01 * sin(u_time * 0.021));
    v_view = vec4(vp, 1.5 / land_height_px(), 1.0 + 1.5 * u_daylight);
    vec3 c = mix(mix(u_palette[2], u_palette[3], 0.5), vec3(0.8, 0.85, 1.0), 0.35);
    v_light = c / max(luma(c), 0.08) * (0.85 + 0.1 * sin(u_time * 0.3));
    v_warm = mix(ROOM_WARM, v_pal_light, 0.1);
    v_velvet = mix(vec3(0.5, 0.05, 0.07), u_palette[1], 0.15);
    v_fabric = mix(vec3(0.12, 0.04, 0.045), u_palette[1], 0.12);
    float t = u_time * 0.05;
    v_film = vec2(t, 0.5 + 0.25 * sin(t * 0.6));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_light;
flat in vec3 v_warm;
flat in vec3 v_velvet;
flat in vec3 v_fabric;
flat in vec2 v_film;
const vec2 WALLS = vec2(1.45, 1.45);
const vec2 FLOOR_CEIL = vec2(1.05, 0.95);
const float FAR = 3.3;
const vec4 SCREEN = vec4(-1.0, -0.42, 1.0, 0.56);  // x0, y0, x1, y1 on the far wall
const vec3 PROJECTOR = vec3(0.0, 0.8, -0.6);
const int ROWS = 7;
const float ROW0 = 0.45;      // the first row's seat backs (the row in front of the eye)
const float ROW_STEP = 0.4;   // from one row to the next
const float RAKE = 0.075;     // how far each row's floor steps down toward the screen
const float FLOOR0 = -0.7;    // the first row's floor under the eye
const float BACK = 0.4;       // a seat back's height over its floor
const float SEAT_W = 0.22;
const vec2 AISLE = vec2(0.95, 1.2);  // |x| between these: an aisle of steps

// What is playing: soft shapes in the palette's colours under a slow drift, bright.
vec3 film(vec2 s) {
    float t = v_film.x;
    vec3 sky = mix(u_palette[2], u_palette[3], smoothstep(0.2, 1.0, s.y + 0.15 * lsin(s.x * 3.0 + t)));
    vec3 land = mix(u_palette[1], u_palette[0], 0.4);
    float ground = smoothstep(0.02, -0.02, s.y - 0.32 - 0.08 * lsin(s.x * 4.0 - t * 0.7));
    vec3 c = mix(sky, land, ground * 0.8);
    vec2 sun = s - vec2(v_film.y, 0.58);
    c += mix(u_palette[3], vec3(1.0), 0.5) * 0.6 / (1.0 + dot(sun, sun) * 60.0);
    c = max(mix(vec3(luma(c)), c, 1.5), 0.0);  // a film's colours, fuller than the palette's
    return c / max(luma(c), 0.08) * 0.6;
}

// How much of the screen's light reaches p (normal n): a soft area light at its centre.
float screen_reach(vec3 p, vec3 n) {
    vec3 l = vec3(0.0, 0.07, FAR) - p;
    float d2 = dot(l, l);
    return max(dot(n, l) * inversesqrt(d2), 0.0) * 1.6 / (1.0 + d2 * 0.5);
}

// Narrows the ray's range t (x..y) to where a t + b < 0.
void below(float a, float b, inout vec2 range) {
    if (a > 0.0) range.y = min(range.y, -b / a);
    else if (a < 0.0) range.x = max(range.x, -b / a);
    else if (b >= 0.0) range.y = range.x;
}

// The projector's light along a ray up to distance t: the stretch inside the beam (the points
// whose line from the projector lands on the screen), weighted by the beam's falloff 1/d^2.
float beam(vec3 rd, float t) {
    float d = FAR - PROJECTOR.z;
    vec2 range = vec2(0.0, t);
    vec2 lo = SCREEN.xy - PROJECTOR.xy;
    vec2 hi = SCREEN.zw - PROJECTOR.xy;
    below(lo.x - rd.x * d, PROJECTOR.x * d - lo.x * PROJECTOR.z, range);
    below(lo.y - rd.y * d, PROJECTOR.y * d - lo.y * PROJECTOR.z, range);
    below(rd.x * d - hi.x, hi.x * PROJECTOR.z - PROJECTOR.x * d, range);
    below(rd.y * d - hi.y, hi.y * PROJECTOR.z - PROJECTOR.y * d, range);
    if (range.y <= range.x) return 0.0;
    return 1.0 / (range.x - PROJECTOR.z) - 1.0 / (range.y - PROJECTOR.z);
}

// The shell where the ray meets it (hit, see interior_hit): the side walls in pleated fabric,
// the ceiling and the front floor darker, the far wall with the screen and its curtains, an exit
// sign on the left wall; all lit by the screen (light).
vec3 shell(vec4 hit, float soft, vec3 light, float lift) {
    vec3 p = hit.xyz;
    float surface = hit.w;
    vec3 n = interior_normal(surface);
    float far_wall = step(3.5, surface);
    // the side walls: dark fabric in tall pleats; the ceiling and floor darker still
    vec3 albedo = v_fabric * (0.85 + 0.3 * abs(fract(p.z * 6.4) - 0.5));
    albedo *= 1.0 - 0.7 * step(1.5, surface) * (1.0 - far_wall);
    vec2 sd = max(SCREEN.xy - p.xy, p.xy - SCREEN.zw);
    float inside = step(max(sd.x, sd.y), 0.0) * far_wall;
    vec3 col;
    if (far_wall > 0.0) {
        // the curtains at the screen's sides and over it: red velvet in deep folds
        float folds = 0.6 + 0.4 * lsin(p.x * 55.0 + lsin(p.y * 5.0) * 1.5 + 2.0 * lsin(p.x * 13.0));
        float curtain = step(sd.x, 0.42) * step(p.y, SCREEN.w + 0.2) * step(SCREEN.y - 0.25, p.y)
                      * max(step(0.0, sd.x), step(SCREEN.w, p.y));  // at the sides, a valance over it
        albedo = mix(albedo, v_velvet * folds, curtain);
        col = albedo * light * screen_reach(p, n) * (0.4 + 0.6 * curtain);
        col += albedo * light * curtain * 0.5 / (1.0 + max(sd.x, 0.0) * 18.0);  // lit from the side
    } else {
        col = albedo * light * screen_reach(p, n) * 0.4;
    }
    col += albedo * 0.015 * lift;
    if (surface < 0.5) {
        // the exit sign by the front on the left wall, and its green light around it
        vec2 ex = vec2(p.z - 2.75, p.y - 0.5);
        float sign_ = step(abs(ex.x), 0.09) * step(abs(ex.y), 0.035);
        vec3 green = vec3(0.15, 1.0, 0.35);
        col += green * 0.05 / (1.0 + dot(ex, ex) * 40.0);
        col = mix(col, green * (0.6 + 0.5 * step(abs(ex.y), 0.018) * step(0.5, fract(ex.x * 40.0))), sign_);
    }
    // the screen itself, and its black border
    vec2 s = (p.xy - SCREEN.xy) / (SCREEN.zw - SCREEN.xy);
    float edge = smoothstep(0.0, soft * FAR * 2.0, -max(sd.x, sd.y));
    if (inside > 0.0) {
        col = mix(col, film(s) * 0.95 * (0.92 + 0.08 * lsin(u_time * 7.0 + s.y * 3.0)), edge);
    }
    return col;
}

void main() {
    vec2 screen = aspect_coords(v_uv);
    vec2 q = screen - v_view.xy;
    float soft = v_view.z;
    vec3 rd = vec3(q, 1.0);
    vec3 light = v_light;
    vec3 warm = v_warm;
    float lift = v_view.w;  // a cinema has no windows: by day only a little lighter
    vec4 hit = interior_hit(rd, WALLS, FLOOR_CEIL, FAR);
    vec3 col = vec3(0.0);
    bool open_ = true;  // nothing in the rows hides the shell
    float depth = hit.z;
    // ---- the rows, near to far, over what lies behind them (front to back: what is nearer
    // covers the rest by its own coverage)
    vec3 front = vec3(0.0);
    float rem = 1.0;
    // The rows a ray can meet: from the first whose heads reach over it (at.y < base + REACH)
    // to the first whose seat backs surely do, even between two seats (at.y < base + SURE).
    // A ray that falls slower than the rows step down meets rows from the first on, until it
    // is over them.
    const float REACH = BACK + 0.14;
    const float SURE = BACK - 0.18;
    float fall = q.y * ROW_STEP + RAKE;
    bool over_all = fall > 0.0;
    vec2 from_to = clamp(ceil((FLOOR0 + vec2(REACH, SURE) - q.y * ROW0) / fall), 0.0, float(ROWS - 1));
    int first = over_all ? 0 : int(from_to.x);
    int last = over_all ? ROWS : int(from_to.y) + 1;
    for (int k = first; k < last; k++) {
        float z = ROW0 + ROW_STEP * float(k);
        if (z > depth) break;
        float base = FLOOR0 - RAKE * float(k);
        vec2 at = q * z;
        float ax = abs(at.x);
        if (ax > WALLS.x || (over_all && at.y > base + REACH)) break;
        if (at.y < base) {  // passed over the seats into the legroom of the row before
            col = vec3(0.01, 0.005, 0.005) * lift;
            open_ = false;
            depth = z;
            break;
        }
        // a small warm light low on each row's end by the aisles, and its pool on the step
        vec2 lamp = vec2(ax - AISLE.x + 0.02, at.y - base - 0.06) / z;
        front += rem * warm * 0.02 / (1.0 + dot(lamp, lamp) * 9000.0);
        if (ax > AISLE.x && ax < AISLE.y) {
            // an aisle step: its tread at this row's floor until the next row
            float tf = base / q.y;
            if (q.y < 0.0 && tf < z + ROW_STEP && tf < depth) {
                vec3 f = rd * tf;
                float pool = 1.0 / (1.0 + dot(f.xz - vec2(sign(f.x) * AISLE.x, z), f.xz - vec2(sign(f.x) * AISLE.x, z)) * 30.0);
                float nose = smoothstep(0.03, 0.0, tf - z);  // the step's lit edge
                open_ = false;
                col = vec3(0.05, 0.03, 0.03) * (light * screen_reach(f, vec3(0.0, 1.0, 0.0)) * 0.4 + lift * 0.2)
                    + warm * (0.04 * pool + 0.05 * nose * pool);
                depth = tf;
                break;
            }
            continue;
        }
        // the seat backs: rounded tops side by side, a gap down between them; odd rows offset
        float u = at.x / SEAT_W + 0.5 * float(k & 1);
        float cell = floor(u);
        float v = fract(u) - 0.5;
        float top = base + BACK - 0.06 * v * v * 4.0 - 0.12 * smoothstep(0.42, 0.47, abs(v));
        // someone watching, a head and shoulders over a few of the seats
        float over = at.y - top;
        float who = 0.0;
        float head = 1.0;
        vec2 hd = vec2(v * SEAT_W, over - 0.075);
        if (over > -0.02 && over < 0.15) {
            who = step(0.84, hash21(vec2(cell, float(k)) + u_seed));
            head = who > 0.5 ? length(hd * vec2(1.0, 0.8)) - 0.055 : 1.0;
            over = min(over, head);
        }
        float cov = smoothstep(soft * z, -soft * z, over);
        if (cov <= 0.0) continue;
        // plush, dark from behind; the screen catches the upper edge, brighter nearer the screen
        float rim = smoothstep(0.05, 0.0, top - at.y) * (1.0 - step(0.0, -head) * who);
        float near_screen = 1.0 / (1.0 + (FAR - z) * (FAR - z) * 0.6);
        vec3 plush = v_velvet * (0.7 + 0.3 * fract((cell + 3.0 * float(k)) * 0.618));
        vec3 seat = plush * (0.035 * lift + light * (0.12 * near_screen + 0.55 * rim * near_screen * 2.0));
        float hr = smoothstep(-0.012, 0.0, head) * smoothstep(0.0, 0.05, hd.y);  // hair's rim
        seat = mix(seat, vec3(0.008) * lift + light * 0.3 * hr * near_screen, step(head, 0.0) * who * step(top, at.y));
        front += rem * cov * seat;
        rem *= 1.0 - cov;
        if (rem < 0.01) { depth = z; break; }
    }
    if (open_ && rem > 0.01) col = shell(hit, soft, light, lift);
    col = front + rem * col;
    // ---- the projector's beam through dusty air, with motes turning in it
    if (q.y > SCREEN.y / FAR) {  // (a ray lower than the screen's foot passes under the beam)
        vec2 mg = screen * 110.0 + vec2(u_time * 0.07, -u_time * 0.04);
        float mh = hash21(floor(mg) + u_seed);
        vec2 mf = fract(mg) - 0.5;
        float mote = step(0.975, mh) * max(1.0 - dot(mf, mf) * 12.0, 0.0)
                   * (0.5 + 0.5 * lsin(u_time * 0.9 + mh * 60.0));
        float haze = 0.8 + 0.2 * lsin(screen.x * 13.0 + screen.y * 7.0 + u_time * 0.2);
        col += light * min(beam(rd, depth), 1.0) * (0.3 * haze + 0.8 * mote);
    }
    f_color = vec4(col, 1.0) * land_opacity();
}
#endif
