"""Signals quizzes sends, so other apps can react to results without quizzes knowing about them.

``attempt_scored`` (sender ``Attempt``, keyword ``attempt``) is sent when a signed-in trainee's attempt gets
its final score or a changed one: when it is finished (the last answer, or the time running out) and after a
marker saves a mark. It is sent once the transaction that wrote the score has committed, so receivers read
what was saved and never hold up the attempt's lock; an attempt rolled back sends nothing. Visitors'
attempts (no user) send nothing. A receiver's error is logged (``django.dispatch``), not raised: the trainee's
answer and the marker's mark are saved whatever a receiver does with them.
"""

from django.db import transaction
from django.dispatch import Signal

attempt_scored = Signal()


def send_attempt_scored(attempt):
    """Send ``attempt_scored`` for `attempt` once the current transaction commits (at once outside one)."""
    if attempt.user_id is None:
        return
    transaction.on_commit(lambda: attempt_scored.send_robust(sender=type(attempt), attempt=attempt))
