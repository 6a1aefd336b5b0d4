#version 330 core
// A long serpent weaving through the scene, glowing scales along its spine (midground).
// the picture stays inside this rectangle (see lib/land_vertex.glsl)
#define LAND_RECT vec4(-1.0, 0.26, asp + 1.0, 0.74)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float t = u_time * 0.25;
    // the body is a travelling wave from the left edge to the head
    float hx = asp * 0.74;
    float x = p.x;
    float k = 4.2;
    float amp = 0.1;
    float ph = x * k - t * 3.0 + land_rand(1.0) * 6.0;
    float yc = 0.5 + amp * lsin(ph) * (0.6 + 0.4 * x / hx) + 0.04 * lsin(x * 1.3 + t);
    float dy = amp * k * lcos(ph) * (0.6 + 0.4 * x / hx);
    float u = clamp(x / hx, 0.0, 1.0);                  // 0 tail end .. 1 head
    float r = 0.035 * (0.35 + 0.65 * smoothstep(0.0, 0.4, u)) * (1.0 - 0.3 * smoothstep(0.9, 1.0, u));
    float across = (p.y - yc) / sqrt(1.0 + dy * dy);
    float dbody = max(abs(across) - r, x - hx);
    // head: a wedge-like ellipse at the end of the body
    float ph2 = hx * k - t * 3.0 + land_rand(1.0) * 6.0;
    float yh = 0.5 + amp * lsin(ph2) + 0.04 * lsin(hx * 1.3 + t);
    float ang = latan2(amp * k * lcos(ph2), 1.0);
    vec2 hq = rot2(-ang) * (p - vec2(hx + 0.035, yh));
    float head = sd_ellipse(hq, vec2(0.065, 0.034 - 0.012 * smoothstep(0.0, 0.06, hq.x)));
    float d = smin(dbody, head, 0.015);
    // dorsal frill: little spines along the upper edge
    float along = x * 60.0;
    float spine = (1.0 - abs(fract(along) - 0.5) * 2.0) * 0.012 * smoothstep(0.05, 0.3, u) * step(x, hx);
    d = min(d, max(max(across - r - spine, -across), x - hx));
    float cov = land_fill(d, land_px() * 1.2);
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    // scales: a diamond lattice lit faintly along the spine
    vec2 sc = vec2(x * 70.0, across / max(r, 1e-3) * 3.0);
    float diamond = abs(fract(sc.x + sc.y * 0.5) - 0.5) + abs(fract(sc.x - sc.y * 0.5) - 0.5);
    float scales = smoothstep(0.35, 0.5, diamond) * smoothstep(r, 0.0, abs(across)) * 0.5;
    float glowline = exp(-abs(across - r * 0.35) / r * 4.0) * step(x, hx) * (0.6 + 0.4 * lsin(x * 20.0 - t * 6.0));
    float rim = exp(-max(-d, 0.0) * 400.0) * cov;
    float eye = exp(-length(hq - vec2(0.02, 0.012)) * 400.0) * 2.0;
    vec3 col = dark * cov * (1.0 + scales) + glow * (rim * 0.5 + glowline * 0.35 * cov) + land_pal_light() * eye;
    f_color = vec4(col, cov) * land_opacity();
}
#endif
