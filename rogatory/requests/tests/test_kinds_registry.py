"""The kind specs, the model's choices and the clock rules stay one truth."""

import pytest

from rogatory.requests.kinds import REGISTRY
from rogatory.requests.models import ClockName, ClockRule, RequestKind


def test_every_kind_has_a_spec_and_every_spec_a_kind() -> None:
    assert set(REGISTRY) == set(RequestKind.values)


def test_every_clock_named_by_a_spec_exists() -> None:
    named = {clock.clock for spec in REGISTRY.values() for clock in spec.clocks}
    assert named <= set(ClockName.values)


@pytest.mark.django_db
def test_every_default_clock_of_every_spec_is_a_clock_rule() -> None:
    rules = {
        (rule.kind, rule.clock): (rule.hours, rule.source)
        for rule in ClockRule.objects.filter(country=None, provider=None)
    }
    expected = {
        (spec.code, clock.clock): (clock.hours, clock.source)
        for spec in REGISTRY.values()
        for clock in spec.clocks
    }
    assert {key: rules.get(key) for key in expected} == expected


def test_each_required_field_has_its_own_message() -> None:
    for spec in REGISTRY.values():
        messages = [f.missing for f in spec.detail_fields if f.is_required]
        messages += list(spec.required_common.values())
        assert len(messages) == len(set(messages)), spec.code
