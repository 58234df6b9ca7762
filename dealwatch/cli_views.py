"""Commands of the CLI that show a store: its deals, the register of the freed, the HTML
report and the timeline picture."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from dealwatch import cli_base as base
from dealwatch.model import NO_DEAL

if TYPE_CHECKING:
    from dealwatch.web.snapshot import Snapshot


def register(main: click.Group) -> None:
    for command in (deals, freed, report, search, timeline):
        main.add_command(command)


@click.command()
@base.db_option
@base.output_options
@base.handles_errors
def deals(db: str, fmt: str) -> None:
    """List the deals of the store: the two sides, the time, the events, rounds and freed.

    Example: dealwatch deals --db dealwatch.db --table
    """
    from dealwatch.kept import kept_summaries
    from dealwatch.store import Store

    with Store.open(db) as store:
        rows = kept_summaries(store)
    if fmt == "table":  # the terminal is narrow: the columns a reader scans, freed in words
        rows = [{"id": r["id"], "from": r["from"], "to": r["to"], "events": r["events"],
                 "rounds": f"{r['two_sided_rounds']} of {r['rounds']} two-sided",
                 "freed": "; ".join(f"{k} {v}" for k, v in r["freed"].items())} for r in rows]
    base._emit(rows, fmt, "Deals")


@click.command()
@base.db_option
@base.deal_option
@base.output_options
@base.handles_errors
def freed(db: str, deal: str | None, fmt: str) -> None:
    """The register of the freed: one row per named person freed, with the deal, the day,
    the releasing side, the release event and the documents that tell it.

    Example: dealwatch freed --deal belarus--united-states-2025 --csv > freed.csv
    """
    ledger = base._ledger(db, deal)
    names = {d.id: d.name for d in ledger.deals}
    labels = {d.id: d.outlet or d.path for d in ledger.documents}
    rows = [{"name": f.name, "spellings": list(f.spellings), "deal": f.deal or NO_DEAL,
             "deal_name": names.get(f.deal or "", NO_DEAL), "date": f.date,
             "freed_by": f.side or NO_DEAL, "event": f.event,
             "sources": [labels.get(x, x) for x in f.documents],
             "background": f.background} for f in ledger.freed]
    base._emit(rows, fmt, "People freed")


@click.command()
@click.argument("articles", nargs=-1)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@click.option("--db", default=None, envvar="DEALWATCH_DB",
              help="Store to add the articles to and report on (default: a temporary one).")
@click.option("--title", default="Exchange ledger", show_default=True, help="Report title.")
@click.option("--model", default=None, help="spaCy pipeline to use.")
@base.deal_option
@base.budget_option
@base.handles_errors
def report(articles: tuple[str, ...], output: str, db: str | None, title: str,
           model: str | None, deal: str | None, budget: float | None) -> None:
    """Write one self-contained HTML report (ledger, timeline, events and their sources).

    It needs no network to open: fit for e-mailing to an editor. With --db and no
    ARTICLES it reports on what is stored.

    Example: dealwatch report examples/ -o report.html
    """
    import tempfile

    from dealwatch.pipeline import Pipeline, check_model, run_analyze
    from dealwatch.progress import progress
    from dealwatch.store import Store
    from dealwatch.web.report import report_html
    from dealwatch.web.snapshot import load_snapshot

    if not articles and db is None:
        raise click.UsageError("give ARTICLES, or --db to report on a store")
    if articles:
        check_model(model)  # no store made for a model that is not there
    with tempfile.TemporaryDirectory(prefix="dealwatch-report-") as tmp, \
            Store.open(db or str(Path(tmp) / "report.db")) as store:
        with progress("articles", base.count_inputs(articles) if articles else 0) as advance:
            rejected = run_analyze(articles, store, Pipeline(model),
                                   on_rejected=base._print_rejected,
                                   on_batch=advance, budget=budget).rejected \
                if articles else []
        snap = _deal_snapshot(load_snapshot(store), deal)
    Path(output).write_text(report_html(snap, title), encoding="utf-8")
    click.echo(f"report: {output} ({len(snap.ledger.events)} events, "
               f"{len(snap.ledger.documents)} articles)", err=True)
    if rejected:
        sys.exit(1)


def _deal_snapshot(snap: Snapshot, deal: str | None) -> Snapshot:
    """The snapshot of one deal's ledger (the whole one without ``deal``)."""
    if deal is None:
        return snap
    from dealwatch.web.snapshot import Snapshot

    return Snapshot.of(base._one_deal(snap.ledger, deal), snap.articles, snap.fingerprint)


@click.command()
@base.db_option
@click.option("--svg", "svg_out", type=click.Path(dir_okay=False), help="Write an SVG here.")
@click.option("--png", "png_out", type=click.Path(dir_okay=False), help="Write a PNG here.")
@click.option("--type", "types", multiple=True, help="Only events of this type (repeatable).")
@click.option("--actor", default=None, help="Only events this actor took part in.")
@click.option("--outlet", default=None, help="Only events this outlet reported.")
@click.option("--from", "start", default=None,
              help="From this day, month or year (2024-03 or Mar 2024).")
@click.option("--to", "end", default=None, help="Up to this day, month or year.")
@click.option("--title", default="Timeline of events", show_default=True,
              help="Title of the picture.")
@base.deal_option
@base.handles_errors
def timeline(db: str, svg_out: str | None, png_out: str | None, types: tuple[str, ...],
             actor: str | None, outlet: str | None, start: str | None, end: str | None,
             title: str, deal: str | None) -> None:
    """Draw the timeline as SVG or PNG for an article; without --svg/--png, list it.

    Events known only to the month or year are drawn as spans; undated events are left
    out of the picture (and counted under its title), never put on a guessed day.

    Example: dealwatch timeline --db dealwatch.db --png timeline.png --type release
    """
    from dealwatch.store import Store
    from dealwatch.web.bounds import EXPECTED
    from dealwatch.web.plot import timeline_png, timeline_svg
    from dealwatch.web.snapshot import load_snapshot
    from dealwatch.web.timeline import Filters, parse_bound, picture_note, timeline_items

    bounds = {}
    for option, value, last in (("--from", start, False), ("--to", end, True)):
        bounds[option] = parse_bound(value, last)
        if value and bounds[option] is None:
            raise click.BadParameter(f"{value!r} is not a date: expected {EXPECTED}",
                                     param_hint=option)
    with Store.open(db) as store:
        snap = _deal_snapshot(load_snapshot(store), deal)
    dated, undated = timeline_items(snap, Filters(types, actor, outlet, bounds["--from"],
                                                  bounds["--to"]))
    note = picture_note(dated, undated)
    if svg_out:
        Path(svg_out).write_text(timeline_svg(dated, title, note), encoding="utf-8")
    if png_out:
        Path(png_out).write_bytes(timeline_png(dated, title, note))
    if not svg_out and not png_out:
        rows = [{"date": it["date"] or "undated", "type": it["type"], "event": it["summary"],
                 "outlets": it["outlets"]} for it in dated + undated]
        from dealwatch import render

        render.print_table(rows, ["date", "type", "event", "outlets"], title)
    click.echo(note, err=True)


@click.command()
@click.argument("query")
@base.db_option
@base.output_options
@base.handles_errors
def search(query: str, db: str, fmt: str) -> None:
    """Find the names (in any script or spelling), places, events and articles a QUERY
    finds, each with the spelling that matched.

    Example: dealwatch search "Лукашенко" --db dealwatch.db
    """
    import json

    from dealwatch.render import document_labels
    from dealwatch.search import result_rows, search_index
    from dealwatch.search import search as find
    from dealwatch.store import Store

    with Store.open(db) as store:
        from dealwatch.kept import kept_ledger

        ledger = kept_ledger(store)
        articles = {a.id: a for a in store.articles()}
    labels = document_labels(ledger)
    groups = result_rows(find(search_index(ledger, articles, labels), query), labels)
    if fmt == "json":
        click.echo(json.dumps(groups, indent=2, ensure_ascii=False))
        return
    if fmt == "csv":
        base._emit([{"kind": kind, **row} for kind, rows in groups.items() for row in rows],
                   fmt, "Search")
        return
    for kind, rows in groups.items():
        if rows:
            base._emit(rows, fmt, f"{kind.capitalize()} found by “{query}”")
    if not any(groups.values()):
        click.echo(f"Nothing found for “{query}”.", err=True)
