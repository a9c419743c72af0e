"""Every (kind, direction, state, event) of the lifecycle table: allowed exactly where it says."""

import pytest

from rogatory.requests.kinds import REGISTRY
from rogatory.requests.models import Direction, State
from rogatory.requests.states import (
    TERMINAL_STATES,
    TRANSITIONS,
    available_events,
    find_transition,
)

SENT_OR_ACK = {"sent", "acknowledged"}
OUT_GENERIC = {
    "approve": ({"draft"}, "approved"),
    "reopen": ({"approved"}, "draft"),
    "send": ({"approved"}, "sent"),
    "record_acknowledgement": ({"sent"}, "acknowledged"),
}
NOT_SPONTANEOUS_OUT = {
    "record_clarification_request": (SENT_OR_ACK, "clarification_requested"),
    "answer_clarification": ({"clarification_requested"}, "acknowledged"),
    "record_refusal": (SENT_OR_ACK | {"clarification_requested"}, "refused"),
}
IN_GENERIC = {"acknowledge": ({"registered"}, "acknowledged")}
NOT_SPONTANEOUS_IN = {
    "ask_clarification": ({"registered", "acknowledged"}, "clarification_requested"),
    "receive_clarification": ({"clarification_requested"}, "acknowledged"),
    "refuse": (
        {"registered", "acknowledged", "clarification_requested", "preservation_ordered"},
        "refused",
    ),
}
OPEN_OUT = {
    "sent",
    "acknowledged",
    "preservation_confirmed",
    "clarification_requested",
    "responded",
    "conditions_accepted",
    "cannot_comply",
}
WITHDRAW = {"withdraw": ({"draft", "approved"} | OPEN_OUT, "withdrawn")}

EXPECTED: dict[tuple[str, str], dict[str, tuple[set[str], str]]] = {
    ("preservation", "outgoing"): {
        **OUT_GENERIC,
        **NOT_SPONTANEOUS_OUT,
        **WITHDRAW,
        "record_preservation_confirmed": (SENT_OR_ACK, "preservation_confirmed"),
        "close": ({"acknowledged", "preservation_confirmed"}, "closed"),
        "expire": ({"preservation_confirmed"}, "expired"),
    },
    ("preservation", "incoming"): {
        **IN_GENERIC,
        **NOT_SPONTANEOUS_IN,
        "order_preservation": ({"registered", "acknowledged"}, "preservation_ordered"),
        "confirm_preservation": ({"preservation_ordered"}, "preservation_confirmed"),
        "close": ({"acknowledged", "preservation_confirmed"}, "closed"),
        "expire": ({"preservation_confirmed"}, "expired"),
    },
    ("disclosure", "outgoing"): {
        **OUT_GENERIC,
        **NOT_SPONTANEOUS_OUT,
        **WITHDRAW,
        "record_response": (SENT_OR_ACK, "responded"),
        "close": ({"acknowledged", "responded"}, "closed"),
    },
    ("disclosure", "incoming"): {
        **IN_GENERIC,
        **NOT_SPONTANEOUS_IN,
        "respond": ({"registered", "acknowledged"}, "responded"),
        "close": ({"acknowledged", "responded"}, "closed"),
    },
    ("spontaneous", "outgoing"): {
        **OUT_GENERIC,
        **WITHDRAW,
        "record_conditions_accepted": (SENT_OR_ACK, "conditions_accepted"),
        "record_cannot_comply": (SENT_OR_ACK, "cannot_comply"),
        "release_information": ({"conditions_accepted", "cannot_comply"}, "closed"),
        "withhold_information": ({"cannot_comply"}, "closed"),
    },
    ("spontaneous", "incoming"): {
        **IN_GENERIC,
        "accept_conditions": ({"registered", "acknowledged"}, "conditions_accepted"),
        "declare_cannot_comply": ({"registered", "acknowledged"}, "cannot_comply"),
        "close": ({"conditions_accepted", "cannot_comply"}, "closed"),
    },
    ("record", "outgoing"): {
        "record": ({"draft"}, "recorded"),
        "withdraw": ({"draft"}, "withdrawn"),
    },
    ("record", "incoming"): {},
}
EU_ONLY = {
    "outgoing": {"record_non_execution": (SENT_OR_ACK, "refused")},
    "incoming": {"issue_non_execution_notice": ({"registered", "acknowledged"}, "refused")},
}
ALL_EVENTS = sorted({t.event for t in TRANSITIONS})


def expected_for(kind: str, direction: str) -> dict[str, tuple[set[str], str]]:
    table = dict(EXPECTED[(REGISTRY[kind].lifecycle, direction)])
    if kind in {"epoc", "epoc_pr"}:
        table.update(EU_ONLY[direction])
    return table


@pytest.mark.parametrize("kind", sorted(REGISTRY))
@pytest.mark.parametrize("direction", Direction.values)
def test_each_state_event_pair_is_allowed_only_where_the_table_says(
    kind: str, direction: str
) -> None:
    table = expected_for(kind, direction)
    wrong = []
    for event in ALL_EVENTS:
        for state in State.values:
            expected = table.get(event)
            transition = find_transition(event, direction, state, kind)
            allowed = expected is not None and state in expected[0]
            got = transition.to_state if transition else None
            if got != (expected[1] if allowed and expected else None):
                wrong.append((event, state, got))
    assert wrong == []


def test_no_event_leaves_a_terminal_state() -> None:
    for kind in REGISTRY:
        for direction in Direction.values:
            for state in TERMINAL_STATES:
                assert available_events(direction, state, kind) == []


def test_a_preservation_has_no_non_execution_notice_but_an_epoc_has() -> None:
    assert "record_non_execution" not in available_events("outgoing", "sent", "preservation")
    assert "record_non_execution" in available_events("outgoing", "sent", "epoc")


def test_an_article_32_record_is_never_sent() -> None:
    assert available_events("outgoing", "draft", "transborder_access") == ["record", "withdraw"]
    assert find_transition("send", "outgoing", "approved", "transborder_access") is None
