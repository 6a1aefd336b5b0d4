#version 330 core
// Leaves overhead (foreground): hanging from the top edge leaf after leaf, each its own pointed
// shape with a midrib, over the foliage further in (a darker mass in hanging lobes of its own
// sizes). Lit from the upper left, with daylight glowing through them; at night they are dark
// shapes whose lower edges catch the light. Each leaf stirs in the wind on its stalk, and the
// boughs sway.
// u_params.x: how low the canopy hangs (0 default).
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(-1.0, 0.5 - u_params.x, asp + 1.0, 1.01)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
const float TAU = 6.2831853;

// How far the foliage hangs below the top at x: two rows of lobes (`per` to a unit wide),
// each lobe of its own depth.
float clumps(float x, float per, float low, float high, float k) {
    float at = x * per + k;
    float f = fract(at) * 2.0 - 1.0;
    return mix(low, high, hash11(floor(at) * 3.7 + k)) * sqrt(max(1.0 - f * f, 0.0));
}

float foliage_edge(float x) {
    return 0.9 - u_params.x - max(clumps(x, 3.1, 0.08, 0.24, 0.0), clumps(x, 6.3, 0.04, 0.14, 0.37));
}

// The leaf nearest to p among those hanging in a grid of cells `size` apart (seed k), looking
// `rows` rows up (a leaf hangs from the upper half of its cell, tip down within 35 degrees, at
// most 1.4 cells long, so it reaches little further than the row below and the cells beside): x its
// distance (negative inside), y how far along it (0 stalk .. 1 tip), z across it (-1..1), w its
// own hash. A point inside several leaves is in the one drawn last (the highest hash).
vec4 leaf_at(vec2 p, float size, float k, int rows) {
    vec4 best = vec4(1e3, 0.0, 0.0, 0.0);
    float rank = 1e3;
    vec2 cell = floor(p / size);
    for (int j = 0; j < rows; j++) {
        for (int i = -1; i <= 1; i++) {
            vec2 c = cell + vec2(i, j);
            float h = hash21(c * 1.37 + k);
            vec2 stalk = (c + vec2(0.15 + 0.7 * fract(h * 7.1), 0.5 + 0.5 * fract(h * 3.3))) * size;
            if (stalk.y < foliage_edge(stalk.x) + 0.02 * fract(h * 11.0)) continue;
            float sway = 0.1 * sin(u_time * (0.5 + 0.3 * fract(h * 5.3)) + h * TAU);
            float angle = -1.5708 + (fract(h * 13.7) - 0.5) * 1.2 + sway;
            vec2 dir = vec2(cos(angle), sin(angle));
            float len = size * (1.0 + 0.4 * fract(h * 5.9));
            vec2 d = p - stalk;
            vec2 l = vec2(dot(d, dir), dot(d, vec2(-dir.y, dir.x)));     // along, across
            float u = clamp(l.x / len, 0.0, 1.0);
            float half_w = len * 0.65 * sqrt(u) * (1.0 - u);              // round base, pointed tip
            float dist = max(abs(l.y) - half_w, abs(l.x - len * 0.5) - len * 0.5);
            float r = dist < 0.0 ? -1.0 - h : dist;
            if (r < rank) {
                rank = r;
                best = vec4(dist, u, l.y / max(half_w, 1e-4), h);
            }
        }
    }
    return best;
}

// A leaf's colour: greens of its own (yellower or bluer), lighter on the side toward the light
// and along its midrib, glowing with daylight through it; at night dark, the outline (`edge`)
// of its lower half lit.
vec3 leaf_colour(vec4 leaf, float light, vec3 glow, float edge) {
    vec3 green = mix(vec3(0.1, 0.26, 0.07), vec3(0.3, 0.42, 0.08), fract(leaf.w * 17.0));
    green = mix(green, land_pal_glow() * 0.3, 0.15);
    float side = leaf.z > 0.0 ? 1.0 : 0.72;
    float rib = exp(-abs(leaf.z) * 14.0) * 0.35;
    float through = u_daylight * (0.6 + 0.4 * leaf.y);              // the sun through the blade
    vec3 day = green * (side + rib) * (0.4 + 0.8 * light) + vec3(0.45, 0.55, 0.12) * through * 0.2;
    vec3 night = land_pal_dark() * 0.6 + green * 0.06
               + mix(glow, green * 2.0, 0.5) * 0.14 * edge * smoothstep(0.3, 1.0, leaf.y);
    return mix(night, day, u_daylight);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    if (p.y < foliage_edge(p.x) - 0.12) {                            // below the lowest leaf
        f_color = vec4(0.0);
        return;
    }
    float px = land_px();
    vec3 glow = land_pal_glow() * land_breath();
    float x = p.x + lsin(u_time * 0.15 + p.y * 3.0) * 0.006 * (1.6 - p.y);   // the boughs sway
    vec2 q = vec2(x, p.y);
    // the foliage further in: a darker mass in hanging lobes, its edge ragged
    float ragged = 0.02 * (vnoise(q * vec2(45.0, 30.0)) - 0.5);
    float mass = land_fill(foliage_edge(x) + 0.1 - p.y + ragged, px * 2.0);
    vec3 deep = mix(land_pal_dark() * 0.5, vec3(0.05, 0.14, 0.05), u_daylight);
    vec3 col = mix(deep, land_pal_haze() * 0.4, 0.3 * u_daylight);
    float cov = mass;
    // the near leaves over it
    vec4 near = leaf_at(q, 0.075, 0.0, 2);
    float near_cov = land_fill(near.x, px * 1.5);
    float light = 0.6 + 0.4 * clamp(-near.z * 0.5 + 0.5 - (x - 0.3) * 0.2, 0.0, 1.0);
    float edge = smoothstep(-px * 4.0, 0.0, near.x);                 // its outline
    col = mix(col, leaf_colour(near, light, glow, edge), near_cov);
    cov = max(cov, near_cov);
    f_color = vec4(col * cov, cov) * land_opacity();
}
#endif
