#version 330 core
// An airliner's cabin on a night flight (midground), down the aisle in one-point perspective
// (lib/land_interior.glsl): rows of seats on both sides, their backs toward us with white
// headrest covers and small glowing screens, a row of oval windows along each wall where the
// sky outside (the layers behind) shows through, overhead bins with a strip of blue mood light
// along their edge, a warm reading light over one seat, the emergency lights along the aisle
// floor. Further is hazier. The cabin sways gently as the plane flies.
#include "lib/header.glsl"
const vec2 WALLS = vec2(0.78, 0.78);
const vec2 FLOOR_CEIL = vec2(0.52, 0.5);
const float FAR = 11.0;
const float ROW = 0.62;           // the rows' pitch
const float TOP = -0.04;          // the seat backs' top
const vec2 SEATS = vec2(0.13, 0.74);  // the seats run from |x| = SEATS.x to SEATS.y

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK cabin_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // vanishing point (land units), aspect, edge softness per pixel
flat out vec3 v_mood;     // the mood lighting's colour
flat out vec3 v_seat;     // the seats' fabric
flat out vec3 v_draw;     // opacity, the eye's drift, the roll of the cabin

void cabin_vertex() {
    float asp = aspect();
    v_view = vec4(asp * (0.5 + 0.01 * sin(u_time * 0.031)), 0.53 + 0.012 * sin(u_time * 0.05),
                  asp, 1.5 / u_resolution.y);
    v_mood = mix(vec3(0.35, 0.45, 1.0), v_pal_glow, 0.3) * (1.2 * v_breath);
    v_seat = mix(vec3(0.08, 0.12, 0.3), u_palette[1] * 0.4, 0.35);
    v_draw = vec3(clamp(u_intensity * 1.25, 0.0, 1.0), 0.3 * sin(u_time * 0.009), 0.02 * sin(u_time * 0.07));
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_interior.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_mood;
flat in vec3 v_seat;
flat in vec3 v_draw;

void main() {
    vec2 q = vec2(v_uv.x * v_view.z, v_uv.y) - v_view.xy;
    q = rot2(v_draw.z) * q;                              // the cabin's slow roll
    float soft = v_view.w;
    float drift = v_draw.y;
    vec3 rd = vec3(q, 1.0);
    vec4 hit = interior_hit(rd, WALLS, FLOOR_CEIL, FAR);
    vec3 p = hit.xyz;
    float surface = hit.w;
    // ---- the rows: the first row plane where the ray meets a seat back
    float row_hit = 0.0;
    vec2 at = vec2(0.0);
    float row_z = FAR;
    float first = ceil((0.85 + drift) / ROW);
    for (int i = 0; i < 14; i++) {
        float zk = (first + float(i)) * ROW - drift;
        vec2 a = q * zk;
        float ax = abs(a.x);
        // two seats a side, each back rounded at its top corners
        float seat_x = fract((ax - SEATS.x) / ((SEATS.y - SEATS.x) / 2.0));
        float round_top = TOP - 0.05 * (1.0 - sqrt(max(1.0 - pow(abs(seat_x - 0.5) * 2.0, 4.0), 0.0)));
        float back = step(SEATS.x, ax) * step(ax, SEATS.y) * step(-FLOOR_CEIL.x, a.y) * step(a.y, round_top)
                   * step(0.04, seat_x) * step(seat_x, 0.96) * step(zk, p.z) * step(row_hit, 0.5);
        row_hit = max(row_hit, back);
        at = mix(at, a, back);
        row_z = mix(row_z, zk, back);
    }
    float z = (row_hit > 0.5 ? row_z : p.z) + drift;
    float px = soft * (row_hit > 0.5 ? row_z : p.z);
    float wall = step(surface, 1.5) * (1.0 - row_hit);
    float is_floor = step(1.5, surface) * step(surface, 2.5) * (1.0 - row_hit);
    float ceiling = step(2.5, surface) * step(surface, 3.5) * (1.0 - row_hit);
    float far_wall = step(3.5, surface) * (1.0 - row_hit);
    // ---- the cabin's shell: pale panels, bins overhead with their lit edge, the windows
    vec3 panel = mix(vec3(0.62, 0.62, 0.6), v_pal_light, 0.1);
    float bins = wall * step(0.28, p.y);
    float bin_seam = bins * smoothstep(px * 2.0, 0.0, abs(fract(z / (ROW * 2.0)) - 0.5) * ROW * 2.0 - 0.005);
    float bin_edge = wall * smoothstep(px * 3.0, 0.0, abs(p.y - 0.28) - 0.014);
    float wz = (fract(z / ROW) - 0.5) * ROW;
    vec2 win = vec2(wz / 0.12, (p.y - 0.13) / 0.13);
    float oval = length(max(abs(win) - vec2(0.4, 0.5), 0.0)) - 0.5;
    float window = wall * smoothstep(0.08, -0.08, oval);
    float frame = wall * smoothstep(0.35, 0.1, abs(oval + 0.05)) * (1.0 - window);
    vec3 albedo = panel * (1.0 - 0.25 * bins) * (1.0 - 0.5 * bin_seam);
    albedo = mix(albedo, vec3(0.1, 0.11, 0.16) * (0.8 + 0.3 * vnoise(vec2(p.x, z) * 40.0)), is_floor);
    albedo = mix(albedo, panel * 0.85, ceiling);
    // ---- light: the mood strip along the bins' edge and the ceiling, the screens' glow
    vec3 light = v_mood * (0.03 + 0.08 * exp(-abs(p.y - 0.3) * 4.0)) + vec3(0.03, 0.027, 0.024);
    float occ = 0.55 + 0.45 * interior_occlusion(p, surface, WALLS, FLOOR_CEIL, FAR, 0.3);
    vec3 col = albedo * light * occ;
    col += bin_edge * v_mood * 1.2;
    col += ceiling * v_mood * 0.05 * smoothstep(0.35, 0.2, abs(p.x));
    col *= 1.0 - frame * 0.6;
    // the emergency lights: dots along both edges of the aisle floor
    float dots = is_floor * step(abs(abs(p.x) - 0.12), 0.012) * step(abs(fract(z * 2.5) - 0.5), 0.12);
    col += dots * vec3(1.0, 0.85, 0.5) * 0.8;
    // ---- the seat backs: fabric, white headrest covers, a screen, one warm reading light
    if (row_hit > 0.5) {
        float ax = abs(at.x);
        float seat_x = fract((ax - SEATS.x) / ((SEATS.y - SEATS.x) / 2.0));
        float k = floor((ax - SEATS.x) / ((SEATS.y - SEATS.x) / 2.0)) + sign(at.x) * 2.0 + floor((row_z + drift) / ROW + 0.5) * 5.0;
        float cover = step(abs(seat_x - 0.5), 0.28) * step(TOP - 0.07, at.y);
        vec2 sq = vec2((seat_x - 0.5) / 0.12, (at.y - TOP + 0.15) / 0.04);
        float screen = step(max(abs(sq.x), abs(sq.y)), 1.0);
        float on = step(0.35, hash11(k));
        vec3 fabric = v_seat * (0.8 + 0.2 * vnoise(at * 80.0));
        vec3 seat = fabric * (v_mood * 0.12 + vec3(0.05, 0.045, 0.04)) * (0.6 + 0.4 * smoothstep(-0.5, TOP, at.y));
        seat = mix(seat, vec3(0.8) * (v_mood * 0.12 + 0.05), cover);
        vec3 glow = mix(vec3(0.25, 0.55, 1.0), u_palette[2], step(0.75, hash11(k + 3.0)) * 0.6);
        seat = mix(seat, mix(vec3(0.01), glow * 0.9, on), screen);
        // a reading light from above on one seat: warm on its headrest
        float reading = step(0.9, hash11(k * 1.3 + 0.7));
        seat += reading * vec3(1.0, 0.7, 0.35) * 0.5 * smoothstep(TOP - 0.16, TOP, at.y);
        col = seat;
    }
    // the haze down the cabin
    float depth = row_hit > 0.5 ? row_z : p.z;
    col = mix(col, v_pal_haze * 0.4 + v_mood * 0.02, (1.0 - exp(-depth * 0.12)) * (1.0 - window));
    float cov = 1.0 - window;
    f_color = vec4(col * cov, cov) * v_draw.x;
}
#endif
