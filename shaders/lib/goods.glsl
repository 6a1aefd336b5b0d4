// The colours of goods on sale (lib for the shop and the market layers).

// A packaging colour for h (0..1): reds, oranges, yellows, creams, greens, blues, browns,
// pinks, as a shop's shelves and a market's stalls hold them.
vec3 goods_colour(float h) {
    float k = floor(h * 8.0);
    return k < 1.0 ? vec3(0.86, 0.12, 0.1) : k < 2.0 ? vec3(0.98, 0.5, 0.08)
         : k < 3.0 ? vec3(0.98, 0.84, 0.18) : k < 4.0 ? vec3(0.92, 0.9, 0.82)
         : k < 5.0 ? vec3(0.18, 0.62, 0.28) : k < 6.0 ? vec3(0.14, 0.34, 0.82)
         : k < 7.0 ? vec3(0.5, 0.28, 0.12) : vec3(0.92, 0.42, 0.6);
}
