"""Keep what is derived from published content in step with it.

- The indexes of a module's body (technique moments, quiz placements, requirements) follow what is live. A module's quiz
  placements are deleted with it (their foreign key cascades), and a move leaves them right as they are: they
  name the module itself, not where it sits in the tree.
- The page cache (``courses.page_cache``) is purged whenever something a public page shows changes: a page
  published, unpublished, moved, deleted (or created live by code), a technique, a placed quiz, a media item,
  image or document saved or deleted, a view restriction or a site changed.
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtailmedia.models import get_media_model

from courses import page_cache
from courses.models import ModulePage, QuizPlacement
from quizzes.models import Quiz
from techniques.models import Technique, TechniqueMoment


def rebuild_moments(sender, instance, **kwargs):
    instance.specific.rebuild_technique_moments()


def forget_moments(sender, instance, **kwargs):
    TechniqueMoment.objects.filter(page_id=instance.pk).delete()


def rebuild_placements(sender, instance, **kwargs):
    instance.specific.rebuild_quiz_placements()


def rebuild_requirements(sender, instance, update_fields=None, **kwargs):
    """Whenever the module's row changes its body or liveness: on publish and unpublish, and when code (the seed,
    the test factories) saves a live module directly. A draft saved in the admin leaves both alone."""
    if update_fields is None or {"body", "live"} & set(update_fields):
        instance.rebuild_requirements()


def purge_pages(sender, **kwargs):
    page_cache.purge()


def purge_on_quiz_save(sender, instance, **kwargs):
    """Only a quiz placed in a module shows on a page (a new one is placed by publishing the module)."""
    if QuizPlacement.objects.filter(quiz=instance).exists():
        page_cache.purge()


def purge_on_page_save(sender, instance, created=False, **kwargs):
    """A page saved as a draft changes nothing visitors see; one created live (by code, the seed) does."""
    if created and instance.live:
        page_cache.purge()


def register_signal_handlers():
    page_published.connect(rebuild_moments, sender=ModulePage, dispatch_uid="courses_moments_published")
    page_unpublished.connect(rebuild_moments, sender=ModulePage, dispatch_uid="courses_moments_unpublished")
    post_delete.connect(forget_moments, sender=ModulePage, dispatch_uid="courses_moments_deleted")
    page_published.connect(rebuild_placements, sender=ModulePage, dispatch_uid="courses_placements_published")
    page_unpublished.connect(rebuild_placements, sender=ModulePage, dispatch_uid="courses_placements_unpublished")
    post_save.connect(rebuild_requirements, sender=ModulePage, dispatch_uid="courses_requirements_saved")

    # The page cache: publishing signals of any page type. Deletion and creation by each page model: a receiver
    # of every model's post_delete would stop Django's fast deletes, and the page tree's cascade then misses the
    # quiz placements of a deleted course's modules.
    page_published.connect(purge_pages, dispatch_uid="courses_page_cache_published")
    page_unpublished.connect(purge_pages, dispatch_uid="courses_page_cache_unpublished")
    post_page_move.connect(purge_pages, dispatch_uid="courses_page_cache_moved")
    for model in apps.get_models():
        if issubclass(model, Page):
            label = model._meta.label_lower
            post_save.connect(purge_on_page_save, sender=model, dispatch_uid=f"courses_page_cache_created_{label}")
            post_delete.connect(purge_pages, sender=model, dispatch_uid=f"courses_page_cache_deleted_{label}")
    post_save.connect(purge_on_quiz_save, sender=Quiz, dispatch_uid="courses_page_cache_saved_quiz")
    post_delete.connect(purge_pages, sender=Quiz, dispatch_uid="courses_page_cache_deleted_quiz")
    shown = [Technique, get_media_model(), get_image_model(), get_document_model(), PageViewRestriction, Site]
    for model in shown:
        label = model._meta.label_lower
        post_save.connect(purge_pages, sender=model, dispatch_uid=f"courses_page_cache_saved_{label}")
        post_delete.connect(purge_pages, sender=model, dispatch_uid=f"courses_page_cache_deleted_{label}")
