// Trees at landscape scale (fragment stage; after lib/land_common.glsl): one tree's silhouette
// (a conifer's spire of drooping tiers, or a broad crown of overlapping lobes on a trunk that
// forks into it, or bare winter branches), a row of them at irregular spacing, and the light
// on them from one side. Used by lib/land_forest.glsl (the forest, trees programs) and
// layers/garden.glsl.

// The key light comes from the upper left, as on the creatures and the garden's moon.
const vec2 TREE_KEY = vec2(-0.6, 0.8);

// What a pixel sees of a tree: d, the distance to its silhouette (land units, negative inside);
// form, where it lies on the crown's rounded mass (about -1..1 each way: x across, y up), for
// the light; wood, 1 on the trunk and branches, 0 in the leaves.
struct TreeHit { float d; vec2 form; float wood; };

// Bare winter twigs fanning up and out from `from` through a crown of distance `crown`: the
// distance to them (they thin outwards, over `reach` land units); k: twigs per radian.
float tree_twigs(vec2 q, vec2 from, float reach, float k, float girth, float crown, float noise) {
    vec2 f = q - from;
    float out_ = clamp(length(f) / reach, 0.0, 1.0);
    float fan = abs(fract(latan2(f.x, f.y) * k + noise * 0.45) - 0.5) / k;
    return max(max(fan * length(f) - girth * (1.0 - out_), crown), -f.y);
}

// The tree standing at the origin of q (x across, y up from its foot). size: its height and
// its crown's half-width; look: x 0 a broad crown .. 1 a conifer, y the broad crown's habit (0
// spreading .. 1 tall and narrow), z its own random number 0..1, w the leaf noise at this pixel
// (0..1, lib/noise.glsl's vnoise: the crown's ragged edge and its clumps of leaves). With
// TREE_BARE defined the broad crowns are bare winter branches.
TreeHit land_tree(vec2 q, vec2 size, vec4 look) {
    float h = size.x, w = size.y;
    float spire = look.x, r = look.z, noise = look.w;
    float s1 = fract(r * 37.1), s2 = fract(r * 71.3), s3 = fract(r * 13.7);
    // conifer: a spire of drooping tiers, widest over a short bare foot
    float foot = h * 0.1;
    float t = (q.y - foot) / (h - foot);
    // each tier droops toward its tips
    float tier = 1.0 - 0.3 * fract(t * (5.0 + 3.0 * s1) + s2 + abs(q.x) / w * 0.25);
    float conifer = max(abs(q.x) - w * clamp(1.0 - t, 0.0, 1.0) * tier, max(foot - q.y, q.y - h));
    // broad crown: a top lobe and two side lobes, each its own size and place, over a lower
    // mass; the habit stretches them up and draws them in
    float rv = w * 0.62;
    vec2 lay = vec2(w * mix(1.0, 0.7, look.y), rv * mix(0.85, 1.45, look.y));
    vec2 top = vec2(lay.x * 0.4 * (s1 - 0.5), h - rv);
    vec2 left = vec2(-lay.x * (0.5 + 0.15 * s2), h - rv - lay.y * (0.45 + 0.4 * s3));
    vec2 right = vec2(lay.x * (0.5 + 0.15 * s3), h - rv - lay.y * (0.3 + 0.5 * s2));
    vec2 low = vec2(lay.x * 0.25 * (s2 - s3), h - rv - lay.y * 0.8);
    float broad = min(min(length(q - top) - rv * 0.9, length(q - low) - rv * 0.75),
                      min(length(q - left) - w * (0.36 + 0.12 * s3),
                          length(q - right) - w * (0.36 + 0.12 * s1)));
    // the trunk flares at its foot and tapers up into the crown, leaning to its top lobe; it
    // forks just under the crown: one limb to a side lobe
    vec2 lean = mix(top, vec2(0.0, h * 0.6), spire);
    float under = max(h - rv - lay.y * 0.75 - rv * 1.3, h * 0.3);   // just under the crown
    vec2 fork = vec2(lean.x * 0.4, mix(under, foot, spire));
    vec2 limb = s2 > 0.5 ? left : right;
    float girth = w * mix(0.1, 0.07, spire);
    float up = clamp(q.y / lean.y, 0.0, 1.0);
    float flare = max(1.0 - q.y / (girth * 3.0), 0.0);
    float wood = max(abs(q.x - lean.x * up) - girth * (1.0 - 0.65 * up + 0.8 * flare * flare),
                     max(-q.y, q.y - lean.y));
    vec2 along = limb - fork;
    float bough = (q.y - fork.y) / along.y;
    wood = min(wood, max(abs(q.x - fork.x - along.x * bough) * 0.7 - girth * (0.6 - 0.4 * bough),
                         abs(bough - 0.5) * along.y - along.y * 0.5) + spire * w);
#ifdef TREE_BARE
    // no leaves on the broad crowns: twigs fan out from the fork and the top through their
    // envelope (the conifers keep their needles)
    float envelope = broad + w * 0.08;
    vec2 stem = mix(fork, lean, 0.45);
    float twigs = min(tree_twigs(q, fork, h - fork.y, 1.6 + 0.4 * s3, girth * 0.45, envelope,
                                 noise),
                      tree_twigs(q, stem, h - stem.y, 3.0 + s1, girth * 0.25, envelope, noise));
    wood = min(wood, twigs + spire * 4.0 * w);
    broad += 4.0 * w;
#endif
    // the leaves' ragged edge
    float crown = mix(broad, conifer, spire);
    // (a conifer's tip stays sharp)
    crown += w * (0.4 - 0.14 * spire) * (noise - 0.45) * smoothstep(-0.35 * w, 0.0, crown)
           * (1.0 - spire * smoothstep(0.6, 1.0, t));
    vec2 mid = mix(vec2(top.x * 0.5, h - rv - lay.y * 0.4), vec2(0.0, h * 0.5), spire);
    vec2 form = (q - mid) / vec2(w, mix(rv + lay.y, h * 0.5, spire));
    return TreeHit(min(crown, wood), form, step(wood, crown));
}

// The tree of cell `cell` in a row (see tree_row), seen at p: x in cells from the cell's left
// edge, y up from the row's base line; width: the cell's width. Its crown stays inside its
// cell, so no neighbour's needs to be seen.
TreeHit row_tree(vec2 p, float cell, float width, vec4 kind, float time) {
    float k = kind.w;
    float h1 = hash11(cell * 1.37 + k * 11.0);
    float h2 = hash11(cell * 7.31 + k * 3.0);
    float h3 = fract(h1 * 53.7 + h2 * 17.3);
    float h4 = fract(h1 * 19.1 + h2 * 41.9);
    float con = step(h2, kind.x);
    // groves and clearings: the gaps come in runs
    float present = step(kind.y + 0.3 * lsin(cell * 0.61 + k * 5.0), h4);
    float grow = 0.45 + 0.55 * sqrt(h1);
    float w = width * grow * 0.3;
    float habit = fract(h3 * 5.3);
    float h = w * mix((1.65 + 0.6 * h4) * (0.9 + 0.4 * habit), 2.8 + 1.3 * h3, con);
    // each stands anywhere in the middle quarter of its cell, some in pairs (a crown reaches
    // at most 0.375 cells from its trunk)
    float jitter = clamp(0.25 * (h3 - 0.5) + 0.15 * fract(cell * 0.5) - 0.04, -0.125, 0.125);
    vec2 q = vec2((p.x - 0.5 - jitter) * width, p.y);
    // the wind bends the crown, not the foot
    float up = clamp(q.y / h, 0.0, 1.0);
    q.x -= w * 0.07 * up * up * lsin(time * 0.8 + cell * 2.1 + k);
    TreeHit hit = land_tree(q, vec2(h, w), vec4(con, habit, h3, kind.z));
    hit.d += (1.0 - present) * 4.0 * width;
    return hit;
}

// A row of trees at irregular spacing seen at p. row: x the cells' mean width, y the base line
// (the trees' feet); xoff: the row's offset in cells; kind: x the share of conifers, y of empty
// cells, z the leaf noise at p (0..1), w the row's own number (its trees' random numbers).
TreeHit tree_row(vec2 p, vec2 row, float xoff, vec4 kind, float time) {
    // the cells are of uneven widths (x is warped, 0.75..1.5 cells to a mean cell), so the
    // trees stand unevenly: close together and smaller in some places, apart in others
    float u = p.x / row.x + xoff;
    float t = fract(u * 0.143);
    float x = u + 2.4 * t * (1.0 - t);
    float cell = floor(x);
    return row_tree(vec2(x - cell, p.y - row.y), cell, row.x / (1.0 + 0.343 * (1.0 - 2.0 * t)),
                    kind, time);
}

// A far row seen as its skyline (one cheap shape a cell: its trees are a few pixels wide): a
// spire or a dome on a short trunk, ragged by the leaf noise. Same arguments as tree_row.
TreeHit tree_skyline(vec2 p, vec2 row, float xoff, vec4 kind) {
    float x = p.x / row.x + xoff;
    float cell = floor(x);
    float h1 = hash11(cell * 1.37 + kind.w * 11.0);
    float h2 = hash11(cell * 7.31 + kind.w * 3.0);
    float con = step(h2, kind.x);
    float w = row.x * mix(0.3, 0.24, con) * (0.7 + 0.5 * h1);
    float h = w * mix(2.0 + 0.8 * h1, 3.0 + 1.5 * h1, con);
    vec2 q = vec2((x - cell - 0.5 - 0.3 * (fract(h1 * 31.7) - 0.5)) * row.x, p.y - row.y);
    float spire = max(abs(q.x) - w * (1.0 - q.y / h), -q.y);
    float dome = min(length(vec2(q.x, (q.y - h + w) * 0.85)) - w,
                     max(abs(q.x) - w * 0.12, q.y - h));
    float present = step(kind.y + 0.3 * lsin(cell * 0.61 + kind.w * 5.0),
                         fract(h1 * 19.1 + h2 * 41.9));
    float d = mix(dome, spire, con) + w * 0.4 * (kind.z - 0.45) + (1.0 - present) * 4.0 * row.x;
    return TreeHit(d, vec2(q.x / w, (q.y - h * 0.6) / h), 0.0);
}

// The light on a tree at a pixel, 0..1: its crown's mass lit from the key light's side with a
// darker underside, the clumps of leaves catching it (noise 0..1 as given to land_tree); wood
// stays in shade.
float tree_light(TreeHit hit, float noise) {
    float side = dot(hit.form, TREE_KEY);
    float lit = clamp(0.25 + 0.8 * side + 0.9 * (noise - 0.5), 0.0, 1.0);
    return lit * lit * (1.0 - 0.8 * hit.wood);
}

// How much of the rim light an edge takes: the leaves' edges that face the key light (bare wood
// takes little).
float tree_rim_side(TreeHit hit) {
    return clamp(0.35 + dot(hit.form, TREE_KEY), 0.0, 1.0) * (1.0 - 0.75 * hit.wood);
}
