"""OCR picks its packs from the page before reading it, and reads doubtful words again.

The letters are fictional; each page is drawn at 300 dpi with the Noto fonts, a font per script.
"""

import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont

from rogatory.core.errors import ValidationFailed
from rogatory.intake import ocr
from rogatory.intake.ocr import ocr_image
from rogatory.intake.ocr_repair import Word
from rogatory.intake.tests import files, letters

GERMAN = [
    "Staatsanwaltschaft Musterstadt",
    "Geschäftszeichen: 1 Gs 378/24",
    "In dem oben genannten Ermittlungsverfahren bitte ich um Übermittlung der Daten.",
    "Nutzerkonto: „nebelkraehe“ auf https://forum.example.de/u/4711",
    "Mit freundlichen Grüßen, Oberstaatsanwältin",
]
RUSSIAN = [
    "Следственный комитет",
    "Уголовное дело № 12402450001000123",
    "Прошу сохранить данные учётной записи «снежный_барс».",
    "Адрес страницы: https://forum.example.ru/u/8841",
]
MARATHI = [
    "महाराष्ट्र पोलीस",
    "संदर्भ क्र. : MH/CYB/2025/0193",
    "कृपया खालील खात्याची माहिती जतन करावी.",
    'वापरकर्तानाव "ночной_волк"',
    "https://example-forum.in/u/raat_pakshi",
    "आपला विश्वासू, पोलीस निरीक्षक",
]
HINDI = [
    "साइबर अपराध प्रकोष्ठ, दिल्ली पुलिस",
    "सूचना पत्र",
    "प्राथमिकी संख्या RC05612022A7695",
    "निम्नलिखित जानकारी मांगी जाती है :",
    'उपयोगकर्ता नाम "raja_bhai_21"',
]
ADDRESSES = [
    "Nous requérons la communication des données relatives aux adresses suivantes :",
    "- https://m.marche-noir.info/view/40666",
    "Adresse électronique : m.exemple@forum.zephyr.example.com",
]
_RUNS = re.compile(
    r"[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+)*|[\u3000-\u9fff]+|[^\u0900-\u097f\u3000-\u9fff]+"
)


def _page(
    lines: list[str], *, size: int = 44, width: int = 2480, height: int = 3508
) -> Image.Image:
    """An A4 page with each run of text in its script's font (Noto Sans has Latin and Cyrillic)."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    fonts = {name: ImageFont.truetype(path, size) for name, path in files.NOTO.items()}
    y = size * 5
    for line in lines:
        x = size * 5.0
        for run in _RUNS.findall(line):
            script = (
                "devanagari"
                if "\u0900" <= run[0] <= "\u097f"
                else "cjk"
                if "\u3000" <= run[0] <= "\u9fff"
                else "latin"
            )
            draw.text((x, y), run, font=fonts[script], fill=0)
            x += fonts[script].getlength(run)
        y += int(size * 1.9)
    return image


@pytest.mark.parametrize(
    ("page", "packs", "read"),
    [
        (_page(letters.FRENCH), "fra+eng", "RÉQUISITION JUDICIAIRE"),
        (_page(GERMAN), "deu+eng", "Geschäftszeichen: 1 Gs 378/24"),
        (_page(RUSSIAN), "rus+eng", "Уголовное дело № 12402450001000123"),
        (_page(letters.CHINESE), "chi_sim", "2207-3318-0415"),
        (_page(MARATHI), "mar+hin+eng", "संदर्भ क्र"),
        (_page(HINDI), "hin+mar+eng", "साइबर अपराध प्रकोष्ठ"),
    ],
    ids=["french", "german", "russian", "chinese", "marathi", "hindi"],
)
def test_a_page_is_read_with_the_packs_of_its_script_and_language(
    page: Image.Image, packs: str, read: str
) -> None:
    found = ocr_image(page, timeout=60)
    assert found.languages == packs
    assert read in found.text
    assert found.confidence > 0.85


def test_a_cyrillic_pseudonym_in_a_marathi_letter_is_read_again_with_the_russian_pack() -> None:
    assert 'वापरकर्तानाव "ночной_волк"' in ocr_image(_page(MARATHI), timeout=60).text


def test_identifiers_misread_inside_devanagari_text_are_read_again_alone() -> None:
    text = ocr_image(_page(HINDI), timeout=60).text
    assert "प्राथमिकी संख्या RC05612022A7695" in text
    assert 'उपयोगकर्ता नाम "raja_bhai_21"' in text


def test_a_chinese_page_is_read_without_spaces_between_its_characters() -> None:
    text = ocr_image(_page(letters.CHINESE), timeout=60).text
    assert "临海市人民政府外事办公室" in text
    assert "2025年4月19日" in text


def test_a_dot_lost_after_an_r_in_an_address_is_found_by_reading_the_word_again() -> None:
    # Read with the whole page, both come out without their dot ("noirinfo", "zephyrexample").
    text = ocr_image(_page(ADDRESSES), timeout=60).text
    assert "- https://m.marche-noir.info/view/40666" in text
    assert "Adresse électronique : m.exemple@forum.zephyr.example.com" in text


def test_addresses_past_the_page_s_quota_are_not_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr, "MAX_LOST_DOT_READS", 1)
    text = ocr_image(_page(ADDRESSES), timeout=60).text
    assert "- https://m.marche-noir.info/view/40666" in text
    assert "Adresse électronique : m.exemple@forum.zephyrexample.com" in text


def test_packs_given_by_the_caller_are_used_as_they_are() -> None:
    found = ocr_image(_page(letters.FRENCH), timeout=60, languages="eng")
    assert found.languages == "eng"
    assert "REQUISITION JUDICIAIRE" in found.text


def test_a_photograph_larger_than_a4_at_300_dpi_is_read_at_that_size() -> None:
    photo = _page(letters.FRENCH, size=88, width=4960, height=7016)
    photo.info["dpi"] = (600, 600)
    found = ocr_image(photo, timeout=60)
    assert "Réf. : PARQUET/2025/04417" in found.text
    assert "https://forum-exemple.fr/profil/vent_du_nord" in found.text


def test_a_thread_keeps_the_packs_it_used_last_and_loads_others_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ocr, "MAX_LOADED_PACK_SETS", 2)
    line = _page(["Lyon, le 12 mars 2025"], width=1200, height=400)
    read = [
        ocr_image(line, timeout=60, languages=packs).text for packs in ("fra", "deu", "spa", "fra")
    ]
    assert [text.endswith("12 mars 2025") for text in read] == [True] * 4
    assert list(ocr._apis.by_packs) == ["spa", "fra"]


def test_ocr_past_its_time_is_refused_with_a_clear_error() -> None:
    with pytest.raises(ValidationFailed) as refused:
        ocr_image(_page(letters.FRENCH), timeout=0.001)
    assert refused.value.message == "OCR took longer than the time allowed per document."


def test_missing_language_packs_are_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    monkeypatch.setattr(ocr, "TESSDATA_FOLDERS", ())
    with pytest.raises(ValidationFailed) as refused:
        ocr_image(_page(letters.FRENCH), timeout=60)
    assert refused.value.message == (
        "OCR is not available: the Tesseract language packs are not installed."
    )


def _dense_letter() -> Image.Image:
    # 40 lines of 36-pixel print: twice the text of the letters above, the probe reads a sample.
    lines = [*letters.FRENCH, *ADDRESSES]
    return _page([lines[index % len(lines)] for index in range(40)], size=36)


def _numbered_addresses() -> Image.Image:
    hosts = ["forum-exemple.fr", "marche-noir.example.com", "zephyr.example.net"]
    rows = [
        f"{2 * row + 1}. 198.51.100.{row + 10}   https://{hosts[row % 3]}/u/{row * 37}"
        f"   {2 * row + 2}. compte{row}@{hosts[(row + 1) % 3]}"
        for row in range(38)
    ]
    return _page(["Liste des adresses relevées par les enquêteurs :", *rows], size=36)


def test_a_dense_page_is_probed_through_a_sample_of_its_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heights: list[int] = []
    recognise = ocr._recognise

    def recorded(image: Image.Image, *arguments: Any) -> Any:
        heights.append(image.height)
        return recognise(image, *arguments)

    monkeypatch.setattr(ocr, "_recognise", recorded)
    found = ocr_image(_dense_letter(), timeout=60)
    assert found.languages == "fra+eng"
    assert "Réf. : PARQUET/2025/04417" in found.text
    # The probe reads a first sample, then (a Latin page) a second one for lingua, each less
    # than the half-size page (1754 rows high); the full page is read once, after them.
    assert heights.count(3508) == 1
    probe = heights[: heights.index(3508)]
    assert len(probe) >= 2
    assert all(height < 1754 * 0.75 for height in probe)


def test_a_dense_page_in_another_script_is_named_from_the_first_sample_and_short_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[tuple[str, int, int]] = []
    recognise = ocr._recognise

    def recorded(image: Image.Image, packs: str, *arguments: Any) -> Any:
        reads.append((packs, image.width, image.height))
        return recognise(image, packs, *arguments)

    monkeypatch.setattr(ocr, "_recognise", recorded)
    page = _page(
        [letters.CHINESE[index % 6] + "，请协助保全以下数据" for index in range(40)], size=36
    )
    found = ocr_image(page, timeout=60)
    assert found.languages == "chi_sim"
    full = reads.index(("chi_sim", 2480, 3508))
    probe = reads[:full]
    # One sample at half size (the page is surely in another script: no second sample), then
    # windows of the least readable lines, English first and the Han pack sure enough to
    # end the contest: Devanagari, Arabic and Cyrillic are not read.
    assert [packs for packs, _, _ in probe] == [
        "eng",
        "eng",
        "eng",
        "eng",
        "chi_sim",
        "chi_sim",
        "chi_sim",
    ]
    assert probe[0][2] < 1754 * 0.75
    assert all(width <= height * ocr.CONTEST_WIDTH_IN_HEIGHTS for _, width, height in probe[1:])


def test_a_column_of_numbers_does_not_make_a_page_of_addresses_cyrillic() -> None:
    # Read alone at half size, "13." is doubtful and the Russian pack read it surest of all.
    found = ocr_image(_numbered_addresses(), timeout=60)
    assert found.languages == "fra+eng"
    assert "https://marche-noir.example.com/u/37 4. compte1@zephyr.example.net" in found.text


def _log_export() -> Image.Image:
    # 56 lines of about 110 characters at 30 px: a log export, the densest print the bench has.
    users = ["loup_gris77", "vent_du_nord", "renard.bleu", "nuit_blanche"]
    rows = [
        f"2025-03-{row % 28 + 1:02d} {row % 24:02d}:{row * 7 % 60:02d}:00Z session opened for "
        f"user={users[row % 4]} ip=198.51.100.{row + 10} from https://forum.example.com/u/{row}"
        for row in range(56)
    ]
    return _page(rows, size=30, width=2480)


def test_a_log_export_is_read_with_english_and_keeps_its_addresses() -> None:
    found = ocr_image(_log_export(), timeout=120)
    assert found.languages == "eng"
    assert found.script == "Latin"
    addresses = set(re.findall(r"ip=(198\.51\.100\.\d+)", found.text))
    assert len(addresses) >= 50
    assert "user=loup_gris77 ip=198.51.100.10" in found.text


def test_the_next_page_of_a_scan_is_read_with_the_packs_of_the_page_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = ocr_image(_page(letters.FRENCH), timeout=60)
    probes: list[int] = []
    choose = ocr._choose_packs

    def counted(*arguments: Any) -> Any:
        probes.append(1)
        return choose(*arguments)

    monkeypatch.setattr(ocr, "_choose_packs", counted)
    again = ocr_image(_page(ADDRESSES), timeout=60, previous=first)
    assert (again.languages, again.script, probes) == ("fra+eng", "Latin", [])
    assert "- https://m.marche-noir.info/view/40666" in again.text


@pytest.mark.parametrize(
    ("before", "page", "packs"),
    [
        (letters.FRENCH, letters.CHINESE, "chi_sim"),
        (letters.CHINESE, letters.FRENCH, "fra+eng"),
        (letters.FRENCH, GERMAN, "deu+eng"),
    ],
    ids=["french-then-chinese", "chinese-then-french", "french-then-german"],
)
def test_a_page_in_another_script_or_language_than_the_one_before_is_probed_again(
    monkeypatch: pytest.MonkeyPatch, before: list[str], page: list[str], packs: str
) -> None:
    first = ocr_image(_page(before), timeout=60)
    probes: list[int] = []
    choose = ocr._choose_packs

    def counted(*arguments: Any) -> Any:
        probes.append(1)
        return choose(*arguments)

    monkeypatch.setattr(ocr, "_choose_packs", counted)
    assert ocr_image(_page(page), timeout=60, previous=first).languages == packs
    assert probes == [1]


def test_the_pages_of_a_scanned_pdf_are_probed_once_when_they_share_a_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from rogatory.intake.extract_text import extract
    from rogatory.intake.limits import current_limits

    probes: list[int] = []
    choose = ocr._choose_packs

    def counted(*arguments: Any) -> Any:
        probes.append(1)
        return choose(*arguments)

    monkeypatch.setattr(ocr, "_choose_packs", counted)
    pdf = files.scanned_pdf([_page(letters.FRENCH), _page(ADDRESSES)])
    pages = extract("scan.pdf", pdf, current_limits()).pages
    assert [page.method for page in pages] == ["ocr", "ocr"]
    assert "- https://m.marche-noir.info/view/40666" in pages[1].text
    assert probes == [1]


@pytest.mark.parametrize(
    ("first", "second", "most", "within"),
    [
        ("shadow_ops@Kkartell,info", "shadow_ops@kartell.info", 2, True),
        ("shadow_ops@Kkartell,info", "shadow_ops@kartell.info", 1, False),
        ("kitten", "sitting", 3, True),
        ("kitten", "sitting", 2, False),
        ("", "ab", 2, True),
        ("ab", "", 1, False),
        ("abc", "abc", 0, True),
    ],
)
def test_edits_between_two_readings_are_counted_within_a_band(
    first: str, second: str, most: int, within: bool
) -> None:
    assert ocr._within_edits(first, second, most) is within


@pytest.mark.parametrize(
    ("reading", "well_formed"),
    [
        ("shadow_ops@kartell.info", True),
        ("https://forum-exemple.fr/item/2184", True),
        ("zephyr.example.net", True),
        ("shadow_ops@Kkartell,info", False),
        ("https:/forum-exemple.fwitem/2184", False),
    ],
)
def test_an_address_is_well_formed_only_when_written_whole(reading: str, well_formed: bool) -> None:
    assert (ocr._WELL_FORMED_ADDRESS.fullmatch(reading) is not None) is well_formed


def _canned(monkeypatch: pytest.MonkeyPatch, readings: dict[str, tuple[str, float]]) -> list[str]:
    """Each pack reads the crop as given; returns the packs asked, in order."""
    asked: list[str] = []

    def recognise(image: Image.Image, packs: str, *arguments: Any) -> list[Any]:
        asked.append(packs)
        text, confidence = readings[packs]
        return [ocr._Line((1, 1, 1), [Word(text, 0, 0, 10, 10, confidence)])]

    monkeypatch.setattr(ocr, "_recognise", recognise)
    return asked


def test_letters_on_a_han_page_are_read_by_english_alone_when_it_reads_them_surely(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _canned(
        monkeypatch,
        {"eng": ("SZGA-2025-1222", 86.0), "chi_sim": ("SZ2GA-2025-1222", 40.0), "rus": ("", 0.0)},
    )
    run = [Word("SZ2GA-2025-1222", 0, 0, 10, 10, 14.0)]
    lines = [ocr._Line((1, 1, 1), run)]
    image = Image.new("L", (40, 20), 255)
    out = ocr._retry_doubtful_words(image, lines, "chi_sim", "Han", 300, ocr._Clock(60))
    assert out[0].words[0].text == "SZGA-2025-1222"
    # English first, sure enough that it is Latin: neither the Han pack nor another script's.
    assert asked == ["eng"]


def test_a_doubtful_word_of_a_latin_page_is_still_read_by_the_page_pack_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _canned(
        monkeypatch,
        {"fra+eng": ("réquisition", 95.0), "eng": ("requisition", 80.0), "rus": ("", 0.0)},
    )
    lines = [ocr._Line((1, 1, 1), [Word("rdquisition", 0, 0, 10, 10, 30.0)])]
    image = Image.new("L", (40, 20), 255)
    out = ocr._retry_doubtful_words(image, lines, "fra+eng", "Latin", 300, ocr._Clock(60))
    assert out[0].words[0].text == "réquisition"
    assert asked == ["fra+eng"]  # sure at 95: nothing after it can replace it


@pytest.mark.parametrize(
    "words",
    [
        # The doubtful word's box lies inside its neighbours' (read across Japanese punctuation).
        [
            Word("令和", 100, 10, 80, 40, 95.0),
            Word("7", 120, 10, 20, 40, 20.0),
            Word("年", 130, 10, 60, 40, 95.0),
        ],
        # A box of no width at the page's right edge.
        [Word("x", 10, 10, 30, 40, 95.0), Word(".", 200, 10, 0, 40, 20.0)],
    ],
)
def test_a_doubtful_word_between_overlapping_boxes_is_cropped_to_its_own(words: list[Word]) -> None:
    image = Image.new("L", (200, 60), 255)
    line = ocr._Line((1, 1, 1), words)
    crop = ocr._run_crop(image, line, 1, 2)
    assert crop.width >= 1
    assert crop.height >= 1


def test_a_table_of_addresses_is_read_row_by_row() -> None:
    # Read as columns, a row's number, IP and link came apart ("15.", "198.51", ".100.17").
    text = ocr_image(_numbered_addresses(), timeout=60).text
    rows = [line for line in text.splitlines() if "198.51.100." in line]
    found = {int(match) for line in rows for match in re.findall(r"198\.51\.100\.(\d+)\b", line)}
    assert len(found) >= 36
    assert sum("https://" in line and "@" in line for line in rows) >= 30


def test_a_host_takes_the_dots_another_reading_of_it_on_the_page_has() -> None:
    def line(index: int, text: str) -> Any:
        return ocr._Line((1, 1, index), [Word(text, 0, 10 * index, 100, 10, 91.0)])

    lines = [
        line(1, "https://zephyr.example.net/u/74"),
        line(2, "https://zephyrexample.net/u/222"),
        line(3, "compte7@zephyrexample.net"),
        line(4, "noirinfo.example"),  # named once: left to the re-read
        line(5, "ZEPHYREXAMPLE.NET"),  # hosts are case-blind: the dotted reading is taken
    ]
    fixed = [word.text for found in ocr._dots_from_the_page(lines) for word in found.words]
    assert fixed == [
        "https://zephyr.example.net/u/74",
        "https://zephyr.example.net/u/222",
        "compte7@zephyr.example.net",
        "noirinfo.example",
        "zephyr.example.net",
    ]


def test_a_wrapped_address_named_once_is_still_read_again_for_its_dots(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Inside brackets the host starts after "(": it is looked up by its own reading.
    asked = _canned(monkeypatch, {"eng": ("(elgato.negro.example.net)", 92.0)})
    lines = [ocr._Line((1, 1, 1), [Word("(elgatonegro.example.net)", 0, 0, 10, 10, 91.0)])]
    image = Image.new("L", (40, 20), 255)
    out = ocr._find_lost_dots(image, lines, "Latin", 300, ocr._Clock(60))
    assert asked == ["eng"]
    assert out[0].words[0].text == "(elgato.negro.example.net)"


def test_a_host_named_again_and_again_is_read_again_until_its_dot_shows_then_no_more(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Twelve links to one host, every one read without the dot after the "r"; read alone, the
    # third shows it. The rest take it from the page, and a mailbox of a host not yet looked
    # at is still read.
    readings = iter(
        [
            "https://marche-noirexample.com/u/1",
            "https://marche-noirexample.com/u/2",
            "https://marche-noir.example.com/u/3",
            "ombre@boutique.example.org",
        ]
    )
    asked: list[str] = []

    def recognise(image: Image.Image, packs: str, *arguments: Any) -> list[Any]:
        asked.append(packs)
        return [ocr._Line((1, 1, 1), [Word(next(readings), 0, 0, 10, 10, 93.0)])]

    monkeypatch.setattr(ocr, "_recognise", recognise)
    words = [f"https://marche-noirexample.com/u/{n}" for n in range(1, 13)]
    words.append("ombre@boutique.example.org")
    lines = [ocr._Line((1, 1, n), [Word(w, 0, 20 * n, 100, 10, 91.0)]) for n, w in enumerate(words)]
    image = Image.new("L", (200, 300), 255)
    out = ocr._dots_from_the_page(ocr._find_lost_dots(image, lines, "Latin", 300, ocr._Clock(60)))
    assert len(asked) == 4
    assert [found.words[0].text for found in out] == [
        *(f"https://marche-noir.example.com/u/{n}" for n in range(1, 13)),
        "ombre@boutique.example.org",
    ]


def test_a_host_read_as_often_as_allowed_without_a_dot_is_not_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _canned(monkeypatch, {"eng": ("https://zephyr.example.net/u/1", 93.0)})
    words = [f"https://zephyr.example.net/u/{n}" for n in range(1, 11)]
    lines = [ocr._Line((1, 1, n), [Word(w, 0, 20 * n, 100, 10, 91.0)]) for n, w in enumerate(words)]
    ocr._find_lost_dots(Image.new("L", (200, 300), 255), lines, "Latin", 300, ocr._Clock(60))
    assert len(asked) == ocr.LOST_DOT_READS_PER_HOST == 4


@pytest.mark.parametrize(
    ("core", "english", "joined"),
    [
        # Norwegian pack: "@" read "G"; English: "ø" read "o". Each keeps what it reads right.
        (
            "ola.nordmann70Gfjellbrød.example.com",
            "ola.nordmann70@fjellbrod.example.com",
            "ola.nordmann70@fjellbrød.example.com",
        ),
        ("ola.nordmann70@fjellbrød.example.com", "ola.nordmann70@fjellbrod.example.com", ""),
        ("olaGexample.com", "ola@example.co", ""),  # not lined up
        ("www.example.com", "www@example.com", ""),  # no mailbox before the host: no "@"
    ],
)
def test_an_at_sign_english_reads_is_put_into_the_page_packs_reading(
    core: str, english: str, joined: str
) -> None:
    assert ocr._at_from_english(core, english) == joined


def test_a_script_whose_pack_reads_digits_and_signs_instead_of_its_letters_is_not_chosen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A Macedonian page's least readable lines: the Devanagari pack read them confidently as
    # digits, "#" and dandas, the Cyrillic pack as Cyrillic a little less confidently.
    readings = {
        "eng": ("JaBeH OOBUHUTeN", 53.0),
        "chi_sim": ("jaBeH OoBWHVWTe 媳", 47.0),
        "jpn": ("]aBeH OO0BMHMTGe 刀", 44.0),
        "hin": ('386# 008॥#"#/॥/70०2/ वे', 89.0),
        "ara": ("أرع] ان ا/ا8 06", 27.0),
        "rus": ("Јавен обвинител", 84.0),
        "kat": ("|)|88CLI 068VILIVII6V/I მ", 50.0),
        "hye": ("|886ԲԻ| ՕՕ8/Ո։ՒՈԼԲո", 9.0),
        "sin": ("|88 ෆ/ 068", 12.0),
    }
    asked = _canned(monkeypatch, readings)
    line = ocr._Line(
        (1, 1, 1), [Word("JaBeH", 10, 10, 60, 12, 40.0), Word("OOBUHUTeN", 80, 10, 90, 12, 41.0)]
    )
    image = Image.new("L", (400, 60), 255)
    script, _ = ocr._script_of(image, [line], 300, ocr._Clock(60))
    assert script == "Cyrillic"
    assert "hin" in asked
    assert (
        ocr._own_letter_share(
            [ocr._Line((1, 1, 1), [Word('386#008॥#"#/॥/70०2/', 0, 0, 1, 1, 89.0)])], "Devanagari"
        )
        < 0.4
    )
    assert (
        ocr._own_letter_share([ocr._Line((1, 1, 1), [Word("Јавен", 0, 0, 1, 1, 84.0)])], "Cyrillic")
        == 1.0
    )


def test_a_cyrillic_page_reads_with_its_language_s_pack() -> None:
    table = ocr._script_table()
    assert table["scripts"]["Cyrillic"]["packs"]["mk"] == "mkd+eng"
    assert table["scripts"]["Cyrillic"]["packs"]["uk"] == "ukr+eng"
    assert table["scripts"]["Georgian"]["packs"][""] == "kat+eng"
    assert table["scripts"]["Armenian"]["packs"][""] == "hye+eng"


_MACEDONIAN = [
    "Ве молиме да ги доставите податоците за корисничкото име,",
    "е-пошта гоце.п@ohrid-post.example.net и телефон 070 625 256.",
]
_ALBANIAN = [
    "Ju lutemi të na dërgoni të dhënat e përdoruesit:",
    "- e-mail: dritë@dardania-loan.example.org, telefoni 069 159 5404.",
]


@pytest.mark.parametrize(
    ("lines", "packs", "mailbox"),
    [
        (_MACEDONIAN, "mkd+eng", "гоце.п@ohrid-post.example.net"),
        (_ALBANIAN, "sqi+eng", "dritë@dardania-loan.example.org"),
    ],
)
def test_a_mailbox_s_local_part_in_the_page_s_letters_is_read_with_the_page_s_packs(
    monkeypatch: pytest.MonkeyPatch, lines: list[str], packs: str, mailbox: str
) -> None:
    image = _page(lines, size=30 if packs == "mkd+eng" else 38)
    assert mailbox in ocr_image(image, timeout=60, languages=packs).text
    # Without the local part read again, English's reading of the whole word stays.
    monkeypatch.setattr(ocr, "MAX_LOCAL_PART_READS", 0)
    assert mailbox not in ocr_image(image, timeout=60, languages=packs).text


def test_a_numero_sign_read_as_ne_is_given_back_on_another_script_s_page_only() -> None:
    def lines(*texts: str) -> list[Any]:
        return [ocr._Line((1, 1, 1), [Word(text, 0, 0, 10, 10, 90.0) for text in texts])]

    fixed = ocr._numero_signs(lines("საქმე", "Ne", "023255128541"), "Georgian")
    assert [word.text for word in fixed[0].words] == ["საქმე", "№", "023255128541"]
    kept = ocr._numero_signs(lines("No", "2025", "Ne", "vjen"), "Latin")
    assert [word.text for word in kept[0].words] == ["No", "2025", "Ne", "vjen"]
    fixed = ocr._numero_signs(lines("хэрэг", "Мо", "ЦЕГ-80064/25"), "Cyrillic")
    assert [word.text for word in fixed[0].words] == ["хэрэг", "№", "ЦЕГ-80064/25"]
    words = ocr._numero_signs(lines("Ne", "ვიცით"), "Georgian")
    assert [word.text for word in words[0].words] == ["Ne", "ვიცით"]


@pytest.mark.parametrize(
    ("english", "own", "taken"),
    [
        ("drité", "dritë", True),
        ("drité", "ritë", False),  # a crop that lost its first glyph
        ("gorg.camilleri", "ġorġ.camilleri", True),  # accents only, however many
        ("iNaki.agirre", "iñaki.agirre", True),
        ("gorg.camilleri", "ġorġ.camillieri", False),
        ("gaMMBN.dO", "გიორგი.ბ", True),
        ("g0MMBg0.0", "გიორგი.ბ", True),  # English read some of its letters as digits
        ("roue.n", "гоце.п", True),
        ("roue.n", "гоцеп", False),  # the dot lost
        ("m.kerlan", "m.kerlan", False),
        ("hélène.roux", "hélène.roux", False),
        ("ivan_77", "іван_77", True),
    ],
)
def test_a_local_part_is_taken_from_the_page_s_packs_only_when_it_lines_up(
    english: str, own: str, taken: bool
) -> None:
    assert ocr._same_local_part(english, own) is taken


def test_georgian_and_armenian_packs_read_their_own_pages_but_no_other_page_s_words() -> None:
    packs = [pack for pack, _ in ocr._retry_packs("fra+eng", "Latin")]
    assert {"rus", "hin"} <= set(packs)
    assert not {"kat", "hye"} & set(packs)


def test_an_underscore_a_pack_cannot_write_joins_the_handle_it_stands_in() -> None:
    # The Azerbaijani pack has no "_": it read the handle as three words.
    image = _page(["- istifadəçi adı “şirvan_gecə_629” və ya “ay_işığı”"], size=40)
    text = ocr_image(image, timeout=60, languages="aze+eng").text
    assert re.search(r"“şirvan_gec[eə]_629”", text), text  # the pack's own "ə" aside
    assert "“ay_işığı”" in text
    assert "istifadəçi adı" in text


def test_words_over_an_underline_or_beside_a_blank_to_fill_stay_apart() -> None:
    image = _page(["Ad: ______________ Soyad: Məmmədov", "bax səhifə 12 və 13"], size=40)
    draw = ImageDraw.Draw(image)
    # The second line underlined from end to end, as a link in a printed e-mail.
    draw.rectangle((200, 200 + int(40 * 1.9) + 52, 700, 200 + int(40 * 1.9) + 55), fill=0)
    text = ocr_image(image, timeout=60, languages="aze+eng").text
    assert "Soyad: Məmmədov" in text
    assert "_Soyad" not in text
    assert "səhifə_12" not in text
    assert "bax_səhifə" not in text


@pytest.mark.parametrize(
    ("page", "english", "fixed"),
    [
        # A space where English reads "_": the two words are one handle.
        ("adı “şirvan gecə 629”", "adi “sirvan_geca_629”", ["adı", "“şirvan_gecə_629”"]),
        # Glued where English reads "_": the underscore goes into the word.
        ("adı “şirvangecə_629”", "adi “sirvan_geca_629”", ["adı", "“şirvan_gecə_629”"]),
        # Not between letters or digits: a list marker, a blank to fill.
        ("- ad: Məmməd", "_ ad: Mammad", ["-", "ad:", "Məmməd"]),
        ("ad: Məmməd", "ad:_Mammad", ["ad:", "Məmməd"]),
    ],
)
def test_english_s_underscores_go_into_the_page_s_reading_between_letters_only(
    page: str, english: str, fixed: list[str]
) -> None:
    words = [Word(text, 100 * index, 0, 90, 30, 90.0) for index, text in enumerate(page.split())]
    out = ocr._underscores_from_english(ocr._Line((1, 1, 1), words), english)
    assert [word.text for word in out.words] == fixed
