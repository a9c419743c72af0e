"""Every (state, event) pair of the lifecycle table, in both directions."""

import pytest

from rogatory.requests.models import Direction, State
from rogatory.requests.states import (
    TERMINAL_STATES,
    TRANSITIONS,
    available_events,
    events_for,
    find_transition,
)

EXPECTED = {
    ("outgoing", "approve"): ({"draft"}, "approved"),
    ("outgoing", "reopen"): ({"approved"}, "draft"),
    ("outgoing", "send"): ({"approved"}, "sent"),
    ("outgoing", "record_acknowledgement"): ({"sent"}, "acknowledged"),
    ("outgoing", "record_preservation_confirmed"): (
        {"sent", "acknowledged"},
        "preservation_confirmed",
    ),
    ("outgoing", "record_clarification_request"): (
        {"sent", "acknowledged"},
        "clarification_requested",
    ),
    ("outgoing", "answer_clarification"): ({"clarification_requested"}, "acknowledged"),
    ("outgoing", "record_refusal"): (
        {"sent", "acknowledged", "clarification_requested"},
        "refused",
    ),
    ("outgoing", "withdraw"): (
        {
            "draft",
            "approved",
            "sent",
            "acknowledged",
            "preservation_confirmed",
            "clarification_requested",
        },
        "withdrawn",
    ),
    ("outgoing", "close"): ({"acknowledged", "preservation_confirmed"}, "closed"),
    ("outgoing", "expire"): ({"preservation_confirmed"}, "expired"),
    ("incoming", "acknowledge"): ({"registered"}, "acknowledged"),
    ("incoming", "order_preservation"): ({"registered", "acknowledged"}, "preservation_ordered"),
    ("incoming", "confirm_preservation"): ({"preservation_ordered"}, "preservation_confirmed"),
    ("incoming", "ask_clarification"): ({"registered", "acknowledged"}, "clarification_requested"),
    ("incoming", "receive_clarification"): ({"clarification_requested"}, "acknowledged"),
    ("incoming", "refuse"): (
        {"registered", "acknowledged", "clarification_requested", "preservation_ordered"},
        "refused",
    ),
    ("incoming", "close"): ({"acknowledged", "preservation_confirmed"}, "closed"),
    ("incoming", "expire"): ({"preservation_confirmed"}, "expired"),
}

PAIRS = [
    (direction, event, state)
    for direction in Direction.values
    for event in events_for(direction)
    for state in State.values
]


def test_the_table_is_exactly_the_documented_lifecycle() -> None:
    table = {(t.direction, t.event): (set(t.from_states), t.to_state) for t in TRANSITIONS}
    assert table == EXPECTED


@pytest.mark.parametrize(("direction", "event", "state"), PAIRS)
def test_each_state_event_pair_is_allowed_only_where_the_table_says(
    direction: str, event: str, state: str
) -> None:
    sources, target = EXPECTED[(direction, event)]
    transition = find_transition(event, direction, state)
    if state in sources:
        assert transition is not None
        assert transition.to_state == target
    else:
        assert transition is None


def test_no_event_leaves_a_terminal_state() -> None:
    for direction in Direction.values:
        for state in TERMINAL_STATES:
            assert available_events(direction, state) == []


def test_an_event_of_the_other_direction_is_not_found() -> None:
    assert find_transition("send", "incoming", "approved") is None
    assert find_transition("acknowledge", "outgoing", "registered") is None
