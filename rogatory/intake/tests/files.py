"""Real files made in the tests: PDFs with WeasyPrint, scans with Pillow and the Noto fonts."""

import io
import re
import zipfile
from email.message import EmailMessage

from PIL import Image, ImageDraw, ImageFont

NOTO = {
    "latin": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "devanagari": "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    "cjk": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
}


def pdf_from_html(html: str) -> bytes:
    """Render HTML to a PDF with a text layer."""
    from weasyprint import HTML

    rendered: bytes = HTML(string=html).write_pdf()
    return rendered


def scan(lines: list[str], *, script: str = "latin", size: int = 44) -> Image.Image:
    """Draw lines of text on a white A4 page at 300 dpi, as a scanner would give it."""
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(NOTO[script], size)
    latin = ImageFont.truetype(NOTO["latin"], size)
    y = 250
    for line in lines:
        x = 220.0
        # The Devanagari font has no Latin letters: draw ASCII runs with the Latin font.
        for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", line):
            chosen = latin if run.isascii() else font
            draw.text((x, y), run, font=chosen, fill=0)
            x += chosen.getlength(run)
        y += int(size * 1.9)
    return image


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def scanned_pdf(images: list[Image.Image]) -> bytes:
    """Wrap page images into a PDF without a text layer."""
    buffer = io.BytesIO()
    rgb = [image.convert("RGB") for image in images]
    rgb[0].save(buffer, format="PDF", save_all=True, append_images=rgb[1:], resolution=300)
    return buffer.getvalue()


def docx_file(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bomb_docx(entries: int = 0, expanded: int = 0) -> bytes:
    """A .docx-looking zip with too many entries or an entry that expands enormously."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for index in range(entries):
            archive.writestr(f"word/media/x{index}.xml", "")
        if expanded:
            archive.writestr("word/document.xml", b"\0" * expanded)
    return buffer.getvalue()


def email_file(
    body: str, attachments: list[tuple[str, bytes, str]], subject: str = "Request"
) -> bytes:
    message = EmailMessage()
    message["From"] = "Parquet <parquet@justice.example>"
    message["To"] = "poc247@de-bka.example"
    message["Subject"] = subject
    message["Date"] = "Mon, 10 Mar 2025 09:00:00 +0100"
    message.set_content(body)
    for name, data, media_type in attachments:
        main, sub = media_type.split("/")
        message.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return message.as_bytes()
