"""The letter's own date (request_date) among the dates found, with its span (fictional letters)."""

from __future__ import annotations

import pytest

from rogatory.intake.analysis import find_identifiers
from rogatory.intake.language import detect_language
from rogatory.intake.letter_date import LetterDate, find_letter_date
from rogatory.intake.pages import PageText
from rogatory.intake.tests import letters


def _date(*texts: str) -> LetterDate | None:
    pages = [
        PageText(0, number, text, None, detect_language(text))
        for number, text in enumerate(texts, start=1)
    ]
    return find_letter_date(pages, [i for page in pages for i in find_identifiers(page)])


@pytest.mark.parametrize(
    ("lines", "iso", "written", "reason"),
    [
        (letters.FRENCH, "2025-03-12", "12 mars 2025", "the place-and-date line"),
        (letters.MARATHI, "2025-02-14", "14/02/2025", "the date line"),
        (letters.CHINESE, "2025-04-19", "2025年4月19日", "the date closing the last lines"),
        (
            [
                "RÉQUISITION JUDICIAIRE",
                "Le 3 janvier 2025, l'utilisateur « loup_gris77 » a publié des menaces.",
                "Le 9 janvier 2025, il s'est connecté depuis l'adresse 198.51.100.23.",
                "Fait à Rennes, le 20 février 2025",
                "Le commandant de police",
            ],
            "2025-02-20",
            "20 février 2025",
            "the place-and-date line",
        ),
        (
            [
                "Fiscalía Provincial de Madrid",
                "Madrid, a 3 de marzo de 2024",
                "El 1 de febrero de 2024 el usuario kiki_77 publicó amenazas.",
            ],
            "2024-03-03",
            "3 de marzo de 2024",
            "the place-and-date line",
        ),
        (
            ["Staatsanwaltschaft Musterstadt", "Berlin, den 5. März 2025", "Am 2. März 2025 ..."],
            "2025-03-05",
            "5. März 2025",
            "the place-and-date line",
        ),
        (
            [
                "深圳市公安局网络安全保卫支队",
                "日期：2025年4月19日",
                "2025年3月2日该用户发布了威胁信息。",
            ],
            "2025-04-19",
            "2025年4月19日",
            "the date line",
        ),
        (
            ["Прокуратура города Примерска", "12 января 2025 г.", "Пользователь «vasya_2000» ..."],
            "2025-01-12",
            "12 января 2025",
            "the date standing alone under the letterhead",
        ),
        (
            [
                "Department of Fictional Justice",
                "On 3 March 2024 the account @night_owl posted threats.",
                "Yours faithfully,",
                "Inspector Jane Example",
                "4 March 2024",
            ],
            "2024-03-04",
            "4 March 2024",
            "the date standing alone near the signature",
        ),
        (["وزارة العدل", "حرر بتاريخ ٢٦/٠٧/٢٠٢٤"], "2024-07-26", "٢٦/٠٧/٢٠٢٤", "the date line"),
    ],
)
def test_the_letters_own_date_is_found_with_its_span(
    lines: list[str], iso: str, written: str, reason: str
) -> None:
    text = "\n".join(lines)
    found = _date(text)
    assert found is not None
    assert (found.iso, found.reason) == (iso, reason)
    assert text[found.span["start"] : found.span["end"]] == written
    assert (found.span["document"], found.span["page"]) == (0, 1)


@pytest.mark.parametrize(
    "lines",
    [
        # Only the dates of the facts, inside sentences.
        ["Le 3 janvier 2025, l'utilisateur a publié des menaces.", "Il a recommencé le 9 mai."],
        ["Le site a été consulté le 1 janvier 2024.", "Nous vous prions de conserver les données."],
        # Two place-and-date lines that disagree: unsure, left to the officer.
        ["Lyon, le 12 mars 2025", "Objet : conservation", "Fait à Lyon, le 14 mars 2025"],
        # A date whose day and month cannot be told apart.
        ["Department of Fictional Justice", "Date: 03/04/2025", "Please preserve the data."],
    ],
)
def test_no_date_is_given_when_unsure(lines: list[str]) -> None:
    assert _date("\n".join(lines)) is None


def test_the_letter_date_beats_the_e_mails_date_header() -> None:
    mail = (
        "From: Camille Fictive <poc247@fr-ofmin.example>\nDate: Tue, 18 Mar 2025 10:00:00 +0100\n"
        "Subject: demande\n\nVeuillez trouver notre demande."
    )
    letter = "RÉQUISITION\nFait à Lyon, le 12 mars 2025\n"
    pages = [PageText(0, 1, mail, None, "fr"), PageText(1, 1, letter, None, "fr")]
    found = find_letter_date(pages, [i for page in pages for i in find_identifiers(page)])
    assert found is not None
    assert (found.iso, found.span["document"]) == ("2025-03-12", 1)
    only_mail = find_letter_date(pages[:1], find_identifiers(pages[0]))
    assert only_mail is not None
    assert (only_mail.iso, only_mail.reason) == ("2025-03-18", "the e-mail's Date header")
