#version 330 core
// Deep inside a cave (background): it replaces the sky and the land with the rock itself. The
// cavern recedes in four arches of rock, each further one smaller, paler with the haze and
// rimmed by the light that comes from far inside (daylight from an opening by day, a faint
// cool glow by night); stalactites hang from every arch and the near rock glistens with drops.
// A still pool lies on the floor and holds the far light, and now and then a drip rings across
// it. What the dream names in there (a lantern, glow-worms, a bat) shows in front of it.
#include "lib/header.glsl"
#include "lib/noise.glsl"
const int ARCHES = 4;        // the arches of rock, nearest first
const float POOL = 0.26;     // the pool's far edge (the floor line at the vanishing point)
#if defined VERTEX_SHADER
#define SKY_VERTEX_HOOK cavern_vertex
#include "lib/sky_fullscreen.glsl"
#include "lib/atmosphere.glsl"
flat out vec3 v_light;   // the light far inside
flat out vec3 v_rock;    // the rock near at hand, in the dark
flat out vec3 v_haze;    // the air of the cavern, lit by the far light
flat out vec2 v_centre;  // where the cavern recedes to

void cavern_vertex() {
    float night = atmosphere_night();
    vec3 day_light = mix(v_pal[3], vec3(1.0, 0.88, 0.66), 0.45) * 1.6;
    vec3 night_light = mix(v_pal[1], vec3(0.35, 0.85, 0.9), 0.5) * 0.45;
    v_light = mix(day_light, night_light, night);
    v_rock = mix(v_pal[0], vec3(1.0, 0.82, 0.68), 0.75) * 0.03;  // (v_pal is at luminance 1)
    v_haze = v_light * 0.07;
    // the vanishing point drifts a little with the dream's seed, off the centre like a painter's
    v_centre = vec2(aspect() * (0.42 + 0.16 * v_rand.x), 0.4);
}
#elif defined FRAGMENT_SHADER
#include "lib/sky_common.glsl"
flat in vec3 v_light;
flat in vec3 v_rock;
flat in vec3 v_haze;
flat in vec2 v_centre;
out vec4 f_color;

// Where arch k is centred: the near one on the middle of the frame, the further ones on the
// way to where the cavern recedes, so that it turns as it goes.
vec2 cavern_centre(float fk) {
    return mix(vec2(0.5 * aspect(), 0.42), v_centre, fk / float(ARCHES - 1));
}

// How far p lies outside arch k's opening (negative inside), in the arch's own units: a
// rounded vault over a flatter floor, its edge broken by the rock and by stalactites.
float cavern_edge(vec2 p, int k, float scale) {
    float fk = float(k);
    vec2 q = (p - cavern_centre(fk)) / scale;
    vec2 seed = sky_seed2() + vec2(fk * 13.7, fk * 5.3);
    float e = length(vec2(q.x / (0.72 + 0.1 * hash11(fk + 2.0)),
                          q.y > 0.0 ? q.y / 0.62 : q.y / 0.34)) - 1.0;
    if (e < -0.14) return e;  // well inside: the breaks below reach no further than 0.13
    e += 0.2 * (vnoise(q * 3.0 + seed) - 0.5);
    if (k == 0) e += 0.06 * (vnoise(q * 11.0 + seed) - 0.5);  // the near rock's finer breaks
    float tx = q.x * 7.0 + seed.x;
    float tooth = 1.0 - abs(fract(tx) - 0.5) * 2.0;
    float length_ = 0.25 * pow(hash11(floor(tx) + fk * 7.0), 2.0) * smoothstep(0.1, 0.5, q.y);
    return e - tooth * tooth * tooth * length_;
}

// The still pool on the floor of the near chamber (rgb, coverage): the far light lies on it in
// a long streak, and now and then a drip rings across it.
vec4 cavern_pool(vec2 p) {
    float t = u_time;
    float surface = cavern_centre(1.0).y - 0.2;                 // its far edge
    if (p.y > surface) return vec4(0.0);
    float near = (surface - p.y) / surface;                      // 0 at the far edge, 1 near
    float halfwidth = 0.25 + 0.9 * near;
    float dx = p.x - v_centre.x * (1.0 - near) - 0.5 * aspect() * near;
    float ripple = 0.75 + 0.25 * sin((surface - p.y) * 160.0 / (0.3 + near) - t * 0.9
                                     + 1.5 * sin(p.x * 23.0 + sin(p.x * 61.0)));
    vec3 water = v_haze * 0.5 + v_light * exp(-dx * dx * 60.0 / (0.2 + near)) * 0.45 * ripple
        * (1.0 - 0.6 * near);
    float cycle = t / 6.0;
    vec2 drip = vec2(v_centre.x + 0.2 * sin(floor(cycle) * 12.9), surface - 0.05);
    vec2 dd = (p - drip) * vec2(1.0, 3.5);
    float ring = (length(dd) - 0.3 * fract(cycle)) * 70.0;
    float rings = exp(-ring * ring) * (1.0 - fract(cycle));
    water += v_light * rings * 0.2;
    float edge = smoothstep(0.0, 0.03, surface - p.y) * smoothstep(halfwidth, halfwidth * 0.7, abs(dx));
    return vec4(water, edge);
}

// The face of arch k at p, e outside its opening: dark rock with grain and strata, paler
// with the haze the further it is, lit where it grazes the far light.
vec3 cavern_face(vec2 p, int k, float scale, float e) {
    float fk = float(k);
    float fog = fk / float(ARCHES);
    vec2 r = mat2(0.8, -0.6, 0.6, 0.8) * p / scale + fk * 3.1;  // turned: no grid in the grain
    float grain = 0.65 + 0.35 * vnoise(r * 6.0);
    float strata = 0.9 + 0.1 * sin((p.y - v_centre.y) * 50.0 / scale + grain * 9.0);
    vec3 face = v_rock * grain * strata * (1.0 - 0.5 * smoothstep(0.0, 0.5, e));
    face = mix(face, v_haze * 2.2 * grain, fog * 0.75);
    float lit = exp(-max(e, 0.0) * 9.0);
    float rim = lit * lit * lit;
    rim *= rim * rim;                                            // exp(-81 e): the very edge
    face += v_light * (grain * lit * (0.25 + 0.75 * fog) + rim * fog) * 0.12;
    if (k == 0) {  // drops of water glistening on the near rock
        vec2 c = p * 34.0;
        float s = hash21(floor(c) + 3.0);
        vec2 o = fract(c) - 0.5;
        face += v_light * 0.4 * step(0.975, s) * exp(-dot(o, o) * 80.0)
            * (0.5 + 0.5 * sin(u_time * 0.7 + s * 40.0)) * exp(-e * 3.0);
    }
    return face;
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float t = u_time;
    vec2 d = p - v_centre;
    float px = 1.5 / u_resolution.y;
    // ---- the arches of rock, front to back: each covers what lies beyond it, so a pixel of
    // near rock is done at once; the pool lies on the floor of the near chamber
    float e = cavern_edge(p, 0, 1.0);
    float cover = smoothstep(-px, px, e);
    vec3 col = cover > 0.0 ? cover * cavern_face(p, 0, 1.0, e) : vec3(0.0);
    vec4 pool = cavern_pool(p);  // on the floor, in front of every arch but the nearest
    col += (1.0 - cover) * pool.a * pool.rgb;
    cover += (1.0 - cover) * pool.a;
    for (int k = 1; k < ARCHES && cover < 0.99; k++) {
        float scale = pow(0.6, float(k));
        e = cavern_edge(p, k, scale);
        float rock = (1.0 - cover) * smoothstep(-px / scale, px / scale, e);
        if (rock > 0.0) {
            col += rock * cavern_face(p, k, scale, e);
            cover += rock;
        }
    }
    if (cover < 0.99) {
        // ---- the far light, the haze it fills the cavern with, and motes drifting in it
        float far = exp(-dot(d, d) * 40.0);
        vec3 air = v_haze * (0.35 + 0.65 * exp(-dot(d, d) * 6.0)) + v_light * far * sky_breath(0.15);
        vec2 g = vec2(p.x * 46.0 + t * 0.05, p.y * 46.0 + t * 0.02);
        float h = hash21(floor(g) + sky_seed2());
        vec2 at = fract(g) - vec2(0.3 + 0.4 * hash11(h * 9.0), 0.3 + 0.4 * h);
        air += v_light * step(0.9, h) * exp(-dot(at, at) * 500.0) * exp(-dot(d, d) * 8.0) * 0.5;
        col += (1.0 - cover) * air;
    }
    f_color = vec4(col, 1.0) * clamp(u_intensity * 1.25, 0.0, 1.0);
}
#endif
