#version 330 core
// Vortex (effect): a spiral of air and light turning slowly in the middle of the frame: two
// soft arms winding in toward a bright eye, broken into wisps by drifting noise. It only adds
// light and a thin veil of haze over the picture, so nothing behind it bends. The turn
// breathes but never winds up, so an hour of playback looks like its first minute.
// u_params.x: how tightly the arms wind (added to 5). Only its square is drawn.
#define VORTEX_R 0.5
#define LAND_RECT vec4(asp * 0.5 - VORTEX_R, 0.5 - VORTEX_R, asp * 0.5 + VORTEX_R, 0.5 + VORTEX_R)
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER

void main() {
    float asp = aspect();
    vec2 d = (v_uv - 0.5) * vec2(asp, 1.0);
    float r = length(d);
    float rn = r / VORTEX_R;
    float env = clamp(1.0 - rn, 0.0, 1.0);
    env *= env;                                          // 0 at the rim, rising to the eye
    // two logarithmic arms: cos(2 * angle - wind * log r - turn) from the double angle
    float wind = 5.0 + u_params.x;
    float phase = wind * log(max(rn, 0.02)) - u_time * 0.25 + 0.6 * lsin(u_time * 0.05);
    float c2 = (d.x * d.x - d.y * d.y) / max(r * r, 1e-8);
    float s2 = 2.0 * d.x * d.y / max(r * r, 1e-8);
    float arms = c2 * lcos(phase) + s2 * lsin(phase);   // -1..1
    arms = clamp(arms * 0.5 + 0.5, 0.0, 1.0);
    arms *= arms * arms;
    // wisps: noise carried round with the arms
    float wisp = vnoise(vec2(phase * 0.8 + 2.0 * (c2 + s2), rn * 6.0) + u_seed);
    float air = arms * (0.35 + 0.9 * wisp) * env;
    float eye = exp(-rn * rn * 40.0);
    vec3 col = land_pal_glow() * air * 0.35 * land_breath() + land_pal_light() * eye * 0.25
             + land_pal_haze() * env * 0.15;
    f_color = vec4(col, 0.12 * env * (0.5 + arms)) * u_intensity;
}
#endif
