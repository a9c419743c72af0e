"""`rogatory worker`: run the background task worker (django_tasks_db's db_worker).

It delivers the e-mails queued by services right after their transaction commits; the sweeper
is the safety net for retries and lost tasks.
"""

import argparse


def handle(arguments: argparse.Namespace) -> int:
    """Run the database task worker until SIGTERM (or, with --batch, until the queue is empty)."""
    from django.core.management import call_command

    options: dict[str, object] = {
        "queue_name": arguments.queue_name,
        "interval": arguments.interval,
        "batch": arguments.batch,
        "reload": False,
        "startup_delay": not arguments.batch,
    }
    if arguments.max_tasks is not None:
        options["max_tasks"] = arguments.max_tasks
    call_command("db_worker", **options)
    return 0


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser(
        "worker",
        help="run the background task worker (e-mail delivery)",
        description="Run the database task worker that delivers queued e-mails.",
    )
    parser.add_argument(
        "--queue-name", default="default", help="queues to serve (default: default)"
    )
    parser.add_argument(
        "--interval", type=float, default=1.0, help="seconds between polls when idle (default: 1)"
    )
    parser.add_argument("--batch", action="store_true", help="run the tasks waiting now, then exit")
    parser.add_argument("--max-tasks", type=int, default=None, help="exit after this many tasks")
    parser.set_defaults(handler=handle)
