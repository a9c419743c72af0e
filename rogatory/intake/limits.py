"""The limits a hostile file meets, read from settings when a file is processed (never at import)."""

from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 500
    max_seconds: float = 60.0
    max_zip_entries: int = 2000
    max_zip_uncompressed_bytes: int = 200 * 1024 * 1024
    max_attachment_depth: int = 3


def current_limits() -> Limits:
    """Return the limits configured in settings (INTAKE_MAX_*), defaults otherwise."""
    default = Limits()
    return Limits(
        max_bytes=getattr(settings, "INTAKE_MAX_BYTES", default.max_bytes),
        max_pages=getattr(settings, "INTAKE_MAX_PAGES", default.max_pages),
        max_seconds=getattr(settings, "INTAKE_MAX_SECONDS", default.max_seconds),
        max_zip_entries=getattr(settings, "INTAKE_MAX_ZIP_ENTRIES", default.max_zip_entries),
        max_zip_uncompressed_bytes=getattr(
            settings, "INTAKE_MAX_ZIP_UNCOMPRESSED_BYTES", default.max_zip_uncompressed_bytes
        ),
    )
