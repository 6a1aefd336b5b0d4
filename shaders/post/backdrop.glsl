#version 330 core
// The scene's floor: the air's gradient (lib/atmosphere.glsl) with slow drifting noise, and by
// night the glow over the horizon. Drawn first every frame (it replaces the clear), so an
// empty scene is never black and never a flat gradient.
#include "lib/common.glsl"
#if defined VERTEX_SHADER
#include "lib/fullscreen.glsl"
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/atmosphere.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;

void main() {
    float asp = aspect();
    vec2 p = vec2(v_uv.x * asp, v_uv.y);
    float t = u_time * 0.025;
    vec2 o = vec2(u_seed * 0.137, u_seed * 0.071);
    float n = vnoise(p * 1.7 + o + vec2(t, -0.6 * t)) * 0.65
            + vnoise(p * 4.1 - o + vec2(-0.8 * t, 1.2 * t)) * 0.35;
    float h = clamp(v_uv.y + (n - 0.5) * 0.5, 0.0, 1.0);
    vec3 col = atmosphere_at(h);
    // a faint pool of the palette's light colour, breathing with the noise
    vec2 c = vec2(asp * (0.5 + 0.18 * sin(t * 1.3 + u_seed)), 0.62);
    float pool = exp(-dot(p - c, p - c) * 3.0);
    col += u_palette[2] * pool * (0.05 + 0.05 * n) * (1.0 - atmosphere_night());
    col += atmosphere_night_glow(v_uv.y) * atmosphere_night();
    f_color = vec4(col * (0.55 + 0.45 * n), 1.0);
}
#endif
