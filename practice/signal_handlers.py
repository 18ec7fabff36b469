"""Signal receivers of the studio.

- Editors' role-play uploads get their length (and picture size) read by the studio's media pipeline, so checks
  such as "the moment is after the end of the clip" work without anyone typing the duration.
- An exercise that counted toward its module and no longer counts as it did (its minimum rating lowered, made
  optional or "submitted", closed, moved to another module or deleted) can complete the module for trainees who
  had only it left to do: a background task records those completions once the change is committed, however the
  exercise was changed (the admin, a content file, the shell). A module republished is learning's own recompute.
- Module pages show where exercises are placed (their parts and optional exercises, from ``practice.placements``):
  an exercise saved or deleted moves the page cache's generation on, as a technique or quiz does.
"""

import tempfile

from django.db import transaction

from courses import page_cache
from practice import media
from practice.models import Completion, Exercise
from practice.tasks import record_module_progress

RULE_FIELDS = ("live", "module_id", "completion", "completion_min_overall")


def read_media_duration(sender, instance, **kwargs):
    if instance.duration or not instance.file:
        return
    try:
        info = _probe(instance.file)
    except (media.MediaError, NotImplementedError, OSError, ValueError):
        return  # not readable here (e.g. on object storage): the editor may still type it
    if info.duration:
        instance.duration = round(info.duration, 2)
    if info.width and not instance.width:
        instance.width, instance.height = info.width, info.height


def _probe(field_file):
    upload = getattr(field_file, "file", None)
    if hasattr(upload, "temporary_file_path"):
        return media.probe(upload.temporary_file_path())
    if field_file._committed:
        return media.probe(field_file.path)
    with tempfile.NamedTemporaryFile(suffix=".media") as copy:
        for chunk in field_file.chunks():
            copy.write(chunk)
        copy.flush()
        field_file.seek(0)
        return media.probe(copy.name)


def purge_pages(sender, **kwargs):
    page_cache.purge()


def remember_rule(sender, instance, raw=False, **kwargs):
    """Keep the rule the exercise had before this save, for `recompute_after_rule_change` to compare."""
    if raw or instance._state.adding:
        instance._rule_before = None
        return
    instance._rule_before = Exercise.objects.filter(pk=instance.pk).values(*RULE_FIELDS).first()


def recompute_after_rule_change(sender, instance, created, raw=False, **kwargs):
    before = getattr(instance, "_rule_before", None)
    if raw or created or not before:
        return
    if {field: getattr(instance, field) for field in RULE_FIELDS} != before:
        _recompute_if_it_counted(before)


def recompute_after_delete(sender, instance, **kwargs):
    _recompute_if_it_counted({field: getattr(instance, field) for field in RULE_FIELDS})


def _recompute_if_it_counted(rule):
    # An exercise that did not count was no part of any module: changing it can only add a part, completing nobody.
    if rule["live"] and rule["module_id"] and rule["completion"] != Completion.OPTIONAL:
        module_id = rule["module_id"]
        transaction.on_commit(lambda: record_module_progress.enqueue(module_id))
