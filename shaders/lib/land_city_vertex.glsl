// Vertex side of the city, tower, bridge programs: their per-draw constants for
// lib/land_city.glsl, computed once per vertex instead of per pixel. The layer defines
// LAND_KIND and `#define LAND_VERTEX_HOOK city_vertex` before including lib/land_vertex.glsl,
// then includes this file (the tower first includes lib/noise.glsl and lib/land_city.glsl for
// city_building()).
flat out vec4 v_city;         // aspect, edge softness w, 1 / 2w, opacity
flat out vec4 v_city_at;      // the windows' time phase (in turns, plus lsin's half turn),
                              // the tower's axis / the bridge's centre x, the tower's first
                              // cell of v_tower_near / 1 / the bridge's half span, the
                              // bridge's half span
flat out vec3 v_city_win;     // window light
flat out vec3 v_city_far;     // the far row's colour
flat out vec3 v_city_glow;    // glow (breathing)
flat out vec3 v_city_lamp;    // the tower's crown light (pulsing) / the bridge's lamps
#if LAND_KIND == 1
// the near row (skyline row 2 in lib/land_city.glsl) under the tower's shaft: its buildings
// (city_building()) from the cell v_city_at.z on; the shaft reaches 0.05 and a soft edge from
// its axis, three cells while that is under 0.085 (the buffer over 34 pixels tall)
flat out vec4 v_tower_near[3];
#endif

void city_vertex() {
    float asp = aspect();
    float w = 1.2 / land_height_px();
    v_city = vec4(asp, w, 0.5 / w, clamp(u_intensity * 1.25, 0.0, 1.0));
    vec3 glow = v_pal_glow * v_breath;
    v_city_glow = glow;
    v_city_win = mix(v_pal_light, glow, 0.25);
    v_city_far = mix(v_pal_dark, v_pal_air, 0.45);  // the far rows fade toward the sky
    float span = asp * 0.42;
    v_city_at = vec4(u_time * 0.05 * 0.15915494 + 0.5, asp * (LAND_KIND == 1 ? 0.58 : 0.5),
                     1.0 / span, span);
#if LAND_KIND == 1
    float cell = floor((v_city_at.y - 0.05 - w) * (1.0 / 0.085) + 62.0);
    v_city_at.z = cell;
    for (int i = 0; i < 3; i++) {
        v_tower_near[i] = city_building(cell + float(i), 0.085, 0.12, 0.2, 2.0);
    }
#endif
    float pulse = LAND_KIND == 1 ? 0.7 + 0.3 * sin(u_time * 0.8) : 1.0;
    v_city_lamp = v_city_win * (pulse * v_breath);
}

// The city's haze of light fades out at y 0.55 and is under 2e-4 of the glow above this.
const float CITY_TOP = 0.54;
