// The forest's and the trees' near row is opaque below this height (its undergrowth starts at
// the row's lowest base line, 0.178, and takes no rim light): layers/forest_floor.glsl fills
// that band, the tree programs shade above it.
#define FOREST_FLOOR 0.17
// The width of the cells the trees of depth row i (0 far .. 2 near) stand in, for both stages
// of lib/land_forest.glsl (the forest's stand closer together).
#if defined LAND_KIND && LAND_KIND != 0
#define FOREST_CELL(i) (vec3(0.03, 0.09, 0.23)[int(i)])
#else
#define FOREST_CELL(i) (vec3(0.03, 0.07, 0.18)[int(i)])
#endif
