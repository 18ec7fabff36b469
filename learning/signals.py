"""Signals the journey sends, so rooms above can react to progress without learning knowing about them.

``modules_completed`` (sender ``ModuleProgress``, keywords ``user`` and ``modules``) is sent when
``learning.recording.record_progress`` records modules as complete for a trainee (the supervisor's matrix keeps
its totals per cohort until then, ``supervision.reports``).
"""

from django.dispatch import Signal

modules_completed = Signal()
