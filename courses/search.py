"""What people type into a search box, made safe for the search backends (the site's search and the admin's)."""


def clean_query(raw):
    """At most 200 characters, no control characters (a NUL byte breaks both databases), and quotes only in
    pairs (SQLite's full-text search refuses a phrase that is never closed); a quoted phrase stays a phrase."""
    query = "".join(character for character in raw[:200] if character.isprintable()).strip()
    if query.count('"') % 2:
        query = query.replace('"', " ").strip()
    return query
