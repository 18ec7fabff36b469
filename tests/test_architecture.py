"""The rooms depend one way, string references included.

`lint-imports` (CI's first step, contract in `.importlinter`) checks Python imports. Django and Wagtail also
tie rooms together by name: a ForeignKey("app.Model"), a page's parent and child types, a chooser block's
target. Those never appear as imports, so they are checked here against the same order.
"""

import configparser
from pathlib import Path

from django.apps import apps
from wagtail.blocks import Block, StreamBlock, StructBlock
from wagtail.blocks.list_block import ListBlock
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.snippets.blocks import SnippetChooserBlock

ROOT = Path(__file__).resolve().parents[1]


def layers():
    """{room: height}, read from `.importlinter` so that the two checks cannot drift apart."""
    parser = configparser.ConfigParser()
    parser.read(ROOT / ".importlinter")
    names = parser["importlinter:contract:rooms"]["layers"].split()
    return {name: len(names) - i for i, name in enumerate(names)}


LAYERS = layers()


def upward(from_app, to_app):
    """True when `from_app`, one of our rooms, names `to_app`, a room above it."""
    return from_app in LAYERS and to_app in LAYERS and LAYERS[to_app] > LAYERS[from_app]


def our_models():
    return [model for model in apps.get_models() if model._meta.app_label in LAYERS]


def child_blocks(block):
    if isinstance(block, StreamBlock | StructBlock):
        for child in block.child_blocks.values():
            yield child
            yield from child_blocks(child)
    elif isinstance(block, ListBlock):
        yield block.child_block
        yield from child_blocks(block.child_block)


def test_the_contract_names_every_room_of_ours():
    ours = {config.label for config in apps.get_app_configs() if Path(config.path).parent == ROOT}
    assert ours - {"config"} <= set(LAYERS), f"rooms missing from .importlinter: {sorted(ours - set(LAYERS))}"
    assert LAYERS["accounts"] < LAYERS["techniques"] < LAYERS["quizzes"] < LAYERS["courses"]
    assert LAYERS["courses"] < LAYERS["learning"] < LAYERS["supervision"] < LAYERS["demo"]


def test_no_model_relation_points_to_a_room_above():
    wrong = [
        f"{model._meta.label}.{field.name} -> {field.related_model._meta.label}"
        for model in our_models()
        for field in model._meta.get_fields()
        if field.is_relation
        and field.concrete
        and field.related_model is not None
        and upward(model._meta.app_label, field.related_model._meta.app_label)
    ]
    assert wrong == []


def test_no_page_type_or_chooser_block_names_a_room_above():
    wrong = []
    for model in our_models():
        label = model._meta.app_label
        if issubclass(model, Page):
            for related in [*model.allowed_parent_page_models(), *model.allowed_subpage_models()]:
                if upward(label, related._meta.app_label):
                    wrong.append(f"{model._meta.label} page type -> {related._meta.label}")
        for field in model._meta.get_fields():
            if not isinstance(field, StreamField):
                continue
            for block in child_blocks(field.stream_block):
                if isinstance(block, SnippetChooserBlock) and upward(label, block.target_model._meta.app_label):
                    wrong.append(f"{model._meta.label}.{field.name} chooses {block.target_model._meta.label}")
    assert wrong == []


def test_the_check_would_see_an_upward_reference():
    """The checks above must be able to fail: a relation from quizzes to courses is upward."""
    assert upward("quizzes", "courses")
    assert not upward("courses", "quizzes")
    assert not upward("quizzes", "wagtailcore")
    assert isinstance(SnippetChooserBlock("quizzes.Quiz"), Block)
