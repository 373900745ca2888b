"""Where the mock keeps resources: in memory, or in a SQLite file that survives restarts."""

from __future__ import annotations

import json
import sqlite3
import threading
from typing import Any


class Store:
    """Resources by collection key (a collection path with its parameters filled) and id."""

    def __init__(self, path: str | None = None) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path or ":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS resources ("
            " collection TEXT, id TEXT, position INTEGER, data TEXT, PRIMARY KEY (collection, id))"
        )
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER)"
        )
        self._db.commit()

    def next_number(self, name: str) -> int:
        """1, 2, 3, ... for each name (numeric ids), kept with the resources."""
        with self._lock:
            row = self._db.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
            value = (row[0] if row else 0) + 1
            self._db.execute("INSERT OR REPLACE INTO counters VALUES (?, ?)", (name, value))
            self._db.commit()
        return int(value)

    def put(self, collection: str, ident: str, data: dict[str, Any]) -> None:
        with self._lock:
            row = self._db.execute(
                "SELECT position FROM resources WHERE collection = ? AND id = ?",
                (collection, ident),
            ).fetchone()
            position = row[0] if row else self._next_position()
            self._db.execute(
                "INSERT OR REPLACE INTO resources VALUES (?, ?, ?, ?)",
                (collection, ident, position, json.dumps(data)),
            )
            self._db.commit()

    def _next_position(self) -> int:
        (value,) = self._db.execute(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM resources"
        ).fetchone()
        return int(value)

    def get(self, collection: str, ident: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT data FROM resources WHERE collection = ? AND id = ?", (collection, ident)
            ).fetchone()
        return json.loads(row[0]) if row else None

    def list(self, collection: str) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT data FROM resources WHERE collection = ? ORDER BY position", (collection,)
            ).fetchall()
        return [json.loads(data) for (data,) in rows]

    def delete(self, collection: str, ident: str) -> bool:
        with self._lock:
            cursor = self._db.execute(
                "DELETE FROM resources WHERE collection = ? AND id = ?", (collection, ident)
            )
            self._db.commit()
        return cursor.rowcount > 0

    def close(self) -> None:
        self._db.close()
