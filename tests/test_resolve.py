"""Entity resolution: the person matcher, within-article surnames, decisions and conflicts."""

from __future__ import annotations

import pytest
from rigour.text import ascii_text

from dealwatch.model import Decision, Entity, EntityType, Extraction, NameMention, Spelling
from dealwatch.resolve import match_person, resolve, translit_key
from dealwatch.resolve.keys import latin
from dealwatch.resolve.lists import listed_spelling_conflicts
from dealwatch.resolve.org import match_org
from dealwatch.resolve.person import part_tier
from dealwatch.resolve.spelling import spelling_conflict


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Siarhei Tsikhanouski", "Sergei Tikhanovsky"),
        ("Alena Maushuk", "Alena Movshuk"),
        ("Ales Bialiatski", "Ales Beliatski"),
        ("Maria Kalesnikava", "Maria Kolesnikova"),
        ("John Coale", "John Cole"),
        ("Alexander Lukashenko", "Alyaksandr Lukashenka"),
        ("Konstantin Yaroshenko", "Konstantin Iaroshenko"),
        ("Viktor Bout", "Victor Bout"),
        ("Marc Fogel", "Mark Vogel"),
        ("Steve Witkoff", "Steve Vitkoff"),
        ("Yahor Lanski", "Yegor Lansky"),
        ("Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya"),
    ],
)
def test_same_person_across_romanizations(a: str, b: str) -> None:
    score, reasons = match_person(a, b)
    assert score > 0, reasons
    assert reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sviatlana Tsikhanouskaya", "Siarhei Tsikhanouski"),  # wife and husband
        ("Joey Reed", "Paula Reed"),
        ("Emma Cunio", "Sharon Cunio"),
        ("John Smith", "John Kerry"),
        ("Christopher Smith", "Adam Smith"),
        ("John Kerry", "John Kirby"),
        ("Sergey Ivanovich Lavrov", "Sergey Viktorovich Lavrov"),
    ],
)
def test_different_people_are_never_merged(a: str, b: str) -> None:
    assert match_person(a, b)[0] == 0


def test_translit_key_is_spelling_insensitive() -> None:
    assert translit_key("Maushuk") == translit_key("Movshuk")
    assert translit_key("Kalesnikava") == translit_key("Kolesnikova")
    assert translit_key("Coale") == translit_key("Cole")
    assert translit_key("Lukashenka") == translit_key("Lukashenko")


def _m(doc: str, text: str, start: int, etype: EntityType = EntityType.PERSON) -> NameMention:
    return NameMention(doc, text, etype, start, start + len(text))


def test_surname_joins_full_name_within_article_and_spellings_conflict() -> None:
    a = Extraction("a", (), (_m("a", "John Cole", 0), _m("a", "Cole", 50)), ())
    b = Extraction("b", (), (_m("b", "John Coale", 0), _m("b", "Coale", 40),
                             _m("b", "Adam Smith", 90)), ())
    res = resolve([a, b])
    people = {e.name: e for e in res.entities if e.type == EntityType.PERSON}
    coale = next(e for e in people.values() if "John Cole" in e.aliases)
    assert set(coale.aliases) == {"John Cole", "Cole", "John Coale", "Coale"}
    assert res.canonical("a", "Cole") == coale.name
    (conflict,) = coale.conflicts
    assert {v.value for v in conflict.values} == {"John Cole", "John Coale"}
    assert {d for v in conflict.values for d in v.documents} == {"a", "b"}
    assert "Adam Smith" in people and people["Adam Smith"] is not coale
    assert any(d.same and "John" in d.left for d in res.decisions)


def test_same_surname_different_people_within_article() -> None:
    ex = Extraction("a", (), (_m("a", "Sviatlana Tsikhanouskaya", 0),
                              _m("a", "Siarhei Tsikhanouski", 60)), ())
    res = resolve([ex])
    assert len([e for e in res.entities if e.type == EntityType.PERSON]) == 2


def test_a_body_called_by_its_head_word_is_the_one_body_of_its_article_so_named() -> None:
    org = EntityType.ORGANIZATION
    a = Extraction("a", (), (_m("a", "Sun and Moon Liberation Front", 0, org),
                             _m("a", "Front", 80, org)), ())
    b = Extraction("b", (), (_m("b", "Front", 0, org),), ())
    two = Extraction("c", (), (_m("c", "Sun Liberation Front", 0, org),
                               _m("c", "Moon Patriotic Front", 40, org),
                               _m("c", "Front", 90, org)), ())
    res = resolve([a, b, two])
    assert res.canonical("a", "Front") == "Sun and Moon Liberation Front"
    assert res.canonical("b", "Front") == "Front"  # no body of that name in its article
    assert res.canonical("c", "Front") == "Front"  # two: neither


def test_user_split_and_merge_are_respected() -> None:
    a = Extraction("a", (), (_m("a", "John Cole", 0),), ())
    b = Extraction("b", (), (_m("b", "John Coale", 0),), ())
    split = Decision("John Cole", "John Coale", False, 1.0, ("user",), "user")
    assert len(resolve([a, b], [split]).entities) == 2
    c = Extraction("c", (), (_m("c", "J. Kohlberg", 0),), ())
    merge = Decision("John Cole", "J. Kohlberg", True, 1.0, ("user",), "user")
    merged = resolve([a, c], [merge]).entities
    assert len(merged) == 1


def test_organisation_never_joins_a_person() -> None:
    ex = Extraction("a", (), (_m("a", "Belavia", 0, EntityType.ORGANIZATION),
                              _m("a", "Belavia", 30, EntityType.PERSON)), ())
    types = {e.type for e in resolve([ex]).entities}
    assert types == {EntityType.ORGANIZATION, EntityType.PERSON}


# --- dw-person-3: general romanization knowledge, structure, reasons -----------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mohammad Javad Zarif", "Muhammad Javad Zarif"),  # Arabic given-name forms
        ("Mohamed bin Zayed", "Mohammed bin Zayed"),
        ("Abd al-Aziz al-Nuristani", "Abdul Aziz Nooristani"),  # Abdul / Abd al-, oo / u
        ("Bashar el-Assad", "Bashar al-Assad"),  # al- / el-
        ("Osama bin Laden", "Usama ibn Laden"),
        ("Khosrow Afghahi", "Khosrow Afqahi"),  # Persian gh / q
        ("Hasan Rohani", "Hassan Rouhani"),  # ou / o
        ("Mikhail Khodorkovsky", "Mikhail Khodorkovskiy"),  # -sky / -skiy
        ("Yahor Lanski", "Yegor Lansky"),  # -ski / -sky, ye / ya
        ("Sergei Kuznetsov", "Siarhei Kuzniatsou"),  # Belarusian -ou for -ov
        ("Putin, Vladimir", "Vladimir Putin"),  # register order
        ("VladimirPutin", "Vladimir Putin"),  # joined words
        ("Mr. John Smith", "John Smith"),  # honorific
        ("Jean-Claude Juncker", "JC Juncker"),  # initials
        ("Boris Johnson", "Alexander Boris de Pfeffel Johnson"),  # extra given names
        ("Sergejs Lavrovs", "Sergey Lavrov"),  # Baltic case ending
        ("Ismail Haniyeh", "Ismail Haniya"),  # -eh / -a
        ("Baquer Namazi", "Bagher Namazi"),  # q / gh
        ("Ramzan Kadyrov", "Ramzan Qadyrov"),  # k / q
        ("Zmitser Dashkevich", "Dmitry Dashkevich"),  # Belarusian given-name form
        ("Oleg Orlov", "Aleh Arlou"),
        ("Yahya Sinwar", "Yehia Sinwar"),
        ("Hossein Amir-Abdollahian", "Hossein Amirabdollahian"),  # hyphen or one word
        ("Volodymyr Zelensky", "Vladimir Zelenskiy"),  # Ukrainian / Russian, -y / -iy
    ],
)
def test_general_romanization_variants_match(a: str, b: str) -> None:
    score, reasons = match_person(a, b)
    assert score > 0, reasons
    assert all(isinstance(r, str) and r for r in reasons)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Daniel Ortiz", "Daniel Ortega"),  # two real surnames, not a typo
        ("Harry Page", "Larry Page"),  # two real given names
        ("SALMAN BIN MUHAMMAD AL-RAWI", "MUHAMMAD BIN SALMAN AL-RAWI"),  # father and son
        ("Abdul Kabir Abdul Jan", "Abdul Kabir Mohammad Jan"),  # different father's names
        ("习近朋", "习近平"),  # one different character
        ("Smith", "John Kerry"),
        ("John", "John Smith"),  # a lone given name is not a surname
        ("Alexei Navalny", "Yulia Navalnaya"),  # husband and wife
        ("Siamak Namazi", "Baquer Namazi"),  # son and father
        ("Kim Jong Un", "Kim Jong Il"),
        ("Mohammed bin Salman", "Mohammed bin Zayed"),
    ],
)
def test_different_people_stay_apart(a: str, b: str) -> None:
    score, reasons = match_person(a, b)
    assert score == 0, reasons
    assert reasons


def test_reasons_name_each_aligned_part() -> None:
    score, reasons = match_person("Siarhei Tsikhanouski", "Sergei Tikhanovsky")
    assert score > 0.85
    assert reasons[0].startswith("equivalent siarhei/sergei")
    assert any(r.startswith(("key", "typo", "skeleton")) and "tsikhanouski" in r for r in reasons)
    score, reasons = match_person("Sergey Ivanovich Lavrov", "Sergey Viktorovich Lavrov")
    assert score == 0 and "different name parts ivanovich / viktorovich" in reasons


def test_org_matcher_folds_legal_forms_but_not_words() -> None:
    assert match_org("OAO Gazprom", "Gazprom JSC")[0] > 0
    assert match_org("Belavia", "Belavia OJSC")[0] > 0
    assert match_org("CRYSTALORD LIMITED", "CRISTALORD LTD")[0] > 0
    assert match_org("Deutsche Bank Trust Company", "Deutsche Bank")[0] == 0
    assert match_org("Bank of China (Hong Kong) Ltd", "Bank of China (Singapore) Ltd")[0] == 0


def test_cross_article_decisions_carry_the_matcher_version() -> None:
    a = Extraction("a", (), (_m("a", "Khosrow Afghahi", 0),), ())
    b = Extraction("b", (), (_m("b", "Khosrow Afqahi", 0),), ())
    c = Extraction("c", (), (_m("c", "Belavia", 0, EntityType.ORGANIZATION),), ())
    d = Extraction("d", (), (_m("d", "Belavia OJSC", 0, EntityType.ORGANIZATION),), ())
    res = resolve([a, b, c, d])
    assert {d.matcher for d in res.decisions} == {"dw-person-3", "dw-org-1"}
    assert all(d.reasons and d.score > 0 for d in res.decisions)
    assert len(res.entities) == 2


def test_canonical_name_most_documents_then_longest_and_spelling_conflict() -> None:
    docs = [Extraction(d, (), (_m(d, text, 0),), ())
            for d, text in (("a", "Ales Bialiatski"), ("b", "Ales Bialiatski"),
                            ("c", "Ales Beliatski"))]
    (ent,) = resolve(docs).entities
    assert ent.name == "Ales Bialiatski"  # two documents against one
    (conflict,) = ent.conflicts
    got = {v.value: set(v.documents) for v in conflict.values}
    assert got == {"Ales Bialiatski": {"a", "b"}, "Ales Beliatski": {"c"}}
    tie = [Extraction("a", (), (_m("a", "Ales Bialiatski", 0),), ()),
           Extraction("b", (), (_m("b", "Ales Viktorovich Bialiatski", 0),), ())]
    assert resolve(tie).entities[0].name == "Ales Viktorovich Bialiatski"  # longest full form


def test_lone_given_name_joins_the_one_person_who_has_it() -> None:
    ex = Extraction("a", (), (_m("a", "Trevor Reed", 0), _m("a", "Paula Reed", 30),
                              _m("a", "Trevor", 60)), ())
    people = {e.name: e for e in resolve([ex]).entities}
    assert "Trevor" in people["Trevor Reed"].aliases
    assert "Trevor" not in people["Paula Reed"].aliases


def test_kh_and_ch_write_one_sound_and_kh_may_be_h() -> None:
    for a, b in (("Dana Rakhmelov", "Dana Rachmelov"), ("Omar Akhmedli", "Omar Ahmedli")):
        res = resolve([Extraction("a", (), (_m("a", a, 0),), ()),
                       Extraction("b", (), (_m("b", b, 0),), ())])
        assert len(res.entities) == 1, (a, b)
    assert part_tier("rakhmelov", "rachmelov") == "key"  # a spelling, not a typo


def test_a_lone_name_a_leader_puts_first_is_the_leader() -> None:
    leader = NameMention("a", "Park Jin Ho", EntityType.PERSON, 0, 11, ("Northland leader",))
    ex = Extraction("a", (), (leader, _m("a", "Tony Park", 40), _m("a", "Park", 80)), ())
    people = {e.name: e for e in resolve([ex]).entities}
    assert "Park" in people["Park Jin Ho"].aliases
    assert "Park" not in people["Tony Park"].aliases
    plain = Extraction("b", (), (_m("b", "Park Jin Ho", 0), _m("b", "Tony Park", 40),
                                 _m("b", "Park", 80)), ())
    assert "Park" in {e.name: e for e in resolve([plain]).entities}["Tony Park"].aliases


def test_short_form_of_an_organisation_joins_it() -> None:
    a = Extraction("a", (), (_m("a", "International Committee of the Red Cross", 0,
                                EntityType.ORGANIZATION),), ())
    b = Extraction("b", (), (_m("b", "Red Cross", 0, EntityType.ORGANIZATION),
                             _m("b", "China", 20, EntityType.ORGANIZATION),
                             _m("b", "Bank of China", 40, EntityType.ORGANIZATION)), ())
    names = {e.name: set(e.aliases) for e in resolve([a, b]).entities}
    assert names["International Committee of the Red Cross"] >= {"Red Cross"}
    assert "China" not in names.get("Bank of China", set())


def test_a_body_named_without_its_kind_word_joins_it() -> None:
    # "the Vark Front" in one outlet, "Vark" in another: one body
    a = Extraction("a", (), (_m("a", "Vark Front", 0, EntityType.ORGANIZATION),), ())
    b = Extraction("b", (), (_m("b", "Vark", 0, EntityType.ORGANIZATION),), ())
    names = {e.name: set(e.aliases) for e in resolve([a, b]).entities}
    assert names == {"Vark Front": {"Vark", "Vark Front"}}
    # beside "the Vark Army" too, "Vark" is neither's
    a = Extraction("a", (), (_m("a", "Vark Front", 0, EntityType.ORGANIZATION),
                             _m("a", "Vark Army", 30, EntityType.ORGANIZATION)), ())
    names = {e.name: set(e.aliases) for e in resolve([a, b]).entities}
    assert set(names) == {"Vark Front", "Vark Army", "Vark"}


def _spelled(*pairs: tuple[str, tuple[str, ...]]) -> tuple[Spelling, ...]:
    return tuple(Spelling(text, docs) for text, docs in pairs)


def test_every_merged_person_spelled_differently_by_outlets_is_a_conflict() -> None:
    c = spelling_conflict("p", "Konstantin Yaroshenko", EntityType.PERSON, _spelled(
        ("Konstantin Yaroshenko", ("a",)), ("Yaroshenko", ("a",)), ("Iaroshenko", ("b",))))
    assert c is not None and c.field == "name" and c.subject == "p"
    assert {(v.value, v.documents) for v in c.values} == {
        ("Konstantin Yaroshenko", ("a",)), ("Iaroshenko", ("b",))}
    assert c.about == ("spelling of Konstantin Yaroshenko "
                       "(the canonical name: most documents, then the longest full form)")


def test_a_left_out_name_an_accent_or_a_nickname_is_no_spelling_conflict() -> None:
    for spellings in (
            _spelled(("Recep Tayyip Erdogan", ("a",)), ("Recep Erdogan", ("b",))),
            _spelled(("Alyaksandr Lukashénka", ("a",)), ("Alyaksandr Lukashenka", ("b",))),
            _spelled(("Nosratollah Khosravi-Roodsari", ("a",)),
                     ("Nosratollah Khosravi Roodsari", ("b",))),
            _spelled(("Joseph Reed", ("a",)), ("Joey", ("b",)), ("Reed", ("b",))),
            _spelled(("Majed al-Ansari", ("a",)), ("al-Ansari", ("b",)))):
        assert spelling_conflict("p", "x", EntityType.PERSON, spellings) is None, spellings


def test_spelling_values_hold_every_document_most_documents_first() -> None:
    split = _spelled(("Victor Bout", ("a",)), ("Viktor Bout", ("b", "c")), ("Bout", ("a",)))
    c = spelling_conflict("p", "Viktor Bout", EntityType.PERSON, split)
    assert c is not None
    assert [(v.value, v.documents) for v in c.values] == [
        ("Viktor Bout", ("b", "c")), ("Victor Bout", ("a",))]
    # one article spelling the name two ways disagrees with itself
    both = _spelled(("Victor Bout", ("a",)), ("Viktor Bout", ("a",)))
    assert spelling_conflict("p", "Viktor Bout", EntityType.PERSON, both) is not None


def test_organisation_spelled_differently_is_a_conflict_short_forms_are_not() -> None:
    c = spelling_conflict("o", "Belaruskali", EntityType.ORGANIZATION, _spelled(
        ("Belaruskali", ("a", "b")), ("Belaruskaliy OAO", ("c",)), ("Belaruskali JSC", ("b",))))
    assert c is not None
    assert {(v.value, v.documents) for v in c.values} == {
        ("Belaruskali", ("a", "b")), ("Belaruskaliy OAO", ("c",))}
    for spellings in (
            _spelled(("International Committee of the Red Cross", ("a",)), ("Red Cross", ("b",))),
            _spelled(("Belavia", ("a",)), ("the state airline", ("a",)),
                     ("national carrier", ("b",))),
            _spelled(("US Treasury", ("a",)), ("Treasury", ("b",))),
            _spelled(("State Department", ("a",)), ("Department of State", ("b",)))):
        assert spelling_conflict("o", "x", EntityType.ORGANIZATION, spellings) is None, spellings
    assert spelling_conflict("c", "Belarus", EntityType.COUNTRY, _spelled(
        ("Belarus", ("a",)), ("Byelorussia", ("b",)))) is None


def test_resolved_organisation_carries_its_spelling_conflict() -> None:
    docs = [Extraction(d, (), (_m(d, text, 0, EntityType.ORGANIZATION),), ())
            for d, text in (("a", "Belaruskali"), ("b", "Belaruskali"), ("c", "Belaruskaliy"))]
    (ent,) = resolve(docs).entities
    assert ent.name == "Belaruskali"
    (c,) = ent.conflicts
    assert {(v.value, v.documents) for v in c.values} == {
        ("Belaruskali", ("a", "b")), ("Belaruskaliy", ("c",))}


def _listed(doc: str, *names: str, sep: str = ", ") -> Extraction:
    mentions, pos = [], 100
    for text in names:
        mentions.append(_m(doc, text, pos))
        pos += len(text) + len(sep)
    return Extraction(doc, (), tuple(mentions), ())


def test_two_outlets_listing_people_with_several_spellings_give_one_list_conflict() -> None:
    a = _listed("a", "Pavel Sedov", "Yuri Sidorenko", "Ivan Petrenko", "Dmitri Orlov")
    b = _listed("b", "Pavel Sedov", "Yury Sydorenko", "Ivan Petrenko", "Dmitry Orlov")
    res = resolve([a, b])
    (c,) = listed_spelling_conflicts([a, b], res)
    assert c.field == "names"
    assert [(v.value, v.documents) for v in c.values] == [
        ("Yuri Sidorenko / Dmitri Orlov", ("a",)), ("Yury Sydorenko / Dmitry Orlov", ("b",))]
    assert c.about and c.about.startswith("spellings of 2 people listed together")
    # the list view comes on top of each person's own conflict
    assert sum(1 for e in res.entities if e.conflicts) == 2


def test_names_far_apart_or_one_disputed_name_make_no_list_conflict() -> None:
    a = _listed("a", "Pavel Sedov", "Yuri Sidorenko", "Ivan Petrenko", "Dmitri Orlov")
    apart = _listed("b", "Pavel Sedov", "Yury Sydorenko", "Ivan Petrenko", "Dmitry Orlov",
                    sep=" was freed on Friday, said ")
    assert listed_spelling_conflicts([a, apart], resolve([a, apart])) == []
    one = _listed("b", "Pavel Sedov", "Yury Sydorenko", "Ivan Petrenko", "Dmitri Orlov")
    assert listed_spelling_conflicts([a, one], resolve([a, one])) == []


def test_a_cover_name_an_article_gives_a_true_name_for_is_that_person() -> None:
    cover = NameMention("a", "Peter Hollis", EntityType.PERSON, 0, 12, alias_of="Oleg Marinov")
    a = Extraction("a", (), (cover, _m("a", "Oleg Marinov", 30), _m("a", "Jane Hollis", 60)),
                   ())
    b = Extraction("b", (), (_m("b", "Peter Hollis", 0), _m("b", "Peter Hollis", 40)), ())
    res = resolve([a, b])
    people = {e.name: e for e in res.entities if e.type == EntityType.PERSON}
    assert set(people) == {"Oleg Marinov", "Jane Hollis"}  # the true name, though rarer
    marinov = people["Oleg Marinov"]
    assert set(marinov.aliases) == {"Peter Hollis", "Oleg Marinov"}
    assert marinov.conflicts == ()  # a cover name is no spelling of the true one
    assert res.canonical("b", "Peter Hollis") == "Oleg Marinov"
    (said,) = [d for d in res.decisions if d.left == "Peter Hollis"]
    assert said.same and said.right == "Oleg Marinov" and "article a" in said.reasons[0]


def test_latin_text_is_latinized_a_character_at_a_time_as_rigour_does_it_whole() -> None:
    texts = ["„Müller“ – «Wałęsa’s»", "Lech Wałęsa", "Ærø Ål", "Straße ẞ", "Ĳsselmeer ĳs",
             "Ǆemal ǅ ǆ", "paraŀlel", "Lars Løkke Rasmussen", "Əhməd Əliyev", "ALAĸSANDRAVIC",
             "Łódź Đakovo", "Þór", "Œuvre", "İstanbul ı", "Müller  Lüdenscheidt", "Ljubljana Ǉ",
             "José  María"]
    assert [latin(t) for t in texts] == [ascii_text(t).lower() for t in texts]


def _people(*docs: tuple[str, ...]) -> list[Extraction]:
    """One article per tuple of person names (invented)."""
    out = []
    for k, names in enumerate(docs):
        doc = f"doc{k:02d}"
        mentions, at = [], 0
        for name in names:
            mentions.append(NameMention(doc, name, EntityType.PERSON, at, at + len(name)))
            at += len(name) + 40
        out.append(Extraction(doc, (), tuple(mentions), ()))
    return out


def _entity_of(entities: list[Entity], text: str) -> str:
    return next(e.name for e in entities if text in e.aliases)


def test_a_lone_name_joins_the_one_person_it_can_be() -> None:
    res = resolve(_people(("Tesker",), ("Olek Tesker",), ("Olek Tesker", "Mira Dovan")))
    assert _entity_of(res.entities, "Tesker") == "Olek Tesker"


def test_a_lone_name_joins_the_person_named_far_more_often() -> None:
    """Ilse Varn in four articles, Piet Varn in one: a bare "Varn" is hers."""
    res = resolve(_people(("Varn",), *[("Ilse Varn",)] * 4, ("Piet Varn",)))
    assert _entity_of(res.entities, "Varn") == "Ilse Varn"
    assert _entity_of(res.entities, "Piet Varn") == "Piet Varn"


def test_a_lone_name_two_people_share_alike_stays_apart() -> None:
    res = resolve(_people(("Varn",), *[("Ilse Varn",)] * 2, *[("Piet Varn",)] * 2))
    assert _entity_of(res.entities, "Varn") == "Varn"
    assert not any("Varn" in (d.left, d.right) for d in res.decisions)


def test_a_word_that_ends_many_full_names_joins_none() -> None:
    """A word the tagger took for a lone name that ends the full names of many people."""
    res = resolve(_people(("Morrow",), *[(f"{g} Morrow",) for g in
                                        ("Ada", "Bela", "Cyr", "Dag", "Eli", "Fen", "Gus",
                                         "Hal", "Ivo", "Jon")]))
    assert _entity_of(res.entities, "Morrow") == "Morrow"


def test_a_lone_surname_keeps_its_owner_away_from_a_namesake_named_later() -> None:
    # "Kask" meant Mart Kask before a letter from "Liisa Kask" came into the story; a
    # paragraph or more after her, the lone name is still his
    ex = Extraction("a", (), (_m("a", "Mart Kask", 0), _m("a", "Kask", 100),
                              _m("a", "Liisa Kask", 300), _m("a", "Kask", 900)), ())
    res = resolve([ex])
    liisa = next(e for e in res.entities if e.name == "Liisa Kask")
    assert res.canonical("a", "Kask") == "Mart Kask"
    assert liisa.aliases == ("Liisa Kask",)
    # right after her, the lone name is hers (no one had it before)
    ex = Extraction("a", (), (_m("a", "Mart Kask", 0), _m("a", "Liisa Kask", 300),
                              _m("a", "Kask", 900)), ())
    assert resolve([ex]).canonical("a", "Kask") == "Liisa Kask"
