"""Transmission tests use the shared SMTP server and keep rendered files in a temporary folder."""

from typing import Any

import pytest

from tests.conftest import media_root, smtp_down, smtp_server  # noqa: F401


@pytest.fixture(autouse=True)
def _media_in_tmp(media_root: Any) -> None:  # noqa: F811
    return None
