// Interiors seen in one-point perspective (a room, a corridor): the eye at the origin looks
// down +z; a pixel's ray is (q.x, q.y, focal), q its offset from the vanishing point in land
// units. The space is a box (walls at x = -w.x and w.y, floor at y = -h.x, ceiling at h.y, the
// far wall at z = far); furniture is boxes drawn over it nearest last, each blended by its own
// edge coverage so silhouettes stay smooth at half resolution. The box and the lights are
// declared for both stages; the rest is fragment side.

// A room's box (see interior_hit), and the lights the interiors are designed with.
struct Room {
    vec2 walls;        // the left and right walls' distance from the eye
    vec2 floor_ceil;   // the floor's depth under the eye, the ceiling's height over it
    float far;         // the far wall's distance
};

// The key and fill the interiors are lit by, before the dream's palette leans them a little.
const vec3 ROOM_WARM = vec3(1.0, 0.56, 0.24);   // lamps, candles, a window lit at night
const vec3 ROOM_COOL = vec3(0.2, 0.36, 1.0);    // moonlight, the night in the shade

// Where a ray from the eye meets the inside of the box: xyz the point, w the surface
// (0 left wall, 1 right wall, 2 floor, 3 ceiling, 4 far wall).
vec4 interior_hit(vec3 rd, vec2 w, vec2 h, float far) {
    vec3 inv = 1.0 / max(abs(rd), 1e-5);
    float tx = (rd.x < 0.0 ? w.x : w.y) * inv.x;
    float ty = (rd.y < 0.0 ? h.x : h.y) * inv.y;
    float tz = far * inv.z;
    float t = min(min(tx, ty), tz);
    float surface = t == tz ? 4.0 : (t == tx ? (rd.x < 0.0 ? 0.0 : 1.0) : (rd.y < 0.0 ? 2.0 : 3.0));
    return vec4(rd * t, surface);
}

// The inward normal of an interior surface (see interior_hit).
vec3 interior_normal(float surface) {
    return surface < 0.5 ? vec3(1.0, 0.0, 0.0)
         : surface < 1.5 ? vec3(-1.0, 0.0, 0.0)
         : surface < 2.5 ? vec3(0.0, 1.0, 0.0)
         : surface < 3.5 ? vec3(0.0, -1.0, 0.0)
         : vec3(0.0, 0.0, -1.0);
}

// Darkening into the corners of the surface a point lies on: 0 in a corner, 1 `reach` away.
float interior_occlusion(vec3 p, float surface, vec2 w, vec2 h, float far, float reach) {
    vec3 d = vec3(min(p.x + w.x, w.y - p.x), min(p.y + h.x, h.y - p.y), far - p.z);
    float s = surface < 1.5 ? min(d.y, d.z) : (surface < 3.5 ? min(d.x, d.z) : min(d.x, d.y));
    return smoothstep(0.0, reach, s);
}

// A ray (from the eye, 1 / direction `inv`) against an axis-aligned box: x the distance in,
// y the coverage of its silhouette (0 outside, 1 inside, soft over `soft` of a ray length, in
// ray units per pixel), z the face's axis (0 x, 1 y, 2 z).
vec3 interior_box(vec3 inv, vec3 lo, vec3 hi, float soft) {
    vec3 t0 = lo * inv;
    vec3 t1 = hi * inv;
    vec3 tn = min(t0, t1);
    vec3 tf = max(t0, t1);
    float tin = max(max(tn.x, tn.y), tn.z);
    float tout = min(min(tf.x, tf.y), tf.z);
    float axis = tin == tn.x ? 0.0 : (tin == tn.y ? 1.0 : 2.0);
    return vec3(tin, clamp((tout - tin) / (soft * tin) + 0.5, 0.0, 1.0) * step(0.0, tin), axis);
}

// The normal of a box's face hit by a ray of direction rd, facing the eye.
vec3 interior_box_normal(vec3 rd, float axis) {
    vec3 n = axis < 0.5 ? vec3(1.0, 0.0, 0.0) : (axis < 1.5 ? vec3(0.0, 1.0, 0.0) : vec3(0.0, 0.0, 1.0));
    return -n * sign(dot(n, rd));
}

// The grout between square tiles of size 1 at uv (tile units): 1 on a line `width` wide (tile
// units), 0 inside a tile, soft over `soft`.
float interior_grout(vec2 uv, float width, float soft) {
    vec2 d = abs(fract(uv) - 0.5);
    return smoothstep(0.5 - width - soft, 0.5 - width, max(d.x, d.y));
}

// A row of rectangular lights along z, centred at z = (k + 0.5) * spacing and x = 0, each
// `half_size` (x across, y along): their coverage at (x, z), soft over `soft`.
float interior_lights(float x, float z, float spacing, vec2 half_size, float soft) {
    float along = abs(fract(z / spacing) - 0.5) * spacing - half_size.y;
    return clamp(0.5 - max(along, abs(x) - half_size.x) / soft, 0.0, 1.0);
}

// Where a ray that has met a floor point p (from the eye, its q = p.xy / p.z) would meet the
// ceiling after a mirror bounce: the floor's reflection of the ceiling (`floor_ceil` as in
// interior_hit). Glossy floors and still water mirror the lights with it.
vec3 interior_mirror(vec3 p, vec2 q, vec2 floor_ceil) {
    float reach = (floor_ceil.x + floor_ceil.y) / max(-q.y, 1e-3);
    return p + vec3(q.x, -q.y, 1.0) * reach;
}

// How far a ray from the eye (direction rd) runs, up to distance t, through the light that a
// window in the far wall (x0, y0, x1, y1, at distance `far`) lets in from direction `dir`.
// Along the ray the point of the window the light came through moves linearly (a t + c), so
// the stretch inside the window is a slab test.
float interior_window_beam(vec3 rd, float t, vec3 dir, float far, vec4 window) {
    vec2 a = rd.xy + dir.xy;
    vec2 c = -dir.xy * far;
    vec2 inv = 1.0 / a;
    vec2 t0 = (window.xy - c) * inv;
    vec2 t1 = (window.zw - c) * inv;
    vec2 tn = min(t0, t1);
    vec2 tf = max(t0, t1);
    return max(min(min(tf.x, tf.y), t) - max(max(tn.x, tn.y), 0.0), 0.0);
}
