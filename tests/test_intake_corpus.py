"""The intake bench corpus is well-formed and its scorer computes exact figures."""

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.intake.scorer import TYPES, Score, score_document

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "intake" / "corpus"


def _documents() -> list[Path]:
    return sorted((CORPUS / "text").glob("*.json"))


def test_corpus_has_at_least_300_documents_in_at_least_8_languages() -> None:
    languages = {json.loads(path.read_text(encoding="utf-8"))["language"] for path in _documents()}
    assert len(_documents()) >= 300
    assert len(languages) >= 8


def test_every_gold_label_names_a_known_type_and_a_span_inside_its_text() -> None:
    for path in _documents():
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        for label in gold["labels"]:
            assert label["type"] in TYPES, path.name
            assert 0 <= label["start"] < label["end"] <= len(text), path.name
            assert label["normalized"], path.name


def test_every_type_is_labelled_in_the_corpus() -> None:
    seen = {
        label["type"]
        for path in _documents()
        for label in json.loads(path.read_text(encoding="utf-8"))["labels"]
    }
    assert seen == set(TYPES)


def test_every_scanned_render_has_its_gold_labels() -> None:
    renders = sorted((CORPUS / "scanned").glob("*.png"))
    assert len(renders) == 5
    for render in renders:
        assert json.loads(render.with_suffix(".json").read_text(encoding="utf-8"))["labels"]


def test_scorer_counts_type_and_value_matches_and_span_agreement_separately() -> None:
    gold = [
        {"type": "ipv4", "normalized": "192.0.2.1", "start": 0, "end": 9},
        {"type": "ipv4", "normalized": "192.0.2.2", "start": 20, "end": 29},
        {"type": "email", "normalized": "a@example.org", "start": 40, "end": 53},
    ]
    found = [
        {"type": "ipv4", "normalized": "192.0.2.1", "start": 0, "end": 9},
        {"type": "ipv4", "normalized": "192.0.2.9", "start": 20, "end": 29},
        {"type": "email", "normalized": "a@example.org", "start": 39, "end": 53},
        {"type": "domain", "normalized": "example.org", "start": 42, "end": 53},
    ]
    scores: dict[str, Score] = {}
    score_document(gold, found, scores)
    ipv4 = scores["ipv4"]
    assert (ipv4.tp, ipv4.fp, ipv4.fn) == (1, 1, 1)
    assert ipv4.precision == pytest.approx(0.5)
    assert ipv4.recall == pytest.approx(0.5)
    assert ipv4.f1 == pytest.approx(0.5)
    assert ipv4.span_agreement == pytest.approx(1.0)
    assert scores["email"].f1 == pytest.approx(1.0)
    assert scores["email"].span_agreement == pytest.approx(0.0)
    assert (scores["domain"].precision, scores["domain"].recall) == (0.0, 0.0)


def test_scorer_f1_is_the_harmonic_mean_of_precision_and_recall() -> None:
    score = Score(tp=3, fp=1, fn=2)
    assert score.precision == pytest.approx(0.75)
    assert score.recall == pytest.approx(0.6)
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


# The blind held-out sets written after the seventh: each was sealed until scored once, and
# their shape is checked here, never the extractor's output on them.
BENCH = Path(__file__).resolve().parents[1] / "bench" / "intake"


@dataclass(frozen=True)
class BlindSet:
    name: str
    languages: frozenset[str]
    scans: tuple[str, ...]
    least_texts: int
    least_labels: int
    least_per_type: int

    @property
    def corpus(self) -> Path:
        return BENCH / self.name / "corpus"


BLIND_SETS = (
    BlindSet(
        "heldout8",
        frozenset(
            ["fr", "en", "es", "de", "ru", "ar", "zh", "tr", "ka", "hy", "mk", "sq", "is", "ca"]
        ),
        ("scan0_ka", "scan1_mk", "scan2_is", "scan3_sq"),
        100,
        2000,
        40,
    ),
    BlindSet(
        "heldout9",
        frozenset(
            ["fr", "en", "es", "pt", "de", "it", "ru", "zh", "mt", "ga", "eu", "gl", "be", "kk"]
        ),
        ("scan0_mt", "scan1_eu", "scan2_be", "scan3_kk"),
        100,
        2000,
        40,
    ),
    BlindSet(
        "heldout10",
        frozenset(["en", "fr", "es", "de", "ru", "it", "cy", "lb", "bs", "uz", "mn", "si"]),
        ("scan0_cy", "scan1_mn", "scan2_uz"),
        75,
        1300,
        30,
    ),
)


def _pairs(corpus: Path) -> list[tuple[dict[str, object], str]]:
    pairs = []
    for folder in ("text", "scanned"):
        for path in sorted((corpus / folder).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = (
                path.with_suffix(".txt").read_text(encoding="utf-8")
                if folder == "text"
                else gold["text"]
            )
            pairs.append((gold, text))
    return pairs


@pytest.mark.parametrize("blind", BLIND_SETS, ids=lambda blind: blind.name)
def test_a_blind_set_has_its_text_pairs_and_scans(blind: BlindSet) -> None:
    texts = sorted((blind.corpus / "text").glob("*.txt"))
    labels = sorted((blind.corpus / "text").glob("*.json"))
    assert len(texts) >= blind.least_texts
    assert [path.stem for path in texts] == [path.stem for path in labels]
    scans = sorted((blind.corpus / "scanned").glob("*.png"))
    assert tuple(scan.stem for scan in scans) == blind.scans
    assert all(scan.with_suffix(".json").exists() for scan in scans)


@pytest.mark.parametrize("blind", BLIND_SETS, ids=lambda blind: blind.name)
def test_a_blind_set_s_labels_are_well_formed_and_cover_every_type(blind: BlindSet) -> None:
    counts: dict[str, int] = {}
    languages = set()
    for gold, text in _pairs(blind.corpus):
        assert set(gold) >= {"language", "region", "genre", "variant", "labels"}
        languages.add(gold["language"])
        for label in gold["labels"]:  # type: ignore[attr-defined]
            assert set(label) == {"type", "normalized", "start", "end"}
            assert label["type"] in TYPES
            assert 0 <= label["start"] < label["end"] <= len(text)
            assert text[label["start"] : label["end"]].strip()
            assert label["normalized"]
            counts[label["type"]] = counts.get(label["type"], 0) + 1
    assert languages == blind.languages
    assert sum(counts.values()) >= blind.least_labels
    assert set(counts) == set(TYPES)
    assert min(counts.values()) >= blind.least_per_type


@pytest.mark.parametrize("blind", BLIND_SETS, ids=lambda blind: blind.name)
def test_a_blind_set_scored_once_is_in_all(blind: BlindSet) -> None:
    from bench.intake import run

    assert run.CORPORA[blind.name] == blind.corpus
    assert blind.name not in run.SEALED
