"""`rogatory sweep [--once]`: the one long-running process that works through due deadlines.

Each unit of work is a sweep function `<verb>_one_<thing>(now) -> bool` that claims one due row.
The loop runs units until none has work, then sleeps SWEEP_INTERVAL_SECONDS. SIGTERM and SIGINT
stop it after the current unit, never in the middle of one.
"""

import argparse
import logging
import signal
import threading
from collections.abc import Callable, Sequence
from datetime import datetime
from types import FrameType

logger = logging.getLogger("rogatory.sweep")

Sweep = Callable[[datetime], bool]

# What each sweep did, as printed by --once.
LABELS = {
    "expire_one_preservation": "preservations expired",
    "remind_one_expiring_preservation": "expiry reminders raised",
    "remind_one_overdue_response": "overdue answers reminded",
    "remind_one_pending_validation": "overdue validations reminded",
    "chase_one_unacknowledged_request": "acknowledgement chases raised",
    "index_one_unindexed_request": "requests indexed for deconfliction",
    "email_one_pending_reminder": "reminder e-mails handled",
    "deliver_one_due_transmission": "transmissions handled",
}


def all_sweeps() -> tuple[Sweep, ...]:
    """Return every sweep, in the order a pass runs them (state changes before their e-mails)."""
    from rogatory.deconfliction.sweeps import index_one_unindexed_request
    from rogatory.requests.sweeps import (
        email_one_pending_reminder,
        expire_one_preservation,
        remind_one_expiring_preservation,
        remind_one_overdue_response,
        remind_one_pending_validation,
    )
    from rogatory.transmission.sweeps import (
        chase_one_unacknowledged_request,
        deliver_one_due_transmission,
    )

    return (
        expire_one_preservation,
        remind_one_expiring_preservation,
        remind_one_overdue_response,
        remind_one_pending_validation,
        chase_one_unacknowledged_request,
        # Indexing raises the match alerts, so it runs before their e-mails go out.
        index_one_unindexed_request,
        email_one_pending_reminder,
        deliver_one_due_transmission,
    )


def run_pass(sweeps: Sequence[Sweep], stop: threading.Event) -> dict[str, int]:
    """Run each sweep until it has no more work (or a stop is asked); count the units done."""
    from rogatory.core.clock import now

    done: dict[str, int] = {}
    for sweep in sweeps:
        name = sweep.__name__
        done[name] = 0
        while not stop.is_set():
            if not sweep(now()):
                break
            done[name] += 1
            logger.info("%s: one unit done", name)
    return done


def _run_once(sweeps: Sequence[Sweep]) -> int:
    done = run_pass(sweeps, threading.Event())
    for name, count in done.items():
        print(f"{LABELS.get(name, name)}: {count}")
    return 0


def _run_forever(sweeps: Sequence[Sweep], interval: float) -> int:
    from django.db import close_old_connections

    stop = threading.Event()

    def ask_stop(signum: int, frame: FrameType | None) -> None:
        logger.info(
            "sweeper: %s received, stopping after the current unit", signal.Signals(signum).name
        )
        stop.set()

    signal.signal(signal.SIGTERM, ask_stop)
    signal.signal(signal.SIGINT, ask_stop)
    logger.info("sweeper started (interval %s s)", interval)
    while not stop.is_set():
        # A connection broken by a database restart is replaced before the next pass.
        close_old_connections()
        try:
            done = run_pass(sweeps, stop)
        except Exception:
            # A database restart or an SMTP outage must not kill the sweeper; the deadlines stay
            # in their columns and the next pass picks them up.
            logger.exception("sweeper: pass failed; retrying in %s s", interval)
            done = {}
        if not any(done.values()):
            stop.wait(interval)
    logger.info("sweeper stopped")
    return 0


def handle(arguments: argparse.Namespace) -> int:
    """Run one pass (--once) or sweep until SIGTERM."""
    from django.conf import settings

    sweeps = all_sweeps()
    if arguments.once:
        return _run_once(sweeps)
    interval = (
        arguments.interval
        if arguments.interval is not None
        else float(settings.SWEEP_INTERVAL_SECONDS)
    )
    return _run_forever(sweeps, interval)


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser(
        "sweep",
        help="chase, remind, expire and deliver what is due (runs until SIGTERM)",
        description="Work through due deadlines: chases, expiry reminders, expiries, e-mails.",
    )
    parser.add_argument(
        "--once", action="store_true", help="do one full pass, print what was done, and exit"
    )
    parser.add_argument(
        "--interval",
        type=float,
        default=None,
        help="seconds to sleep when nothing is due (default: SWEEP_INTERVAL_SECONDS)",
    )
    parser.set_defaults(handler=handle)
