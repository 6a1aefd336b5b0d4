#version 330 core
// Stylized glowing flowers along the bottom edge (foreground), in two rows. LAND_KIND (the
// layer's defines in assets/visuals, with the LAND_RECT its picture stays inside, see
// lib/land_vertex.glsl): 0 soft glowing flowers, 1 crystal flowers (faceted, sparkling),
// 2 mushrooms. Compile-time, so unused kinds fold away: llvmpipe executes every branch.
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
// One row: x cells of width cw; returns (coverage, emissive amount, facet shade, stem cover).
vec4 row(vec2 p, float cw, float base, float size, float k, float kind) {
    float x = p.x / cw + k * 13.0;
    float cell = floor(x);
    float r = hash11(cell * 3.1 + k);
    float present = step(0.25, r);
    float h = base + size * (3.0 + 3.0 * r) * (1.0 - 0.45 * step(1.5, kind));
    float sway = size * 0.5 * (1.0 - step(1.5, kind)) * lsin(u_time * 0.35 + cell * 1.7)
                * clamp((p.y - base) / (h - base), 0.0, 1.0);
    float lx = (fract(x) - 0.5) * cw + (r - 0.5) * cw * 0.4 - sway;
    vec2 q = vec2(lx, p.y - h);
    // stem
    float stem = max(abs(lx + size * 0.3 * lsin((p.y - base) / size + cell)) - size * 0.07, p.y - h);
    // petals in polar form (fast atan)
    float ang = latan2(q.y, q.x) + cell;
    float rr = length(q);
    float n = 5.0 + floor(r * 3.0);
    float pet = abs(lsin(ang * n * 0.5));
    float soft = size * (0.7 + 0.5 * pet);
    float sharp = size * (0.4 + 0.9 * pow(pet, 6.0));
    float dflower = rr - mix(soft, sharp, step(0.5, kind));
    // mushroom: a dome cap over a stout stem
    vec2 mq = vec2(lx, p.y - h + size * 1.2);
    float cap = max(length(mq * vec2(0.8, 1.4)) - size * 1.3, -mq.y);
    float mstem = max(abs(lx) - size * (0.22 + 0.06 * (h - p.y) / size), p.y - h + size);
    float dm = min(cap, mstem);
    float ismush = step(1.5, kind);
    float ground = p.y - base - size * (0.4 + 0.3 * lsin(p.x * 9.0 + k));
    float d = mix(min(dflower, stem), dm, ismush);
    float cov = max(land_fill(d + 1.0 - present, land_px() * 1.2), land_fill(ground, land_px() * 1.2));
    // emissive: the flower head (or the spots under a mushroom cap) glows
    float head = mix(land_fill(dflower, land_px()) * (1.0 - 0.6 * rr / size),
                     land_fill(cap, land_px()) * (0.35 + 0.65 * smoothstep(0.0, size * 0.6, -mq.y + size * 0.3)
                     * smoothstep(0.3, 0.8, vnoise(q / size * 3.0 + cell))), ismush);
    float facet = fract(ang * n / 6.2831853 * 2.0) ;
    return vec4(cov, head * present, facet, exp(-max(dflower, 0.0) / size * 2.5) * present * (1.0 - ismush)
                + ismush * exp(-max(cap, 0.0) / size * 3.0) * present);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float kind = float(LAND_KIND);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow();
    vec3 light = land_pal_light();
    float br = land_breath();
    vec4 back = row(p, 0.1, 0.0, 0.026, 1.0, kind);
    vec4 front = row(p, 0.17, -0.03, 0.042, 2.0, kind);
    vec3 cf = glow * 1.1 + light * 0.12;
    // crystal: each facet catches the light differently, with slow sparkles
    float crystal = step(0.5, kind) * step(kind, 1.5);
    vec3 fcol = mix(cf, mix(u_palette[1], u_palette[3], front.z) * 1.3, crystal);
    vec3 bcol = mix(cf, mix(u_palette[3], u_palette[1], back.z) * 1.3, crystal);
    vec3 col = dark * back.x + bcol * back.y * 0.9 * br + cf * back.w * 0.08 * br;
    float a = back.x;
    vec3 cfront = dark * front.x + fcol * front.y * 1.1 * br + cf * front.w * 0.1 * br;
    col = cfront + (1.0 - front.x) * col;
    a = front.x + (1.0 - front.x) * a;
    // sparkle glints on crystal petals, fading in and out slowly (no flicker)
    vec2 g = p * 60.0;
    vec2 gi = floor(g);
    float hs = hash21(gi + 7.0);
    vec2 gf = fract(g) - 0.5;
    float tw = smoothstep(0.6, 1.0, lsin(u_time * 0.6 + hs * 40.0));
    float star = (0.002 / (abs(gf.x * gf.y) + 0.002)) * exp(-dot(gf, gf) * 30.0);
    col += crystal * light * star * tw * step(0.85, hs) * max(front.y, back.y) * 1.5;
    f_color = vec4(col, a) * land_opacity();
}
#endif
