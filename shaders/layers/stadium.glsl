#version 330 core
// A stadium at night under floodlights (midground), seen from the touchline: the pitch runs
// away to the far stand, its grass mown in stripes, the halfway line and the centre circle
// chalked on it; the stand rises beyond in tiers packed with the crowd (dots of shirts and
// faces, banners of the palette's colours), aisles of steps and dark tunnel mouths, under a
// roof whose edge is lit; two floodlight towers stand above it, their lamp banks blazing white
// with beams in the haze. The sky above is left to the layers behind. Ground depth:
// z = EYE / (HORIZON - y).
#include "lib/header.glsl"
const float HORIZON = 0.5;
const float EYE = 0.22;
const float FAR_LINE = 2.6;       // the far touchline's depth: the stand rises behind it
const float STAND = 0.32;         // the stand's height on screen, its roof's edge
const vec2 TOWERS = vec2(0.13, 0.87);   // the floodlight towers (of the width)
#define LAND_RECT vec4(0.0, 0.0, asp, 0.95)
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK stadium_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // aspect, edge softness, the eye's drift across, time
flat out vec3 v_flood;    // the floodlights
flat out vec3 v_grass;    // the lit grass
flat out vec3 v_air;      // the lit haze over the pitch

void stadium_vertex() {
    v_view = vec4(aspect(), 1.5 / u_resolution.y, 0.03 * sin(u_time * 0.013), u_time);
    v_flood = mix(vec3(0.95, 0.97, 1.0), v_pal_light, 0.15) * (1.2 * v_breath);
    v_grass = mix(vec3(0.1, 0.42, 0.12), v_pal_glow * vec3(0.3, 0.8, 0.3), 0.15);
    v_air = mix(v_pal_haze * 2.0, v_flood * 0.08, 0.6);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_flood;
flat in vec3 v_grass;
flat in vec3 v_air;

// The chalk lines of the pitch at ground point g (x across from the halfway line, z depth),
// soft by w (ground units).
float chalk(vec2 g, float w) {
    float halfway = abs(g.x);
    float circle = abs(length(vec2(g.x, g.y - 1.4)) - 0.4);
    float touch = abs(g.y - FAR_LINE + 0.06);
    float d = min(min(halfway, circle), touch) - 0.012;
    return smoothstep(w, 0.0, d);
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float soft = v_view.y;
    float t = v_view.w;
    float cx = asp * (0.5 + v_view.z);
    // ---- the stand: its foot follows the far touchline, bowing nearer at the ends
    float bow = (p.x - cx) / asp;
    float foot = HORIZON - EYE / FAR_LINE - 0.06 * bow * bow;
    float top = foot + STAND + 0.05 * bow * bow;
    float in_stand = step(foot, p.y) * step(p.y, top);
    float s = (p.y - foot) / (top - foot);                 // 0 at the front row, 1 at the back
    // rows of seats, smaller further up; the crowd as dots of shirts and faces
    float rows = s * (17.0 - 4.0 * s);
    float row = floor(rows);
    float cols = (p.x - cx) / (0.011 + 0.003 * (1.0 - s)) + row * 0.5;
    vec2 seat = vec2(floor(cols), row);
    float h = hash21(seat + 11.0);
    float bob = step(0.96, hash21(seat + floor(t * 1.5))) * 0.15;   // someone jumps up
    vec2 f = vec2(fract(cols), fract(rows) - bob) - vec2(0.5, 0.0);
    float body = smoothstep(0.05, -0.05, length(vec2(f.x * 1.1, max(f.y - 0.3, 0.0) * 2.0)) - 0.38) * step(f.y, 0.55);
    float head = smoothstep(0.04, -0.04, length(f - vec2(0.0, 0.68)) - 0.19);
    float seated = step(0.1, h);
    vec3 shirt = h < 0.4 ? u_palette[1] : (h < 0.7 ? u_palette[2] : (h < 0.85 ? vec3(0.85) : vec3(0.1)));
    vec3 skin = mix(vec3(0.55, 0.36, 0.25), vec3(0.2, 0.12, 0.08), step(0.5, fract(h * 13.0)));
    vec3 crowd = vec3(0.03, 0.03, 0.035);
    crowd = mix(crowd, shirt * 0.8, body * seated);
    crowd = mix(crowd, skin, head * seated * (1.0 - body * step(f.y, 0.45)));
    // aisles of steps and the tunnel mouths at the front
    float aisle_x = abs(fract((p.x - cx) / 0.23) - 0.5) * 0.23;
    float aisle = step(aisle_x, 0.006 + 0.003 * (1.0 - s));
    float tunnel = step(abs(fract((p.x - cx) / 0.46 + 0.25) - 0.5) * 0.46, 0.025) * step(s, 0.18);
    crowd = mix(crowd, vec3(0.22, 0.22, 0.24), aisle);
    crowd = mix(crowd, vec3(0.0), tunnel);
    // a banner along the front of the tier
    float banner = step(s, 0.05);
    crowd = mix(crowd, mix(u_palette[2], vec3(0.9), step(0.5, fract((p.x - cx) * 6.0))) * 0.8, banner);
    // the floodlights fall on the stand, brighter low down, fading into the haze
    vec3 stand = crowd * v_flood * (0.3 + 0.35 * (1.0 - s));
    // the roof: a dark band with its edge lit
    float roof = step(top - 0.035, p.y) * in_stand;
    float roof_edge = smoothstep(soft * 2.0, 0.0, abs(p.y - top + 0.035));
    stand = mix(stand, vec3(0.015, 0.016, 0.02), roof);
    stand += roof_edge * in_stand * v_flood * 0.5;
    stand = mix(stand, v_air, 0.1 + 0.2 * s);
    // ---- the pitch, on the ground plane
    float below = max(HORIZON - p.y, 1e-4);
    float z = EYE / below;
    vec2 g = vec2((p.x - cx) * z * 2.0, z);
    float w = z * soft / below * 1.5 + 0.004;
    float stripe = step(0.5, fract(g.x * 1.6 + 0.25));
    vec3 grass = v_grass * 0.3 * (0.75 + 0.3 * stripe) * (0.9 + 0.2 * vnoise(g * 30.0));
    float lit = 0.1 + 0.9 * exp(-g.x * g.x * 0.2 - (g.y - 1.3) * (g.y - 1.3) * 0.4);
    vec3 pitch = grass * v_flood * lit + v_flood * chalk(g, w) * 0.3 * lit;
    pitch = mix(pitch, v_air, smoothstep(0.4, FAR_LINE, z) * 0.35);
    float on_pitch = step(p.y, foot);
    // ---- the floodlight towers: lattice masts and blazing lamp banks, beams in the haze
    float cov = max(on_pitch, in_stand);
    vec3 col = mix(stand, pitch, on_pitch) * cov;       // premultiplied; the lights add on top
    for (int i = 0; i < 2; i++) {
        float tx = asp * TOWERS[i];
        float side = i == 0 ? 1.0 : -1.0;
        float mast = step(abs(p.x - tx + side * (p.y - 0.5) * 0.04), 0.004 + 0.006 * (0.9 - p.y)) * step(top - 0.01, p.y) * step(p.y, 0.9);
        vec2 bank = (p - vec2(tx + side * 0.015, 0.9)) / vec2(0.06, 0.035);
        float frame = step(max(abs(bank.x), abs(bank.y)), 1.0);
        vec2 lamp = fract(bank * vec2(3.0, 2.0) * 0.5 + 0.5) - 0.5;
        float bulb = frame * smoothstep(0.35, 0.1, length(lamp));
        float halo = exp(-length((p - vec2(tx, 0.9)) * vec2(1.0, 1.3)) * 9.0);
        // the beam toward the middle of the pitch
        vec2 to = vec2(cx, 0.25) - vec2(tx, 0.9);
        vec2 rel = p - vec2(tx, 0.9);
        float along = dot(rel, to) / dot(to, to);
        float across = abs(rel.x * to.y - rel.y * to.x) / length(to);
        float beam = step(0.0, along) * exp(-across / (0.02 + along * 0.12) * 2.0) * (1.0 - along) * 0.12;
        float solid = max(mast, frame);
        col = mix(col, vec3(0.02), solid);
        cov = max(cov, solid);
        col += v_flood * (bulb * 3.0 + halo * 0.25 + max(beam, 0.0));
    }
    f_color = vec4(col, cov) * land_opacity();
}
#endif
