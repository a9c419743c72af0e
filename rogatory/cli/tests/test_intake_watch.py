"""`rogatory intake watch DIR --as USER`: a watched folder of incoming files."""

import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from rogatory.cli import main
from rogatory.intake.models import BatchStage, IntakeBatch
from rogatory.intake.watch import LEDGER, Watcher

pytestmark = pytest.mark.django_db

LETTER = "Réquisition. Réf. : PARQUET/2025/04417. Conservation des données (article 29) du compte https://forum-exemple.fr/u/vent_du_nord"
BROKEN_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF"


def _drop(directory: Path, name: str, data: bytes, *, age: float = 10.0) -> Path:
    """Write a file as if it had been there for `age` seconds (or renamed into place)."""
    path = directory / name
    path.write_bytes(data)
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_once_takes_each_file_and_moves_it_to_done_or_failed_with_its_error(
    tmp_path: Path, dieter: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    _drop(tmp_path, "lettre.txt", LETTER.encode())
    _drop(tmp_path, "bad.pdf", BROKEN_PDF)
    _drop(tmp_path, "copying.pdf.part", b"%PDF-1.4 half")
    (tmp_path / ".hidden").write_text("not for us")

    status = main(["intake", "watch", str(tmp_path), "--as", "dieter", "--once"])

    out, err = capsys.readouterr()
    assert status == 0
    drafted = IntakeBatch.objects.get(stage=BatchStage.DRAFTED)
    assert out == f"lettre.txt: intake {drafted.pk}\n"
    assert err == "bad.pdf: failed: bad.pdf: The PDF is damaged and cannot be read.\n"
    assert (drafted.owner_authority.code, drafted.source) == ("de-bka-247", "watch")
    assert drafted.language == "fr"
    assert (tmp_path / "done" / "lettre.txt").read_text() == LETTER
    assert (tmp_path / "failed" / "bad.pdf").read_bytes() == BROKEN_PDF
    assert (tmp_path / "failed" / "bad.pdf.error.txt").read_text() == (
        "bad.pdf: The PDF is damaged and cannot be read.\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        ".hidden",
        LEDGER,
        "copying.pdf.part",
    ]


def test_the_same_content_dropped_again_is_not_processed_twice(tmp_path: Path, dieter: Any) -> None:
    _drop(tmp_path, "lettre.txt", LETTER.encode())
    watcher = Watcher(tmp_path, dieter)
    [first] = watcher.poll()
    _drop(tmp_path, "copie.txt", LETTER.encode())

    [again] = watcher.poll()

    assert IntakeBatch.objects.count() == 1
    assert again.intake_id is None
    assert (
        again.error == f"Already taken (intake {first.intake_id} lettre.txt); not processed again."
    )
    assert (tmp_path / "failed" / "copie.txt.error.txt").read_text() == again.error + "\n"


def test_a_file_still_being_written_is_taken_only_once_unchanged_for_two_seconds(
    tmp_path: Path, dieter: Any
) -> None:
    instant = [time.time()]
    watcher = Watcher(tmp_path, dieter, clock=lambda: instant[0])
    _drop(tmp_path, "lettre.txt", LETTER.encode(), age=0.0)

    assert watcher.poll() == []
    instant[0] += 1.0
    assert watcher.poll() == []
    instant[0] += 1.5
    [taken] = watcher.poll()

    assert taken.moved_to == tmp_path / "done" / "lettre.txt"


def test_a_file_that_grows_between_polls_waits_again(tmp_path: Path, dieter: Any) -> None:
    instant = [time.time()]
    watcher = Watcher(tmp_path, dieter, clock=lambda: instant[0])
    path = _drop(tmp_path, "lettre.txt", LETTER.encode()[:20], age=0.0)
    assert watcher.poll() == []
    instant[0] += 1.5
    path.write_bytes(LETTER.encode())
    os.utime(path, (instant[0], instant[0]))
    instant[0] += 1.0

    assert watcher.poll() == []
    assert IntakeBatch.objects.count() == 0


def test_the_watch_stops_cleanly_on_sigterm(
    tmp_path: Path, dieter: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    _drop(tmp_path, "lettre.txt", LETTER.encode())
    before = signal.getsignal(signal.SIGTERM)
    timer = threading.Timer(1.0, os.kill, (os.getpid(), signal.SIGTERM))
    timer.start()
    try:
        status = main(["intake", "watch", str(tmp_path), "--as", "dieter", "--interval", "0.1"])
    finally:
        timer.cancel()

    out, err = capsys.readouterr()
    assert status == 0
    assert err == "stopped\n"
    assert out.startswith("lettre.txt: intake ")
    assert signal.getsignal(signal.SIGTERM) == before


def test_watch_needs_a_folder_and_a_user(
    tmp_path: Path, dieter: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["intake", "watch", str(tmp_path), "--once"]) == 2
    assert main(["intake", "watch", str(tmp_path / "nowhere"), "--as", "dieter"]) == 2
    assert main(["intake", "watch", str(tmp_path), "--as", "nobody", "--once"]) == 2

    assert capsys.readouterr().err == (
        "error: usage: rogatory intake watch DIR --as USER [--once]\n"
        f"error: {tmp_path / 'nowhere'}: not a directory\n"
        "error: no active user named 'nobody'\n"
    )
