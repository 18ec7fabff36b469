"""What people type into a search box: made safe for the search backends (the site's search and the admin's),
and, on the site's search, read in both spellings of the field's words."""

import re

from wagtail.search.query import And, Or, PlainText


def clean_query(raw):
    """At most 200 characters, no control characters (a NUL byte breaks both databases), and quotes only in
    pairs (SQLite's full-text search refuses a phrase that is never closed); a quoted phrase stays a phrase."""
    query = "".join(character for character in raw[:200] if character.isprintable()).strip()
    if query.count('"') % 2:
        query = query.replace('"', " ").strip()
    return query


# British and American spellings of the field's words: mentalising / mentalizing, behaviour / behavior,
# analyse / analyze. A word in one spelling is searched in both.
SPELLINGS = [
    (re.compile(r"is(e|es|ed|ing|ation|ations|ational)$"), r"iz\1"),
    (re.compile(r"iz(e|es|ed|ing|ation|ations|ational)$"), r"is\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"yz(e|es|ed|ing)$"), r"ys\1"),
    (re.compile(r"(?<=\w{3})our(s|al|ally|ed|ing|ism)?$"), r"or\1"),
    (re.compile(r"(?<=\w{4})or(s|al|ally|ed|ing|ism)?$"), r"our\1"),
]


def spellings(word):
    """The word and its other spelling, if it has one (in lower case)."""
    word = word.lower()
    return list(dict.fromkeys([word, *(pattern.sub(other, word) for pattern, other in SPELLINGS)]))


def with_other_spellings(query):
    """The query for the search backend: every word, in either of its spellings (a quoted phrase as typed)."""
    words = query.split()
    if '"' in query or all(len(spellings(word)) == 1 for word in words):
        return query
    either = [Or([PlainText(variant) for variant in spellings(word)]) for word in words]
    return either[0] if len(either) == 1 else And(either)


def name_matches_first(techniques, query):
    """Techniques whose name holds every word of the query (in either spelling) before those that only mention
    it, each group in the backend's order: someone typing "stop rewind" means stop–rewind–explore."""
    words = [spellings(word) for word in re.findall(r"\w+", query.lower())]

    def named(technique):
        name = technique.name.lower()
        return all(any(variant in name for variant in variants) for variants in words)

    return sorted(techniques, key=lambda technique: not named(technique))
