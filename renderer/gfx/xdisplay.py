"""Asking the X server directly (libX11 through ctypes) before SDL touches it.

* connect(name): a connection to the X display, or None when it cannot be opened. Keep it
  open until SDL has made its own: an X server with no client left may reset (Xvfb does),
  and would refuse the next connection meanwhile.
* window_problem(connection, id): why an X window cannot be drawn into (it does not exist).
* quiet_x_errors(): replace Xlib's default error handler, which prints "X Error of failed
  request" and exits the process, with one that only records the error, so a failing GLX
  call comes back to SDL as an error that Reverie reports on one line, and a frame drawn into
  a window its owner has just destroyed (XScreenSaver on deactivation) does not end the
  process before its SIGTERM is handled. error_count() says how many were recorded.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from collections import deque
from functools import cache

_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_errors: deque[str] = deque(maxlen=8)  # the newest errors the quiet handler recorded, last
_count = 0  # how many it recorded in all


class _XErrorEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    ]


@cache
def _x11() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("X11")
    if name is None:
        return None
    x11 = ctypes.CDLL(name)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
    x11.XGetWindowAttributes.restype = ctypes.c_int
    x11.XSetErrorHandler.argtypes = [_ERROR_HANDLER]
    x11.XSetErrorHandler.restype = ctypes.c_void_p
    x11.XGetErrorText.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
    return x11


def _record(display: int | None, event: int | None) -> int:
    global _count
    _count += 1
    x11 = _x11()
    if x11 is None or not event:
        return 0
    error = ctypes.cast(event, ctypes.POINTER(_XErrorEvent)).contents
    text = ctypes.create_string_buffer(256)
    x11.XGetErrorText(display, error.error_code, text, len(text))
    _errors.append(text.value.decode("utf-8", "replace") or f"X error {error.error_code}")
    return 0


_handler = _ERROR_HANDLER(_record)  # kept alive for as long as Xlib may call it


def quiet_x_errors() -> None:
    """Record X protocol errors instead of letting Xlib print them and exit (no libX11: no-op)."""
    x11 = _x11()
    if x11 is not None:
        x11.XSetErrorHandler(_handler)


def last_x_error() -> str:
    """The newest X error the quiet handler recorded ('' when none)."""
    return _errors[-1] if _errors else ""


def error_count() -> int:
    """How many X errors the quiet handler has recorded since the process started."""
    return _count


def connect(name: str) -> int | None:
    """An open connection to the X display `name` (None when it cannot be opened); 0 without
    libX11, where nothing can be checked."""
    x11 = _x11()
    if x11 is None:
        return 0
    return x11.XOpenDisplay(name.encode("utf-8", "replace")) or None


def disconnect(display: int) -> None:
    x11 = _x11()
    if x11 is not None and display:
        x11.XCloseDisplay(display)


class _WindowAttributes(ctypes.Structure):
    _fields_ = [("data", ctypes.c_byte * 256)]  # larger than XWindowAttributes on any ABI


def window_problem(display: int, window: int) -> str:
    """Why X window `window` cannot be drawn into ('' when it can, or without libX11)."""
    x11 = _x11()
    if x11 is None or not display:
        return ""
    quiet_x_errors()
    before = _count
    found = x11.XGetWindowAttributes(display, window, ctypes.byref(_WindowAttributes()))
    x11.XSync(display, 0)
    if not found or _count > before:
        reason = _errors[-1] if _count > before else "no such window"
        return f"there is no X window {window:#x} to draw into ({reason})"
    return ""
