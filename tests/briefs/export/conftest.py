"""Fixtures for the export tests, and the switch that rewrites golden files.

Golden files are compared exactly. To rewrite them after a deliberate change, run
`BRIEFDESK_UPDATE_GOLDEN=1 pytest tests/briefs/export` (or `pytest tests/briefs/export
--update-golden`, which needs this folder on the command line) and review the diff before committing.
"""
from __future__ import annotations

import os

import pytest

from briefs.model import Brief
from export_sample import sample_brief


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/ files instead of comparing with them")


@pytest.fixture
def update_golden(request) -> bool:
    option = request.config.getoption("--update-golden", default=False)
    return bool(option) or os.environ.get("BRIEFDESK_UPDATE_GOLDEN", "") not in ("", "0")


@pytest.fixture
def brief() -> Brief:
    return sample_brief()
