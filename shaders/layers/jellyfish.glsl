#version 330 core
// Pulsing translucent jellyfish bells with trailing tendrils (midground, mostly light).
// the picture stays inside this band (see lib/land_vertex.glsl)
#define LAND_RECT vec4(-1.0, 0.18, asp + 1.0, 0.86)
#define SWIM_BAND vec2(0.26, 0.8)  // the band the jellies fill (lib/land_shore.glsl)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
// One jelly at centre c with size s and phase k: returns (coverage, light).
vec2 jelly(vec2 p, vec2 c, float s, float k) {
    float pulse = lsin(u_time * 0.9 + k);
    vec2 q = (p - c - vec2(0.0, 0.01 * pulse)) / s;
    float w = 1.0 + 0.12 * pulse;
    float hgt = 0.8 - 0.1 * pulse;
    // bell: a dome, open at the bottom with a frilled rim
    vec2 bq = vec2(q.x / w, q.y);
    float dome = max(length(vec2(bq.x, max(bq.y, 0.0) / hgt)) - 1.0, -bq.y - 0.12 - 0.05 * lsin(bq.x * 25.0 + k));
    float inside = land_fill(dome, 0.04);
    float edge = exp(-abs(dome) * 14.0);
    float organs = exp(-length(vec2(abs(bq.x) - 0.3, bq.y - 0.25)) * 6.0) * inside;
    // tendrils: wavy strands below the bell, fading with length
    float ty = -q.y;
    float tx = q.x + 0.12 * lsin(ty * 3.0 - u_time * 1.1 + k) * ty;
    float strand = abs(fract(tx * 3.2 + 0.5) - 0.5) / 3.2;
    float tl = step(0.0, ty) * step(abs(tx), 0.75 * w) * smoothstep(3.2, 0.2, ty);
    float ten = exp(-strand * 70.0) * tl;
    // oral arms: thicker ribbons in the middle
    float arm = exp(-abs(tx * 1.2 + 0.1 * lsin(ty * 5.0 + k)) * 9.0) * step(0.0, ty) * smoothstep(2.0, 0.1, ty);
    float cov = inside * 0.3 + edge * 0.15 * step(-0.15, bq.y);
    float lit = inside * 0.35 + edge * 0.9 * step(-0.15, bq.y) + organs * 0.8 + ten * 0.5 + arm * 0.35;
    return vec2(cov, lit);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float r1 = land_rand(1.0), r2 = land_rand(2.0);
    // three jellies (centre, size, phase, brightness); they never overlap, so each pixel
    // draws only the nearest one (distance in its own size, tendrils hanging below)
    vec4 ja = vec4(asp * (0.28 + 0.1 * r1), 0.62 + 0.03 * lsin(u_time * 0.1), 0.11, 0.0);
    vec4 jb = vec4(asp * (0.66 + 0.1 * r2), 0.72 + 0.03 * lsin(u_time * 0.12 + 2.0), 0.075, 2.1);
    vec4 jc = vec4(asp * 0.5, 0.42 + 0.03 * lsin(u_time * 0.09 + 4.0), 0.05, 4.2);
    vec3 qd = abs(vec3(p.x) - vec3(ja.x, jb.x, jc.x)) / vec3(ja.z, jb.z, jc.z);
    vec3 qy = (vec3(p.y) - vec3(ja.y, jb.y, jc.y)) / vec3(ja.z, jb.z, jc.z);
    qd += max(max(qy, -qy - 2.5), 0.0) * 0.3;
    vec4 j = qd.x < qd.y ? ja : jb;
    float bright = qd.x < qd.y ? 1.0 : 0.9;
    bool cn = qd.z < min(qd.x, qd.y);
    j = cn ? jc : j;
    bright = cn ? 0.7 : bright;
    vec2 a = jelly(p, j.xy, j.z, j.w);
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    vec3 col = (glow * 0.8 + light * 0.2) * a.y * bright * 0.7;
    float cov = a.x;
    col += land_pal_dark() * cov;
    f_color = vec4(col, cov) * u_intensity;
}
#endif
