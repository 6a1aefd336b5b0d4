// Layered land silhouettes with aerial perspective, shared by the terrain programs.
// The including program defines LAND_KIND (0 meadow, 1 dunes, 2 mountains, 3 island) before
// including this, so the kind folds away at compile time (llvmpipe runs every branch).
// Needs lib/header.glsl, lib/noise.glsl and lib/land_common.glsl.
out vec4 f_color;
noperspective in vec2 v_uv;

// Kind weights (uniform), so every ridge is one branch-free blend.
vec4 kindw() {
    float k = float(LAND_KIND);
    return vec4(k == 0.0, k == 1.0, k == 2.0, k == 3.0);
}

// Height of ridge line i (0 far .. 2 near) at x.
float ridge(vec4 w, float i, float x) {
    float xx = x + u_time * 0.004 * (i + 1.0) + land_rand(i) * 50.0;
    float base = 0.34 - i * 0.09 + u_params.y;
    float n = vnoise(vec2(xx * (1.6 + w.z * 0.6 - i * 0.3 * w.z), i * 7.0));
    // meadow: soft rolling hills with a grass fringe on the nearest one
    float grass = step(1.5, i) * 0.004 * abs(lsin(x * 420.0 + lsin(x * 37.0) * 3.0
                  + lsin(u_time * 0.5 + x * 3.0) * 0.6));
    float meadow = base + 0.08 * n + grass;
    // dunes: long crests with a steep lee side
    float f = xx * (1.3 + i * 0.5) + 0.3 * n;
    float c = fract(f);
    float prof = c < 0.7 ? smoothstep(0.0, 0.7, c) : 1.0 - 0.98 * smoothstep(0.7, 1.0, c);
    float dunes = base - 0.02 + 0.07 * prof * (0.7 + 0.3 * lsin(floor(f) * 3.7 + i));
    // mountains: ridged peaks, taller at the back
    float a = 1.0 - abs(2.0 * n - 1.0);
    float b = w.z > 0.5 ? 1.0 - abs(2.0 * vnoise(vec2(xx * 7.0, i * 3.0 + 1.0)) - 1.0) : 0.0;
    float mount = base - 0.03 + (0.3 - i * 0.07) * (a * a * 0.8 + a * b * 0.22);
    // island: one hump on the water line, a small far one, nothing near
    float cx = land_aspect() * (0.52 + 0.1 * (land_rand(9.0) - 0.5));
    float dx = (x - cx) / 0.42;
    float hump = exp(-dx * dx * 3.0) * (0.8 + 0.2 * n);
    float pk = (x - cx + 0.05) / 0.09;
    float isl = i < 0.5 ? 0.298 + 0.035 * exp(-pow((x - cx - 0.55) * 6.3, 2.0))
              : (i < 1.5 ? 0.296 + 0.11 * hump + 0.06 * exp(-pk * pk) * hump : -1.0);
    return dot(w, vec4(meadow, dunes, mount, isl));
}

void main() {
    vec2 p = land_coords(v_uv);
    vec4 w = kindw();
    float px = land_px();
    vec3 dark = land_pal_dark();
    vec3 haze = land_pal_haze();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 h3 = vec3(ridge(w, 0.0, p.x), ridge(w, 1.0, p.x), ridge(w, 2.0, p.x));
    vec3 d = p.y - h3;
    vec3 cov = 1.0 - smoothstep(-px * 1.2, px * 1.2, d);
    // aerial perspective: far ridges lean to the haze colour
    vec3 c0 = haze * 0.55 + dark, c1 = mix(c0, dark, 0.5), c2 = dark;
    vec3 inside = clamp(-d * 6.0, 0.0, 1.0);
    vec3 shade = 1.0 - 0.35 * inside;
    // rim light hugging each ridge line, and a soft halo above it: each fades from the line
    // on its own side only (1 on the other), so one exp per ridge serves both
    vec3 fall = exp(-max(-d / vec3(0.007, 0.005, 0.003), d * 40.0));
    bvec3 below = lessThan(d, vec3(0.0));
    vec3 rim = mix(vec3(1.0), fall, below) * cov * vec3(0.35, 0.45, 0.6);
    vec3 halo = 0.05 * mix(fall, vec3(1.0), below) * (1.0 - cov) * vec3(0.5, 0.75, 1.0);
    // sand ripples on the dunes, snow light on far peaks
    float ripple = w.y * smoothstep(0.6, 1.0, lsin(d.z * 260.0 + p.x * 20.0 + lsin(p.x * 9.0) * 3.0));
    vec3 layer2 = c2 * shade.z * cov.z + haze * 0.25 * ripple * (1.0 - inside.z) * cov.z;
    vec3 layer1 = c1 * shade.y * cov.y;
    vec3 layer0 = c0 * shade.x * cov.x + w.z * glow * 0.05 * smoothstep(-0.03, 0.0, d.x) * cov.x;
    vec3 col = layer2 + glow * (rim.z + halo.z);
    float a = cov.z;
    col += (1.0 - a) * (layer1 + glow * (rim.y + halo.y));
    a += (1.0 - a) * cov.y;
    col += (1.0 - a) * (layer0 + glow * (rim.x + halo.x));
    a += (1.0 - a) * cov.x;
    if (w.w > 0.5 && p.y < 0.3 && p.y > 0.1) {
        // the island's faint, rippling reflection below the water line
        float ry = 0.6 - p.y + 0.003 * lsin(p.y * 300.0 + u_time * 0.8);
        float h = ridge(w, 1.0, p.x + 0.002 * lsin(p.y * 200.0 + u_time));
        float rc = land_fill(ry - h, px * 3.0) * 0.55 * smoothstep(0.1, 0.3, p.y);
        col += (1.0 - a) * dark * rc;
        a += (1.0 - a) * rc;
    }
    f_color = vec4(col, a) * land_opacity();
}
