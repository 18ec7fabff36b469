"""Translation: the JavaScript catalog the player uses, and error messages in the language of the request.

The site ships no translations yet, so the tests write a small German catalog (a real GNU .mo file, as
`compilemessages` would) into a temporary LOCALE_PATHS and switch to German. A message is then German only if
the code marks it for translation with exactly that message id and fills its named placeholders afterwards:
an unmarked literal, an f-string inside `_()` or a constant translated once at import stays English.
"""

import re
import struct
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils import translation

from learning import roster
from quizzes.interchange import csv_format, gift
from quizzes.interchange.common import BadImport
from tests.courses.factories import make_curriculum

pytestmark = pytest.mark.django_db

PLAYER_JS = Path(django_settings.SITE_DIR) / "static" / "js" / "player.js"

# The player's strings (the "djangojs" domain, what `makemessages -d djangojs` collects from player.js).
GERMAN_JS = {
    "Captions on": "Untertitel an",
    "Captions off": "Untertitel aus",
    "Play from here": "Ab hier abspielen",
    "Watched: %(title)s": "Angesehen: %(title)s",
    ("%(count)s line matches", "%(count)s lines match"): ["%(count)s Zeile passt", "%(count)s Zeilen passen"],
}

# A few import errors (the "django" domain).
GERMAN = {
    "unknown type %(kind)s; use one of %(kinds)s": "unbekannter Typ %(kind)s; möglich sind %(kinds)s",
    "no answer section in braces { }": "kein Antwortteil in geschweiften Klammern { }",
    "the file is larger than %(size)d MB; split it into smaller files": (
        "die Datei ist größer als %(size)d MB; teilen Sie sie in kleinere Dateien auf"
    ),
    (
        "%(fields)d field but the header has %(columns)d; put a name with a comma in quotes",
        "%(fields)d fields but the header has %(columns)d; put a name with a comma in quotes",
    ): [
        "%(fields)d Feld, aber die Kopfzeile hat %(columns)d; setzen Sie einen Namen mit Komma in Anführungszeichen",
        "%(fields)d Felder, aber die Kopfzeile hat %(columns)d; setzen Sie einen Namen mit Komma in Anführungszeichen",
    ],
}


def write_mo(path, messages):
    """A GNU gettext .mo file: {msgid: msgstr}, or {(singular, plural): [forms]} for plural messages."""
    entries = {"": "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n"}
    for msgid, msgstr in messages.items():
        if isinstance(msgid, tuple):
            entries["\0".join(msgid)] = "\0".join(msgstr)
        else:
            entries[msgid] = msgstr
    keys = sorted(entries, key=lambda key: key.encode())
    originals = [key.encode() for key in keys]
    translations = [entries[key].encode() for key in keys]
    count = len(keys)
    start = 7 * 4 + 2 * count * 8  # after the header and the two tables of (length, offset)
    tables, data = b"", b""
    for string in originals + translations:
        tables += struct.pack("<2I", len(string), start + len(data))
        data += string + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, count, 7 * 4, 7 * 4 + count * 8, 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + tables + data)


@pytest.fixture
def german(settings, tmp_path):
    """German available, with the catalogs above (changing these settings resets Django's translation caches)."""
    write_mo(tmp_path / "de" / "LC_MESSAGES" / "django.mo", GERMAN)
    write_mo(tmp_path / "de" / "LC_MESSAGES" / "djangojs.mo", GERMAN_JS)
    settings.LOCALE_PATHS = [tmp_path]
    settings.LANGUAGES = [*settings.LANGUAGES, ("de", "Deutsch")]


# The JavaScript catalog ------------------------------------------------------------------------


def test_the_javascript_catalog_is_a_same_origin_script_without_eval(client):
    response = client.get("/jsi18n/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    body = response.content.decode()
    for name in ("gettext", "ngettext", "interpolate"):
        assert f"globals.{name} = django.{name};" in body
    # The Content-Security-Policy allows scripts from 'self' and nothing like eval.
    assert "eval(" not in body and "Function(" not in body


def test_pages_load_the_catalog_before_the_player(client):
    tree = make_curriculum(modules=1)
    html = client.get(tree.modules[0].url).content.decode()
    catalog = html.index('<script src="/jsi18n/"></script>')  # not deferred: it has run before any deferred script
    assert catalog < html.index('<script src="/static/js/player.js" defer></script>')


def test_the_catalog_carries_the_players_strings_in_the_visitors_language(client, german):
    body = client.get("/jsi18n/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert '"Captions on": "Untertitel an"' in body
    assert '"Watched: %(title)s": "Angesehen: %(title)s"' in body
    assert '"%(count)s Zeilen passen"' in body
    assert '"Untertitel an"' not in client.get("/jsi18n/", HTTP_ACCEPT_LANGUAGE="en-GB").content.decode()


def test_the_player_asks_the_catalog_for_each_of_its_strings():
    """Each message id above is in a gettext()/ngettext() call in player.js, as `makemessages` would find it."""
    source = PLAYER_JS.read_text()
    marked = set(re.findall(r'\bgettext\("((?:[^"\\]|\\.)*)"\)', source))
    marked |= set(re.findall(r'\bngettext\("((?:[^"\\]|\\.)*)", "((?:[^"\\]|\\.)*)",', source))
    assert set(GERMAN_JS) <= marked
    # ... and the English words are nowhere else in the script.
    for msgid in ("Captions on", "Play from here", "line matches", "Watched: "):
        assert source.count(msgid) == 1, msgid


# Error messages -------------------------------------------------------------------------------


def test_question_import_errors_are_in_the_active_language(german):
    with translation.override("de"), pytest.raises(BadImport) as caught:
        csv_format.parse("type,question\nquiz,What comes first?\n")
    [(line, message)] = caught.value.errors
    assert line == 2 and message.startswith("unbekannter Typ 'quiz'; möglich sind ")
    assert {"essay", "mc_single", "true_false"} <= set(message.rsplit("möglich sind ", 1)[1].split(", "))

    with translation.override("de"), pytest.raises(BadImport) as caught:
        gift.parse("What comes first?\n")
    assert caught.value.errors == [(1, "kein Antwortteil in geschweiften Klammern { }")]

    with pytest.raises(BadImport) as caught:
        gift.parse("What comes first?\n")
    assert caught.value.errors == [(1, "no answer section in braces { }")]


def test_roster_errors_are_in_the_active_language_including_the_module_constant(german):
    with translation.override("de"), pytest.raises(roster.BadRoster) as caught:
        roster.parse("name,email,home_modality,cohort\nAnn Lee,a@example.org,MBT,Spring 2027,extra\n")
    assert caught.value.errors == [
        (
            2,
            "5 Felder, aber die Kopfzeile hat 4; setzen Sie einen Namen mit Komma in Anführungszeichen",
        )
    ]

    # TOO_LARGE was made at import, in English; it is still translated when shown.
    with translation.override("de"):
        assert str(roster.TOO_LARGE) == "die Datei ist größer als 2 MB; teilen Sie sie in kleinere Dateien auf"
    assert str(roster.TOO_LARGE) == "the file is larger than 2 MB; split it into smaller files"
