"""The exact font files the documents embed (docs/decisions/0001-fonts-and-pdf-rendering.md).

Naming files instead of trusting fontconfig fallback keeps the slow CFF Noto CJK face out of
the PDF: its subsetting dominated rendering time. Debian packages provide every file
(scripts/ensure-system-packages.sh).
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

FONT_DIRECTORY = Path("/usr/share/fonts/truetype")


@dataclass(frozen=True)
class FontFace:
    family: str
    path: Path
    weight: str = "normal"
    package: str = ""


# Order matters: it is the CSS fallback order. Latin first so that the CJK face, which also
# holds Latin glyphs, never typesets the form's fixed text.
FONT_FACES: tuple[FontFace, ...] = (
    FontFace(
        "Rogatory Latin", FONT_DIRECTORY / "noto/NotoSans-Regular.ttf", "normal", "fonts-noto-core"
    ),
    FontFace(
        "Rogatory Latin", FONT_DIRECTORY / "noto/NotoSans-Bold.ttf", "bold", "fonts-noto-core"
    ),
    FontFace(
        "Rogatory Arabic",
        FONT_DIRECTORY / "noto/NotoSansArabic-Regular.ttf",
        "normal",
        "fonts-noto-core",
    ),
    FontFace(
        "Rogatory Arabic",
        FONT_DIRECTORY / "noto/NotoSansArabic-Bold.ttf",
        "bold",
        "fonts-noto-core",
    ),
    FontFace(
        "Rogatory Devanagari",
        FONT_DIRECTORY / "noto/NotoSansDevanagari-Regular.ttf",
        "normal",
        "fonts-noto-core",
    ),
    FontFace(
        "Rogatory Devanagari",
        FONT_DIRECTORY / "noto/NotoSansDevanagari-Bold.ttf",
        "bold",
        "fonts-noto-core",
    ),
    # TrueType (glyf) CJK face: subsets in milliseconds where Noto Sans CJK (CFF) takes seconds.
    FontFace(
        "Rogatory CJK",
        FONT_DIRECTORY / "droid/DroidSansFallbackFull.ttf",
        "normal",
        "fonts-droid-fallback",
    ),
)

FONT_FAMILIES: tuple[str, ...] = tuple(dict.fromkeys(face.family for face in FONT_FACES))

# What Word should ask for in DOCX (the reader's machine picks its own files).
DOCX_FONTS = {
    "ascii": "Noto Sans",
    "east_asia": "Droid Sans Fallback",
    "complex": "Noto Sans Arabic",
}


class FontMissing(ImproperlyConfigured):
    """A font file the documents need is not installed: a deployment fault, not a user's."""


@cache
def font_face_css() -> str:
    """Return the @font-face rules for the embedded fonts, after checking the files exist."""
    missing = [face for face in FONT_FACES if not face.path.is_file()]
    if missing:
        packages = " ".join(sorted({face.package for face in missing}))
        raise FontMissing(
            f"font files missing: {', '.join(str(face.path) for face in missing)}; "
            f"install {packages} (scripts/ensure-system-packages.sh)"
        )
    rules = [
        f"@font-face {{ font-family: '{face.family}'; src: url('{face.path.as_uri()}'); "
        f"font-weight: {face.weight}; }}"
        for face in FONT_FACES
    ]
    return "\n".join(rules)
