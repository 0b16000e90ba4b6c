"""One CalfCare per data folder: a second start asks the first to come to the front.

The writer lock says who owns the data; this local socket is how a second
start reaches the owner. Its name comes from the data folder, so two
portable installs (two ``--data-dir``) each get their own. QtNetwork is
small (about 5 ms to load), but the app only loads it before the first paint
when ``lock_probe`` says the lock is taken; the server starts once the window
is ready.
"""

from __future__ import annotations

import time
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
HEARD = b"ok\n"


def server_name(data_dir: Path) -> str:
    """'calfcare-<8 hex>': short enough for a Unix socket path, one per data folder."""
    # crc32, not hashlib: this runs before the first paint and _hashlib takes ~2 ms to load.
    return f"calfcare-{zlib.crc32(str(data_dir.resolve()).encode('utf-8')):08x}"


def ask_to_raise(data_dir: Path, *, wait: float = 0.0, answer_ms: int = 1000) -> bool:
    """Ask a running CalfCare for ``data_dir`` to come to the front; False if none answers.

    ``wait`` seconds of retries cover a first copy that holds the lock but is
    still starting its server. Nothing here runs an event loop.
    """
    deadline = time.monotonic() + wait
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(data_dir))
        if socket.waitForConnected(answer_ms):
            socket.write(RAISE)
            socket.waitForBytesWritten(answer_ms)
            # The answer says the request was read; a first copy that is busy still gets it.
            socket.waitForReadyRead(answer_ms)
            socket.disconnectFromServer()
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


class RaiseServer(QObject):
    """Listens for later starts; ``raiseRequested`` when one asks for the window."""

    raiseRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening. Call only while holding the writer lock: a socket file left
        by a copy that crashed is removed first, and the lock says no live copy owns it."""
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            # Bound methods, not lambdas: PySide can crash deleting a sender holding a lambda.
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket | None = None) -> None:
        sender = socket or self.sender()
        if not isinstance(sender, QLocalSocket):
            return
        socket = sender
        if socket.canReadLine() and socket.readLine().data() == RAISE:
            socket.write(HEARD)
            socket.flush()
            self.raiseRequested.emit()
