// Shared body of the falling, flying, floating, transforming programs; each defines LAND_KIND
// (compile-time, so unused kinds fold away: llvmpipe executes every branch).
// Motion (effect, reads the scene). LAND_KIND: 0 falling (upward streaks, slow zoom),
// 1 flying (horizontal parallax streaks, gentle banking), 2 floating (the whole scene drifts
// softly), 3 transforming (a slow morphing shimmer that dissolves and re-forms the picture).
// Needs lib/header.glsl, lib/noise.glsl and lib/land_common.glsl.
uniform sampler2D u_scene;
in vec2 v_uv;
out vec4 f_color;

void main() {
    float kind = float(LAND_KIND);
    float asp = land_aspect();
    float k0 = step(kind, 0.5), k1 = step(0.5, kind) * step(kind, 1.5);
    float k2 = step(1.5, kind) * step(kind, 2.5), k3 = step(2.5, kind);
    vec2 c = v_uv - 0.5;
    // how the picture moves: falling zooms in slowly, flying banks, floating drifts
    float zoom = 1.0 - k0 * 0.03 * (0.5 + 0.5 * lsin(u_time * 0.1));
    float bank = k1 * 0.03 * lsin(u_time * 0.12);
    vec2 drift = k2 * vec2(0.008 * lsin(u_time * 0.17), 0.012 * lsin(u_time * 0.13 + 1.0));
    vec2 uv = rot2(bank) * (c * vec2(asp, 1.0)) * zoom / vec2(asp, 1.0) + 0.5 + drift;
    // transforming: the picture flows along a slowly turning noise field
    float n = vnoise(v_uv * 4.0 + u_time * 0.05);
    vec2 flow = vec2(lcos(n * 6.2831), lsin(n * 6.2831)) * 0.012 * k3;
    uv += flow;
    // motion blur along the travel direction (falling: vertical, flying: horizontal)
    vec2 dir = k0 * vec2(0.0, 0.006) + k1 * vec2(0.008, 0.0);
    vec3 col = texture(u_scene, uv).rgb * 0.5 + texture(u_scene, uv + dir * 1.5).rgb * 0.5;
    // streaks: thin lines sliding past in cells (upwards when falling, sideways when flying)
    vec2 p = land_coords(v_uv);
    vec2 sp = mix(p.yx, p, k1) * vec2(1.0, 30.0);
    sp.x += u_time * 0.25 * (1.0 + hash11(floor(sp.y)));
    float hs = hash11(floor(sp.y) * 3.1 + floor(sp.x / 2.0));
    float fx = fract(sp.x / 2.0);
    float streak = smoothstep(0.0, 0.3, fx) * smoothstep(0.35, 0.3, fx) * exp(-abs(fract(sp.y) - 0.5) * 40.0);
    streak *= step(0.8, hs) * (k0 + k1);
    col += land_pal_light() * streak * 0.12;
    // transforming shimmer: iridescent bands that sweep slowly
    float band = lsin((v_uv.x + v_uv.y) * 6.0 + n * 4.0 - u_time * 0.3);
    col += k3 * mix(u_palette[1], u_palette[3], 0.5 + 0.5 * band) * smoothstep(0.7, 1.0, band) * 0.08;
    f_color = vec4(col * u_intensity, u_intensity);
}
