#version 330 core
// A petrol station by the road (midground), seen from across the road in front of it: a flat
// canopy on two pillars over the forecourt, its underside a grid of bright panels and its
// edge a band of colour; two pumps on their islands under it, each with a lit display; a low
// kiosk behind with its windows lit and a sign along its roof; a tall price sign on a pole at
// the left with three rows of glowing figures. By night the canopy's white light pours on the
// concrete under it and the kiosk's on the ground before it, and all else is dark; by day the
// canopy casts its shade. The land beyond and the sky are the other layers'. Ground depth:
// z = EYE / (HORIZON - y); a plane at height h over the ground: z = (h - EYE) / (y - HORIZON).
// Sprites (`sprites = 2`: the ground with the station, the price sign's head), so the open sky
// is not shaded.
#include "lib/header.glsl"
const float HORIZON = 0.42;
const float EYE = 0.26;                   // the eye's height (ground units)
const vec2 ROAD = vec2(0.7, 1.35);        // the road's near and far edges (depth)
const vec4 CANOPY = vec4(1.7, 2.6, 4.8, 0.78);  // half-width, near and far depths, height
const float FASCIA = 0.13;                // the depth of its coloured edge
const vec4 KIOSK = vec4(-0.7, 2.3, 6.4, 0.55);  // left and right x, depth of its front, height
const vec3 SIGN = vec3(-2.5, 3.4, 1.45);  // the price sign: x, depth, top
const float TOP = 0.68;                   // the first sprite's top: over the canopy's edge

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK petrol_vertex
#define LAND_SPRITE petrol_sprite
#include "lib/land_vertex.glsl"
#include "lib/land_building.glsl"
flat out vec4 v_view;     // aspect, edge softness, the eye's drift, daylight (eased)
flat out vec3 v_key;      // the moon or the sun
flat out vec3 v_amb;      // the sky's light on the shaded sides
flat out vec3 v_lamp;     // the kiosk's warm light (none by day)
flat out vec3 v_canopy;   // the canopy's white light
flat out vec3 v_brand;    // the canopy's band and the kiosk's sign

void petrol_vertex() {
    float day = smoothstep(0.1, 0.7, u_daylight);
    v_view = vec4(aspect(), 1.4 / land_height_px(), 0.012 * sin(u_time * 0.013), day);
    building_light(day, v_key, v_amb, v_lamp);
    v_canopy = mix(vec3(0.92, 0.97, 1.0), v_pal_light, 0.1) * (1.4 - 0.9 * day) * v_breath;
    v_brand = mix(vec3(0.85, 0.12, 0.1), v_pal_glow, 0.35);
}

vec2 petrol_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float x = asp * 0.5 + SIGN.x / SIGN.y;                      // the price sign's head
    vec4 box = sprite == 0 ? vec4(0.0, 0.0, asp, TOP)
                           : vec4(x - 0.16, TOP, x + 0.16, HORIZON + (SIGN.z + 0.05 - EYE) / SIGN.y);
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_key;
flat in vec3 v_amb;
flat in vec3 v_lamp;
flat in vec3 v_canopy;
flat in vec3 v_brand;

// Where the pixel meets an upright plane facing the eye at depth z: (x across, height).
vec2 upright(vec2 p, float cx, float z) {
    return vec2((p.x - cx) * z, EYE + (p.y - HORIZON) * z);
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float w = v_view.y;
    float day = v_view.w;
    float night = 1.0 - day;
    float cx = asp * (0.5 + v_view.z);
    vec3 air = mix(land_pal_air() * 0.6, atmosphere_day(0.35), day);
    vec3 col = vec3(0.0);
    float cov = 0.0;
    vec3 glow = vec3(0.0);
    // ---- the ground: the road in front, the forecourt's concrete behind it, lit under the
    // canopy and before the kiosk's windows at night
    float below = max(HORIZON - p.y, 1e-4);
    float gz = EYE / below;
    vec2 g = vec2((p.x - cx) * gz, gz);
    float ground = step(p.y, HORIZON);
    float road = step(ROAD.x, gz) * step(gz, ROAD.y);
    float centre = road * step(abs(gz - (ROAD.x + ROAD.y) * 0.5), 0.012) * step(0.5, fract(g.x * 1.4));
    vec2 under = max(abs(vec2(g.x, gz - (CANOPY.y + CANOPY.z) * 0.5)) - vec2(CANOPY.x, (CANOPY.z - CANOPY.y) * 0.5), 0.0);
    float lit = exp(-dot(under, under) * 3.0);                  // the canopy's pool of light
    float window_light = exp(-length(vec2(max(abs(g.x - (KIOSK.x + KIOSK.y) * 0.5) - 1.4, 0.0), max(KIOSK.z - gz, 0.0))) * 2.0)
                       * step(gz, KIOSK.z);
    float stains = smoothstep(0.55, 0.8, vnoise(g * vec2(3.0, 5.0)));
    vec3 concrete = mix(vec3(0.55, 0.54, 0.5), v_pal_light * 0.5, 0.1) * (1.0 - 0.35 * stains);
    vec3 asphalt = vec3(0.16, 0.16, 0.17);
    vec3 floor_col = mix(concrete, asphalt, road);
    floor_col = mix(floor_col, vec3(0.9, 0.85, 0.6), centre);
    vec3 light = v_key * (0.5 - 0.35 * day * lit) + v_amb * 0.6
               + night * (v_canopy * lit * 0.35 + v_lamp * window_light * 0.25);
    vec3 ground_col = mix(floor_col * light, air, smoothstep(3.0, 14.0, gz) * 0.6);
    land_lay(col, cov, ground, ground_col);
    // ---- the kiosk at the back: a low box, its windows lit, a sign along its roof
    vec2 k = upright(p, cx, KIOSK.z);
    float kiosk = land_fill(max(max(KIOSK.x - k.x, k.x - KIOSK.y), max(-k.y, k.y - KIOSK.w)), w * KIOSK.z);
    float bay = fract((k.x - KIOSK.x) / 0.5);
    float glass = step(0.08, k.y) * step(k.y, 0.36) * step(0.1, bay) * step(bay, 0.9)
                * step(k.x, KIOSK.y - 0.15);
    float door = step(abs(k.x - KIOSK.y + 0.3), 0.12) * step(k.y, 0.36);
    float band = step(KIOSK.w - 0.1, k.y);
    vec3 wall = vec3(0.8, 0.78, 0.74) * (v_key * 0.55 + v_amb * 0.8 + night * v_canopy * 0.08);
    vec3 shop = mix(wall, v_lamp * 0.9 + vec3(0.05) + atmosphere_day(0.6) * 0.3 * day, max(glass, door));
    shop = mix(shop, v_brand * (0.35 + 0.9 * night) + v_key * 0.2 * day, band);
    land_lay(col, cov, kiosk, mix(shop, air, 0.25));
    // ---- the pillars and the pumps on their islands, under the canopy
    float zs = (CANOPY.y + CANOPY.z) * 0.5;
    vec2 s = upright(p, cx, zs);
    float pillars = land_fill(abs(abs(s.x) - 1.2) - 0.05, w * zs) * step(0.0, s.y) * step(s.y, CANOPY.w);
    vec2 pump_q = vec2(abs(s.x) - 0.5, s.y);
    float island = step(abs(pump_q.x), 0.2) * step(s.y, 0.05) * step(-0.02, s.y);
    float pump = land_fill(max(abs(pump_q.x) - 0.08, max(-s.y, s.y - 0.36)), w * zs);
    float display = step(abs(pump_q.x), 0.055) * step(abs(s.y - 0.26), 0.04);
    vec3 pump_col = mix(vec3(0.85, 0.85, 0.82), v_brand, step(s.y, 0.14));
    pump_col *= v_key * 0.4 + v_amb * 0.6 + night * v_canopy * 0.5;
    pump_col = mix(pump_col, vec3(0.3, 1.0, 0.55) * (0.6 + 0.8 * night), display);
    float covered = step(p.y, HORIZON + (CANOPY.w - EYE) / zs);
    land_lay(col, cov, max(island, pillars) * covered, vec3(0.7) * (v_key * 0.4 + v_amb * 0.6 + night * v_canopy * 0.45));
    land_lay(col, cov, pump * covered, pump_col);
    glow += vec3(0.3, 1.0, 0.55) * display * pump * night * 0.4;
    // ---- the canopy: its underside of bright panels seen from below, then its coloured edge
    float up = max(p.y - HORIZON, 1e-4);
    float uz = (CANOPY.w - EYE) / up;
    vec2 u = vec2((p.x - cx) * uz, uz);
    float underside = step(abs(u.x), CANOPY.x) * step(CANOPY.y, uz) * step(uz, CANOPY.z) * step(HORIZON, p.y);
    vec2 cell = abs(fract(u * vec2(1.6, 1.4)) - 0.5);
    float panel = step(cell.x, 0.3) * step(cell.y, 0.3);
    vec3 ceiling = mix(vec3(0.5) * (v_amb + v_key * 0.2), v_canopy * (0.35 + 0.9 * panel * night), night);
    land_lay(col, cov, underside, ceiling);
    vec2 f = upright(p, cx, CANOPY.y);
    float edge = land_fill(max(abs(f.x) - CANOPY.x, abs(f.y - CANOPY.w - FASCIA * 0.5) - FASCIA * 0.5), w * CANOPY.y);
    float stripe = step(abs(f.y - CANOPY.w - FASCIA * 0.3), 0.015);
    vec3 fascia = mix(v_brand, vec3(0.95), stripe) * (v_key * 0.6 + v_amb * 0.6 + night * 0.45);
    land_lay(col, cov, edge, fascia);
    glow += v_canopy * night * 0.05 * exp(-length(under) * 1.5) * ground;
    // ---- the price sign on its pole at the left: a dark panel with three rows of figures
    vec2 q = upright(p, cx, SIGN.y) - SIGN.xy * vec2(1.0, 0.0);
    float pole = step(abs(q.x), 0.03) * step(0.0, q.y) * step(q.y, SIGN.z - 0.5);
    float head = step(abs(q.x), 0.28) * step(SIGN.z - 0.55, q.y) * step(q.y, SIGN.z);
    float rows = step(abs(fract((q.y - SIGN.z + 0.55) / 0.15) - 0.5), 0.22) * step(q.y, SIGN.z - 0.1);
    float figures = head * rows * step(abs(q.x), 0.22) * step(0.35, fract(q.x * 14.0));
    vec3 sign_col = mix(vec3(0.04, 0.04, 0.05) + v_key * 0.1, v_brand * 0.6 * (v_key + v_amb), step(SIGN.z - 0.12, q.y));
    sign_col = mix(sign_col, vec3(1.0, 0.35, 0.12) * (0.6 + 1.2 * night), figures);
    land_lay(col, cov, max(pole, head), sign_col);
    glow += vec3(1.0, 0.35, 0.12) * figures * night * 0.3;
    f_color = vec4(col * cov + glow, cov) * land_opacity();
}
#endif
