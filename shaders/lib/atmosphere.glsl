// The air's colour (needs lib/header.glsl): the backdrop's gradient (post/backdrop.glsl) from
// the palette, low to high, and the colour far land fades toward (aerial perspective).

vec3 atmosphere_deep() { return u_palette[0] * 0.6 + vec3(0.004, 0.005, 0.010); }
vec3 atmosphere_mid() { return mix(u_palette[0], u_palette[3], 0.55) * 0.45; }
// high air leans to the fill (the cool of a dusk zenith), low air to the key's light
vec3 atmosphere_high() { return mix(u_palette[3] * 0.3, u_palette[1] * 0.6, 0.65); }

// The air at height h (0..1, with the backdrop's noise folded in by the caller).
vec3 atmosphere_at(float h) {
    vec3 col = mix(atmosphere_deep(), atmosphere_mid(), smoothstep(0.0, 0.6, h));
    return mix(col, atmosphere_high(), smoothstep(0.5, 1.0, h));
}

// The sky's colour just over the horizon, where the far hills stand: the backdrop there at
// its mean brightness, lit a little by the sentence's tint.
vec3 atmosphere_horizon() {
    return atmosphere_at(0.38) * 0.78 * mix(vec3(1.0), u_tint / max(luma(u_tint), 0.05), 0.15);
}
