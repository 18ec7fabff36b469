"""POST data for the Wagtail admin's page forms, built with the real block names."""

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield


def list_block(items):
    """Form data of a ListBlock (Wagtail's own helpers cover streams, not lists)."""
    data = {str(i): {"value": item, "id": "", "deleted": "", "order": str(i)} for i, item in enumerate(items)}
    data["count"] = str(len(items))
    return data


def video_form(media=None, technique=None, captions="", title="Rupture, the MBT way", embed=""):
    moments = [{"time": "0:14", "technique": technique.pk, "note": "Validates first."}] if technique else []
    return {
        "title": title,
        "description": "",
        "video": media.pk if media else "",
        "embed": embed,
        "captions": captions,
        "captions_language": "en",
        "transcript": "",
        "moments": list_block(moments),
    }


def every_block(technique, media, captions, quiz=None):
    """One block of every kind a module body offers, as an editor would fill them in."""
    quiz_block = [("quiz", {"quiz": quiz.pk, "heading": "Check your understanding"})] if quiz else []
    return [
        *quiz_block,
        ("text", rich_text("<h2>What a rupture is</h2><p>A strain in the working alliance.</p>")),
        ("key_points", {"heading": "Key points", "points": list_block(["Own your part.", "Check risk first."])}),
        ("callout", {"kind": "caution", "title": "Risk first", "body": rich_text("<p>Assess current risk.</p>")}),
        ("vignette", {"title": "Ms A", "vignette": rich_text("<p>Ms A arrives angry.</p>"), "prompt": "What first?"}),
        (
            "comparison",
            {
                "caption": "Responding to a rupture",
                "rows": list_block(
                    [{"aspect": "First move", "mbt": rich_text("<p>Own it</p>"), "dbt": rich_text("<p>Validate</p>")}]
                ),
            },
        ),
        (
            "evidence",
            {
                "caption": "Self-harm",
                "source": "Cochrane review 2020",
                "note": "",
                "rows": list_block(
                    [
                        {
                            "outcome": "Self-harm",
                            "comparison": "DBT vs TAU",
                            "measure": "SMD",
                            "estimate": "-0.54",
                            "ci_low": "-0.92",
                            "ci_high": "-0.16",
                            "trials": "3",
                            "participants": "112",
                            "significance": "significant",
                        }
                    ]
                ),
            },
        ),
        ("technique", {"technique": technique.pk, "note": "Validate before exploring."}),
        ("video", video_form(media, technique, captions)),
        (
            "paired_clips",
            {
                "title": "One rupture, two responses",
                "prompt": "Watch what each therapist does first.",
                "mbt_clip": video_form(media, technique, captions, title="The MBT way"),
                "dbt_clip": video_form(media, technique, captions, title="The DBT way"),
                "contrast": list_block([{"aspect": "First move", "mbt": "Own the rupture", "dbt": "Check risk"}]),
            },
        ),
    ]


def module_form(title, slug, body, objectives=("Respond to a rupture without defending.",), minutes="40"):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "summary": "Ruptures in the alliance, handled two ways.",
            "estimated_minutes": minutes,
            "learning_objectives": streamfield([("objective", text) for text in objectives]),
            "body": streamfield(body),
        }
    )
