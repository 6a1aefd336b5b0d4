// Shared body of the doorway, stairs, ruins programs; each defines LAND_KIND (compile-time:
// each kind keeps only its own part, since llvmpipe executes every branch).
// Dream architecture (midground). LAND_KIND: 0 a glowing doorway, 1 floating stairs,
// 2 ruins (broken columns and a fallen arch).
// Needs lib/header.glsl, lib/noise.glsl and lib/land_common.glsl.
noperspective in vec2 v_uv;
out vec4 f_color;

#if LAND_KIND == 0
// Per-draw constants from the doorway's vertex stage (layers/doorway.glsl).
flat in vec4 v_door;          // aspect, centre x, edge softness w, 1 / 2w
flat in vec3 v_door_light;    // the light pouring from the opening
flat in vec3 v_door_rim;      // rim light
flat in float v_door_opacity; // land_opacity()

// doorway: a free-standing arched frame, light pouring from the opening
void main() {
    vec2 p = vec2(v_uv.x * v_door.x, v_uv.y);
    vec2 dq = p - vec2(v_door.y, 0.13);
    float top = length(dq - vec2(0.0, 0.42));
    float inner = max(abs(dq.x) - 0.11, dq.y - 0.42);
    inner = min(inner, top - 0.11);
    inner = max(inner, -dq.y);
    float outer = max(abs(dq.x) - 0.17, dq.y - 0.42);
    outer = min(outer, top - 0.17);
    outer = max(outer, -dq.y);
    float frame = max(outer, -inner);
    float step_ = sd_box(dq + vec2(0.0, 0.02), vec2(0.24, 0.02));
    float d = min(frame, step_);
    float ti = clamp((inner + 0.004) * 125.0, 0.0, 1.0);
    float lightin = 1.0 - ti * ti * (3.0 - 2.0 * ti);   // land_fill(inner, 0.004)
    float spill = exp(-length(vec2(dq.x * 1.5, max(-dq.y, 0.0) * 4.0 + max(dq.y - 0.3, 0.0)))
                      * 5.0);
    float pour = lightin * (0.9 + 0.4 * (1.0 - dq.y * (1.0 / 0.55))) + spill * 0.25;
    float t = clamp((d + v_door.z) * v_door.w, 0.0, 1.0);
    float cov = 1.0 - t * t * (3.0 - 2.0 * t);          // land_fill(d, w)
    float rim = exp(-max(-d, 0.0) * 300.0) * cov;
    vec3 col = land_pal_dark() * cov + v_door_rim * rim + v_door_light * (pour * (1.0 - cov));
    f_color = vec4(col, cov) * v_door_opacity;
}
#else
void main() {
    vec2 p = aspect_coords(v_uv);
    float asp = aspect();
    float kind = float(LAND_KIND);
    float px = land_px();
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    float cx = asp * 0.5;
    vec2 q = p - vec2(cx, 0.0);
    // stairs: slabs in a spiral rising and drifting, each floating separately
    float sx = q.x + 0.5;
    float si = clamp(floor(sx / 0.09), 0.0, 11.0);
    float bob = 0.01 * lsin(u_time * 0.3 + si * 0.9);
    vec2 sc = vec2((si + 0.5) * 0.09 - 0.5, 0.12 + si * 0.055 + bob);
    float slab = sd_box(q - sc, vec2(0.038, 0.01)) - 0.003;
    float under = sd_box(q - sc + vec2(0.0, 0.02), vec2(0.03, 0.012)) - 0.003;
    float dstairs = min(slab, under);
    float slablight = exp(-abs(q.y - sc.y - 0.013) * 250.0) * step(abs(q.x - sc.x), 0.04);
    // ruins: broken columns of different heights and a lintel resting on two of them
    float cw = 0.23;
    float cxr = q.x / cw;
    float ci = floor(cxr + 0.5);
    float lxr = (cxr - ci) * cw;
    float rh = hash11(ci * 3.3 + land_rand(1.0) * 10.0);
    float ch = 0.12 + 0.4 * rh;
    float broken = ch + 0.02 * lsin(lxr * 90.0 + ci) - 0.4 * lxr * (rh - 0.5);
    float column = max(abs(lxr) - 0.03, p.y - broken);
    column = max(column, abs(ci) - 2.5);
    float base_ = sd_box(vec2(lxr, p.y - 0.1), vec2(0.045, 0.02));
    base_ = max(base_, abs(ci) - 2.5);
    float lintel = sd_box(rot2(0.22) * (q - vec2(0.12, 0.12)), vec2(0.16, 0.025));
    float ground = p.y - 0.08 - 0.01 * lsin(p.x * 7.0);
    float druins = min(min(column, base_), min(lintel, ground));
    float flutes = 0.8 + 0.2 * lsin(lxr * 260.0);
    float d = kind < 1.5 ? dstairs : druins;
    float cov = land_fill(d, px * 1.2);
    float rim = exp(-max(-d, 0.0) * 300.0) * cov;
    vec3 col = dark * cov * (kind > 1.5 ? flutes : 1.0) + glow * rim * 0.5;
    col += (kind > 0.5 && kind < 1.5 ? glow * slablight * 0.6 : vec3(0.0));
    f_color = vec4(col, cov) * land_opacity();
}
#endif
