#version 330 core
// One lantern, for a dream that names only one: a hand lantern of dark iron and glass with a
// flame inside, hanging at eye height where the staging puts it (u_place: renderer/gfx/
// staging.py) and swinging a little from its ring, its light spreading warm into the dark
// around it. Drawn as one sprite (lib/sky_fullscreen.glsl) covering the lantern and its light.
// u_params: z warmth pull 0..1 (as the lanterns layer's), x y w unused.
#include "lib/header.glsl"
const float REACH = 0.34;  // how far its light carries, in frame heights (times its size)
const float HEIGHT = 0.13; // its height, in frame heights (times its size)
#if defined VERTEX_SHADER
#define SKY_VERTEX_HOOK lantern_vertex
#define SKY_SPRITE lantern_sprite
#include "lib/sky_fullscreen.glsl"
#include "lib/sky_shapes.glsl"
flat out vec3 v_warm;    // the light's colour
flat out vec2 v_centre;  // the ring it hangs from (sky coordinates)
flat out float v_size;   // its height in frame heights


void lantern_vertex() {
    vec3 ref = vec3(1.0, 0.55, 0.2);
    float pull = u_params.z > 0.0 ? u_params.z : 0.75;
    v_warm = mix(v_pal[3], ref / luma(ref), pull);
}

vec2 lantern_sprite(int sprite, vec2 corner) {
    float size = u_place.y > 0.0 ? u_place.y : 1.0;
    v_size = HEIGHT * size;
    v_centre = vec2(aspect() * (u_place.w > 0.0 ? u_place.x : 0.5),
                    0.5 + 0.012 * sky_wave(u_time * 0.05 + v_rand.x));
    vec2 p = v_centre + corner * REACH * size - vec2(0.0, 0.5 * v_size);
    return vec2(p.x / aspect(), p.y);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
flat in vec3 v_warm;
flat in vec2 v_centre;
flat in float v_size;
out vec4 f_color;

float box(vec2 p, vec2 half_size) {
    vec2 q = abs(p) - half_size;
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0);
}

void main() {
    vec2 p = aspect_coords(v_uv) - v_centre;            // from the ring, frame heights
    float swing = 0.06 * sky_wave(u_time * 0.11 + v_rand.y * 7.0);
    float c = cos(swing), s = sin(swing);
    vec2 q = mat2(c, s, -s, c) * p / v_size;             // lantern units: 1 = its height
    float aa = 0.012 / (v_size * 6.0);
    q.y += 0.5;                                          // the glass's middle at the origin

    // iron: the ring, the cap, the posts, the base
    float ring = abs(length(q - vec2(0.0, 0.43)) - 0.06) - 0.012;
    float cap_w = mix(0.2, 0.08, clamp((q.y - 0.24) / 0.12, 0.0, 1.0));
    float cap = max(box(q - vec2(0.0, 0.3), vec2(0.2, 0.06)), abs(q.x) - cap_w);
    float posts = box(vec2(abs(q.x) - 0.165, q.y), vec2(0.018, 0.24));
    float base = box(q - vec2(0.0, -0.27), vec2(0.2, 0.035));
    float iron = sky_fill(min(min(ring, cap), min(posts, base)), aa);

    // the glass, lit from within: brightest around the flame
    float glass = sky_fill(box(q, vec2(0.15, 0.23)), aa);
    vec2 f = q - vec2(0.0, -0.06);
    float flicker = 0.92 + 0.08 * sky_wave(u_time * 0.9 + v_rand.z * 5.0);
    float inside = exp(-dot(f, f) * 14.0);
    // the flame: a teardrop, white at its core
    vec2 fl = vec2(f.x / (0.045 * flicker), (f.y + 0.02) / 0.09);
    float tear = length(vec2(fl.x * (1.0 + 0.6 * max(fl.y, 0.0)), fl.y));
    float flame = smoothstep(1.0, 0.55, tear);
    float core = smoothstep(0.6, 0.1, tear);

    vec3 glow_col = v_warm / max(luma(v_warm), 1e-3) * 0.55;
    vec3 col = glow_col * glass * (0.35 + 0.9 * inside) * flicker;
    col = mix(col, glow_col * 1.6, flame * glass);
    col = mix(col, vec3(1.0, 0.95, 0.85) * 1.4, core * glass);
    // the iron is dark, its edges catching the flame
    float rim = exp(-dot(q, q) * 6.0);
    col = mix(col, glow_col * 0.12 * rim, iron);

    // its light in the air around it: a tight bright halo and a wide warm wash
    float r = length(p - vec2(0.0, -0.5 * v_size)) / v_size;
    // (the wash falls to nothing at the edge of its quad, REACH away, leaving no box)
    float edge = exp(-REACH / HEIGHT * 1.1);
    float halo = 0.5 * exp(-r * r * 2.2) + 0.16 * max(exp(-r * 1.1) - edge, 0.0) / (1.0 - edge);
    vec3 light = glow_col * halo * flicker;
    float alpha = max(glass * 0.9, iron);
    f_color = vec4((col + light * (1.0 - alpha)) * sky_breath(0.05), alpha) * u_intensity;
}
#endif
