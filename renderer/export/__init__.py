"""Export: a dream as an .mp4 / .webm video (or .wav audio) with narration, ambience and
captions; `renderer.export.job.export(options)` makes one."""
