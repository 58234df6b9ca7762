"""Editors' corrections: recorded decisions applied on every read, kept through new articles,
rebuilds and re-extraction, undoable, carried by every export — and never a change to the
stored text or claims. The articles are invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from spacy.language import Language
from sqlalchemy import update

from dealwatch import correct
from dealwatch.cli import main
from dealwatch.errors import StoreError, UsageError
from dealwatch.export import export
from dealwatch.kept import kept_ledger, ledger_from_dict, rebuild
from dealwatch.markdown import ledger_markdown
from dealwatch.model import Applied, Event, EventType, Ledger
from dealwatch.pipeline import build_ledger, run_analyze
from dealwatch.store import Store
from dealwatch.store.schema import extractions

HARBOUR = """Harbour Post
Published: 6 May 2024

Norvalia frees 12 prisoners after envoy's visit

Norvalia released 12 political prisoners on 3 May 2024, including the writer Ilona Vetrak, \
officials said.

The envoy Samuel Brandt met President Oskar Lind in the capital on 2 May 2024.

In return, the United States lifted sanctions on Norvalia's state potash company Kalimar on \
4 May 2024.
"""
COASTAL = """Coastal Times
Published: 7 May 2024

Fourteen freed in Norvalia

Norvalia freed 14 political prisoners on 3 May 2024, among them the writer Ilona Vetrak.

Separately, Norvalia released the activist Pavel Roos on 5 May 2024.
"""
LATER = """Bay Herald
Published: 9 May 2024

Norvalia's 14 released prisoners crossed the border on 3 May 2024, said the writer Ilona \
Vetrak, who was freed with them.
"""


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    out = []
    for name, text in (("harbour.txt", HARBOUR), ("coastal.txt", COASTAL)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        out.append(str(path))
    return out


@pytest.fixture
def store(nlp: Language, files: list[str], tmp_path: Path) -> Store:
    s = Store.open(str(tmp_path / "c.db"))
    run_analyze(files, s, nlp)
    return s


def _release_of(ledger: Ledger, person: str) -> Event:
    return next(e for e in ledger.events if e.type == EventType.RELEASE and person in e.persons)


def _claims(store: Store) -> tuple[list[str], list[str]]:
    return ([a.text for a in store.articles()],
            [json.dumps(x.to_dict(), sort_keys=True) for x in store.extractions()])


def test_a_field_correction_applies_is_shown_and_survives_rebuild_new_articles_and_reextraction(
        store: Store, nlp: Language, tmp_path: Path) -> None:
    before = _claims(store)
    ledger = kept_ledger(store)
    machine = _release_of(ledger, "Ilona Vetrak")
    assert machine.count in (12, 14) and machine.date == "2024-05-03"
    made = correct.correct_field(store, ledger, machine.id[:7], "count", "13", "maria",
                                 "the ministry's list")
    correct.correct_field(store, ledger, machine.id, "date", "2024-05-04", "maria")
    assert made.machine == str(machine.count) and made.editor == "maria"

    fixed = _release_of(kept_ledger(store), "Ilona Vetrak")
    assert (fixed.count, fixed.date, fixed.date_precision) == (13, "2024-05-04", "day")
    says = [c.says() for c in fixed.corrected]
    assert says[0].startswith(f"count 13, corrected from {machine.count} by maria on ")
    assert says[0].endswith(": the ministry's list")
    assert _claims(store) == before, "a correction never changes stored text or claims"

    # the JSON, the kept ledger read back, a rebuild, the Markdown and the exports carry it
    assert ledger_from_dict(json.loads(json.dumps(kept_ledger(store).to_dict()))) \
        == kept_ledger(store) == rebuild(store) == build_ledger(store)
    assert "count 13, corrected from" in ledger_markdown(kept_ledger(store))
    ftm = [json.loads(line) for line in export(kept_ledger(store), "ftm").splitlines()]
    notes = [n for e in ftm for n in e["properties"].get("notes", ())]
    assert any(n.startswith("correction ") and "count 13" in n for n in notes)
    rows = json.loads(export(kept_ledger(store), "json", "events"))
    assert any(r["count"] == 13 and r["corrected"] for r in rows)

    # a new article joins the event: the correction follows it
    later = tmp_path / "later.txt"
    later.write_text(LATER, encoding="utf-8")
    run_analyze([str(later)], store, nlp)
    grown = _release_of(kept_ledger(store), "Ilona Vetrak")
    assert len({s.document for s in grown.sources}) == 3
    assert (grown.count, grown.date) == (13, "2024-05-04")

    # re-extraction by a newer extractor finds the same sentences: the correction stays
    with store.engine.begin() as conn:
        conn.execute(update(extractions).values(extractor="rules-0"))
    report = run_analyze([str(tmp_path / "harbour.txt"), str(tmp_path / "coastal.txt")],
                         store, nlp)
    assert len(report.reextracted) == 2
    again = _release_of(kept_ledger(store), "Ilona Vetrak")
    assert (again.count, again.date) == (13, "2024-05-04")


def test_undo_restores_the_machine_values_and_the_log_keeps_both(store: Store) -> None:
    ledger = kept_ledger(store)
    machine = _release_of(ledger, "Ilona Vetrak")
    made = correct.correct_field(store, ledger, machine.id, "count", "99", "maria")
    assert _release_of(kept_ledger(store), "Ilona Vetrak").count == 99
    correct.undo(store, made.id, "ivan")
    after = kept_ledger(store)
    assert _release_of(after, "Ilona Vetrak").count == machine.count
    assert not _release_of(after, "Ilona Vetrak").corrected
    [logged] = after.corrections
    assert (logged.status, logged.undone_by, logged.editor) == (Applied.UNDONE, "ivan", "maria")
    with pytest.raises(StoreError, match="undone already"):
        correct.undo(store, made.id, "ivan")
    with pytest.raises(StoreError, match="no correction 42"):
        correct.undo(store, 42, "ivan")


def test_not_an_event_merge_and_taking_a_source_out(store: Store) -> None:
    ledger = kept_ledger(store)
    meeting = next(e for e in ledger.events if e.type == EventType.MEETING)
    vetrak, roos = _release_of(ledger, "Ilona Vetrak"), _release_of(ledger, "Pavel Roos")
    harbour = next(d for d in ledger.documents if d.path.endswith("harbour.txt"))

    correct.mark_not_event(store, ledger, meeting.id, "maria", "a hypothetical")
    assert all(e.type != EventType.MEETING for e in kept_ledger(store).events)

    correct.merge_two(store, kept_ledger(store), vetrak.id, roos.id, "maria")
    merged = _release_of(kept_ledger(store), "Ilona Vetrak")
    assert "Pavel Roos" in merged.persons
    assert set(merged.mentions) == {*vetrak.mentions, *roos.mentions}
    assert sum(1 for e in kept_ledger(store).events if e.type == EventType.RELEASE) == 1

    correct.remove_source(store, kept_ledger(store), merged.id, harbour.path, "maria")
    after = kept_ledger(store)
    rest = _release_of(after, "Pavel Roos")
    assert harbour.id not in {s.document for s in rest.sources}
    alone = [e for e in after.events if e.type == EventType.RELEASE
             and {s.document for s in e.sources} == {harbour.id}]
    assert len(alone) == 1, "what the article said becomes an event of its own"
    assert [c.status for c in after.corrections] == [Applied.APPLIED] * 3


def test_article_metadata_is_corrected_without_touching_the_stored_article(
        store: Store) -> None:
    ledger = kept_ledger(store)
    doc = next(d for d in ledger.documents if d.path.endswith("coastal.txt"))
    before = _claims(store)
    correct.correct_article(store, ledger, doc.id[:8], "outlet", "The Coastal Times", "maria")
    correct.correct_article(store, kept_ledger(store), doc.id, "published", "2024-05-08",
                            "maria")
    shown = next(d for d in kept_ledger(store).documents if d.id == doc.id)
    assert (shown.outlet, shown.published) == ("The Coastal Times", "2024-05-08")
    assert [c.machine for c in shown.corrected] == [doc.outlet, doc.published]
    assert next(a for a in store.articles() if a.id == doc.id).outlet == doc.outlet
    assert _claims(store) == before


def test_bad_corrections_are_refused_with_one_line(store: Store) -> None:
    ledger = kept_ledger(store)
    event = ledger.events[0]
    for field, value, message in (("count", "many", "not a whole number"),
                                  ("date", "3 May", "not a date"),
                                  ("colour", "red", "cannot correct 'colour'"),
                                  ("type", "party", "is not one of")):
        with pytest.raises(UsageError, match=message):
            correct.correct_field(store, ledger, event.id, field, value, "maria")
    with pytest.raises(UsageError, match="no event"):
        correct.correct_field(store, ledger, "ev-nothing", "count", "3", "maria")
    with pytest.raises(UsageError, match="same event"):
        correct.merge_two(store, ledger, event.id, event.id, "maria")
    lone = next(e for e in ledger.events if len({s.document for s in e.sources}) == 1)
    with pytest.raises(UsageError, match="only source of event"):
        correct.remove_source(store, ledger, lone.id, lone.sources[0].document, "maria")
    with pytest.raises(UsageError, match="not a date"):
        correct.correct_article(store, ledger, ledger.documents[0].id, "published",
                                "2024-05", "maria")
    assert not kept_ledger(store).corrections


def test_a_correction_whose_event_is_gone_is_shown_unmatched(store: Store) -> None:
    ledger = kept_ledger(store)
    vetrak, roos = _release_of(ledger, "Ilona Vetrak"), _release_of(ledger, "Pavel Roos")
    correct.mark_not_event(store, ledger, roos.id, "maria")
    correct.merge_two(store, ledger, vetrak.id, roos.id, "maria")  # roos is gone by then
    statuses = [c.status for c in kept_ledger(store).corrections]
    assert statuses == [Applied.APPLIED, Applied.UNMATCHED]


def test_the_cli_records_lists_and_undoes(store: Store, tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    event = _release_of(kept_ledger(store), "Ilona Vetrak")
    store.close()
    runner = CliRunner()
    done = runner.invoke(main, ["correct", "event", event.id[:8], "--count", "13",
                                "--date", "2024-05", "--note", "checked", "--db", db,
                                "--editor", "maria"])
    assert done.exit_code == 0, done.output
    assert "correction 1 recorded: date 2024-05, corrected from 2024-05-03 by maria" \
        in done.output
    bad = runner.invoke(main, ["correct", "event", event.id, "--count", "x", "--db", db])
    assert bad.exit_code == 2 and "count 'x' is not a whole number" in bad.output
    listed = runner.invoke(main, ["corrections", "--json", "--db", db])
    rows = json.loads(listed.output)
    assert [(r["field"], r["value"], r["editor"], r["status"]) for r in rows] == [
        ("date", "2024-05", "maria", "applied"), ("count", "13", "maria", "applied")]
    assert runner.invoke(main, ["correct", "undo", "2", "--db", db,
                                "--editor", "ivan"]).exit_code == 0
    events = json.loads(runner.invoke(main, ["events", "--json", "--db", db]).output)
    row = next(r for r in events if r["id"] == event.id)
    assert (row["count"], row["date"]) == (event.count, "2024-05")
    assert "dealwatch correct undo 3" in runner.invoke(main, ["correct", "--help"]).output


def test_a_corrected_publication_date_dates_the_articles_relative_days(
        nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Norvalia freed five political prisoners on Wednesday, officials said.\n",
                    encoding="utf-8")
    db = str(tmp_path / "u.db")
    with Store.open(db) as store:
        run_analyze([str(path)], store, nlp)
        [event] = kept_ledger(store).events
        doc = kept_ledger(store).documents[0]
    assert event.date is None and doc.published is None
    runner = CliRunner()
    done = runner.invoke(main, ["correct", "article", str(path), "--published", "2024-05-09",
                                "--db", db, "--editor", "maria"])
    assert done.exit_code == 0, done.output
    with Store.open(db) as store:
        [event] = kept_ledger(store).events
        assert event.date == "2024-05-08"  # the Wednesday before that Thursday
        assert next(store.articles()).published is None, "the stored article is untouched"
    assert runner.invoke(main, ["correct", "undo", "1", "--db", db]).exit_code == 0
    with Store.open(db) as store:
        [event] = kept_ledger(store).events
        assert event.date is None
