"""The seeded demo curriculum: real content, every page renders, figures as in the review."""

import re

from wagtail.models import Page

from courses.models import CoursePage, ModulePage
from demo.curriculum import COURSES
from techniques.models import Technique, TechniqueMoment


def minus(figure):
    return figure.replace("-", "\u2212")


def evidence_rows(module):
    return [row for kind, value in module["body"] if kind == "evidence" for row in value["rows"]]


def test_the_demo_has_the_three_strands_and_enough_modules():
    assert sorted(CoursePage.objects.live().values_list("track", flat=True)) == ["cross", "dbt", "mbt"]
    assert ModulePage.objects.live().count() >= 12
    assert Technique.objects.count() >= 25
    for module in ModulePage.objects.live():
        assert len(module.learning_objectives) >= 1, module.title


def test_the_demo_has_three_videos_with_four_moments_each_and_paired_clips():
    per_clip = {}
    for moment in TechniqueMoment.objects.all():
        per_clip[moment.clip_title] = per_clip.get(moment.clip_title, 0) + 1
    assert len(per_clip) >= 3
    assert all(count >= 4 for count in per_clip.values()), per_clip
    assert any(b.block_type == "paired_clips" for m in ModulePage.objects.live() for b in m.body)


def test_every_demo_page_renders_with_real_content(client):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        text = re.sub(r"<[^>]+>", " ", response.content.decode()).lower()
        for placeholder in ("lorem", "todo", "placeholder", "tbd"):
            assert placeholder not in text, page.url


def test_every_technique_page_of_the_glossary_renders(client):
    for technique in Technique.objects.all():
        assert client.get(f"/techniques/{technique.slug}/").status_code == 200, technique.code


def test_the_pooled_estimates_are_shown_exactly_as_in_the_review(client):
    checked = 0
    for course in COURSES:
        for module in course["modules"]:
            rows = evidence_rows(module)
            if not rows:
                continue
            html = client.get(f"/courses/{course['slug']}/{module['slug']}/").content.decode()
            for row in rows:
                shown = f"{row['measure']} {minus(row['estimate'])} "
                shown += f'<span class="ci">[{minus(row["ci_low"])}, {minus(row["ci_high"])}]</span>'
                assert shown in html, (module["slug"], row["outcome"])
                checked += 1
    assert checked >= 10
    # The review's Table 3: BPD severity, BPD-specific therapies vs TAU, SMD -0.52 [-0.70, -0.33], 22 trials, 1244.
    severity = next(
        row
        for course in COURSES
        for module in course["modules"]
        for row in evidence_rows(module)
        if row["outcome"] == "BPD severity" and "BPD-specific" in row["comparison"]
    )
    assert (severity["estimate"], severity["ci_low"], severity["ci_high"]) == ("-0.52", "-0.70", "-0.33")
    assert (severity["trials"], severity["participants"]) == (22, 1244)


def test_the_demo_presents_itself_as_continuing_education_not_certification(client):
    assert "not a clinical certification" in client.get("/").content.decode()
