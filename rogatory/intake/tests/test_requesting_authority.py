"""The requesting authority guessed from the directory, through the web page and the API."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from conftest import PASSWORD
from rogatory.intake.analysis import find_identifiers
from rogatory.intake.authority import DirectoryEntry, guess_requesting_authority
from rogatory.intake.pages import PageText
from rogatory.intake.tests import files, letters
from rogatory.requests.models import CooperationRequest

FRANCE = DirectoryEntry(
    "fr-ofmin-247",
    "Office for Cybercrime, 24/7 point of contact",
    "Office anti-cybercriminalité, point de contact 24/7",
    "FR",
    ("poc247@fr-ofmin.example",),
)
LYON = DirectoryEntry(
    "fr-parquet-lyon",
    "Lyon Public Prosecutor's Office",
    "Parquet de Lyon",
    "FR",
    ("greffe@parquet-lyon.example",),
)
MADRID = DirectoryEntry(
    "es-fiscalia-madrid",
    "Madrid Provincial Prosecutor's Office",
    "Fiscalía Provincial de Madrid",
    "ES",
    ("cooperacion@fiscalia-madrid.example",),
)
ENTRIES = [FRANCE, LYON, MADRID]


def _guess(*texts: str, entries: list[DirectoryEntry] = ENTRIES) -> dict[str, Any]:
    pages = [PageText(0, number, text) for number, text in enumerate(texts, start=1)]
    identifiers = [i for page in pages for i in find_identifiers(page)]
    return guess_requesting_authority(pages, identifiers, entries).as_dict()


def _read(text: str, span: dict[str, int] | None) -> str:
    assert span is not None
    return text[span["start"] : span["end"]]


def test_the_senders_contact_address_names_the_authority_with_its_span() -> None:
    mail = "From: Camille Fictive <poc247@fr-ofmin.example>\nSubject: demande\n\nBonjour."
    guess = _guess(mail)
    assert (guess["code"], guess["confidence"]) == ("fr-ofmin-247", 0.95)
    assert guess["reason"] == "the e-mail comes from poc247@fr-ofmin.example, its contact address"
    assert _read(mail, guess["span"]) == "poc247@fr-ofmin.example"


def test_a_sender_at_the_authoritys_domain_names_it_a_little_less_surely() -> None:
    mail = "From: Substitut <substitut.martin@parquet-lyon.example>\n\nVeuillez trouver."
    guess = _guess(mail)
    assert (guess["code"], guess["confidence"]) == ("fr-parquet-lyon", 0.85)
    assert guess["reason"] == (
        "the e-mail comes from substitut.martin@parquet-lyon.example, at its domain"
    )


def test_the_local_name_in_the_letterhead_names_the_authority() -> None:
    letter = "FISCALÍA PROVINCIAL DE MADRID\nSolicitud de conservación de datos\n"
    guess = _guess(letter)
    assert (guess["code"], guess["confidence"]) == ("es-fiscalia-madrid", 0.8)
    assert guess["reason"] == "the letter names it ('FISCALÍA PROVINCIAL DE MADRID')"
    assert _read(letter, guess["span"]) == "FISCALÍA PROVINCIAL DE MADRID"


def test_a_name_broken_over_two_lines_is_still_found() -> None:
    letter = "Parquet de\nLyon\nRéquisition judiciaire"
    guess = _guess(letter)
    assert guess["code"] == "fr-parquet-lyon"
    assert _read(letter, guess["span"]) == "Parquet de\nLyon"


def test_evidence_of_two_kinds_adds_to_the_confidence() -> None:
    letter = "Parquet de Lyon\nContact : greffe@parquet-lyon.example\n"
    guess = _guess(letter)
    assert (guess["code"], guess["confidence"]) == ("fr-parquet-lyon", 0.85)
    assert guess["reason"] == (
        "the letter gives greffe@parquet-lyon.example, its contact address; the letter names "
        "it ('Parquet de Lyon')"
    )


def test_two_authorities_fitting_as_well_give_no_guess_and_say_so() -> None:
    letter = "Copie : Parquet de Lyon\nFiscalía Provincial de Madrid\nSolicitud"
    guess = _guess(letter)
    assert guess["code"] == ""
    assert guess["span"] is None
    assert guess["reason"] == (
        "The letter fits Madrid Provincial Prosecutor's Office (es-fiscalia-madrid) or Lyon "
        "Public Prosecutor's Office (fr-parquet-lyon) equally well: choose one."
    )
    assert [c["code"] for c in guess["candidates"]] == ["es-fiscalia-madrid", "fr-parquet-lyon"]


def test_the_senders_country_domain_settles_a_tie() -> None:
    french = DirectoryEntry("fr-police", "Police nationale", "", "FR", ("cyber@example.fr",))
    spanish = DirectoryEntry("es-policia", "Policía Nacional", "", "ES", ("ciber@example.fr",))
    guess = _guess("From: Agent <agent@example.fr>\n\nDemande", entries=[spanish, french])
    assert (guess["code"], guess["confidence"]) == ("fr-police", 0.85)
    french = DirectoryEntry("fr-police", "Police nationale", "", "FR", ("c@justice.example",))
    spanish = DirectoryEntry("es-policia", "Policía Nacional", "", "ES", ("c@justice.example",))
    tie = _guess("From: Agent <agent@justice.example>\n\nDemande", entries=[spanish, french])
    assert tie["code"] == ""


def test_no_authority_named_gives_no_guess() -> None:
    guess = _guess("\n".join(letters.MARATHI))
    assert guess == {
        "code": "",
        "name": "",
        "confidence": 0.0,
        "reason": "No authority of the directory is named in the letter.",
        "span": None,
        "candidates": [],
        "reason_text": {
            "template": "No authority of the directory is named in the letter.",
            "params": {},
        },
    }


def test_a_short_name_inside_another_word_is_not_a_match() -> None:
    short = DirectoryEntry("xx-ofa", "OFA", "", "FR", ())
    assert _guess("Le bureau OFAC a répondu.", entries=[short])["code"] == ""


# --- Through the interfaces ----------------------------------------------------------------


def _signed_in(user: Any) -> Client:
    client = Client()
    response = client.post("/accounts/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return client


def _french_mail() -> bytes:
    pdf = files.pdf_from_html("".join(f"<p>{line}</p>" for line in letters.FRENCH))
    mail = files.email_file(
        "Bonjour, veuillez trouver ci-joint notre demande de conservation.",
        [("requisition.pdf", pdf, "application/pdf")],
    )
    return mail.replace(b"Parquet <parquet@justice.example>", b"OFMIN <poc247@fr-ofmin.example>")


@pytest.mark.django_db
def test_the_api_returns_the_guess_the_letter_date_and_their_spans(dieter: Any) -> None:
    client = Client()
    client.force_login(dieter)
    upload = SimpleUploadedFile("mail.eml", _french_mail(), content_type="message/rfc822")
    body = client.post("/api/intake", {"files": [upload]}).json()
    guess = body["requesting_authority"]
    assert (guess["code"], guess["confidence"]) == ("fr-ofmin-247", 0.95)
    assert guess["reason"] == "the e-mail comes from poc247@fr-ofmin.example, its contact address"
    assert body["draft"]["requesting_authority"]["code"] == "fr-ofmin-247"
    assert body["request_date"] == body["draft"]["request_date"] == "2025-03-12"
    for field, expected in (
        ("requesting_authority", "poc247@fr-ofmin.example"),
        ("request_date", "12 mars 2025"),
    ):
        span = body["provenance"][field]
        page = body["documents"][span["document"]]["pages"][span["page"] - 1]
        assert page["text"][span["start"] : span["end"]] == expected


@pytest.mark.django_db
def test_the_review_page_preselects_the_guess_and_the_officer_confirms_it(dieter: Any) -> None:
    client = _signed_in(dieter)
    upload = SimpleUploadedFile("mail.eml", _french_mail())
    response = client.post("/intake/", {"files": [upload]})
    assert response.status_code == 302
    review = client.get(response["Location"]).content.decode()
    assert '<option value="fr-ofmin-247" selected>' in review
    assert "Requesting authority guessed from the letter: <strong>Office for Cybercrime" in review
    assert '<span class="authority-confidence">0.95</span>' in review
    assert '<a class="provenance" href="#src-requesting_authority"' in review
    assert 'id="src-request_date"' in review
    assert "<dt>Date of the letter</dt>" in review
    assert "2025-03-12" in review
    confirmed = client.post(
        response["Location"],
        {
            "requesting_authority": "fr-ofmin-247",
            "our_reference": "IN-2025-7",
            "kind": "preservation",
            "their_reference": "PARQUET/2025/04417",
        },
    )
    assert confirmed.status_code == 302, confirmed.content.decode()[-3000:]
    request = CooperationRequest.objects.get(our_reference="IN-2025-7")
    assert request.requesting_authority.code == "fr-ofmin-247"
    assert str(request.request_date) == "2025-03-12"


@pytest.mark.django_db
def test_an_ambiguous_letter_preselects_nothing_and_flags_it(
    dieter: Any, directory: dict[str, Any]
) -> None:
    from rogatory.directory.models import Authority

    Authority.objects.create(
        code="fr-ofmin-paris",
        name="Office for Cybercrime, Paris desk",
        name_local="Office anti-cybercriminalité, antenne de Paris",
        authority_type="police",
        country_id="FR",
    )
    text = "Office anti-cybercriminalité, point de contact 24/7\n" + (
        "Office anti-cybercriminalité, antenne de Paris\nDemande de conservation\n"
    )
    client = _signed_in(dieter)
    response = client.post("/intake/", {"files": [SimpleUploadedFile("lettre.txt", text.encode())]})
    review = client.get(response["Location"]).content.decode()
    choices = review.split('name="requesting_authority"')[1].split("</select>")[0]
    assert '<option value="" selected>Choose from the directory</option>' in choices
    assert choices.count("selected>") == 1
    message = (
        "The letter fits Office for Cybercrime, 24/7 point of contact (fr-ofmin-247) or Office "
        "for Cybercrime, Paris desk (fr-ofmin-paris) equally well: choose one."
    )
    assert 'class="flag-requesting_authority_ambiguous"' in review
    assert message in review
    api = Client()
    api.force_login(dieter)
    intake_id = int(response["Location"].strip("/").split("/")[-1])
    body = api.get(f"/api/intake/{intake_id}").json()
    assert body["requesting_authority"]["code"] == ""
    flag = next(f for f in body["flags"] if f["code"] == "requesting_authority_ambiguous")
    # The English message as always; its template and values come beside it for the pages.
    assert flag["message"] == message
    assert flag["template"] == "The letter fits %(authorities)s equally well: choose one."
