// Shared body of the stage, hall programs; each defines LAND_KIND (compile-time: each kind
// keeps only its own part, since llvmpipe executes every branch).
// A theatre: proscenium, velvet curtains with folds, a spotlight cone with dust (midground).
// LAND_KIND: 0 stage, 1 a great hall (columns, arches, a chandelier's glow).
// Needs lib/header.glsl, lib/noise.glsl and lib/land_common.glsl.
noperspective in vec2 v_uv;
out vec4 f_color;

#if LAND_KIND == 0
void main() {
    vec2 p = land_coords(v_uv);
    float asp = land_aspect();
    float px = land_px();
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    float cx = asp * 0.5;
    float x = p.x - cx;
    // ---- stage: side curtains gathered toward the edges, a scalloped valance on top
    float open_ = asp * 0.3 + 0.02 * lsin(u_time * 0.05);
    float gather = smoothstep(0.0, 0.9, p.y);
    float cw = open_ + 0.06 * (1.0 - gather) - 0.02 * p.y;
    float folds = lsin(abs(x) * 60.0 + p.y * 2.0);
    float curtain = (cw - abs(x)) - 0.004 * folds;             // > 0 inside the opening
    float val = 0.84 - 0.03 * abs(lsin(x * 9.0));
    float dstage = min(min(curtain, val - p.y), p.y - 0.12);
    // velvet: warm palette colour, deep in the folds
    vec3 velvet = mix(u_palette[1], u_palette[3], 0.35) * 0.18 + dark;
    float fshade = 0.45 + 0.55 * (0.5 + 0.5 * folds);
    vec3 ccol = velvet * fshade;
    vec3 fcol = dark * 1.2 + light * 0.03 * smoothstep(0.12, 0.0, p.y) * (1.0 - smoothstep(0.0, 0.4, abs(x)));
    // spotlight: a cone from above onto a pool on the floor
    float sx = 0.25 * lsin(u_time * 0.04);
    float cone = smoothstep(0.0, 1.0, 1.0 - abs(x - sx * (1.0 - p.y)) / (0.05 + 0.2 * (1.0 - p.y)));
    cone *= smoothstep(1.0, 0.5, p.y) * step(0.12, p.y);
    float pool = exp(-pow(length(vec2((x - sx) * 0.7, (p.y - 0.1) * 3.0)) * 5.0, 2.0));
    vec2 dg = p * vec2(80.0, 80.0) + vec2(0.0, u_time * 0.6);
    float dh = hash21(floor(dg));
    float dust = exp(-dot(fract(dg) - 0.5, fract(dg) - 0.5) * 40.0) * step(0.9, dh)
               * (0.5 + 0.5 * lsin(u_time * 0.7 + dh * 40.0));
    vec3 beam = light * (cone * (0.1 + 0.6 * dust) + pool * 0.35) * land_breath();
    float cov = land_fill(dstage, px * 1.3);
    float rim = exp(-max(-dstage, 0.0) * 300.0) * cov;
    vec3 scol = mix(fcol, ccol, step(0.12, p.y));
    vec3 col = scol * cov + glow * rim * 0.35 + beam * (1.0 - cov * 0.7);
    f_color = vec4(col, cov) * land_opacity();
}
#else
// Per-draw constants from the hall's vertex stage (layers/hall.glsl).
flat in vec4 v_hall;        // aspect, column spacing, 1 / spacing, arch radius
flat in vec3 v_hall_edge;   // edge softness w, 1 / 2w, opacity
flat in vec3 v_hall_lit;    // chandelier light (breathing)
flat in vec3 v_hall_rim;    // rim light

void main() {
    vec2 p = vec2(v_uv.x * v_hall.x, v_uv.y);
    float cx = v_hall.x * 0.5;
    vec3 light = land_pal_light();
    // ---- hall: columns with arches between them, a chandelier glow at the top
    float colw = v_hall.y;
    float hx = fract((p.x + colw * 0.5) * v_hall.z) - 0.5;
    float hc = hx * colw;
    float colm = abs(hc) - 0.028;
    float capital = max(abs(hc) - 0.042, abs(p.y - 0.7) - 0.02);
    float arch = length(vec2(hc, max(p.y - 0.72, 0.0))) - v_hall.w;
    float d = min(min(colm, capital), -arch);
    d = min(d, p.y - 0.06);
    float flute = 0.8 + 0.2 * lsin(hc * 400.0);
    float chand = length((p - vec2(cx, 0.8)) * vec2(1.0, 1.6));
    // exp(-3 chand), exp(-9 chand), exp(-40 chand) from one exp
    float e1 = exp(-chand);
    float e3 = e1 * e1 * e1;
    float e9 = e3 * e3 * e3;
    float e10 = e9 * e1;
    float e20 = e10 * e10;
    vec3 chglow = v_hall_lit * (e9 * 0.5 + e20 * e20);
    vec2 cl = p - vec2(cx, 0.78);
    float ring = abs(length(cl * vec2(1.0, 3.5)) - 0.06);
    vec3 candles = light * (exp(-ring * 300.0) * 0.6);
    float t = clamp((d + v_hall_edge.x) * v_hall_edge.y, 0.0, 1.0);
    float cov = 1.0 - t * t * (3.0 - 2.0 * t);          // land_fill(d, w)
    float rim = exp(-max(-d, 0.0) * 300.0) * cov;
    vec3 hcol = land_pal_dark() * (flute * (1.0 + 0.5 * e3));
    vec3 col = hcol * cov + v_hall_rim * rim + (chglow + candles) * (1.0 - cov * 0.7);
    f_color = vec4(col, cov) * v_hall_edge.z;
}
#endif
