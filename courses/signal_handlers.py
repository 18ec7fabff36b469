"""Keep the indexes of a module's body (technique moments, quiz placements) in step with what is live.

A module's quiz placements are deleted with it (their foreign key cascades), and a move leaves them right as
they are: they name the module itself, not where it sits in the tree.
"""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from courses.models import ModulePage
from techniques.models import TechniqueMoment


def rebuild_moments(sender, instance, **kwargs):
    instance.specific.rebuild_technique_moments()


def forget_moments(sender, instance, **kwargs):
    TechniqueMoment.objects.filter(page_id=instance.pk).delete()


def rebuild_placements(sender, instance, **kwargs):
    instance.specific.rebuild_quiz_placements()


def register_signal_handlers():
    page_published.connect(rebuild_moments, sender=ModulePage, dispatch_uid="courses_moments_published")
    page_unpublished.connect(rebuild_moments, sender=ModulePage, dispatch_uid="courses_moments_unpublished")
    post_delete.connect(forget_moments, sender=ModulePage, dispatch_uid="courses_moments_deleted")
    page_published.connect(rebuild_placements, sender=ModulePage, dispatch_uid="courses_placements_published")
    page_unpublished.connect(rebuild_placements, sender=ModulePage, dispatch_uid="courses_placements_unpublished")
