"""Sound: procedural ambient beds, the soundscape, the mixer (ducking, loudness), playback."""

RATE = 48_000  # every buffer inside renderer.audio runs at this rate (stereo float32)
