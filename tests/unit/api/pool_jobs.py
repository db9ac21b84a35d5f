"""Jobs for the analysis-pool tests, importable by the pool's child processes."""

from __future__ import annotations

import os
import time
from typing import Any


def sleepy(payload: dict[str, Any]) -> dict[str, Any]:
    """Sleep ``payload["sleep"]`` seconds (0 by default); say which process."""
    time.sleep(float(payload.get("sleep", 0)))
    if payload.get("fail"):
        raise ValueError("bad payload")
    return {"pid": os.getpid(), "echo": payload.get("echo")}
