"""Every kind's completeness check: its complete example passes, each required item removed gives
its own message, its rules fail and pass with exact messages, and its details are typed."""

from typing import Any

import pytest
from pydantic import ValidationError

from rogatory.requests.checks import KIND_RULES, blocking, check_request
from rogatory.requests.document import RequestDocument
from rogatory.requests.kinds import KIND_CODES, REGISTRY, DetailField, KindSpec
from rogatory.requests.tests.kind_examples import complete_example

EMPTY_COMMON: dict[str, object] = {
    "data_items": [],
    "intends_mla_request": False,
    "custodian": {},
}


def _errors(data: dict[str, Any]) -> list[str]:
    return [defect.message for defect in blocking(check_request(RequestDocument(**data)))]


def _required_common() -> list[tuple[str, str, str]]:
    return [
        (code, name, message)
        for code, spec in REGISTRY.items()
        for name, message in spec.required_common.items()
    ]


def _required_details() -> list[tuple[str, DetailField]]:
    # Fields a kind rule requires under a condition it alone sees are tested with the rules.
    return [
        (code, detail)
        for code, spec in REGISTRY.items()
        for detail in spec.detail_fields
        if detail.is_required and not detail.required_by_rule
    ]


def test_every_kind_has_a_complete_example() -> None:
    assert [RequestDocument(**complete_example(code)).kind for code in KIND_CODES] == list(
        KIND_CODES
    )


def test_an_unknown_kind_has_no_example() -> None:
    with pytest.raises(KeyError, match="no example for the request kind 'letters_patent'"):
        complete_example("letters_patent")


@pytest.mark.parametrize("code", KIND_CODES)
def test_the_complete_example_of_every_kind_has_no_blocking_defect(code: str) -> None:
    assert _errors(complete_example(code)) == []


@pytest.mark.parametrize("code", [code for code in KIND_CODES if code != "preservation"])
def test_the_complete_example_fills_every_detail_of_its_kind(code: str) -> None:
    spec: KindSpec = REGISTRY[code]
    details = RequestDocument(**complete_example(code)).details

    assert [f.name for f in spec.detail_fields if details.get(f.name) in (None, "", [])] == []


@pytest.mark.parametrize(
    ("code", "name", "message"),
    _required_common(),
    ids=[f"{code}-{name}" for code, name, _ in _required_common()],
)
def test_removing_a_required_common_field_gives_exactly_its_message(
    code: str, name: str, message: str
) -> None:
    data = complete_example(code)
    before = _errors(data)
    data[name] = EMPTY_COMMON.get(name, "")

    after = _errors(data)

    assert message in after
    assert len(after) == len(before) + 1


@pytest.mark.parametrize(
    ("code", "detail"),
    _required_details(),
    ids=[f"{code}-{detail.name}" for code, detail in _required_details()],
)
def test_removing_a_required_detail_gives_exactly_its_message(
    code: str, detail: DetailField
) -> None:
    data = complete_example(code)
    if detail.required_when is not None:
        # A conditional field is removed with its condition set.
        other, expected = detail.required_when
        assert data["details"][other] == expected
    before = _errors(data)
    del data["details"][detail.name]

    after = _errors(data)

    assert detail.missing in after
    assert len(after) == len(before) + 1


@pytest.mark.parametrize(
    ("code", "detail"),
    [(code, detail) for code, detail in _required_details() if detail.required_when],
    ids=[f"{code}-{detail.name}" for code, detail in _required_details() if detail.required_when],
)
def test_a_conditional_detail_is_not_required_when_its_condition_is_not_met(
    code: str, detail: DetailField
) -> None:
    data = complete_example(code)
    other, _expected = detail.required_when or ("", None)
    del data["details"][other]
    del data["details"][detail.name]

    assert detail.missing not in _errors(data)


def test_every_kind_rule_is_tested_here() -> None:
    assert sorted(KIND_RULES) == sorted(
        [
            "transborder_access",
            "expedited_disclosure",
            "mla_stored_data",
            "emergency_disclosure",
            "emergency_mla",
            "epoc",
            "jit_proposal",
        ]
    )


EPOC_THRESHOLD = (
    "EPOC section G: traffic or content data may be ordered only for an offence punishable by a "
    "custodial sentence of at least 3 years, or an offence listed in Art. 5(4)(b)-(c) of "
    "Regulation (EU) 2023/1543."
)


@pytest.mark.parametrize(
    ("category", "years", "listed", "expected"),
    [
        ("traffic", 2, "", [EPOC_THRESHOLD]),
        ("content", None, "", [EPOC_THRESHOLD]),
        ("content", 3, "", []),
        ("traffic", 2, "Directive 2011/93/EU, Article 5", []),
        ("subscriber", 1, "", []),
        ("identification", None, "", []),
    ],
)
def test_an_epoc_for_traffic_or_content_data_needs_three_years_or_a_listed_offence(
    category: str, years: int | None, listed: str, expected: list[str]
) -> None:
    data = complete_example("epoc")
    data["details"].update(
        {"eu_data_category": category, "maximum_penalty_years": years, "listed_offence": listed}
    )
    data["data_items"][0]["data_categories"] = ["subscriber"]

    assert _errors(data) == expected


@pytest.mark.parametrize(
    ("digest", "expected"),
    [
        (
            "abc123",
            ["Art. 32: the SHA-256 of the captured file must be 64 hexadecimal characters."],
        ),
        (
            "g" * 64,
            ["Art. 32: the SHA-256 of the captured file must be 64 hexadecimal characters."],
        ),
        (
            "0" * 63,
            ["Art. 32: the SHA-256 of the captured file must be 64 hexadecimal characters."],
        ),
        ("ABCDEF0123456789" * 4, []),
        ("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", []),
    ],
)
def test_an_art_32_record_needs_the_sha256_as_64_hexadecimal_characters(
    digest: str, expected: list[str]
) -> None:
    data = complete_example("transborder_access")
    data["details"]["captured_file_sha256"] = digest

    assert _errors(data) == expected


WITHHOLDING_REASONS = "Art. 30(2): a withholding must state its reasons."


@pytest.mark.parametrize("ground", ["political_offence", "sovereignty_security_ordre_public"])
def test_an_art_30_withholding_must_state_its_reasons(ground: str) -> None:
    data = complete_example("expedited_disclosure")
    data["details"].update({"withholding_ground": ground, "withholding_reasons": ""})

    assert _errors(data) == [WITHHOLDING_REASONS]

    data["details"]["withholding_reasons"] = (
        "The offence is connected with a political offence under our law."
    )
    assert _errors(data) == []


def test_an_art_30_disclosure_without_withholding_needs_no_reasons() -> None:
    data = complete_example("expedited_disclosure")
    del data["details"]["withholding_reasons"]

    assert _errors(data) == []


def test_an_art_30_third_country_must_be_an_iso_code() -> None:
    data = complete_example("expedited_disclosure")
    data["details"]["third_country"] = "Sweden"

    assert _errors(data) == [
        "Art. 30(1): 'Sweden' is not an ISO 3166 country code (two capital letters)."
    ]


COURT_ORDER = (
    "Art. 31: content data needs a court order or judicial authorisation; give its reference "
    "and date."
)


def test_stored_content_data_needs_a_court_order() -> None:
    data = complete_example("mla_stored_data")
    del data["details"]["court_order"]

    assert _errors(data) == [COURT_ORDER]


def test_stored_traffic_data_alone_needs_no_court_order() -> None:
    data = complete_example("mla_stored_data")
    del data["details"]["court_order"]
    data["data_items"][0]["data_categories"] = ["traffic"]

    assert _errors(data) == []


@pytest.mark.parametrize(
    ("code", "reference"),
    [("emergency_disclosure", "CETS 224 Art. 9"), ("emergency_mla", "CETS 224 Art. 10")],
)
@pytest.mark.parametrize("urgency", ["normal", "urgent"])
def test_an_emergency_request_must_be_marked_as_an_emergency(
    code: str, reference: str, urgency: str
) -> None:
    data = complete_example(code)
    data["urgency"] = urgency

    assert _errors(data) == [
        f"{reference}: an emergency request must be marked as an emergency (urgency)."
    ]


def test_a_jit_of_zero_months_is_refused_as_too_short() -> None:
    data = complete_example("jit_proposal")
    data["details"]["duration_months"] = 0

    assert "JIT: the proposed duration must be at least one month." in _errors(data)


@pytest.mark.parametrize(
    ("states", "months", "expected"),
    [
        (["FR"], 18, ["JIT: a joint investigation team needs at least two participating States."]),
        (
            ["FR", "Germany"],
            18,
            ["JIT: Germany is not an ISO 3166 country code (two capital letters)."],
        ),
        (["FR", "de"], 18, ["JIT: de is not an ISO 3166 country code (two capital letters)."]),
        (["FR", "DE"], 0, ["JIT: the proposed duration must be at least one month."]),
        (["FR", "DE"], -6, ["JIT: the proposed duration must be at least one month."]),
        (["FR", "DE"], 1, []),
    ],
)
def test_a_jit_needs_two_states_by_iso_code_and_at_least_one_month(
    states: list[str], months: int, expected: list[str]
) -> None:
    data = complete_example("jit_proposal")
    data["details"].update({"participating_states": states, "duration_months": months})

    assert _errors(data) == expected


@pytest.mark.parametrize(
    ("code", "details", "message"),
    [
        (
            "jit_proposal",
            {"colour": "red"},
            "details.colour is not a field of the kind 'jit_proposal'",
        ),
        (
            "epoc",
            {"preservation_reference": "FR-1"},
            "details.preservation_reference is not a field of the kind 'epoc'",
        ),
        (
            "spontaneous_information",
            {"keep_confidential": "yes"},
            "details.keep_confidential must be true or false",
        ),
        (
            "jit_proposal",
            {"duration_months": "18"},
            "details.duration_months must be a whole number",
        ),
        (
            "jit_proposal",
            {"duration_months": True},
            "details.duration_months must be a whole number",
        ),
        (
            "jit_proposal",
            {"participating_states": "FR, DE"},
            "details.participating_states must be a list of texts",
        ),
        ("jit_proposal", {"purpose": 42}, "details.purpose must be a text"),
        (
            "production_order",
            {"production_deadline": "11/12/2026"},
            "details.production_deadline must be a date in ISO 8601, e.g. 2026-11-20",
        ),
        (
            "transborder_access",
            {"accessed_at": "yesterday"},
            "details.accessed_at must be a datetime in ISO 8601, e.g. 2026-11-20T14:03:00+01:00",
        ),
        (
            "transborder_access",
            {"access_basis": "hacking"},
            "details.access_basis must be one of: public, consent",
        ),
    ],
)
def test_details_of_the_wrong_type_or_unknown_name_are_refused_naming_the_field(
    code: str, details: dict[str, object], message: str
) -> None:
    data = complete_example(code)
    data["details"].update(details)

    with pytest.raises(ValidationError) as raised:
        RequestDocument(**data)

    assert message in str(raised.value)
