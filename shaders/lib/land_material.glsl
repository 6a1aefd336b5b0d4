// Shared body of the crystal, glass, gems, gold, silver, hue programs; each defines LAND_KIND
// (compile-time, so unused kinds fold away: llvmpipe executes every branch).
// Material overlay (effect, reads the scene). LAND_KIND: 0 crystal, 1 glass, 2 gems
// (faceted refraction of the picture near the edges, with slow sparkles), 3 gold, 4 silver
// (warm / cool metallic glints drifting through the light), 5 hue (a soft wash of the
// sentence tint over the picture).
// Needs lib/header.glsl, lib/noise.glsl and lib/land_common.glsl.
uniform sampler2D u_scene;
in vec2 v_uv;
out vec4 f_color;

void main() {
    float kind = float(LAND_KIND);
    float hue = step(4.5, kind);
    float metal = step(2.5, kind) * (1.0 - hue);
    float glass = step(0.5, kind) * step(kind, 1.5);
    float gems = step(1.5, kind) * step(kind, 2.5);
    vec2 p = land_coords(v_uv);
    // triangular facets from a skewed grid: each facet bends the picture its own way
    float fs = mix(7.0, 3.5, glass);
    vec2 g = p * fs;
    g.x += g.y * 0.5;
    vec2 gi = floor(g);
    vec2 gf = fract(g);
    float upper = step(gf.y, gf.x);
    vec2 fid = gi * 2.0 + vec2(upper, 0.0);
    vec2 h = hash22(fid + land_rand(1.0) * 40.0);
    vec2 bend = (h - 0.5) * mix(0.035, 0.015, glass);
    // crystal fills in from the edges of the frame, leaving the centre clear
    vec2 e = abs(v_uv - 0.5) * 2.0;
    float edge = smoothstep(0.35, 1.0, max(e.x, e.y * 0.9) + 0.15 * h.x);
    vec3 refr = texture(u_scene, v_uv + bend * edge).rgb;
    vec3 tintc = mix(vec3(1.0), mix(u_palette[1], u_palette[3], h.y) * 2.0, 0.25 + 0.5 * gems);
    float facetl = 0.9 + 0.25 * (h.x - 0.5);
    // facet edges catch the light
    float fe = min(min(gf.x, gf.y), min(1.0 - gf.x, 1.0 - gf.y));
    float de = min(fe, abs(gf.x - gf.y) * 0.7);
    float edgeline = exp(-de * 60.0) * edge * (0.3 + 0.7 * h.y);
    vec3 facet = refr * tintc * facetl + land_pal_light() * edgeline * 0.05;
    // sparkles: one per cell, fading in and out slowly
    vec2 sg = p * 22.0;
    vec2 si = floor(sg);
    float sh = hash21(si + 5.0);
    vec2 sf = fract(sg) - 0.5 - (hash22(si) - 0.5) * 0.5;
    float tw = smoothstep(0.75, 1.0, lsin(u_time * 0.5 + sh * 60.0));
    float star = (0.0015 / (abs(sf.x * sf.y) + 0.0015)) * exp(-dot(sf, sf) * 25.0) * tw * step(0.82, sh);
    // metals: glints drifting slowly with a broad sweeping sheen
    vec3 gold = vec3(1.0, 0.72, 0.32) * 0.6 + land_pal_light() * 0.4;
    vec3 silver = vec3(0.75, 0.85, 1.0) * 0.6 + land_pal_light() * 0.4;
    vec3 mcol = mix(gold, silver, step(3.5, kind));
    float sheen = exp(-pow(lsin((p.x - p.y * 0.6) * 2.0 - u_time * 0.15), 2.0) * 12.0) * 0.08;
    vec3 mglints = mcol * (star * 1.6 + sheen * (0.5 + 0.5 * vnoise(p * 3.0)));
    vec3 col = mix(facet * edge * 0.6, vec3(0.0), metal) + mix(land_pal_light() * star * edge, mglints, metal);
    float a = edge * 0.6 * (1.0 - metal);
    // hue: the picture takes on the sentence's tint, keeping its brightness
    vec3 scene = texture(u_scene, v_uv).rgb;
    vec3 tn = u_tint / max(land_luma3(u_tint), 1e-3);
    vec3 washed = scene * mix(vec3(1.0), tn, 0.5) + u_tint * 0.01;
    col = mix(col, washed * 0.35, hue);
    a = mix(a, 0.35, hue);
    f_color = vec4(col, a) * u_intensity;
}
