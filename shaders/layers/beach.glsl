#version 330 core
// A beach at night, seen low from the sand (midground): the shore runs from the lower right
// away to a headland at the far left; waves break into lines of foam and wash up the sand in
// thin sheets that slide back, the wet sand and the sea mirror the night sky (pale at the
// horizon), a path of glints lies on the water, the dry sand is rippled. The sky itself is
// left to the layers behind. Everything is laid out on the ground plane: depth z = EYE / (HORIZON - y).
#include "lib/header.glsl"
const float HORIZON = 0.5;
const float EYE = 0.16;                // the eye's height over the sand
const vec2 SHORE = vec2(0.85, -1.68);  // the waterline: x = SHORE.x + SHORE.y * z (ground units)
#define LAND_RECT vec4(0.0, 0.0, asp, HORIZON + 0.075)
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK beach_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_beach;    // aspect, edge softness, the swash's reach now, time
flat out vec3 v_sand;     // dry sand under the night sky
flat out vec3 v_foam;     // foam and glints
flat out vec3 v_sky_low;  // the sky the water mirrors, at the horizon
flat out vec3 v_sky_high; // and high above

void beach_vertex() {
    float t = u_time;
    // the swash: each wave runs up the sand and slides back (a slow, uneven rhythm)
    float run = 0.5 + 0.5 * sin(t * 0.45) * (0.7 + 0.3 * sin(t * 0.17));
    v_beach = vec4(aspect(), 1.5 / u_resolution.y, run, t);
    v_sand = mix(vec3(0.5, 0.45, 0.38), v_pal_light, 0.2) * 0.17;
    v_foam = mix(vec3(0.85, 0.92, 1.0), v_pal_light, 0.2) * (1.1 * v_breath);
    v_sky_low = v_pal_haze * 2.5 + v_pal_glow * 0.25;
    v_sky_high = mix(v_pal_dark, vec3(0.02, 0.03, 0.07), 0.5) * 2.0;
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec3 v_sky_low;
flat in vec3 v_sky_high;
flat in vec4 v_beach;
flat in vec3 v_sand;
flat in vec3 v_foam;

void main() {
    float asp = v_beach.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float soft = v_beach.y;
    float t = v_beach.w;
    float below = max(HORIZON - p.y, 1e-4);
    float z = EYE / below;                           // depth on the ground plane
    float x = (p.x - asp * 0.55) * z * 2.2;          // across, in the same units
    float dpx = z * soft / below;                    // one pixel in ground units (depth)
    // signed distance from the waterline, + out to sea
    float d = (x - SHORE.x - SHORE.y * z) * 0.51;
    float along = (z - x * 1.68) * 0.51;
    float far = 1.0 / (1.0 + z * 0.12);              // 1 near, toward 0 at the horizon
    float n = vnoise(vec2(along * 4.0, d * 6.0 - t * 0.2));
    // ---- the sea: wave lines breaking toward the shore, foam on their crests
    float swash = (0.04 + 0.2 * v_beach.z) * (0.8 + 0.4 * n);   // how far up the sand it runs
    float phase = d * 2.6 + t * 0.12 + n * 0.25;
    float crest = fract(phase);
    float breaking = smoothstep(1.6, 0.15, d) * smoothstep(-0.05, 0.2, d);
    float wave = floor(phase);
    float broken = smoothstep(-0.3, 0.5, lsin(along * 7.0 + wave * 3.7) + 0.6 * lsin(along * 17.0 - wave * 1.3));
    float foam_line = breaking * broken * (smoothstep(0.82, 0.98, crest) + 0.35 * smoothstep(0.5, 0.0, crest) * n);
    float foam_wash = smoothstep(0.25, 0.9, n) * smoothstep(0.3, 0.0, d);
    // ---- the swash: a thin sheet of water over the sand, lacy foam at its edge
    float sheet = smoothstep(-swash - dpx, -swash + dpx, d);
    float lace = exp(-abs(d + swash) / (0.012 + dpx)) * (0.4 + 0.6 * smoothstep(0.3, 0.8, n));
    // ---- the sand: wet (a mirror) near the water, dry and rippled above
    float wet = smoothstep(-0.4, -0.26, d);
    float ripple = 0.92 + 0.08 * lsin(along * 40.0 + n * 3.0);
    vec3 sand = v_sand * ripple * (0.7 + 0.3 * far) * (1.0 - 0.55 * wet);
    // what the water and the wet sand mirror: the night sky, pale at the horizon, deeper above
    float wob = vnoise(vec2(p.x * 3.0, z * 14.0 - t * 0.4)) - 0.5;
    float up = clamp(below * 3.0 + wob * 0.3, 0.0, 1.0);
    vec3 sky = mix(v_sky_low, v_sky_high, up);
    float water = max(sheet, step(0.0, d));
    float fres = mix(0.15, 0.9, 1.0 - far);
    vec3 sea = land_pal_dark() * 0.6 + sky * fres * (0.45 + 0.3 * n);
    vec3 col = mix(sand + sky * 0.35 * wet, sea, water);
    // glints: a path on the water toward the light
    float gx = asp * (0.62 + 0.15 * land_rand(3.0));
    float gd = (p.x - gx + wob * below * 0.2) / (0.008 + below * 0.12);
    float path = 1.0 / (1.0 + gd * gd);
    float sparkle = smoothstep(0.0, 0.3, wob) * step(0.8 + 0.18 * far, hash21(floor(p * 220.0) + floor(t * 3.0) * 7.0));
    col += v_foam * path * (sparkle * 0.9 + 0.08 * (0.6 + wob)) * step(0.0, d);
    col = mix(col, v_foam * (0.6 + 0.4 * far), clamp(foam_line + foam_wash * 0.3, 0.0, 1.0) * step(0.0, d));
    col = mix(col, v_foam * 0.8, clamp(lace * sheet, 0.0, 1.0));
    // haze toward the horizon, and the headland far off on the left, a dark silhouette
    col = mix(col, land_pal_haze() + sky * 0.3, (1.0 - far) * 0.6);
    float hx = p.x / asp;
    float head = 0.012 + 0.05 * smoothstep(0.28, 0.02, hx) + 0.003 * (lsin(hx * 90.0) + lsin(hx * 37.0));
    float ridge = smoothstep(soft, -soft, p.y - HORIZON - head * smoothstep(0.34, 0.2, hx));
    vec3 land = land_pal_dark() * 1.4 + land_pal_haze() * 0.8;
    float above = step(HORIZON, p.y);
    col = mix(col, land, ridge * above);
    float cov = max(1.0 - above, ridge);
    f_color = vec4(col * cov, cov) * land_opacity();
}
#endif
