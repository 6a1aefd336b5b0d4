// Shared body of the birds, moths, butterflies programs; each defines LAND_KIND
// (compile-time, so unused kinds fold away: llvmpipe executes every branch).
// Flocks drifting across the sky (foreground): cell-repeated silhouettes, one per cell.
// LAND_KIND: 0 birds (dark, slow wingbeats), 1 moths (pale, dusty, glowing), 2 butterflies.
// Needs lib/header.glsl, lib/noise.glsl and lib/land_common.glsl.
in vec2 v_uv;
out vec4 f_color;

void main() {
    vec2 p = land_coords(v_uv);
    float kind = float(LAND_KIND);
    float bird = step(kind, 0.5);
    float cs = mix(0.24, 0.15, bird);
    // the flock frame drifts; moths/butterflies wander, birds glide leftwards
    vec2 drift = vec2(u_time * mix(0.012, 0.03, bird), 0.03 * lsin(u_time * 0.05));
    vec2 g = (p + drift) / cs + land_rand(1.0) * 50.0;
    vec2 cell = floor(g);
    vec2 h = hash22(cell);
    float band = smoothstep(0.2, 0.45, p.y) * smoothstep(1.0, 0.8, p.y);
    float present = step(mix(0.68, 0.5, bird), h.x) * mix(1.0, band, bird);
    vec2 c = vec2(0.5) + (h - 0.5) * 0.35;
    c += 0.08 * vec2(lsin(u_time * 0.11 + h.y * 20.0), lsin(u_time * 0.13 + h.x * 20.0)) * (1.0 - bird);
    vec2 q = (fract(g) - c) * cs;        // back in screen units, around the creature
    float sz = mix(0.06, 0.034, bird) * (0.7 + 0.5 * h.y);
    q /= sz;
    float ph = u_time * mix(2.4, 1.1, bird) + h.y * 30.0;
    float flap = lsin(ph);
    // bird: two bent wings (an "m" shape) and a small body
    vec2 wq = vec2(abs(q.x), q.y);
    float lift = flap * 0.45;
    vec2 elbow = vec2(0.45, 0.12 + lift * 0.5);
    vec2 tip = vec2(1.0, -0.05 + lift);
    float wing = min(sd_taper(wq, vec2(0.0), elbow, 0.11, 0.07), sd_taper(wq, elbow, tip, 0.07, 0.01));
    float dbird = min(wing, sd_ellipse(q - vec2(0.0, -0.02), vec2(0.2, 0.09)));
    // moth / butterfly: wings fold by squashing x, two lobes per side
    float fold = 0.25 + 0.75 * abs(lcos(ph * 0.5));
    vec2 mq = vec2(abs(q.x) / fold, q.y);
    float upper = sd_ellipse(rot2(0.5) * (mq - vec2(0.42, 0.2)), vec2(0.45, 0.32));
    float lower = sd_ellipse(rot2(-0.5) * (mq - vec2(0.3, -0.25)), vec2(0.28, 0.24));
    float dwing = min(upper, lower) * fold;
    float dflut = min(dwing, sd_ellipse(q, vec2(0.06, 0.3)));
    float d = mix(dflut, dbird, bird) * sz;
    float cov = land_fill(d, land_px() * 1.1) * present;
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    float rim = exp(-max(-d, 0.0) * 500.0) * cov;
    // moths: pale dusty glow; butterflies: palette-coloured wings with darker edges
    float edge = smoothstep(-0.004, -0.0005, d);
    vec3 mothc = mix(light, glow, 0.3) * 0.6 * (1.0 - 0.4 * edge);
    vec3 butc = mix(u_palette[1], u_palette[3], h.x * 2.0 - 1.1) * 0.8 * (1.0 - 0.7 * edge)
              + light * 0.2 * smoothstep(0.25, 0.0, length(mq - vec2(0.5, 0.25)));
    vec3 body = mix(mix(mothc, butc, step(1.5, kind)), dark, bird);
    float halo = (1.0 - bird) * exp(-length(q) * 1.5) * 0.3 * present;
    vec3 col = body * cov + glow * (rim * 0.4 + halo * step(kind, 1.5));
    f_color = vec4(col, cov) * land_opacity();
}
