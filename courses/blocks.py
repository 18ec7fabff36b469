"""StreamField blocks for module bodies.

Block names are stored in the page data: renaming one needs a data migration.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtailmedia.blocks import VideoChooserBlock

from techniques.webvtt import CaptionsError, format_clock, parse_captions, parse_clock, transcript_from_cues

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]
INLINE_FEATURES = ["bold", "italic", "link", "ol", "ul"]

SAMPLE_CAPTIONS = "WEBVTT\n\n00:00.000 --> 00:03.000\n<v Therapist>What was going through your mind just then?"


class KeyPointsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default=_("Key points"), max_length=80)
    points = blocks.ListBlock(blocks.CharBlock(max_length=300, label=_("Point")), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/key_points.html"
        group = _("Text")
        description = _("A short list of the points a trainee should take away.")
        preview_value = {"heading": "Key points", "points": ["Mentalizing is a skill that can fail.", "Slow down."]}


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("caution", _("Clinical caution")), ("note", _("Note")), ("tip", _("Practice tip"))],
        default="note",
    )
    title = blocks.CharBlock(max_length=120)
    body = blocks.RichTextBlock(features=INLINE_FEATURES)

    class Meta:
        icon = "warning"
        template = "courses/blocks/callout.html"
        group = _("Text")
        description = _("A boxed note; use “Clinical caution” for risk and for moves that are not adherent.")
        preview_value = {
            "kind": "caution",
            "title": "Check risk first",
            "body": "<p>Assess current risk before any exploratory work.</p>",
        }


class ComparisonRowBlock(blocks.StructBlock):
    aspect = blocks.CharBlock(max_length=120, help_text=_("e.g. Theory, Group sessions, Target outcomes"))
    mbt = blocks.RichTextBlock(label="MBT", features=INLINE_FEATURES)
    dbt = blocks.RichTextBlock(label="DBT", features=INLINE_FEATURES)


class ComparisonTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(max_length=200, help_text=_("Says what the table compares; read out by screen readers."))
    rows = blocks.ListBlock(ComparisonRowBlock(), min_num=1)

    class Meta:
        icon = "table"
        template = "courses/blocks/comparison_table.html"
        group = _("Comparison")
        description = _("MBT and DBT side by side, one row per aspect.")
        preview_value = {
            "caption": "Two models of BPD",
            "rows": [
                {
                    "aspect": "Postulated core",
                    "mbt": "<p>Fragile mentalizing</p>",
                    "dbt": "<p>Emotion dysregulation</p>",
                }
            ],
        }


class TechniqueCardBlock(blocks.StructBlock):
    technique = SnippetChooserBlock("techniques.Technique")
    note = blocks.CharBlock(max_length=300, required=False, help_text=_("Why this technique matters here (optional)."))

    class Meta:
        icon = "tag"
        template = "courses/blocks/technique_card.html"
        group = _("Techniques and role-play clips")
        description = _("A technique from the taxonomy, with its definition and a link to where it is shown.")


class MomentBlock(blocks.StructBlock):
    time = blocks.CharBlock(max_length=12, help_text=_("When it happens: minutes:seconds, e.g. 1:05"))
    technique = SnippetChooserBlock("techniques.Technique")
    note = blocks.CharBlock(max_length=255, required=False)

    class Meta:
        icon = "time"
        label = _("Moment")

    def clean(self, value):
        value = super().clean(value)
        if value.get("time"):
            try:
                parse_clock(value["time"])
            except ValueError:
                raise blocks.StructBlockValidationError(
                    block_errors={"time": ValidationError(_("Write the time as minutes:seconds, e.g. 1:05."))}
                ) from None
        return value


class RolePlayVideoValue(blocks.StructValue):
    """What templates need from a role-play video, worked out once.

    Named apart from the block's own fields: templates look up dictionary keys first.
    """

    @cached_property
    def cues(self):
        try:
            return parse_captions(self.get("captions"))
        except CaptionsError:
            return []

    @cached_property
    def transcript_lines(self):
        """[(speaker, seconds, text)]: the editor's transcript if given, else the captions."""
        written = (self.get("transcript") or "").strip()
        if not written:
            return transcript_from_cues(self.cues)
        paragraphs = []
        for line in filter(None, (line.strip() for line in written.splitlines())):
            speaker, sep, text = line.partition(":")
            paragraphs.append((speaker.strip(), None, text.strip()) if sep and len(speaker) < 40 else ("", None, line))
        return paragraphs

    @cached_property
    def chapters(self):
        """[(seconds, clock, technique, note)] in time order; moments without a technique are left out."""
        items = []
        for moment in self.get("moments") or []:
            try:
                seconds = parse_clock(moment["time"])
            except (ValueError, KeyError):
                continue
            if moment.get("technique"):
                items.append((seconds, format_clock(seconds), moment["technique"], moment.get("note", "")))
        return sorted(items, key=lambda item: item[0])

    @property
    def media(self):
        return self.get("video")


CAPTIONS_FILE_MAX_BYTES = 1_000_000


def captions_from_file(document):
    """The text of a .vtt document, checked to be WebVTT as pasted captions are; CaptionsError says why not."""
    name = getattr(document.file, "name", "") or ""
    if not name.lower().endswith(".vtt"):
        raise CaptionsError(_("Choose a WebVTT file (its name ends in .vtt)."))
    try:
        with document.file.open("rb") as handle:
            raw = handle.read(CAPTIONS_FILE_MAX_BYTES + 1)
    except OSError:
        raise CaptionsError(_("The captions file cannot be read; upload it again.")) from None
    if len(raw) > CAPTIONS_FILE_MAX_BYTES:
        raise CaptionsError(_("The captions file is larger than 1 MB."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaptionsError(_("The captions file is not UTF-8 text, as WebVTT must be.")) from None
    parse_captions(text)
    return text.replace("\r\n", "\n")


class RolePlayVideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    description = blocks.TextBlock(required=False, rows=2, help_text=_("What the role-play shows (optional)."))
    video = VideoChooserBlock(required=False, help_text=_("An uploaded video file, or leave empty and give an embed."))
    embed = EmbedBlock(
        required=False,
        help_text=_("Or a YouTube (no-cookie) or Vimeo address, instead of an uploaded file."),
    )
    captions = blocks.TextBlock(
        required=False,
        rows=6,
        help_text=_(
            "WebVTT captions, required before publishing. Paste the .vtt file's text, beginning with WEBVTT, or "
            "choose a .vtt file below. Mark speakers with <v Therapist> and <v Patient>."
        ),
    )
    captions_file = DocumentChooserBlock(
        required=False,
        help_text=_(
            "Or upload the .vtt file as a document: its text is checked as pasted captions are and replaces "
            "the captions above when you save."
        ),
    )
    captions_language = blocks.CharBlock(max_length=12, default="en", help_text=_("Language code, e.g. en or de."))
    transcript = blocks.TextBlock(
        required=False,
        rows=6,
        help_text=_("Optional. One line per turn, as “Speaker: words”. Without it, the captions are the transcript."),
    )
    moments = blocks.ListBlock(
        MomentBlock(),
        default=[],
        help_text=_("The techniques the role-play shows, and when. They appear as chapters in the player."),
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/role_play_video.html"
        group = _("Techniques and role-play clips")
        value_class = RolePlayVideoValue
        description = _("A captioned role-play clip, its transcript and its annotated technique moments.")
        preview_value = {"title": "Role-play: the unanswered message", "captions": SAMPLE_CAPTIONS, "moments": []}

    def clean(self, value):
        # Gather the fields' own errors and the cross-field ones, so the editor sees them all at once.
        errors = {}
        try:
            value = super().clean(value)
        except blocks.StructBlockValidationError as error:
            errors.update(error.block_errors)
        if value.get("video") and value.get("embed"):
            errors["embed"] = ValidationError(_("Choose either an uploaded video or an embed, not both."))
        elif not value.get("video") and not value.get("embed") and not self.is_deferred_validation:
            errors["video"] = ValidationError(_("Choose an uploaded video, or give an embed address below."))
        if value.get("captions_file") and "captions_file" not in errors:
            try:
                value["captions"] = captions_from_file(value["captions_file"])
                value["captions_file"] = None  # the text is kept in the block; the file has done its work
            except CaptionsError as error:
                errors["captions_file"] = ValidationError(str(error))
        if value.get("captions") and "captions" not in errors and "captions_file" not in errors:
            try:
                parse_captions(value["captions"])
            except CaptionsError as error:
                errors["captions"] = ValidationError(str(error))
        elif not value.get("captions") and not errors.get("captions_file") and not self.is_deferred_validation:
            errors["captions"] = ValidationError(_("Paste the WebVTT captions, or choose a .vtt file below."))
        duration = getattr(value.get("video"), "duration", None)
        if duration:
            late = {
                index: blocks.StructBlockValidationError(
                    block_errors={
                        "time": ValidationError(
                            _("This is after the end of the video (%(end)s).") % {"end": format_clock(duration)}
                        )
                    }
                )
                for index, moment in enumerate(value.get("moments") or [])
                if _seconds_or_none(moment.get("time")) is not None and _seconds_or_none(moment["time"]) > duration
            }
            if late and "moments" not in errors:
                errors["moments"] = blocks.ListBlockValidationError(block_errors=late)
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


def _seconds_or_none(clock):
    try:
        return parse_clock(clock)
    except (ValueError, TypeError):
        return None


class ContrastRowBlock(blocks.StructBlock):
    aspect = blocks.CharBlock(max_length=120)
    mbt = blocks.CharBlock(label="MBT", max_length=300)
    dbt = blocks.CharBlock(label="DBT", max_length=300)


class PairedClipsBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    prompt = blocks.TextBlock(rows=2, help_text=_("What to watch for in the two clips."))
    mbt_clip = RolePlayVideoBlock(label=_("Handled the MBT way"))
    dbt_clip = RolePlayVideoBlock(label=_("Handled the DBT way"))
    contrast = blocks.ListBlock(ContrastRowBlock(), min_num=1, help_text=_("A short contrast table."))

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/paired_clips.html"
        group = _("Comparison")
        description = _("The same clinical moment played twice, the MBT way and the DBT way, side by side.")
        preview_value = {
            "title": "One rupture, two responses",
            "prompt": "Watch what each therapist does first.",
            "contrast": [{"aspect": "First move", "mbt": "Own the rupture", "dbt": "Check risk"}],
        }


class VignetteBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200)
    vignette = blocks.RichTextBlock(features=INLINE_FEATURES)
    prompt = blocks.TextBlock(rows=2, help_text=_("A question for the trainee to reflect on."))

    class Meta:
        icon = "user"
        template = "courses/blocks/vignette.html"
        group = _("Text")
        description = _("A fictional clinical vignette with a reflection prompt.")
        preview_value = {
            "title": "Ms A",
            "vignette": "<p>A 27-year-old woman with repeated self-harm after arguments with her partner.</p>",
            "prompt": "What would you put first, and why?",
        }


class EvidenceRowBlock(blocks.StructBlock):
    outcome = blocks.CharBlock(max_length=120)
    comparison = blocks.CharBlock(max_length=120, help_text=_("e.g. DBT vs treatment as usual"))
    measure = blocks.CharBlock(max_length=20, help_text=_("Effect measure, e.g. SMD, MD or RR"))
    estimate = blocks.DecimalBlock(max_digits=8, decimal_places=3)
    ci_low = blocks.DecimalBlock(label=_("95% CI lower"), max_digits=8, decimal_places=3)
    ci_high = blocks.DecimalBlock(label=_("95% CI upper"), max_digits=8, decimal_places=3)
    trials = blocks.IntegerBlock(min_value=1, required=False)
    participants = blocks.IntegerBlock(min_value=1, required=False)
    significance = blocks.CharBlock(max_length=80, required=False, help_text=_("e.g. significant, not significant"))

    def clean(self, value):
        value = super().clean(value)
        low, estimate, high = value.get("ci_low"), value.get("estimate"), value.get("ci_high")
        if None not in (low, estimate, high):
            errors = {}
            if low > high:
                errors["ci_high"] = ValidationError(_("The upper limit is below the lower limit."))
            elif not low <= estimate <= high:
                errors["estimate"] = ValidationError(_("The estimate lies outside its confidence interval."))
            if errors:
                raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class EvidenceTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(max_length=200)
    rows = blocks.ListBlock(EvidenceRowBlock(), min_num=1)
    source = blocks.CharBlock(max_length=300, help_text=_("Where the figures come from."))
    note = blocks.TextBlock(required=False, rows=2, help_text=_("How to read the table (optional)."))

    class Meta:
        icon = "table"
        template = "courses/blocks/evidence_table.html"
        group = _("Comparison")
        description = _("Pooled effect estimates as a table of figures (never an image).")
        preview_value = {
            "caption": "Self-harm",
            "source": "Cochrane review",
            "rows": [
                {
                    "outcome": "Self-harm",
                    "comparison": "DBT vs TAU",
                    "measure": "SMD",
                    "estimate": Decimal("-0.54"),
                    "ci_low": Decimal("-0.92"),
                    "ci_high": Decimal("-0.16"),
                    "trials": 3,
                    "participants": 112,
                    "significance": "significant",
                }
            ],
        }


class QuizBlock(blocks.StructBlock):
    quiz = SnippetChooserBlock("quizzes.Quiz")
    heading = blocks.CharBlock(max_length=120, default=_("Check your understanding"))

    class Meta:
        icon = "help"
        template = "courses/blocks/quiz.html"
        group = _("Techniques and role-play clips")
        description = _("Places a quiz from the quiz bank, with the trainee's own result once they have taken it.")


class ModuleStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="courses/blocks/text.html",
        group=_("Text"),
        description=_("Paragraphs, headings and lists."),
        preview_value="<h2>Why mentalizing fails</h2><p>Under high arousal, mentalizing collapses.</p>",
    )
    key_points = KeyPointsBlock()
    callout = CalloutBlock()
    vignette = VignetteBlock()
    comparison = ComparisonTableBlock()
    evidence = EvidenceTableBlock()
    paired_clips = PairedClipsBlock()
    technique = TechniqueCardBlock()
    video = RolePlayVideoBlock()
    quiz = QuizBlock()


PAIRED_SIDES = ("mbt", "dbt")


def paired_clip_id(block_id, side):
    """The id of one side of a paired-clips block: the one rule for it, used by pages, player and progress."""
    return f"{block_id}-{side}"


def iter_clips(body):
    """Every role-play video in a module body: (clip_id, value), nested paired clips included."""
    for child in body:
        if child.block_type == "video":
            yield child.id, child.value
        elif child.block_type == "paired_clips":
            for side in PAIRED_SIDES:
                yield paired_clip_id(child.id, side), child.value[f"{side}_clip"]


def iter_raw_clips(raw_data):
    """(clip_id, raw value) of every role-play video in a body's stored JSON, without loading any object."""
    for block in raw_data:
        value = block.get("value") or {}
        if block["type"] == "video":
            yield block["id"], value
        elif block["type"] == "paired_clips":
            for side in PAIRED_SIDES:
                yield paired_clip_id(block["id"], side), value.get(f"{side}_clip") or {}
