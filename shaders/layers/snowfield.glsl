#version 330 core
// A snowfield at dusk (midground): a wide plain of snow under the sky (left to the layers
// behind), rippled by the wind into drifts and furrows, their crests catching the low light
// from the right and their hollows in cool blue shadow, sparkling where the light grazes; a
// line of footprints leads away past a row of fence posts capped with snow, their wire
// sagging between them, toward a dark band of far woods fading into the haze. Ground depth:
// z = EYE / (HORIZON - y). u_params.x 1: a frozen lake or an ice rink instead: smooth dark ice
// with no fence or footprints, a sheen of the sky's light toward the horizon, points of light
// caught in it and drifts of snow in patches.
#include "lib/header.glsl"
const float HORIZON = 0.52;
const float EYE = 0.16;
const vec4 FENCE = vec4(-0.9, 0.8, 0.38, 0.55);   // the first post (ground x, z), the step to
                                                   // the next in x and in z
const float POST = 0.16;          // the posts' height over the snow (ground units)
#define LAND_RECT vec4(0.0, 0.0, asp, HORIZON + 0.07)
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK snowfield_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // aspect, edge softness, the eye's drift, time
flat out vec3 v_sun;      // the low warm light from the right
flat out vec3 v_shade;    // the cool light of the sky in the hollows
flat out vec3 v_far;      // the far woods, half lost in the haze

void snowfield_vertex() {
    v_view = vec4(aspect(), 1.5 / u_resolution.y, 0.02 * sin(u_time * 0.011), u_time);
    v_sun = mix(vec3(1.0, 0.68, 0.42), v_pal_light, 0.15) * 0.8;
    v_shade = mix(vec3(0.2, 0.34, 0.8), v_pal_glow, 0.15) * 0.11;
    v_far = mix(vec3(0.03, 0.04, 0.06) + v_pal_dark * 0.5, v_pal_haze * 2.0, 0.4);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_sun;
flat in vec3 v_shade;
flat in vec3 v_far;

// The snow's height at ground point g: long drifts and the wind's furrows across them.
float snow_height(vec2 g) {
    float drifts = vnoise(g * vec2(1.1, 0.6)) * 0.2;
    float furrows = lsin(g.x * 9.0 + g.y * 4.0 + vnoise(g * 2.0) * 3.0) * 0.006;
    return drifts + furrows;
}

void main() {
    float asp = v_view.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float soft = v_view.y;
    float cx = asp * (0.45 + v_view.z);
    float below = max(HORIZON - p.y, 1e-4);
    float z = EYE / below;
    vec2 g = vec2((p.x - cx) * z, z);
    // ---- the snow, lit by the low light from the right and the sky in its hollows
    float e = 0.04;
    float h0 = snow_height(g);
    vec2 slope = vec2(snow_height(g + vec2(e, 0.0)) - h0, snow_height(g + vec2(0.0, e)) - h0) / e;
    vec3 n = normalize(vec3(-slope.x, 1.0, -slope.y));
    vec3 to_sun = normalize(vec3(0.8, 0.35, 0.5));
    float lam = max(dot(n, to_sun), 0.0);
    vec3 snow = vec3(0.92, 0.94, 0.98) * (v_sun * lam * lam * 1.4 + v_shade * (0.5 + 0.5 * n.y));
    // glints where the light grazes the crests
    float glint = step(0.985, hash21(floor(p / soft * 0.5))) * smoothstep(0.55, 0.8, lam) * (1.0 - smoothstep(2.0, 8.0, z));
    snow += v_sun * glint * 1.5;
    bool ice = u_params.x > 0.5;
    if (ice) {
        // dark clear ice holding a sheen of the sky's light, brighter toward the horizon
        float sheen = smoothstep(1.0, 9.0, z);
        vec3 clear = v_shade * 0.35 + (v_far * 0.9 + v_shade * 1.4 + v_sun * 0.25) * sheen;
        // drifts of snow in patches across it, and the stars' points caught in the ice
        float dusting = smoothstep(0.5, 0.8, vnoise(g * vec2(0.7, 1.3) + 7.0));
        float points = step(0.996, hash21(floor(p / soft + 3.0))) * (1.0 - dusting);
        snow = mix(clear, snow, dusting * 0.7) + (v_shade * 2.5 + v_sun * 0.15) * points;
    } else {
        // footprints leading away: two staggered rows of dimples, bluer inside
        float fz = g.y / 0.2;
        float side = mod(floor(fz), 2.0) * 2.0 - 1.0;
        vec2 step_ = vec2(g.x - 0.35 - 0.08 * lsin(g.y * 0.6) - side * 0.035, (fract(fz) - 0.5) * 0.2);
        float print_ = smoothstep(1.0, 0.7, length(step_ / vec2(0.025, 0.05))) * step(0.45, g.y) * step(g.y, 6.0);
        snow = mix(snow, v_shade * 0.8 + v_sun * 0.05, print_ * 0.8);
    }
    // the haze over the plain toward the horizon
    float far = 1.0 - exp(-z * 0.09);
    snow = mix(snow, v_far * 0.6 + v_shade * 0.9, far * 0.85);
    float ground = step(p.y, HORIZON);
    vec3 col = snow;
    float cov = ground;
    // ---- the far woods: a dark, ragged band along the horizon, fading into the haze
    float spires = abs(fract(p.x * 70.0 + vnoise(vec2(p.x * 9.0, 2.0)) * 2.0) - 0.5) * 2.0;   // the firs' tips
    float wood_top = HORIZON + 0.014 + 0.016 * vnoise(vec2(p.x * 12.0, 3.0)) + 0.012 * (1.0 - spires) * step(0.35, vnoise(vec2(p.x * 30.0, 1.0)));
    float woods = step(HORIZON - 0.004, p.y) * smoothstep(soft, -soft, p.y - wood_top);
    col = mix(col, v_far, woods);
    cov = max(cov, woods);
    // ---- the fence: posts capped with snow, a wire sagging between them
    float post = 0.0;
    float cap = 0.0;
    float wire = 0.0;
    for (int i = 0; i < (ice ? 0 : 9); i++) {  // (the ice has no fence)
        vec2 at = FENCE.xy + FENCE.zw * float(i);
        float sx = cx + at.x / at.y;                      // on the screen
        float base = HORIZON - EYE / at.y;
        float top = base + POST / at.y;
        float w = 0.012 / at.y;
        float body = step(abs(p.x - sx), w) * step(base - 0.004 / at.y, p.y) * step(p.y, top);
        post = max(post, body);
        cap = max(cap, body * smoothstep(top - 0.012 / at.y, top, p.y));
        // the wire toward the next post, sagging in the middle
        vec2 nx = at + FENCE.zw;
        float sx2 = cx + nx.x / nx.y;
        float top2 = HORIZON - EYE / nx.y + POST * 0.8 / nx.y;
        float s = clamp((p.x - sx) / (sx2 - sx), 0.0, 1.0);
        float wy = mix(top - POST * 0.2 / at.y, top2, s) - 0.02 / at.y * s * (1.0 - s) * 4.0;
        wire = max(wire, step(0.0, (p.x - sx) * (sx2 - p.x)) * smoothstep(soft * 1.2, 0.0, abs(p.y - wy)) * step(float(i), 7.5));
    }
    vec3 wood = vec3(0.08, 0.06, 0.05) * (v_sun * 0.6 + v_shade);
    col = mix(col, wood, post);
    col = mix(col, vec3(0.9) * (v_sun + v_shade), cap);
    col = mix(col, vec3(0.05), wire * 0.7);
    cov = max(cov, max(post, wire * 0.7));
    f_color = vec4(col * cov, cov) * land_opacity();
}
#endif
