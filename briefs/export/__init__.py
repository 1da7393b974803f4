"""Turning a Brief into files: the JSON contract, TOML and Markdown briefing notes."""
