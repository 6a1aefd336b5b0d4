#version 330 core
// The stairwell of a lighthouse or a tower (midground), seen from low in the well looking up
// its axis: the round wall of whitewashed stone blocks (faint mortar) rises and narrows to the
// vanishing point; stone steps jut from the wall and wind up round an open well, each step's
// underside a wedge of its own tone with a dark joint to the next, their inner ends a pale
// band; an iron handrail on thin balusters runs round the well's edge. One narrow, deep-set
// window slit per turn shows the sky (night blue with a star or two, or the bright day) and
// lights the wall beside it from one side; high above, the lamp room's warm glow fills the top
// of the well. Nearer steps are larger and darker; the far ones fade into the air of the well,
// warm toward the lamp. The view climbs slowly round the spiral.
#include "lib/header.glsl"
#if defined VERTEX_SHADER
#define LAND_VERTEX_HOOK stairwell_vertex
#include "lib/land_vertex.glsl"
flat out vec4 v_view;    // the vanishing point (land units), pixel size, the climb (turns)
flat out vec3 v_lamp;    // the lamp room's warm light from above
flat out vec3 v_sky;     // the sky through the slits
flat out vec3 v_lime;    // the whitewashed stone
flat out vec3 v_stone;   // the steps' stone
flat out vec3 v_air;     // the air of the well far up, where the lamp does not reach

// The per-frame constants of the picture (llvmpipe would work them out for every pixel).
void stairwell_vertex() {
    float t = u_time;
    vec2 vp = vec2(aspect() * (0.5 + 0.01 * sin(t * 0.029)), 0.56 + 0.008 * sin(t * 0.023));
    v_view = vec4(vp, 1.0 / land_height_px(), t * 0.006);
    float night = 1.0 - u_daylight;
    v_lamp = mix(vec3(1.0, 0.62, 0.27), v_pal_light, 0.12) * v_breath * (1.0 + 0.6 * night);
    vec3 dark_sky = mix(vec3(0.035, 0.045, 0.075), v_pal_glow * 0.2, 0.15);
    v_sky = mix(dark_sky, vec3(0.78, 0.88, 1.0) * 2.0, u_daylight);
    v_lime = mix(vec3(0.86, 0.83, 0.76), u_palette[2], 0.1);
    v_stone = mix(vec3(0.5, 0.44, 0.37), u_palette[1], 0.1);
    vec3 well = mix(vec3(0.012, 0.014, 0.03), vec3(0.4, 0.42, 0.44), u_daylight);
    v_air = mix(well, v_pal_air, 0.2);  // a little of the air outside, through the slits
}
#elif defined FRAGMENT_SHADER
#include "lib/land_common.glsl"
noperspective in vec2 v_uv;
out vec4 f_color;
flat in vec4 v_view;
flat in vec3 v_lamp;
flat in vec3 v_sky;
flat in vec3 v_lime;
flat in vec3 v_stone;
flat in vec3 v_air;
const float R = 1.0;         // the wall's radius
const float WELL = 0.34;     // the open well's radius: the steps' inner ends
const float RAIL = 0.31;     // the handrail's radius, just inside the steps
const float PITCH = 1.7;     // the rise of one turn of the stairs
const float STEPS = 15.0;    // steps to a turn
const float THICK = 0.16;    // a step's depth of stone
const float RAIL_UP = 0.5;   // the handrail's height over the steps
const float TOP = 13.0;      // the lamp room's floor
const float SLIT = 0.62;     // where in a turn's height the window slit is
const float TAU = 6.2831853;

// The light on the wall and the steps at height z and turn u (0..1 round): the lamp's from
// above, and the slits' from one side of the well.
vec3 light_at(float z, float u) {
    float side = 0.5 + 0.5 * cos(TAU * (u - 0.15));
    vec3 lamp = v_lamp * (0.06 + 0.9 * smoothstep(0.0, TOP, z));
    return lamp + v_sky * (0.12 + 0.35 * u_daylight) * side * side + vec3(0.035, 0.04, 0.06);
}

// The well's air at height z: dark low down (the day's grey), warming toward the lamp room.
vec3 air_at(float z) {
    return mix(v_air, v_lamp * 0.55, smoothstep(TOP * 0.2, TOP, z));
}

// The round wall at height z, turn u (dz: the height a pixel spans there): whitewashed
// blocks in courses with faint mortar, and a slit each turn, deep-set in a darker splay.
vec3 wall(float z, float u, float dz) {
    vec2 b = vec2(u * 20.0, z / 0.32);
    b.x += 0.5 * mod(floor(b.y), 2.0);
    vec2 fb = abs(fract(b) - 0.5);
    float px_y = dz / 0.32;
    float fade = smoothstep(0.25, 0.05, px_y);  // the mortar goes where a course is a pixel
    float mortar = fade * max(smoothstep(0.5 - 0.03 - px_y, 0.5 - 0.03, fb.y),
                              smoothstep(0.47 - px_y * 3.0, 0.47, fb.x));
    float block = 0.9 + 0.1 * hash21(floor(b) + u_seed);
    vec3 col = v_lime * block * (1.0 - 0.25 * mortar) * light_at(z, u);
    // the window slit: a narrow opening, deep-set in a darker splay
    float turn = floor((z - PITCH * (SLIT + 0.15)) / PITCH + 0.5);
    vec2 s = vec2((u - 0.15) * TAU * R, z - PITCH * (turn + SLIT + 0.15));
    float splay = sd_box(s, vec2(0.12, 0.4));
    float glass = sd_box(s, vec2(0.028, 0.3));
    float w = max(dz, 0.004);
    col *= 1.0 - 0.55 * smoothstep(w, -w, splay) * (0.4 + 0.6 * smoothstep(-0.12, 0.0, splay));
    float star = step(0.985, hash21(floor(s * 40.0) + turn)) * (1.0 - u_daylight)
               * smoothstep(0.3, 0.05, length(fract(s * 40.0) - 0.5));
    vec3 sky = v_sky * (1.0 + 0.4 * s.y) + vec3(0.9, 0.9, 1.0) * star;
    col = mix(col, sky, smoothstep(w, -w, glass));
    col += v_sky * 0.05 * (0.3 + u_daylight) / (1.0 + 40.0 * max(splay, 0.0));
    return col;
}

// How a ray meets the step whose top in turn 0 is at `base` (z_in, z_wall: its heights at
// the well's edge and at the wall; dz: a pixel's height at the wall): x 1 where it meets the
// step's end at the well, y 1 where a step's underside hides the wall, z that underside's
// height, w how far up the step's end the ray passes.
vec4 step_hit(float base, float z_in, float z_wall, float dz) {
    float f = (z_in - base + THICK) / PITCH;
    float into = fract(f) * PITCH;
    float under = base + PITCH * (floor(f) + 1.0) - THICK;
    float edge = dz * WELL * 1.5;
    return vec4(smoothstep(-edge, edge, THICK - into), smoothstep(-dz, dz, z_wall - under), under, into);
}

void main() {
    vec2 q = aspect_coords(v_uv) - v_view.xy;
    float rho = max(length(q), 1e-4);
    float u0 = atan(q.y, q.x) / TAU + 0.5;  // the turn round the well, 0..1
    float climb = v_view.w;
    float u = fract(u0 + climb);            // turning as one climbs, the spiral stays put
    float lift = climb * PITCH;             // and the heights slide down by the same turn
    // heights along this ray where it meets the rail's, the steps' and the wall's radius
    // (the eye on the axis looking up it: a point at radius r, height z shows at rho = r / z)
    float z_rail = RAIL / rho + lift;
    float z_in = WELL / rho + lift;
    float z_wall = R / rho + lift;
    float dz = v_view.z / (rho * rho);      // the height one pixel spans at the wall
    float step_ = floor(u * STEPS);
    float sf = fract(u * STEPS);
    float base = PITCH * step_ / STEPS;     // this step's top in turn 0
    // the step whose underside the ray reaches first beyond the well's edge, or its end face
    vec4 hit = step_hit(base, z_in, z_wall, dz);
    float under = hit.z;
    float into = hit.w;
    float k = floor((under + THICK - base) / PITCH + 0.5) - 1.0;  // the turn of that step
    // across the joint, the next step's hit, blended over the pixel the joint spans
    float across = STEPS * v_view.z / (TAU * rho);  // steps a pixel spans round the well
    float side = sf < 0.5 ? -1.0 : 1.0;
    vec4 next = step_hit(base + side * PITCH / STEPS, z_in, z_wall, dz);
    float blend = 0.5 * smoothstep(across, 0.0, min(sf, 1.0 - sf));
    vec2 cover = mix(hit.xy, next.xy, blend);
    // a step's underside: a wedge from the wall to the well, each its own tone, a dark joint
    // where it meets the next one up; nearer the wall, in its shadow
    float r = min(rho * (under - lift), R);
    float tone = 0.72 + 0.28 * hash11(step_ + 31.0 * (k + 1.0) + u_seed);
    float joint_w = max(0.03, dz * 1.5 / max(r, 0.1) * STEPS);
    float joint = smoothstep(0.0, joint_w, sf) * smoothstep(0.0, joint_w * 0.5, 1.0 - sf);
    float wall_shadow = 0.55 + 0.45 * smoothstep(R, WELL, r);
    vec3 bounce = mix(v_lime * 0.07, vec3(0.55, 0.5, 0.44), u_daylight * 0.6);
    vec3 lit = v_lamp * (0.1 + 0.9 * smoothstep(0.0, TOP, under)) + bounce;
    vec3 underside = v_stone * tone * lit * (0.3 + 0.7 * joint) * wall_shadow * 0.7;
    float covered = cover.y;
    // the step's inner end: a pale band of dressed stone lit from the well
    float face = cover.x;
    vec3 end_ = v_stone * 1.5 * light_at(z_in, u) * (0.8 + 0.2 * smoothstep(0.0, THICK, into))
              * (0.45 + 0.55 * joint);
    bool seen = (1.0 - face) * (1.0 - covered) > 0.0;  // the wall, unless steps hide it
    vec3 col = seen ? wall(z_wall, u, dz) : underside;
    col = mix(mix(col, underside, covered), end_, face);
    float z = mix(min(under, z_wall), z_in, face);
    // the iron handrail round the well and its balusters, nearest of all along the ray (the
    // height it passes over the rail's turn below, one turn's rise past it is the turn above)
    float rail_z = PITCH * (floor((z_rail - PITCH * u - RAIL_UP) / PITCH) + u) + RAIL_UP;
    float above = z_rail - rail_z;          // how far above the rail's last turn the ray passes
    float rail_px = dz * RAIL * 1.2;
    float rail = smoothstep(0.035 + rail_px, 0.035, abs(above - PITCH * step(PITCH * 0.5, above)));
    float post_u = abs(sf - 0.5) / STEPS * TAU * RAIL;
    float post = smoothstep(0.008, 0.004, post_u - rho * 0.004) * step(above, RAIL_UP) * step(0.0, above);
    float iron = max(rail, post * 0.9) * smoothstep(0.9, 1.4, z_rail - lift);  // none at the eye
    vec3 iron_col = vec3(0.03, 0.028, 0.03) + v_lamp * 0.05 * smoothstep(TOP * 0.3, TOP, z_rail);
    // the air of the well: the far steps fade toward it; the lamp room glows at the top
    float depth = 1.0 - exp(-(z - lift) * 0.11);
    col = mix(col, air_at(z - lift), depth);
    col = mix(col, iron_col, iron * (1.0 - 0.8 * smoothstep(2.0, 9.0, z_rail - lift)));
    float glow = WELL / (TOP - lift);       // the lamp room's floor, round its hatch
    col += v_lamp * 0.55 * smoothstep(glow * 1.6, 0.0, rho);
    col += v_lamp * 0.05 / (1.0 + 200.0 * rho * rho);
    f_color = vec4(col, 1.0) * land_opacity();
}
#endif
