#version 330 core
// The open land a road crosses (drawn behind every land layer, in front of the sky, so the
// hills, dunes or towns a dream names stand on it and the road runs over them): wide fields
// to the horizon in patches of crop and fallow, divided by dark hedgerows that run away with
// the road, lit from the right by day and dark at night, fading into the haze far off. Its
// ground depth matches the road's (shaders/layers/road.glsl): z = EYE / (HORIZON - y).
#include "lib/header.glsl"
const float HORIZON = 0.4;
const float EYE = 0.1;
#define LAND_RECT vec4(-0.5 * asp, 0.0, 1.5 * asp, HORIZON + 0.03)  // wide enough for a far shore
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK road_land_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // aspect, edge softness, the road's centre x, the eye's travel
flat out vec3 v_field;    // the fields' colour in the light of the hour
flat out vec3 v_hedge;    // the hedgerows'

void road_land_vertex() {
    float asp = aspect();
    v_view = vec4(asp, 1.5 / u_resolution.y, asp * (0.5 + 0.012 * sin(u_time * 0.021)),
                  u_time * 0.22);
    vec3 day = mix(vec3(0.36, 0.36, 0.24), mix(u_palette[1], u_palette[2], 0.5), 0.25) * 0.55;
    v_field = mix(v_pal_dark * 2.4 + vec3(0.008, 0.009, 0.013), day, smoothstep(0.1, 0.7, u_daylight));
    v_hedge = v_field * 0.45;
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_field;
flat in vec3 v_hedge;

void main() {
    vec2 p = vec2(v_uv.x * v_view.x, v_uv.y);
    float soft = v_view.y;
    float below = max(HORIZON - p.y, 1e-4);
    float z = EYE / below;
    vec2 g = vec2((p.x - v_view.z) * z, z + v_view.w);   // on the ground, flowing with the road
    // fields: patches a few road-widths across, each its own shade, with furrows along them
    vec2 cell = floor(g * vec2(1.4, 0.35));
    float shade = hash21(cell + 3.0);
    float furrow = 0.5 + 0.5 * sin(g.x * 60.0 + shade * 6.0);
    float fine = smoothstep(6.0, 1.0, z);                // furrows only where they resolve
    vec3 col = v_field * (0.8 + 0.35 * shade) * (1.0 - 0.12 * furrow * fine);
    // hedgerows: the fields' borders running away with the road, dark and soft
    float edge_x = abs(fract(g.x * 1.4) - 0.5) / 1.4;
    float hedge = smoothstep(0.02 + soft * z * 2.0, 0.0, 0.5 / 1.4 - edge_x) * step(0.3, abs(g.x));
    col = mix(col, v_hedge, hedge * 0.55);
    // the haze toward the horizon
    float far = 1.0 - exp(-z * 0.08);
    col = mix(col, land_pal_air(), far * 0.9);
    float cov = smoothstep(-soft, soft, below - soft);
    // a far line of trees and hedges along the horizon, its top ragged and soft
    float top = HORIZON + 0.004 + 0.012 * vnoise(vec2(p.x * 14.0, 1.0)) * vnoise(vec2(p.x * 3.0, 5.0));
    float trees = smoothstep(soft, -soft, p.y - top) * step(HORIZON - soft, p.y);
    col = mix(col, mix(v_hedge, land_pal_air(), 0.55), trees);
    cov = max(cov, trees);
    f_color = vec4(col * cov, cov) * land_opacity();
}
#endif
