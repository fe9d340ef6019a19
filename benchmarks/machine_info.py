"""What the bench scripts share: printing, the machine they ran on, running a script as a child."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def say(*parts: object) -> None:
    """Print at once: a benchmark's progress should show while it runs."""
    print(*parts, flush=True)


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Print a Markdown table."""
    say("| " + " | ".join(header) + " |")
    say("|" + "---|" * len(header))
    for row in rows:
        say("| " + " | ".join(row) + " |")


def machine(packages: Sequence[str]) -> dict[str, str]:
    """Platform, Python, CPU, cores, load, package versions, git commit and date."""
    cpu = platform.processor() or "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next(
                (line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu
            )
    except OSError:
        pass
    cores = str(os.cpu_count())
    if hasattr(os, "sched_getaffinity"):
        cores += f" ({len(os.sched_getaffinity(0))} usable)"
    versions = []
    for dist in packages:
        try:
            versions.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist} missing")
    try:
        head = _git("rev-parse", "--short", "HEAD")
        commit = head + (" + uncommitted changes" if _git("status", "--porcelain") else "")
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return {
        "platform": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "cpu": cpu,
        "cores": cores,
        "load average": load,
        "packages": ", ".join(versions),
        "commit": commit,
        "date": datetime.now().astimezone().isoformat(timespec="seconds"),
    }


def _git(*argv: str) -> str:
    return subprocess.run(
        ["git", "-C", str(PROJECT_ROOT), *argv], capture_output=True, text=True, check=True
    ).stdout.strip()


def run_child(script: Path, argv: list[str], timeout: float) -> dict[str, Any] | str:
    """Run ``script`` as a child; the JSON object on its last line of output, or "TIMEOUT" /
    "ERROR: ..." with the last line it wrote to stderr."""
    try:
        proc = subprocess.run(
            [sys.executable, str(script), *argv],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return "TIMEOUT"
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["exit status " + str(proc.returncode)])[-1]
        return f"ERROR: {last[:300]}"
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result
