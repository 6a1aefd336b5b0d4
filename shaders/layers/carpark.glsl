#version 330 core
// A multi-storey car park at night (midground), down its central aisle in one-point
// perspective (lib/land_interior.glsl): a low concrete ceiling crossed by deep beams, a line of
// fluorescent tubes over the aisle (one dead, one flickering) whose light pools on the wet
// floor and gleams in its puddles, square pillars in two rows, cars parked nose-in between
// them with their tail lights catching the light, white bay lines and a dashed yellow line, a
// green exit sign on the far wall. The right side is open above a parapet: the night sky (the
// layers behind) shows through it, with the warm glow of sodium street lights below. Further
// is darker. The eye drifts slowly along the aisle.
#include "lib/header.glsl"
const vec2 WALLS = vec2(2.3, 2.3);
const vec2 FLOOR_CEIL = vec2(0.42, 0.4);
const float FAR = 18.0;
const float BAY = 2.2;           // the pillars' spacing
const vec2 PILLAR = vec2(1.0, 0.14);  // the rows' inner faces (|x|), the pillars' half-depth in z
const float PARAPET = -0.08;     // the open side's wall reaches this high
// the parked cars (nose-in, their backs to the aisle): z centres and sides (-1 left, 1 right)
const vec4 CAR_Z = vec4(1.1, 3.3, 7.7, 5.5);
const vec4 CAR_SIDE = vec4(-1.0, -1.0, -1.0, 1.0);

#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK carpark_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;     // vanishing point (land units), aspect, edge softness per pixel
flat out vec3 v_tube;     // the fluorescent tubes
flat out vec3 v_sodium;   // the street lights' glow through the open side
flat out vec3 v_paint;    // the cars' paint (the palette's accent)
flat out vec4 v_draw;     // opacity, the flickering tube's level, the eye's drift, time

void carpark_vertex() {
    float asp = aspect();
    v_view = vec4(asp * (0.5 + 0.015 * sin(u_time * 0.027)), 0.52 + 0.01 * sin(u_time * 0.019),
                  asp, 1.5 / u_resolution.y);
    v_tube = mix(vec3(0.8, 1.0, 0.92), v_pal_light, 0.15) * (2.0 * v_breath);
    v_sodium = mix(vec3(1.0, 0.5, 0.12), v_pal_glow, 0.15);
    v_paint = mix(u_palette[2], vec3(0.7, 0.08, 0.06), 0.5) * 1.3;
    float flicker = step(0.9, fract(sin(floor(u_time * 9.0)) * 43758.5));
    v_draw = vec4(clamp(u_intensity * 1.25, 0.0, 1.0), 1.0 - 0.85 * flicker,
                  0.5 * sin(u_time * 0.012) + 1.0, u_time);
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
#include "lib/land_interior.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_tube;
flat in vec3 v_sodium;
flat in vec3 v_paint;
flat in vec4 v_draw;

// The tubes over the aisle at a ceiling point (x across, z along): every fourth one dead, the
// sixth one flickering.
float tubes(float x, float z, float soft) {
    float k = floor(z / BAY);
    float level = mod(k, 4.0) == 3.0 ? 0.0 : (k == 6.0 ? v_draw.y : 1.0);
    return level * interior_lights(x, z, BAY, vec2(0.05, 0.5), soft);
}

// The light of the tube line overhead reaching p (normal n): brightest under each tube.
vec3 tube_light(vec3 p, vec3 n, float z) {
    vec3 to_line = vec3(-p.x, FLOOR_CEIL.y - 0.02 - p.y, 0.0);
    float d2 = dot(to_line, to_line);
    float facing = max(dot(n, to_line) * inversesqrt(d2 + 1e-4), 0.0) * 0.8 + 0.2;
    float bay = fract(z / BAY) - 0.5;
    float under = 1.0 - min(abs(bay) * 2.0, 1.0);
    float k = floor(z / BAY);
    float level = mod(k, 4.0) == 3.0 ? 0.25 : 1.0;
    return v_tube * ((0.24 / (d2 + 0.12)) * facing * (0.25 + 0.75 * under * under) * level + 0.012);
}

void main() {
    vec2 q = vec2(v_uv.x * v_view.z, v_uv.y) - v_view.xy;
    float soft = v_view.w;
    float drift = v_draw.z;
    vec3 rd = vec3(q, 1.0);
    vec3 inv = 1.0 / rd;
    vec4 hit = interior_hit(rd, WALLS, FLOOR_CEIL, FAR);
    vec3 p = hit.xyz;
    vec3 n = interior_normal(hit.w);
    float face = 0.0;                                   // 0 the room, 1 a pillar, 2 a car
    vec3 paint = vec3(0.0);
    // ---- the pillars: the ray meets a row's inner face, or a pillar's front past it
    float side_t = PILLAR.x / max(abs(q.x), 1e-4);
    float dz = (fract((side_t + drift) / BAY) - 0.5) * BAY;
    float kf = ceil((side_t + drift + PILLAR.y) / BAY);
    float front_t = kf * BAY - PILLAR.y - drift;
    float on_side = step(abs(dz), PILLAR.y) * step(side_t, p.z);
    float on_front = (1.0 - on_side) * step(abs(q.x) * front_t, PILLAR.x + 0.28) * step(front_t, p.z);
    if (on_side + on_front > 0.5) {
        float tp = on_side > 0.5 ? side_t : front_t;
        p = rd * tp;
        n = on_side > 0.5 ? vec3(-sign(q.x), 0.0, 0.0) : vec3(0.0, 0.0, -1.0);
        face = 1.0;
    }
    // ---- the cars: a body and a cabin each, their backs to the aisle
    for (int i = 0; i < 4; i++) {
        float s = CAR_SIDE[i];
        float cz = CAR_Z[i] - drift + BAY * 4.0 * floor((drift - CAR_Z[i] + 2.0) / (BAY * 4.0) + 1.0);
        vec3 lo = vec3(s < 0.0 ? -2.25 : 1.15, -FLOOR_CEIL.x + 0.05, cz - 0.42);
        vec3 hi = vec3(s < 0.0 ? -1.15 : 2.25, -FLOOR_CEIL.x + 0.27, cz + 0.42);
        vec3 body = interior_box(inv, lo, hi, soft * 1.5);
        vec3 clo = vec3(s < 0.0 ? -2.0 : 1.5, lo.y + 0.2, cz - 0.36);
        vec3 chi = vec3(s < 0.0 ? -1.5 : 2.0, lo.y + 0.37, cz + 0.36);
        vec3 cabin = interior_box(inv, clo, chi, soft * 1.5);
        vec3 box = cabin.y > 0.5 && cabin.x < body.x ? cabin : body;
        float cov = max(body.y, cabin.y);
        if (cov > 0.5 && box.x < length(p)) {
            p = rd * box.x;
            n = interior_box_normal(rd, box.z);
            face = 2.0;
            float glass = step(0.5, cabin.y) * step(cabin.x, body.x + 1e-4);
            vec3 body_paint = i == 0 ? v_paint : (i == 1 ? vec3(0.5, 0.52, 0.55) : (i == 2 ? vec3(0.05, 0.09, 0.25) : vec3(0.75, 0.74, 0.7)));
            paint = mix(body_paint, vec3(0.02, 0.03, 0.04) + v_tube * 0.04, glass);
            // the tail lights on the back face, toward the aisle
            float back = step(0.5, abs(n.x)) * (1.0 - glass);
            float tail = back * step(abs(abs(p.z - cz) - 0.3), 0.08) * step(abs(p.y - lo.y - 0.16), 0.03);
            paint += tail * vec3(1.0, 0.05, 0.03) * 4.0;
        }
    }
    float z = p.z + drift;
    float px = soft * p.z;
    float is_floor = step(0.5, n.y) * step(face, 0.5);
    float ceiling = step(n.y, -0.5) * step(face, 0.5);
    float far_wall = step(n.z, -0.5) * step(face, 0.5) * step(FAR - 0.01, p.z);
    float right = step(0.5, -n.x) * step(face, 0.5);
    // ---- the concrete: stained, darker low down; the beams across the ceiling
    float stain = vnoise(vec2(z * 1.3, p.x * 2.0 + p.y * 3.0));
    vec3 concrete = mix(vec3(0.34, 0.34, 0.33), v_pal_light, 0.1) * (0.75 + 0.35 * stain);
    float beam = ceiling * smoothstep(px * 2.0, 0.0, abs(fract(z / BAY) * BAY - 0.1) - 0.18);
    vec3 albedo = face > 1.5 ? paint : concrete * (1.0 - 0.5 * beam);
    // the pillars: a yellow-and-black band at bumper height, a number up high
    float band = step(face, 1.5) * step(0.5, face) * step(abs(p.y + 0.3), 0.06);
    float chev = step(0.5, fract((p.y + z + p.x) * 6.0));
    albedo = mix(albedo, mix(vec3(0.9, 0.7, 0.1), vec3(0.03), chev), band);
    // the floor: white bay lines, a dashed yellow line down the aisle
    float bay_line = step(1.1, abs(p.x)) * smoothstep(px * 1.5, 0.0, abs(fract(z / (BAY * 0.5)) - 0.5) * BAY * 0.5 - 0.46);
    float dash = step(abs(p.x), 0.03) * step(0.5, fract(z * 1.2));
    albedo = mix(albedo, vec3(0.85), is_floor * bay_line * 0.8);
    albedo = mix(albedo, vec3(0.9, 0.7, 0.1), is_floor * dash);
    // ---- light: the tubes, and the street lights' warm glow through the open side
    vec3 light = tube_light(p, n, z);
    light += v_sodium * 0.05 * exp(-(WALLS.y - p.x) * 1.2) * (0.6 + 0.4 * n.x * -1.0);
    float occ = 0.6 + 0.4 * interior_occlusion(p, hit.w, WALLS, FLOOR_CEIL, FAR, 0.3);
    vec3 col = albedo * light * mix(occ, 1.0, step(0.5, face));
    col += face > 1.5 ? max(paint - 1.0, 0.0) * 0.6 : vec3(0.0);          // the tail lights glow
    col += ceiling * v_tube * tubes(p.x, z, px * 1.5);
    // the wet floor mirrors the tubes in its puddles
    float puddle = smoothstep(0.55, 0.7, vnoise(vec2(p.x * 1.5, z * 0.8) + 7.0)) * is_floor;
    vec3 m = interior_mirror(p, q, FLOOR_CEIL);
    float refl = tubes(m.x, m.z + drift, 0.04 + (m.z - p.z) * 0.03);
    col += is_floor * v_tube * refl * (0.08 + 0.7 * puddle);
    col = mix(col, col * 0.4, puddle * 0.3);
    // the exit sign on the far wall, glowing green
    float exit_sign = far_wall * step(abs(p.x + 0.6), 0.22) * step(abs(p.y - 0.2), 0.07);
    col = mix(col, vec3(0.1, 1.0, 0.35) * 1.5, exit_sign);
    // ---- the open side: above the parapet, between the pillars, the night (no cover)
    float open_ = right * step(PARAPET, p.y) * step(p.y, FLOOR_CEIL.y - 0.08);
    float glow_low = exp(-max(p.y - PARAPET, 0.0) * 9.0);
    // ---- the gloom further in
    float haze = 1.0 - exp(-p.z * 0.12);
    col = mix(col, v_pal_haze * 0.4 + v_sodium * 0.01, haze * (1.0 - exit_sign));
    float cov = 1.0 - open_;
    col = col * cov + v_sodium * glow_low * open_ * 0.35;
    f_color = vec4(col, cov) * v_draw.x;
}
#endif
