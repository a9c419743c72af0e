"""`rogatory advise`: the ranked channels and the rule findings from the command line."""

import json

import pytest

from rogatory.cli import main

pytestmark = pytest.mark.django_db


def test_advise_prints_the_ranking_with_reasons_and_what_follows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status = main(["advise", "--measure", "preservation", "--to", "DE", "--from", "FR"])

    out = capsys.readouterr().out
    assert status == 0
    assert out.splitlines()[:6] == [
        "preservation (Budapest Convention Art. 29) to DE Germany",
        "",
        "Channels:",
        "  #1      network_24_7 (score 80)",
        "           - The 24/7 network exists to preserve data fast (Budapest Art. 29 and 35). [+80]",
        "           then: Preserve now through the 24/7 network, then send the MLA request (Art. 31) within 60 days (Art. 29(7)).",
    ]
    assert "  blocked direct_to_provider" in out
    assert (
        "  [info] dual_criminality_not_required: Dual criminality may not be required as a "
        "condition for preservation." in out
    )


def test_advise_json_carries_the_emergency_blocks(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(
        [
            "advise",
            "--measure",
            "provider_request",
            "--to",
            "US",
            "--provider",
            "examplemail-us",
            "--urgency",
            "emergency",
            "--data",
            "subscriber,traffic",
            "--json",
        ]
    )

    document = json.loads(capsys.readouterr().out)
    assert status == 0
    assert [f["code"] for f in document["findings"]] == [
        "emergency_without_facts",
        "emergency_without_second_approver",
    ]
    assert [c["channel"] for c in document["channels"] if c["rank"]] == [
        "direct_to_provider",
        "network_24_7",
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["advise", "--to", "DE"], "error: --measure is required: one of preservation,"),
        (
            ["advise", "--measure", "epoc"],
            "error: --to is required: the requested country, e.g. --to DE.",
        ),
        (
            ["advise", "--measure", "epoc", "--to", "DE", "--penalty", "three"],
            "error: --penalty must be a whole number of years, not 'three'.",
        ),
        (
            ["advise", "--measure", "preservation", "--to", "DE", "--data", "subscriber,dna"],
            "error: Unknown data category 'dna': use one of subscriber, traffic, content.",
        ),
    ],
)
def test_advise_exits_2_with_one_line_on_bad_input(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(argv)

    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    assert captured.err.startswith(message)
    assert captured.err.count("\n") == 1


def test_advise_is_registered_as_a_topic() -> None:
    with pytest.raises(SystemExit) as shown:
        main(["advise", "--help"])

    assert shown.value.code == 0
