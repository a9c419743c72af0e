"""A watched folder: each file dropped into it becomes an intake of one user's authority.

A file is taken only once it is complete: unchanged for SETTLE_SECONDS, or already older than
that when first seen (a file written elsewhere and renamed into place keeps its old time).
After processing, it is moved to done/ or to failed/ with a .error.txt beside it. A ledger of
SHA-256 digests in the folder means the same content is never processed twice, even when it is
dropped again or the watcher stopped between processing and moving the file.
"""

import hashlib
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rogatory.core.errors import DomainError
from rogatory.intake.models import BatchStage
from rogatory.intake.services import process_intake, receive_intake

if TYPE_CHECKING:
    from rogatory.accounts.models import User

SETTLE_SECONDS = 2.0
LEDGER = ".rogatory-intake.sha256"
DONE = "done"
FAILED = "failed"
# Names that copy tools and browsers give files still being written.
PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".crdownload", ".download", ".filepart")


@dataclass(frozen=True)
class Outcome:
    """What became of one file: its intake (if stored), where it went, and the error if any."""

    name: str
    moved_to: Path
    intake_id: int | None = None
    error: str = ""


@dataclass
class Watcher:
    """Polls one folder for one user; call poll() repeatedly, or run() until stopped."""

    directory: Path
    user: "User"
    settle_seconds: float = SETTLE_SECONDS
    clock: Callable[[], float] = time.time
    # name -> (size, mtime_ns, instant the watcher first saw the file that way)
    _seen: dict[str, tuple[int, int, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for sub in (DONE, FAILED):
            (self.directory / sub).mkdir(parents=True, exist_ok=True)

    def _ledger(self) -> dict[str, str]:
        path = self.directory / LEDGER
        if not path.exists():
            return {}
        taken: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            digest, _, rest = line.partition(" ")
            taken[digest] = rest
        return taken

    def _remember(self, digest: str, note: str) -> None:
        with (self.directory / LEDGER).open("a", encoding="utf-8") as ledger:
            ledger.write(f"{digest} {note}\n")

    def _candidates(self) -> list[Path]:
        return sorted(
            entry
            for entry in self.directory.iterdir()
            if entry.is_file()
            and not entry.name.startswith(".")
            and not entry.name.lower().endswith(PARTIAL_SUFFIXES)
        )

    def ready(self) -> tuple[list[Path], int]:
        """Return the files complete enough to take, and how many are still being written."""
        instant = self.clock()
        found, waiting = [], 0
        present = set()
        for path in self._candidates():
            present.add(path.name)
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            seen = self._seen.get(path.name)
            if seen is None or seen[:2] != (stat.st_size, stat.st_mtime_ns):
                self._seen[path.name] = (stat.st_size, stat.st_mtime_ns, instant)
                seen = self._seen[path.name]
            old_enough = instant - stat.st_mtime_ns / 1e9 >= self.settle_seconds
            unchanged = instant - seen[2] >= self.settle_seconds
            if old_enough or unchanged:
                found.append(path)
            else:
                waiting += 1
        for gone in set(self._seen) - present:
            del self._seen[gone]
        return found, waiting

    def _move(self, path: Path, into: str, error: str = "") -> Path:
        target_dir = self.directory / into
        target = target_dir / path.name
        counter = 1
        while target.exists():
            target = target_dir / f"{path.stem}-{counter}{path.suffix}"
            counter += 1
        shutil.move(str(path), target)
        if error:
            Path(f"{target}.error.txt").write_text(error + "\n", encoding="utf-8")
        return target

    def take(self, path: Path) -> Outcome:
        """Process one complete file as an intake and move it to done/ or failed/."""
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        earlier = self._ledger().get(digest)
        if earlier is not None:
            error = f"Already taken ({earlier}); not processed again."
            return Outcome(path.name, self._move(path, FAILED, error), error=error)
        try:
            batch = receive_intake(self.user, [(path.name, data)], source="watch")
        except DomainError as refused:
            self._remember(digest, f"refused {path.name}")
            return Outcome(
                path.name, self._move(path, FAILED, refused.message), error=refused.message
            )
        # The ledger is written as soon as the intake exists: a watcher stopped before the file
        # is moved finds it in the ledger when it starts again.
        self._remember(digest, f"intake {batch.pk} {path.name}")
        process_intake(batch.pk)
        batch.refresh_from_db()
        if batch.stage == BatchStage.FAILED:
            return Outcome(
                path.name, self._move(path, FAILED, batch.error), batch.pk, error=batch.error
            )
        return Outcome(path.name, self._move(path, DONE), batch.pk)

    def poll(self) -> list[Outcome]:
        """Take every file that is complete now; leave the others for a later poll."""
        found, _ = self.ready()
        return [self.take(path) for path in found if path.exists()]

    def run(
        self,
        stop: threading.Event,
        *,
        interval: float = 1.0,
        report: Callable[[Outcome], None] = lambda _: None,
    ) -> None:
        """Poll until stop is set; the file being processed is finished before stopping."""
        while not stop.is_set():
            for outcome in self.poll():
                report(outcome)
            stop.wait(interval)

    def once(self, *, report: Callable[[Outcome], None] = lambda _: None) -> None:
        """Take what is there now, waiting for files still being written to settle once."""
        for outcome in self.poll():
            report(outcome)
        _, waiting = self.ready()
        if waiting:
            time.sleep(self.settle_seconds)
            for outcome in self.poll():
                report(outcome)
