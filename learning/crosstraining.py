"""The cross-training meter: how far a trainee is along "a look beyond the own nose", and what is left.

The supervisor reports read the same figure through `cross_training_meter`.
"""

from dataclasses import dataclass, field

from courses.models import ModulePage
from courses.page_cache import remember
from learning.completion import module_statuses
from learning.models import CrossTrainingGoal, CrossTrainingModule


@dataclass
class Meter:
    goal: CrossTrainingGoal | None
    statuses: list = field(default_factory=list)  # [ModuleStatus] in the goal's order

    @property
    def total(self):
        return len(self.statuses)

    @property
    def done(self):
        return sum(1 for status in self.statuses if status.complete)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def remaining(self):
        return [status.module for status in self.statuses if not status.complete]

    @property
    def complete(self):
        return bool(self.total) and self.done == self.total

    @property
    def hours(self):
        minutes = sum(status.module.estimated_minutes for status in self.statuses)
        return round(minutes / 60 * 2) / 2


def goal_for(user):
    """(goal, [module ids in order]) for the user's home modality; (None, []) without one.

    Remembered until the next publish or change of a goal (``learning.signal_handlers``): no query once known.
    """
    modality = getattr(user, "home_modality", "")
    if not modality:
        return None, []

    def read():
        goal = CrossTrainingGoal.objects.filter(home_modality=modality).first()
        if goal is None:
            return None, []
        modules = CrossTrainingModule.objects.filter(goal=goal).order_by("sort_order", "pk")
        return goal, list(modules.values_list("module_id", flat=True))

    return remember(f"cross-training-goal:{modality}", read)


def meter_from(goal, module_ids, statuses):
    """A Meter from statuses already worked out (live goal modules only)."""
    return Meter(goal, [statuses[pk] for pk in module_ids if pk in statuses])


def cross_training_meter(user):
    """The meter for one trainee, on its own: a fixed number of queries."""
    goal, ids = goal_for(user)
    if goal is None:
        return Meter(None)
    modules = list(ModulePage.objects.live().filter(pk__in=ids))
    return meter_from(goal, ids, module_statuses(user, modules))
