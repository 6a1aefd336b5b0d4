// The camera shared by every layer (both stages; needs lib/header.glsl): renderer/gfx/camera.py
// sets u_camera, one slow drift of the whole scene (pan x, pan y, dolly zoom: each the value at
// depth 1; side: -1 or 1, the third where the dream's focal subject stands), and each layer's
// u_depth (0: the sky or fixed to the screen .. 1: the nearest foreground). A layer at depth d
// is scaled by 1 + d * zoom about the bottom middle of the frame and moved by d * pan; the pan
// never exceeds what the scale adds at the edges, so nothing beyond a full-frame picture shows.
// A layer seen through an interior's windows is raised by u_view besides (the room hides the
// bottom it leaves bare).
// The land and sky vertex stages (lib/land_vertex.glsl, lib/sky_fullscreen.glsl) apply it to
// their geometry, so a layer's fragment stage sees its own still picture and pays nothing.

// The scale a layer at `depth` gets.
float camera_scale(float depth) { return 1.0 + depth * u_camera.z; }

// A point of the layer's own picture (uv) -> where the camera shows it on the buffer (uv).
vec2 camera_to_screen(vec2 p, float depth) {
    return vec2(0.5 + (p.x - 0.5) * camera_scale(depth), p.y * camera_scale(depth))
         + depth * u_camera.xy + vec2(0.0, u_view);
}

// A point of the buffer (uv) -> the point of the layer's own picture shown there.
vec2 camera_from_screen(vec2 q, float depth) {
    q -= depth * u_camera.xy + vec2(0.0, u_view);
    return vec2(0.5 + (q.x - 0.5) / camera_scale(depth), q.y / camera_scale(depth));
}

// The land x (0..aspect) of a focal subject on the thirds: k = 1 the dream's side (u_camera.w),
// k = -1 the other third, k between for places in between (0: the middle).
float compose_x(float k) { return aspect() * (0.5 + 0.1667 * k * u_camera.w); }
