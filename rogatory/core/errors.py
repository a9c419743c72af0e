"""Errors the services raise; interfaces translate them (404, 409, 422, exit status 1...).

`message` is English, always: the API and the CLI print it as it is and clients match on it.
`text` is the same message in the active language, for the web pages: a message marked for
translation (gettext_noop at the raise site) whose %(name)s values are filled in after
translating, each value translated too when it is itself a lazy text (a state's label).
"""

from collections.abc import Mapping, Sequence

from rogatory.core.translation import english, fill


class DomainError(Exception):
    """A use case refused: the message is shown to the user as it is."""

    code = "domain_error"

    def __init__(self, message: str, *, params: Mapping[str, object] | None = None) -> None:
        self.template = message
        self.params = dict(params or {})
        english_message = (
            message % {name: english(value) for name, value in self.params.items()}
            if self.params
            else message
        )
        super().__init__(english_message)
        self.message = english_message

    @property
    def text(self) -> str:
        """Return the message in the active language (English when it is not translated)."""
        return fill(self.template, self.params)


class NotFound(DomainError):
    """Missing and not allowed look the same (security.md: need-to-know)."""

    code = "not_found"

    def __init__(self, message: str = "Not found.") -> None:
        super().__init__(message)


class NotAllowed(DomainError):
    """The user may see the object but may not do this to it (role, four-eyes)."""

    code = "not_allowed"


class InvalidTransition(DomainError):
    code = "invalid_transition"


class IncompleteRequest(DomainError):
    code = "incomplete"

    def __init__(
        self,
        message: str,
        defects: list[str],
        *,
        params: Mapping[str, object] | None = None,
        defect_texts: Sequence[object] = (),
    ) -> None:
        super().__init__(message, params=params)
        self.defects = defects
        # The defects as the page shows them (lazy texts, translated when printed).
        self.defect_texts = list(defect_texts) or list(defects)


class ValidationFailed(DomainError):
    code = "invalid"
