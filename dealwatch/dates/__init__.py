"""Dates: every date expression of a text, resolved against the publication date.

Explicit dates are read as written; relative ones ("on Wednesday", "last month", "in June",
"two days later") are resolved against the publication date or an earlier date of the same
text. Nothing is ever taken from the clock: without an anchor an expression keeps its text and
stays unresolved (``value`` None, or ``XXXX-06`` for a month whose year is unknown).

Values follow TIMEX3 (TimeML): ``2025-02-12``, ``2025-02``, ``2025``, ``2025-W07``,
``2025-W07-WE``, ``2025-SU``, ``2025-Q3``, ``2025-H1``, ``FY2025``, ``199`` (the 1990s),
``20`` (the 21st century), ``2025-02-12TMO`` (a part of a day, type TIME), ``PRESENT_REF``,
``PAST_REF``, ``FUTURE_REF``. Durations ("the past week") and sets ("every Monday") are
recognised only so that they are not mistaken for dates; they are not returned.
"""

from dealwatch.dates.resolver import find_dates, resolve_weekday

__all__ = ["find_dates", "resolve_weekday"]
