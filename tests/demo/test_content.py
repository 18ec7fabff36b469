"""The demo curriculum's content files (demo/content/): every one loads, and a broken one names its file and line."""

import json
import textwrap
import uuid
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from courses.models import CourseIndexPage, HomePage, ModulePage, TechniqueIndexPage
from demo.curriculum_build import clip_values, load_manifest, seed_videos
from demo.loader import (
    CONTENT,
    ContentError,
    Resolver,
    clip_value,
    module_body,
    read_clip,
    read_curriculum,
    read_module,
    read_page,
    read_quizzes,
    read_techniques,
)
from quizzes.models import Quiz
from quizzes.models.quizzes import QuizNavigation
from techniques.models import Technique


def without_ids(data):
    if isinstance(data, list):
        return [without_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: without_ids(value) for key, value in data.items() if key != "id"}
    return data


@pytest.fixture
def resolve():
    """The names a file may use, as the seeded demo has them."""
    techniques = {t.code: t for t in Technique.objects.all()}
    clips = clip_values(seed_videos(load_manifest()), techniques)
    return Resolver(techniques, clips, {q.slug: q for q in Quiz.objects.all()})


def body_of(module, resolve):
    return module_body(module, resolve, lambda index: str(uuid.uuid4()))


def test_every_content_file_loads_and_is_what_the_demo_shows(resolve):
    techniques, courses, quizzes = read_techniques(), read_curriculum(), read_quizzes()

    assert sorted(t["code"] for t in techniques) == sorted(Technique.objects.values_list("code", flat=True))
    assert [c["slug"] for c in courses] == ["mbt-essentials", "dbt-essentials", "beyond-the-own-nose"]
    assert {q.slug for q in quizzes} == set(Quiz.objects.values_list("slug", flat=True))
    pages = {page.slug: page for page in ModulePage.objects.live()}
    modules = [module for course in courses for module in course.modules]
    assert {m["slug"] for m in modules} == set(pages)
    for module in modules:
        stored = json.loads(json.dumps(pages[module["slug"]].body.get_prep_value(), default=str))
        assert without_ids(body_of(module, resolve)) == without_ids(stored), module["slug"]
    for model, name in ((HomePage, "home.md"), (CourseIndexPage, "catalogue.md"), (TechniqueIndexPage, "glossary.md")):
        page, source = model.objects.live().get(), read_page(CONTENT / name, model)
        assert (page.title, page.intro) == (source["title"], source.intro), name


def test_one_demo_quiz_lets_the_trainee_move_back_and_forth():
    free = Quiz.objects.filter(navigation=QuizNavigation.FREE)
    assert list(free.values_list("slug", flat=True)) == ["cross-reading-the-evidence"]


def module_file(tmp_path, body, front=""):
    path = tmp_path / "broken.md"
    path.write_text(
        "---\nslug: broken\ntitle: A broken module\ncourse: mbt-essentials\norder: 1\nminutes: 10\n"
        f"summary: Broken on purpose.\nobjectives:\n- Find the mistake.\n{front}---\n\n" + textwrap.dedent(body),
        encoding="utf-8",
    )
    return path


def problem(error, path):
    (message,) = error.value.problems
    assert message.startswith(f"{path}:"), message
    line, text = message.removeprefix(f"{path}:").split(": ", 1)
    return int(line), text


def test_a_bad_evidence_number_names_its_row_and_line(tmp_path):
    path = module_file(
        tmp_path,
        """\
        ```evidence
        caption: Pooled estimates
        source: A review
        rows:
        - outcome: Severity
          comparison: DBT vs TAU
          measure: SMD
          estimate: -0.52
          ci_low: about a half
          ci_high: -0.33
        ```
        """,
    )
    with pytest.raises(ContentError) as error:
        read_module(path)
    assert problem(error, path) == (20, 'evidence block, row 1, "ci_low" must be a number, e.g. -0.52')


def test_an_unknown_technique_code_names_its_line(tmp_path, resolve):
    path = module_file(tmp_path, "Some text.\n\n```technique\ntechnique: MBT-NOPE\nnote: A card.\n```\n")
    with pytest.raises(ContentError) as error:
        body_of(read_module(path), resolve)
    line, text = problem(error, path)
    assert line == 15 and "MBT-NOPE" in text


def test_what_a_block_refuses_is_reported_at_its_line(tmp_path, resolve):
    path = module_file(tmp_path, "```callout\nkind: note\nbody: The title is missing.\n```\n")
    with pytest.raises(ContentError) as error:
        body_of(read_module(path), resolve)
    assert problem(error, path) == (12, 'callout block, "title": This field is required.')

    path = module_file(tmp_path, f"```key_points\npoints:\n- Short.\n- {'Far too long. ' * 30}\n```\n")
    with pytest.raises(ContentError) as error:
        body_of(read_module(path), resolve)
    line, text = problem(error, path)
    assert line == 15 and text.startswith("key_points block, point 2: Ensure this value has at most 300")


def test_bad_yaml_in_the_front_matter_names_its_line(tmp_path):
    path = module_file(tmp_path, "Text.\n", front="tags: [unclosed\n")
    with pytest.raises(ContentError) as error:
        read_module(path)
    line, text = problem(error, path)
    assert line == 10 and text.startswith("this is not valid YAML")


def test_a_gift_syntax_error_names_the_question_s_line(tmp_path):
    (tmp_path / "quizzes").mkdir()
    (tmp_path / "quizzes" / "check.yaml").write_text("title: A check\npass_mark: 50\n", encoding="utf-8")
    gift = tmp_path / "quizzes" / "check.gift"
    gift.write_text(
        "$CATEGORY: MBT/Stance\n\n::Q1::Is MBT mentalization-based? {TRUE}\n\n"
        "::Q2::This one lost its closing brace {=Yes ~No\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as error:
        read_quizzes(tmp_path)
    assert problem(error, gift) == (5, "no answer section in braces { }")


def test_a_quiz_setting_the_model_refuses_stops_the_seed_with_its_line_and_writes_nothing(tmp_path, monkeypatch):
    (tmp_path / "quizzes").mkdir()
    settings = tmp_path / "quizzes" / "check.yaml"
    settings.write_text("title: A check\npass_mark: 150\n", encoding="utf-8")
    (tmp_path / "quizzes" / "check.gift").write_text("::Q1::Is MBT mentalization-based? {TRUE}\n", encoding="utf-8")
    monkeypatch.setattr("demo.quizzes.read_quizzes", lambda folder: read_quizzes(tmp_path))
    quizzes = Quiz.objects.count()

    with pytest.raises(CommandError) as error:
        call_command("seed_demo", stdout=StringIO())

    assert f"{settings}:2: pass_mark: Ensure this value is less than or equal to 100." in str(error.value)
    assert Quiz.objects.count() == quizzes and not Quiz.objects.filter(title="A check").exists()


def clip_file(tmp_path, moment):
    path = tmp_path / "rupture-mbt.yaml"
    path.write_text(
        "# The MBT rupture clip\nmoments:\n- time: 14.0\n  says: You're angry with me, and that makes sense.\n"
        f"  technique: MBT-VAL\n  note: Validation first.\n{textwrap.dedent(moment)}",
        encoding="utf-8",
    )
    return path


def clip_problem(tmp_path, moment):
    path = clip_file(tmp_path, moment)
    techniques = {t.code: t for t in Technique.objects.all()}
    with pytest.raises(ContentError) as error:
        clip_value(
            read_clip(path), load_manifest()["rupture-mbt"], seed_videos(load_manifest())["rupture-mbt"], techniques
        )
    return problem(error, path)


def test_a_clip_moment_off_the_words_it_marks_names_its_line(tmp_path):
    moment = "- time: 30.0\n  says: That's my part, and I'm sorry.\n  technique: MBT-OWN\n"
    line, text = clip_problem(tmp_path, moment)
    assert line == 7 and text.startswith(
        "moment 2: at 30.0 s the caption “That's my part, and I'm sorry.” is not shown"
    )


def test_what_the_video_block_refuses_in_a_clip_moment_is_reported_at_its_line(tmp_path):
    moment = f"- time: 28.0\n  says: That's my part\n  technique: MBT-OWN\n  note: {'Far too long. ' * 20}\n"
    assert clip_problem(tmp_path, moment) == (
        10,
        'moment 2, "note": Ensure this value has at most 255 characters (it has 279).',
    )
