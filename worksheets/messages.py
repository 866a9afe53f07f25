"""Every sentence the engine says to a person: problems with answers and replies from Python.

Plain words that say what to do, never a field id, an option id, a Python value or
"expected … received …" (that technical form stays in `FieldProblem.message` for tests and
logs). Each sentence passes through `_` or `ngettext` so that a language is a catalog. The
words of a worksheet itself (labels, reasons, feedback) live in its own module.
"""

from __future__ import annotations

from .i18n import N_, _, ngettext, whole_number

_SMALL = (
    N_("zero"),
    N_("one"),
    N_("two"),
    N_("three"),
    N_("four"),
    N_("five"),
    N_("six"),
    N_("seven"),
    N_("eight"),
    N_("nine"),
    N_("ten"),
    N_("eleven"),
    N_("twelve"),
)


def count(n: int) -> str:
    """A small count in words ("three"), larger ones in digits, as in running text."""
    return _(_SMALL[n]) if 0 <= n < len(_SMALL) else whole_number(n)


def number(value: float) -> str:
    return f"{value:g}"


# --- problems with one answer ----------------------------------------------------------------


def required() -> str:
    return _("Please answer this question.")


def required_because(reason: str) -> str:
    """`reason` is a worksheet's own words, e.g. "you chose to include the weekly date" (declared
    in English, translated here like every declared word)."""
    return _("Please answer this question, because {reason}.").format(reason=_(reason))


def answer_one(other_label: str) -> str:
    return _("Please choose an answer here, or write your own in “{other}”.").format(other=_(other_label))


def choose_shown() -> str:
    return _("Please choose one of the answers shown.")


def choose_only_shown() -> str:
    return _("Please choose only from the answers shown.")


def too_many(most: int, chosen: int) -> str:
    return ngettext(
        "Choose up to {most} (you chose {chosen}).",
        "Choose up to {most} (you chose {chosen}).",
        most,
    ).format(most=count(most), chosen=count(chosen))


def too_few(least: int, chosen: int) -> str:
    return ngettext(
        "Choose at least {least} (you chose {chosen}).",
        "Choose at least {least} (you chose {chosen}).",
        least,
    ).format(least=count(least), chosen=count(chosen))


def scale_point(low: int, high: int) -> str:
    return _("Please choose a point from {low} to {high}.").format(low=low, high=high)


def text_needed() -> str:
    return _("Please write your answer as text.")


def too_long(limit: int, over: int) -> str:
    return ngettext(
        "Write at most {limit} characters here (this is {over} over).",
        "Write at most {limit} characters here (this is {over} over).",
        over,
    ).format(limit=whole_number(limit), over=whole_number(over))


def number_between(low: float, high: float, whole: bool) -> str:
    if whole:
        message = _("Enter a whole number from {low} to {high}.")
    else:
        message = _("Enter a number from {low} to {high}.")
    return message.format(low=number(low), high=number(high))


def time_of_day() -> str:
    return _("Enter a time of day, for example 07:30.")


def real_date() -> str:
    return _("Enter a date that exists, with its day, month and year.")


def date_between(earliest: str, latest: str) -> str:
    if earliest and latest:
        return _("Choose a date from {earliest} to {latest}.").format(earliest=earliest, latest=latest)
    if latest:
        return _("Choose a date on or before {latest}.").format(latest=latest)
    return _("Choose a date on or after {earliest}.").format(earliest=earliest)


def kept_by_page() -> str:
    return _("Something this page keeps for the worksheet could not be read. Reload the page and try again.")


def unknown_question() -> str:
    return _("An answer arrived for a question this worksheet does not have. Reload the page and try again.")


def unknown_button() -> str:
    return _("That button is not part of this worksheet. Reload the page and try again.")


def unreadable_answers() -> str:
    return _("These answers could not be read. Reload the page and try again.")


# --- said by the form itself (rendered at build time) -----------------------------------------


def most_chosen(most: int) -> str:
    """Shown when a multi-choice reaches its maximum and the other boxes are disabled."""
    return ngettext(
        "You have chosen {most}, the most for this question. To choose another, untick one first.",
        "You have chosen {most}, the most for this question. To choose another, untick one first.",
        most,
    ).format(most=count(most))


# --- replies from Python to the page ----------------------------------------------------------


def unknown_worksheet() -> str:
    return _("This worksheet is not part of this version of the guide. Reload the page to get the latest.")


def no_comparison() -> str:
    return _("This worksheet has no partner comparison.")


def cannot_migrate() -> str:
    return _("These saved answers come from a version of this worksheet that this page does not know.")


def too_large() -> str:
    return _(
        "These answers are too long to use (more than 1 MB in all). Shorten the longest, then try again."
    )


def internal_problem() -> str:
    return _("Something went wrong inside this worksheet. Your answers are safe; please try again.")
