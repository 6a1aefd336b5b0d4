#version 330 core
// A farm at dusk (midground, on the ground): a red barn with a gambrel roof, white trim, braced
// doors and a lit hayloft, a silo beside it, a water-pumping windmill turning far off on the
// right, round hay bales on a field of stubble rows running to the horizon, a post-and-rail
// fence in front. The low sun is on the right: the right-hand faces and edges catch it, the
// left ones take the cool sky. Sprites (`sprites = 3`: the field with the fence and the bales,
// the barn with the silo, the windmill), so only their boxes are shaded.
#include "lib/header.glsl"
const vec2 BARN = vec2(0.32, 0.105);     // the barn's centre x (of the width), its foot
const float FIELD = 0.3;                 // the field's far edge, a line of trees on it
const vec3 MILL = vec3(0.8, 0.17, 0.37); // the windmill: x (of the width), foot, hub height

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK barn_vertex
#define LAND_SPRITE barn_sprite
#include "lib/land_vertex.glsl"
flat out vec4 v_farm;      // aspect, edge softness, the windmill's turn, breathing
flat out vec3 v_sun;       // the low sun's light
flat out vec3 v_sky;       // the cool light of the sky

void barn_vertex() {
    v_farm = vec4(aspect(), 1.4 / land_height_px(), u_time * 0.35, v_breath);
    v_sun = mix(vec3(1.0, 0.62, 0.32), v_pal_light, 0.2) * 1.1;
    v_sky = mix(vec3(0.3, 0.36, 0.55), v_pal_glow, 0.3) * 0.16;
}

vec2 barn_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    vec4 box;
    if (sprite == 0) {
        box = vec4(0.0, 0.0, asp, FIELD + 0.03);
    } else if (sprite == 1) {
        float x = BARN.x * asp;
        box = vec4(x - 0.14, FIELD + 0.03, x + 0.25, 0.455);
    } else {
        float x = MILL.x * asp;
        box = vec4(x - 0.08, FIELD + 0.03, x + 0.09, MILL.z + 0.06);
    }
    return quad_box_corner(box / vec4(asp, 1.0, asp, 1.0), corner);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_farm;
flat in vec3 v_sun;
flat in vec3 v_sky;

void main() {
    float asp = v_farm.x;
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float w = v_farm.y;
    vec3 col = vec3(0.0);
    float cov = 0.0;
    vec3 haze = land_pal_haze() + v_sun * 0.12;
    // ---- the field: stubble rows running to a point on the horizon, the sun's glow on the right
    vec2 vp = vec2(0.55 * asp, FIELD + 0.02);
    float depth = clamp((FIELD - p.y) / FIELD, 0.0, 1.0);        // 1 near, 0 at its far edge
    float rows = lsin((p.x - vp.x) / max(vp.y - p.y, 0.01) * 14.0) * clamp((vp.y - p.y) * 8.0 - 0.6, 0.0, 1.0);
    float patches = vnoise(vec2(p.x * 4.0, p.y * 24.0 / (vp.y - p.y + 0.05)));
    vec3 stubble = mix(vec3(0.36, 0.27, 0.12), vec3(0.2, 0.26, 0.12), patches * 0.7) * (0.8 + 0.2 * rows);
    float sunside = smoothstep(0.2 * asp, asp, p.x);
    vec3 field = stubble * (v_sky + v_sun * (0.25 + 0.5 * sunside) * (1.0 - depth * 0.5));
    field = mix(field, haze, (1.0 - depth) * 0.55);
    vec2 sq_ = vec2(p.x - 0.85 * asp, FIELD - p.y);
    field += v_sun * 0.25 * exp(-dot(sq_, sq_) * 10.0 - sq_.y * 10.0);
    float edge = land_fill(p.y - FIELD, w);
    land_lay(col, cov, edge, field);
    // a line of trees along the far edge, soft and hazy
    float crowns = FIELD + 0.004 + 0.016 * vnoise(vec2(p.x * 45.0, 3.0)) * (0.5 + 0.5 * lsin(p.x * 7.0));
    float trees = land_fill(max(p.y - crowns, FIELD - 0.01 - p.y), w);
    land_lay(col, cov, trees, mix(land_pal_dark() * 2.0 + v_sky * 0.3, haze, 0.5));
    // ---- round hay bales, sunlit on the right, a spiral on their faces
    for (int i = 0; i < 3; i++) {
        vec3 b = i == 0 ? vec3(0.58, 0.118, 0.017) : (i == 1 ? vec3(0.64, 0.105, 0.021) : vec3(0.14, 0.09, 0.026));
        vec2 q = p - vec2(b.x * asp, b.y);
        float d = length(q * vec2(1.0, 1.15)) - b.z;
        float lit = smoothstep(-b.z, b.z, q.x + q.y * 0.4);
        float spiral = 0.85 + 0.15 * lsin(length(q) / b.z * 14.0);
        vec3 hay = vec3(0.62, 0.47, 0.2) * spiral * (v_sky * 1.5 + v_sun * lit * 0.9);
        land_lay(col, cov, land_fill(d, w), hay);
    }
    // ---- the barn: a gambrel front with white trim, a lean-to on its right, the silo
    float bx = BARN.x * asp;
    float x = p.x - bx;
    float ax = abs(x);
    float roof_y = ax < 0.075 ? 0.4 - ax * 0.55 : 0.359 - (ax - 0.075) * 2.6;
    float body = max(max(p.y - roof_y, ax - 0.105), BARN.y - p.y);
    float trim = abs(body) - 0.004;
    float lean = max(max(p.y - (0.235 - (x - 0.105) * 0.35), x - 0.2), max(0.09 - x, BARN.y - p.y));
    vec3 red = mix(vec3(0.5, 0.09, 0.06), u_palette[1], 0.15);
    float boards = 0.88 + 0.12 * step(0.5, fract(p.x * 110.0));
    float light = 0.12 + 0.88 * smoothstep(-0.11, 0.11, x);              // the sun from the right
    vec3 wall = red * boards * (v_sky * 2.0 + v_sun * light);
    vec3 lean_wall = red * 0.8 * boards * (v_sky * 2.0 + v_sun * 0.9);
    land_lay(col, cov, land_fill(lean, w), lean_wall);
    land_lay(col, cov, land_fill(body, w), wall);
    // doors with white X bracing, a lit hayloft door, white trim on the roof edge and corners
    vec2 dq = vec2(x, p.y - BARN.y - 0.05);
    float door = max(abs(dq.x) - 0.045, abs(dq.y) - 0.05);
    float leaf = abs(dq.x) - 0.0225;                                       // x within a leaf
    float brace = max(min(abs(abs(leaf) - abs(dq.y) * 0.45) * 0.9, abs(dq.x)) - 0.0025, door);
    brace = min(brace, abs(door) - 0.0025);
    vec2 lq = vec2(x, p.y - 0.315);
    float loft = max(abs(lq.x) - 0.022, abs(lq.y) - 0.024);
    vec3 white = vec3(0.75, 0.72, 0.66) * (v_sky * 2.0 + v_sun * light);
    land_lay(col, cov, land_fill(door, w), red * 0.55 * (v_sky * 2.0 + v_sun * light));
    land_lay(col, cov, land_fill(brace, w), white);
    land_lay(col, cov, land_fill(loft, w), mix(v_sun, vec3(1.0, 0.7, 0.35), 0.5) * 1.3 * v_farm.w);
    land_lay(col, cov, land_fill(abs(loft) - 0.003, w), white);
    land_lay(col, cov, land_fill(max(trim, BARN.y + 0.003 - p.y), w), white);
    // the roof's edge over the gable: dark shingles, a line of sun on top
    float eaves = max(abs(body + 0.006) - 0.006, max(0.265 - p.y, ax - 0.12));
    vec3 slate = vec3(0.12, 0.11, 0.12) * (v_sky * 2.0 + v_sun * light * 0.6);
    land_lay(col, cov, land_fill(eaves, w), slate);
    // the silo: a cylinder with bands, a dome, lit on the right
    vec2 sq = vec2(p.x - bx - 0.165, p.y);
    float sr = 0.036;
    float silo = max(abs(sq.x) - sr, max(BARN.y - 0.005 - p.y, p.y - 0.4));
    silo = min(silo, length(vec2(sq.x, (p.y - 0.4) * 1.4)) - sr);
    float round_ = sqrt(max(1.0 - (sq.x / sr) * (sq.x / sr), 0.0));
    float face = clamp(0.5 + 0.5 * (sq.x / sr * 0.8 + round_ * 0.4), 0.0, 1.0);
    float bands = 0.9 + 0.1 * step(0.85, fract(p.y * 40.0));
    vec3 metal = mix(vec3(0.4, 0.41, 0.43), u_palette[3], 0.15) * bands * (v_sky * 2.0 + v_sun * face * face);
    land_lay(col, cov, land_fill(silo, w), metal);
    // ---- the windmill far off: a lattice tower, a wheel of blades turning, a tail vane; hazy
    vec2 mq = vec2(p.x - MILL.x * asp, p.y - MILL.y);
    float h = MILL.z - MILL.y;
    float spread = 0.03 * (1.0 - mq.y / h);
    float legs = max(abs(abs(mq.x) - spread) - 0.0018, max(-mq.y, mq.y - h));
    float cross_ = max(abs(abs(mq.x) - spread * fract(mq.y * 22.0) * 2.0 + spread) - 0.0012, max(abs(mq.x) - spread, max(-mq.y, mq.y - h)));
    vec2 hq = mq - vec2(0.0, h);
    float r = length(hq);
    float blade = (fract(latan2(hq.y, hq.x) * 2.8648 + v_farm.z) - 0.5) * r;   // 18 blades
    float wheel = max(max(abs(blade) - 0.0035 * r / 0.045, r - 0.045), 0.012 - r);
    wheel = min(wheel, abs(r - 0.045) - 0.0012);
    float vane = max(max(abs(hq.y - 0.002) - 0.012 * clamp((hq.x + 0.02) / 0.07, 0.2, 1.0), -hq.x), hq.x - 0.07);
    vane = min(vane, max(abs(hq.y) - 0.0015, max(-hq.x, hq.x - 0.05)));
    float mill = min(min(legs, cross_), min(wheel, min(vane, r - 0.006)));
    vec3 mill_col = mix(land_pal_dark() * 1.5 + v_sky * 0.4, haze, 0.45);
    land_lay(col, cov, land_fill(mill, w), mill_col);
    // ---- the fence in front: posts and two rails, their tops catching the sun
    float post_x = (fract(p.x / 0.1 + 0.3) - 0.5) * 0.1;
    float sag = 0.004 * lsin(p.x * 9.0);
    float post = max(abs(post_x) - 0.006, max(0.012 - p.y, p.y - 0.09 - sag));
    float rails = min(abs(p.y - 0.05 - sag) - 0.005, abs(p.y - 0.078 - sag) - 0.005);
    float fence = min(post, rails);
    float top = smoothstep(0.0, 0.01, p.y - 0.078 - sag - 0.001) + smoothstep(-0.004, 0.006, post_x);
    vec3 wood = vec3(0.22, 0.16, 0.11) * (v_sky * 1.5 + v_sun * 0.12 * top);
    land_lay(col, cov, land_fill(fence, w), wood);
    f_color = vec4(col * cov, cov) * land_opacity();
}
#endif
