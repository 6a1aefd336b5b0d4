// The ground the four-legged creatures stand on (either stage; needs lib/fast_math.glsl): a
// near ridge rising gently toward the dream's side (side: u_camera.w), where the focal creature
// stands, and a far ridge behind it, where the further creatures stand smaller
// (renderer/gfx/staging.py). rx in widths of the screen; heights in land units.
float beast_ridge(float rx, float side) {
    float u = 0.5 + side * (rx - 0.5);   // 0 at the edge away from the dream's side .. 1
    return 0.1 + 0.06 * smoothstep(0.05, 0.75, u) + 0.003 * lsin(rx * 23.0);
}

float beast_far_ridge(float rx, float side) {
    return beast_ridge(rx, side) + 0.05 + 0.012 * lsin(rx * 7.0 + side);
}

// The ground under a creature standing at rx (in widths of the screen), the feet a little sunk
// in the grass: on the far ridge when `far`.
float beast_ground_at(float rx, float side, bool far) {
    return (far ? beast_far_ridge(rx, side) : beast_ridge(rx, side)) - 0.004;
}
