#version 330 core
// The near plane: a dark silhouette in the very front that frames the picture (a layer's `near`
// in assets/visuals calls for it; the compositor draws it as strongly as that scenery). It lies
// at depth 1, so the camera's drift moves it most. LAND_KIND: 0 grass and a stone at the
// bottom corners, 1 shore rocks at the corners, 2 a railing in perspective, 3 an interior's door
// jamb. The tallest part stands on the side away from the focal subject (compose_x(-1)), the
// subject's side stays low and open. Lit from behind and one side: a thin rim of the glow
// colour along the top edges.
// Drawn as two sprites that cover only where it can paint (see near_sprite).
#define LAND_SPRITE near_sprite
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/land_vertex.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
#endif

// Where it can paint (land units), a box or two from the frame's bottom, since on llvmpipe
// a long strip across the whole width costs far more than its pixels: the grass and the
// rocks at the two corners (the taller one away from the subject), the railing under its
// sloping top, the jamb up one side. The camera scales the near
// plane about the frame's bottom by at least 1, so a small margin suffices.
#define NEAR_JAMB 0.09

#if defined VERTEX_SHADER
// The land x of a distance `away` from the corner away from the subject.
float near_x(float away, float asp) { return u_camera.w > 0.0 ? away : asp - away; }

// Corner `c` (0..1 each way) of the quad from `away0` to `away1` (distances from the corner
// away from the subject) whose bottom lies at y0 and whose top rises from top0 to top1; in uv.
vec2 near_quad(vec2 c, float away0, float away1, float y0, float top0, float top1, float asp) {
    return vec2(near_x(mix(away0, away1, c.x), asp) / asp, mix(y0, mix(top0, top1, c.x), c.y));
}

vec2 near_sprite(int sprite, vec2 corner) {
    float asp = aspect();
    vec2 c = corner * 0.5 + 0.5;
    float m = 0.01;
#if LAND_KIND == 0
    // under a line over the grass's tallest blades (near_envelope) and the stone
    if (sprite == 0) return near_quad(c, -m, 1.0, -m, 0.3, 0.03, asp);
    return near_quad(c, asp - 0.6, asp + m, -m, 0.0, 0.15, asp);
#elif LAND_KIND == 1
    if (sprite == 0) return near_quad(c, -m, 0.75, -m, 0.25, 0.25, asp);
    return near_quad(c, asp - 0.2, asp + m, -m, 0.09, 0.09, asp);
#elif LAND_KIND == 2
    if (sprite == 0) return near_quad(c, -m, asp + m, -m, 0.25, 0.1, asp);
    return vec2(-1.0);
#else
    if (sprite == 0) return near_quad(c, -m, NEAR_JAMB * asp + 0.02, -m, 0.06, 0.06, asp);
    return near_quad(c, -m, NEAR_JAMB * asp + 0.02, 0.06, 1.0 + m, 1.0 + m, asp);
#endif
}

#else
// How tall the near growth stands at land x: high at the corner away from the subject, lower
// at the other corner, none between (negative there).
float near_envelope(float x, float asp) {
    float away = u_camera.w > 0.0 ? x : asp - x;  // 0 at the corner away from the subject
    float near_side = asp - away;
    return 0.28 * exp(-away * 2.6) + 0.11 * exp(-near_side * 5.0) - 0.02;
}

// Grass: rows of tapering blades swaying from the root; returns the signed height of the
// silhouette's top above p (positive: inside).
float near_grass(vec2 p, float env, float row) {
    float f = 11.0 - row * 3.0;
    float x = p.x * f + row * 3.1 + land_rand(row) * 20.0;
    float rise = p.y / max(env, 0.02);  // the bend grows from the root to the tip
    x -= 0.012 * lsin(u_time * 0.4 + p.x * 1.3 + row) * rise * rise * f;
    float cell = floor(x);
    float h = env * (0.45 + 0.55 * hash11(cell * 1.37 + row * 7.0)) * (1.0 - 0.25 * row);
    float t = abs(fract(x) - 0.5) * 2.0;      // 0 at the blade's spine, 1 between blades
    float blade = h * (1.0 - t) * sqrt(1.0 - t);  // concave sides: a pointed tip
    return max(blade, env * 0.12 * (1.0 - 0.3 * row)) - p.y;
}

// A stone: a lumpy ellipse at c with radii r; signed distance.
float near_stone(vec2 p, vec2 c, vec2 r, float seed) {
    vec2 q = p - c;
    vec2 k = q * 9.0 / r.y + seed;
    float lump = 0.03 * (lsin(k.x * 1.3 + lsin(k.y)) + lsin(k.y * 1.7 - k.x * 0.6)) * r.y;
    return sd_ellipse(q, r) + lump;
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float px = land_px();
    vec3 dark = land_pal_dark() * 0.45;
    vec3 rimc = mix(atmosphere_rim(land_pal_glow()), land_pal_light(), 0.4) * land_breath();
    float away = u_camera.w > 0.0 ? p.x : asp - p.x;   // from the corner away from the subject
    float d;      // signed distance to the silhouette (negative inside)
    float top;    // how far the pixel lies under the lit top edge (for the rim)
#if LAND_KIND == 0
    float env = near_envelope(p.x, asp);
    float g = max(near_grass(p, env, 0.0), near_grass(p, env * 0.8, 1.0));
    float stone = near_stone(vec2(away, p.y), vec2(0.16, -0.02), vec2(0.24, 0.12), land_rand(5.0));
    d = min(-g, stone);
    top = max(g, -stone);
#elif LAND_KIND == 1
    float big = near_stone(vec2(away, p.y), vec2(0.12, -0.03), vec2(0.38, 0.24), land_rand(5.0));
    float small = near_stone(vec2(away, p.y), vec2(0.55, -0.02), vec2(0.16, 0.09), land_rand(6.0));
    float other = near_stone(vec2(asp - away, p.y), vec2(0.04, -0.03), vec2(0.14, 0.1), 3.0);
    d = min(min(big, small), other);
    top = -d;
#elif LAND_KIND == 2
    // the railing recedes toward the subject's side: high on the near side, low on the far
    float k = away / asp;
    float rail = mix(0.22, 0.08, k);              // the top rail's height
    float th = mix(0.02, 0.008, k);               // its thickness
    float top_rail = abs(p.y - rail) - th;
    float low_rail = abs(p.y - rail * 0.22) - th * 0.7;
    // balusters: spaced closer as they recede (their spacing follows 1 / distance)
    float u = log(1.0 + away * 3.0) * 22.0;
    float post = (abs(fract(u) - 0.5) - 0.12) / (22.0 * 3.0 / (1.0 + away * 3.0));
    post = max(post, p.y - rail);
    d = min(min(top_rail, low_rail), post);
    top = rail + th - p.y;
#else
    // a door jamb up the side away from the subject, its moulding a step in from the edge
    float jamb = away - NEAR_JAMB * asp * (1.0 - 0.06 * p.y);
    float step_in = away - 0.55 * NEAR_JAMB * asp;
    d = jamb;
    top = -d;
#endif
    float cov = land_fill(d, px * 1.2);
    // a thin rim on the lit edges, stronger toward the light's side (the subject's side)
    float rim = exp(-max(top, 0.0) * 220.0) * cov * (0.25 + 0.5 * smoothstep(0.0, asp, away));
#if LAND_KIND == 3
    // painted wood catches the room's light broadly on its inner face: a soft bevel, not a line
    rim = cov * (0.08 + 0.1 * smoothstep(0.0, 0.5 * NEAR_JAMB * asp, -top))
        * (1.0 - 0.5 * smoothstep(-0.004, 0.004, step_in));
#endif
    vec3 col = dark * cov + rimc * rim;
    f_color = vec4(col, cov) * land_opacity();
}
#endif
