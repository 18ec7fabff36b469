"""Where editors placed exercises: the live exercises of each module, remembered until the next publish.

Nearly every module places none, and its page and every progress view asked the database anyway (twice on a
module page: its parts and its optional exercises). The index is small (one row per placed exercise) and
changes only when an exercise is saved or deleted, or a page is published: both move the page cache's
generation on (``courses.page_cache.purge``), which makes the remembered index unreachable at once.
"""

from dataclasses import dataclass

from courses import page_cache
from practice.models import Completion, Exercise


@dataclass(frozen=True)
class Placement:
    pk: int
    title: str
    module_id: int
    course_id: int | None
    completion: str
    completion_min_overall: int | None

    @property
    def counts(self):
        return self.completion != Completion.OPTIONAL


def _read():
    rows = (
        Exercise.objects.live()
        .filter(module__isnull=False)
        .order_by("title", "pk")
        .values_list("pk", "title", "module_id", "course_id", "completion", "completion_min_overall")
    )
    index: dict[int, list[Placement]] = {}
    for row in rows:
        placement = Placement(*row)
        index.setdefault(placement.module_id, []).append(placement)
    return index


def placed_in(module_ids):
    """[Placement] of the live exercises placed in any of `module_ids`, by title (no query once remembered)."""
    index = page_cache.remember("practice-placements", _read)
    return [placement for module_id in module_ids for placement in index.get(module_id, [])]
