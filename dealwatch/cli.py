"""The command line: a thin shell over the pipeline, the store and the renderers."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from dealwatch import cli_correct, cli_spark, cli_views
from dealwatch.cli_base import (
    _emit,
    _ledger,
    _print_rejected,
    budget_option,
    count_inputs,
    db_option,
    deal_option,
    handles_errors,
    output_options,
)
from dealwatch.errors import DealwatchError
from dealwatch.model import Decision


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
@click.option("--gated", is_flag=True,
              help="Run spaCy's parser only on sentences an event or a name is read from "
                   "(faster on text with few events; see README for what it changes).")
@budget_option
@handles_errors
def analyze(articles: tuple[str, ...], db: str, json_out: str | None, md_out: str | None,
            model: str | None, quiet: bool, gated: bool, budget: float | None) -> None:
    """Read ARTICLES (files, folders, globs), store what they say, and print the ledger.

    Example: dealwatch analyze examples/ --db dealwatch.db --markdown ledger.md
    """
    from dealwatch import markdown, render
    from dealwatch.kept import kept_ledger
    from dealwatch.pipeline import Pipeline, check_model, run_analyze
    from dealwatch.progress import progress
    from dealwatch.store import Store

    # The ledger is rebuilt from the whole store only when something shows it: a quiet
    # ingest into a large shared store stays as cheap as its own articles.
    wanted = json_out is not None or md_out is not None or not quiet
    check_model(model)  # no store made for a model that is not there
    with Store.open(db) as store, \
            progress("articles", count_inputs(articles), quiet=quiet) as advance:
        report = run_analyze(articles, store, Pipeline(model, gated), on_rejected=_print_rejected,
                             on_batch=advance, budget=budget)
        ledger = kept_ledger(store) if wanted else None
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
        _write(md_out, markdown.ledger_markdown(ledger))
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
@deal_option
@handles_errors
def ledger_cmd(db: str, fmt: str, deal: str | None) -> None:
    """Show the ledger built from what is stored, without re-reading any article.

    Example: dealwatch ledger --db dealwatch.db --json > ledger.json
    """
    from dealwatch import markdown, render

    ledger = _ledger(db, deal)
    if fmt == "json":
        click.echo(render.ledger_json(ledger))
    elif fmt == "markdown":
        click.echo(markdown.ledger_markdown(ledger))
    elif fmt == "csv":
        click.echo(render.rows_csv(render.event_rows(ledger)), nl=False)
    else:
        names = {d.id: d.name for d in ledger.deals}
        rounds = [{"date": r.date or "undated", "deal": names.get(r.deal or "", "side not stated"),
                   "tie": r.tie.value, "round": r.summary} for r in ledger.rounds]
        render.print_table(rounds, ["date", "deal", "tie", "round"], "Rounds")
        render.print_table(render.event_rows(ledger), _EVENT_COLUMNS, "Events")


# The stages of a ledger build as ``build_ledger`` times them, in order, with what the
# progress bar says while each runs; keeping the built ledger comes last.
REBUILD_STAGES = (("read", "reading the claims of {n} articles"), ("resolve", "resolving names"),
                  ("merge", "merging events"), ("ledger", "deals, rounds and conflicts"))


@main.command()
@db_option
@click.option("--quiet", is_flag=True, help="No progress bar and no summary line.")
@handles_errors
def rebuild(db: str, quiet: bool) -> None:
    """Build the ledger again from everything stored, and keep it.

    Reading the ledger (`ledger`, `events`, the app) uses the kept one while the stored
    claims and dealwatch itself are unchanged; this builds it afresh anyway.

    Example: dealwatch rebuild --db dealwatch.db
    """
    from dealwatch.kept import rebuild as build
    from dealwatch.progress import StageClock, shown, stage_progress
    from dealwatch.store import Store

    with Store.open(db) as store:
        n = store.counts()["extractions"] if shown(quiet) else 0
        stages = [text.format(n=f"{n:,}") for _, text in REBUILD_STAGES]
        with stage_progress("rebuild", [*stages, "keeping the ledger"],
                            quiet=quiet) as ended:
            ledger = build(store, timings=StageClock(lambda _: ended()))
    if not quiet:
        click.echo(f"ledger rebuilt: {len(ledger.deals)} deals, {len(ledger.events)} events, "
                   f"{len(ledger.rounds)} rounds, {len(ledger.conflicts)} conflicts", err=True)


@main.command()
@db_option
@click.option("--type", "etype", default=None, help="Only events of this type.")
@deal_option
@output_options
@handles_errors
def events(db: str, etype: str | None, deal: str | None, fmt: str) -> None:
    """List the merged events, with their sources and conflicts.

    Example: dealwatch events --type release --csv
    """
    from dealwatch import render

    rows = [r for r in render.event_rows(_ledger(db, deal))
            if etype is None or r["type"] == etype]
    _emit(rows, fmt, "Events")


@main.command()
@db_option
@deal_option
@output_options
@handles_errors
def entities(db: str, deal: str | None, fmt: str) -> None:
    """List people, organisations, countries and places with every spelling.

    Example: dealwatch entities --json
    """
    from dealwatch import render

    _emit(render.entity_rows(_ledger(db, deal)), fmt, "Entities")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["ftm", "json", "csv"]), default="ftm",
              show_default=True, help="FollowTheMoney JSON lines, JSON, or CSV.")
@click.option("--what", type=click.Choice(["all", "events", "entities"]), default="all",
              show_default=True, help="What to export (CSV: events unless entities).")
@click.option("-o", "--output", default="-", show_default=True, help="File, or - for stdout.")
@deal_option
@handles_errors
def export(db: str, fmt: str, what: str, output: str, deal: str | None) -> None:
    """Export the ledger: FollowTheMoney entities for Aleph, or events/entities as JSON/CSV.

    Example: dealwatch export --format ftm -o ledger.ftm.json
    """
    from dealwatch.export import export as run_export

    text = run_export(_ledger(db, deal), fmt, what)
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
              help="One access token (its editor is named \"editor\") for adding articles "
                   "and correcting; without tokens the server is read-only. Also "
                   "DEALWATCH_TOKEN.")
@click.option("--token-file", default=None, envvar="DEALWATCH_TOKEN_FILE",
              type=click.Path(dir_okay=False),
              help="Named tokens, one 'name token' line each (tokens of 12 characters or "
                   "more): every write names its editor. Also DEALWATCH_TOKEN_FILE.")
@click.option("--model", default=None, help="spaCy pipeline for added articles.")
@click.option("--max-upload", default=5_000_000, type=int, show_default=True,
              help="Largest request body, in bytes.")
@budget_option
@handles_errors
def serve(db: str, host: str, port: int, token: str | None, token_file: str | None,
          model: str | None, max_upload: int, budget: float | None) -> None:
    """Serve the ledger, timeline, events, names and articles as web pages and JSON.

    Every page has a JSON twin: /ledger and /ledger.json. With tokens, editors add articles
    and correct events and articles (each correction names its editor).

    Example: dealwatch serve --db dealwatch.db --port 8000 --token-file editors.txt
    """
    import uvicorn

    from dealwatch.web import create_app
    from dealwatch.web.editing import editors_of

    editors = editors_of(token or None, token_file)
    app = create_app(db, model=model, max_upload=max_upload, editors=editors, budget=budget,
                     allowed_hosts=list(LOOPBACK) if host in LOOPBACK else None)
    names = ", ".join(name for name, _ in editors.tokens)
    mode = f"editors: {names}" if editors.writable else "read-only (no --token/--token-file)"
    click.echo(f"dealwatch: serving {db} at http://{host}:{port}/ ({mode})", err=True)
    if editors.writable and host not in LOOPBACK:
        click.echo("dealwatch: warning: tokens travel in clear over plain HTTP; put the "
                   "server behind HTTPS", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


# Commands kept in their own modules, registered here so `dealwatch --help` lists them all.
cli_views.register(main)
cli_correct.register(main)
cli_spark.register(main)

if __name__ == "__main__":
    main()
