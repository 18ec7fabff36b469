"""Watch time cannot be forged: what a clip is credited under a page's tokens grows no faster than it can be played.

A report is bounded by the time since its page was served (tests/learning/test_completion.py); these tests post
many reports, each within that bound, under one token or under several tokens opened at once.
"""

import json

import pytest

from learning.models import ClipProgress, Enrolment
from tests.learning.conftest import clip_ids, committed_post, watch_token

pytestmark = pytest.mark.django_db

LENGTH = 62.1  # the journey's role-play clip, in seconds
RATE = 2.0  # the fastest playback rate the player offers
SLACK = 5.0
TWO_SECONDS_AT_MOST = 2 * RATE + SLACK + 1e-6  # what two seconds can hold, give or take the floats' rounding


@pytest.fixture
def enrolled(client, trainee, journey):
    Enrolment.objects.create(user=trainee, course=journey.course)
    client.force_login(trainee)
    return trainee


def report(client, module, token, clip, ranges):
    return committed_post(
        client,
        f"/learning/modules/{module.pk}/watch/",
        {"token": token, "clip": clip, "ranges": json.dumps(ranges), "duration": LENGTH},
    )


def open_module(client, module):
    page = client.get(module.url)
    return watch_token(page), clip_ids(page)[0]


def watched(user):
    progress = ClipProgress.objects.filter(user=user).first()
    return (progress.watched_seconds, progress.completed_at is not None) if progress else (0, False)


def module_page(client, journey):
    return client.get(journey.first.url).content.decode()


def test_many_small_adjacent_reports_under_one_token_do_not_mark_a_clip_watched_two_seconds_in(
    client, enrolled, journey, clock
):
    token, clip = open_module(client, journey.first)
    clock.now += 2
    statuses = [report(client, journey.first, token, clip, [[at, at + 9]]).status_code for at in range(0, 63, 9)]

    assert statuses[0] == 200 and set(statuses[1:]) == {403}  # 9 s is all two seconds can hold at double speed
    seconds, complete = watched(enrolled)
    assert seconds <= TWO_SECONDS_AT_MOST and not complete
    assert "To watch: Rupture, the MBT way" in module_page(client, journey)


def test_specks_of_play_just_under_the_joining_gap_do_not_fill_the_clip(client, enrolled, journey, clock):
    """Parts played less than half a second apart are joined; a speck every 0.49 s must not count as all of it."""
    token, clip = open_module(client, journey.first)
    clock.now += 2
    for step in range(int(LENGTH / 0.49) + 1):
        start = round(step * 0.49, 2)
        report(client, journey.first, token, clip, [[start, start + 0.01]])

    seconds, complete = watched(enrolled)
    assert seconds <= TWO_SECONDS_AT_MOST and not complete


def test_tokens_opened_at_the_same_time_share_one_bound(client, enrolled, journey, clock):
    tokens = [open_module(client, journey.first) for _tab in range(8)]
    clock.now += 2
    for index, (token, clip) in enumerate(tokens):
        report(client, journey.first, token, clip, [[index * 9, index * 9 + 9]])

    seconds, complete = watched(enrolled)
    assert seconds <= TWO_SECONDS_AT_MOST and not complete
    assert "To watch: Rupture, the MBT way" in module_page(client, journey)


def test_a_refused_report_loses_nothing_the_next_report_carries_it(client, enrolled, journey, clock):
    token, clip = open_module(client, journey.first)
    clock.now += 2
    report(client, journey.first, token, clip, [[0, 9]])
    assert report(client, journey.first, token, clip, [[0, 9], [9, 18]]).status_code == 403
    clock.now += 10  # the player keeps playing and reports everything played on this visit again
    response = report(client, journey.first, token, clip, [[0, 18], [18, 25]])
    assert response.status_code == 200 and watched(enrolled) == (25, False)


def test_watching_at_double_speed_with_a_report_every_few_seconds_completes_the_clip(client, enrolled, journey, clock):
    token, clip = open_module(client, journey.first)
    played = 0.0
    while played < LENGTH:
        clock.now += 4
        played = min(played + 4 * RATE, LENGTH)
        response = report(client, journey.first, token, clip, [[0, played]])
        assert response.status_code == 200, response.json()
    assert response.json() == {"complete": True}
    assert "Watched: Rupture, the MBT way" in module_page(client, journey)


def test_a_second_sitting_on_a_new_page_counts_at_once(client, enrolled, journey, clock):
    token, clip = open_module(client, journey.first)
    clock.now += 40
    assert report(client, journey.first, token, clip, [[0, 31]]).status_code == 200
    clock.now += 3600
    token, clip = open_module(client, journey.first)
    clock.now += 20
    assert report(client, journey.first, token, clip, [[31, LENGTH]]).json() == {"complete": True}


def test_two_tabs_playing_at_normal_speed_both_count(client, enrolled, journey, clock):
    (first_tab, clip), (second_tab, _clip) = open_module(client, journey.first), open_module(client, journey.first)
    for second in range(5, 36, 5):
        clock.now += 5
        assert report(client, journey.first, first_tab, clip, [[0, second]]).status_code == 200
        assert report(client, journey.first, second_tab, clip, [[31, 31 + second]]).status_code == 200
    assert watched(enrolled) == (LENGTH, True)
