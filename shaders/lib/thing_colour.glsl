// The colour of a thing drawn in the palette (vertex stage, after lib/sky_fullscreen.glsl sets
// v_pal): the palette's accent pushed to a full colour, or, where the dream names one for it
// (u_named), the palette's most colourful entry, which is that colour, without the sentence's
// tint; scaled so that its brightest channel is 1 and the hue holds in the light.
vec3 thing_colour() {
    vec3 own = vec3(1.0);
    float best = -1.0;
    for (int i = 0; i < 4; i++) {
        vec3 e = max(u_palette[i], vec3(0.0));
        float top = max(max(e.r, e.g), max(e.b, 1e-4));
        float chroma = (top - min(min(e.r, e.g), e.b)) / top;
        if (chroma > best) { best = chroma; own = e / top; }
    }
    vec3 c = mix(v_pal[3], own, u_named);
    c = max(mix(vec3(luma(c)), c, 1.0 + 0.6 * (1.0 - u_named)), vec3(0.0));
    return c / max(max(c.r, c.g), max(c.b, 1e-3));
}
