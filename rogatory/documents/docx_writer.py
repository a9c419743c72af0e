"""Write a Sheet as DOCX. Table rows are built as WordprocessingML directly: python-docx's
add_row/merge copy and re-scan the whole table per call, which made a 150-row form slow.
"""

import io
import re
from collections.abc import Iterable

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt

from rogatory.core.languages import is_rtl
from rogatory.documents.fonts import DOCX_FONTS
from rogatory.documents.sheet import Row, Sheet, is_right_to_left

_PLACEHOLDER = re.compile(r"\{(page|pages)\}")
_TABLE_WIDTH_TWIPS = 10772  # A4 (210 mm) minus 2 x 15 mm margins
_HALF = _TABLE_WIDTH_TWIPS // 2
_FIELD_CODES = {"page": "PAGE", "pages": "NUMPAGES"}


def _element(tag: str, **attributes: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _run(
    text: str, *, bold: bool = False, size_half_points: int = 0, rtl: bool = False
) -> BaseOxmlElement:
    run = _element("w:r")
    properties = _element("w:rPr")
    if bold:
        properties.append(_element("w:b"))
    if rtl:
        properties.append(_element("w:rtl"))
    if size_half_points:
        properties.append(_element("w:sz", val=str(size_half_points)))
    if len(properties):
        run.append(properties)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if index:
            run.append(_element("w:br"))
        text_element = _element("w:t")
        text_element.set(qn("xml:space"), "preserve")
        text_element.text = line
        run.append(text_element)
    return run


def _paragraph(
    runs: Iterable[BaseOxmlElement], *, rtl: bool = False, keep_with_next: bool = False
) -> BaseOxmlElement:
    paragraph = _element("w:p")
    properties = _element("w:pPr")
    if keep_with_next:
        properties.append(_element("w:keepNext"))
    properties.append(_element("w:spacing", before="0", after="0"))
    if rtl:
        properties.append(_element("w:bidi"))
    paragraph.append(properties)
    for run in runs:
        paragraph.append(run)
    return paragraph


def _cell(paragraph: BaseOxmlElement, *, span: int = 1, fill: str = "") -> BaseOxmlElement:
    cell = _element("w:tc")
    properties = _element("w:tcPr")
    properties.append(_element("w:tcW", w=str(_HALF * span), type="dxa"))
    if span > 1:
        properties.append(_element("w:gridSpan", val=str(span)))
    if fill:
        properties.append(_element("w:shd", val="clear", color="auto", fill=fill))
    cell.append(properties)
    cell.append(paragraph)
    return cell


def _row(
    cells: Iterable[BaseOxmlElement], *, height_twips: int = 0, keep_together: bool = True
) -> BaseOxmlElement:
    row = _element("w:tr")
    properties = _element("w:trPr")
    if keep_together:
        properties.append(_element("w:cantSplit"))
    if height_twips:
        properties.append(_element("w:trHeight", val=str(height_twips), hRule="atLeast"))
    row.append(properties)
    for cell in cells:
        row.append(cell)
    return row


def _label_cells(
    row: Row, *, fill: str, bold: bool, rtl_columns: tuple[bool, bool]
) -> list[BaseOxmlElement]:
    cells = []
    for label, rtl in zip(row.labels, rtl_columns, strict=True):
        runs = []
        if row.number:
            runs.append(_run(f"{row.number}  ", bold=True, size_half_points=17))
        runs.append(_run(label, bold=bold, size_half_points=17, rtl=rtl))
        cells.append(_cell(_paragraph(runs, keep_with_next=True, rtl=rtl), fill=fill))
    return cells


def _form_rows(sheet: Sheet) -> list[BaseOxmlElement]:
    # A right-to-left language (Arabic) gets bidi paragraphs and rtl runs in its own column.
    first, second = (is_rtl(language) for language in sheet.languages)
    rtl_columns = (first, second)
    rows = []
    for row in sheet.rows:
        if row.kind == "heading":
            rows.append(_row(_label_cells(row, fill="E6E9EF", bold=True, rtl_columns=rtl_columns)))
            continue
        rows.append(_row(_label_cells(row, fill="F5F6F8", bold=False, rtl_columns=rtl_columns)))
        if row.kind == "blank":
            rows.append(_row([_cell(_paragraph([]), span=2)], height_twips=1814))
        elif row.fixed is not None:
            rows.append(
                _row(
                    [
                        _cell(_paragraph([_run(text, rtl=rtl)], rtl=rtl))
                        for text, rtl in zip(row.fixed, rtl_columns, strict=True)
                    ]
                )
            )
        else:
            rtl = is_right_to_left(row.value)
            rows.append(
                _row(
                    [_cell(_paragraph([_run(row.value, rtl=rtl)], rtl=rtl), span=2)],
                    keep_together=False,
                )
            )
    return rows


def _table(rows: Iterable[BaseOxmlElement], *, borders: bool) -> BaseOxmlElement:
    table = _element("w:tbl")
    properties = _element("w:tblPr")
    properties.append(_element("w:tblW", w=str(_TABLE_WIDTH_TWIPS), type="dxa"))
    properties.append(_element("w:tblLayout", type="fixed"))
    if borders:
        edges = _element("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            edges.append(_element(f"w:{edge}", val="single", sz="4", space="0", color="777777"))
        properties.append(edges)
    margins = _element("w:tblCellMar")
    for edge in ("left", "right"):
        margins.append(_element(f"w:{edge}", w="100", type="dxa"))
    properties.append(margins)
    table.append(properties)
    grid = _element("w:tblGrid")
    for _ in range(2):
        grid.append(_element("w:gridCol", w=str(_HALF)))
    table.append(grid)
    for row in rows:
        table.append(row)
    return table


def _page_number_runs(page_format: str) -> list[BaseOxmlElement]:
    runs: list[BaseOxmlElement] = []
    position = 0
    for match in _PLACEHOLDER.finditer(page_format):
        if match.start() > position:
            runs.append(_run(page_format[position : match.start()], size_half_points=16))
        field = _element("w:fldSimple", instr=_FIELD_CODES[match.group(1)])
        field.append(_run("1", size_half_points=16))
        runs.append(field)
        position = match.end()
    if position < len(page_format):
        runs.append(_run(page_format[position:], size_half_points=16))
    return runs


def write_docx(sheet: Sheet) -> bytes:
    """Return the sheet as a DOCX file: A4, header, page X of Y, two-column form."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(15)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)

    normal = document.styles["Normal"]
    normal.font.size = Pt(9.5)
    normal.font.name = DOCX_FONTS["ascii"]
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), DOCX_FONTS["east_asia"])
    fonts.set(qn("w:cs"), DOCX_FONTS["complex"])

    reference_label = " / ".join(dict.fromkeys(sheet.reference_labels))
    date_label = " / ".join(dict.fromkeys(sheet.date_labels))
    header = section.header.paragraphs[0]._p
    header.append(
        _run(
            f"{sheet.authority}\n{reference_label}: {sheet.reference}   {date_label}: {sheet.date}",
            size_half_points=16,
        )
    )
    footer_paragraph = section.footer.paragraphs[0]
    footer_paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer = footer_paragraph._p
    first, second = sheet.page_formats
    for run in _page_number_runs(first):
        footer.append(run)
    if second != first:
        footer.append(_run("  ·  ", size_half_points=16))
        for run in _page_number_runs(second):
            footer.append(run)

    body = document.element.body
    section_properties = body[-1]
    titles = _table(
        [
            _row(
                [
                    _cell(
                        _paragraph(
                            [
                                _run(title, bold=True, size_half_points=26, rtl=is_rtl(language)),
                                _run("\n"),
                                _run(subtitle, size_half_points=17, rtl=is_rtl(language)),
                            ],
                            rtl=is_rtl(language),
                        )
                    )
                    for title, subtitle, language in zip(
                        sheet.titles, sheet.subtitles, sheet.languages, strict=True
                    )
                ]
            )
        ],
        borders=False,
    )
    section_properties.addprevious(titles)
    section_properties.addprevious(_paragraph([]))
    section_properties.addprevious(_table(_form_rows(sheet), borders=True))
    # Word requires a paragraph after a table at the end of the body.
    section_properties.addprevious(_paragraph([]))

    output = io.BytesIO()
    document.save(output)
    return output.getvalue()
