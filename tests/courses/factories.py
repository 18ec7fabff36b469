"""Factories for the curriculum: pages, techniques and role-play video."""

from pathlib import Path
from types import SimpleNamespace

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.models import Collection
from wagtailmedia.models import get_media_model

from courses.models import CourseIndexPage, CoursePage, ModulePage, TechniqueIndexPage
from techniques.models import Technique
from tests.factories import make_home

DEMO_VIDEOS = Path(__file__).resolve().parents[2] / "demo" / "assets" / "videos"
CAPTIONS = (DEMO_VIDEOS / "rupture-mbt.vtt").read_text()


class TechniqueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Technique
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"TEST-{n}")
    name = factory.Sequence(lambda n: f"Test technique {n}")
    slug = factory.LazyAttribute(lambda t: t.code.lower())
    track = "mbt"
    kind = "therapist_move"
    definition = "A move used in tests."


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CourseIndexPage

    title = "Courses"
    slug = "courses"


class TechniqueIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = TechniqueIndexPage

    title = "Technique glossary"
    slug = "techniques"


class CoursePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CoursePage

    title = factory.Sequence(lambda n: f"Course {n}")
    track = "mbt"
    summary = "A course for tests."
    estimated_hours = 4


class ModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    summary = "A module for tests."
    estimated_minutes = 30
    learning_objectives = factory.LazyFunction(lambda: [("objective", "Name the four non-mentalizing modes.")])
    body = factory.LazyFunction(lambda: [("text", "<p>Mentalizing fails under high arousal.</p>")])


def make_video(title="Rupture after a cancelled session", clip="rupture-mbt"):
    """A real uploaded video (one of the demo clips) in the media library."""
    Media = get_media_model()
    media = Media(title=title, type="video", duration=62.1, collection=Collection.get_first_root_node())
    media.file.save(f"{clip}.mp4", ContentFile((DEMO_VIDEOS / f"{clip}.mp4").read_bytes()), save=False)
    media.save()
    return media


def video_value(media, technique, **overrides):
    """A role-play video block value (native form) with one annotated moment."""
    value = {
        "title": "Rupture, the MBT way",
        "description": "",
        "video": media,
        "embed": None,
        "captions": CAPTIONS,
        "captions_language": "en",
        "transcript": "",
        "moments": [{"time": "0:14", "technique": technique, "note": "Validates first."}],
    }
    value.update(overrides)
    return value


def make_curriculum(modules=1):
    """Home > catalogue > one MBT course with `modules` modules, and the glossary. Returns a namespace."""
    home = make_home()
    catalogue = CourseIndexPageFactory(parent=home, show_in_menus=True)
    glossary = TechniqueIndexPageFactory(parent=home, show_in_menus=True)
    course = CoursePageFactory(parent=catalogue, title="MBT essentials", slug="mbt-essentials")
    module_pages = [
        ModulePageFactory(parent=course, title=f"Module {i + 1}", slug=f"module-{i + 1}") for i in range(modules)
    ]
    return SimpleNamespace(home=home, catalogue=catalogue, glossary=glossary, course=course, modules=module_pages)
