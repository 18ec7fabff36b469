"""Question texts in the format their author wrote them: plain text, HTML or Markdown (GIFT's ``[html]`` and
``[markdown]`` markers; every question of a real Moodle export is HTML).

HTML is never trusted: it is cleaned by nh3 (the Ammonia sanitiser) with an allow-list of tags and attributes, so
no script, style, event handler, frame or form survives, and links may only go to http(s) and mailto addresses.
Markdown is rendered by markdown-it-py with raw HTML off, and its output cleaned the same way. Plain text is
escaped, its line breaks kept.
"""

import nh3
from django.template.defaultfilters import linebreaksbr
from django.utils.html import escape
from django.utils.safestring import mark_safe
from markdown_it import MarkdownIt

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
    """`text` as safe HTML for a page. `inline` (an option's label) drops Markdown's wrapping paragraph."""
    text = text or ""
    if text_format == HTML:
        return mark_safe(clean_html(text))  # noqa: S308 (cleaned by nh3 with the allow-list above)
    if text_format == MARKDOWN:
        rendered = _markdown.renderInline(text) if inline else _markdown.render(text)
        return mark_safe(clean_html(rendered))  # noqa: S308 (cleaned by nh3 with the allow-list above)
    return linebreaksbr(escape(text))
