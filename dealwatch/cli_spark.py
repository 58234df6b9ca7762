"""The Apache Spark commands: the per-article stage on a cluster, then loaded into a store."""

from __future__ import annotations

import sys
from functools import partial

import click

from dealwatch import cli_base as base


def register(main: click.Group) -> None:
    for command in (spark_extract_cmd, load_cmd):
        main.add_command(command)


@click.command("spark-extract")
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
@click.option("--quiet", is_flag=True, help="No progress bar.")
@base.budget_option
@base.handles_errors
def spark_extract_cmd(source: str, output: str, master: str | None, partitions: int | None,
                      fmt: str | None, model: str | None, overwrite: bool, quiet: bool,
                      budget: float | None) -> None:
    """Clean, date and extract the articles of SOURCE (JSON lines or Parquet) with Spark.

    A bad record is written as rejected and gets one line on stderr (after the job); the
    command then exits with status 1, as `analyze` does.

    Example: dealwatch spark-extract articles.jsonl --output claims/ --master local[2]
    """
    from dealwatch.progress import progress, shown
    from dealwatch.spark import spark_extract, spark_session

    bar = partial(progress, "records") if shown(quiet) else None
    with spark_session(master, console_progress=bar is None) as spark:
        summary = spark_extract(spark, source, output, model=model, partitions=partitions,
                                fmt=fmt, overwrite=overwrite, budget=budget,
                                on_rejected=base._print_rejected, bar=bar)
    click.echo(f"{summary.records} records: {summary.articles} articles, {summary.rejected} "
               f"rejected, over {summary.partitions} partitions; written to {output}", err=True)
    if summary.rejected:
        sys.exit(1)


@click.command("load")
@click.argument("folder")
@base.db_option
@click.option("--quiet", is_flag=True, help="No progress bar.")
@base.handles_errors
def load_cmd(folder: str, db: str, quiet: bool) -> None:
    """Store the claims of a spark-extract output FOLDER; then `dealwatch ledger` as usual.

    Example: dealwatch load claims/ --db dealwatch.db && dealwatch ledger --db dealwatch.db
    """
    from dealwatch.progress import progress
    from dealwatch.spark import load_output
    from dealwatch.store import Store

    with Store.open(db) as store, progress("articles", None, quiet=quiet) as advance:
        report = load_output(folder, store, on_batch=advance)
    for rej in report.rejected:
        click.echo(rej.line(), err=True)
    click.echo(f"{len(report.added)} added, {len(report.skipped)} already stored, "
               f"{len(report.duplicates)} near-duplicates, {len(report.rejected)} rejected",
               err=True)
    if report.rejected:
        sys.exit(1)
