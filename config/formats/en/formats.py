"""The site's one way of writing dates in English (Django's format names; templates use only these names)."""

DATE_FORMAT = "j F Y"  # 1 December 2026
SHORT_DATE_FORMAT = "j M Y"  # 1 Dec 2026
DATETIME_FORMAT = "j F Y, H:i"  # 1 December 2026, 16:53
SHORT_DATETIME_FORMAT = "j M Y, H:i"  # 1 Dec 2026, 16:53
TIME_FORMAT = "H:i"
