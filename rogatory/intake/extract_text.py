"""Files to text per page: PDF text layer, OCR of scans and images, DOCX, e-mail, plain text.

Pure apart from running tesseract: everything is read in memory and either fully succeeds or
raises ValidationFailed with a clear message, so the caller never writes half a document.
"""

import base64
import binascii
import codecs
import io
import re
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import PurePosixPath, PureWindowsPath

from rogatory.core.errors import ValidationFailed
from rogatory.intake.limits import Limits
from rogatory.intake.ocr import OcrPage, ocr_image

# A page whose text layer has fewer letters than this is treated as a scan and sent to OCR.
MIN_TEXT_LAYER_LETTERS = 20
OCR_DPI = 300

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
EMAIL = "message/rfc822"
TEXT = "text/plain"
IMAGE_TYPES = {
    b"\x89PNG": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"II*\x00": "image/tiff",
    b"MM\x00*": "image/tiff",
    b"GIF8": "image/gif",
    b"BM": "image/bmp",
}
_EMAIL_HEADER = re.compile(
    rb"^(From|To|Subject|Date|Received|MIME-Version|Message-ID|Return-Path):", re.I | re.M
)


@dataclass(frozen=True)
class Page:
    number: int
    text: str
    method: str  # "text_layer" or "ocr"
    ocr_confidence: float | None = None
    ocr_doubtful: tuple[tuple[int, int, float], ...] = ()


@dataclass(frozen=True)
class Attachment:
    file_name: str
    data: bytes


@dataclass
class Extracted:
    media_type: str
    pages: list[Page]
    attachments: list[Attachment] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


class _Deadline:
    def __init__(self, seconds: float) -> None:
        self.ends_at = time.monotonic() + seconds

    def remaining(self) -> float:
        left = self.ends_at - time.monotonic()
        if left <= 0:
            raise ValidationFailed("The document took longer than the time allowed to process.")
        return left


def detect_media_type(file_name: str, data: bytes) -> str:
    """Return the media type from the file's first bytes (the name only breaks ties)."""
    head = data[:8]
    if data[:1024].lstrip().startswith(b"%PDF"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return DOCX
    for magic, media_type in IMAGE_TYPES.items():
        if head.startswith(magic):
            return media_type
    if file_name.lower().endswith(".eml") or len(_EMAIL_HEADER.findall(data[:4096])) >= 2:
        return EMAIL
    return TEXT


def safe_file_name(name: str) -> str:
    """Keep only the last component of an attachment's name, without control characters."""
    base = PureWindowsPath(PurePosixPath(name.replace("\x00", "")).name).name
    cleaned = "".join(c for c in base if unicodedata.category(c)[0] != "C").strip(" .")
    return cleaned[:200] or "attachment"


def _pdf_pages(data: bytes, limits: Limits, deadline: _Deadline) -> list[Page]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise ValidationFailed(
                "The PDF is encrypted: ask the sender for a copy without a password."
            ) from None
        raise ValidationFailed("The PDF is damaged and cannot be read.") from None
    try:
        count = len(pdf)
        if count > limits.max_pages:
            raise ValidationFailed(
                f"The document has {count} pages; at most {limits.max_pages} are accepted."
            )
        pages: list[Page] = []
        # The pages of a scan are mostly in one language: each is read with the packs of the
        # one before it first, which spares the probe (0.15-0.7 CPU s a page on the bench).
        previous: OcrPage | None = None
        for index in range(count):
            deadline.remaining()
            page = pdf[index]
            text = page.get_textpage().get_text_bounded().replace("\r\n", "\n")
            if sum(c.isalpha() for c in text) >= MIN_TEXT_LAYER_LETTERS:
                pages.append(Page(index + 1, text, "text_layer"))
                continue
            image = page.render(scale=OCR_DPI / 72).to_pil()
            found = ocr_image(image, timeout=deadline.remaining(), previous=previous)
            previous = found
            pages.append(Page(index + 1, found.text, "ocr", found.confidence, found.doubtful))
        return pages
    finally:
        pdf.close()


def _image_pages(data: bytes, deadline: _Deadline) -> list[Page]:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise ValidationFailed("The image is damaged or too large to read.") from None
    found = ocr_image(image, timeout=deadline.remaining())
    return [Page(1, found.text, "ocr", found.confidence, found.doubtful)]


def _docx_pages(data: bytes, limits: Limits) -> list[Page]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise ValidationFailed("The Word file is damaged and cannot be read.") from None
    if len(entries) > limits.max_zip_entries:
        raise ValidationFailed(
            f"The Word file holds {len(entries)} parts; at most {limits.max_zip_entries} are "
            "accepted."
        )
    # Declared sizes can lie, but python-docx reads only the parts it needs, and a part that
    # expands past its declared size fails zipfile's own CRC/size check.
    if sum(entry.file_size for entry in entries) > limits.max_zip_uncompressed_bytes:
        raise ValidationFailed("The Word file expands beyond the size allowed (a zip bomb?).")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many types for bad packages
        raise ValidationFailed("The Word file is damaged and cannot be read.") from None
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return [Page(1, "\n".join(lines), "text_layer")]


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Decode plain text: BOM first, then charset-normalizer, else latin-1 with a flag."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # Rank by least chaos, then most coherence: best() alone prefers cp1250 over cp1252 for
    # short French text, which turns "à" into "ŕ".
    matches = sorted(from_bytes(data), key=lambda m: (m.chaos, -m.coherence))
    if matches:
        return str(matches[0]), []
    return data.decode("latin-1"), ["encoding_guessed"]


def _email(data: bytes, limits: Limits) -> Extracted:
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)  # policy.default builds EmailMessage
    body = message.get_body(preferencelist=("plain", "html"))
    text = ""
    if body is not None:
        content = body.get_content()
        text = content if isinstance(content, str) else ""
        # A part with 8-bit text and no charset is read as ASCII; senders mean UTF-8 or a
        # local code page, so the bytes are decoded as plain text is.
        raw = body.get_payload(decode=True)
        if "\ufffd" in text and body.get_content_charset() is None and isinstance(raw, bytes):
            text = decode_text(raw)[0]
        if body.get_content_type() == "text/html":
            text = re.sub(r"<[^>]+>", " ", text)
    header = "\n".join(
        f"{name}: {message[name]}" for name in ("From", "To", "Date", "Subject") if message[name]
    )
    attachments: list[Attachment] = []
    for part in message.iter_attachments():
        assert isinstance(part, EmailMessage)
        if part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) else payload
            raw = inner.as_bytes() if hasattr(inner, "as_bytes") else b""
            # RFC 2046 forbids encoding a message/rfc822 part, but senders do: undo base64.
            if str(part.get("Content-Transfer-Encoding", "")).lower() == "base64":
                try:
                    raw = base64.b64decode(raw, validate=False)
                except binascii.Error:
                    raise ValidationFailed("An attached e-mail is damaged.") from None
            attachments.append(
                Attachment(safe_file_name(part.get_filename() or "message.eml"), raw)
            )
            continue
        content = part.get_payload(decode=True)
        if isinstance(content, bytes):
            attachments.append(Attachment(safe_file_name(part.get_filename() or ""), content))
    if sum(len(a.data) for a in attachments) > limits.max_bytes:
        raise ValidationFailed("The e-mail's attachments exceed the size allowed.")
    return Extracted(EMAIL, [Page(1, f"{header}\n\n{text}".strip(), "text_layer")], attachments)


def extract(file_name: str, data: bytes, limits: Limits) -> Extracted:
    """Return the text of every page of a file, and an e-mail's attachments, or raise."""
    if len(data) > limits.max_bytes:
        raise ValidationFailed(
            f"The file is {len(data)} bytes; at most {limits.max_bytes} are accepted."
        )
    if not data:
        raise ValidationFailed("The file is empty.")
    deadline = _Deadline(limits.max_seconds)
    media_type = detect_media_type(file_name, data)
    if media_type == PDF:
        return Extracted(media_type, _pdf_pages(data, limits, deadline))
    if media_type == DOCX:
        return Extracted(media_type, _docx_pages(data, limits))
    if media_type.startswith("image/"):
        return Extracted(media_type, _image_pages(data, deadline))
    if media_type == EMAIL:
        return _email(data, limits)
    text, flags = decode_text(data)
    return Extracted(TEXT, [Page(1, text, "text_layer")], flags=flags)
