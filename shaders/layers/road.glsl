#version 330 core
// A road running away across the land (midground) to a vanishing point on the horizon,
// bending gently as it goes: two lanes of asphalt with a dashed centre line and solid edge
// lines, cat's-eyes glinting along the centre, narrow verges with white marker posts, and a
// line of tall lamps along the left side. The eye travels slowly down the road, so the
// markings flow toward it. At night the lamps pour warm pools on the road, the eye's own
// headlights light the lane ahead, a few cars drift in the lanes (red tail-lights going away
// on the right, white headlights coming on the left) and every light leaves a soft streak in
// the gloss of the asphalt; by day the road is pale under the sky and the cars are small dark
// shapes. The land on either side and the sky are the other layers'. Ground depth:
// z = EYE / (HORIZON - y), x = (screen x - the road's centre) * z.
#include "lib/header.glsl"
const float HORIZON = 0.4;
const float EYE = 0.1;
const float HALF = 0.14;        // the road's half-width (ground units)
const float VERGE = 0.07;       // the verges' width beyond it
const float DASH = 0.32;        // the centre line's period along the road
const float LAMP_GAP = 1.1;     // the lamps' spacing
const float LAMP_H = 0.42;      // their height
const vec2 LAMP_X = vec2(-0.2, -0.07);  // the lamps' posts and heads (ground x)
const float BEND = 0.12;        // how far the far road bends aside (screen units)
const float SPAN = 9.0;         // the cars drift over depths 0.6 .. 0.6 + SPAN, then come round
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK road_vertex
#define LAND_SPRITE road_corner
#include "lib/noise.glsl"
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // aspect, edge softness, the road's centre x, the eye's travel
flat out vec4 v_look;     // the bend (signed), night (0..1), the bend's sign, opacity
flat out vec3 v_asphalt;  // the asphalt's own colour in the light of the hour
flat out vec3 v_lamp;     // the lamps' warm light
flat out vec3 v_verge;    // the verges' grass
flat out vec4 v_car_z;    // the three cars' depths (two going away, one coming; w unused)
flat out vec4 v_car_x;    // the road's centre on the screen at each of them
flat out vec4 v_car_on;   // how much each is there (fading in near, out far)
flat out vec4 v_poles[2]; // the screen x of the next eight lamps' posts
flat out float v_lamp0;   // the depth of the first of them (the rest every LAMP_GAP)

float road_vertex_centre(float z, float bend) {
    return v_view.z + bend * smoothstep(0.8, 9.0, z);
}

void road_vertex() {
    float asp = aspect();
    v_view = vec4(asp, 1.5 / u_resolution.y, asp * (0.5 + 0.012 * sin(u_time * 0.021)),
                  u_time * 0.22);
    float night = 1.0 - smoothstep(0.15, 0.6, u_daylight);
    float bend = BEND * (hash11(u_seed * 1.731 + 17.17) < 0.5 ? -1.0 : 1.0);
    v_look = vec4(bend, night, 0.0, clamp(u_intensity * 1.25, 0.0, 1.0));
    vec3 day_grey = mix(vec3(0.5, 0.5, 0.49), v_pal_light, 0.1) * 0.34;
    v_asphalt = mix(day_grey, v_pal_dark * 1.4 + vec3(0.012, 0.012, 0.016), night);
    v_lamp = mix(vec3(1.0, 0.62, 0.3), v_pal_light, 0.2) * (0.9 * v_breath);
    v_verge = mix(mix(vec3(0.42, 0.38, 0.3), v_pal_light, 0.15) * 0.5, v_pal_dark * 1.2, night);
    // the cars drift slowly: those going away a little faster than the eye, those coming on
    vec4 phase = vec4(hash11(u_seed + 3.1), hash11(u_seed + 4.7), hash11(u_seed + 6.3),
                      hash11(u_seed + 8.9)) * SPAN;
    v_car_z = 0.6 + mod(phase + u_time * vec4(0.07, 0.07, -0.35, -0.35), SPAN);
    for (int i = 0; i < 4; i++) v_car_x[i] = road_vertex_centre(v_car_z[i], bend);
    v_car_on = smoothstep(0.6, 1.2, v_car_z) * smoothstep(SPAN + 0.6, SPAN - 2.0, v_car_z);
    v_lamp0 = (floor(v_view.w / LAMP_GAP) + 1.0) * LAMP_GAP - v_view.w;
    for (int i = 0; i < 8; i++) {
        float lz = v_lamp0 + float(i) * LAMP_GAP;
        v_poles[i / 4][i % 4] = road_vertex_centre(lz, bend) + LAMP_X.x / lz;
    }
}

// Two quads (the layer's sprites): the ground up to the horizon, and over it only the narrow
// band where the lamps stand (the rest of the sky is never shaded).
vec2 road_corner(int sprite, vec2 corner) {
    float asp = aspect();
    vec4 r = sprite == 0 ? vec4(-0.5 * asp, 0.0, 1.5 * asp, HORIZON + 0.02)  // (for a far shore)
                         : vec4(v_view.z - 0.26, HORIZON + 0.02, v_view.z + 0.17, HORIZON + 0.27);
    vec2 land = mix(r.xy, r.zw, corner * 0.5 + 0.5);
    return vec2(land.x / asp, land.y);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec4 v_look;
flat in vec3 v_asphalt;
flat in vec3 v_lamp;
flat in vec3 v_verge;
flat in vec4 v_car_z;
flat in vec4 v_car_x;
flat in vec4 v_car_on;
flat in vec4 v_poles[2];
flat in float v_lamp0;

// The road's centre on the screen at depth z: straight near, bending aside further off.
float road_centre(float z) {
    return v_view.z + v_look.x * smoothstep(0.8, 9.0, z);
}

// A point on the road (ground x, height, depth) on the screen.
vec2 road_screen(vec3 g) {
    return vec2(road_centre(g.z) + g.x / g.z, HORIZON - (EYE - g.y) / g.z);
}

// The lamp nearest depth z (its depth): they stand every LAMP_GAP along the road.
float road_lamp(float z, float travel) {
    return (floor((z + travel) / LAMP_GAP + 0.5)) * LAMP_GAP - travel;
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float soft = v_view.y;
    float night = v_look.y;
    float travel = v_view.w;
    float below = max(HORIZON - p.y, 1e-4);
    float z = EYE / below;
    float x = (p.x - road_centre(z)) * z;          // across the road, ground units
    float zz = z + travel;                           // along it, flowing toward the eye
    float px = soft * z;                             // a pixel across, in ground units
    float pz = soft * z * z / EYE;                   // a pixel along
    float ground = step(p.y, HORIZON);
    float ax = abs(x);
    // ---- the asphalt: grain and patches, darker in the wheel tracks
    float grain = vnoise(vec2(x * 24.0, zz * 5.0));
    float tracks = smoothstep(0.03, 0.0, abs(ax - HALF * 0.5) - 0.035);
    vec3 tar = v_asphalt * (0.85 + 0.3 * grain) * (1.0 - 0.12 * tracks);
    // ---- the markings: dashed centre line, solid edge lines, cat's-eyes between the dashes
    float line_w = 0.006 + px * 0.5;
    float centre = smoothstep(line_w + px, line_w, ax)
        * smoothstep(pz, 0.0, abs(fract(zz / DASH) - 0.3) * DASH - DASH * 0.22);
    float edge = smoothstep(px, 0.0, abs(ax - HALF + 0.012) - line_w * 0.8);
    float paint = max(centre, edge) * (1.0 - 0.25 * grain);
    float eye_z = (floor(zz / DASH) + 0.8) * DASH;  // a cat's-eye between each pair of dashes
    vec2 cat = vec2(x / (0.004 + px), (zz - eye_z) / (0.003 + pz));
    float cats = exp(-dot(cat, cat)) * smoothstep(9.0, 1.0, z) * smoothstep(0.3, 0.7, z);
    // ---- the verges: rough grass beyond the edge, fading into the land
    float verge = smoothstep(HALF - px, HALF + px, ax) * smoothstep(HALF + VERGE * 1.6, HALF + VERGE * 0.4, ax);
    float road = smoothstep(HALF + px, HALF - px, ax);
    vec3 grass = v_verge * (0.6 + 0.8 * grain);
    vec3 col = mix(grass, tar, road);
    vec3 white = mix(vec3(0.8), v_asphalt * 2.0, 0.2) * mix(0.4, 1.0, 1.0 - night);
    col = mix(col, white, paint * road);
    float cov = max(road, verge) * ground;
    // ---- light: the lamps' pools (night), the eye's own headlights on the lane ahead
    vec2 to_lamp = vec2(x - LAMP_X.y - 0.05, z - road_lamp(z, travel));
    float pool = exp(-dot(to_lamp, to_lamp) * 11.0) * smoothstep(0.5, 1.4, z);  // lamps in view
    vec2 beam = vec2((x - HALF * 0.5) * 3.5, (z - 0.9) * 0.8);
    float own = exp(-dot(beam, beam) * 2.0) * smoothstep(0.25, 0.5, z);
    vec3 light = vec3(1.0) + night * (v_lamp * pool * 1.6 + vec3(0.9, 0.9, 0.8) * own * 0.9 - 0.3);
    col *= light;
    col += night * road * (cats * vec3(1.0, 0.75, 0.4) * 0.5);
    // the wet gloss: the next lamp ahead mirrored as a streak down the road
    float ahead = road_lamp(z + LAMP_GAP * 0.5, travel);
    vec2 under = road_screen(vec3(LAMP_X.y, 0.0, ahead));
    float r_lamp = 0.01 / ahead + soft;
    float gloss = exp(-abs(p.x - under.x) / (r_lamp * 1.2) - (under.y - p.y) / (r_lamp * 9.0 + 0.01))
        * exp(-ahead * 0.15) * road;
    // ---- the haze over the far road
    float far = 1.0 - exp(-z * 0.07);
    col = mix(col, land_pal_air() * mix(0.9, 1.1, 1.0 - night), far * 0.85);
    col *= cov;
    // ---- marker posts on the right verge
    float post_z = max(floor(zz / (DASH * 2.5) + 0.5) * DASH * 2.5 - travel, 0.05);
    vec2 post_at = road_screen(vec3(HALF + VERGE * 0.5, 0.0, post_z));
    float post = step(abs(p.x - post_at.x), 0.004 / post_z) * step(post_at.y, p.y)
        * step(p.y, post_at.y + 0.07 / post_z) * smoothstep(0.9, 1.4, post_z);
    vec3 post_col = vec3(0.7) * mix(1.0, 0.08 + 0.5 * exp(-post_z * 0.5), night);
    col = mix(col, post_col, post);
    cov = max(cov, post);
    // ---- the lamps: a post on the left and an arm over the road, a warm head glowing at
    // night; the posts of the next eight, and the arm that this row could be (from y)
    float pole = 0.0;
    for (int i = 0; i < 8; i++) {
        float lz = v_lamp0 + float(i) * LAMP_GAP;
        float foot_y = HORIZON - EYE / lz;
        float on = step(abs(p.x - v_poles[i / 4][i % 4]), max(0.004 / lz, soft * 0.6))
            * step(foot_y, p.y) * step(p.y, foot_y + LAMP_H / lz);
        pole = max(pole, on * smoothstep(1.2, 1.8, lz) * smoothstep(16.0, 6.0, lz));
    }
    float arm_z = max(road_lamp((LAMP_H - EYE) / max(p.y - HORIZON, 1e-4), travel), 0.3);
    vec2 top = road_screen(vec3(LAMP_X.x, LAMP_H, arm_z));
    vec2 head = road_screen(vec3(LAMP_X.y, LAMP_H - 0.01, arm_z));
    float arm = step(top.x, p.x) * step(p.x, head.x) * step(abs(p.y - top.y), max(0.003 / arm_z, soft * 0.5));
    float lamp = max(pole, arm * smoothstep(1.2, 1.8, arm_z) * smoothstep(16.0, 6.0, arm_z));
    col = mix(col, mix(vec3(0.22), v_pal_dark * 0.8, night), lamp);
    cov = max(cov, lamp);
    vec2 to_head = (p - head) / (0.016 / arm_z + soft);
    float glow = exp(-dot(to_head, to_head) * 3.0) * smoothstep(18.0, 5.0, arm_z) * smoothstep(1.2, 1.8, arm_z);
    // ---- the traffic: two cars going away on the right, one coming on the left
    vec3 lights = vec3(0.0);
    for (int i = 0; i < 3; i++) {
        float cz = v_car_z[i];
        float going = i < 2 ? 1.0 : -1.0;
        float lane = going * HALF * 0.5;
        // the body: a low box with a cabin, dark against the road
        float mid = v_car_x[i] + lane / cz;
        float base = HORIZON - EYE / cz;
        float h = (p.y - base) * cz;                  // height above the road there
        float across = abs(p.x - mid) * cz;           // from the car's middle, ground units
        float body = step(across, 0.05) * step(0.0, h) * step(h, 0.055);
        float cabin = step(across, 0.035) * step(0.055, h) * step(h, 0.085);
        float car = max(body, cabin) * v_car_on[i];
        vec3 paint = hash11(u_seed + float(i) * 7.0) < 0.5 ? u_palette[2] : vec3(0.6, 0.6, 0.62);
        float dark = max(cabin * step(h, 0.078), step(h, 0.014));  // the windows, the bumper
        vec3 car_col = mix(mix(paint, vec3(0.3), 0.6) * 0.45, v_pal_dark * 0.6, night * 0.85)
            * (1.0 - 0.75 * dark);
        float car_far = 1.0 - exp(-cz * 0.07);
        col = mix(col, mix(car_col, land_pal_air(), car_far * 0.5), car);
        cov = max(cov, car);
        // its pair of lights, at the back (red) or the front (white), and their streak
        vec3 lamp_col = going > 0.0 ? vec3(1.0, 0.06, 0.03) : vec3(1.0, 0.95, 0.8);
        float r = (going > 0.0 ? 0.008 : 0.012) / cz + soft;
        vec2 d = vec2(abs(abs(p.x - mid) - 0.036 / cz), p.y - base - 0.022 / cz);
        float pair = exp(-dot(d, d) / (r * r) * 3.0);
        float streak = step(d.y, 0.0) * exp(d.y / (r * 9.0 + 0.01) - d.x / (r * 1.2));
        float strength = v_car_on[i] * mix(0.15, 1.0, night) * (going > 0.0 ? 0.6 : 0.7);
        lights += lamp_col * (pair + streak * 0.2 * night * road) * strength;
    }
    col += v_lamp * (glow + gloss * 0.25) * night + lights;
    f_color = vec4(col, cov) * v_look.w;
}
#endif
