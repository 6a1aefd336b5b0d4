#version 330 core
// Mirror (effect, reads the scene): a tall pane of glass standing right of centre, with an
// arched top. It shows the scene reversed, as if it faced the rest of the picture (what lies
// left of the middle): a little smaller and darker, cooler, swaying faintly, with a slow sheen
// across the glass. Its edge
// fades softly into the picture; no frame line. Only the pane's box is drawn.
#define PANE_X 0.7        // the pane's middle, as a fraction of the width
#define PANE_W 0.17       // its half width (height units)
#define PANE_Y0 0.12      // its foot
#define PANE_Y1 0.86      // the top of its arch
#define LAND_RECT vec4(asp * PANE_X - PANE_W, PANE_Y0, asp * PANE_X + PANE_W, PANE_Y1)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER
#include "lib/scene_behind.glsl"

void main() {
    float asp = aspect();
    vec2 p = aspect_coords(v_uv);
    vec2 c = vec2(asp * PANE_X, PANE_Y1 - PANE_W);       // the centre of the arch
    vec2 d = p - c;
    // signed distance to the pane (negative inside): a rectangle up to the arch's centre,
    // and the arch's circle
    float rect = max(abs(d.x) - PANE_W, max(d.y, PANE_Y0 - p.y));
    float sdf = min(rect, length(d) - PANE_W);
    float soft = 0.035;
    float cov = smoothstep(0.0, -soft, sdf);
    // what it faces: the scene reversed about the frame's middle, a little smaller (only
    // READS_BOX, the part of the screen named in assets/visuals, is there to read)
    vec2 o = vec2(asp - c.x, c.y);                       // the pane's place, reversed
    vec2 m = o + (vec2(asp - p.x, p.y) - o) * 1.15;
    m.x += 0.004 * lsin(p.y * 9.0 + u_time * 0.3);         // the glass sways faintly
    vec2 uv = clamp(m / vec2(asp, 1.0), READS_BOX.xy, READS_BOX.zw);
    // nearest texel: the mirror maps pixels onto pixels, and filtering costs more than the rest
    vec3 refl = scene_behind(ivec2(min(uv * u_resolution, u_resolution - 1.0)));
    // glass: darker, cooler, and a broad sheen drifting across it
    refl = refl * 0.6 + land_pal_haze() * 0.3;
    float band = p.x - c.x + (p.y - c.y) * 0.45 - 0.12 * lsin(u_time * 0.05);
    float sheen = exp(-band * band * 90.0) * 0.07 + exp(-(band + 0.09) * (band + 0.09) * 400.0) * 0.03;
    vec3 col = refl + land_pal_light() * sheen * land_breath();
    f_color = vec4(col * cov, cov) * u_intensity;
}
#endif
