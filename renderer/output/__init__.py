"""Outputs: one frame driver renders FrameStates with a compositor and hands every frame to a
sink: the window (output/window.py), a video encoder (output/video.py), PNG pixels
(output/pixels.py) or any framebuffer (a transition's source, a benchmark's target).

Adding an output means writing one FrameSink (output/driver.py)."""
