"""The further core topics in the seeded demo: MBT assessment, trust and ending; DBT functions, stages,
assumptions, commitment and change procedures."""

import re

from courses.models import ModulePage
from quizzes.models import Question, Quiz
from techniques.models import Technique


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def references(module):
    (block,) = [b for b in module.body if b.block_type == "text" and "<h2>References</h2>" in str(b.value)]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", str(block.value)))


def test_the_mbt_module_on_assessment_trust_and_ending_is_taught_and_sourced(client):
    module = ModulePage.objects.live().get(slug="mbt-assessment-trust-and-ending")
    assert module.get_parent().slug == "mbt-essentials" and len(module.learning_objectives) >= 4
    assert any(b.block_type == "vignette" for b in module.body)
    text = page_text(client, module.url)
    assert "mentalizing profile" in text and "from −1" in text and "correlated .71" in text
    assert "epistemic hypervigilance" in text and "closed to revision" in text
    assert "termination formulation" in text
    cited = references(module)
    for source in ("Bateman A, Fonagy P.", "Luyten P", "Rutimann DD", "Juul S", "Fonagy P, Luyten P"):
        assert source in cited, source


def test_the_dbt_module_on_commitment_and_change_is_taught_and_sourced(client):
    module = ModulePage.objects.live().get(slug="dbt-commitment-and-change")
    assert module.get_parent().slug == "dbt-essentials" and len(module.learning_objectives) >= 5
    text = page_text(client, module.url)
    for topic in ("foot in the door", "door in the face", "freedom to choose with an absence of alternatives"):
        assert topic in text, topic
    for procedure in ("skills training", "exposure", "contingency management", "cognitive modification"):
        assert procedure in text, procedure
    assert "extinction burst" in text and "Clients cannot fail in DBT" in text
    assert "active passivity" in text and "inhibited grieving" in text
    assert "non-DBT option" in text
    assert "Linehan MM. Cognitive-Behavioral Treatment" in references(module)


def test_the_dbt_structure_module_names_the_five_functions_and_the_later_stages(client):
    module = ModulePage.objects.get(slug="dbt-structure-and-targets")
    assert "functions" in module.title
    text = page_text(client, module.url)
    for function in (
        "enhance the client's capabilities",
        "improve the client's motivation",
        "generalise",
        "structure the environment",
        "enhance the therapists' capability and motivation",
    ):
        assert function in text, function
    assert "quiet desperation" in text and "stage four" in text
    assert "Pederson LD" in references(module)


def test_the_new_techniques_are_in_the_glossary(client):
    for code in ("MBT-HYPER", "DBT-COMMIT", "DBT-EXPOSE", "DBT-COGMOD"):
        technique = Technique.objects.get(code=code)
        assert client.get(f"/techniques/{technique.slug}/").status_code == 200, code


def test_the_new_quizzes_are_placed_and_keyed_as_the_sources_say():
    for slug in ("mbt-assessment-trust-and-ending", "dbt-commitment-and-change"):
        assert Quiz.objects.get(placements__module__slug=slug).slug == slug

    def keyed(title):
        return [o.text for o in Question.objects.get(title=title).options.all() if o.correct]

    assert keyed("D5 A year, then a month") == ["Door in the face"]
    assert keyed("D5 Priya freezes")[0].startswith("Exposure")
    assert keyed("D5 Crisis talk spikes") == ["An extinction burst"]
    assert keyed("M8 What the RF Scale rates") == ["Transcripts of the Adult Attachment Interview"]
    assert keyed("D2 Where trauma is processed") == ["Stage 2"]
