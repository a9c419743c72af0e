"""Errors the services raise; interfaces translate them (404, 409, 422, exit status 1...)."""


class DomainError(Exception):
    """A use case refused: the message is shown to the user as it is."""

    code = "domain_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


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

    def __init__(self, message: str, defects: list[str]) -> None:
        super().__init__(message)
        self.defects = defects


class ValidationFailed(DomainError):
    code = "invalid"
