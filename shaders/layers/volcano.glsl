#version 330 core
// A volcano at night (midground): a dark cone right of centre with a glowing crater, rivers
// of lava winding down its flanks (hot and bright near the top, cooling to a dull red crust),
// sparks thrown up from the crater, a plume of smoke and ash leaning with the wind, lit orange
// from below; a black ridge in front with an ember rim. Its flanks catch the lava's light. Four
// sprites (`sprites = 4`: the ridge, the cone's foot and top, the plume), so only their boxes
// are shaded; the sky is left to the layers behind.
#include "lib/header.glsl"
const vec3 CONE = vec3(0.6, 0.5, 0.09);   // the summit's x (of the width), its height, the base
const float SPREAD = 0.62;                // the cone's half width at its base
const float RIDGE_TOP = 0.125;            // above the ridge in front and its rim

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK volcano_vertex
#define LAND_SPRITE volcano_sprite
#include "lib/land_vertex.glsl"
flat out vec4 v_volcano;   // aspect, edge softness, time, breathing
flat out vec3 v_lava;      // the hottest lava
flat out vec3 v_ash;       // the plume's smoke

void volcano_vertex() {
    v_volcano = vec4(aspect(), 1.4 / land_height_px(), u_time, v_breath);
    v_lava = mix(vec3(1.0, 0.45, 0.1), v_pal_glow, 0.15) * 2.6;
    v_ash = mix(vec3(0.1, 0.09, 0.09), v_pal_haze, 0.4);
}

// The sprites' boxes: the ridge across the foot, the cone's wide lower part, its narrow top with
// the crater's halo, the plume (each reaching past its shapes; see the fragment stage).
vec2 volcano_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    float cx = CONE.x * asp;
    vec4 box = sprite == 0 ? vec4(0.0, 0.0, asp, RIDGE_TOP)
             : (sprite == 1 ? vec4(cx - SPREAD - 0.01, RIDGE_TOP, min(cx + SPREAD + 0.01, asp), 0.3)
             : (sprite == 2 ? vec4(cx - 0.24, 0.3, cx + 0.24, CONE.y + 0.09)
                            : vec4(cx - 0.2, CONE.y + 0.09, min(cx + 0.7, asp), 1.0)));
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_volcano;
flat in vec3 v_lava;
flat in vec3 v_ash;

void main() {
    float asp = v_volcano.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float w = v_volcano.y;
    float t = v_volcano.z;
    float cx = CONE.x * asp;
    float x = p.x - cx;
    float rise = CONE.y - CONE.z;
    // ---- the cone: concave flanks, a notched crater, rough ridges
    float d = abs(x) / SPREAD;
    float rough = 0.3 * (lsin(p.x * 23.0) * lsin(p.x * 9.7 + 1.0) + 0.6 * lsin(p.x * 51.0));
    float top = CONE.z + rise * pow(max(1.0 - d, 0.0), 1.7);
    top = min(top, CONE.y - 0.012) + rough * 0.012 * d;
    top -= 0.014 * max(1.0 - abs(x) / 0.035, 0.0);                      // the crater's notch
    float cone = land_fill(p.y - top, w);
    float v = clamp((CONE.y - p.y) / rise, 0.0, 1.0);                    // 0 at the top, 1 at the foot
    // ---- lava: three rivers winding down from the crater, cooling as they go
    float lava = 0.0;
    for (int i = 0; i < 3; i++) {
        float side = i == 1 ? 1.0 : -1.0;
        float k = float(i);
        float run = 0.015 + v * (0.12 + 0.12 * k) * (0.5 + 0.5 * v);
        float path = side * run + 0.018 * lsin(v * (9.0 + 3.0 * k) + k * 2.0) * v;
        float width = 0.007 + 0.008 * v * (1.0 - 0.5 * v);
        float reach = 0.55 + 0.2 * k;                                     // how far down it has run
        float river = max(1.0 - abs(x - path) / width, 0.0) * smoothstep(reach, reach - 0.2, v);
        lava = max(lava, river);
    }
    float flow = vnoise(vec2(x * 60.0, v * 26.0 - t * 0.6));
    float heat = lava * (1.0 - 0.75 * v) * (0.55 + 0.45 * flow);
    vec3 lava_col = mix(vec3(0.35, 0.04, 0.02), v_lava, smoothstep(0.1, 0.8, heat)) * smoothstep(0.0, 0.25, lava);
    // ---- the flanks: dark rock, lit by the lava and the crater
    vec2 cq = vec2(x, p.y - CONE.y + 0.01);
    float crater_glow = 1.0 / (1.0 + dot(cq, cq) * 900.0);
    float near_lava = lava * 0.3 + crater_glow;
    float grain = 0.8 + 0.2 * rough * 2.0;
    float gully = 0.75 + 0.25 * lsin(x / (0.04 + (1.0 - v) * 0.02) * 3.0 + rough * 4.0);
    vec3 rock = vec3(0.04, 0.034, 0.036) * grain * gully + v_lava * 0.12 * near_lava * (1.0 - v * 0.5)
              + land_pal_haze() * 0.35 * (1.0 - v);
    vec3 col = rock + lava_col * cone;
    // the crater's mouth, white-hot
    float mouth = land_fill(length(cq * vec2(1.0, 3.0)) - 0.022, w) * cone;
    col = mix(col, v_lava * 1.5 * v_volcano.w, mouth);
    // ---- a black ridge in front, an ember rim along its top
    float ridge_y = 0.085 + 0.015 * lsin(p.x * 5.0 + 1.0) + 0.008 * lsin(p.x * 13.0) + 0.006 * lsin(p.x * 23.0);
    float ridge = land_fill(p.y - ridge_y, w);
    col = mix(col, vec3(0.008, 0.007, 0.008) + v_lava * 0.05 * exp(-abs(ridge_y - p.y) * 120.0), ridge);
    float cov = max(cone, ridge);
    // ---- the plume: smoke leaning with the wind, lit orange from below; sparks; a glow
    float h = max(p.y - CONE.y, 0.0);
    float lean = x - h * h * 0.7 - h * 0.15;
    float spread = 0.04 + h * 0.6;
    vec2 sp = vec2(lean / spread, h * 5.0 - t * 0.06);
    float billow = vnoise(sp * vec2(1.6, 2.0)) * 0.65 + vnoise(sp * vec2(4.0, 5.0) + vec2(3.1, t * 0.05)) * 0.35;
    float body = smoothstep(1.15, 0.3, abs(lean) / spread + (billow - 0.5) * 1.0)
               * smoothstep(0.0, 0.02, h) * smoothstep(0.52, 0.3, h + (billow - 0.5) * 0.15);
    float sky = 1.0 - cov;
    float smoke = body * (0.75 + 0.25 * billow) * sky;
    float underlit = exp(-h * 9.0) * (0.6 + 0.4 * billow);
    vec3 smoke_col = v_ash * (0.7 + 1.6 * billow * billow) + v_lava * 0.35 * underlit;
    vec2 sg = vec2(p.x * 90.0, p.y * 90.0 - t * 3.0);
    float sh = hash21(floor(sg) + u_seed);
    vec2 sf = fract(sg) - 0.5;
    float spark = step(0.94, sh) * max(1.0 - dot(sf, sf) * 10.0, 0.0) * smoothstep(0.16, 0.0, h)
                * step(abs(x), h * 0.7 + 0.01) * step(0.005, h);
    float halo = max(1.0 - length(cq) / 0.18, 0.0);
    vec3 glow = v_lava * (spark * 0.8 + 0.2 * halo * halo * halo) * sky * (1.0 - smoke * 0.7);
    f_color = vec4(col * cov + smoke_col * smoke + glow, cov + smoke) * land_opacity();
}
#endif
