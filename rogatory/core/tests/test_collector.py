import gc

import pytest

from rogatory.core.collector import cyclic_collector_paused


def test_it_pauses_the_collector_and_restores_it() -> None:
    assert gc.isenabled()
    with cyclic_collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_it_restores_the_collector_after_an_error() -> None:
    with pytest.raises(ValueError, match=r"^boom$"), cyclic_collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_it_leaves_a_paused_collector_paused() -> None:
    gc.disable()
    try:
        with cyclic_collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
