"""Build the demo curriculum from its content files (``demo/content/``): techniques, videos, courses and modules.

``demo.loader`` reads and checks the files; this module writes what they say. Every step looks up what it made
before by a stable key (technique code, video title, page slug) and updates it, so running the seed again
changes nothing that is current.
"""

import json
import uuid

from django.core.files.base import ContentFile
from wagtail.models import Collection
from wagtailmedia.models import get_media_model

from courses.models import CourseIndexPage, CoursePage, ModulePage, TechniqueIndexPage
from demo.loader import (
    ASSETS,
    CONTENT,
    ContentError,
    Resolver,
    check_model,
    clip_value,
    module_body,
    read_clips,
    read_curriculum,
    read_page,
    read_techniques,
    where,
)
from techniques.models import Technique

BLOCK_IDS = uuid.UUID("5c1d6b1e-2f7a-4c8e-9a43-6f0b2d9e7a10")


def load_manifest():
    return {clip["key"]: clip for clip in json.loads((ASSETS / "manifest.json").read_text())["clips"]}


def seed_techniques(folder=CONTENT):
    """The taxonomy, by code, from ``techniques/*.md``. Returns {code: Technique}."""
    existing = {t.code: t for t in Technique.objects.all()}
    by_code = {}
    for item in read_techniques(folder):
        technique = existing.get(item["code"]) or Technique(code=item["code"])
        technique.name = item["name"]
        technique.slug = item["code"].lower()
        technique.track = item["track"]
        technique.kind = item["kind"]
        technique.definition = item["definition"]
        technique.explanation = item.explanation
        check_model(technique, item.path, lambda name, item=item: item.front.line((name,)))
        technique.save()
        by_code[technique.code] = technique
    return by_code


def seed_videos(manifest):
    """Each demo clip as a wagtailmedia video with its poster, by title. Returns {key: Media}."""
    Media = get_media_model()
    collection = Collection.get_first_root_node()
    videos = {}
    for key, clip in manifest.items():
        media = Media.objects.filter(title=clip["title"], type="video").first()
        if media is None or not media.file or not media.file.storage.exists(media.file.name):
            media = media or Media(title=clip["title"], type="video", collection=collection)
            media.file.save(clip["file"], ContentFile((ASSETS / clip["file"]).read_bytes()), save=False)
            media.thumbnail.save(clip["poster"], ContentFile((ASSETS / clip["poster"]).read_bytes()), save=False)
        media.duration = clip["duration"]
        media.width, media.height = 640, 360
        media.save()
        videos[key] = media
    return videos


def clip_values(videos, techniques, folder=CONTENT):
    """{key: the stored value of a video block} for every clip: the manifest's clip with its clip file's moments."""
    manifest, clips = load_manifest(), read_clips(folder)
    problems = [f"{where(folder / 'videos')}: no {key}.yaml for the clip {key}" for key in manifest if key not in clips]
    problems += [
        f"{where(clip.path)}:1: there is no clip {key} in demo/assets/videos/manifest.json"
        for key, clip in clips.items()
        if key not in manifest
    ]
    if problems:
        raise ContentError(problems)
    return {key: clip_value(clips[key], manifest[key], videos[key], techniques) for key in manifest}


def publish_if_changed(page, fields):
    """Set fields on a page and publish a revision only when something differs."""
    changed = page.has_unpublished_changes or not page.live
    for name, value in fields.items():
        current = getattr(page, name)
        current = current.get_prep_value() if hasattr(current, "get_prep_value") else current
        if name in ("body", "learning_objectives"):
            current = _without_ids(current)
            compared = _without_ids(value)
        else:
            compared = value
        if current != compared:
            changed = True
        setattr(page, name, value)
    if changed:
        page.save_revision().publish()
    return changed


def _without_ids(data):
    """StreamField data with block ids removed, to compare content rather than identity."""
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: _without_ids(value) for key, value in data.items() if key != "id"}
    return data


def child(parent, model, slug, **fields):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, True
    return page, False


def seed_curriculum(home, quizzes, folder=CONTENT):
    """Catalogue and glossary (``catalogue.md``, ``glossary.md``), courses and modules under the home page.

    Returns counts for the report.

    `quizzes` maps quiz slugs to the quizzes a module's quiz block may place.
    """
    techniques = seed_techniques(folder)
    videos = seed_videos(load_manifest())
    clips = clip_values(videos, techniques, folder)

    pages = {}
    for model, slug, name in (
        (CourseIndexPage, "courses", "catalogue.md"),
        (TechniqueIndexPage, "techniques", "glossary.md"),
    ):
        item = read_page(folder / name, model)
        fields = {"title": item["title"], "intro": item.intro}
        pages[slug], _ = child(home, model, slug, show_in_menus=True, **fields)
        publish_if_changed(pages[slug], fields)
    catalogue = pages["courses"]

    resolve = Resolver(techniques, clips, quizzes)
    courses = read_curriculum(folder)
    module_count = 0
    for item in courses:
        fields = {
            "title": item["title"],
            "track": item["track"],
            "summary": item["summary"],
            "intro": item.intro,
            "estimated_hours": item["estimated_hours"],
        }
        course, _ = child(catalogue, CoursePage, item["slug"], **fields)
        publish_if_changed(course, fields)
        for source in item.modules:
            slug = source["slug"]
            objectives = [
                {"type": "objective", "value": text, "id": str(uuid.uuid5(BLOCK_IDS, f"{slug}/o{i}"))}
                for i, text in enumerate(source["objectives"])
            ]
            fields = {
                "title": source["title"],
                "summary": source["summary"],
                "estimated_minutes": source["minutes"],
                "learning_objectives": objectives,
                "body": module_body(
                    source, resolve, lambda index, slug=slug: str(uuid.uuid5(BLOCK_IDS, f"{slug}/{index}"))
                ),
            }
            module, _ = child(course, ModulePage, slug, **fields)
            publish_if_changed(module, fields)
            module_count += 1
    return {"techniques": len(techniques), "videos": len(videos), "courses": len(courses), "modules": module_count}
