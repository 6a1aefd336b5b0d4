#version 330 core
// A lift (midground): the small cabin seen from inside, facing its doors, in one-point
// perspective (lib/land_interior.glsl). Two brushed-steel doors meet at a thin bright seam,
// where the light of the floors slides past as the cabin climbs; over them a dark glass
// indicator glows with the floor's number and an arrow; beside them a panel of round buttons,
// a few lit. The side walls are warm wood below a steel handrail, the left one a tall mirror
// that shows the cabin again; a ceiling panel throws soft warm light down on the cool metal.
// The cabin sways a little. A lift has no windows: by day only the seam, where the lobbies
// are lit, is brighter.
#include "lib/header.glsl"
#include "lib/land_interior.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK lift_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;    // the vanishing point (land units), edge softness, the climb
flat out vec3 v_lamp;    // the ceiling panel's warm light
flat out vec3 v_steel;   // the doors' and the front wall's cool metal
flat out vec3 v_wood;    // the side walls' panelling
flat out vec3 v_seam;    // the light between the doors (the lobbies outside)
flat out vec3 v_glow;    // the lit buttons and the indicator's numbers
flat out float v_floor;  // the floor shown, 0..8 (the digit one more)

// The per-frame constants of the picture (llvmpipe would work them out for every pixel).
void lift_vertex() {
    float t = u_time;
    vec2 vp = vec2(aspect() * (0.5 + 0.006 * sin(t * 0.31)), 0.56 + 0.006 * sin(t * 0.23 + 1.0));
    float climb = t * 0.11;  // floors passed
    v_view = vec4(vp, 1.5 / land_height_px(), climb);
    v_lamp = mix(vec3(1.0, 0.8, 0.55), v_pal_light, 0.15) * v_breath;
    v_steel = mix(vec3(0.28, 0.4, 0.62), u_palette[2], 0.15);
    v_wood = mix(vec3(0.5, 0.29, 0.13), u_palette[1], 0.12);
    vec3 lobby = mix(vec3(0.55, 0.7, 1.0), vec3(1.0, 0.95, 0.85), u_daylight);
    v_seam = mix(lobby, v_pal_light, 0.2) * (1.2 + 1.3 * u_daylight);
    v_glow = mix(vec3(1.0, 0.55, 0.18), u_palette[3], 0.2);
    v_floor = mod(floor(climb), 9.0);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/noise.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_lamp;
flat in vec3 v_steel;
flat in vec3 v_wood;
flat in vec3 v_seam;
flat in vec3 v_glow;
flat in float v_floor;
const float W = 0.8;             // the side walls' distance from the eye
const vec2 FLOOR_CEIL = vec2(0.88, 0.72);
const float FAR = 2.2;           // the front wall with the doors
const vec2 DOOR = vec2(0.44, 0.5);  // the doorway's half width, its top
const float RAIL = -0.2;         // the handrail's height
const vec3 LAMP = vec3(0.0, 0.72, 1.45);  // the ceiling panel's centre
const vec2 LAMP_HALF = vec2(0.3, 0.42);

// One segment of a seven-segment digit at d (digit units, its centre at the origin): 1 on it.
float segment(vec2 d, vec2 a, vec2 b) {
    vec2 pa = d - a, ba = b - a;
    float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
    return step(length(pa - ba * h), 0.1);
}

// The digit n + 1 (n 0..8) at d, in a box of half height 1: 1 where its segments glow.
float digit(vec2 d, float n) {
    // segments a b c d e f g, lit per digit 1..9 as bits
    int bits[9] = int[9](6, 91, 79, 102, 109, 125, 7, 127, 111);
    int b = bits[int(n)];
    float on = 0.0;
    on += float(b & 1) * segment(d, vec2(-0.4, 0.9), vec2(0.4, 0.9));
    on += float((b >> 1) & 1) * segment(d, vec2(0.45, 0.85), vec2(0.45, 0.05));
    on += float((b >> 2) & 1) * segment(d, vec2(0.45, -0.05), vec2(0.45, -0.85));
    on += float((b >> 3) & 1) * segment(d, vec2(-0.4, -0.9), vec2(0.4, -0.9));
    on += float((b >> 4) & 1) * segment(d, vec2(-0.45, -0.05), vec2(-0.45, -0.85));
    on += float((b >> 5) & 1) * segment(d, vec2(-0.45, 0.85), vec2(-0.45, 0.05));
    on += float((b >> 6) & 1) * segment(d, vec2(-0.4, 0.0), vec2(0.4, 0.0));
    return min(on, 1.0);
}

// The ceiling panel's light reaching p (normal n): a soft area light overhead.
float lamp_reach(vec3 p, vec3 n) {
    vec3 l = LAMP - p;
    float d2 = dot(l, l);
    return max(dot(n, l) * inversesqrt(d2), 0.0) * 0.9 / (0.35 + d2);
}

// The cabin where a ray meets it (hit, see interior_hit; from the eye or its reflection):
// the front wall with its doors, seam, buttons and indicator; wood and steel sides with the
// rail; the lamp in the ceiling; the floor.
vec3 cabin(vec4 hit, float soft) {
    vec3 p = hit.xyz;
    float surface = hit.w;
    vec3 n = interior_normal(surface);
    float light = lamp_reach(p, n);
    vec3 col;
    if (surface > 3.5) {
        // the front wall: brushed steel, the doorway framed by a darker jamb
        float streak = 0.9 + 0.1 * hash11(floor(p.y * 300.0) + floor(p.x * 2.0) * 7.0);
        vec3 steel = v_steel * streak;
        float jamb = smoothstep(0.0, soft, abs(abs(p.x) - DOOR.x) - 0.025)
                   * smoothstep(0.0, soft, abs(p.y - DOOR.y) - 0.025);
        steel *= 0.55 + 0.45 * jamb;
        // a sheen down the doors from the lamp above, strongest high up
        float sheen = step(abs(p.x), DOOR.x) * step(p.y, DOOR.y) * smoothstep(-0.9, 0.5, p.y);
        col = steel * v_lamp * (light * 0.7 + 0.12 * sheen);
        if (abs(p.x) < DOOR.x && p.y < DOOR.y) {
            // the seam between the doors, with the floors sliding past behind it
            float band = fract(p.y * 0.9 - v_view.w * 1.7);
            float passing = 0.35 + 0.65 * smoothstep(0.0, 0.25, band) * smoothstep(0.7, 0.45, band);
            float line = soft * FAR / (soft * FAR + abs(p.x) * 1.5);
            col += v_seam * passing * line * line * 1.3;
        } else if (abs(p.y - 0.6) < 0.085 && abs(p.x) < 0.22) {
            // the indicator: dark glass, the floor's number and an arrow pointing up
            col = vec3(0.012, 0.01, 0.012);
            vec2 d = vec2(p.x + 0.06, p.y - 0.6) / 0.06;
            col += v_glow * 1.6 * digit(d, v_floor);
            vec2 a = vec2(p.x - 0.09, p.y - 0.6);
            float arrow = step(abs(a.x) * 1.4, 0.05 - a.y) * step(-0.05, a.y);
            col += v_glow * arrow * (0.7 + 0.5 * lsin(v_view.w * 6.2832));
            col += v_glow * 0.08 / (1.0 + dot(d, d) * 0.3);
        } else if (p.x > DOOR.x + 0.07 && p.x < DOOR.x + 0.27 && abs(p.y + 0.05) < 0.36) {
            // the panel of buttons: two columns of round buttons, a few lit
            vec2 g = vec2((p.x - DOOR.x - 0.07) / 0.1, (p.y + 0.41) / 0.09);
            vec2 cell = floor(g);
            vec2 f = fract(g) - 0.5;
            float r = length(f * vec2(1.0, 0.9));
            float ring = smoothstep(0.32, 0.27, r);
            float lit = step(0.55, hash21(cell + u_seed)) + step(abs(cell.y - v_floor * 0.9), 0.5);
            col *= 0.7;
            col = mix(col, steel * v_lamp * light * 1.1, ring);
            col += v_glow * min(lit, 1.0) * (ring * 1.6 - smoothstep(0.18, 0.1, r) * 0.5);
            col += v_glow * min(lit, 1.0) * 0.06 / (1.0 + r * r * 30.0);
        }
    } else if (surface < 1.5) {
        // the side walls: warm wood panels below the rail, steel above
        float panel = smoothstep(0.0, 0.012, abs(fract(p.z * 1.6 + 0.2) - 0.5) - 0.49);
        float wood_part = step(p.y, RAIL + 0.02);
        float grain = 0.92 + 0.08 * lsin(p.z * 45.0 + 2.0 * lsin(p.y * 5.0 + p.z * 13.0));
        vec3 albedo = mix(v_steel * 0.8, v_wood * grain, wood_part) * (1.0 - 0.5 * (1.0 - panel));
        col = albedo * v_lamp * light;
        // the handrail: a steel bar catching the lamp along its top
        float rail = smoothstep(0.035, 0.0, abs(p.y - RAIL) - soft * abs(p.z));
        float glint = smoothstep(0.012, 0.0, abs(p.y - RAIL - 0.012));
        col = mix(col, v_steel * v_lamp * (light * 0.9 + 0.25 * glint), rail * step(0.15, p.z));
    } else if (surface < 2.5) {
        // the floor: dark speckled stone, the seam's light a thin line across it
        float speck = 0.8 + 0.2 * hash21(floor(p.xz * 90.0));
        col = vec3(0.11, 0.1, 0.1) * speck * v_lamp * light;
        col += v_seam * 0.05 * smoothstep(0.04, 0.0, abs(p.x)) * smoothstep(FAR - 0.6, FAR, p.z);
        // the doors' sill: grooved aluminium across the doorway's foot
        float sill = step(FAR - 0.14, p.z) * step(abs(p.x), DOOR.x + 0.03);
        float groove = 0.7 + 0.3 * step(0.5, fract(p.z * 60.0));
        col = mix(col, v_steel * 1.3 * groove * (v_lamp * light + v_seam * 0.08), sill);
    } else {
        // the ceiling: the light panel, a grid over its diffuser, its glow round it
        vec2 l = abs(p.xz - LAMP.xz) - LAMP_HALF;
        float inside = smoothstep(0.0, -soft * 2.0, max(l.x, l.y));
        vec2 grid = abs(fract((p.xz - LAMP.xz) * vec2(6.0, 5.0)) - 0.5);
        float bars = smoothstep(0.45, 0.49, max(grid.x, grid.y));
        col = v_steel * 0.06 * v_lamp;
        col = mix(col, v_lamp * (1.3 - 0.4 * bars), inside);
        col += v_lamp * 0.12 / (1.0 + 20.0 * max(max(l.x, l.y), 0.0));
    }
    // darker into the corners
    return col * (0.55 + 0.45 * interior_occlusion(p, surface, vec2(W), FLOOR_CEIL, FAR, 0.25));
}

void main() {
    vec2 q = aspect_coords(v_uv) - v_view.xy;
    float soft = v_view.z;
    vec3 rd = vec3(q, 1.0);
    vec4 hit = interior_hit(rd, vec2(W), FLOOR_CEIL, FAR);
    vec3 p = hit.xyz;
    // the mirror on the left wall: there the cabin is seen again from the eye's reflection
    vec2 mirror = vec2(min(p.z - 0.35, FAR - 0.12 - p.z), min(p.y - RAIL - 0.06, 0.5 - p.y));
    vec3 framed = vec3(1.0);
    if (hit.w < 0.5 && min(mirror.x, mirror.y) > 0.0) {
        rd.x = -rd.x;
        hit = interior_hit(rd, vec2(-W, 3.0 * W), FLOOR_CEIL, FAR);
        hit.x -= 2.0 * W;
        soft *= 1.5;
        // a little cooler and dimmer than the cabin, darker still at its rim
        framed = vec3(0.8, 0.88, 0.9) * (0.5 + 0.5 * smoothstep(0.0, 0.02, min(mirror.x, mirror.y)));
    }
    vec3 col = cabin(hit, soft) * framed;
    f_color = vec4(col, 1.0) * land_opacity();
}
#endif
