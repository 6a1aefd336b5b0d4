// Shared uniforms (DESIGN.md "Shader conventions"). Each program reads only what it needs;
// the compositor sets only the uniforms a program declares and actually uses.
uniform float u_time;        // seconds, already scaled by the dream's pace (calm moves slowly)
uniform vec2 u_resolution;   // size in pixels of the buffer being drawn
uniform float u_intensity;   // 0..1, eased; the layer is skipped entirely at 0
uniform vec3 u_palette[4];   // the dream's palette, linear RGB
uniform vec2 u_mood;         // x: valence -1..1, y: arousal 0..1
uniform float u_voice;       // narration envelope 0..1 (glows breathe with the voice)
uniform float u_seed;        // 0..1000, derived from the dream (+ the motif)
uniform vec3 u_tint;         // the current sentence's tint, linear RGB
uniform float u_daylight;    // the time of day: 1 full daylight .. 0 night (eased)
uniform vec4 u_params;       // per-motif parameters from assets/visuals/*.toml
uniform float u_named;       // 0..1 how far u_palette is in a colour the dream names for this
                             // motif ("a green moon"): a light that whitens its own colour
                             // keeps that one instead
uniform int u_sprites;       // quads in this draw, for a layer drawn as sprites
uniform vec2 u_shore;        // open water's horizon (uv) and 0..1 how far ground layers have
                             // moved to its far shore (lib/land_shore.glsl)
uniform vec4 u_camera;       // the shared camera: pan x, pan y, dolly zoom at depth 1, and the
                             // focal subject's side -1 | 1 (lib/camera.glsl)
uniform float u_depth;       // this layer's depth for the camera: 0 sky .. 1 nearest
uniform float u_view;        // how far (uv) the camera raises a layer seen through an
                             // interior's windows, so its horizon shows in them (0: none)
uniform vec4 u_place;        // a staged figure's or creature's place (renderer/gfx/staging.py):
                             // its band's middle x (widths), size, facing (-1 left, 1 right),
                             // and the band's half width (widths)
