"""A stand-in keychain for benchmarks where no Secret Service can run.

Keeps secrets as JSON in the file named by ``BENCH_KEYRING_FILE`` (a bench
temp folder, owner-only). Select it with
``PYTHON_KEYRING_BACKEND=bench.filekeyring.FileKeyring``. Plaintext: for
invented bench data only, never for a real profile.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV = "BENCH_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        if not os.environ.get(ENV):
            raise RuntimeError(f"{ENV} is not set")
        return 0.5

    def _path(self) -> Path:
        return Path(os.environ[ENV])

    def load_row(self) -> dict:
        path = self._path()
        return json.loads(path.read_text("utf-8")) if path.exists() else {}

    def _save(self, data: dict) -> None:
        path = self._path()
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)

    def get_password(self, service: str, username: str) -> str | None:
        return self.load_row().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self.load_row()
        data.setdefault(service, {})[username] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self.load_row()
        if username not in data.get(service, {}):
            raise PasswordDeleteError(username)
        del data[service][username]
        self._save(data)
