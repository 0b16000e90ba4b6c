"""Ctrl+C (SIGINT) and SIGTERM in the terminal quit the app cleanly.

Python runs a signal handler only when the interpreter gets control, which it
does not while Qt waits for events. The handler's wake-up byte goes through a
socket pair that Qt watches, so the quit happens at once, without polling.
"""

from __future__ import annotations

import contextlib
import signal
import socket

from PySide6.QtCore import QCoreApplication, QSocketNotifier

QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def quit_on_signals(app: QCoreApplication) -> None:
    """Quit ``app`` (ending ``exec`` normally, so the lock and log close) on SIGINT/SIGTERM."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        signal.set_wakeup_fd(writer.fileno())
    except ValueError:  # not the main thread: leave the signals as they are
        reader.close()
        writer.close()
        return
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def woken() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(woken)
    for number in QUIT_SIGNALS:
        signal.signal(number, lambda *_: app.quit())
    _KEEP.extend([reader, writer, notifier])  # for the app's lifetime: closed, signals go quiet


_KEEP: list[object] = []
