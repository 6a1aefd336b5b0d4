// Cheap periodic and bell shapes (no trigonometry, no exp), usable in either stage; included
// by lib/sky_common.glsl, and by a vertex stage that places sprites (lib/sky_fullscreen.glsl).
// Trig and exp are costly on llvmpipe; these cheap shapes stand in for them.
// A smooth periodic wave like cos(2*pi*x), -1..1, with no trigonometry.
float sky_wave(float x) {
    float t = abs(fract(x) - 0.5) * 4.0 - 1.0;
    return t * (1.5 - 0.5 * t * t);
}

// Coverage of a shape from its signed distance, anti-aliased over `aa` (same units).
float sky_fill(float d, float aa) { return smoothstep(aa, -aa, d); }

// A bell like exp(-x2) (x2 = squared distance in units of the width), exactly zero from
// x2 = 4 on, so it can never leak to a cell's edge.
float sky_bell(float x2) {
    float q = max(1.0 - 0.25 * x2, 0.0);
    q *= q;
    return q * q;
}

// Distance from p to the segment from a to b.
float sky_segment(vec2 p, vec2 a, vec2 b) {
    vec2 pa = p - a, ba = b - a;
    return length(pa - ba * clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0));
}
