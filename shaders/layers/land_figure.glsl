#version 330 core
// Human figures (foreground). LAND_KIND (the layer's defines in assets/visuals, with the
// LAND_RECT its picture stays inside, see lib/land_vertex.glsl): 0 a soft luminous figure,
// 1 a dancer swaying, 2 a crowd (rows of heads and shoulders), 3 a child, 4 a shadow figure
// (dark, smoky edges). Compile-time, so unused kinds fold away: llvmpipe executes every branch.
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
// A robed figure standing at the origin, height ~1 (feet at 0). sway bends it; arms 0..1 raises them.
float person(vec2 q, float sway, float arms, float headr) {
    q.x -= sway * q.y * q.y;
    float head = length(q - vec2(0.0, 0.9)) - headr;
    float neck = sd_capsule(q, vec2(0.0, 0.78), vec2(0.0, 0.86), 0.03);
    // robe: a trapezoid widening to the hem
    float w = mix(0.09, 0.2, smoothstep(0.78, 0.0, q.y)) + 0.015 * lsin(q.y * 20.0 + u_time * 0.6) * (1.0 - q.y);
    float robe = max(abs(q.x) - w, max(q.y - 0.8, -q.y));
    vec2 sh = vec2(abs(q.x), q.y);
    vec2 hand = mix(vec2(0.17, 0.42), vec2(0.3, 1.08), arms);
    vec2 elbow = mix(vec2(0.15, 0.6), vec2(0.22, 0.86), arms);
    float arm = min(sd_capsule(sh, vec2(0.1, 0.74), elbow, 0.035), sd_capsule(sh, elbow, hand, 0.028));
    return min(smin(min(head, neck), robe, 0.04), arm);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float kind = float(LAND_KIND);
    float px = land_px();
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    float child = step(2.5, kind) * step(kind, 3.5);
    float dancer = step(0.5, kind) * step(kind, 1.5);
    float shadow = step(3.5, kind);
    float crowd = step(1.5, kind) * step(kind, 2.5);
    float s = mix(0.55, 0.3, child) * mix(1.0, 1.2, shadow);
    vec2 o = vec2(asp * mix(0.5, 0.35, shadow), 0.06);
    vec2 q = (p - o) / s;
    float sway = mix(0.02 * lsin(u_time * 0.2), 0.25 * lsin(u_time * 0.35), dancer);
    float arms = dancer * (0.6 + 0.4 * lsin(u_time * 0.35 + 1.0)) + 0.1 * (1.0 - dancer);
    // smoky edge for the shadow figure
    q.x += shadow * 0.04 * (vnoise(q * 6.0 + vec2(0.0, u_time * 0.2)) - 0.5) * (1.2 - q.y);
    float d1 = person(q, sway, arms, mix(0.075, 0.1, child)) * s;
    // crowd: three rows of heads and shoulders, swaying gently, rim-lit from the front
    float dc = 1.0;
    float crowdlight = 0.0;
    for (int r = 0; r < 3; r++) {
        float fr = float(r);
        float cs = 0.09 + 0.035 * fr;
        float x = p.x / cs + fr * 0.5 + land_rand(fr) * 9.0;
        float ci = floor(x);
        float hh = hash11(ci * 7.1 + fr);
        float by = 0.03 + 0.1 * (2.0 - fr) * 0.55 - 0.03;
        vec2 cq = vec2((fract(x) - 0.5) * cs + 0.006 * lsin(u_time * 0.3 + ci), p.y - by - 0.05 * fr * 0.0);
        float sc = cs * (0.9 + 0.2 * hh);
        float headd = length(cq - vec2(0.0, sc * 0.95)) - sc * 0.26;
        float shoulders = sd_ellipse(cq - vec2(0.0, sc * 0.35), vec2(sc * 0.48, sc * 0.4));
        float dr = min(smin(headd, shoulders, sc * 0.08), cq.y - sc * 0.2);
        crowdlight += exp(-max(-dr, 0.0) * 200.0) * land_fill(dr, px) * (1.0 - land_fill(dc, px));
        dc = min(dc, dr);
    }
    float d = mix(d1, dc, crowd);
    float cov = land_fill(d, px * mix(1.2, 8.0, shadow));
    // luminous figures: emissive core, bright rim and a soft aura
    float lum = (1.0 - shadow) * (1.0 - crowd);
    float core = land_fill(d1 + 0.01, 0.03);
    float aura = exp(-max(d1, 0.0) * 18.0) * (1.0 - land_fill(d1, px)) * 0.35;
    float rim = exp(-max(-d, 0.0) * 250.0) * cov;
    vec3 lumcol = mix(glow, light, 0.45);
    vec3 col = mix(dark * 0.6 * cov, lumcol * (0.35 + 0.5 * core) * cov, lum)
             + lumcol * (aura * lum + rim * mix(0.4, 1.0, lum) * (1.0 - shadow))
             + light * crowdlight * 0.25 * crowd;
    float a = cov * mix(1.0, 0.55, lum);
    f_color = vec4(col, a) * land_opacity();
}
#endif
