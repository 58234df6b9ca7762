"""``dealwatch correct``: an editor's corrections of events and articles, recorded as
decisions (who, when, why, the machine's value), applied on every read, undoable."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from dealwatch import cli_base as base
from dealwatch.model import ARTICLE_FIELDS, EVENT_FIELDS, Correction, Fix

if TYPE_CHECKING:
    from dealwatch.store import Store

EDITOR = click.option(
    "--editor", default=None, envvar="DEALWATCH_EDITOR",
    help="Who makes the correction (default: DEALWATCH_EDITOR, else your user name).")
NOTE = click.option("--note", default="", help="Why: shown wherever the correction applies.")


def register(main: click.Group) -> None:
    main.add_command(correct)
    main.add_command(corrections)


def _editor(given: str | None) -> str:
    if given and given.strip():
        return given.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _record(db: str, make: Callable[..., Correction], *calls: tuple[Any, ...],
            reread: bool = False) -> None:
    """Record one correction per ``calls`` (each the arguments after the store and the
    ledger), all against the ledger as it is now (they set fields apart, so none changes
    another's event or machine value); the kept ledger is built once, after them (and after
    reading the corrected article again, with ``reread``: its publication date changed)."""
    from dealwatch.kept import kept_ledger
    from dealwatch.store import Store

    with Store.open(db) as store:
        ledger = kept_ledger(store)
        try:
            made = None
            for args in calls:
                made = make(store, ledger, *args)
                click.echo(f"correction {made.id} recorded: {made.says()}")
            if reread and made is not None:
                _reread(store, made.target)
        finally:
            kept_ledger(store)  # the kept ledger follows at once


@click.group()
def correct() -> None:
    """Correct what the machine got wrong; every correction is a recorded decision.

    Example: dealwatch correct event ev-37a0c3 --count 52 --editor maria

    \b
    More:
      dealwatch correct event ev-37a0c3 --count 52 --note "the ministry's list"
      dealwatch correct event ev-37a0c3 --date 2025-09-11 --persons "A B; C D"
      dealwatch correct not-event ev-41f40d --note "a hypothetical meeting"
      dealwatch correct merge ev-37a0c3 ev-b0c9ac
      dealwatch correct remove-source ev-37a0c3 4a552a15
      dealwatch correct article 4a552a15 --outlet "Harbour Post" --published 2024-05-06
      dealwatch correct undo 3
      dealwatch corrections --table
    """


@correct.command("event")
@click.argument("event")
@click.option("--date", "date_", default=None,
              help="YYYY-MM-DD, YYYY-MM or YYYY; '' for no known date.")
@click.option("--count", default=None, help="How many; '' for not stated.")
@click.option("--side", "by", default=None, help="The acting side (who freed, eased, ...).")
@click.option("--to", default=None, help="The receiving side.")
@click.option("--persons", default=None, help="The people, separated by ';'.")
@click.option("--place", "location", default=None, help="Where it happened.")
@click.option("--type", "type_", default=None, help="release, sanctions_relief, meeting, ...")
@base.db_option
@EDITOR
@NOTE
@base.handles_errors
def event_(event: str, date_: str | None, count: str | None, by: str | None, to: str | None,
           persons: str | None, location: str | None, type_: str | None, db: str,
           editor: str | None, note: str) -> None:
    """Set fields of EVENT (its id or the start of it): one correction per field given.

    Example: dealwatch correct event ev-37a0c3 --count 52 --note "the ministry's list"
    """
    from dealwatch.correct import correct_field

    given = {"date": date_, "count": count, "by": by, "to": to, "persons": persons,
             "location": location, "type": type_}
    fields = [(f, v) for f, v in given.items() if v is not None]
    if not fields:
        raise click.UsageError(f"say what to correct: one of --{', --'.join(EVENT_FIELDS)}"
                               .replace("--by", "--side").replace("--location", "--place"))
    who = _editor(editor)
    _record(db, correct_field, *((event, f, v, who, note) for f, v in fields))


@correct.command("not-event")
@click.argument("event")
@base.db_option
@EDITOR
@NOTE
@base.handles_errors
def not_event(event: str, db: str, editor: str | None, note: str) -> None:
    """Mark EVENT as no event (a misreading, a hypothetical): the ledger leaves it out.

    Example: dealwatch correct not-event ev-41f40d --note "a hypothetical meeting"
    """
    from dealwatch.correct import mark_not_event

    _record(db, mark_not_event, (event, _editor(editor), note))


@correct.command("merge")
@click.argument("event")
@click.argument("other")
@base.db_option
@EDITOR
@NOTE
@base.handles_errors
def merge_events(event: str, other: str, db: str, editor: str | None, note: str) -> None:
    """Record that EVENT and OTHER are one event (EVENT's type is kept).

    Example: dealwatch correct merge ev-37a0c3 ev-b0c9ac
    """
    from dealwatch.correct import merge_two

    _record(db, merge_two, (event, other, _editor(editor), note))


@correct.command("remove-source")
@click.argument("event")
@click.argument("article")
@base.db_option
@EDITOR
@NOTE
@base.handles_errors
def remove_source(event: str, article: str, db: str, editor: str | None, note: str) -> None:
    """Take ARTICLE (its id, the start of it, or its path) out of EVENT: what it says
    becomes an event of its own.

    Example: dealwatch correct remove-source ev-37a0c3 4a552a15
    """
    from dealwatch.correct import remove_source as remove

    _record(db, remove, (event, article, _editor(editor), note))


@correct.command("article")
@click.argument("article")
@click.option("--outlet", default=None)
@click.option("--title", default=None)
@click.option("--url", default=None)
@click.option("--published", default=None, help="YYYY-MM-DD; '' for unknown.")
@base.db_option
@EDITOR
@NOTE
@base.handles_errors
def article_(article: str, outlet: str | None, title: str | None, url: str | None,
             published: str | None, db: str, editor: str | None, note: str) -> None:
    """Set ARTICLE's outlet, title, URL or publication date (the stored text is untouched).

    Example: dealwatch correct article 4a552a15 --outlet "Harbour Post" --published 2024-05-06
    """
    from dealwatch.correct import correct_article

    given = {"outlet": outlet, "title": title, "url": url, "published": published}
    fields = [(f, v) for f, v in given.items() if v is not None]
    if not fields:
        raise click.UsageError(f"say what to correct: one of --{', --'.join(ARTICLE_FIELDS)}")
    who = _editor(editor)
    _record(db, correct_article, *((article, f, v, who, note) for f, v in fields),
            reread=published is not None)


def _reread(store: Store, doc_id: str) -> None:
    """Read article ``doc_id``'s claims again under the publication date now in force: its
    relative dates ("on Wednesday") are counted from it."""
    from dealwatch.pipeline import load_nlp, reread

    article = reread(store, doc_id, load_nlp())
    if article is not None:
        click.echo(f"article {article.id} read again with its publication date "
                   f"{article.published or 'unknown'}")


@correct.command("undo")
@click.argument("number", type=int)
@base.db_option
@EDITOR
@base.handles_errors
def undo(number: int, db: str, editor: str | None) -> None:
    """Undo correction NUMBER: the machine's values come back; the log keeps both.

    Example: dealwatch correct undo 3
    """
    from dealwatch.correct import undo as undo_it
    from dealwatch.kept import kept_ledger
    from dealwatch.store import Store

    with Store.open(db) as store:
        done = undo_it(store, number, _editor(editor))
        click.echo(f"correction {done.id} undone by {done.undone_by}")
        if done.kind == Fix.ARTICLE and done.field == "published":
            _reread(store, done.target)
        kept_ledger(store)


@click.command()
@base.db_option
@base.output_options
@base.handles_errors
def corrections(db: str, fmt: str) -> None:
    """List every correction: what, by whom, when, why, the machine's value, and whether it
    applies (applied, undone, or unmatched: its event is no longer in the ledger).

    Example: dealwatch corrections --db dealwatch.db --table
    """
    ledger = base._ledger(db)
    rows = [{"id": c.id, "kind": c.kind.value, "target": c.target, "field": c.field or "",
             "value": c.value or "", "machine": c.machine or "", "editor": c.editor,
             "when": c.created_at, "note": c.note, "status": c.status.value,
             "undone_by": c.undone_by or ""} for c in ledger.corrections]
    if fmt == "json":
        rows = [c.to_dict() for c in ledger.corrections]
    base._emit(rows, fmt, "Corrections")
