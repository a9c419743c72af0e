"""The lifecycle as data: (event, direction, from-states, to-state, lifecycles). Pure.

Each request kind follows one lifecycle family (KindSpec.lifecycle): `preservation` (Art. 29,
EPOC-PR, provider preservation), `disclosure` (MLA, orders, emergencies, JIT…), `spontaneous`
(Art. 26: conditions accepted or not) and `record` (Art. 32: nothing is transmitted).

Services apply it under a row lock and write a history row per transition. The table is rendered
into docs/lifecycle.md by `rogatory docs lifecycle` so the picture cannot go stale.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import pgettext_lazy

from rogatory.requests.kinds import REGISTRY
from rogatory.requests.models import Direction, Outcome, State

PRESERVATION = frozenset({"preservation"})
DISCLOSURE = frozenset({"disclosure"})
SPONTANEOUS = frozenset({"spontaneous"})
RECORD = frozenset({"record"})
TRANSMITTED = PRESERVATION | DISCLOSURE | SPONTANEOUS

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
    lifecycles: frozenset[str] = TRANSMITTED
    # When not empty, only these kinds have the event (e.g. non-execution notices: EU orders).
    only_kinds: frozenset[str] = frozenset()

    def applies_to(self, kind: str) -> bool:
        """Say whether a request of this kind has this transition."""
        return REGISTRY[kind].lifecycle in self.lifecycles and (
            not self.only_kinds or kind in self.only_kinds
        )


EU_ORDERS = frozenset({"epoc", "epoc_pr"})


def _t(
    event: str,
    direction: str,
    sources: list[State],
    target: State,
    outcome: Outcome | None = None,
    description: str = "",
    lifecycles: frozenset[str] = TRANSMITTED,
    only_kinds: frozenset[str] = frozenset(),
) -> Transition:
    return Transition(
        event,
        str(direction),
        frozenset(str(s) for s in sources),
        str(target),
        str(outcome) if outcome is not None else None,
        description,
        lifecycles,
        only_kinds,
    )


OPEN_OUTGOING = [
    State.SENT,
    State.ACKNOWLEDGED,
    State.PRESERVATION_CONFIRMED,
    State.CLARIFICATION_REQUESTED,
    State.RESPONDED,
    State.CONDITIONS_ACCEPTED,
    State.CANNOT_COMPLY,
]
NOT_SPONTANEOUS = PRESERVATION | DISCLOSURE

TRANSITIONS: tuple[Transition, ...] = (
    # Requesting side, every transmitted kind.
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
        lifecycles=PRESERVATION,
    ),
    _t(
        "record_response",
        OUT,
        [State.SENT, State.ACKNOWLEDGED],
        State.RESPONDED,
        Outcome.DATA_RECEIVED,
        description="The data or evidence asked for was received.",
        lifecycles=DISCLOSURE,
    ),
    _t(
        "record_conditions_accepted",
        OUT,
        [State.SENT, State.ACKNOWLEDGED],
        State.CONDITIONS_ACCEPTED,
        description="The receiver accepted the conditions and is bound by them (Art. 26(2)).",
        lifecycles=SPONTANEOUS,
    ),
    _t(
        "record_cannot_comply",
        OUT,
        [State.SENT, State.ACKNOWLEDGED],
        State.CANNOT_COMPLY,
        description="The receiver cannot comply with the conditions: we decide (Art. 26(2)).",
        lifecycles=SPONTANEOUS,
    ),
    _t(
        "release_information",
        OUT,
        [State.CONDITIONS_ACCEPTED, State.CANNOT_COMPLY],
        State.CLOSED,
        Outcome.INFORMATION_RELEASED,
        description="We let the receiver use the information.",
        lifecycles=SPONTANEOUS,
    ),
    _t(
        "withhold_information",
        OUT,
        [State.CANNOT_COMPLY],
        State.CLOSED,
        Outcome.INFORMATION_WITHHELD,
        description="The conditions cannot be met: the information is not to be used.",
        lifecycles=SPONTANEOUS,
    ),
    _t(
        "record_clarification_request",
        OUT,
        [State.SENT, State.ACKNOWLEDGED],
        State.CLARIFICATION_REQUESTED,
        description="The requested side asked for clarification.",
        lifecycles=NOT_SPONTANEOUS,
    ),
    _t(
        "answer_clarification",
        OUT,
        [State.CLARIFICATION_REQUESTED],
        State.ACKNOWLEDGED,
        description="We answered the clarification request.",
        lifecycles=NOT_SPONTANEOUS,
    ),
    _t(
        "record_refusal",
        OUT,
        [State.SENT, State.ACKNOWLEDGED, State.CLARIFICATION_REQUESTED],
        State.REFUSED,
        Outcome.REFUSED,
        description="The requested side refused.",
        lifecycles=NOT_SPONTANEOUS,
    ),
    _t(
        "record_non_execution",
        OUT,
        [State.SENT, State.ACKNOWLEDGED],
        State.REFUSED,
        Outcome.NON_EXECUTION,
        description="The addressee sent a non-execution notice (reason code of Annex III).",
        lifecycles=NOT_SPONTANEOUS,
        only_kinds=EU_ORDERS,
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
        lifecycles=PRESERVATION,
    ),
    _t(
        "close",
        OUT,
        [State.ACKNOWLEDGED, State.RESPONDED],
        State.CLOSED,
        description="Closed with an outcome.",
        lifecycles=DISCLOSURE,
    ),
    _t(
        "expire",
        OUT,
        [State.PRESERVATION_CONFIRMED],
        State.EXPIRED,
        Outcome.EXPIRED,
        description="The preservation period ran out.",
        lifecycles=PRESERVATION,
    ),
    # Art. 32: nothing is transmitted, the access is recorded.
    _t(
        "record",
        OUT,
        [State.DRAFT],
        State.RECORDED,
        description="The trans-border access is recorded (what, when, how, hash).",
        lifecycles=RECORD,
    ),
    _t(
        "withdraw",
        OUT,
        [State.DRAFT],
        State.WITHDRAWN,
        Outcome.WITHDRAWN,
        description="The record is abandoned.",
        lifecycles=RECORD,
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
        lifecycles=PRESERVATION,
    ),
    _t(
        "confirm_preservation",
        IN,
        [State.PRESERVATION_ORDERED],
        State.PRESERVATION_CONFIRMED,
        description="The custodian confirmed preservation; expiry recorded.",
        lifecycles=PRESERVATION,
    ),
    _t(
        "respond",
        IN,
        [State.REGISTERED, State.ACKNOWLEDGED],
        State.RESPONDED,
        description="Executed: the data or evidence was sent to the requesting side.",
        lifecycles=DISCLOSURE,
    ),
    _t(
        "accept_conditions",
        IN,
        [State.REGISTERED, State.ACKNOWLEDGED],
        State.CONDITIONS_ACCEPTED,
        description="We accept the conditions and are bound by them (Art. 26(2)).",
        lifecycles=SPONTANEOUS,
    ),
    _t(
        "declare_cannot_comply",
        IN,
        [State.REGISTERED, State.ACKNOWLEDGED],
        State.CANNOT_COMPLY,
        description="We cannot comply with the conditions (Art. 26(2)).",
        lifecycles=SPONTANEOUS,
    ),
    _t(
        "ask_clarification",
        IN,
        [State.REGISTERED, State.ACKNOWLEDGED],
        State.CLARIFICATION_REQUESTED,
        description="Clarification asked, with reasons.",
        lifecycles=NOT_SPONTANEOUS,
    ),
    _t(
        "receive_clarification",
        IN,
        [State.CLARIFICATION_REQUESTED],
        State.ACKNOWLEDGED,
        description="The requesting side answered.",
        lifecycles=NOT_SPONTANEOUS,
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
        lifecycles=NOT_SPONTANEOUS,
    ),
    _t(
        "issue_non_execution_notice",
        IN,
        [State.REGISTERED, State.ACKNOWLEDGED],
        State.REFUSED,
        Outcome.NON_EXECUTION,
        description="Non-execution notice with its Annex III reason code (EPOC, EPOC-PR).",
        lifecycles=NOT_SPONTANEOUS,
        only_kinds=EU_ORDERS,
    ),
    _t(
        "close",
        IN,
        [State.ACKNOWLEDGED, State.PRESERVATION_CONFIRMED],
        State.CLOSED,
        description="Closed with an outcome.",
        lifecycles=PRESERVATION,
    ),
    _t(
        "close",
        IN,
        [State.ACKNOWLEDGED, State.RESPONDED],
        State.CLOSED,
        description="Closed with an outcome.",
        lifecycles=DISCLOSURE,
    ),
    _t(
        "close",
        IN,
        [State.CONDITIONS_ACCEPTED, State.CANNOT_COMPLY],
        State.CLOSED,
        description="Closed.",
        lifecycles=SPONTANEOUS,
    ),
    _t(
        "expire",
        IN,
        [State.PRESERVATION_CONFIRMED],
        State.EXPIRED,
        Outcome.EXPIRED,
        description="The preservation period ran out.",
        lifecycles=PRESERVATION,
    ),
)

# Each event in words, lower case as it reads inside a sentence ("Cannot send a request...");
# the timeline capitalises it. Besides the table's events: the first history row of a request
# ("draft", "register") and the ex-post validation of an emergency order.
EVENT_LABELS: dict[str, Promise] = {
    "draft": pgettext_lazy("lifecycle event", "draft"),
    "register": pgettext_lazy("lifecycle event", "register"),
    "approve": pgettext_lazy("lifecycle event", "approve"),
    "send": pgettext_lazy("lifecycle event", "send"),
    "acknowledge": pgettext_lazy("lifecycle event", "acknowledge"),
    "record_acknowledgement": pgettext_lazy("lifecycle event", "record acknowledgement"),
    "ask_clarification": pgettext_lazy("lifecycle event", "ask clarification"),
    "record_clarification_request": pgettext_lazy(
        "lifecycle event", "record clarification request"
    ),
    "answer_clarification": pgettext_lazy("lifecycle event", "answer clarification"),
    "receive_clarification": pgettext_lazy("lifecycle event", "receive clarification"),
    "order_preservation": pgettext_lazy("lifecycle event", "order preservation"),
    "confirm_preservation": pgettext_lazy("lifecycle event", "confirm preservation"),
    "record_preservation_confirmed": pgettext_lazy(
        "lifecycle event", "record preservation confirmed"
    ),
    "respond": pgettext_lazy("lifecycle event", "respond"),
    "record_response": pgettext_lazy("lifecycle event", "record response"),
    "accept_conditions": pgettext_lazy("lifecycle event", "accept conditions"),
    "record_conditions_accepted": pgettext_lazy("lifecycle event", "record conditions accepted"),
    "declare_cannot_comply": pgettext_lazy("lifecycle event", "declare cannot comply"),
    "record_cannot_comply": pgettext_lazy("lifecycle event", "record cannot comply"),
    "release_information": pgettext_lazy("lifecycle event", "release information"),
    "withhold_information": pgettext_lazy("lifecycle event", "withhold information"),
    "issue_non_execution_notice": pgettext_lazy("lifecycle event", "issue non execution notice"),
    "record_non_execution": pgettext_lazy("lifecycle event", "record non execution"),
    "refuse": pgettext_lazy("lifecycle event", "refuse"),
    "record_refusal": pgettext_lazy("lifecycle event", "record refusal"),
    "record": pgettext_lazy("lifecycle event", "record"),
    "record_validation": pgettext_lazy("lifecycle event", "record validation"),
    "close": pgettext_lazy("lifecycle event", "close"),
    "reopen": pgettext_lazy("lifecycle event", "reopen"),
    "withdraw": pgettext_lazy("lifecycle event", "withdraw"),
    "expire": pgettext_lazy("lifecycle event", "expire"),
}

TERMINAL_STATES = frozenset(
    {State.CLOSED, State.REFUSED, State.WITHDRAWN, State.EXPIRED, State.RECORDED}
)


def lifecycle_of(kind: str) -> str:
    """Return the lifecycle family a kind follows."""
    return REGISTRY[kind].lifecycle


def transitions_of(lifecycle: str) -> list[Transition]:
    """Return the transitions of one lifecycle family, in table order."""
    return [t for t in TRANSITIONS if lifecycle in t.lifecycles]


def events_for(direction: str, kind: str = "preservation") -> list[str]:
    """Return every event name valid in the direction for the kind, in table order."""
    return list(
        dict.fromkeys(
            t.event for t in TRANSITIONS if t.direction == direction and t.applies_to(kind)
        )
    )


def find_transition(
    event: str, direction: str, from_state: str, kind: str = "preservation"
) -> Transition | None:
    """Return the transition for the event from the state, or None when not allowed."""
    for transition in TRANSITIONS:
        if (
            transition.event == event
            and transition.direction == direction
            and from_state in transition.from_states
            and transition.applies_to(kind)
        ):
            return transition
    return None


def available_events(direction: str, state: str, kind: str = "preservation") -> list[str]:
    """Return the events that may be applied to a request of this kind in this state."""
    return list(
        dict.fromkeys(
            t.event
            for t in TRANSITIONS
            if t.direction == direction and state in t.from_states and t.applies_to(kind)
        )
    )
