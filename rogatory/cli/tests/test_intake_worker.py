"""The intake's stages run by the real database task worker, as `rogatory worker` runs it."""

from typing import Any

import pytest
from django_tasks_db.models import DBTaskResult

from rogatory.cli import main
from rogatory.intake.models import BatchStage, IntakeBatch, Stage
from rogatory.intake.services import receive_intake
from rogatory.intake.tests import files, letters

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


# Committed transactions, so the tasks are queued on commit as in production; the serialised
# rollback puts back the data migrations' rows for the tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_uploaded_e_mail_is_read_stage_by_stage_by_the_worker_into_a_draft(
    dieter: Any, settings: Any
) -> None:
    settings.TASKS = DATABASE_BACKEND
    pdf = files.pdf_from_html("".join(f"<p>{line}</p>" for line in letters.FRENCH))
    mail = files.email_file(
        "Bonjour, veuillez trouver ci-joint notre demande de conservation.",
        [("requisition.pdf", pdf, "application/pdf")],
    )
    batch = receive_intake(dieter, [("mail.eml", mail)], source="test")

    # Nothing runs in the request: one task waits for the stored e-mail.
    assert [(r.task_path, r.args_kwargs["args"], r.status) for r in DBTaskResult.objects.all()] == [
        ("rogatory.intake.tasks.advance_intake_document", [batch.documents.get().pk], "READY")
    ]
    assert IntakeBatch.objects.get(pk=batch.pk).stage == BatchStage.RECEIVING

    assert main(["worker", "--batch", "--interval", "0"]) == 0

    batch.refresh_from_db()
    assert batch.stage == BatchStage.DRAFTED
    assert [(d.file_name, d.stage) for d in batch.documents.order_by("position")] == [
        ("mail.eml", Stage.IDENTIFIERS),
        ("requisition.pdf", Stage.IDENTIFIERS),
    ]
    assert batch.draft["their_reference"] == "PARQUET/2025/04417"
    assert batch.draft["request_date"] == "2025-03-12"
    # Per document: text, language, identifiers (three stages done), then the draft, which the
    # last document to finish writes; a task finding nothing left to do answers False and
    # queues nothing, so the queue empties. Every task ran once and successfully.
    results = list(DBTaskResult.objects.all())
    assert {r.status for r in results} == {"SUCCESSFUL"}
    assert sorted(r.return_value for r in results) == [False, False] + [True] * 7
