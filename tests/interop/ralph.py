"""A real Learning Record Store for the tests: Ralph (ralph-malph, from requirements-dev.txt) on a free local port.

Ralph runs as its own process (uvicorn, `ralph_app.py`) with its file-system backend in a temporary folder and
one basic-auth user; it validates every statement against the xAPI specification (a malformed one is refused with 422).
Starting it takes a few seconds, once per test session. If Ralph is not installed or does not start, the tests
that need it are skipped, saying why.
"""

import importlib.util
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

USERNAME = "training-site"
PASSWORD = "lrs-test-password"
START_SECONDS = 30


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Ralph:
    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="ralph-lrs-"))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/xAPI/"
        self.process = None

    def start(self):
        """Start the LRS; returns None when it is up, or the reason it is not."""
        if importlib.util.find_spec("ralph") is None:
            return "Ralph (ralph-malph[lrs]) is not installed: pip install -r requirements-dev.txt"
        import bcrypt

        hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(4)).decode()
        agent = {"objectType": "Agent", "mbox": "mailto:lrs-tests@example.org", "name": USERNAME}
        (self.folder / "auth.json").write_text(
            json.dumps([{"agent": agent, "scopes": ["all"], "hash": hashed, "username": USERNAME}])
        )
        env = {
            **os.environ,
            "RALPH_APP_DIR": str(self.folder),
            "RALPH_AUTH_FILE": str(self.folder / "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.folder),
        }
        self.log = open(self.folder / "ralph.log", "wb")  # noqa: SIM115 - open while the server runs
        self.process = subprocess.Popen(  # noqa: S603 - our own interpreter, fixed arguments
            [sys.executable, "-m", "tests.interop.ralph_app", str(self.port)],
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            cwd=Path(__file__).resolve().parents[2],
        )
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return f"Ralph exited at start: {(self.folder / 'ralph.log').read_text()[-500:]}"
            try:
                if requests.get(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=1).ok:
                    return None
            except requests.ConnectionError:
                pass
            time.sleep(0.1)
        self.stop()
        return f"Ralph did not answer within {START_SECONDS} s"

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        if getattr(self, "log", None):
            self.log.close()

    def statements(self, **params):
        """Every statement the LRS holds that matches `params` (following the LRS's `more` links)."""
        found, url = [], self.url.rstrip("/") + "/statements"
        query = {"limit": 100, **params}
        while url:
            response = requests.get(
                url,
                params=query,
                auth=(USERNAME, PASSWORD),
                headers={"X-Experience-API-Version": "1.0.3"},
                timeout=10,
            )
            response.raise_for_status()
            body = response.json()
            found.extend(body["statements"])
            more = body.get("more")
            url, query = (f"http://127.0.0.1:{self.port}{more}" if more else None), None
        return found
