"""Search finds entries in every language Harbour speaks and never chokes on what is typed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import diary
from core.diary.records import EntryRecord, Message, Note, Person
from core.diary.search import safe_query
from core.vault.migrations import Connection


@pytest.fixture
def texts(conn: Connection, case_id: int) -> dict[str, int]:
    entries: dict[str, EntryRecord] = {
        "en": Note(text="He said he would send the photos to my family tonight."),
        "es": Message(content="Me amenazó con publicar el vídeo; presenté una denuncia. Acción."),
        "pt": Note(text="Ele exigiu pagamento em criptomoeda; não paguei. Informação guardada."),
        "cy": Note(text="Dywedodd y byddai'n anfon y lluniau at fy ŵyr a'r dŷ cyfan."),
        "phone": Person(username="x", phone="612 34 56 78"),
    }
    return {key: diary.add(conn, case_id, record).id or 0 for key, record in entries.items()}


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("photos family", "en"),
        ("PHOTO", "en"),
        ("accion", "es"),
        ("acción", "es"),
        ("video denuncia", "es"),
        ("amenazo", "es"),
        ("informacao", "pt"),
        ("nao paguei", "pt"),
        ("criptomo", "pt"),
        ("wyr", "cy"),
        ("ŵyr", "cy"),
        ("dy cyfan", "cy"),
        ("612 34 56", "phone"),
        ("+34612345678", "phone"),
    ],
)
def test_finds_entries_in_each_language(
    conn: Connection, case_id: int, texts: dict[str, int], query: str, key: str
) -> None:
    hits = diary.search(conn, case_id, query)
    assert [h.entry_id for h in hits] == [texts[key]]
    assert hits[0].snippet.matches


def test_snippets_are_plain_text_with_match_ranges(
    conn: Connection, case_id: int, texts: dict[str, int]
) -> None:
    diary.add(conn, case_id, Note(text="<b>bold</b> \ue000odd\ue001 markers and <script>"))
    (hit,) = diary.search(conn, case_id, "markers")
    assert hit.snippet.text == "<b>bold</b> \ue000odd\ue001 markers and <script>"
    assert [hit.snippet.text[a:b] for a, b in hit.snippet.matches] == ["markers"]
    (hit,) = diary.search(conn, case_id, "accion")
    assert [hit.snippet.text[a:b] for a, b in hit.snippet.matches] == ["Acción"]
    (hit,) = diary.search(conn, case_id, "ŴYR cyfan")
    assert hit.snippet.text.startswith("…")
    assert [hit.snippet.text[a:b] for a, b in hit.snippet.matches] == ["ŵyr", "cyfan"]
    long_text = " ".join(f"word{n}" for n in range(40)) + "\nneedle " + "tail " * 40
    diary.add(conn, case_id, Note(text=long_text))
    (hit,) = diary.search(conn, case_id, "needle")
    assert hit.snippet.text.startswith("…") and hit.snippet.text.endswith("…")
    assert "\n" not in hit.snippet.text and len(hit.snippet.text) < 120
    assert [hit.snippet.text[a:b] for a, b in hit.snippet.matches] == ["needle"]


def test_only_the_cases_live_entries_are_found(
    conn: Connection, case_id: int, texts: dict[str, int]
) -> None:
    other = diary.add_case(conn, diary.records.Case(title="other"))
    diary.add(conn, other.id or 0, Note(text="photos elsewhere"))
    assert len(diary.search(conn, case_id, "photos")) == 1
    diary.delete_entry(conn, texts["en"])
    assert diary.search(conn, case_id, "photos") == []
    diary.undo_delete(conn, texts["en"])
    assert len(diary.search(conn, case_id, "photos")) == 1


def test_edits_are_reindexed(conn: Connection, case_id: int) -> None:
    note = diary.add(conn, case_id, Note(text="first words"))
    note.text = "second thoughts"
    diary.update(conn, note)
    assert diary.search(conn, case_id, "first") == []
    assert len(diary.search(conn, case_id, "thoughts")) == 1


@pytest.mark.parametrize(
    "query",
    ['"', '"photos', "photos*", "NEAR(a b)", "a:b", "-photos", "photos AND", "(", "*", "^x", ""],
)
def test_hostile_queries_turn_into_terms(
    conn: Connection, case_id: int, texts: dict[str, int], query: str
) -> None:
    diary.search(conn, case_id, query)
    assert safe_query(query) is None or safe_query(query).startswith('"')  # type: ignore[union-attr]


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=60))
def test_no_typed_query_ever_raises(conn: Connection, case_id: int, query: str) -> None:
    diary.search(conn, case_id, query, limit=5)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=12))
def test_any_stored_word_is_found(conn: Connection, case_id: int, word: str) -> None:
    note = diary.add(conn, case_id, Note(text=f"zz {word} zz"))
    assert note.id in [h.entry_id for h in diary.search(conn, case_id, word, limit=500)]
