// The air's colour (needs lib/header.glsl): the backdrop's gradient (post/backdrop.glsl) from
// the palette, low to high, and the colour far land fades toward (aerial perspective).

vec3 atmosphere_deep() { return u_palette[0] * 0.6 + vec3(0.004, 0.005, 0.010); }
vec3 atmosphere_mid() { return mix(u_palette[0], u_palette[3], 0.55) * 0.45; }
// The high air: mostly the fill's hue, a little darker than the key and fill's light (the cool
// of a dusk zenith over the key's low light).
vec3 atmosphere_high() {
    vec3 air = mix(u_palette[3], u_palette[1], 0.4) * 0.32;
    vec3 cool = min(u_palette[1] / max(luma(u_palette[1]), 1e-3), vec3(2.0)) * luma(air) * 0.7;
    return mix(air, cool, 0.55);
}

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
