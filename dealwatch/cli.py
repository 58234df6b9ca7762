"""The command line: a thin shell over the pipeline, the store and the renderers."""

from __future__ import annotations

import functools
import json
import os
import sys
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from dealwatch.errors import DealwatchError
from dealwatch.model import Decision, Ledger, Rejected

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


def _ledger(db: str) -> Ledger:
    from dealwatch.pipeline import build_ledger
    from dealwatch.store import Store

    with Store.open(db) as store:
        return build_ledger(store)


@click.group()
@click.version_option(package_name="dealwatch")
def main() -> None:
    """dealwatch: a sourced, cross-checked ledger of a negotiated exchange from news articles."""


@main.command()
@click.argument("articles", nargs=-1, required=True)
@db_option
@click.option("--json", "json_out", type=click.Path(dir_okay=False),
              help="Write the ledger JSON here ('-' for standard output).")
@click.option("--markdown", "md_out", type=click.Path(dir_okay=False),
              help="Write a Markdown report here ('-' for standard output).")
@click.option("--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm).")
@click.option("--quiet", is_flag=True, help="No summary table.")
@handles_errors
def analyze(articles: tuple[str, ...], db: str, json_out: str | None, md_out: str | None,
            model: str | None, quiet: bool) -> None:
    """Read ARTICLES (files, folders, globs), store what they say, and print the ledger.

    Example: dealwatch analyze examples/ --db dealwatch.db --markdown ledger.md
    """
    from dealwatch import render
    from dealwatch.pipeline import build_ledger, load_nlp, run_analyze
    from dealwatch.store import Store

    nlp = load_nlp(model)
    # The ledger is rebuilt from the whole store only when something shows it: a quiet
    # ingest into a large shared store stays as cheap as its own articles.
    wanted = json_out is not None or md_out is not None or not quiet
    with Store.open(db) as store:
        report = run_analyze(articles, store, nlp, on_rejected=_print_rejected)
        ledger = build_ledger(store) if wanted else None
    click.echo(
        f"{len(report.added)} added, {len(report.skipped)} already stored"
        + (f" ({len(report.reextracted)} read again by the new extractor)"
           if report.reextracted else "") + ", "
        f"{len(report.duplicates)} near-duplicates, {len(report.rejected)} rejected; "
        + (f"ledger: {len(ledger.events)} events, {len(ledger.rounds)} rounds, "
           f"{len(ledger.conflicts)} conflicts" if ledger is not None
           else "ledger not rebuilt (show it with `dealwatch ledger`)"),
        err=True,
    )
    if ledger is not None:
        _write(json_out, render.ledger_json(ledger))
        _write(md_out, render.ledger_markdown(ledger))
        if not quiet and json_out != "-" and md_out != "-":
            render.print_table(render.event_rows(ledger), _EVENT_COLUMNS, "Ledger events")
    if report.rejected:
        sys.exit(1)


_EVENT_COLUMNS = ["date", "type", "by", "count", "persons", "targets", "participants",
                  "sources", "conflicts"]


def _write(target: str | None, text: str) -> None:
    if target is None:
        return
    if target == "-":
        click.echo(text)
    else:
        Path(target).write_text(text, encoding="utf-8")


@main.command("ledger")
@db_option
@click.option("--json", "fmt", flag_value="json", help="The ledger JSON.")
@click.option("--markdown", "fmt", flag_value="markdown", help="The Markdown report.")
@click.option("--csv", "fmt", flag_value="csv", help="Events as CSV.")
@click.option("--table", "fmt", flag_value="table", default=True, help="Tables (default).")
@handles_errors
def ledger_cmd(db: str, fmt: str) -> None:
    """Show the ledger built from what is stored, without re-reading any article.

    Example: dealwatch ledger --db dealwatch.db --json > ledger.json
    """
    from dealwatch import render

    ledger = _ledger(db)
    if fmt == "json":
        click.echo(render.ledger_json(ledger))
    elif fmt == "markdown":
        click.echo(render.ledger_markdown(ledger))
    elif fmt == "csv":
        click.echo(render.rows_csv(render.event_rows(ledger)), nl=False)
    else:
        rounds = [{"date": r.date or "undated", "round": r.summary} for r in ledger.rounds]
        render.print_table(rounds, ["date", "round"], "Rounds")
        render.print_table(render.event_rows(ledger), _EVENT_COLUMNS, "Events")


@main.command()
@db_option
@click.option("--type", "etype", default=None, help="Only events of this type.")
@output_options
@handles_errors
def events(db: str, etype: str | None, fmt: str) -> None:
    """List the merged events, with their sources and conflicts.

    Example: dealwatch events --type release --csv
    """
    from dealwatch import render

    rows = [r for r in render.event_rows(_ledger(db)) if etype is None or r["type"] == etype]
    _emit(rows, fmt, "Events")


@main.command()
@db_option
@output_options
@handles_errors
def entities(db: str, fmt: str) -> None:
    """List people, organisations, countries and places with every spelling.

    Example: dealwatch entities --json
    """
    from dealwatch import render

    _emit(render.entity_rows(_ledger(db)), fmt, "Entities")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["ftm", "json", "csv"]), default="ftm",
              show_default=True, help="FollowTheMoney JSON lines, JSON, or CSV.")
@click.option("--what", type=click.Choice(["all", "events", "entities"]), default="all",
              show_default=True, help="What to export (CSV: events unless entities).")
@click.option("-o", "--output", default="-", show_default=True, help="File, or - for stdout.")
@handles_errors
def export(db: str, fmt: str, what: str, output: str) -> None:
    """Export the ledger: FollowTheMoney entities for Aleph, or events/entities as JSON/CSV.

    Example: dealwatch export --format ftm -o ledger.ftm.json
    """
    from dealwatch.export import export as run_export

    text = run_export(_ledger(db), fmt, what)
    if output == "-":
        click.echo(text, nl=False)
    else:
        Path(output).write_text(text, encoding="utf-8")


def _decide(db: str, left: str, right: str, same: bool) -> None:
    from dealwatch.store import Store

    with Store.open(db) as store:
        store.add_decision(Decision(left, right, same, 1.0, ("user decision",), "user", "user"))
    verb = "same" if same else "different"
    click.echo(f"recorded: {left!r} and {right!r} are {verb}; later runs respect it")


@main.command()
@click.argument("left")
@click.argument("right")
@db_option
@handles_errors
def merge(left: str, right: str, db: str) -> None:
    """Record that two names are the same entity.

    Example: dealwatch merge "John Cole" "John Coale"
    """
    _decide(db, left, right, True)


@main.command()
@click.argument("left")
@click.argument("right")
@db_option
@handles_errors
def split(left: str, right: str, db: str) -> None:
    """Record that two names are different entities, undoing any automatic merge.

    Example: dealwatch split "Sviatlana Tsikhanouskaya" "Siarhei Tsikhanouski"
    """
    _decide(db, left, right, False)


def parse_day(value: str, option: str) -> date:
    """A YYYY-MM-DD option value, or a one-line usage error naming the option."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint=option)\
            from None


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--published", default=None, help="Publication date YYYY-MM-DD (else: found).")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@handles_errors
def dates(file: str, published: str | None, as_json: bool) -> None:
    """List every date expression of an article with its resolved value.

    Example: dealwatch dates article.txt --published 2025-02-16
    """
    from dealwatch import render
    from dealwatch.dates import find_dates
    from dealwatch.ingest import read_inputs
    from dealwatch.ingest.readers import decode
    from dealwatch.model import Article

    item = next(iter(read_inputs([file])))
    if not isinstance(item, Article):
        raise DealwatchError(item.line())
    text = item.text
    if item.format == "txt":
        text = decode(Path(file).read_bytes())  # spans index the file as written
    pub = parse_day(published, "--published") if published else item.published
    evidence = "--published" if published else item.published_evidence
    rows = [t.to_dict() for t in find_dates(text, pub)]
    if as_json:
        click.echo(json.dumps({"published": pub.isoformat() if pub else None,
                               "published_evidence": evidence, "dates": rows},
                              indent=2, ensure_ascii=False))
    else:
        render.print_table(rows, ["start", "end", "text", "type", "value", "until",
                                  "precision", "resolution"],
                           f"Dates (published {pub or 'unknown'}; {evidence or 'no evidence'})")


# --- the web app, the HTML report and the timeline picture (dealwatch.web) -------------------

LOOPBACK = ("127.0.0.1", "localhost")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default is this machine only.")
@click.option("--port", default=8000, type=int, show_default=True, help="Port to listen on.")
@click.option("--token", default=None, envvar="DEALWATCH_TOKEN",
              help="Access token for adding articles (upload form, POST /api/articles); "
                   "without one the server is read-only. Also DEALWATCH_TOKEN.")
@click.option("--model", default=None, help="spaCy pipeline for added articles.")
@click.option("--max-upload", default=5_000_000, type=int, show_default=True,
              help="Largest request body, in bytes.")
@handles_errors
def serve(db: str, host: str, port: int, token: str | None, model: str | None,
          max_upload: int) -> None:
    """Serve the ledger, timeline, events, names and articles as web pages and JSON.

    Every page has a JSON twin: /ledger and /ledger.json.

    Example: dealwatch serve --db dealwatch.db --port 8000
    """
    import uvicorn

    from dealwatch.web import create_app

    app = create_app(db, token or None, model=model, max_upload=max_upload,
                     allowed_hosts=list(LOOPBACK) if host in LOOPBACK else None)
    mode = "accepting articles with the token" if token else "read-only (no --token)"
    click.echo(f"dealwatch: serving {db} at http://{host}:{port}/ ({mode})", err=True)
    if token and host not in LOOPBACK:
        click.echo("dealwatch: warning: the token travels in clear over plain HTTP; put the "
                   "server behind HTTPS", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.command()
@click.argument("articles", nargs=-1)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@click.option("--db", default=None, envvar="DEALWATCH_DB",
              help="Store to add the articles to and report on (default: a temporary one).")
@click.option("--title", default="Exchange ledger", show_default=True, help="Report title.")
@click.option("--model", default=None, help="spaCy pipeline to use.")
@handles_errors
def report(articles: tuple[str, ...], output: str, db: str | None, title: str,
           model: str | None) -> None:
    """Write one self-contained HTML report (ledger, timeline, events and their sources).

    It needs no network to open: fit for e-mailing to an editor. With --db and no
    ARTICLES it reports on what is stored.

    Example: dealwatch report examples/ -o report.html
    """
    import tempfile

    from dealwatch.pipeline import load_nlp, run_analyze
    from dealwatch.store import Store
    from dealwatch.web.report import report_html
    from dealwatch.web.snapshot import load_snapshot

    if not articles and db is None:
        raise click.UsageError("give ARTICLES, or --db to report on a store")
    with tempfile.TemporaryDirectory(prefix="dealwatch-report-") as tmp, \
            Store.open(db or str(Path(tmp) / "report.db")) as store:
        rejected = run_analyze(articles, store, load_nlp(model),
                               on_rejected=_print_rejected).rejected if articles else []
        snap = load_snapshot(store)
    Path(output).write_text(report_html(snap, title), encoding="utf-8")
    click.echo(f"report: {output} ({len(snap.ledger.events)} events, "
               f"{len(snap.ledger.documents)} articles)", err=True)
    if rejected:
        sys.exit(1)


@main.command()
@db_option
@click.option("--svg", "svg_out", type=click.Path(dir_okay=False), help="Write an SVG here.")
@click.option("--png", "png_out", type=click.Path(dir_okay=False), help="Write a PNG here.")
@click.option("--type", "types", multiple=True, help="Only events of this type (repeatable).")
@click.option("--actor", default=None, help="Only events this actor took part in.")
@click.option("--outlet", default=None, help="Only events this outlet reported.")
@click.option("--from", "start", default=None, help="From this day, month or year.")
@click.option("--to", "end", default=None, help="Up to this day, month or year.")
@click.option("--title", default="Timeline of events", show_default=True,
              help="Title of the picture.")
@handles_errors
def timeline(db: str, svg_out: str | None, png_out: str | None, types: tuple[str, ...],
             actor: str | None, outlet: str | None, start: str | None, end: str | None,
             title: str) -> None:
    """Draw the timeline as SVG or PNG for an article; without --svg/--png, list it.

    Events known only to the month or year are drawn as spans; undated events are left
    out of the picture (and counted under its title), never put on a guessed day.

    Example: dealwatch timeline --db dealwatch.db --png timeline.png --type release
    """
    from dealwatch.store import Store
    from dealwatch.web.plot import timeline_png, timeline_svg
    from dealwatch.web.snapshot import load_snapshot
    from dealwatch.web.timeline import Filters, parse_bound, picture_note, timeline_items

    bounds = {}
    for option, value, last in (("--from", start, False), ("--to", end, True)):
        bounds[option] = parse_bound(value, last)
        if value and bounds[option] is None:
            raise click.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD",
                                     param_hint=option)
    with Store.open(db) as store:
        snap = load_snapshot(store)
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



# --- Apache Spark: the per-article stage on a cluster, then load into a store ----------------


@main.command("spark-extract")
@click.argument("source")
@click.option("--output", "-o", required=True,
              help="Output folder (Parquet): a path, hdfs://... or s3a://...")
@click.option("--master", default=None,
              help="Spark master, e.g. local[2] (default: what spark-submit set, else local[*]).")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Partitions to spread the articles over (default: 2 per core).")
@click.option("--format", "fmt", type=click.Choice(["json", "parquet"]), default=None,
              help="Input format (default: parquet for *.parquet, else JSON lines).")
@click.option("--model", default=None, help="spaCy pipeline installed on the executors.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output folder.")
@handles_errors
def spark_extract_cmd(source: str, output: str, master: str | None, partitions: int | None,
                      fmt: str | None, model: str | None, overwrite: bool) -> None:
    """Clean, date and extract the articles of SOURCE (JSON lines or Parquet) with Spark.

    Example: dealwatch spark-extract articles.jsonl --output claims/ --master local[2]
    """
    from dealwatch.spark import spark_extract, spark_session

    with spark_session(master) as spark:
        summary = spark_extract(spark, source, output, model=model, partitions=partitions,
                                fmt=fmt, overwrite=overwrite)
    click.echo(f"{summary.records} records: {summary.articles} articles, {summary.rejected} "
               f"rejected, over {summary.partitions} partitions; written to {output}", err=True)


@main.command("load")
@click.argument("folder")
@db_option
@handles_errors
def load_cmd(folder: str, db: str) -> None:
    """Store the claims of a spark-extract output FOLDER; then `dealwatch ledger` as usual.

    Example: dealwatch load claims/ --db dealwatch.db && dealwatch ledger --db dealwatch.db
    """
    from dealwatch.spark import load_output
    from dealwatch.store import Store

    with Store.open(db) as store:
        report = load_output(folder, store)
    for rej in report.rejected:
        click.echo(rej.line(), err=True)
    click.echo(f"{len(report.added)} added, {len(report.skipped)} already stored, "
               f"{len(report.duplicates)} near-duplicates, {len(report.rejected)} rejected",
               err=True)
    if report.rejected:
        sys.exit(1)


if __name__ == "__main__":
    main()
