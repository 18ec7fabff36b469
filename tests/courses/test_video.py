"""Role-play video on a module: the player, its captions, byte-range serving and the moments index."""

import pytest
from django.test import override_settings

from courses.models import TechniqueIndexPage
from techniques.models import TechniqueMoment
from tests.courses.factories import (
    CAPTIONS,
    ModulePageFactory,
    TechniqueFactory,
    make_curriculum,
    make_video,
    video_value,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def technique():
    return TechniqueFactory(code="MBT-OWN", name="Owning one's contribution", slug="mbt-own")


@pytest.fixture
def module(technique):
    tree = make_curriculum(modules=0)
    media = make_video()
    paired = {
        "title": "One rupture, two responses",
        "prompt": "Watch what comes first.",
        "mbt_clip": video_value(media, technique, title="The MBT way"),
        "dbt_clip": video_value(media, technique, title="The DBT way", moments=[]),
        "contrast": [{"aspect": "First move", "mbt": "Own the rupture", "dbt": "Check risk"}],
    }
    page = ModulePageFactory(
        parent=tree.course,
        slug="ruptures",
        body=[("video", video_value(media, technique)), ("paired_clips", paired)],
    )
    page.save_revision().publish()
    return page


def test_the_player_has_a_video_captions_chapters_and_a_transcript(client, module):
    html = client.get(module.url).content.decode()
    video_id = module.body[0].id
    assert f'id="clip-{video_id}"' in html
    assert "<video controls" in html and 'src="/media/media/rupture-mbt' in html
    assert f'<track kind="captions" default src="{module.url}captions/{video_id}/"' in html
    assert 'data-seek="14.00"' in html and "Play from 0:14: Owning one&#x27;s contribution" in html
    assert "Search the transcript" in html
    assert "You cancelled last week." in html  # the transcript comes from the captions
    assert '<script src="/static/js/player.js" defer></script>' in html


def test_captions_are_served_as_webvtt_for_each_clip_including_paired_ones(client, module):
    for clip_id in (module.body[0].id, f"{module.body[1].id}-mbt", f"{module.body[1].id}-dbt"):
        response = client.get(f"{module.url}captions/{clip_id}/")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/vtt; charset=utf-8"
        assert response.content.decode() == CAPTIONS


def test_unknown_captions_are_a_404(client, module):
    assert client.get(f"{module.url}captions/not-a-clip/").status_code == 404


def test_video_answers_byte_range_requests(client, module):
    url = module.body[0].value["video"].url
    whole = client.get(url)
    size = int(whole["Content-Length"])
    assert whole["Accept-Ranges"] == "bytes"
    part = client.get(url, HTTP_RANGE="bytes=100-199")
    assert part.status_code == 206
    assert part["Content-Range"] == f"bytes 100-199/{size}"
    assert len(b"".join(part.streaming_content)) == 100
    tail = client.get(url, HTTP_RANGE="bytes=-10")
    assert tail["Content-Range"] == f"bytes {size - 10}-{size - 1}/{size}"
    assert client.get(url, HTTP_RANGE=f"bytes={size}-").status_code == 416
    assert client.get(url, HTTP_RANGE="pages=1-2").status_code == 416


def test_media_serving_refuses_paths_outside_the_media_folder(client, module):
    for path in ("/media/../config/settings/base.py", "/media/%2e%2e/manage.py", "/media/..%2Fmanage.py"):
        response = client.get(path)
        assert response.status_code in (400, 404), path
        assert b"SECRET_KEY" not in response.content and b"execute_from_command_line" not in response.content
    assert client.get("/media/no-such-file.mp4").status_code == 404


@override_settings(SERVE_MEDIA=False)
def test_production_leaves_media_to_the_front_server():
    from django.conf import settings

    assert not settings.SERVE_MEDIA
    import importlib

    from config import urls

    patterns = [str(p.pattern) for p in importlib.reload(urls).urlpatterns]
    assert not any("media" in pattern for pattern in patterns)
    importlib.reload(urls)


def test_publishing_indexes_every_annotated_moment(module, technique):
    moments = TechniqueMoment.objects.filter(page=module).order_by("clip_id")
    assert sorted(m.clip_title for m in moments) == ["Rupture, the MBT way", "The MBT way"]
    assert all(m.technique == technique and str(m.seconds) == "14.00" for m in moments)


def test_unpublishing_or_deleting_a_module_drops_its_moments(module):
    module.unpublish()
    assert not TechniqueMoment.objects.filter(page=module).exists()
    module.save_revision().publish()
    assert TechniqueMoment.objects.filter(page=module).exists()
    module.delete()
    assert not TechniqueMoment.objects.exists()


def test_the_glossary_lists_techniques_and_links_each_moment_to_its_time(client, module, technique):
    glossary = TechniqueIndexPage.objects.get()
    listing = client.get(glossary.url).content.decode()
    assert "Owning one&#x27;s contribution" in listing and "Shown in 2 role-play moments" in listing
    detail = client.get(f"{glossary.url}mbt-own/").content.decode()
    assert f'href="{module.url}?t=14.00#clip-{module.body[0].id}"' in detail
    assert "Validates first." in detail


def test_the_glossary_filters_and_unknown_techniques_are_404(client, module, technique):
    TechniqueFactory(code="SK-TIPP", name="TIP skills", slug="sk-tipp", track="dbt", kind="skill")
    glossary_url = "/techniques/"
    dbt_only = client.get(glossary_url + "?track=dbt").content.decode()
    assert "TIP skills" in dbt_only and "Owning one" not in dbt_only
    assert "TIP skills" in client.get(glossary_url + "?track=bogus&kind=bogus").content.decode()
    assert client.get(glossary_url + "no-such-technique/").status_code == 404
