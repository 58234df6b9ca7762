"""What every command of the CLI shares: error handling, the common options, output of
rows, and the ledger of a store (or of one of its deals)."""

from __future__ import annotations

import functools
import json
import os
import sys
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import click

from dealwatch.errors import DealwatchError
from dealwatch.model import Ledger, Rejected

F = TypeVar("F", bound=Callable[..., Any])
DEFAULT_DB = "dealwatch.db"


def _fail(exc: DealwatchError) -> None:
    click.echo(f"dealwatch: {exc}", err=True)
    sys.exit(2)


_CLICK_EXITS = (click.ClickException, click.exceptions.Exit, click.Abort)


def handles_errors(fn: F) -> F:
    """Turn domain errors into one line on stderr and exit code 2; an unforeseen error (a bug)
    stops the command the same way, with its traceback only when DEALWATCH_DEBUG is set."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except DealwatchError as exc:
            _fail(exc)
        except _CLICK_EXITS:
            raise
        except Exception as exc:  # noqa: BLE001 - one line and exit 2, never a bare traceback
            if os.environ.get("DEALWATCH_DEBUG"):
                traceback.print_exc()
            message = " ".join(str(exc).split())[:300]
            click.echo(f"dealwatch: internal error ({type(exc).__name__}: {message}); this is a "
                       "bug, please report it (DEALWATCH_DEBUG=1 shows the traceback)", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


def _print_rejected(rej: Rejected) -> None:
    click.echo(rej.line(), err=True)


def db_option(fn: F) -> F:
    return click.option("--db", default=DEFAULT_DB, envvar="DEALWATCH_DB", show_default=True,
                        help="SQLite file or database URL.")(fn)


def output_options(fn: F) -> F:
    """The same --json/--csv/--table flags on every listing command."""
    fn = click.option("--table", "fmt", flag_value="table", default=True,
                      help="A table on the terminal (default).")(fn)
    fn = click.option("--csv", "fmt", flag_value="csv", help="CSV on standard output.")(fn)
    return click.option("--json", "fmt", flag_value="json", help="JSON on standard output.")(fn)


def _emit(rows: list[dict[str, Any]], fmt: str, title: str) -> None:
    from dealwatch import render

    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        click.echo(render.rows_csv(rows), nl=False)
    else:
        render.print_table(rows, list(rows[0]) if rows else [], title)


def _ledger(db: str, deal: str | None = None) -> Ledger:
    """The store's ledger; with ``deal``, only that deal's (its id or name), read alone."""
    from dealwatch.kept import kept_deal, kept_ledger
    from dealwatch.store import Store

    with Store.open(db) as store:
        return kept_ledger(store) if deal is None else kept_deal(store, deal)


def _one_deal(ledger: Ledger, deal: str | None) -> Ledger:
    if deal is None:
        return ledger
    from dealwatch.deals.view import find_deal, for_deal

    return for_deal(ledger, find_deal(ledger, deal))


def budget_option(fn: F) -> F:
    """``--article-budget``: the seconds one article may take before it is rejected."""
    from dealwatch.ingest.budget import DEFAULT_SECONDS, ENV

    return click.option("--article-budget", "budget", type=click.FloatRange(min=0),
                        default=None, envvar=ENV, metavar="SECONDS",
                        help=f"Reject (DW114) an article whose reading and extraction take "
                             f"longer [default: {DEFAULT_SECONDS:g}; 0: no limit; also "
                             f"{ENV}].")(fn)


def deal_option(fn: F) -> F:
    return click.option("--deal", default=None, metavar="ID",
                        help="Only this deal (its id or name; see `dealwatch deals`).")(fn)


# Inputs that may hold many articles each: a count of files is no count of articles.
_MANY_A_FILE = (".jsonl", ".json", ".xml", ".rss", ".atom", ".parquet")


def count_inputs(paths: tuple[str, ...]) -> int | None:
    """How many articles the inputs hold, for a progress bar: the files, when each is one
    article; None when a file may hold many (JSON lines, feeds)."""
    from dealwatch.ingest.files import expand_paths

    found = list(expand_paths(paths))
    if any(isinstance(p, str) and p.lower().endswith(_MANY_A_FILE) for p in found):
        return None
    return len(found)
