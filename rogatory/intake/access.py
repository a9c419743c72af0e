"""The only door to load an intake for a user. Missing and not allowed look the same."""

from typing import TYPE_CHECKING

from rogatory.core.errors import NotFound
from rogatory.intake.models import IntakeBatch, IntakeBatchQuerySet

if TYPE_CHECKING:
    from rogatory.accounts.models import User


def intakes_visible_to(user: "User") -> IntakeBatchQuerySet:
    """Return the intakes the user may see: those received by the user's authority."""
    if not user.is_authenticated or not user.is_active:
        return IntakeBatch.objects.none()
    return IntakeBatch.objects.visible_to_authority(user.authority_id)


def access_intake(user: "User", intake_id: int | str, *, for_update: bool = False) -> IntakeBatch:
    """Load one intake the user may see, optionally row-locked; raise NotFound otherwise."""
    try:
        key = int(intake_id)
    except (TypeError, ValueError):
        raise NotFound() from None
    queryset = intakes_visible_to(user)
    if for_update:
        queryset = queryset.select_for_update(of=("self",))
    found = queryset.filter(pk=key).first()
    if found is None:
        raise NotFound()
    return found
