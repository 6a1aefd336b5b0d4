# Reverie: `make demo` and `make test` do all the set-up on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
APT_PACKAGES := espeak-ng libespeak-ng1 xvfb xauth xdotool x11-utils ffmpeg sox \
	libegl1 libegl-mesa0 libgl1 libgl1-mesa-dri libgles2 fonts-lato xscreensaver
SYSTEM_COMMANDS := espeak-ng Xvfb xdotool xwininfo ffprobe sox xscreensaver-command
DEMO_OUT ?= out/demo.mp4
# Software GL exports 1280x720 at 30 fps a little faster than real time on 2 cores.
DEMO_FLAGS ?= --size 1280x720 --fps 30

.PHONY: setup system demo test bench lint clean

setup: system $(STAMP)

# System packages: installed with apt-get when root, otherwise the exact command is printed.
system:
	@missing=""; \
	for c in $(SYSTEM_COMMANDS); do command -v $$c >/dev/null || missing="$$missing $$c"; done; \
	ls /usr/lib/*/libEGL_mesa.so.0 >/dev/null 2>&1 || missing="$$missing libEGL_mesa"; \
	test -f /usr/share/fonts/truetype/lato/Lato-Medium.ttf || missing="$$missing fonts-lato"; \
	if [ -n "$$missing" ]; then \
	  echo "setup: missing system parts:$$missing"; \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	  else \
	    echo "setup: run: sudo apt-get install -y $(APT_PACKAGES)"; \
	  fi; \
	fi

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,neural]'
	touch $(STAMP)

# Play the default dream; with no display, render it to a video and say where it is.
demo: setup
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
	  $(VENV)/bin/reverie play --windowed default; \
	else \
	  echo "demo: no display, so the default dream is rendered to $(DEMO_OUT)"; \
	  mkdir -p $$(dirname $(DEMO_OUT)); \
	  $(VENV)/bin/reverie export default -o $(DEMO_OUT) --force $(DEMO_FLAGS) && \
	  echo "demo: the default dream is at $$(realpath $(DEMO_OUT))"; \
	fi

test: setup
	$(PY) -m pytest -q

bench: setup
	$(VENV)/bin/reverie bench

lint: setup
	$(VENV)/bin/ruff check renderer tests tools
	$(PY) -m mypy renderer

clean:
	rm -rf $(VENV) out build dist .pytest_cache .ruff_cache .mypy_cache
