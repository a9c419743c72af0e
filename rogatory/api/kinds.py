"""/api/kinds: the catalogue of request kinds, read from the kind specs (requests/kinds/)."""

from typing import Any

from django.http import HttpRequest
from ninja import Router

from rogatory.api.schemas import KindOut
from rogatory.requests.kind_schema import kinds_catalogue

router = Router(tags=["kinds"])


@router.get(
    "",
    auth=None,
    response=list[KindOut],
    summary="Every request kind: legal basis, lifecycle, sections and fields (which are "
    "required), clocks with their sources, and which kinds it follows (public: no case data)",
)
def list_kinds(request: HttpRequest) -> list[dict[str, Any]]:
    return kinds_catalogue()
