// The forest's and the trees' near row is opaque below this height (its undergrowth starts at
// the row's lowest base line, 0.178, and its rim light is under 1e-4 of its glow 0.023
// below that): layers/forest_floor.glsl fills that band, the tree programs shade above it.
#define FOREST_FLOOR 0.155
