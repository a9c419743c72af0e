"""Background tasks: thin wrappers that call services."""

from django.tasks import task

from rogatory.intake import services


@task
def advance_intake_document(document_id: int) -> bool:
    """Run the next stage of one intake document, then queue the one after it."""
    progressed = services.advance_intake_document(document_id)
    if progressed:
        advance_intake_document.enqueue(document_id)
    return progressed
