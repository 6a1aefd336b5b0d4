#version 330 core
// A sea of clouds seen from above it (midground): billowing tops in perspective to the
// horizon, drifting slowly toward the viewer. The sun (or the moon) stands low on one side
// (one per dream): the faces turned to it are lit warm, near white, the faces away and the
// hollows between the billows lie in the sky's cool light, darkening into the gaps. Further
// is hazier, toward the sky's colour, and under the sun the far tops glare. The sky is left
// to the layers behind.
#include "lib/header.glsl"
const float HORIZON = 0.44;     // the far edge of the clouds, in the picture's height
const float EYE = 0.3;          // the eye's height over the tops
const float SCALE = 2.4;        // domes per unit of the plane
#define LAND_RECT vec4(0.0, 0.0, asp, HORIZON + 0.01)
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK cloud_sea_vertex
#include "lib/land_vertex.glsl"
#include "lib/land_building.glsl"
flat out vec4 v_view;     // aspect, the sun's side (-1 left, 1 right), the drift, edge softness
flat out vec3 v_key;      // the sun or the moon on the tops
flat out vec3 v_amb;      // the sky's light on the faces away
flat out vec3 v_deep;     // the gaps between the billows
flat out vec3 v_air;      // the haze that distance leans toward

void cloud_sea_vertex() {
    float asp = aspect();
    float day = 1.0 - atmosphere_night();
    vec3 lamp;
    building_light(day, v_key, v_amb, lamp);
    vec3 low_sun = mix(vec3(1.0, 0.62, 0.34), v_pal_light, 0.2);   // gold at dusk and dawn
    // the sunlit tops a warm cream, gold at dusk and dawn, against the sky's blue in the shade
    v_key = mix(v_key * vec3(1.0, 0.74, 0.46), low_sun * 1.1, 0.7 * atmosphere_dusk()) * 0.7;
    v_amb = mix(v_amb, atmosphere_day(0.9) * 0.9, 0.5 * day) + v_pal_glow * 0.03;
    vec3 blue = vec3(0.36, 0.52, 1.0) * luma(v_key) * 0.8;
    v_amb = mix(mix(v_amb, vec3(luma(v_amb)), 0.3), blue, 0.8) * 0.8;
    v_deep = v_amb * vec3(0.4, 0.45, 0.6) + atmosphere_night_air(0.3) * 0.4;
    v_air = mix(v_pal_air * 0.8 + v_pal_haze * 0.2, atmosphere_day(0.38), day);
    float side = fract(u_seed * 0.618) < 0.5 ? -1.0 : 1.0;
    v_view = vec4(asp, side, u_time * 0.025, 1.5 / land_height_px());
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_key;
flat in vec3 v_amb;
flat in vec3 v_deep;
flat in vec3 v_air;

// The domes of one size over q: each cell of the grid heaps one, a little off its centre,
// of its own radius and height (at most 0.75 across, so only the 2x2 cells nearest q can
// reach it). The domes and the base between them are joined softly, the higher weighing
// most: returns the joined normal and height (0 on the base).
vec4 domes(vec2 q, float seed) {
    vec2 base = floor(q - 0.5);
    vec3 n = vec3(0.0, 0.0, 1.0);                        // the base, weighing exp(0)
    float weight = 1.0;
    float height = 0.0;
    for (int j = 0; j < 2; j++) {
        for (int i = 0; i < 2; i++) {
            vec2 cell = base + vec2(float(i), float(j));
            vec2 rnd = hash22(cell + seed);
            vec2 dv = q - (cell + 0.5 + (rnd - 0.5) * 0.5);
            float r = 0.45 + 0.3 * rnd.y;
            float squash = 0.35 + 0.4 * rnd.x;
            float k = max(r * r - dot(dv, dv), 0.0);
            float h = sqrt(k) * squash;
            float w = exp(h * 18.0) - 1.0;               // nothing where the dome is not
            n += normalize(vec3(dv * squash, sqrt(k) + 1e-3)) * w;
            height += h * w;
            weight += w;
        }
    }
    return vec4(normalize(n), height / weight);
}

// The tops over q: big domes, higher where the sea swells, with small ones heaped on them
// (far away, fine < 1, the small ones fade out rather than shimmer). Normal and height.
vec4 tops(vec2 q, float fine) {
    float swell = 0.55 + 0.9 * vnoise(q * 0.23 + 7.7);
    vec4 big = domes(q, u_seed * 7.0);
    vec4 small = domes(q * 2.7 + 3.1, u_seed * 7.0 + 19.0);
    vec3 n = normalize(big.xyz * vec3(swell, swell, 1.0) + small.xyz * 0.7 * fine);
    return vec4(n, big.w * swell + small.w * 0.37 * fine);
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float d = max(HORIZON - p.y, 2e-3);                 // how far below the horizon
    float side = v_view.y;
    // the plane of the tops under this pixel (their relief is in the light, not the outline)
    float z = EYE / d;
    float fine = exp(-z * 0.35);
    vec4 t = tops(vec2((p.x - 0.5 * asp) * z, z + v_view.z) * SCALE, fine);
    // where a dome spans only a few pixels the tops merge into an even, lit sheet
    float footprint = SCALE * z * z / EYE * v_view.w / 1.5;   // of the plane per pixel
    float merge = smoothstep(0.25, 0.7, footprint);
    t = mix(t, vec4(0.0, 0.0, 1.0, 0.3), merge);
    t.xyz = normalize(t.xyz);
    float h = t.w / 0.56;                                // 0 in the gaps, 1 on the highest tops
    // the sun high on its side and a little ahead: the domes' faces turned to it lit, wrapping
    // softly round (light passes through cloud), the rest in the sky's light, darker in the gaps
    vec3 sun = normalize(vec3(side * 0.75, 0.3, 0.55));
    float lit = clamp((dot(t.xyz, sun) + 0.2) / 1.2, 0.0, 1.0);
    float up = smoothstep(0.0, 0.5, h);
    vec3 shade = mix(v_deep, v_amb * (0.75 + 0.25 * t.z), up);
    vec3 col = mix(shade, v_key, lit * lit * (0.3 + 0.6 * up));
    // the edges of the domes against the light catch it through their thin rims
    col += v_key * 0.2 * pow(1.0 - t.z, 3.0) * step(0.0, dot(t.xy, sun.xy)) * up;
    // further is hazier; under the sun the far tops glare
    float haze = 1.0 - exp(-z * 0.16);
    float glare = exp(-d * 9.0) * smoothstep(0.0, 1.0, 0.5 + 0.5 * side * (2.0 * v_uv.x - 1.0));
    col = mix(col, v_air, haze);
    col += v_key * 0.45 * glare * glare;
    float edge = smoothstep(0.0, v_view.w * 4.0, HORIZON - p.y);    // a soft far edge
    f_color = vec4(col * edge, edge) * land_opacity();
}
#endif
