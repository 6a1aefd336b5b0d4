#version 330 core
// Comet: a bright head with a straight ion tail and a broader curved dust tail, drifting
// very slowly. u_params: x tail length, y tail width, z head brightness, w unused. Only the
// box around the head and the tails (where they are brighter than 1/300 of the head) is drawn.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#include "lib/noise.glsl"
#define SKY_VERTEX_HOOK comet_vertex
#define SKY_RECT comet_rect
#include "lib/sky_fullscreen.glsl"
flat out vec4 v_head;    // xy head position, zw the direction the tail points

void comet_vertex() {
    float asp = aspect();
    float t = u_time * 0.02;
    v_head.xy = vec2(asp * (0.3 + 0.4 * v_rand.z), 0.5 + 0.2 * v_rand.w)
        + 0.05 * vec2(sin(t), cos(t * 0.7));
    float ang = (v_head.x > 0.5 * asp ? 2.5 : 0.64) + 0.3 * v_rand.x + 0.05 * sin(t * 0.5);
    v_head.zw = vec2(cos(ang), sin(ang));
}

// The box around the head's glow, the ion tail to 5 lengths and the curved dust tail to 2.4
// (fragment: fall = exp(-a / len); the dust goes as fall squared), each 3 widths across.
vec4 comet_rect() {
    float len = u_params.x > 0.0 ? u_params.x : 0.5;
    float wid = u_params.y > 0.0 ? u_params.y : 1.0;
    vec2 h = v_head.xy;
    vec2 dir = v_head.zw;
    vec2 side = vec2(-dir.y, dir.x);
    vec4 box = vec4(h - 0.12, h + 0.12);
    float ion = len * 5.0;
    vec2 tip = h + dir * ion;
    float w1 = 3.0 * (0.002 + ion * 0.03) * wid;
    box = vec4(min(box.xy, min(tip - side * w1, tip + side * w1)),
               max(box.zw, max(tip - side * w1, tip + side * w1)));
    for (int k = 1; k <= 4; k++) {
        float a = len * 0.6 * float(k);
        vec2 c = h + dir * a + side * (a * a * 0.35);
        float w2 = 3.0 * (0.004 + a * 0.11) * wid;
        box = vec4(min(box.xy, min(c - side * w2, c + side * w2)),
                   max(box.zw, max(c - side * w2, c + side * w2)));
    }
    return box;
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/sky_common.glsl"
flat in vec4 v_head;
out vec4 f_color;

void main() {
    vec2 p = aspect_coords(v_uv);
    vec2 dir = v_head.zw;
    vec2 q = p - v_head.xy;
    float along = dot(q, dir);
    float across = dot(q, vec2(-dir.y, dir.x));
    float len = u_params.x > 0.0 ? u_params.x : 0.5;
    float wid = u_params.y > 0.0 ? u_params.y : 1.0;
    float a = max(along, 0.0);
    float behind = smoothstep(-0.01, 0.02, along);
    float fall = exp(-a / len);
    float w1 = (0.002 + a * 0.03) * wid;
    float x1 = across / w1;
    float ion = fall / (1.0 + x1 * x1 * (1.0 + x1 * x1));
    float c2 = across - a * a * 0.35;
    float w2 = (0.004 + a * 0.11) * wid;
    float x2 = c2 / w2;
    float dust = fall * fall * sky_bell(x2 * x2);
    float streak = vnoise(vec2(a * 9.0 - u_time * 0.15, x2 * 1.5) + sky_seed2());
    vec3 col = sky_pal(2, 0.45) * ion * (0.6 + 0.6 * streak) * behind;
    col += sky_pal_toward(3, vec3(1.0, 0.85, 0.6), 0.3, 0.3) * dust * (0.6 + 0.6 * streak) * behind;
    float r2 = dot(q, q);
    float hb = (u_params.z > 0.0 ? u_params.z : 1.0) * sky_breath(0.1);
    col += sky_pal_toward(3, vec3(0.9, 0.95, 1.0), 0.6, 1.0) * hb
        * (sky_bell(r2 * 60000.0) * 3.0 + 0.02 / (1.0 + r2 * 2500.0));
    f_color = vec4(col * u_intensity, 0.0);
}
#endif
