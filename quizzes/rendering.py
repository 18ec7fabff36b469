"""Question texts in the format their author wrote them: plain text, HTML or Markdown (GIFT's ``[html]`` and
``[markdown]`` markers; every question of a real Moodle export is HTML).

HTML is never trusted: it is cleaned by nh3 (the Ammonia sanitiser) with an allow-list of tags and attributes, so
no script, style, event handler, frame or form survives, and links may only go to http(s) and mailto addresses.
Markdown is rendered by markdown-it-py with raw HTML off, and its output cleaned the same way. Plain text is
escaped, its line breaks kept.
"""

import nh3
from django.template.defaultfilters import linebreaksbr
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from markdown_it import MarkdownIt
from wagtail.rich_text import expand_db_html

PLAIN, HTML, MARKDOWN = "plain", "html", "markdown"

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "em", "i", "li", "ol", "p", "pre", "strong", "sub", "sup",
    "u", "ul", "table", "thead", "tbody", "tr", "th", "td", "caption", "span", "h3", "h4", "dl", "dt", "dd",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}, "td": {"colspan", "rowspan"}}
URL_SCHEMES = {"http", "https", "mailto"}

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False})


def clean_html(html):
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def render_text(text, text_format=PLAIN, inline=False):
    """`text` as safe HTML for a page. `inline` (an option's label) drops Markdown's wrapping paragraph.

    A label may be a translated string (true/false's "True"), which the sanitiser and Markdown take as a str only.
    """
    text = str(text or "")
    if text_format == HTML:
        return mark_safe(clean_html(text))  # noqa: S308 (cleaned by nh3 with the allow-list above)
    if text_format == MARKDOWN:
        rendered = _markdown.renderInline(text) if inline else _markdown.render(text)
        return mark_safe(clean_html(rendered))  # noqa: S308 (cleaned by nh3 with the allow-list above)
    return linebreaksbr(escape(text))


def explanation_html(text, text_format=PLAIN):
    """An imported general feedback as the rich text an explanation holds, read in the question's format.

    HTML is cleaned and Markdown rendered (then cleaned) as stems are; plain text keeps its paragraphs, any markup in
    it dropped.
    """
    if text_format == HTML:
        return clean_html(text)
    if text_format == MARKDOWN:
        return clean_html(_markdown.render(text))
    paragraphs = [p.strip() for p in strip_tags(text).split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def render_explanation(html):
    """A question's explanation (rich text, written in the editor or imported) as safe HTML: its links and embeds
    expanded as Wagtail's richtext filter does, then cleaned with the stems' allow-list, whoever wrote it."""
    return mark_safe(clean_html(expand_db_html(html or "")))  # noqa: S308 (cleaned by nh3 with the allow-list)
