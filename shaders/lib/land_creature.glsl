// Shapes and light shared by the creatures (fragment stage; after lib/land_common.glsl):
// jointed limbs, bent tubes (tails, trunks, arms), and the light on a silhouette: a key light
// from one side on the faces turned to it, a soft rim light on the edges away from it.

// A jointed limb of three tapered bones, top -> j1 -> j2 -> end, with radii r.x at the top,
// r.y and r.z at the joints and r.w at the end; the upper joint is blended, the lower kept
// crisp (a hock or a wrist reads by its angle).
float sd_limb(vec2 p, vec2 top, vec2 j1, vec2 j2, vec2 end, vec4 r) {
    float d = smin(sd_taper(p, top, j1, r.x, r.y), sd_taper(p, j1, j2, r.y, r.z), 0.6 * r.y);
    return min(d, sd_taper(p, j2, end, r.z, r.w));
}

// A tube along the curve y = bend * x^2 + wave * sin(k x + phase), x from 0 to len, in the
// frame whose origin is its root and whose x runs along it; radius r0 at the root to r1 at the
// tip. Good while the curve stays gentle (the distance is corrected by the slope). `n` is the
// outward direction from the curve (in the same frame): the tube's normal, for its light.
float sd_bent_tube_n(vec2 p, float len, float bend, vec3 wave, float r0, float r1, out vec2 n) {
    float x = clamp(p.x, 0.0, len);
    float ph = wave.y * x + wave.z;
    float y = bend * x * x + wave.x * lsin(ph);
    float slope = 2.0 * bend * x + wave.x * wave.y * lcos(ph);
    float dy = (p.y - y) * inversesqrt(1.0 + slope * slope);
    n = vec2(p.x - x, dy);
    float l = length(n);
    n /= max(l, 1e-6);
    return l - mix(r0, r1, x / len);
}

float sd_bent_tube(vec2 p, float len, float bend, vec3 wave, float r0, float r1) {
    vec2 n;
    return sd_bent_tube_n(p, len, bend, wave, r0, r1, n);
}

// How fast a distance d (land units) grows towards `key` (a unit direction in the picture),
// -1..1, from its change between neighbouring pixels (`px`: a pixel in land units): free, where
// a second evaluation of the shape one step towards the light would double its cost.
float creature_slope(float d, vec2 key, float px) {
    return dot(vec2(dFdx(d), dFdy(d)), key) / px;
}

// The light on a silhouette of distance d (land units, negative inside), as weights of the
// creature's colours: x the coverage (an edge w wide), y the key light, z the rim light. `slope`
// is how fast d grows towards the key light (creature_slope(), or d one step towards it minus
// d, over the step: -1..1), so the faces turned to the light are lit and the upper edges away
// from it catch the rim light; depth
// (land units) is how far in from the edge the body still curves away.
vec3 creature_light(float d, float slope, float w, float depth) {
    float side = 1.0 - clamp(-d / depth, 0.0, 1.0);   // 1 on the edge .. 0 deep inside
    float cov = land_fill(d, w);
    // (not on the soft edge itself, nor on parts thinner than a few pixels: their slope flickers)
    float lit = clamp(slope, 0.0, 1.0) * side * side * smoothstep(0.0, 1.2 * w, -d);
    // the rim light comes from behind and above: strongest on the upper edges away from the key
    float up = clamp(dFdy(d) / max(fwidth(d), 1e-6) + 0.3, 0.0, 1.0);
    float rim = exp(-max(-d, 0.0) / (1.5 * w)) * (0.35 + 0.65 * up)
              * (0.6 + 0.4 * clamp(-slope, 0.0, 1.0));
    return vec3(cov, lit * cov, rim * cov);
}

// The key light of the creatures: from the upper left of the picture.
const vec2 CREATURE_KEY = vec2(-0.8, 0.6);

// creature_light() for a silhouette of distance d (land units) drawn at the land's pixel size,
// its edge 1.2 px wide, the slope toward CREATURE_KEY read from d's change between pixels.
vec3 creature_lit(float d, float depth) {
    float px = land_px();
    return creature_light(d, creature_slope(d, CREATURE_KEY, px), 1.2 * px, depth);
}

// An eye's glint: 1 inside radius r of the eye's centre (`eye`: the point from it), soft edged.
float creature_glint(vec2 eye, float r) {
    return land_fill(length(eye) - r, 0.5 * r);
}

// A creature's colour from creature_light()'s weights: its dark body lit by `key` light, with
// `rim` light on the edges (premultiplied by the coverage).
vec3 creature_colour(vec3 light, vec3 body, vec3 key, vec3 rim) {
    return body * light.x + key * light.y + rim * light.z;
}

// A rotation by a small angle (|a| < 0.8), without trigonometry.
mat2 rot_small(float a) {
    float a2 = a * a;
    float c = 1.0 - a2 * (0.5 - a2 / 24.0), s = a * (1.0 - a2 / 6.0);
    return mat2(c, s, -s, c);
}

// A leg of a standing creature: from `top` down its bones b1, b2, b3 (vectors at rest), each
// turned by `bend` (radians; + swings the lower end backwards, towards +x; each bone turns
// with the ones above it), radii r as in sd_limb(). `foot` is where the last bone ends.
float beast_leg(vec2 p, vec2 top, vec2 b1, vec2 b2, vec2 b3, vec3 bend, vec4 r, out vec2 foot) {
    vec2 j1 = top + rot_small(bend.x) * b1;
    vec2 j2 = j1 + rot_small(bend.x + bend.y) * b2;
    foot = j2 + rot_small(bend.x + bend.y + bend.z) * b3;
    return sd_limb(p, top, j1, j2, foot, r);
}
