"""Attribution stage: find source, cue and content spans in a parsed Doc."""

from whosaid.attribution.extract import extract_attributions

__all__ = ["extract_attributions"]
