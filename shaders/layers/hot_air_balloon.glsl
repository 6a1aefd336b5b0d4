#version 330 core
// A hot air balloon drifting where the staging puts it (u_place: renderer/gfx/staging.py): a
// round envelope narrowing to its mouth, sewn from gores in two colours (the balloon's own, the
// palette's accent or the colour the dream names for it, and a warm cream), lit from one side;
// four cables down to a wicker basket. Every few seconds the burner fires: a flame in the mouth
// that lights the envelope from inside, a glow that carries far by night. It rises and sinks a
// little and sways on the air. Drawn as one sprite (lib/sky_fullscreen.glsl) covering the
// envelope and the basket.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define SKY_VERTEX_HOOK hot_air_vertex
#define SKY_SPRITE hot_air_sprite
#include "lib/sky_fullscreen.glsl"
#include "lib/sky_shapes.glsl"
#include "lib/thing_colour.glsl"
flat out vec3 v_skin;    // the envelope's colour, its brightest channel 1
flat out vec2 v_centre;  // the envelope's middle (sky coordinates)
flat out float v_size;   // the envelope's height in frame heights

void hot_air_vertex() {
    v_skin = thing_colour();
}

vec2 hot_air_sprite(int sprite, vec2 corner) {
    float size = u_place.y > 0.0 ? u_place.y : 1.0;
    v_size = 0.3 * size;
    float t = u_time;
    v_centre = vec2(aspect() * (u_place.w > 0.0 ? u_place.x : 0.5)
                        + 0.02 * size * sky_wave(t * 0.021 + v_rand.x),
                    0.64 + 0.03 * sky_wave(t * 0.033 + v_rand.y));
    // the box: the envelope's width either way, from its top to the basket's floor
    vec2 lo = v_centre + vec2(-0.5, -0.8) * v_size;
    vec2 hi = v_centre + vec2(0.5, 0.56) * v_size;
    vec2 p = mix(lo, hi, corner * 0.5 + 0.5);
    return vec2(p.x / aspect(), p.y);
}
#elif defined FRAGMENT_SHADER
#include "lib/sky_common.glsl"
flat in vec3 v_skin;
flat in vec2 v_centre;
flat in float v_size;
out vec4 f_color;

const float TOP = 0.1;     // the height of the round crown's middle
const float RADIUS = 0.42; // the crown's radius
const float MOUTH = -0.45; // the height of the mouth


// The envelope's half width at height y: a round crown drawn in to the mouth below.
float half_width(float y) {
    float dy = y - TOP;
    float crown = sqrt(max(RADIUS * RADIUS - dy * dy, 0.0));
    float lower = mix(0.075, RADIUS, pow(clamp((y - MOUTH) / (TOP - MOUTH), 0.0, 1.0), 0.55));
    return y > TOP ? crown : lower;
}

void main() {
    vec2 p = aspect_coords(v_uv) - v_centre;
    float t = u_time;
    float sway = 0.025 * sky_wave(t * 0.037 + v_rand.z * 5.0);
    float c = cos(sway), s = sin(sway);
    vec2 q = mat2(c, s, -s, c) * p / v_size;             // envelope units, swaying together
    float aa = 0.9 / (v_size * u_resolution.y);
    float day = smoothstep(0.15, 0.7, u_daylight);

    // the envelope and its gores: stripes by longitude round the crown
    float hw = half_width(q.y);
    float inside = step(MOUTH, q.y) * step(q.y, TOP + RADIUS);
    float envelope = sky_fill(abs(q.x) - hw, aa) * inside;
    float u = clamp(q.x / max(hw, 1e-3), -1.0, 1.0);
    float longitude = asin(u);
    float stripe = longitude * 8.0 / 3.14159;
    float w = clamp(fwidth(stripe), 0.01, 0.5);              // anti-aliased along the seams
    float gore = smoothstep(0.5 - w, 0.5 + w, abs(fract(stripe) - 0.5) * 2.0);
    float seam = smoothstep(w + 0.06, 0.0, abs(fract(stripe) - 0.5) - 0.44);
    vec3 cream = vec3(1.0, 0.92, 0.78);
    vec3 cloth = mix(v_skin, cream, gore);
    // light from the upper left on a round body
    float ny = clamp((q.y - TOP) / RADIUS, -1.0, 1.0);
    vec3 n = normalize(vec3(u, 0.6 * ny, sqrt(max(1.0 - u * u, 0.0)) + 0.2));
    float lambert = max(dot(n, normalize(vec3(-0.6, 0.55, 0.58))), 0.0);
    vec3 col = cloth * mix(0.1, 0.6, day) * (0.35 + 0.9 * lambert) * (1.0 - 0.25 * seam);

    // the burner: fires for a moment every few seconds, lighting the envelope from inside
    float cycle = fract(t / 7.0 + v_rand.w);
    float burn = smoothstep(0.0, 0.04, cycle) * smoothstep(0.22, 0.12, cycle);
    burn *= 0.85 + 0.15 * sky_wave(t * 3.1);
    float within = exp(-max(q.y - MOUTH, 0.0) * 3.2);
    col += cloth * vec3(1.0, 0.6, 0.3) * burn * within * mix(1.1, 0.45, day);
    vec2 fq = q - vec2(0.0, MOUTH - 0.03);
    float flame = exp(-dot(fq * vec2(9.0, 5.0), fq * vec2(9.0, 5.0))) * burn;

    // the cables and the wicker basket
    float cables = 1e3;
    for (int i = 0; i < 2; i++) {
        float side = i == 0 ? -1.0 : 1.0;
        cables = min(cables, sky_segment(q, vec2(0.07 * side, MOUTH), vec2(0.075 * side, -0.62)));
    }
    float rigging = sky_fill(cables - 0.006, aa) * step(q.y, MOUTH + 0.01);
    vec2 bq = q - vec2(0.0, -0.68);
    float basket = sky_fill(max(abs(bq.x) - 0.075, abs(bq.y) - 0.06), aa);
    float weave = 0.8 + 0.2 * sky_wave(bq.x * 40.0) * sky_wave(bq.y * 30.0);
    vec3 wicker = vec3(0.42, 0.27, 0.13) * mix(0.12, 0.7, day) * weave
                * (0.7 + 0.3 * smoothstep(0.075, -0.075, bq.x));
    vec3 line = vec3(0.15, 0.12, 0.1) * mix(0.5, 1.0, day);

    float body = max(envelope, basket);
    float alpha = max(body, rigging);
    vec3 shade = mix(line, wicker, basket);
    shade = mix(shade, col, envelope);
    vec3 light = vec3(1.0, 0.7, 0.35) * flame * 1.5;
    f_color = vec4((shade * alpha + light) * sky_breath(0.03), alpha) * u_intensity;
}
#endif
