// Cheap stand-ins for sin, cos and atan2 (llvmpipe's are slow), for either stage.
// Fast sine/cosine (parabolic with one refinement, error < 0.001): llvmpipe's sin() is slow.
float lsin(float x) {
    float t = fract(x * 0.15915494 + 0.5) * 2.0 - 1.0;
    float y = 4.0 * t * (1.0 - abs(t));
    return 0.225 * (y * abs(y) - y) + y;
}
float lcos(float x) { return lsin(x + 1.5707963); }

// Fast atan2 (max error ~0.005 rad).
float latan2(float y, float x) {
    float ax = abs(x), ay = abs(y);
    float a = min(ax, ay) / max(max(ax, ay), 1e-8);
    float s = a * a;
    float r = ((-0.0464964749 * s + 0.15931422) * s - 0.327622764) * s * a + a;
    r = ay > ax ? 1.5707963 - r : r;
    r = x < 0.0 ? 3.1415927 - r : r;
    return y < 0.0 ? -r : r;
}
