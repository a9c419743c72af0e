"""The only door to load a request for a user. Missing and not allowed look the same."""

from typing import TYPE_CHECKING

from rogatory.core.errors import NotFound
from rogatory.requests.models import CooperationRequest, CooperationRequestQuerySet

if TYPE_CHECKING:
    from rogatory.accounts.models import User


def owner_visible_to(user: "User") -> int | None:
    """Return the authority whose requests the user may see (the user's own), or None."""
    if not user.is_authenticated or not user.is_active:
        return None
    return user.authority_id


def requests_visible_to(user: "User") -> CooperationRequestQuerySet:
    """Return the requests the user may see: those owned by the user's authority."""
    return CooperationRequest.objects.visible_to_authority(owner_visible_to(user))


def access_request(
    user: "User", request_id: int | str, *, for_update: bool = False
) -> CooperationRequest:
    """Load one request the user may see, optionally row-locked; raise NotFound otherwise."""
    try:
        key = int(request_id)
    except (TypeError, ValueError):
        raise NotFound() from None
    queryset = requests_visible_to(user)
    if for_update:
        # Lock only the request row: PostgreSQL refuses FOR UPDATE on the nullable side of a join.
        queryset = queryset.select_for_update(of=("self",))
    found = (
        queryset.select_related(
            "requesting_authority__country",
            "requested_authority__country",
            "custodian__country",
            "requesting_contact_point",
            "requested_contact_point",
            "owner_authority",
        )
        .filter(pk=key)
        .first()
    )
    if found is None:
        raise NotFound()
    return found
