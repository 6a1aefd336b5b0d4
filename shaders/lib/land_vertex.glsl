// Fullscreen triangle (like lib/fullscreen.glsl) that also derives the palette roles once per
// vertex and hands them to the fragment stage as flat values (see lib/land_common.glsl).
out vec2 v_uv;
flat out vec3 v_pal_dark;
flat out vec3 v_pal_glow;
flat out vec3 v_pal_light;
flat out vec3 v_pal_haze;

float land_luma(vec3 c) { return dot(c, vec3(0.2126, 0.7152, 0.0722)); }

// The darkest palette colour (silhouette base), kept dark but tinted.
vec3 land_compute_dark() {
    vec3 d = u_palette[0];
    for (int i = 1; i < 4; i++) {
        if (land_luma(u_palette[i]) < land_luma(d)) d = u_palette[i];
    }
    return d * 0.22 + vec3(0.004, 0.005, 0.009);
}

// The most colourful bright palette colour (rim light, glows).
vec3 land_compute_glow() {
    vec3 g = u_palette[0];
    float best = -1.0;
    for (int i = 0; i < 4; i++) {
        vec3 c = u_palette[i];
        float score = (max(c.r, max(c.g, c.b)) - min(c.r, min(c.g, c.b))) + 0.35 * land_luma(c);
        if (score > best) { best = score; g = c; }
    }
    return g;
}

// The lightest palette colour (warm window light, highlights).
vec3 land_compute_light() {
    vec3 l = u_palette[0];
    for (int i = 1; i < 4; i++) {
        if (land_luma(u_palette[i]) > land_luma(l)) l = u_palette[i];
    }
    return l;
}

// Haze colour for aerial perspective: a dim mix of the palette, leaning to the tint.
vec3 land_compute_haze() {
    vec3 avg = (u_palette[0] + u_palette[1] + u_palette[2] + u_palette[3]) * 0.25;
    return mix(avg, u_tint, 0.25) * 0.12 + land_compute_glow() * 0.1;
}

void main() {
    vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
    v_uv = p;
    v_pal_dark = land_compute_dark();
    v_pal_glow = land_compute_glow();
    v_pal_light = land_compute_light();
    v_pal_haze = land_compute_haze();
    gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}
