"""The seeded demo curriculum: real content, every page renders, figures as in the review."""

import os
import re

from django.core.management import call_command
from django.test import TestCase
from wagtail.models import Page

from courses.models import CoursePage, ModulePage
from demo.curriculum import COURSES
from techniques.models import Technique, TechniqueMoment


def minus(figure):
    return figure.replace("-", "\u2212")


def evidence_rows(module):
    return [row for kind, value in module["body"] if kind == "evidence" for row in value["rows"]]


class TestDemoCurriculum(TestCase):
    @classmethod
    def setUpTestData(cls):
        # Seeded once for the class, inside its transaction, and rolled back after it.
        call_command("seed_demo", password="demo-test-password", stdout=open(os.devnull, "w"))  # noqa: SIM115

    def test_the_demo_has_the_three_strands_and_enough_modules(self):
        self.assertEqual(sorted(CoursePage.objects.live().values_list("track", flat=True)), ["cross", "dbt", "mbt"])
        self.assertGreaterEqual(ModulePage.objects.live().count(), 12)
        self.assertGreaterEqual(Technique.objects.count(), 25)
        for module in ModulePage.objects.live():
            self.assertGreaterEqual(len(module.learning_objectives), 1, module.title)

    def test_the_demo_has_three_videos_with_four_moments_each_and_paired_clips(self):
        per_clip = {}
        for moment in TechniqueMoment.objects.all():
            per_clip[moment.clip_title] = per_clip.get(moment.clip_title, 0) + 1
        self.assertGreaterEqual(len(per_clip), 3)
        self.assertTrue(all(count >= 4 for count in per_clip.values()), per_clip)
        self.assertTrue(any(b.block_type == "paired_clips" for m in ModulePage.objects.live() for b in m.body))

    def test_every_demo_page_renders_with_real_content(self):
        for page in Page.objects.live().filter(depth__gt=1).specific():
            response = self.client.get(page.url)
            self.assertEqual(response.status_code, 200, page.url)
            text = re.sub(r"<[^>]+>", " ", response.content.decode()).lower()
            for placeholder in ("lorem", "todo", "placeholder", "tbd"):
                self.assertNotIn(placeholder, text, page.url)

    def test_every_technique_page_of_the_glossary_renders(self):
        for technique in Technique.objects.all():
            self.assertEqual(self.client.get(f"/techniques/{technique.slug}/").status_code, 200, technique.code)

    def test_the_pooled_estimates_are_shown_exactly_as_in_the_review(self):
        checked = 0
        for course in COURSES:
            for module in course["modules"]:
                rows = evidence_rows(module)
                if not rows:
                    continue
                html = self.client.get(f"/courses/{course['slug']}/{module['slug']}/").content.decode()
                for row in rows:
                    shown = f"{row['measure']} {minus(row['estimate'])} "
                    shown += f'<span class="ci">[{minus(row["ci_low"])}, {minus(row["ci_high"])}]</span>'
                    self.assertIn(shown, html, (module["slug"], row["outcome"]))
                    checked += 1
        self.assertGreaterEqual(checked, 10)
        # The review's Table 3: BPD severity, BPD-specific therapies vs TAU, SMD -0.52 [-0.70, -0.33], 22 trials, 1244.
        severity = next(
            row
            for course in COURSES
            for module in course["modules"]
            for row in evidence_rows(module)
            if row["outcome"] == "BPD severity" and "BPD-specific" in row["comparison"]
        )
        self.assertEqual((severity["estimate"], severity["ci_low"], severity["ci_high"]), ("-0.52", "-0.70", "-0.33"))
        self.assertEqual((severity["trials"], severity["participants"]), (22, 1244))

    def test_the_demo_presents_itself_as_continuing_education_not_certification(self):
        self.assertContains(self.client.get("/"), "not a clinical certification")
