"""Dates as the runner's locale writes them: one place for every date a person reads.

``QLocale()`` is the default locale (the system's, or ``QLocale.setDefault``). The C
locale (no locale chosen) gets day-and-month-name forms, which nobody can misread.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit

from calfcare.core.day_words import DateForm, SayDate, say_dates_with

_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat
C_SHORT = "d MMM yyyy"
C_LONG = "dddd d MMMM yyyy"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _plain(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage)


def short_format() -> str:
    """The locale's short date format, always with the whole year (for editors too)."""
    locale = QLocale()
    if _plain(locale):
        return C_SHORT
    found = locale.dateFormat(_SHORT)
    return found if "yyyy" in found else re.sub(r"y+", "yyyy", found)


def short_date(day: dt.date) -> str:
    """E.g. 30/11/2026 (en_GB), 11/30/2026 (en_US), 30.11.2026 (de_DE)."""
    return QLocale().toString(_qdate(day), short_format())


def long_date(day: dt.date) -> str:
    """E.g. Monday, 30 November 2026; Montag, 30. November 2026."""
    locale = QLocale()
    if _plain(locale):
        return locale.toString(_qdate(day), C_LONG)
    return locale.toString(_qdate(day), _LONG)


def _without_year(fmt: str) -> str:
    if fmt.startswith("y"):
        return re.sub(r"^y+\W*", "", fmt)
    return re.sub(r"\W*y+", "", fmt).strip()


def day_month(day: dt.date) -> str:
    """Weekday and date without the year: Mon 30/11, Mo. 30.11, Mon 11/30."""
    locale = QLocale()
    weekday = locale.dayName(day.isoweekday(), _SHORT)
    return f"{weekday} {locale.toString(_qdate(day), _without_year(short_format()))}"


def day_date(day: dt.date) -> str:
    """Weekday and the short date: Mon 30/11/2026."""
    return f"{QLocale().dayName(day.isoweekday(), _SHORT)} {short_date(day)}"


def localise_date_edit(edit: QDateEdit) -> None:
    """Show (and take typing in) the locale's short form, with the whole year."""
    edit.setLocale(QLocale())
    edit.setDisplayFormat(short_format())


def locale_forms() -> dict[DateForm, SayDate]:
    """The core's date forms in this locale, for ``day_words.say_dates_with``."""
    return {"day_month": day_month, "date": short_date, "weekday_date": day_date, "long": long_date}


def say_dates_in_locale() -> None:
    """From now on the plan's own sentences (notes, road back, the printed week) say dates
    as the rest of the window does."""
    say_dates_with(locale_forms())
