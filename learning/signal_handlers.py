"""Cohort membership and cohort courses enrol trainees as they change, however they change (admin, CSV, shell)."""

from django.db.models.signals import m2m_changed
from django.dispatch import receiver

from learning.models import Cohort


@receiver(m2m_changed, sender=Cohort.trainees.through)
@receiver(m2m_changed, sender=Cohort.courses.through)
def enrol_cohort(sender, instance, action, reverse, pk_set, **kwargs):
    if action != "post_add":
        return
    if reverse:
        # Added from the other side (user.cohorts.add(...) or course.cohorts.add(...)).
        for cohort in Cohort.objects.filter(pk__in=pk_set):
            cohort.enrol_trainees()
    else:
        instance.enrol_trainees()
