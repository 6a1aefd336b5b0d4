#version 330 core
// A balloon on a string, drifting where the staging puts it (u_place: renderer/gfx/staging.py):
// a taut rubber skin a little taller than wide, narrowing to a tied knot, lit from one side
// with a soft sheen across it, a bright window of light near the top and the light showing
// through the skin at its rim; its string hangs below in a slow wave. It bobs and sways on the
// air and turns a little. Its colour is the palette's accent, or the colour the dream names for
// it ("a red balloon"). By night it is a dim shape with a pale sheen. Drawn as one sprite (lib/
// sky_fullscreen.glsl) covering the balloon and its string.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define SKY_VERTEX_HOOK balloon_vertex
#define SKY_SPRITE balloon_sprite
#include "lib/sky_fullscreen.glsl"
#include "lib/sky_shapes.glsl"
#include "lib/thing_colour.glsl"
flat out vec3 v_skin;    // the rubber's colour, its brightest channel 1
flat out vec2 v_centre;  // the balloon's middle (sky coordinates)
flat out float v_size;   // its height in frame heights

const float STRING = 2.6;  // the string's length, in balloon heights

void balloon_vertex() {
    v_skin = thing_colour();
}

vec2 balloon_sprite(int sprite, vec2 corner) {
    float size = u_place.y > 0.0 ? u_place.y : 1.0;
    v_size = 0.16 * size;
    float t = u_time;
    v_centre = vec2(aspect() * (u_place.w > 0.0 ? u_place.x : 0.5)
                        + 0.018 * size * sky_wave(t * 0.031 + v_rand.x),
                    0.6 + 0.025 * sky_wave(t * 0.047 + v_rand.y) + 0.01 * sky_wave(t * 0.13));
    // the box: the balloon's width either way, from above its top to the string's end
    vec2 lo = v_centre + vec2(-0.75, -0.5 - STRING) * v_size;
    vec2 hi = v_centre + vec2(0.75, 0.62) * v_size;
    vec2 p = mix(lo, hi, corner * 0.5 + 0.5);
    return vec2(p.x / aspect(), p.y);
}
#elif defined FRAGMENT_SHADER
#include "lib/sky_common.glsl"
flat in vec3 v_skin;
flat in vec2 v_centre;
flat in float v_size;
out vec4 f_color;

const float STRING = 2.6;


// The skin's outline: an egg, rounder at the top and drawn in toward the knot below (q: balloon
// units, its middle at the origin, 1 = its height). Returns a distance, roughly.
float skin(vec2 q) {
    float below = clamp(-q.y * 2.2, 0.0, 1.0);
    float half_width = 0.39 * (1.0 - 0.42 * below * below);
    return length(vec2(q.x / half_width, q.y / 0.5)) * 0.42 - 0.42;
}

void main() {
    vec2 p = aspect_coords(v_uv) - v_centre;             // frame heights from its middle
    float t = u_time;
    float sway = 0.07 * sky_wave(t * 0.043 + v_rand.z * 5.0);
    float c = cos(sway), s = sin(sway);
    vec2 q = mat2(c, s, -s, c) * p / v_size;             // balloon units, tilted with the air
    float aa = 0.9 / (v_size * u_resolution.y);

    float d = skin(q);
    float body = sky_fill(d, aa);
    // the knot: a small tuck under the skin
    vec2 k = q - vec2(0.0, -0.525);
    float knot = sky_fill(length(vec2(k.x * 1.4, k.y)) - 0.04, aa);

    // the string: hangs from the knot in a slow wave that travels down it
    float along = clamp((-0.55 - q.y) / STRING, 0.0, 1.0);
    float wave = 0.09 * along * sky_wave(along * 1.3 - t * 0.07 + v_rand.w)
               + 0.03 * along * along * sky_wave(t * 0.09 + v_rand.x * 3.0);
    float sd = abs(q.x - wave) - 0.009;
    float string_on = sky_fill(sd, aa * 1.2) * step(q.y, -0.53) * step(-0.55 - STRING, q.y);
    string_on *= 1.0 - 0.6 * along * along;              // thinning into the air

    // light from the upper left: the lit side, a soft sheen, the window of light, a bright rim
    vec2 n2 = vec2(q.x / 0.39, (q.y - 0.05) / 0.5);
    float nz = sqrt(max(1.0 - dot(n2, n2), 0.0));
    vec3 n = normalize(vec3(n2, nz + 0.15));
    vec3 l = normalize(vec3(-0.55, 0.6, 0.58));
    float lambert = max(dot(n, l), 0.0);
    float spec = pow(max(dot(reflect(-l, n), vec3(0.0, 0.0, 1.0)), 0.0), 24.0);
    float window = sky_fill(length((q - vec2(-0.15, 0.2)) * vec2(1.0, 0.7)) - 0.07, 0.03);
    float rim = pow(1.0 - nz, 3.0);                       // the light through the thin skin

    float day = smoothstep(0.15, 0.7, u_daylight);
    vec3 skin_col = v_skin * mix(0.14, 0.62, day);
    vec3 col = skin_col * (0.3 + 0.9 * lambert);
    col += skin_col * rim * mix(0.6, 1.2, day);
    vec3 sheen = mix(vec3(0.55, 0.62, 0.8), vec3(1.0), day);
    col += sheen * (0.5 * spec + 0.85 * window) * mix(0.5, 1.0, day);
    col = mix(col, skin_col * 0.6, knot);

    vec3 string_col = mix(vec3(0.25), vec3(0.85), day) * 0.6;
    float alpha = max(max(body, knot), string_on);
    col = mix(string_col, col, max(body, knot) / max(alpha, 1e-4));
    f_color = vec4(col * sky_breath(0.03), 1.0) * alpha * u_intensity;
}
#endif
