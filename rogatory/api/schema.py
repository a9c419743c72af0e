"""/api/schema: the published JSON Schema of the request document."""

from django.http import HttpRequest
from ninja import Router

from rogatory.requests.document import request_json_schema

router = Router(tags=["schema"])


@router.get(
    "/request",
    auth=None,
    response=dict[str, object],
    summary="JSON Schema of the request document (public: it holds no case data)",
)
def request_schema(request: HttpRequest) -> dict[str, object]:
    return request_json_schema()
