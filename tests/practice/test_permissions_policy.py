"""Permissions-Policy: camera and microphone only where the studio records, no other powerful feature anywhere.

Issue 11, defect 10. The page that records a response is the exercise page (record.js asks for the camera and
microphone there, and the failed-upload answer to it is the same page); everything else, the studio's other pages
included, may use neither.
"""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

DENIED_EVERYWHERE = ["geolocation", "payment", "usb", "serial", "hid", "midi", "display-capture", "idle-detection"]
EMBEDS = ['"https://www.youtube-nocookie.com"', '"https://player.vimeo.com"']


def policy(response):
    header = response["Permissions-Policy"]
    directives = dict(part.strip().split("=", 1) for part in header.split(","))
    return {feature: allowlist.strip("()").split() for feature, allowlist in directives.items()}


def assert_nothing_powerful(features):
    for feature in DENIED_EVERYWHERE:
        assert features[feature] == [], feature


@pytest.mark.parametrize("url", ["/", "/accounts/login/", "/no-such-page/", "/admin/login/"])
def test_ordinary_pages_allow_no_camera_microphone_or_other_powerful_feature(client, home, url):
    features = policy(client.get(url))
    assert features["camera"] == [] and features["microphone"] == []
    assert_nothing_powerful(features)


def test_role_play_video_may_go_full_screen_here_and_in_its_embeds_only(client, home):
    features = policy(client.get("/"))
    assert features["fullscreen"] == ["self", *EMBEDS]
    assert features["picture-in-picture"] == ["self", *EMBEDS]


def test_the_studios_recording_page_may_use_camera_and_microphone_of_this_site_only(client, home, exercise, supervised):
    client.force_login(supervised)
    response = client.get(reverse("practice:exercise", args=[exercise.pk]))
    assert response.status_code == 200
    assert "data-recorder" in response.content.decode()
    features = policy(response)
    assert features["camera"] == ["self"] and features["microphone"] == ["self"]
    assert_nothing_powerful(features)


def test_the_studios_other_pages_use_neither(client, home, exercise, supervised):
    client.force_login(supervised)
    for url in (reverse("practice:index"), reverse("practice:consent")):
        features = policy(client.get(url))
        assert features["camera"] == [] and features["microphone"] == [], url
