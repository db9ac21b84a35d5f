"""The progress bar of ``whosaid ingest`` (rich), and the input count for its ETA."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn

if TYPE_CHECKING:
    from whosaid.store import IngestStats

__all__ = ["IngestProgress", "count_inputs"]


def count_inputs(paths: Sequence[str]) -> int | None:
    """Roughly how many articles ``paths`` hold (for the ETA); None if unknown.

    :func:`whosaid.ingest.count_inputs`: bounded reads, and FIFOs or devices
    in folders are never opened.
    """
    from whosaid.ingest import count_inputs as count

    return count(paths) or None


class IngestProgress:
    """A rich progress bar: done/total, stored/skipped/failed, rate, ETA.

    Call it with each :class:`~whosaid.store.IngestStats`; the line is
    redrawn at most every ``interval`` seconds of the run; :meth:`close`
    shows the final counts and ends the line.
    """

    def __init__(
        self,
        total: int | None,
        *,
        console: Console | None = None,
        interval: float = 0.25,
    ) -> None:
        count = "{task.completed}/{task.total}" if total else "{task.completed}"
        self._progress = Progress(
            TextColumn(count + " articles"),
            BarColumn(),
            TextColumn("{task.fields[counts]}"),
            console=console or Console(file=sys.stderr),
            auto_refresh=False,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._total = total
        self.interval = interval
        self._shown = -interval
        self._task = self._progress.add_task("ingest", total=total, counts="")
        self._progress.start()

    def __call__(self, stats: IngestStats) -> None:
        self._progress.update(
            self._task,
            completed=stats.done,
            counts=self._counts(stats),
        )
        if stats.seconds - self._shown >= self.interval:
            self._shown = stats.seconds
            self._progress.refresh()

    def _counts(self, stats: IngestStats) -> str:
        """``N stored, N skipped, N failed, R/s[, ETA H:MM:SS]``."""
        rate = stats.done / stats.seconds if stats.seconds > 0 else 0.0
        line = (
            f"{stats.stored} stored, {stats.skipped} skipped, "
            f"{stats.failed} failed, {rate:.1f}/s"
        )
        if self._total and rate > 0 and stats.done < self._total:
            left = int((self._total - stats.done) / rate)
            line += f", ETA {left // 3600:d}:{left // 60 % 60:02d}:{left % 60:02d}"
        return line

    def close(self) -> None:
        """Show the final counts and end the line (idempotent)."""
        self._progress.refresh()
        self._progress.stop()
