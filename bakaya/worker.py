"""The in-process worker of the embedded default: inbound processing in threads.

Ordering and once-only handling do not depend on this class: they come from
the database (advisory lock per conversation, processed marks), so any number
of these, in any number of processes, can run side by side.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait

from sqlalchemy import Engine

from bakaya.conversations import ConversationService
from channels.outbox import Sender, deliver_pending

log = logging.getLogger("bakaya.worker")


class InProcessWorker:
    def __init__(self, service: ConversationService, *, engine: Engine,
                 sender: Sender | None = None, max_workers: int = 4) -> None:
        self.service = service
        self.engine = engine
        self.sender = sender
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="bakaya")
        self._futures: set[Future[None]] = set()
        self._lock = threading.Lock()

    def submit(self, conversation_id: int) -> Future[None]:
        future = self._pool.submit(self._run, conversation_id)
        with self._lock:
            self._futures.add(future)
        future.add_done_callback(self._forget)
        return future

    def _forget(self, future: Future[None]) -> None:
        with self._lock:
            self._futures.discard(future)

    def _run(self, conversation_id: int) -> None:
        try:
            self.service.process_conversation(conversation_id)
            if self.sender is not None:
                deliver_pending(self.engine, self.sender)
        except Exception:
            log.exception('{"event": "processing_failed", "conversation_id": %d}',
                          conversation_id)
            raise

    def recover(self) -> int:
        """Queue conversations left with unhandled messages (after a crash or restart)."""
        pending = self.service.unprocessed_conversations()
        for conversation_id in pending:
            self.submit(conversation_id)
        return len(pending)

    def drain(self, timeout: float = 30.0) -> None:
        with self._lock:
            futures = set(self._futures)
        wait(futures, timeout=timeout)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=False)
