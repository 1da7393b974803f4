"""briefdesk's core: reading articles, extracting facts, merging and exporting briefs.

Nothing in this package imports Textual.
"""
from __future__ import annotations

__version__ = "0.1.0"
