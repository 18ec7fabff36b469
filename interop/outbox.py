"""Delivery with retries: a message that could not be sent waits, longer after each failure, and is tried again.

A failed delivery is enqueued again for its next try where the task backend can defer jobs (the database and
Redis backends); ``manage.py send_interop_outbox`` (run every few minutes) sends whatever is due in any case,
so nothing is lost when a worker or the receiving system is down.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from interop.models import Delivery

FIRST_WAIT = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=6)


def backoff(tries):
    """How long to wait after the `tries`-th failure: 1, 2, 4... minutes, at most six hours."""
    return min(FIRST_WAIT * 2 ** max(tries - 1, 0), LONGEST_WAIT)


def deliver(model, pk, send, task):
    """Send row `pk` of `model` with `send(row)`; on failure record why and when to try again. Returns the row."""
    with transaction.atomic():
        row = model.objects.select_for_update().filter(pk=pk).first()
        if row is None or row.status == Delivery.SENT:
            return row
        now = timezone.now()
        try:
            send(row)
        except Exception as error:  # noqa: BLE001 - whatever went wrong, the row records it and waits for its next try
            row.tries += 1
            row.status = Delivery.FAILING
            row.last_error = f"{type(error).__name__}: {error}"[:2000]
            row.next_try_at = now + backoff(row.tries)
            row.save(update_fields=["tries", "status", "last_error", "next_try_at"])
            transaction.on_commit(lambda: schedule(task, pk, row.next_try_at))
            return row
        row.tries += 1
        row.status = Delivery.SENT
        row.sent_at = now
        row.next_try_at = None
        row.last_error = ""
        row.save(update_fields=["tries", "status", "sent_at", "next_try_at", "last_error"])
        return row


def schedule(task, pk, when):
    """Enqueue `task(pk)` to run at `when`, where the backend can wait; otherwise the periodic sweep sends it."""
    if task.get_backend().supports_defer:
        task.using(run_after=when).enqueue(pk)


def enqueue_on_commit(task, pk):
    transaction.on_commit(lambda: task.enqueue(pk))
