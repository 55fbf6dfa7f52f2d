r"""The outbox state machine, as a table. It does no I/O.

Each envelope moves through these states (docs/outbox.md draws them):

    queued --upload_start--> uploading --receipt--> delivered --erase--> erased
      |  ^                       |
      |  +----upload_failed------+
      +--export--> exported --receipt--> delivered
                      |  \--upload_start--> uploading

A report is a draft until it is sealed; then its state is derived from its envelopes
(`report_state`). Every (state, event) pair is decided: a transition, an explicit no-op,
or an InvalidTransition error, so a replayed or late event can never skip a state.
"""

from collections.abc import Iterable
from enum import StrEnum


class State(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    UPLOADING = "uploading"
    EXPORTED = "exported"
    DELIVERED = "delivered"
    ERASED = "erased"


class Event(StrEnum):
    SEAL = "seal"
    UPLOAD_START = "upload_start"
    UPLOAD_FAILED = "upload_failed"
    EXPORT = "export"
    RECEIPT = "receipt"
    ERASE = "erase"


class InvalidTransition(Exception):
    def __init__(self, state: State, event: Event) -> None:
        super().__init__(f"event {event} is not allowed in state {state}")
        self.state = state
        self.event = event


S, E = State, Event
TRANSITIONS: dict[tuple[State, Event], State] = {
    (S.DRAFT, E.SEAL): S.QUEUED,
    (S.QUEUED, E.UPLOAD_START): S.UPLOADING,
    (S.QUEUED, E.EXPORT): S.EXPORTED,
    (S.QUEUED, E.RECEIPT): S.DELIVERED,
    (S.UPLOADING, E.UPLOAD_FAILED): S.QUEUED,
    (S.UPLOADING, E.RECEIPT): S.DELIVERED,
    (S.UPLOADING, E.EXPORT): S.EXPORTED,
    (S.EXPORTED, E.UPLOAD_START): S.UPLOADING,
    (S.EXPORTED, E.RECEIPT): S.DELIVERED,
    (S.DELIVERED, E.ERASE): S.ERASED,
}
# Harmless repeats: a second export of the same envelope, a duplicate receipt, a failure
# reported after the upload already counted as failed.
NO_OPS: frozenset[tuple[State, Event]] = frozenset(
    {
        (S.EXPORTED, E.EXPORT),
        (S.DELIVERED, E.RECEIPT),
        (S.DELIVERED, E.EXPORT),
        (S.DELIVERED, E.UPLOAD_FAILED),
        (S.QUEUED, E.UPLOAD_FAILED),
        (S.EXPORTED, E.UPLOAD_FAILED),
    }
)


def next_state(state: State, event: Event) -> State:
    """The state after `event`; raises InvalidTransition for a pair the table forbids."""
    if (state, event) in NO_OPS:
        return state
    try:
        return TRANSITIONS[(state, event)]
    except KeyError:
        raise InvalidTransition(state, event) from None


def report_state(envelope_states: Iterable[State]) -> State:
    """A sealed report's state: the least advanced of its envelopes."""
    order = (S.UPLOADING, S.QUEUED, S.EXPORTED, S.DELIVERED, S.ERASED)
    states = set(envelope_states)
    if not states:
        return S.DRAFT
    for candidate in order:
        if candidate in states:
            return candidate
    return S.DRAFT
