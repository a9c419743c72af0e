"""The lifecycle as data: (event, direction, from-states, to-state). Pure; no Django queries.

Services apply it under a row lock and write a history row per transition. The table is rendered
into docs/lifecycle.md by `rogatory docs lifecycle` so the picture cannot go stale.
"""

from dataclasses import dataclass

from rogatory.requests.models import Direction, Outcome, State

OUT = Direction.OUTGOING
IN = Direction.INCOMING


@dataclass(frozen=True)
class Transition:
    event: str
    direction: str
    from_states: frozenset[str]
    to_state: str
    outcome: str | None = None
    description: str = ""


def _t(
    event: str,
    direction: str,
    sources: list[State],
    target: State,
    outcome: Outcome | None = None,
    description: str = "",
) -> Transition:
    return Transition(
        event,
        str(direction),
        frozenset(str(s) for s in sources),
        str(target),
        str(outcome) if outcome is not None else None,
        description,
    )


OPEN_OUTGOING = [
    State.SENT,
    State.ACKNOWLEDGED,
    State.PRESERVATION_CONFIRMED,
    State.CLARIFICATION_REQUESTED,
]
OPEN_INCOMING = [
    State.REGISTERED,
    State.ACKNOWLEDGED,
    State.CLARIFICATION_REQUESTED,
    State.PRESERVATION_ORDERED,
    State.PRESERVATION_CONFIRMED,
]

TRANSITIONS: tuple[Transition, ...] = (
    # Requesting side.
    _t(
        "approve",
        OUT,
        [State.DRAFT],
        State.APPROVED,
        description="A supervisor other than the drafter approves a complete request.",
    ),
    _t(
        "reopen",
        OUT,
        [State.APPROVED],
        State.DRAFT,
        description="An approved request is edited: it needs approval again.",
    ),
    _t("send", OUT, [State.APPROVED], State.SENT, description="Transmitted to the requested side."),
    _t(
        "record_acknowledgement",
        OUT,
        [State.SENT],
        State.ACKNOWLEDGED,
        description="The requested side confirmed receipt.",
    ),
    _t(
        "record_preservation_confirmed",
        OUT,
        [State.SENT, State.ACKNOWLEDGED],
        State.PRESERVATION_CONFIRMED,
        description="The requested side confirmed preservation.",
    ),
    _t(
        "record_clarification_request",
        OUT,
        [State.SENT, State.ACKNOWLEDGED],
        State.CLARIFICATION_REQUESTED,
        description="The requested side asked for clarification.",
    ),
    _t(
        "answer_clarification",
        OUT,
        [State.CLARIFICATION_REQUESTED],
        State.ACKNOWLEDGED,
        description="We answered the clarification request.",
    ),
    _t(
        "record_refusal",
        OUT,
        [State.SENT, State.ACKNOWLEDGED, State.CLARIFICATION_REQUESTED],
        State.REFUSED,
        Outcome.REFUSED,
        description="The requested side refused.",
    ),
    _t(
        "withdraw",
        OUT,
        [State.DRAFT, State.APPROVED, *OPEN_OUTGOING],
        State.WITHDRAWN,
        Outcome.WITHDRAWN,
        description="We no longer need the request.",
    ),
    _t(
        "close",
        OUT,
        [State.ACKNOWLEDGED, State.PRESERVATION_CONFIRMED],
        State.CLOSED,
        description="Closed with an outcome (MLA sent, extended, data not held...).",
    ),
    _t(
        "expire",
        OUT,
        [State.PRESERVATION_CONFIRMED],
        State.EXPIRED,
        Outcome.EXPIRED,
        description="The preservation period ran out.",
    ),
    # Requested side.
    _t(
        "acknowledge",
        IN,
        [State.REGISTERED],
        State.ACKNOWLEDGED,
        description="Acknowledgement of receipt sent.",
    ),
    _t(
        "order_preservation",
        IN,
        [State.REGISTERED, State.ACKNOWLEDGED],
        State.PRESERVATION_ORDERED,
        description="Preservation ordered to the custodian.",
    ),
    _t(
        "confirm_preservation",
        IN,
        [State.PRESERVATION_ORDERED],
        State.PRESERVATION_CONFIRMED,
        description="The custodian confirmed preservation; expiry recorded.",
    ),
    _t(
        "ask_clarification",
        IN,
        [State.REGISTERED, State.ACKNOWLEDGED],
        State.CLARIFICATION_REQUESTED,
        description="Clarification asked, with reasons.",
    ),
    _t(
        "receive_clarification",
        IN,
        [State.CLARIFICATION_REQUESTED],
        State.ACKNOWLEDGED,
        description="The requesting side answered.",
    ),
    _t(
        "refuse",
        IN,
        [
            State.REGISTERED,
            State.ACKNOWLEDGED,
            State.CLARIFICATION_REQUESTED,
            State.PRESERVATION_ORDERED,
        ],
        State.REFUSED,
        Outcome.REFUSED,
        description="Refused, with reasons.",
    ),
    _t(
        "close",
        IN,
        [State.ACKNOWLEDGED, State.PRESERVATION_CONFIRMED],
        State.CLOSED,
        description="Closed with an outcome.",
    ),
    _t(
        "expire",
        IN,
        [State.PRESERVATION_CONFIRMED],
        State.EXPIRED,
        Outcome.EXPIRED,
        description="The preservation period ran out.",
    ),
)

_INDEX: dict[tuple[str, str], Transition] = {(t.event, t.direction): t for t in TRANSITIONS}

TERMINAL_STATES = frozenset({State.CLOSED, State.REFUSED, State.WITHDRAWN, State.EXPIRED})


def events_for(direction: str) -> list[str]:
    """Return every event name valid in the direction, in table order."""
    return list(dict.fromkeys(t.event for t in TRANSITIONS if t.direction == direction))


def find_transition(event: str, direction: str, from_state: str) -> Transition | None:
    """Return the transition for the event from the state, or None when not allowed."""
    transition = _INDEX.get((event, direction))
    if transition is None or from_state not in transition.from_states:
        return None
    return transition


def available_events(direction: str, state: str) -> list[str]:
    """Return the events that may be applied to a request in this state."""
    return [t.event for t in TRANSITIONS if t.direction == direction and state in t.from_states]
