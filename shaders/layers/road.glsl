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
#define LAND_RECT vec4(0.0, 0.0, asp, HORIZON + 0.32)
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK road_vertex
#include "lib/noise.glsl"
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // aspect, edge softness, the road's centre x, the eye's travel
flat out vec4 v_look;     // the bend (signed), night (0..1), time, opacity
flat out vec3 v_asphalt;  // the asphalt's own colour in the light of the hour
flat out vec3 v_lamp;     // the lamps' warm light
flat out vec3 v_verge;    // the verges' grass

void road_vertex() {
    float asp = aspect();
    v_view = vec4(asp, 1.5 / u_resolution.y, asp * (0.5 + 0.012 * sin(u_time * 0.021)),
                  u_time * 0.22);
    float night = 1.0 - smoothstep(0.15, 0.6, u_daylight);
    v_look = vec4(BEND * (hash11(u_seed * 1.731 + 17.17) < 0.5 ? -1.0 : 1.0), night, u_time,
                  clamp(u_intensity * 1.25, 0.0, 1.0));
    vec3 day_grey = mix(vec3(0.5, 0.5, 0.49), v_pal_light, 0.1) * 0.42;
    v_asphalt = mix(day_grey, v_pal_dark * 1.4 + vec3(0.012, 0.012, 0.016), night);
    v_lamp = mix(vec3(1.0, 0.62, 0.3), v_pal_light, 0.2) * (0.9 * v_breath);
    v_verge = mix(mix(vec3(0.42, 0.38, 0.3), v_pal_light, 0.15) * 0.5, v_pal_dark * 1.2, night);
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

// The road's centre on the screen at depth z: straight near, bending aside further off.
float road_centre(float z) {
    return v_view.z + v_look.x * smoothstep(0.8, 9.0, z);
}

// A point on the road (ground x, height, depth) on the screen.
vec2 road_screen(vec3 g) {
    return vec2(road_centre(g.z) + g.x / g.z, HORIZON - (EYE - g.y) / g.z);
}

// A soft round light at screen point c (radius r): a bright core and a wide glow.
float road_glow(vec2 p, vec2 c, float r) {
    vec2 d = (p - c) / r;
    float d2 = dot(d, d);
    return 1.0 / (1.0 + d2 * 4.0) * 0.15 + exp(-d2 * 3.0);
}

// Its streak in the wet gloss below it: narrow across, long down the road.
float road_streak(vec2 p, vec2 c, float r) {
    float down = c.y - p.y;
    return step(0.0, down) * exp(-abs(p.x - c.x) / (r * 1.2)) * exp(-down / (r * 9.0 + 0.01));
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
    // ---- the asphalt: fine grain and patches, darker in the wheel tracks
    float grain = vnoise(vec2(x * 40.0, zz * 14.0)) * 0.5 + vnoise(vec2(x * 6.0, zz * 1.5)) * 0.5;
    float tracks = smoothstep(0.03, 0.0, abs(abs(x) - HALF * 0.5 + 0.0) - 0.035);
    vec3 tar = v_asphalt * (0.85 + 0.3 * grain) * (1.0 - 0.12 * tracks);
    // ---- the markings: dashed centre line, solid edge lines, cat's-eyes between the dashes
    float line_w = 0.006 + px * 0.5;
    float centre = smoothstep(line_w + px, line_w, ax)
        * smoothstep(pz, 0.0, abs(fract(zz / DASH) - 0.3) * DASH - DASH * 0.22);
    float edge = smoothstep(px, 0.0, abs(ax - HALF + 0.012) - line_w * 0.8);
    float paint = max(centre, edge) * (1.0 - 0.25 * grain);
    float eye_z = (floor(zz / DASH) + 0.8) * DASH;  // a cat's-eye between each pair of dashes
    vec2 cat = vec2(x / (0.005 + px), (zz - eye_z) / (0.004 + pz));
    float cats = exp(-dot(cat, cat)) * smoothstep(9.0, 1.0, z);
    // ---- the verges: grass beyond the edge, fading into the land; white posts on the right
    float verge = smoothstep(HALF - px, HALF + px, ax) * smoothstep(HALF + VERGE * 1.6, HALF + VERGE * 0.4, ax);
    float road = smoothstep(HALF + px, HALF - px, ax);
    vec3 grass = v_verge * (0.7 + 0.5 * vnoise(vec2(x * 30.0, zz * 6.0)));
    vec3 col = mix(grass, tar, road);
    vec3 white = mix(vec3(0.8), v_asphalt * 2.0, 0.2) * mix(0.4, 1.0, 1.0 - night);
    col = mix(col, white, paint * road);
    float cov = max(road, verge) * ground;
    // ---- light: the lamps' pools (night), the eye's own headlights on the lane ahead
    float lamp_k = floor(zz / LAMP_GAP + 0.5);
    vec2 to_lamp = vec2(x - LAMP_X.y - 0.05, zz - lamp_k * LAMP_GAP);
    float pool = exp(-dot(to_lamp, to_lamp) * 11.0);
    vec2 beam = vec2((x - HALF * 0.5) * 3.5, (z - 0.9) * 0.8);
    float own = exp(-dot(beam, beam) * 2.0) * smoothstep(0.25, 0.5, z);
    vec3 light = vec3(1.0) + night * (v_lamp * pool * 1.6 + vec3(0.9, 0.9, 0.8) * own * 0.9 - 0.3);
    col *= light;
    col += night * cov * road * (cats * vec3(1.0, 0.75, 0.4) * 0.8);
    // ---- the haze over the far road
    float far = 1.0 - exp(-z * 0.07);
    col = mix(col, land_pal_air() * mix(0.9, 1.1, 1.0 - night), far * 0.85);
    col *= cov;
    // ---- marker posts on the right verge
    float post_k = floor(zz / (DASH * 2.5) + 0.5);
    float post_z = post_k * DASH * 2.5 - travel;
    vec2 post_at = road_screen(vec3(HALF + VERGE * 0.5, 0.0, max(post_z, 0.05)));
    float post_w = 0.004 / max(post_z, 0.05);
    float post = step(abs(p.x - post_at.x), post_w) * step(post_at.y, p.y)
        * step(p.y, post_at.y + 0.07 / max(post_z, 0.05)) * smoothstep(0.9, 1.4, post_z);
    vec3 post_col = vec3(0.7) * mix(1.0, 0.08 + 0.5 * exp(-post_z * 0.5), night);
    col = mix(col, post_col, post);
    cov = max(cov, post);
    // ---- the lamps: a post and an arm over the road, a warm head glowing at night
    float glow = 0.0;
    float gloss = 0.0;
    float lamp0 = floor(travel / LAMP_GAP) + 1.0;
    for (int i = 0; i < 9; i++) {
        float lz = (lamp0 + float(i)) * LAMP_GAP - travel;
        vec2 foot = road_screen(vec3(LAMP_X.x, 0.0, lz));
        vec2 top = road_screen(vec3(LAMP_X.x, LAMP_H, lz));
        vec2 head = road_screen(vec3(LAMP_X.y, LAMP_H - 0.01, lz));
        float w = max(0.004 / lz, soft * 0.6);
        float pole = step(abs(p.x - foot.x), w) * step(foot.y, p.y) * step(p.y, top.y);
        float arm = step(min(top.x, head.x), p.x) * step(p.x, max(top.x, head.x))
            * step(abs(p.y - mix(top.y, head.y, (p.x - top.x) / (head.x - top.x))), w * 0.8);
        float lamp = max(pole, arm) * smoothstep(16.0, 6.0, lz) * smoothstep(1.0, 1.6, lz);
        col = mix(col, mix(vec3(0.22), v_pal_dark * 0.8, night), lamp);
        cov = max(cov, lamp);
        glow += road_glow(p, head, 0.01 / lz + soft) * smoothstep(18.0, 5.0, lz) * smoothstep(1.0, 1.6, lz);
        vec2 under = road_screen(vec3(LAMP_X.y, 0.0, lz));
        gloss += road_streak(p, under, 0.01 / lz + soft) * exp(-lz * 0.15);
    }
    // ---- the traffic: two cars going away on the right, two coming on the left
    vec3 lights = vec3(0.0);
    for (int i = 0; i < 4; i++) {
        float going = i < 2 ? 1.0 : -1.0;
        float speed = i < 2 ? 0.07 : 0.35;
        float span = 9.0;
        float phase = land_rand(float(i) + 3.0) * span;
        float cz = 0.6 + mod(phase + going * v_look.z * speed, span);
        float lane = going * HALF * 0.5;
        float there = smoothstep(0.6, 1.2, cz) * smoothstep(span + 0.6, span - 2.0, cz);
        // the body: a low box with a cabin, dark against the road
        vec2 lo = road_screen(vec3(lane - 0.05, 0.0, cz));
        vec2 hi = road_screen(vec3(lane + 0.05, 0.055, cz));
        vec2 cab = road_screen(vec3(lane + 0.035, 0.085, cz));
        float body = step(lo.x, p.x) * step(p.x, hi.x) * step(lo.y, p.y) * step(p.y, hi.y);
        float cabin = step(abs(p.x - 0.5 * (lo.x + hi.x)), cab.x - 0.5 * (lo.x + hi.x))
            * step(hi.y, p.y) * step(p.y, cab.y);
        float car = max(body, cabin) * there;
        vec3 paint = land_rand(float(i) + 7.0) < 0.5 ? u_palette[2] : vec3(0.6, 0.6, 0.62);
        float glass = cabin * step(p.y, mix(hi.y, cab.y, 0.75));   // the windows, dark
        float shadow = step(p.y, lo.y + (hi.y - lo.y) * 0.25);     // the bumper and wheels
        vec3 car_col = mix(mix(paint, vec3(0.3), 0.6) * 0.45, v_pal_dark * 0.6, night * 0.85)
            * (1.0 - 0.75 * max(glass, shadow));
        col = mix(col, car_col * (1.0 - far * 0.5) + land_pal_air() * far * 0.5, car);
        cov = max(cov, car);
        // its lights: a pair at the back (red) or the front (white)
        vec3 lamp_col = going > 0.0 ? vec3(1.0, 0.06, 0.03) : vec3(1.0, 0.95, 0.8);
        float r = (going > 0.0 ? 0.008 : 0.012) / cz + soft;
        float pair = 0.0;
        float streak = 0.0;
        for (int s = -1; s <= 1; s += 2) {
            vec2 c = road_screen(vec3(lane + float(s) * 0.036, 0.022, cz));
            pair += road_glow(p, c, r);
            streak += road_streak(p, c, r);
        }
        float strength = there * mix(0.15, 1.0, night) * (going > 0.0 ? 0.6 : 0.7);
        lights += lamp_col * (pair + streak * 0.2 * night * road) * strength;
        // the oncoming headlights throw light on the road before them
        if (going < 0.0) {
            vec2 fore = vec2((x - lane) * 4.0, (z - cz + 0.45) * 1.5);
            lights += lamp_col * exp(-dot(fore, fore) * 3.0) * there * night * road * 0.25 * v_asphalt * 8.0;
        }
    }
    col += v_lamp * (glow * 0.6 + gloss * 0.25 * road) * night + lights;
    f_color = vec4(col, cov) * v_look.w;
}
#endif
