#version 330 core
// A theatre: proscenium, velvet curtains with folds, a warm white spotlight cone with dust, the
// curtains' edges cool in the house lights (midground).
#include "lib/land.glsl"
#include "lib/land_interior.glsl"
#if defined FRAGMENT_SHADER
void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float px = land_px();
    vec3 dark = land_pal_dark();
    vec3 glow = mix(ROOM_COOL, land_pal_glow(), 0.3) * land_breath();
    vec3 light = mix(vec3(1.0, 0.84, 0.62) * 1.8, land_pal_light(), 0.15);
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
#endif
