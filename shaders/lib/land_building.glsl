// Buildings standing out of doors (the castle, the churchyard's church, the harbour's houses):
// the key light from the right (the moon by night, the sun by day), the sky's light on the
// shaded sides, and the warm light of lit windows (dimmer by day), from the land layer's
// palette roles (in either stage); and, in the fragment stage, ashlar: courses of blocks each
// its own shade with faint mortar joints.
void building_light(float day, out vec3 key, out vec3 amb, out vec3 lamp) {
    vec3 moon = mix(vec3(0.55, 0.62, 0.85), v_pal_light, 0.2) * 0.22;
    vec3 sun = mix(vec3(1.0, 0.9, 0.74), v_pal_light, 0.1) * 1.05;
    key = mix(moon, sun, day);
    amb = mix(v_pal_dark * 1.2 + mix(vec3(0.02, 0.025, 0.05), v_pal_glow * 0.05, 0.4),
              atmosphere_day(0.7) * 0.5, day);
    lamp = mix(vec3(1.0, 0.68, 0.32), v_pal_light, 0.15) * 1.25 * (1.0 - 0.9 * day) * v_breath;
}

#if defined FRAGMENT_SHADER
float ashlar(vec2 p) {
    float row = floor(p.y / 0.009);
    vec2 b = vec2(p.x / 0.016 + 0.5 * mod(row, 2.0), p.y / 0.009);
    vec2 f = abs(fract(b) - 0.5);
    float joint = smoothstep(0.42, 0.5, max(f.x * 0.9, f.y));
    return (0.88 + 0.16 * hash21(floor(b))) * (1.0 - 0.25 * joint);
}
#endif
