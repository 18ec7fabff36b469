"""Read the demo curriculum from its content files (``demo/content/``), checked the way the editor checks it.

The files, one per course, module and technique, a GIFT file with a settings file per quiz, one per role-play
clip with its technique moments (``videos/<key>.yaml``) and one each for the home page, the course catalogue
and the technique glossary (``home.md``, ``catalogue.md``, ``glossary.md``), are what clinicians review;
``README.md`` ("The demo curriculum's content files") describes the format. This module reads them in two steps:

* ``read_*`` parse a file into plain data (HTML for rich text, technique codes, clip keys and quiz slugs for
  what they refer to) and keep, for every value, the line it was written on;
* ``module_body`` and ``check_model`` turn that data into the stored form through the real blocks and models
  (``ModuleStreamBlock``'s ``to_python`` and ``clean``, a model's ``full_clean``), so a value the editor would
  refuse is refused here too.

Every mistake is a ``ContentError`` naming the file and line, e.g.
``demo/content/modules/cross-reading-the-evidence.md:50: evidence block, row 3, "ci_low" must be a number, e.g.
-0.52``.
"""

import json
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

import yaml
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from markdown_it import MarkdownIt
from wagtail import blocks

from courses.blocks import INLINE_FEATURES, RICH_TEXT_FEATURES, ModuleStreamBlock
from courses.models.pages import INTRO_FEATURES
from quizzes.interchange import gift
from quizzes.interchange.common import BadImport
from quizzes.models import AnswerOrder, RevealAnswers
from quizzes.models.quizzes import QuizNavigation
from techniques.webvtt import parse_captions

CONTENT = Path(__file__).resolve().parent / "content"
ASSETS = Path(__file__).resolve().parent / "assets" / "videos"
TECHNIQUE_FEATURES = ["bold", "italic", "ol", "ul", "link"]
# Between two text blocks that follow each other (invisible when the file is shown on GitHub).
TEXT_BREAK = re.compile(r"^<!--\s*new text block\s*-->\s*$")


class ContentError(Exception):
    """A content file that cannot be seeded; ``problems`` are "file:line: message" strings."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


def where(path):
    """The file as a reader finds it: relative to the repository when it is in it."""
    try:
        return str(Path(path).resolve().relative_to(CONTENT.parent.parent))
    except ValueError:
        return str(path)


def fail(path, line, message):
    raise ContentError([f"{where(path)}:{line}: {message}"])


# YAML with the line of every value -------------------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """YAML whose numbers with a decimal point stay exact (``-0.00`` stays ``-0.00``), as the review prints them."""


_Loader.add_constructor("tag:yaml.org,2002:float", lambda loader, node: Decimal(loader.construct_scalar(node)))


@dataclass
class Located:
    """A YAML value and the line (in its file) of each part of it, by path: ("rows", 2, "ci_low")."""

    value: object
    lines: dict = field(default_factory=dict)

    def line(self, path=()):
        path = tuple(path)
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)


def read_yaml(text, path, first_line):
    """Parse YAML that starts at `first_line` of file `path`."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        value = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        # Where the broken construct began (an unclosed bracket or quote), else where the parser gave up.
        mark = error.context_mark or error.problem_mark
        fail(path, first_line + (mark.line if mark else 0), f"this is not valid YAML: {error.problem or error}")
    finally:
        loader.dispose()
    lines = {}

    def walk(node, at):
        lines.setdefault(at, first_line + node.start_mark.line)
        if isinstance(node, yaml.MappingNode):
            for key, item in node.value:
                lines[(*at, key.value)] = first_line + key.start_mark.line
                walk(item, (*at, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*at, index))

    if node is not None:
        walk(node, ())
    return Located(value, lines)


def split_front_matter(path):
    """(front matter as Located, body text, line of the body's first line) of a Markdown file."""
    text = Path(path).read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        fail(path, 1, "the file must begin with its front matter: a line ---, the fields in YAML, a line ---")
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        fail(path, 1, "the front matter has no closing line ---")
    front = read_yaml("".join(lines[1:end]), path, 2)
    if not isinstance(front.value, dict):
        fail(path, 2, "the front matter must be fields written as name: value")
    return front, "".join(lines[end + 1 :]), end + 2


def check_fields(located, path, fields, what="the front matter"):
    """Each of `fields` ({name: (type, required)}) present and of its type, and no others."""
    data = located.value
    for name in data:
        if name not in fields:
            fail(path, located.line((name,)), f'unknown field "{name}" in {what} (it takes: {", ".join(fields)})')
    for name, (kind, required) in fields.items():
        if name not in data or data[name] is None:
            if required:
                fail(path, located.line(), f'"{name}" is missing from {what}')
            continue
        if not _is(data[name], kind):
            fail(path, located.line((name,)), f'"{name}" must be {_KIND_WORDS[kind]}')


_KIND_WORDS = {str: "text", int: "a whole number", bool: "true or false", list: "a list of texts", Decimal: "a number"}


def _is(value, kind):
    if kind is list:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind is Decimal:
        return isinstance(value, Decimal | int) and not isinstance(value, bool)
    return isinstance(value, kind)


# Markdown to the rich text the editor stores -------------------------------------------------------------------

_markdown = MarkdownIt("commonmark", {"html": True, "linkify": False})

# What each editor feature lets a text hold, as markdown-it token types (and heading tags).
_FEATURE_TOKENS = {
    "bold": {"strong_open"},
    "italic": {"em_open"},
    "link": {"link_open"},
    "ol": {"ordered_list_open", "list_item_open"},
    "ul": {"bullet_list_open", "list_item_open"},
}
_ALWAYS = {"paragraph_open", "paragraph_close", "inline", "text", "softbreak"}
_FEATURE_WORDS = {
    "h2": "headings (##)",
    "h3": "subheadings (###)",
    "bold": "bold",
    "italic": "italics",
    "link": "links",
    "ol": "numbered lists",
    "ul": "bulleted lists",
}
_TOKEN_WORDS = {
    "heading_open": "a heading",
    "code_inline": "code",
    "code_block": "an indented code block",
    "fence": "a fenced block",
    "image": "an image",
    "blockquote_open": "a block quote (>)",
    "hr": "a horizontal rule",
    "hardbreak": "a line break",
    "html_block": "HTML",
    "html_inline": "HTML",
    "strong_open": "bold",
    "em_open": "italics",
    "link_open": "a link",
    "ordered_list_open": "a numbered list",
    "bullet_list_open": "a bulleted list",
}


def _allowed(features):
    allowed = set(_ALWAYS)
    for feature in features:
        allowed |= _FEATURE_TOKENS.get(feature, set())
    allowed |= {name.replace("_open", "_close") for name in allowed}
    return allowed


def render_tokens(tokens, features, path, first_line):
    """The HTML of markdown-it `tokens` (lines counted from `first_line`), refusing what `features` leave out."""
    allowed = _allowed(features)
    headings = {f for f in features if f in ("h2", "h3")}
    line = first_line
    for token in tokens:
        if token.map:
            line = first_line + token.map[0]
        for part in [token, *(token.children or [])]:
            if (part.type == "heading_open" and part.tag in headings) or part.type == "heading_close":
                continue
            if part.type not in allowed:
                shown = _TOKEN_WORDS.get(part.type, part.type)
                if part.type == "heading_open":
                    shown = f"a heading of level {part.tag[1:]} ({'#' * int(part.tag[1:])})"
                can = ", ".join(_FEATURE_WORDS[f] for f in features)
                fail(path, line, f"{shown} is not allowed in this text; it can hold paragraphs, {can}")
    html = _markdown.renderer.render(tokens, _markdown.options, {})
    # Block tags one after another, as the editor stores them; a soft line break inside a paragraph stays.
    return re.sub(r"(</(?:p|h2|h3|li|ul|ol)>|<(?:ul|ol)>)\n", r"\1", html).strip()


def render_markdown(text, features, path, first_line):
    return render_tokens(_markdown.parse(text or ""), features, path, first_line)


# Files -----------------------------------------------------------------------------------------------------------

COURSE_FIELDS = {
    "slug": (str, True),
    "title": (str, True),
    "track": (str, True),
    "order": (int, True),
    "estimated_hours": (int, True),
    "summary": (str, True),
}
MODULE_FIELDS = {
    "slug": (str, True),
    "title": (str, True),
    "course": (str, True),
    "order": (int, True),
    "minutes": (int, True),
    "summary": (str, True),
    "objectives": (list, True),
}
TECHNIQUE_FIELDS = {
    "code": (str, True),
    "name": (str, True),
    "track": (str, True),
    "kind": (str, True),
    "definition": (str, True),
}


@dataclass
class Course:
    path: Path
    front: Located
    intro: str
    modules: list = field(default_factory=list)

    def __getitem__(self, name):
        return self.front.value[name]


@dataclass
class Block:
    """One block of a module body: its type, its value (rich text already HTML) and where it was written."""

    type: str
    value: object
    located: Located


@dataclass
class Module:
    path: Path
    front: Located
    blocks: list

    def __getitem__(self, name):
        return self.front.value[name]


@dataclass
class Technique:
    path: Path
    front: Located
    explanation: str

    def __getitem__(self, name):
        return self.front.value[name]


def read_course(path):
    front, body, body_line = split_front_matter(path)
    check_fields(front, path, COURSE_FIELDS)
    return Course(path, front, render_markdown(body, INTRO_FEATURES, path, body_line))


@dataclass
class PageFile:
    """``home.md``, ``catalogue.md`` or ``glossary.md``: the title (and lead) and introduction of a site page."""

    path: Path
    front: Located
    intro: str

    def __getitem__(self, name):
        return self.front.value.get(name)


def read_page(path, model):
    """The file at `path` for the page `model`, its introduction rendered with that model's features."""
    front, body, body_line = split_front_matter(path)
    fields = {"title": (str, True), **({"lead": (str, False)} if hasattr(model, "lead") else {})}
    check_fields(front, path, fields)
    return PageFile(path, front, render_markdown(body, model._meta.get_field("intro").features, path, body_line))


def read_technique(path):
    front, body, body_line = split_front_matter(path)
    check_fields(front, path, TECHNIQUE_FIELDS)
    return Technique(path, front, render_markdown(body, TECHNIQUE_FEATURES, path, body_line))


# Fenced blocks: the fields that are Markdown (rendered with the block's features) and that name things.
RICH_FIELDS = {
    "callout": {("body",): INLINE_FEATURES},
    "vignette": {("vignette",): INLINE_FEATURES},
    "comparison": {("rows", "*", "mbt"): INLINE_FEATURES, ("rows", "*", "dbt"): INLINE_FEATURES},
}
REFERENCE_BLOCKS = {
    "technique": {"technique": (str, True), "note": (str, False)},
    "video": {"clip": (str, True)},
    "paired_clips": {
        "title": (str, True),
        "prompt": (str, True),
        "mbt": (str, True),
        "dbt": (str, True),
        "contrast": (object, True),
    },
    "quiz": {"quiz": (str, True), "heading": (str, False)},
}
BLOCK_TYPES = [name for name in ModuleStreamBlock.base_blocks if name != "text"]


def read_module(path):
    front, body, body_line = split_front_matter(path)
    check_fields(front, path, MODULE_FIELDS)
    tokens = _markdown.parse(body)
    found, text = [], []

    def close_text():
        if text:
            line = body_line + text[0].map[0]
            found.append(
                Block("text", render_tokens(text, RICH_TEXT_FEATURES, path, body_line), Located(None, {(): line}))
            )
            text.clear()

    for token in tokens:
        if token.type == "html_block" and TEXT_BREAK.match(token.content):
            close_text()
        elif token.type == "fence":
            close_text()
            found.append(_read_fence(token, path, body_line))
        else:
            text.append(token)
    close_text()
    if not found:
        fail(path, body_line, "the module has no body")
    return Module(path, front, found)


def _read_fence(token, path, body_line):
    line = body_line + token.map[0]
    kind = token.info.strip()
    if kind not in BLOCK_TYPES:
        named = f'unknown block type "{kind}"' if kind else "a fenced block must name its block type after ```"
        fail(path, line, f"{named} (the blocks are: {', '.join(BLOCK_TYPES)})")
    located = read_yaml(token.content, path, line + 1)
    # What concerns the block as a whole (a field missing from it) is reported at its opening ```.
    located.lines[()] = line
    if not isinstance(located.value, dict):
        fail(path, line, f"a {kind} block holds fields written as name: value")
    if kind in REFERENCE_BLOCKS:
        check_fields(located, path, REFERENCE_BLOCKS[kind], what=f"the {kind} block")
    else:
        _check_struct(ModuleStreamBlock.base_blocks[kind], located.value, (), located, path, kind)
    for field_path, features in RICH_FIELDS.get(kind, {}).items():
        for at, markdown in _at(located.value, field_path, ()):
            if not isinstance(markdown, str):
                fail(path, located.line(at), f"{_describe(kind, at)}: write text (Markdown)")
            _put(located.value, at, render_markdown(markdown, features, path, located.line(at) + 1))
    return Block(kind, located.value, located)


def _check_struct(block, value, at, located, path, kind):
    """Field names and numbers of a fenced block against the block's own definition."""
    if isinstance(block, blocks.StructBlock):
        if not isinstance(value, dict):
            fail(path, located.line(at), f"{_describe(kind, at)}: write fields as name: value")
        for name, item in value.items():
            if name not in block.child_blocks:
                fields = ", ".join(block.child_blocks)
                fail(
                    path,
                    located.line((*at, name)),
                    f"{_describe(kind, (*at, name))}: unknown field (it takes: {fields})",
                )
            _check_struct(block.child_blocks[name], item, (*at, name), located, path, kind)
    elif isinstance(block, blocks.ListBlock):
        if not isinstance(value, list):
            fail(path, located.line(at), f"{_describe(kind, at)}: write a list, one item per line starting with -")
        for index, item in enumerate(value):
            _check_struct(block.child_block, item, (*at, index), located, path, kind)
    elif value is not None and isinstance(block, blocks.DecimalBlock) and not _is(value, Decimal):
        fail(path, located.line(at), f"{_describe(kind, at)} must be a number, e.g. -0.52")
    elif value is not None and isinstance(block, blocks.IntegerBlock) and not _is(value, int):
        fail(path, located.line(at), f"{_describe(kind, at)} must be a whole number")
    elif value is not None and isinstance(block, blocks.FieldBlock) and isinstance(value, dict | list):
        fail(path, located.line(at), f"{_describe(kind, at)} must be a single value")


def _at(value, pattern, at):
    """(path, value) of every place `pattern` (with "*" for any list item) reaches in `value`."""
    if not pattern:
        yield at, value
        return
    head, *rest = pattern
    if head == "*":
        for index, item in enumerate(value if isinstance(value, list) else []):
            yield from _at(item, rest, (*at, index))
    elif isinstance(value, dict) and head in value:
        yield from _at(value[head], rest, (*at, head))


def _put(value, at, new):
    for step in at[:-1]:
        value = value[step]
    value[at[-1]] = new


_ITEM_WORDS = {"rows": "row", "points": "point", "moments": "moment", "contrast": "contrast row"}
# Stored names of fields a file writes under another name.
_FILE_NAMES = {"mbt_clip": "mbt", "dbt_clip": "dbt"}


def _describe(kind, at):
    return ", ".join([f"{kind} block", *_path_words(at)])


def _path_words(at):
    words = []
    for index, step in enumerate(at):
        if isinstance(step, int):
            words.append(f"{_ITEM_WORDS.get(at[index - 1], 'item')} {step + 1}")
        elif not (index + 1 < len(at) and isinstance(at[index + 1], int) and step in _ITEM_WORDS):
            words.append(f'"{step}"')  # a list's name is left out before its item ("row 3", not "rows", "row 3")
    return words


def _problems(error, at=()):
    """(path, message) for each error a block's clean() raised, nested struct, list and stream errors included."""
    if isinstance(error, blocks.StructBlockValidationError):
        for name, child in error.block_errors.items():
            yield from _problems(child, (*at, _FILE_NAMES.get(name, name)))
        for child in getattr(error, "non_block_errors", None) or []:
            yield from _problems(child, at)
    elif isinstance(error, blocks.ListBlockValidationError | blocks.StreamBlockValidationError):
        for index, child in error.block_errors.items():
            yield from _problems(child, (*at, index))
        for child in error.non_block_errors or []:
            yield from _problems(child, at)
    elif isinstance(error, ValidationError):
        yield at, " ".join(error.messages)
    else:
        yield at, str(error)


# Into the stored form, through the real blocks ---------------------------------------------------------------------


@dataclass
class Resolver:
    """What the names in a file stand for, as the seed made them: technique codes, clip keys and quiz slugs."""

    techniques: dict
    clips: dict
    quizzes: dict
    path: Path | None = None

    def technique(self, block, at):
        return self._find(self.techniques, block, at, "no technique with the code {name} in demo/content/techniques/")

    def clip(self, block, at):
        return self._find(self.clips, block, at, "no role-play clip {name} (the clips: " + ", ".join(self.clips) + ")")

    def quiz(self, block, at):
        return self._find(self.quizzes, block, at, "no quiz {name}: there is no demo/content/quizzes/{name}.yaml")

    def _find(self, table, block, at, message):
        name = block.value
        for step in at:
            name = name[step]
        if name not in table:
            fail(self.path, block.located.line(at), f"{_describe(block.type, at)}: " + message.format(name=name))
        return table[name]


def stored_value(block, resolve):
    """The raw (stored) value of one Block: `resolve` maps its references (techniques, clips, quizzes) to values."""
    value = block.value
    if block.type == "technique":
        return {"technique": resolve.technique(block, ("technique",)).pk, "note": value.get("note") or ""}
    if block.type == "video":
        return resolve.clip(block, ("clip",))
    if block.type == "paired_clips":
        return {
            "title": value["title"],
            "prompt": value["prompt"],
            "mbt_clip": resolve.clip(block, ("mbt",)),
            "dbt_clip": resolve.clip(block, ("dbt",)),
            "contrast": value["contrast"],
        }
    if block.type == "quiz":
        return {
            "quiz": resolve.quiz(block, ("quiz",)).pk,
            "heading": value.get("heading") or "Check your understanding",
        }
    return value


def module_body(module, resolve, block_id):
    """The module's body as ModuleStreamBlock stores it, every block cleaned; `block_id(index)` names each block."""
    stream = ModuleStreamBlock()
    resolve = replace(resolve, path=module.path)
    raw = []
    for index, block in enumerate(module.blocks):
        value = stored_value(block, resolve)
        child = stream.child_blocks[block.type]
        try:
            child.clean(child.to_python(value))
        except ValidationError as error:
            problems = [
                f"{where(module.path)}:{block.located.line(at)}: "
                f"{_describe(block.type, at) if at else block.type + ' block'}: {message}"
                for at, message in _problems(error)
            ]
            raise ContentError(problems) from None
        raw.append({"type": block.type, "value": value, "id": block_id(index)})
    # Round-trip so the stored form is exactly what the editor would save (list items get ids too).
    value = stream.to_python(raw)
    try:
        stream.clean(value)
    except ValidationError as error:
        raise ContentError([f"{where(module.path)}:1: {message}" for _at, message in _problems(error)]) from None
    # As the database holds it (JSON: a decimal is a string), so the seed can tell an unchanged body.
    return json.loads(json.dumps(stream.get_prep_value(value), cls=DjangoJSONEncoder))


def check_model(instance, path, line_of):
    """`instance.full_clean()`, each error named by the file `path` and the line `line_of(field name)`."""
    try:
        instance.full_clean(validate_unique=False)
    except ValidationError as error:
        raise ContentError(
            [
                f"{where(path)}:{line_of(name)}: {name}: {' '.join(messages)}"
                for name, messages in error.message_dict.items()
            ]
        ) from None


# The curriculum as a whole -------------------------------------------------------------------------------------


def read_techniques(folder=CONTENT):
    techniques, codes = [], {}
    for path in sorted((folder / "techniques").glob("*.md")):
        technique = read_technique(path)
        code = technique["code"]
        if code in codes:
            fail(path, technique.front.line(("code",)), f'the code "{code}" is also used by {where(codes[code])}')
        codes[code] = path
        techniques.append(technique)
    return techniques


def read_curriculum(folder=CONTENT):
    """The courses in their order, each with its modules in theirs."""
    courses = {}
    for path in sorted((folder / "courses").glob("*.md")):
        course = read_course(path)
        if course["slug"] in courses:
            fail(path, course.front.line(("slug",)), f'the course slug "{course["slug"]}" is used twice')
        courses[course["slug"]] = course
    slugs = {}
    for path in sorted((folder / "modules").glob("*.md")):
        module = read_module(path)
        course = courses.get(module["course"])
        if course is None:
            known = ", ".join(courses)
            fail(path, module.front.line(("course",)), f'no course "{module["course"]}" (the courses: {known})')
        if module["slug"] in slugs:
            fail(path, module.front.line(("slug",)), f"the module slug is also used by {where(slugs[module['slug']])}")
        slugs[module["slug"]] = path
        course.modules.append(module)
    ordered = sorted(courses.values(), key=lambda c: c["order"])
    for course in ordered:
        course.modules.sort(key=lambda m: m["order"])
        orders = [m["order"] for m in course.modules]
        for module in course.modules:
            if orders.count(module["order"]) > 1:
                fail(module.path, module.front.line(("order",)), f'another module of "{course["slug"]}" has this order')
    return ordered


# Role-play clips: the technique moments of each, beside the generated video ------------------------------------

MOMENT_FIELDS = {"time": (Decimal, True), "says": (str, True), "technique": (str, True), "note": (str, False)}


@dataclass
class ClipFile:
    """``videos/<key>.yaml``: the moments of the clip ``<key>`` of ``demo/assets/videos/manifest.json``."""

    key: str
    path: Path
    located: Located

    @property
    def moments(self):
        return self.located.value["moments"]


def read_clip(path):
    path = Path(path)
    located = read_yaml(path.read_text(encoding="utf-8"), path, 1)
    if not isinstance(located.value, dict):
        fail(path, 1, "a clip file holds fields written as name: value (its moments: a list under moments:)")
    check_fields(located, path, {"moments": (object, True)}, what="the clip file")
    moments = located.value["moments"]
    if not isinstance(moments, list):
        fail(path, located.line(("moments",)), '"moments" must be a list, one moment per item starting with -')
    for index, moment in enumerate(moments):
        at = ("moments", index)
        if not isinstance(moment, dict):
            fail(path, located.line(at), f"moment {index + 1}: write its fields as name: value")
        lines = {key[2:]: line for key, line in located.lines.items() if key[:2] == at}
        check_fields(Located(moment, lines), path, MOMENT_FIELDS, what=f"moment {index + 1}")
    return ClipFile(path.stem, path, located)


def read_clips(folder=CONTENT):
    """{clip key: ClipFile}, from ``videos/*.yaml``."""
    return {clip.key: clip for clip in map(read_clip, sorted((folder / "videos").glob("*.yaml")))}


def clip_value(clip, generated, media, techniques):
    """A role-play video block's stored value: the generated clip (its manifest entry and captions, `media` its
    uploaded video) with the moments of its clip file, checked by the video block's own ``clean()``.

    Each moment's time must fall within a caption that says its ``says`` words, so a moment cannot drift away
    from the line it marks when the videos are made again.
    """
    captions = (ASSETS / generated["captions"]).read_text(encoding="utf-8")
    cues = parse_captions(captions)
    moments = []
    for index, moment in enumerate(clip.moments):
        at = ("moments", index)
        code = moment["technique"]
        if code not in techniques:
            line = clip.located.line((*at, "technique"))
            fail(clip.path, line, f"moment {index + 1}: no technique with the code {code} in demo/content/techniques/")
        said = " ".join(moment["says"].split())
        showing = [cue for cue in cues if said in " ".join(cue.text.split())]
        if not showing:
            line = clip.located.line((*at, "says"))
            fail(clip.path, line, f"moment {index + 1}: no caption of {generated['captions']} says \u201c{said}\u201d")
        if not any(cue.start <= moment["time"] <= cue.end for cue in showing):
            shown = ", ".join(f"{cue.start:.1f}\u2013{cue.end:.1f} s" for cue in showing)
            line = clip.located.line((*at, "time"))
            fail(
                clip.path,
                line,
                f"moment {index + 1}: at {moment['time']} s the caption \u201c{said}\u201d is not shown "
                f"(it is at {shown})",
            )
        moments.append(
            {"time": _clock(moment["time"]), "technique": techniques[code].pk, "note": moment.get("note") or ""}
        )
    value = {
        "title": generated["title"],
        "description": generated["description"],
        "video": media.pk,
        "embed": None,
        "captions": captions,
        "captions_language": "en",
        # No separate transcript: the captions, with their timings, are the transcript.
        "transcript": "",
        "moments": moments,
    }
    block = ModuleStreamBlock().child_blocks["video"]
    try:
        block.clean(block.to_python(value))
    except ValidationError as error:
        raise ContentError(
            [
                f"{where(clip.path)}:{clip.located.line(at)}: {', '.join(_path_words(at)) or clip.key}: {message}"
                for at, message in _problems(error)
            ]
        ) from None
    return value


def _clock(seconds):
    minutes, rest = divmod(float(seconds), 60)
    return f"{int(minutes)}:{rest:04.1f}"


# Quizzes: a GIFT file and a settings file each ---------------------------------------------------------------------

QUIZ_FIELDS = {
    "title": (str, True),
    "description": (str, False),
    "pass_mark": (int, True),
    "navigation": (str, False),
    "exam_paper": (bool, False),
    "reveal_answers": (str, False),
    "time_limit": (int, False),
    "allow_anonymous": (bool, False),
    "single_attempt": (bool, False),
    "questions": (dict, False),
}
QUESTION_FIELDS = {
    "points": (Decimal, False),
    "rubric": (str, False),
    "answer_order": (str, False),
    "kind": (str, False),
    "clip": (str, False),
    "technique": (str, False),
    "time": (Decimal, False),
    "tolerance": (Decimal, False),
    "others": (list, False),
}
SPOT_KINDS = ("spot_name", "spot_moment")


@dataclass
class QuizFile:
    slug: str
    path: Path  # the settings file
    gift_path: Path
    settings: Located
    questions: list  # [(ParsedQuestion, extras Located)]

    def __getitem__(self, name):
        return self.settings.value[name]


def read_quiz(path):
    """`path` is the quiz's settings file (``<slug>.yaml``); its questions are in ``<slug>.gift`` beside it."""
    path = Path(path)
    settings = read_yaml(path.read_text(encoding="utf-8"), path, 1)
    if not isinstance(settings.value, dict):
        fail(path, 1, "the quiz settings must be fields written as name: value")
    check_fields(settings, path, QUIZ_FIELDS, what="the quiz settings")
    for name, choices in (("navigation", QuizNavigation), ("reveal_answers", RevealAnswers)):
        value = settings.value.get(name)
        if value is not None and value not in choices.values:
            fail(path, settings.line((name,)), f'"{name}" is one of: {", ".join(choices.values)}')
    gift_path = path.with_suffix(".gift")
    if not gift_path.exists():
        fail(path, 1, f"the quiz's questions are missing: there is no {gift_path.name} beside it")
    try:
        parsed = gift.parse(gift_path.read_text(encoding="utf-8"))
    except BadImport as error:
        raise ContentError([f"{where(gift_path)}:{line}: {message}" for line, message in error.errors]) from None
    if not parsed:
        fail(gift_path, 1, "the quiz has no questions")
    extras = settings.value.get("questions") or {}
    titles = [item.title for item in parsed]
    for title in extras:
        if title not in titles:
            fail(path, settings.line(("questions", title)), f'no question "{title}" in {gift_path.name}')
    questions = []
    for item in parsed:
        if not item.title:
            fail(gift_path, item.line, "give the question a title (::Title::): it is how the seed finds it again")
        if titles.count(item.title) > 1:
            fail(gift_path, item.line, f'another question of this quiz is titled "{item.title}"')
        extra = Located(
            extras.get(item.title) or {},
            {k[2:]: v for k, v in settings.lines.items() if k[:2] == ("questions", item.title)},
        )
        questions.append((item, _check_extras(item, extra, path)))
    return QuizFile(path.stem, path, gift_path, settings, questions)


def _check_extras(item, extra, path):
    if not isinstance(extra.value, dict):
        fail(path, extra.line(), f'the settings of question "{item.title}" must be fields written as name: value')
    check_fields(extra, path, QUESTION_FIELDS, what=f'the settings of question "{item.title}"')
    data = extra.value
    order = data.get("answer_order")
    if order is not None and order not in AnswerOrder.values:
        fail(path, extra.line(("answer_order",)), f'"answer_order" is one of: {", ".join(AnswerOrder.values)}')
    kind = data.get("kind")
    if kind is not None:
        if kind not in SPOT_KINDS:
            fail(
                path, extra.line(("kind",)), f'"kind" is only for spot-the-technique questions: {", ".join(SPOT_KINDS)}'
            )
        if item.kind != "essay":
            fail(path, extra.line(("kind",)), "a spot-the-technique question is written in GIFT with no answers: {}")
        needed = ("clip", "technique", "time", *(("others",) if kind == "spot_name" else ()))
        for name in needed:
            if name not in data:
                fail(path, extra.line(), f'"{name}" is missing from the settings of question "{item.title}"')
    else:
        for name in ("clip", "technique", "time", "tolerance", "others"):
            if name in data:
                fail(path, extra.line((name,)), f'"{name}" is only for spot-the-technique questions (give "kind")')
    return extra


def read_quizzes(folder=CONTENT):
    quizzes = [read_quiz(path) for path in sorted((folder / "quizzes").glob("*.yaml"))]
    for gift_path in sorted((folder / "quizzes").glob("*.gift")):
        if not gift_path.with_suffix(".yaml").exists():
            fail(gift_path, 1, f"the quiz has no settings file ({gift_path.stem}.yaml) beside it")
    return quizzes
