"""Transmission tests use the shared SMTP server and keep rendered files in a temporary folder."""

from typing import Any

import pytest


@pytest.fixture(autouse=True)
def _media_in_tmp(media_root: Any) -> None:
    return None
