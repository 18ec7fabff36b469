"""The curriculum's clinical core in the seeded demo: suicide and self-harm risk in each track and compared."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from courses.models import ModulePage
from quizzes.models import Question, Quiz
from techniques.models import Technique, TechniqueMoment

RISK_MODULES = {
    "mbt-essentials": "mbt-suicide-and-self-harm-risk",
    "dbt-essentials": "dbt-suicide-and-self-harm-risk",
    "beyond-the-own-nose": "cross-suicide-and-self-harm-risk",
}


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def references(module):
    """The text of the module's references block (the body's text block headed References)."""
    (block,) = [b for b in module.body if b.block_type == "text" and "<h2>References</h2>" in str(b.value)]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", str(block.value)))


@pytest.mark.parametrize(("course", "slug"), RISK_MODULES.items())
def test_each_track_has_a_risk_module_with_objectives_a_vignette_and_references(client, course, slug):
    module = ModulePage.objects.live().get(slug=slug)
    assert module.get_parent().slug == course
    assert len(module.learning_objectives) >= 4
    kinds = [b.block_type for b in module.body]
    assert "vignette" in kinds and "key_points" in kinds and kinds[-1] == "quiz"
    assert "NICE" in references(module)
    text = page_text(client, module.url)
    assert "References" in text
    assert "not clinical guidance" in text and "your service's procedures" in text


def test_the_dbt_module_teaches_the_full_check_the_lramp_coaching_and_the_24_hour_rule(client):
    module = ModulePage.objects.get(slug="dbt-suicide-and-self-harm-risk")
    text = page_text(client, module.url)
    for topic in ("ideation:", "intent:", "plan:", "means:", "preparation:"):
        assert topic in text, topic
    assert "own baseline" in text and "Medical need comes first" in text
    assert "24-hour rule" in text and "Scheduled sessions go ahead" in text
    assert "suicidal or self-injurious urges first, then skills for other problems, then repairing" in text
    cited = references(module)
    for source in ("Linehan MM. Cognitive-Behavioral Treatment", "Ward-Ciesielski", "NG225", "Ben-Porath"):
        assert source in cited, source


def test_the_mbt_module_teaches_the_crisis_plan_and_mentalizing_the_crisis(client):
    module = ModulePage.objects.get(slug="mbt-suicide-and-self-harm-risk")
    text = page_text(client, module.url)
    assert "Ask what and how, not why." in text
    assert "crisis plan" in text and "reviewed after each crisis" in text
    assert "rewinds to just before the act" in text
    cited = references(module)
    assert "Bateman A, Fonagy P. Mentalization-Based Treatment for Personality Disorders" in cited
    assert "CG78" in cited


def test_the_comparison_module_sets_the_two_models_side_by_side_and_cites_the_guidance(client):
    module = ModulePage.objects.get(slug="cross-suicide-and-self-harm-risk")
    (table,) = [b.value for b in module.body if b.block_type == "comparison"]
    aspects = [row["aspect"] for row in table["rows"]]
    assert "Where risk sits in a session" in aspects and "After an act" in aspects
    text = page_text(client, module.url)
    assert "making the environment safer, above all access to lethal means" in text
    assert "It is not a no-suicide promise" in text
    assert "not randomised" in text  # the safety-planning figure is a cohort study's, and says so
    cited = references(module)
    for source in ("Stanley B, Brown GK", "NG225", "CG78", "Linehan MM. Cognitive-Behavioral Treatment"):
        assert source in cited, source


def test_the_risk_modules_sit_after_the_modules_they_build_on():
    def order(course):
        return list(ModulePage.objects.child_of(course).live().order_by("path").values_list("slug", flat=True))

    dbt = order(ModulePage.objects.get(slug="dbt-suicide-and-self-harm-risk").get_parent())
    assert dbt.index("dbt-diary-card-and-chain-analysis") < dbt.index("dbt-suicide-and-self-harm-risk")
    mbt = order(ModulePage.objects.get(slug="mbt-suicide-and-self-harm-risk").get_parent())
    assert mbt.index("mbt-core-interventions") < mbt.index("mbt-suicide-and-self-harm-risk")


def test_the_glossary_has_the_named_risk_techniques_in_their_tracks(client):
    expected = {
        "X-RISK": "shared",
        "X-SAFETY": "shared",
        "X-MEANS": "shared",
        "DBT-LRAMP": "dbt",
        "DBT-24H": "dbt",
        "MBT-CRISIS": "mbt",
        "MBT-CRISIS-REVIEW": "mbt",
    }
    for code, track in expected.items():
        technique = Technique.objects.get(code=code)
        assert technique.track == track, code
        assert "Common mistakes" in technique.explanation, code
        assert client.get(f"/techniques/{technique.slug}/").status_code == 200, code
    assert "no-suicide contract is not one of its steps" in Technique.objects.get(code="X-SAFETY").explanation


def test_each_risk_module_places_a_quiz_with_a_demanding_pass_mark():
    for slug in RISK_MODULES.values():
        quiz = Quiz.objects.get(placements__module__slug=slug)
        assert quiz.slug == slug and quiz.pass_mark >= 75
        assert quiz.quiz_questions.count() >= 4


def test_the_risk_quizzes_key_what_the_sources_say():
    def keyed(title):
        return [o.text for o in Question.objects.get(title=title).options.all() if o.correct]

    assert keyed("X-R Asking directly") == ["has not been shown to raise suicidal thinking"]
    assert keyed("X-R Not a safety-plan step") == ["A signed promise not to attempt suicide"]
    assert keyed("D-R The 24-hour rule")[0].endswith("scheduled sessions go ahead")
    assert keyed("D-R First coaching priority") == ["Suicidal or self-injurious urges"]
    assert keyed("M-R Jon: what comes first")[0].startswith("Medical care for the wound today")
    assert Question.objects.get(title="X-R Admission").is_true is False


def clip_moments(code):
    return TechniqueMoment.objects.filter(technique__code=code)


def captions(key):
    return (Path(settings.BASE_DIR) / "demo" / "assets" / "videos" / f"{key}.vtt").read_text()


def test_the_rupture_and_chain_clips_model_a_full_risk_check_not_one_closed_question():
    for key in ("rupture-mbt", "rupture-dbt", "dbt-chain-analysis"):
        text = captions(key)
        assert "are you safe now?" not in text, key
        assert "kill yourself" in text or "killing yourself" in text, key  # the word is used
        assert "more than usual" in text.lower(), key  # judged against the person's own baseline
    for key in ("rupture-mbt", "rupture-dbt"):
        text = captions(key)
        assert "tablets" in text and "plan" in text, key  # means asked about, and the plan updated
    titles = set(clip_moments("X-RISK").values_list("clip_title", flat=True))
    assert len(titles) >= 3 and any("rupture" in title.lower() for title in titles)
    assert clip_moments("X-MEANS").count() >= 2 and clip_moments("MBT-CRISIS").exists()


def test_the_chain_clip_defines_the_behaviour_then_the_prompting_event_then_vulnerability():
    text = captions("dbt-chain-analysis")
    defined = text.index("Tell me exactly what you did on Thursday night")
    prompted = text.index("what set it off that day")
    vulnerable = text.index("What made you more vulnerable")
    assert text.index("medical treatment") < defined < prompted < vulnerable


def test_the_stop_rewind_explore_clip_validates_before_it_stops():
    def at(code):
        return (
            clip_moments(code).filter(clip_title__startswith="MBT individual session").values_list("seconds", flat=True)
        )

    assert max(at("MBT-VAL")) < min(at("MBT-SRE"))
