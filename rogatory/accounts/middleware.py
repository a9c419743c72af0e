"""Server-side session limits: 15 minutes idle, 12 hours absolute (security.md)."""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse

from rogatory.accounts.models import User
from rogatory.audit.models import AuditAction
from rogatory.audit.services import record_event
from rogatory.core.clock import now

SIGNED_IN_AT = "rogatory_signed_in_at"
LAST_SEEN_AT = "rogatory_last_seen_at"


class SessionLimitsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            instant = now().timestamp()
            signed_in = float(request.session.get(SIGNED_IN_AT, instant))
            last_seen = float(request.session.get(LAST_SEEN_AT, instant))
            idle = instant - last_seen > settings.SESSION_IDLE_SECONDS
            if idle or instant - signed_in > settings.SESSION_ABSOLUTE_SECONDS:
                self._end_session(request, "idle" if idle else "absolute limit")
            else:
                request.session.setdefault(SIGNED_IN_AT, instant)
                request.session[LAST_SEEN_AT] = instant
        return self.get_response(request)

    @staticmethod
    def _end_session(request: HttpRequest, reason: str) -> None:
        """Sign the user out on the server; the forced sign-out is audited like any other."""
        user = request.user
        if isinstance(user, User):
            record_event(
                user.audit_actor(request.META.get("REMOTE_ADDR", "")),
                AuditAction.SIGN_OUT,
                object_type="user",
                object_id=user.pk,
                outcome="session expired",
                details={"reason": reason},
            )
        logout(request)
