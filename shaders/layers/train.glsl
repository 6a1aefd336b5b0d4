#version 330 core
// A night train: a small steam locomotive and six carriages with warm windows crossing slowly
// on a low embankment, its lamp glowing ahead (midground).
#include "lib/header.glsl"
#define TRAIN_TRACK 0.14          // the rails' height
#define TRAIN_LENGTH 1.8          // the locomotive (0.3) and six carriages (0.25 each)
#if defined VERTEX_SHADER
// the picture: the embankment from the bottom, the train and its lamp's glow up to 0.25
#define LAND_RECT vec4(-asp, -0.01, 2.0 * asp, TRAIN_TRACK + 0.11)
#define LAND_VERTEX_HOOK train_vertex
#include "lib/noise.glsl"
#include "lib/land_vertex.glsl"
flat out vec4 v_train;  // the nose's x, edge softness, opacity, the windows' flicker phase

// The nose runs across the visible land (wider on a far shore) and comes round again once the
// last carriage has left it; calm dreams (u_time is paced) move it slowly.
void train_vertex() {
    float asp = aspect();
    float x0 = land_from_screen(vec2(0.0)).x * asp, x1 = land_from_screen(vec2(1.0)).x * asp;
    float run = x1 - x0 + TRAIN_LENGTH + 0.2;
    float nose = x0 + mod(u_time * 0.04 + asp * 0.8 + hash11(u_seed * 1.731) * run, run);
    v_train = vec4(nose, 1.2 / land_height_px(), clamp(u_intensity * 1.25, 0.0, 1.0),
                   u_time * 0.3);
}
#elif defined FRAGMENT_SHADER
#include "lib/noise.glsl"
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
flat in vec4 v_train;
out vec4 f_color;

// Distance to a box from (x0, y0) to (x1, y1), its corners rounded by r.
float train_box(vec2 p, vec4 b, float r) {
    vec2 c = (b.xy + b.zw) * 0.5, h = (b.zw - b.xy) * 0.5;
    return sd_box(p - c, h - r) - r;
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float y = p.y - TRAIN_TRACK;
    float x = p.x - v_train.x;                   // 0 at the nose, the train lies at x < 0
    // the locomotive: boiler, cab, chimney, a cow-catcher wedge
    float loco = train_box(vec2(x, y), vec4(-0.21, 0.014, -0.015, 0.062), 0.018);
    loco = min(loco, train_box(vec2(x, y), vec4(-0.3, 0.014, -0.2, 0.092), 0.006));
    loco = min(loco, train_box(vec2(x, y), vec4(-0.06, 0.05, -0.035, 0.09), 0.004));
    loco = min(loco, max(y - 0.03 + (x + 0.015) * 0.9, max(-x - 0.015, y - 0.03)));
    loco = max(loco, x);                         // nothing ahead of the nose
    // the carriages behind it, 0.25 apart with couplings between
    float cx = -x - 0.3;
    float cell = floor(cx * 4.0);
    float lx = (fract(cx * 4.0) - 0.5) * 0.25;
    float inside = step(0.0, cx) * step(cell, 5.5);
    float car = train_box(vec2(lx, y), vec4(-0.115, 0.014, 0.115, 0.085), 0.014);
    car = min(car, max(abs(y - 0.03) - 0.004, abs(lx) - 0.125));
    car = mix(1.0, car, inside);
    // wheels under both
    float wx = fract((x + 0.0625) * 16.0) - 0.5;
    float wheels = max(length(vec2(wx * 0.0625, y - 0.009)) - 0.009, max(x, -x - TRAIN_LENGTH));
    float body = min(min(loco, car), wheels);
    // the embankment: the ground under the rails, gently rolling
    float ground = y + 0.003 - 0.006 * lsin(p.x * 1.7) * smoothstep(-0.002, -0.03, y);
    float d = min(body, ground);
    float w = v_train.y;
    float cov = land_fill(d, w);
    // windows: a row in each carriage (most lit, breathing) and the cab's
    vec2 wq = vec2(fract(lx * 40.0) - 0.5, y - 0.055);
    float lit = step(0.2, hash11(cell * 7.3 + floor(lx * 40.0))) * inside
              * (0.85 + 0.15 * lsin(v_train.w + cell * 1.7));
    float win = step(abs(wq.x), 0.3) * step(abs(wq.y), 0.012) * step(abs(lx), 0.1) * lit;
    win += step(abs(x + 0.25), 0.025) * step(abs(y - 0.065), 0.012);
    win *= step(body, -0.003);
    // the lamp on the nose and a soft glow ahead along the rails
    vec2 lamp = vec2(x + 0.012, y - 0.045);
    float glow = exp(-length(lamp) * 90.0) + 0.25 * exp(-abs(lamp.y) * 60.0 - max(lamp.x, 0.0) * 6.0)
               * step(0.0, lamp.x);
    // a rim of light along the rails and the roofs
    float rim = exp(-max(-d, 0.0) * 300.0) * cov * 0.35;
    vec3 light = mix(land_pal_light(), vec3(1.0, 0.78, 0.45), 0.5);
    vec3 col = land_pal_dark() + light * (win * 0.9) + land_pal_glow() * rim * land_breath();
    f_color = vec4(col * cov + light * (glow * land_breath()), cov) * v_train.z;
}
#endif
