"""Keep the technique-moment index in step with what is live."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from courses.models import ModulePage
from techniques.models import TechniqueMoment


def rebuild_moments(sender, instance, **kwargs):
    instance.specific.rebuild_technique_moments()


def forget_moments(sender, instance, **kwargs):
    TechniqueMoment.objects.filter(page_id=instance.pk).delete()


def register_signal_handlers():
    page_published.connect(rebuild_moments, sender=ModulePage, dispatch_uid="courses_moments_published")
    page_unpublished.connect(rebuild_moments, sender=ModulePage, dispatch_uid="courses_moments_unpublished")
    post_delete.connect(forget_moments, sender=ModulePage, dispatch_uid="courses_moments_deleted")
