// Fragment-side helpers shared by the sky / light / water / weather layers (prefix sky_).
// Pair with lib/sky_fullscreen.glsl in the vertex section.
#include "lib/common.glsl"
#include "lib/noise.glsl"
noperspective in vec2 v_uv;
flat in vec3 v_pal[4];
flat in vec4 v_rand;

// Palette colour i (tinted) at luminance l: the dream gives the hue, the layer the brightness.
vec3 sky_pal(int i, float l) {
    return v_pal[i] * l;
}

// The same, pulled part of the way towards a reference hue (keeps fire warm, ice cool).
vec3 sky_pal_toward(int i, vec3 ref, float k, float l) {
    return mix(v_pal[i], ref / luma(ref), k) * l;
}

// Gentle breathing with the narrator's voice (small amplitude).
float sky_breath(float amount) {
    return 1.0 + amount * clamp(u_voice, 0.0, 1.0);
}

// A per-dream offset for noise domains.
vec2 sky_seed2() {
    return v_rand.xy * 97.0;
}


// A soft round glow with a bright core, exactly zero at distance r.
float sky_glow(float d, float r) {
    float x = clamp(1.0 - d / r, 0.0, 1.0);
    return x * x * (0.35 + 0.65 * x * x);
}

#include "lib/sky_shapes.glsl"

// A smooth, slowly changing warp field, about -1..1, from crossed waves (no trig);
// p.z is usually time.
float sky_swirl(vec3 p) {
    return 0.5 * (sky_wave(p.x * 0.15 + p.y * 0.06 + p.z * 0.16)
                  + sky_wave(p.y * 0.14 - p.x * 0.08 - p.z * 0.2))
        * (0.6 + 0.4 * sky_wave(p.x * 0.09 + p.y * 0.11 + 0.3));
}
