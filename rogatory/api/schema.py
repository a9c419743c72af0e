"""/api/schema: the published JSON Schema of the request document, whole or for one kind."""

from django.http import HttpRequest
from ninja import Router

from rogatory.core.errors import ValidationFailed
from rogatory.requests.document import request_json_schema
from rogatory.requests.kind_schema import request_json_schema_for
from rogatory.requests.kinds import KIND_CODES

router = Router(tags=["schema"])


@router.get(
    "/request",
    auth=None,
    response=dict[str, object],
    summary="JSON Schema of the request document; with ?kind=epoc, that kind's details "
    "(types, choices, required fields). Public: it holds no case data",
)
def request_schema(request: HttpRequest, kind: str = "") -> dict[str, object]:
    if not kind:
        return request_json_schema()
    if kind not in KIND_CODES:
        raise ValidationFailed(
            f"kind: unknown request kind '{kind}'; known: {', '.join(KIND_CODES)}."
        )
    return request_json_schema_for(kind)
