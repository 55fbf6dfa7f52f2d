"""The outbox machine: every (state, event) pair is decided, and no state is skipped."""

import itertools

import pytest
from satchel.client.outbox.machine import (
    NO_OPS,
    TRANSITIONS,
    Event,
    InvalidTransition,
    State,
    next_state,
    report_state,
)


def test_no_pair_is_both_a_transition_and_a_no_op() -> None:
    assert not set(TRANSITIONS) & NO_OPS


@pytest.mark.parametrize(("state", "event"), list(itertools.product(State, Event)))
def test_every_pair_is_decided(state: State, event: Event) -> None:
    if (state, event) in TRANSITIONS:
        assert next_state(state, event) == TRANSITIONS[(state, event)]
    elif (state, event) in NO_OPS:
        assert next_state(state, event) == state
    else:
        with pytest.raises(InvalidTransition):
            next_state(state, event)


def test_usb_path() -> None:
    s = State.DRAFT
    for event, expected in [(Event.SEAL, State.QUEUED), (Event.EXPORT, State.EXPORTED),
                            (Event.EXPORT, State.EXPORTED), (Event.RECEIPT, State.DELIVERED),
                            (Event.ERASE, State.ERASED)]:
        s = next_state(s, event)
        assert s == expected


def test_tor_path_with_a_failure() -> None:
    s = next_state(State.DRAFT, Event.SEAL)
    s = next_state(s, Event.UPLOAD_START)
    s = next_state(s, Event.UPLOAD_FAILED)
    assert s == State.QUEUED
    s = next_state(next_state(s, Event.UPLOAD_START), Event.RECEIPT)
    assert s == State.DELIVERED


def test_nothing_leaves_erased_and_a_draft_cannot_be_delivered() -> None:
    for event in Event:
        with pytest.raises(InvalidTransition):
            next_state(State.ERASED, event)
    with pytest.raises(InvalidTransition):
        next_state(State.DRAFT, Event.RECEIPT)
    with pytest.raises(InvalidTransition):
        next_state(State.QUEUED, Event.SEAL)


def test_report_state_is_the_least_advanced_envelope() -> None:
    assert report_state([]) == State.DRAFT
    assert report_state([State.DELIVERED, State.EXPORTED]) == State.EXPORTED
    assert report_state([State.DELIVERED, State.QUEUED, State.EXPORTED]) == State.QUEUED
    assert report_state([State.UPLOADING, State.QUEUED]) == State.UPLOADING
    assert report_state([State.DELIVERED, State.DELIVERED]) == State.DELIVERED
