"""The technique taxonomy now lives in ``techniques`` (see ``techniques/0001``).

The models leave this app's state without touching their tables, and their content types are
relabelled so that permissions granted on them, search entries and the reference index follow.
"""

import wagtail.fields
from django.db import migrations


def relabel(apps, schema_editor, old="courses", new="techniques"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in ("technique", "techniquemoment"):
        if not ContentType.objects.filter(app_label=new, model=model).exists():
            ContentType.objects.filter(app_label=old, model=model).update(app_label=new)


def unrelabel(apps, schema_editor):
    relabel(apps, schema_editor, old="techniques", new="courses")


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_coursepage_require_order"),
        ("quizzes", "0004_techniques_room"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterField(
            model_name="modulepage",
            name="body",
            field=wagtail.fields.StreamField(
                [
                    ("text", 0),
                    ("key_points", 4),
                    ("callout", 8),
                    ("vignette", 11),
                    ("comparison", 18),
                    ("evidence", 30),
                    ("paired_clips", 49),
                    ("technique", 51),
                    ("video", 52),
                    ("quiz", 55),
                ],
                blank=True,
                block_lookup={
                    0: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {
                            "description": "Paragraphs, headings and lists.",
                            "features": ["h2", "h3", "bold", "italic", "link", "ol", "ul"],
                            "group": "Text",
                            "icon": "pilcrow",
                            "preview_value": "<h2>Why mentalizing fails</h2><p>Under high arousal, mentalizing collapses.</p>",
                            "template": "courses/blocks/text.html",
                        },
                    ),
                    1: ("wagtail.blocks.CharBlock", (), {"default": "Key points", "max_length": 80}),
                    2: ("wagtail.blocks.CharBlock", (), {"label": "Point", "max_length": 300}),
                    3: ("wagtail.blocks.ListBlock", (2,), {"min_num": 1}),
                    4: ("wagtail.blocks.StructBlock", [[("heading", 1), ("points", 3)]], {}),
                    5: (
                        "wagtail.blocks.ChoiceBlock",
                        [],
                        {"choices": [("caution", "Clinical caution"), ("note", "Note"), ("tip", "Practice tip")]},
                    ),
                    6: ("wagtail.blocks.CharBlock", (), {"max_length": 120}),
                    7: ("wagtail.blocks.RichTextBlock", (), {"features": ["bold", "italic", "link", "ol", "ul"]}),
                    8: ("wagtail.blocks.StructBlock", [[("kind", 5), ("title", 6), ("body", 7)]], {}),
                    9: ("wagtail.blocks.CharBlock", (), {"max_length": 200}),
                    10: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"help_text": "A question for the trainee to reflect on.", "rows": 2},
                    ),
                    11: ("wagtail.blocks.StructBlock", [[("title", 9), ("vignette", 7), ("prompt", 10)]], {}),
                    12: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Says what the table compares; read out by screen readers.", "max_length": 200},
                    ),
                    13: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. Theory, Group sessions, Target outcomes", "max_length": 120},
                    ),
                    14: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {"features": ["bold", "italic", "link", "ol", "ul"], "label": "MBT"},
                    ),
                    15: (
                        "wagtail.blocks.RichTextBlock",
                        (),
                        {"features": ["bold", "italic", "link", "ol", "ul"], "label": "DBT"},
                    ),
                    16: ("wagtail.blocks.StructBlock", [[("aspect", 13), ("mbt", 14), ("dbt", 15)]], {}),
                    17: ("wagtail.blocks.ListBlock", (16,), {"min_num": 1}),
                    18: ("wagtail.blocks.StructBlock", [[("caption", 12), ("rows", 17)]], {}),
                    19: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. DBT vs treatment as usual", "max_length": 120},
                    ),
                    20: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Effect measure, e.g. SMD, MD or RR", "max_length": 20},
                    ),
                    21: ("wagtail.blocks.DecimalBlock", (), {"decimal_places": 3, "max_digits": 8}),
                    22: (
                        "wagtail.blocks.DecimalBlock",
                        (),
                        {"decimal_places": 3, "label": "95% CI lower", "max_digits": 8},
                    ),
                    23: (
                        "wagtail.blocks.DecimalBlock",
                        (),
                        {"decimal_places": 3, "label": "95% CI upper", "max_digits": 8},
                    ),
                    24: ("wagtail.blocks.IntegerBlock", (), {"min_value": 1, "required": False}),
                    25: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "e.g. significant, not significant", "max_length": 80, "required": False},
                    ),
                    26: (
                        "wagtail.blocks.StructBlock",
                        [
                            [
                                ("outcome", 6),
                                ("comparison", 19),
                                ("measure", 20),
                                ("estimate", 21),
                                ("ci_low", 22),
                                ("ci_high", 23),
                                ("trials", 24),
                                ("participants", 24),
                                ("significance", 25),
                            ]
                        ],
                        {},
                    ),
                    27: ("wagtail.blocks.ListBlock", (26,), {"min_num": 1}),
                    28: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "Where the figures come from.", "max_length": 300},
                    ),
                    29: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"help_text": "How to read the table (optional).", "required": False, "rows": 2},
                    ),
                    30: (
                        "wagtail.blocks.StructBlock",
                        [[("caption", 9), ("rows", 27), ("source", 28), ("note", 29)]],
                        {},
                    ),
                    31: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"help_text": "What to watch for in the two clips.", "rows": 2},
                    ),
                    32: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {"help_text": "What the role-play shows (optional).", "required": False, "rows": 2},
                    ),
                    33: (
                        "wagtailmedia.blocks.VideoChooserBlock",
                        (),
                        {"help_text": "An uploaded video file, or leave empty and give an embed.", "required": False},
                    ),
                    34: (
                        "wagtail.embeds.blocks.EmbedBlock",
                        (),
                        {
                            "help_text": "Or a YouTube (no-cookie) or Vimeo address, instead of an uploaded file.",
                            "required": False,
                        },
                    ),
                    35: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {
                            "help_text": "WebVTT captions, required before publishing. Paste the .vtt file's text, beginning with WEBVTT. Mark speakers with <v Therapist> and <v Patient>.",
                            "rows": 6,
                        },
                    ),
                    36: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"default": "en", "help_text": "Language code, e.g. en or de.", "max_length": 12},
                    ),
                    37: (
                        "wagtail.blocks.TextBlock",
                        (),
                        {
                            "help_text": "Optional. One line per turn, as “Speaker: words”. Without it, the captions are the transcript.",
                            "required": False,
                            "rows": 6,
                        },
                    ),
                    38: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {"help_text": "When it happens: minutes:seconds, e.g. 1:05", "max_length": 12},
                    ),
                    39: ("wagtail.snippets.blocks.SnippetChooserBlock", ("techniques.Technique",), {}),
                    40: ("wagtail.blocks.CharBlock", (), {"max_length": 255, "required": False}),
                    41: ("wagtail.blocks.StructBlock", [[("time", 38), ("technique", 39), ("note", 40)]], {}),
                    42: (
                        "wagtail.blocks.ListBlock",
                        (41,),
                        {
                            "default": [],
                            "help_text": "The techniques the role-play shows, and when. They appear as chapters in the player.",
                        },
                    ),
                    43: (
                        "wagtail.blocks.StructBlock",
                        [
                            [
                                ("title", 9),
                                ("description", 32),
                                ("video", 33),
                                ("embed", 34),
                                ("captions", 35),
                                ("captions_language", 36),
                                ("transcript", 37),
                                ("moments", 42),
                            ]
                        ],
                        {"label": "Handled the MBT way"},
                    ),
                    44: (
                        "wagtail.blocks.StructBlock",
                        [
                            [
                                ("title", 9),
                                ("description", 32),
                                ("video", 33),
                                ("embed", 34),
                                ("captions", 35),
                                ("captions_language", 36),
                                ("transcript", 37),
                                ("moments", 42),
                            ]
                        ],
                        {"label": "Handled the DBT way"},
                    ),
                    45: ("wagtail.blocks.CharBlock", (), {"label": "MBT", "max_length": 300}),
                    46: ("wagtail.blocks.CharBlock", (), {"label": "DBT", "max_length": 300}),
                    47: ("wagtail.blocks.StructBlock", [[("aspect", 6), ("mbt", 45), ("dbt", 46)]], {}),
                    48: ("wagtail.blocks.ListBlock", (47,), {"help_text": "A short contrast table.", "min_num": 1}),
                    49: (
                        "wagtail.blocks.StructBlock",
                        [[("title", 9), ("prompt", 31), ("mbt_clip", 43), ("dbt_clip", 44), ("contrast", 48)]],
                        {},
                    ),
                    50: (
                        "wagtail.blocks.CharBlock",
                        (),
                        {
                            "help_text": "Why this technique matters here (optional).",
                            "max_length": 300,
                            "required": False,
                        },
                    ),
                    51: ("wagtail.blocks.StructBlock", [[("technique", 39), ("note", 50)]], {}),
                    52: (
                        "wagtail.blocks.StructBlock",
                        [
                            [
                                ("title", 9),
                                ("description", 32),
                                ("video", 33),
                                ("embed", 34),
                                ("captions", 35),
                                ("captions_language", 36),
                                ("transcript", 37),
                                ("moments", 42),
                            ]
                        ],
                        {},
                    ),
                    53: ("wagtail.snippets.blocks.SnippetChooserBlock", ("quizzes.Quiz",), {}),
                    54: ("wagtail.blocks.CharBlock", (), {"default": "Check your understanding", "max_length": 120}),
                    55: ("wagtail.blocks.StructBlock", [[("quiz", 53), ("heading", 54)]], {}),
                },
                verbose_name="body",
            ),
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name="techniquemoment",
                    name="technique",
                ),
                migrations.RemoveField(
                    model_name="techniquemoment",
                    name="page",
                ),
                migrations.DeleteModel(
                    name="Technique",
                ),
                migrations.DeleteModel(
                    name="TechniqueMoment",
                ),
            ],
        ),
        migrations.RunPython(relabel, unrelabel),
    ]
