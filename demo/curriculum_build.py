"""Build the demo curriculum from the data in this folder: techniques, videos, courses and modules.

Every step looks up what it made before by a stable key (technique code, video title,
page slug) and updates it, so running the seed again changes nothing that is current.
"""

import json
import uuid
from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.models import Collection
from wagtailmedia.models import get_media_model

from courses.blocks import ModuleStreamBlock
from courses.models import CourseIndexPage, CoursePage, ModulePage, TechniqueIndexPage
from demo.curriculum import COURSES
from demo.techniques import TECHNIQUES
from techniques.models import Technique

ASSETS = Path(__file__).resolve().parent / "assets" / "videos"
BLOCK_IDS = uuid.UUID("5c1d6b1e-2f7a-4c8e-9a43-6f0b2d9e7a10")


def load_manifest():
    return {clip["key"]: clip for clip in json.loads((ASSETS / "manifest.json").read_text())["clips"]}


def seed_techniques():
    """The taxonomy, by code. Returns {code: Technique}."""
    by_code = {}
    for item in TECHNIQUES:
        technique, _ = Technique.objects.update_or_create(
            code=item["code"],
            defaults={
                "name": item["name"],
                "slug": item["code"].lower(),
                "track": item["track"],
                "kind": item["kind"],
                "definition": item["definition"],
                "explanation": item["explanation"],
            },
        )
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


def clock(seconds):
    minutes, rest = divmod(float(seconds), 60)
    return f"{int(minutes)}:{rest:04.1f}"


def video_value(clip, media, techniques):
    return {
        "title": clip["title"],
        "description": clip["description"],
        "video": media.pk,
        "embed": None,
        "captions": (ASSETS / clip["captions"]).read_text(),
        "captions_language": "en",
        # No separate transcript: the captions, with their timings, are the transcript.
        "transcript": "",
        "moments": [
            {"time": clock(m["time"]), "technique": techniques[m["technique"]].pk, "note": m["note"]}
            for m in clip["moments"]
        ],
    }


def block_value(block_type, value, clips, techniques):
    """Translate one block of the demo data into the stored (raw) form of ModuleStreamBlock."""
    if block_type == "technique":
        return {"technique": techniques[value["technique"]].pk, "note": value.get("note", "")}
    if block_type == "video":
        return clips[value["clip"]]
    if block_type == "paired_clips":
        return {
            "title": value["title"],
            "prompt": value["prompt"],
            "mbt_clip": clips[value["mbt"]],
            "dbt_clip": clips[value["dbt"]],
            "contrast": value["contrast"],
        }
    return value


def module_body(module, clips, techniques, quiz=None):
    stream = ModuleStreamBlock()
    blocks = list(module["body"])
    if quiz is not None:
        blocks.append(("quiz", {"quiz": quiz.pk, "heading": "Check your understanding"}))
    raw = [
        {
            "type": block_type,
            "value": block_value(block_type, value, clips, techniques),
            "id": str(uuid.uuid5(BLOCK_IDS, f"{module['slug']}/{index}")),
        }
        for index, (block_type, value) in enumerate(blocks)
    ]
    # Round-trip so the stored form is exactly what the editor would save (list items get ids too).
    return stream.get_prep_value(stream.to_python(raw))


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


def seed_curriculum(home, quizzes=None):
    """Catalogue, glossary, courses and modules under the home page. Returns counts for the report.

    `quizzes` maps module slugs to the quiz placed at the end of that module.
    """
    quizzes = quizzes or {}
    techniques = seed_techniques()
    manifest = load_manifest()
    videos = seed_videos(manifest)
    clips = {key: video_value(clip, videos[key], techniques) for key, clip in manifest.items()}

    catalogue, _ = child(
        home,
        CourseIndexPage,
        "courses",
        title="Courses",
        show_in_menus=True,
        intro=(
            "<p>Three strands: the MBT track, the DBT track and the cross-training strand that looks "
            "beyond the own nose. Start with your own model, then take the other's essentials and the "
            "comparison modules.</p>"
        ),
    )
    child(
        home,
        TechniqueIndexPage,
        "techniques",
        title="Technique glossary",
        show_in_menus=True,
        intro=(
            "<p>Every named technique, patient state and skill used to annotate the role-play videos. "
            "Open a technique to see the moments across the site that show it.</p>"
        ),
    )

    module_count = 0
    for course_data in COURSES:
        course, _ = child(
            catalogue,
            CoursePage,
            course_data["slug"],
            title=course_data["title"],
            track=course_data["track"],
            summary=course_data["summary"],
            estimated_hours=course_data["estimated_hours"],
        )
        publish_if_changed(
            course,
            {
                "title": course_data["title"],
                "track": course_data["track"],
                "summary": course_data["summary"],
                "intro": course_data["intro"],
                "estimated_hours": course_data["estimated_hours"],
            },
        )
        for module_data in course_data["modules"]:
            objectives = [
                {"type": "objective", "value": text, "id": str(uuid.uuid5(BLOCK_IDS, f"{module_data['slug']}/o{i}"))}
                for i, text in enumerate(module_data["objectives"])
            ]
            fields = {
                "title": module_data["title"],
                "summary": module_data["summary"],
                "estimated_minutes": module_data["minutes"],
                "learning_objectives": objectives,
                "body": module_body(module_data, clips, techniques, quizzes.get(module_data["slug"])),
            }
            module, _ = child(course, ModulePage, module_data["slug"], **fields)
            publish_if_changed(module, fields)
            module_count += 1
    return {"techniques": len(techniques), "videos": len(videos), "courses": len(COURSES), "modules": module_count}
