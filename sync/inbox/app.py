"""The inbox: an ASGI application that receives envelopes and signs delivery receipts.

Routes (CONTRACT.md "Inbox HTTP interface"; desk endpoints in docs/inbox-api.md):
- tus 1.0.0 core + creation + termination + checksum + expiration at /uploads/
  (satchel.sync.inbox.tus), with the upload limits of satchel.sync.inbox.limits;
- GET /receipts/<sha256>: the signed receipt of a stored envelope, 404 until stored;
- GET /directory: the current signed coalition directory, 404 if none;
- /desk/...: challenge-response authenticated pull API (satchel.sync.inbox.desk).

The inbox holds ciphertext only. It logs no client data (no hashes, no upload ids, no
addresses); run uvicorn with access_log=False, since access lines name receipt hashes.
All storage calls run on worker threads so the event loop never blocks on disk; a
background task expires abandoned uploads and deletes acknowledged envelopes.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable

import anyio
import anyio.to_thread
from satchel.crypto.keys import SigningKey
from satchel.sync.inbox.config import InboxConfig
from satchel.sync.inbox.desk import DeskAuth, desk_routes
from satchel.sync.inbox.faults import RETRY_AFTER, StorageUnavailable
from satchel.sync.inbox.sessions import DeskSessions
from satchel.sync.inbox.state import InboxState
from satchel.sync.inbox.store import InboxStore
from satchel.sync.inbox.tus import tus_routes
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

log = logging.getLogger(__name__)

# Callers build the app from here: its config and state are named where they are made.
__all__ = ["InboxConfig", "InboxState", "create_app", "purge_once"]


def create_app(
    config: InboxConfig,
    store: InboxStore,
    receipt_key: SigningKey,
    directory_bytes_provider: Callable[[], bytes | None],
    *,
    clock: Callable[[], int] = lambda: int(time.time()),
    sessions: DeskSessions | None = None,
) -> Starlette:
    """The inbox ASGI app over `store`, signing receipts with `receipt_key`.

    Several instances sharing one store pass the store's clock (the database's, so a
    skewed machine clock cannot expire another instance's uploads) and shared `sessions`.
    """
    state = InboxState(config, store, receipt_key, directory_bytes_provider, clock)
    desk = DeskAuth(state, sessions)

    async def receipt(request: Request) -> Response:
        sha256 = request.path_params["sha256"]
        found = await anyio.to_thread.run_sync(store.find_envelope, sha256)
        if found is None:
            return Response("no receipt: the envelope is not stored\n", 404)
        return Response(found.receipt, 200, media_type="application/octet-stream")

    async def directory(request: Request) -> Response:
        data = await anyio.to_thread.run_sync(directory_bytes_provider)
        if data is None:
            return Response("no coalition directory\n", 404)
        return Response(data, 200, media_type="application/octet-stream")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tg:
            tg.start_soon(_purge_loop, state)
            yield
            tg.cancel_scope.cancel()

    routes = [
        *tus_routes(state),
        Route("/receipts/{sha256}", receipt, methods=["GET"]),
        Route("/directory", directory, methods=["GET"]),
        *desk_routes(state, desk),
    ]
    return Starlette(routes=routes, lifespan=lifespan,
                     exception_handlers={StorageUnavailable: _unavailable})


async def _unavailable(request: Request, exc: Exception) -> Response:
    # Shared storage is down: say so and when to retry; nothing was recorded meanwhile.
    log.warning("storage unavailable: %s", type(exc).__name__)
    return Response("the inbox's storage is unavailable; retry later\n", 503,
                    headers={"Retry-After": str(RETRY_AFTER), "Tus-Resumable": "1.0.0"})


async def purge_once(state: InboxState) -> None:
    cfg = state.config
    result = await anyio.to_thread.run_sync(
        lambda: state.store.purge(
            state.clock(),
            acked_retention=cfg.acked_retention,
            upload_expiry=cfg.upload_expiry,
            busy=frozenset(state.busy),
        )
    )
    if result.envelopes or result.uploads:
        log.info("purged %d envelopes, %d uploads", result.envelopes, result.uploads)


async def _purge_loop(state: InboxState) -> None:
    while True:
        try:
            await purge_once(state)
        except OSError as exc:  # StorageUnavailable too: the next round retries
            log.warning("purge failed, will retry: %s", type(exc).__name__)
        await anyio.sleep(state.config.purge_interval)
