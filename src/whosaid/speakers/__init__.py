"""Speaker resolution: map each attribution's source to a named speaker."""

from whosaid.speakers.resolve import resolve_speakers

__all__ = ["resolve_speakers"]
