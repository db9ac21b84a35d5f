"""whosaid: who said what, to or about whom, in news articles."""

from whosaid._version import __version__

__all__ = ["__version__"]
