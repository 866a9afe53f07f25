"""The readability benchmark: a Spanish syllable counter that knows diphthongs and hiatus, and
the three formulas on counts worked out by hand."""

from __future__ import annotations

import pytest

from bench.readability import (
    Counts,
    count,
    english_syllables,
    fernandez_huerta,
    fernandez_huerta_as_often_published,
    flesch,
    glossary_text,
    inflesz_band,
    prose_blocks,
    spanish_syllables,
    szigriszt_pazos,
)

# Word, syllables, and the split that shows why (RAE's rules for diphthong and hiatus).
SPANISH = [
    ("casa", 2),  # ca-sa
    ("sol", 1),
    ("él", 1),
    ("agua", 2),  # a-gua: weak + strong is a diphthong
    ("cielo", 2),  # cie-lo
    ("ciudad", 2),  # ciu-dad: two different weak vowels are a diphthong
    ("cuidado", 3),  # cui-da-do
    ("poeta", 3),  # po-e-ta: two strong vowels are a hiatus
    ("teatro", 3),  # te-a-tro
    ("aéreo", 4),  # a-é-re-o
    ("océano", 4),  # o-cé-a-no
    ("país", 2),  # pa-ís: an accented weak vowel breaks the diphthong
    ("día", 2),  # dí-a
    ("reír", 2),  # re-ír
    ("oído", 3),  # o-í-do
    ("leído", 3),  # le-í-do
    ("ahí", 2),  # a-hí
    ("murciélago", 4),  # mur-cié-la-go: the accent on the strong vowel keeps the diphthong
    ("queso", 2),  # que-so: the u of que is silent
    ("guitarra", 3),  # gui-ta-rra
    ("pingüino", 3),  # pin-güi-no: ü is said, and forms a diphthong
    ("huevo", 2),  # hue-vo
    ("buey", 1),  # triphthong
    ("Uruguay", 3),  # U-ru-guay
    ("averiguáis", 4),  # a-ve-ri-guáis
    ("hoy", 1),  # final y is a vowel
    ("muy", 1),
    ("y", 1),
    ("yo", 1),  # y before a vowel is a consonant
    ("conversación", 4),  # con-ver-sa-ción
    ("vulnerabilidad", 6),  # vul-ne-ra-bi-li-dad
    ("chiita", 3),  # chi-i-ta: the same weak vowel twice is a hiatus
]


@pytest.mark.parametrize(("word", "syllables"), SPANISH)
def test_spanish_syllables(word: str, syllables: int) -> None:
    assert spanish_syllables(word) == syllables


@pytest.mark.parametrize(("word", "syllables"), [("cat", 1), ("table", 2), ("worksheet", 2), ("listened", 2)])
def test_english_syllables_estimate(word: str, syllables: int) -> None:
    assert english_syllables(word) == syllables


def test_formulas_on_counts_worked_by_hand() -> None:
    """100 words, 10 sentences, 200 syllables: 2 syllables a word, 10 words a sentence."""
    c = Counts(words=100, sentences=10, syllables=200)
    assert fernandez_huerta(c) == pytest.approx(206.84 - 0.60 * 200 - 1.02 * 10)
    assert fernandez_huerta_as_often_published(c) == pytest.approx(206.84 - 0.60 * 200 - 1.02 * 10)
    assert szigriszt_pazos(c) == pytest.approx(206.835 - 62.3 * 2 - 10)
    assert flesch(c) == pytest.approx(206.835 - 1.015 * 10 - 84.6 * 2)


def test_shorter_sentences_read_easier_only_in_the_corrected_huerta() -> None:
    long, short = Counts(100, 5, 200), Counts(100, 20, 200)
    assert fernandez_huerta(short) > fernandez_huerta(long)
    assert fernandez_huerta_as_often_published(short) < fernandez_huerta_as_often_published(long)


def test_inflesz_bands() -> None:
    assert [inflesz_band(s) for s in (30, 50, 60, 70, 90)] == [
        "muy difícil",
        "algo difícil",
        "normal",
        "bastante fácil",
        "muy fácil",
    ]


def test_only_the_prose_a_reader_reads_is_counted() -> None:
    page = (
        "---\ntitle: Título largo\n---\n\n# Hola { #hello }\n\n"
        'Lee [el capítulo](chapters/x.md#una-ancla) hoy {{ cite("doss2016") }}.\n\n'
        '| tabla | fuera |\n|---|---|\n\n```json\n{"note": "fuera"}\n```\n\n'
        "- Una `cosa` <strong>más</strong>\n"
    )
    assert prose_blocks(page) == ["Hola", "Lee el capítulo hoy .", "Una más"]
    c = count(page, "es")
    # Hola | Lee el capítulo hoy | Una más: 3 sentences, 7 words; 2+2+1+4+1+2+1 = 13 syllables
    # (lee is le-e: two strong vowels).
    assert (c.sentences, c.words, c.syllables) == (3, 7, 13)


def test_glossary_definitions_are_read_with_their_quotes(tmp_path) -> None:
    data = tmp_path / "glossary.yml"
    data.write_text(
        'a:\n  term: "T"\n  definition: "Dice \\"hola\\". Luego calla."\nb:\n  definition: "Otra."\n',
        encoding="utf-8",
    )
    assert glossary_text(data) == 'Dice "hola". Luego calla.\n\nOtra.'
    assert count(glossary_text(data), "es").sentences == 3
