// The ridge the four-legged creatures stand on (either stage; needs lib/fast_math.glsl): its
// height at x (land units) on a screen of aspect `asp`, rising from the left to a flat top
// from 0.5 to 0.8 of the width, where the creatures stand, and falling a little to the right.
float beast_ridge(float x, float asp) {
    float rx = x / asp;
    return 0.1 + 0.12 * smoothstep(0.1, 0.5, rx) - 0.04 * smoothstep(0.82, 1.0, rx)
         + 0.003 * lsin(x * 13.0);
}

// The ridge's height under a creature standing at rx (in widths of the screen): its top, with
// the feet a little sunk in the grass.
float beast_ground_at(float rx) {
    return 0.1 + 0.12 * smoothstep(0.1, 0.5, rx) - 0.004;
}
