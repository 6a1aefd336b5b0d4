#version 330 core
// A cable car on its rope over the land: two steel ropes run across the whole sky, sagging a
// little and falling toward one side, and a cabin hangs from them where the staging puts it
// (u_place: renderer/gfx/staging.py) on a hanger arm from its wheeled carriage. The cabin is
// a rounded box in its own colour (the palette's accent, or the colour the dream names), lit
// from the upper left, with a band of windows that glow warm by night; it swings gently on
// its arm and creeps along the rope. u_params.x 1: a chairlift instead: open chairs, each a
// seat, a back and a bar, hang every little way along the rope and ride up it slowly.
// Two sprites (lib/sky_fullscreen.glsl): the band along the ropes (with the chairs), and the
// cabin's box.
#include "lib/header.glsl"
const float CHAIR = 1.1;  // a chair's height in cabin heights
#if defined VERTEX_SHADER
#define SKY_VERTEX_HOOK cable_vertex
#define SKY_SPRITE cable_sprite
#include "lib/sky_fullscreen.glsl"
#include "lib/sky_shapes.glsl"
#include "lib/thing_colour.glsl"
flat out vec3 v_skin;    // the cabin's (or the chairs') colour, its brightest channel 1
flat out vec3 v_rope;    // the rope: its height at x = 0, its slope, and the sag's depth
flat out vec2 v_grip;    // where the cabin's arm grips the rope (sky coordinates)
flat out float v_size;   // the cabin's height in frame heights
flat out float v_part;   // 0: the band along the ropes, 1: the cabin

float rope_at(float x) {
    float asp = aspect();
    float u = x / asp;
    return v_rope.x + v_rope.y * x - v_rope.z * 4.0 * u * (1.0 - u);
}

void cable_vertex() {
    v_skin = thing_colour();
    float side = u_place.z != 0.0 ? u_place.z : 1.0;  // the rope falls the way it faces
    float asp = aspect();
    float size = u_place.y > 0.0 ? u_place.y : 1.0;
    v_size = 0.15 * size;
    float slope = -0.16 * side;
    v_rope = vec3(0.86 - slope * asp * (side > 0.0 ? 0.0 : 1.0), slope, 0.05);
    // the cabin creeps along the rope and back, about its staged place
    float x = asp * (u_place.w > 0.0 ? u_place.x : 0.5) + 0.04 * sky_wave(u_time * 0.011);
    v_grip = vec2(x, rope_at(x));
}

vec2 cable_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    v_part = float(sprite);
    vec2 p;
    if (sprite == 0) {  // the band along the ropes, deep enough for the chairs under them
        float x = mix(-0.02, asp + 0.02, corner.x * 0.5 + 0.5);
        float below = v_rope.z + (u_params.x > 0.5 ? CHAIR * v_size : 0.0);  // the sag too
        p = vec2(x, v_rope.x + v_rope.y * x + mix(-0.012 - below, 0.012, corner.y * 0.5 + 0.5));
    } else if (u_params.x > 0.5) {
        return vec2(0.0);  // chairs ride in the band: no cabin
    } else {  // the cabin, its arm and carriage, with room to swing
        vec2 lo = v_grip + vec2(-0.75, -1.45) * v_size;
        vec2 hi = v_grip + vec2(0.75, 0.12) * v_size;
        p = mix(lo, hi, corner * 0.5 + 0.5);
    }
    return vec2(p.x / asp, p.y);
}
#elif defined FRAGMENT_SHADER
#include "lib/sky_common.glsl"
flat in vec3 v_skin;
flat in vec3 v_rope;
flat in vec2 v_grip;
flat in float v_size;
flat in float v_part;
out vec4 f_color;

const float ARM = 0.55;       // the hanger arm's length, in cabin heights
const float SPACING = 0.42;   // the chairs' spacing along the rope (frame heights)

float rope_at(float x) {
    float u = x / aspect();
    return v_rope.x + v_rope.y * x - v_rope.z * 4.0 * u * (1.0 - u);
}

// A rounded box's signed distance (half size b, corner radius r).
float rounded(vec2 p, vec2 b, float r) {
    vec2 q = abs(p) - b + r;
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}

// The two ropes at p: coverage of the steel lines (the lower one the haul rope).
float ropes(vec2 p, float aa) {
    float y = rope_at(p.x);
    float d = min(abs(p.y - y), abs(p.y - (y - 0.008)));
    return sky_fill(d - max(0.0012, 0.6 / u_resolution.y), aa);  // at least a pixel wide
}

// One open chair hanging at grip g (chair units: its height about 1): (frame, seat, lit
// side) coverages: a steel hanger down to a frame, a padded seat and back on it.
vec3 chair(vec2 p, vec2 g, float size, float aa) {
    vec2 q = (p - g) / size;
    float a = aa / size;
    float hanger = sky_fill(sky_segment(q, vec2(0.0, 0.0), vec2(0.0, -0.5)) - 0.03, a);
    hanger = max(hanger, sky_fill(sky_segment(q, vec2(0.0, -0.5), vec2(-0.3, -0.56)) - 0.03, a));
    float rail = sky_fill(sky_segment(q, vec2(-0.3, -0.5), vec2(0.32, -0.5)) - 0.022, a);
    float seat = sky_fill(rounded(q - vec2(0.02, -0.82), vec2(0.32, 0.06), 0.05), a);
    float back = sky_fill(rounded(q - vec2(-0.3, -0.66), vec2(0.06, 0.2), 0.05), a);
    float pad = max(seat, back);
    return vec3(max(max(hanger, rail), pad), pad, pad * smoothstep(0.35, -0.35, q.x));
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float aa = 1.2 / u_resolution.y;
    float day = smoothstep(0.15, 0.7, u_daylight);
    vec3 steel = vec3(0.12, 0.12, 0.13) * mix(0.6, 1.0, day);
    vec3 col = vec3(0.0), glow = vec3(0.0);
    float alpha = 0.0;
    if (v_part < 0.5) {
        alpha = ropes(p, aa);
        col = steel;
        if (u_params.x > 0.5) {  // chairs every SPACING, riding slowly up the rope
            float along = p.x + u_time * 0.02;
            float k = floor(along / SPACING + 0.5);
            float gx = k * SPACING - u_time * 0.02;
            vec2 g = vec2(gx, rope_at(gx) - 0.004);
            vec3 c = chair(p, g, CHAIR * v_size, aa);
            vec3 paint = v_skin * mix(0.1, 0.5, day) * (0.55 + 0.6 * c.z);
            col = mix(col, mix(steel, paint, c.y), c.x);
            alpha = max(alpha, c.x);
        }
    } else {
        float swing = 0.04 * sky_wave(u_time * 0.09 + v_rand.z);  // a slow pendulum
        float c = cos(swing), s = sin(swing);
        vec2 q = mat2(c, s, -s, c) * (p - v_grip) / v_size;  // cabin heights from the grip
        float a = aa / v_size;
        // the carriage on the ropes: a short beam with two wheels
        float carriage = sky_fill(rounded(q - vec2(0.0, -0.02), vec2(0.22, 0.045), 0.04), a);
        carriage = max(carriage, sky_fill(length(vec2(abs(q.x) - 0.15, q.y - 0.02)) - 0.05, a));
        // the hanger arm: down from the carriage, bending out to the roof's middle
        float arm = sky_fill(sky_segment(q, vec2(0.0, -0.04), vec2(0.08, -0.3)) - 0.025, a);
        arm = max(arm, sky_fill(sky_segment(q, vec2(0.08, -0.3), vec2(0.0, -ARM)) - 0.025, a));
        // the cabin: a rounded box, a darker roof cap, a band of windows
        vec2 b = q - vec2(0.0, -ARM - 0.5);
        float body = sky_fill(rounded(b, vec2(0.42 - 0.05 * b.y, 0.5), 0.12), a);
        float roof = step(0.36, b.y);
        float glass = sky_fill(rounded(b - vec2(0.0, 0.1), vec2(0.34, 0.18), 0.05), a);
        float mullion = sky_fill(abs(fract(b.x * 3.0 + 0.5) - 0.5) / 3.0 - 0.012, a);
        float lit = clamp((0.42 - b.x) * 1.3, 0.35, 1.0);  // light from the upper left
        vec3 paint = v_skin * mix(0.1, 0.6, day) * lit * (1.0 - 0.45 * roof);
        vec3 pane = mix(vec3(1.0, 0.72, 0.4) * 0.9, vec3(0.55, 0.65, 0.75) * 0.5, day);
        vec3 cabin = mix(paint, pane, glass * (1.0 - mullion));
        col = mix(steel, cabin, body);
        alpha = max(max(carriage, arm), body);
        // by night the windows glow a little beyond the glass
        glow = vec3(1.0, 0.7, 0.4) * 0.25 * sky_glow(length(b - vec2(0.0, 0.1)), 0.9) * (1.0 - day);
    }
    f_color = vec4((col * alpha + glow) * sky_breath(0.03), alpha) * u_intensity;
}
#endif
