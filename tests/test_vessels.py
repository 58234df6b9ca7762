"""A ship's name, and the name before "crew", are no person's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dealwatch.extract.names import find_names
from dealwatch.model import EntityType


@pytest.mark.parametrize("text, name", [
    ("The Kestrel crew signed a letter to Ann Berg.", "Kestrel"),
    ("The 82 surviving crewmen of the USS Kestrel crossed into Chile tonight.", "USS Kestrel"),
])
def test_a_ship_or_its_crew_is_named_as_a_body(nlp: Language, text: str, name: str) -> None:
    found = {m.text: m.type for m in find_names(nlp(text), "doc").mentions}
    assert found[name] == EntityType.ORGANIZATION
    assert found.get("Ann Berg", EntityType.PERSON) == EntityType.PERSON
