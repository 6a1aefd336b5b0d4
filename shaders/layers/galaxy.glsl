#version 330 core
// Galaxy: a luminous band of star clouds with a dark dust lane and dense faint stars. This
// program draws the faint stars (sharp, at half size); layers/galaxy_clouds.glsl the clouds
// (smooth, at a quarter size: `also` in assets/visuals). See lib/sky_galaxy.glsl.
#include "lib/header.glsl"
#define GALAXY_REACH 2.0  // beyond, under 2e-4 of the cells have a star (0.5 * band^2)
#include "lib/sky_galaxy.glsl"
#if defined FRAGMENT_SHADER
#include "lib/sky_stars.glsl"

void main() {
    vec2 band = galaxy_band();
    float lane = galaxy_lane(band.x, 0.0);
    vec2 star = sky_star_dots(v_cell, 0.5 * band.y * band.y * (1.0 - lane), v_shape.z);
    f_color = vec4((v_star0 + v_star1 * star.y) * star.x, 0.0);
}
#endif
