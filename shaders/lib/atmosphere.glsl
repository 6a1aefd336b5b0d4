// The air's colour (needs lib/header.glsl): the backdrop's gradient (post/backdrop.glsl), low
// to high (the palette's at dusk, a deep blue over a moonlit glow by night, a pale haze under
// blue by day), and the colour far land fades toward (aerial perspective).

vec3 atmosphere_deep() { return u_palette[0] * 0.6 + vec3(0.004, 0.005, 0.010); }
vec3 atmosphere_mid() { return mix(u_palette[0], u_palette[3], 0.55) * 0.45; }
// The high air: mostly the fill's hue, a little darker than the key and fill's light (the cool
// of a dusk zenith over the key's low light).
vec3 atmosphere_high() {
    vec3 air = mix(u_palette[3], u_palette[1], 0.4) * 0.32;
    vec3 cool = min(u_palette[1] / max(luma(u_palette[1]), 1e-3), vec3(2.0)) * luma(air) * 0.7;
    return mix(air, cool, 0.55);
}

// The daylit air at height h: a pale, warm-white haze low down under a clear blue high sky,
// each leaning a little to the palette's fill and light.
vec3 atmosphere_day(float h) {
    vec3 low = mix(vec3(0.62, 0.6, 0.55), u_palette[3], 0.2) * 0.55;
    vec3 high = mix(vec3(0.17, 0.27, 0.5), u_palette[1], 0.15) * 0.6;
    return mix(low, high, smoothstep(0.3, 1.0, h));
}

// The light on a silhouette's rim whose glow colour is `glow`: that glow at night; by day the
// sun's light past the edges, not a glow of their own (a low sun's orange at dawn and dusk, a
// warm white by day).
vec3 atmosphere_rim(vec3 glow) {
    float day = smoothstep(0.0, 0.5, u_daylight);
    vec3 sun = mix(vec3(1.0, 0.6, 0.36), vec3(1.0, 0.92, 0.78), smoothstep(0.4, 0.9, u_daylight));
    return mix(glow, mix(sun * max(luma(glow), 0.5), glow, 0.1), 0.9 * day);
}

// How deep into the night it is: 1 at night, 0 from dusk on.
float atmosphere_night() { return 1.0 - smoothstep(0.0, 0.45, u_daylight); }

// The night air at height h: a deep blue over the horizon, leaning a little to the palette's
// fill, darkening to near black at the zenith.
vec3 atmosphere_night_air(float h) {
    vec3 fill = min(u_palette[1] / max(luma(u_palette[1]), 0.02), vec3(3.0));
    vec3 blue = mix(vec3(0.26, 0.36, 1.0) / 0.4, fill, 0.3);
    return blue * mix(0.07, 0.003, smoothstep(0.2, 0.85, h));
}

// The night's light low over the horizon, at screen height y (0 bottom .. 1 top): a band that
// fades up into the dark and, faster, down to the ground (the far hills stand against it),
// the moon's pale, cool light above and the far lamps' deep amber (a little of the palette's
// light colour) low over the horizon itself: a warm hue against the night's blue.
vec3 atmosphere_night_glow(float y) {
    vec3 moon = mix(vec3(0.72, 0.84, 1.0), u_palette[3], 0.2);
    vec3 lamps = mix(vec3(1.0, 0.3, 0.05), u_palette[2], 0.1);
    float above = y - 0.3;
    float band = exp(-max(above * 10.0, above * -16.0));
    return mix(moon, lamps * 1.1, smoothstep(0.6, 0.34, y)) * band;
}

// How near the light is to dusk or dawn: 1 at dusk's daylight (0.45), fading out toward the
// night and the full day.
float atmosphere_dusk() {
    float x = (u_daylight - 0.45) / 0.22;
    return exp(-x * x);
}

// The air at dusk or dawn at height h: the low sun's warm band over the horizon (orange
// leaning to the palette's light colour), rose above it, then a deepening violet-blue that
// leans to the palette's fill: a warm light against a cool sky, whatever the dream's hues.
vec3 atmosphere_dusk_air(float h) {
    vec3 sun = mix(vec3(1.0, 0.42, 0.15), u_palette[2], 0.25) * 0.45;
    vec3 rose = mix(vec3(0.7, 0.3, 0.42), u_palette[2], 0.35) * 0.3;
    vec3 high = mix(vec3(0.12, 0.13, 0.36), u_palette[1], 0.2) * 0.4;
    vec3 col = mix(sun, rose, smoothstep(0.2, 0.5, h));
    return mix(col, high, smoothstep(0.4, 0.95, h));
}

// The air at height h (0..1, with the backdrop's noise folded in by the caller): the palette's
// gradient, turned `sunset` (0..1) of the way to a sunset's at dusk and dawn, the deep night
// air by night, turning to the daylit air by day.
vec3 atmosphere_air(float h, float sunset) {
    vec3 col = mix(atmosphere_deep(), atmosphere_mid(), smoothstep(0.0, 0.6, h));
    col = mix(col, atmosphere_high(), smoothstep(0.5, 1.0, h));
    col = mix(col, atmosphere_dusk_air(h), sunset * atmosphere_dusk());
    col = mix(col, atmosphere_night_air(h), atmosphere_night());
    return mix(col, atmosphere_day(h), smoothstep(0.4, 1.0, u_daylight));
}

// The sky's air at height h: a sunset's colours at dusk and dawn.
vec3 atmosphere_at(float h) { return atmosphere_air(h, 0.6); }

// The colour the land fades toward, where the far hills stand: the air just over the horizon
// at its mean brightness, with less of a sunset's warmth than the sky (the hills keep their
// own colours; by night with some of the glow behind them), lit a little by the sentence's
// tint.
vec3 atmosphere_horizon() {
    vec3 air = atmosphere_air(0.38, 0.25) * 0.78
             + atmosphere_night_glow(0.4) * (0.3 * atmosphere_night());
    return air * mix(vec3(1.0), u_tint / max(luma(u_tint), 0.05), 0.15);
}
