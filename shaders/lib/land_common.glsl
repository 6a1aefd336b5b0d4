// Shared helpers for the land / life / places layers: palette roles, SDF shapes. Fragment
// side; the vertex section of the layer must use lib/land_vertex.glsl.
#include "lib/common.glsl"
#include "lib/noise.glsl"
#include "lib/fast_math.glsl"
#include "lib/land_shore.glsl"
#include "lib/atmosphere.glsl"

// Palette roles, computed once per vertex by lib/land_vertex.glsl (per-pixel loops over the
// palette cost a lot on llvmpipe).
flat in vec3 v_pal_dark;
flat in vec3 v_pal_glow;
flat in vec3 v_pal_light;
flat in vec3 v_pal_haze;
flat in vec3 v_pal_air;
vec3 land_pal_dark() { return v_pal_dark; }
vec3 land_pal_glow() { return v_pal_glow; }
vec3 land_pal_light() { return v_pal_light; }
vec3 land_pal_haze() { return v_pal_haze; }
// The sky's colour at the horizon (lib/atmosphere.glsl): far planes fade toward it.
vec3 land_pal_air() { return v_pal_air; }

// One pixel in aspect coordinates (lib/common.glsl; a far shore makes the picture smaller).
float land_px() { return 1.0 / land_height_px(); }

// A per-layer random number 0..1 from the seed.
float land_rand(float k) { return hash11(u_seed * 1.731 + k * 17.17); }

// Slow breathing with the narrator's voice, around 1.
flat in float v_breath;
float land_breath() { return v_breath; }

// Fade factor for solid silhouettes: like u_intensity but fully opaque from 0.8 up, so a
// silhouette at a typical intensity is not see-through (still 0 at 0, still continuous).
float land_opacity() { return clamp(u_intensity * 1.25, 0.0, 1.0); }

// Coverage of an SDF with a soft edge of w.
float land_fill(float d, float w) { return 1.0 - smoothstep(-w, w, d); }

float sd_circle(vec2 p, float r) { return length(p) - r; }

float sd_box(vec2 p, vec2 b) {
    vec2 d = abs(p) - b;
    return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
}

float sd_ellipse(vec2 p, vec2 r) {
    // Cheap approximation, good near the boundary.
    float k0 = length(p / r);
    float k1 = length(p / (r * r));
    return k0 * (k0 - 1.0) / max(k1, 1e-5);
}

// Distance to segment a-b, capsule of radius r.
float sd_capsule(vec2 p, vec2 a, vec2 b, float r) {
    vec2 pa = p - a, ba = b - a;
    float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
    return length(pa - ba * h) - r;
}

// Capsule whose radius goes from ra (at a) to rb (at b).
float sd_taper(vec2 p, vec2 a, vec2 b, float ra, float rb) {
    vec2 pa = p - a, ba = b - a;
    float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
    return length(pa - ba * h) - mix(ra, rb, h);
}

float sd_triangle_iso(vec2 p, vec2 q) {
    // Isosceles triangle, apex at origin pointing up, half-width q.x, height q.y (downwards).
    p.y = -p.y;
    p.x = abs(p.x);
    vec2 a = p - q * clamp(dot(p, q) / dot(q, q), 0.0, 1.0);
    vec2 b = p - q * vec2(clamp(p.x / q.x, 0.0, 1.0), 1.0);
    float s = -sign(q.y);
    vec2 d = min(vec2(dot(a, a), s * (p.x * q.y - p.y * q.x)), vec2(dot(b, b), s * (p.y - q.y)));
    return -sqrt(d.x) * sign(d.y);
}

float smin(float a, float b, float k) {
    float h = clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0);
    return mix(b, a, h) - k * h * (1.0 - h);
}

mat2 rot2(float a) { float c = lcos(a), s = lsin(a); return mat2(c, s, -s, c); }

// The bright web that light through rippling water throws (0..1) at `uv`, moving with time `t`
// (a pool's bottom, an aquarium's tanks).
float caustic_net(vec2 uv, float t) {
    float c1 = vnoise(uv * 1.7 + vec2(t * 0.21, -t * 0.13));
    float c2 = vnoise(uv * 2.3 - vec2(t * 0.17, t * 0.19) + 3.1);
    float net = 1.0 - min(abs(c1 - c2) * 2.5, 1.0);
    return net * net * net;
}

// Premultiplied output of an opaque-ish silhouette with an additive glow on top.
vec4 land_out(vec3 col, float cov, vec3 glow) {
    return vec4(col * cov + glow, cov) * u_intensity;
}

// Put a shape (coverage c) of colour `paint` over what is there.
void land_lay(inout vec3 col, inout float cov, float c, vec3 paint) {
    col = mix(col, paint, c);
    cov = max(cov, c);
}
