"""Who may see the deconfliction overview. Missing and not allowed look the same."""

from typing import TYPE_CHECKING

from rogatory.core.errors import NotFound

if TYPE_CHECKING:
    from rogatory.accounts.models import User


def access_overview(user: "User") -> None:
    """Let supervisors and administrators of a unit through; raise NotFound for anyone else.

    The overview counts every unit's overlapping requests per provider and type: a picture of
    other units' work that coordinating them needs and drafting one request does not
    (docs/decisions/0010-deconfliction-overview-audience.md).
    """
    if not (user.is_authenticated and user.is_active and user.authority_id and user.can_approve):
        raise NotFound()
