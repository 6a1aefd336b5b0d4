#version 330 core
// Human figures (foreground). LAND_KIND (the layer's defines in assets/visuals, with the
// LAND_RECT its picture stays inside, see lib/land_vertex.glsl): 0 a standing figure, 1 a
// dancer swaying with raised arms, 2 a crowd (rows of heads and shoulders), 3 a child, 4 a
// shadow figure (dark, smoky edges). Compile-time, so unused kinds fold away: llvmpipe executes
// every branch.
// A figure stands where the compositor stages it (u_place.x, renderer/gfx/staging.py): the
// adult on a third of the frame, the dream's side, with the child beside it further out, the
// dancer on the other third, the shadow further out on that side. Each is a soft dark silhouette with real proportions (the head 1/7.5 of the
// height, a child's about 1/5.5), standing in contrapposto, lit from one side: a rim of light
// along the edges that face the frame's middle, and a faint glow behind to part it from the
// dark.
#include "lib/land.glsl"
#if defined FRAGMENT_SHADER

// A standing person, feet at the origin, height 1, the weight on the leg at +x (mirror q.x for
// the other). arms 0..1 raises them; headk scales the head (a child's is larger); coat 0..1
// adds a coat to the knees.
float person(vec2 q, float arms, float headk, float coat) {
    // legs: the standing leg straight under the raised hip, the free one bent and out
    float stand = sd_taper(q, vec2(0.05, 0.5), vec2(0.045, 0.27), 0.056, 0.036);
    stand = min(stand, sd_taper(q, vec2(0.045, 0.27), vec2(0.038, 0.035), 0.034, 0.021));
    float free_leg = sd_taper(q, vec2(-0.045, 0.48), vec2(-0.062, 0.262), 0.054, 0.035);
    free_leg = min(free_leg, sd_taper(q, vec2(-0.062, 0.262), vec2(-0.1, 0.04), 0.033, 0.02));
    float feet = min(sd_ellipse(q - vec2(0.055, 0.016), vec2(0.04, 0.016)),
                     sd_ellipse(q - vec2(-0.115, 0.02), vec2(0.038, 0.016)));
    float legs = min(min(stand, free_leg), feet);
    // pelvis, waist and chest; the shoulders tilt against the hips
    float pelvis = sd_ellipse(q - vec2(0.008, 0.51), vec2(0.098, 0.06));
    float torso = sd_taper(q, vec2(0.004, 0.57), vec2(0.0, 0.76), 0.08, 0.108);
    float shoulders = sd_capsule(q, vec2(-0.112, 0.806), vec2(0.112, 0.79), 0.036);
    float body = smin(smin(pelvis, torso, 0.03), shoulders, 0.03);
    body = min(body, sd_capsule(q, vec2(0.0, 0.82), vec2(0.002, 0.876), 0.027));  // neck
    float hy = 1.0 - 0.064 * headk;
    body = min(body, sd_ellipse(q - vec2(0.006, hy), vec2(0.05, 0.064) * headk));
    // arms: upper arm, forearm and hand, hanging or raised
    vec2 a = vec2(abs(q.x), q.y);
    vec2 elbow = mix(vec2(0.138, 0.625), vec2(0.21, 0.88), arms);
    vec2 wrist = mix(vec2(0.13, 0.475), vec2(0.25, 1.05), arms);
    float arm = min(sd_taper(a, vec2(0.115, 0.795), elbow, 0.031, 0.025),
                    sd_taper(a, elbow, wrist, 0.025, 0.019));
    arm = min(arm, sd_circle(a - wrist - normalize(wrist - elbow) * 0.025, 0.022));
    // a coat from the shoulders to the knees, flaring a little
    float flare = mix(0.09, 0.135, smoothstep(0.62, 0.28, q.y));
    float coat_d = max(abs(q.x - 0.004) - flare, max(q.y - 0.78, 0.3 - q.y));
    body = min(body, mix(1.0, coat_d, coat));
    return min(smin(body, legs, 0.02), arm);
}

void main() {
    vec2 p = aspect_coords(v_uv);
    float px = land_px();
    vec3 dark = land_pal_dark();
    vec3 glow = land_pal_glow() * land_breath();
    vec3 light = land_pal_light();
    vec3 lit = mix(glow, light, 0.5);
    float side = u_camera.w;  // the light falls from the frame's middle: from -side
#if LAND_KIND == 2
    // a crowd: three rows of heads and shoulders, the back rows smaller and fading to the air;
    // heights and builds vary person to person, each swaying a little
    vec3 air = land_pal_air();
    vec3 col = vec3(0.0);
    float cov = 0.0;
    for (int r = 0; r < 3; r++) {
        float fr = float(r);                      // 0 the back row .. 2 the front
        float cs = 0.075 + 0.04 * fr;             // the row's spacing (its people's size)
        float x = p.x / cs + fr * 0.37 + land_rand(fr) * 9.0;
        float ci = floor(x);
        float hh = hash11(ci * 7.1 + fr * 3.3);
        float hw = hash11(ci * 3.7 + fr * 5.1);
        float sc = cs * (0.85 + 0.3 * hh);        // this person's size
        float base = 0.17 - 0.075 * fr;           // the row's shoulder line, nearer rows lower
        vec2 cq = vec2((fract(x) - 0.5) * cs + 0.004 * lsin(u_time * 0.3 + ci * 1.7), p.y - base);
        cq.x += (hw - 0.5) * cs * 0.2;
        float head = sd_ellipse(cq - vec2(0.0, sc * (0.5 + 0.1 * hh)), vec2(0.19, 0.24) * sc);
        float neck = sd_box(cq - vec2(0.0, sc * 0.28), vec2(0.08, 0.12) * sc);
        float shoulders = sd_ellipse(cq - vec2(0.0, sc * 0.06), vec2(0.5 + 0.12 * hw, 0.22) * sc);
        float trunk = max(abs(cq.x) - sc * (0.44 + 0.12 * hw), cq.y - sc * 0.06);
        float dr = min(smin(head, neck, sc * 0.05), smin(shoulders, trunk, sc * 0.08));
        float c = land_fill(dr, px);
        // the lit edge: the rim toward the light, fainter on the back rows
        float rimr = exp(-max(-dr, 0.0) * 220.0) * c * (0.5 + 0.5 * clamp(-side * cq.x / sc + 0.5, 0.0, 1.0));
        vec3 body = mix(dark * 0.55, air, 0.55 - 0.25 * fr);
        col = col * (1.0 - c) + (body + lit * rimr * (0.2 + 0.15 * fr)) * c;
        cov = cov + c * (1.0 - cov);
    }
    f_color = vec4(col, cov) * land_opacity();
#else
#if LAND_KIND == 3
    float s = 0.3;                                // a child: about 0.6 of an adult
    vec2 o = vec2(u_place.x * aspect(), 0.04);
    float headk = 1.35;
#elif LAND_KIND == 4
    float s = 0.56;
    vec2 o = vec2(u_place.x * aspect(), 0.05);        // lurking near the other edge
    float headk = 1.0;
#elif LAND_KIND == 1
    float s = 0.5;
    vec2 o = vec2(u_place.x * aspect(), 0.05);         // on the other third: apart from a figure
    float headk = 1.0;
#else
    float s = 0.5;
    vec2 o = vec2(u_place.x * aspect(), 0.05);
    float headk = 1.0;
#endif
    vec2 q = (p - o) / s;
    // the weight on the leg toward the frame's middle; a slow sway of the whole body
    q.x *= -side;
#if LAND_KIND == 1
    q.x -= 0.12 * lsin(u_time * 0.35) * q.y * q.y;
    float arms = 0.6 + 0.4 * lsin(u_time * 0.35 + 1.0);
#else
    q.x -= 0.012 * lsin(u_time * 0.2) * q.y * q.y;
    float arms = 0.0;
#endif
#if LAND_KIND == 4
    // smoky edges
    q.x += 0.04 * (vnoise(q * 6.0 + vec2(0.0, u_time * 0.2)) - 0.5) * (1.2 - q.y);
    float coat = 1.0;
#else
    float coat = step(0.5, land_rand(2.0));
#endif
    float d = person(q, arms, headk, coat) * s;
    // the light from the frame's middle: an edge is lit where a step toward it leaves the body
    float toward = person(q + vec2(0.012, -0.006), arms, headk, coat) * s;
#if LAND_KIND == 4
    float cov = land_fill(d, px * 3.0);
    vec3 col = dark * 0.5 * cov;
    float a = cov;
#else
    float cov = land_fill(d, px * 1.2);
    float rim = cov * (1.0 - land_fill(toward, px));
    float aura = exp(-max(d, 0.0) * 40.0) * (1.0 - cov) * 0.06;
    // the body: dark, a touch lighter on the lit side
    vec3 body = dark * (0.5 + 0.6 * clamp(-side * (p.x - o.x) / (0.12 * s) + 0.5, 0.0, 1.0));
    vec3 col = body * cov + lit * (rim * 0.6 + aura);
    float a = cov;
#endif
    f_color = vec4(col, a) * land_opacity();
#endif
}
#endif
