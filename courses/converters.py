"""The `id` path converter: a database id in a URL, at most 18 digits.

Django's `int` converter takes any number of digits, and a page id past the largest 64-bit integer
(9223372036854775807) reaches SQLite as a number it cannot hold: a server error instead of "not found". No id
comes near 18 digits, so an address with a longer one simply matches no URL and is not found.
"""


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)
