"""Ctrl+C (SIGINT) and SIGTERM in the terminal quit the app cleanly.

Python runs a signal handler only when the interpreter gets control, which it
does not while Qt waits for events. The handler's wake-up byte goes through a
pipe (a socket pair on Windows) that Qt watches, so the quit happens at once,
without polling. A pipe needs no socket module, which would cost the first
paint about 4 ms.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSocketNotifier

QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def quit_on_signals(app: QCoreApplication) -> Callable[[], None]:
    """Quit ``app`` (ending ``exec`` normally, so the lock and log close) on SIGINT or
    SIGTERM. Returns what puts the previous handling back, for after ``exec``."""
    read_fd, write_fd, drain, close = _wake_up_channel()
    try:
        old_fd = signal.set_wakeup_fd(write_fd)
    except ValueError:  # not the main thread: leave the signals as they are
        close()
        return lambda: None
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)

    def woken() -> None:
        with contextlib.suppress(OSError):
            drain()

    notifier.activated.connect(woken)
    old_handlers = {number: signal.getsignal(number) for number in QUIT_SIGNALS}
    for number in QUIT_SIGNALS:
        signal.signal(number, lambda *_: app.quit())

    def restore() -> None:
        for number, handler in old_handlers.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(old_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        close()

    return restore


def _wake_up_channel() -> tuple[int, int, Callable[[], object], Callable[[], None]]:
    """A non-blocking (read end, write end, drain, close) for signal wake-up bytes."""
    if os.name == "posix":
        read_fd, write_fd = os.pipe()
        os.set_blocking(read_fd, False)
        os.set_blocking(write_fd, False)

        def close_pipe() -> None:
            os.close(read_fd)
            os.close(write_fd)

        return read_fd, write_fd, lambda: os.read(read_fd, 64), close_pipe
    import socket  # Windows wakes Python up through a socket only

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)

    def close_pair() -> None:
        reader.close()
        writer.close()

    return reader.fileno(), writer.fileno(), lambda: reader.recv(64), close_pair
