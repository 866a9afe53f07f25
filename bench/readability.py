"""Readability of the Spanish pages (Fernández-Huerta, Szigriszt-Pazos/INFLESZ) and of their
English counterparts (Flesch reading ease), from the Markdown sources.

Formulas, each checked against the source named:

- Flesch reading ease (Flesch, 1948): 206.835 - 1.015 * words/sentences - 84.6 * syllables/words.
  Checked: Yoast/YoastSEO.js issue #267 (which cites Flesch 1948) and the LINGUIST List message
  below; the same constants are in the npm package `flesch` (words/flesch).
- Fernández-Huerta (1959): L = 206.84 - 0.60 * P - 1.02 * F, P = syllables per 100 words.
  It is often published with F = sentences per 100 words. Gwillim Law (LINGUIST List 22.2332,
  "Error in the Fernandez Huerta Readability Formula", 2011) showed that form cannot be right:
  more sentences per 100 words (shorter sentences) would lower the score. The corrected form,
  F = words per sentence, is the one given by legible.es ("Lecturabilidad de Fernández Huerta",
  citing Law) and by the Yoast issue above ("206.84 - 1.02 (total words/total sentences) -
  0.60 (syllables in 100 words)"). Both forms are computed; `huerta` is the corrected one.
- Szigriszt-Pazos perspicuity (1993): P = 206.835 - 62.3 * syllables/words - words/sentences.
  INFLESZ (Barrio-Cantalejo, 2008) is the same number read on a new scale: 0-40 very hard,
  40-55 fairly hard, 55-65 normal, 65-80 fairly easy, 80-100 very easy. Checked: legible.es,
  "Índice de perspicuidad de Szigriszt-Pazos" and "Escala INFLESZ".

What is measured: the prose a reader reads. Front matter, macro calls, fenced and inline code,
tables, HTML tags and link addresses are left out (a link's text stays). Every heading, list
item and paragraph ends a sentence even without a full stop. Only words with letters count;
figures such as "13" are left out in both languages alike.

Usage: python bench/readability.py [docs]   (prints one row per Spanish page)
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

STRONG = set("aeoáéó")
WEAK = set("iuü")
ACCENTED_WEAK = set("íú")
SPANISH_VOWELS = STRONG | WEAK | ACCENTED_WEAK

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
MACRO = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
ATTR_LIST = re.compile(r"\{[:#.][^}]*\}|\{\s*[.#][^}]*\}")
INLINE_CODE = re.compile(r"`[^`]*`")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
TAG = re.compile(r"<[^>]+>")
SENTENCE_END = re.compile(r"[.!?…]+(?=[\s\"”»)]|$)")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True)
class Counts:
    words: int
    sentences: int
    syllables: int

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words


def fernandez_huerta(c: Counts) -> float:
    """Corrected form: P = syllables per 100 words, F = words per sentence."""
    return 206.84 - 0.60 * 100 * c.syllables_per_word - 1.02 * c.words_per_sentence


def fernandez_huerta_as_often_published(c: Counts) -> float:
    """The widespread form with F = sentences per 100 words (see the module docstring)."""
    return 206.84 - 0.60 * 100 * c.syllables_per_word - 1.02 * 100 * c.sentences / c.words


def szigriszt_pazos(c: Counts) -> float:
    """Perspicuity; INFLESZ reads the same value on its own scale (`inflesz_band`)."""
    return 206.835 - 62.3 * c.syllables_per_word - c.words_per_sentence


def flesch(c: Counts) -> float:
    return 206.835 - 1.015 * c.words_per_sentence - 84.6 * c.syllables_per_word


def inflesz_band(score: float) -> str:
    for limit, band in ((40, "muy difícil"), (55, "algo difícil"), (65, "normal"), (80, "bastante fácil")):
        if score < limit:
            return band
    return "muy fácil"


def _is_hiatus(first: str, second: str) -> bool:
    """Two vowels side by side fall in different syllables: both strong, an accented i/u, or
    the same weak vowel twice (chiita). Any other pair is a diphthong."""
    if first in ACCENTED_WEAK or second in ACCENTED_WEAK:
        return True
    if first in STRONG and second in STRONG:
        return True
    return first in WEAK and first == second


def _spanish_letters(word: str) -> str:
    """The word's letters with the silent u of que/qui/gue/gui taken out, and y marked as a
    vowel (written i) where it is one: alone, or at the end after a vowel (hoy, muy, Uruguay)."""
    w = word.lower()
    w = re.sub(r"(?<=[qg])u(?=[eiéí])", "", w)
    if w == "y":
        return "i"
    return re.sub(r"(?<=[aeiouáéíóúü])y$", "i", w)


def spanish_syllables(word: str) -> int:
    """Syllables of one Spanish word: one per vowel group, plus one per hiatus inside it."""
    letters = _spanish_letters(word)
    count = 0
    previous = ""
    for ch in letters:
        if ch in SPANISH_VOWELS:
            if not previous or _is_hiatus(previous, ch):
                count += 1
            previous = ch
        else:
            previous = ""
    return max(count, 1)


def english_syllables(word: str) -> int:
    """An estimate for English: vowel groups, less a silent final e and a silent -ed."""
    w = unicodedata.normalize("NFKD", word.lower())
    w = re.sub(r"[^a-z]", "", w)
    if not w:
        return 1
    count = len(re.findall(r"[aeiouy]+", w))
    silent_ending = (
        (w.endswith("e") and not w.endswith(("le", "ee", "ye")))
        or (w.endswith("ed") and not w.endswith(("ted", "ded")))
        or (w.endswith("es") and not re.search(r"(s|x|z|ch|sh|c|g)es$", w))
    )
    return max(count - (silent_ending and count > 1), 1)


def prose_blocks(markdown: str) -> list[str]:
    """The text a reader reads, as blocks (heading, list item, paragraph) that each end a sentence."""
    text = FRONT_MATTER.sub("", markdown)
    text = FENCE.sub("\n", text)
    text = MACRO.sub(" ", text)
    blocks: list[str] = []
    current: list[str] = []

    def close() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("|") or line.startswith("!!!"):
            close()
            continue
        starts_block = re.match(r"(#{1,6}\s|[-*+]\s|\d+\.\s)", line)
        if starts_block:
            close()
            line = line[starts_block.end() :]
        current.append(line)
        if raw.lstrip().startswith("#"):
            close()
    close()
    cleaned = []
    for block in blocks:
        block = ATTR_LIST.sub(" ", block)
        block = INLINE_CODE.sub(" ", block)
        block = LINK.sub(r"\1", block)
        block = " ".join(TAG.sub(" ", block).split())
        if WORD.search(block):
            cleaned.append(block)
    return cleaned


def count(markdown: str, language: str) -> Counts:
    syllables_of = spanish_syllables if language == "es" else english_syllables
    words = sentences = syllables = 0
    for block in prose_blocks(markdown):
        for sentence in SENTENCE_END.split(block):
            found = WORD.findall(sentence)
            if not found:
                continue
            sentences += 1
            words += len(found)
            syllables += sum(syllables_of(w) for w in found)
    return Counts(words, sentences, syllables)


MIN_WORDS = 20  # below this a page is a heading over macro output: no figure would mean anything
DEFINITION = re.compile(r'^\s+definition:\s*"((?:[^"\\]|\\.)*)"', re.M)


def glossary_text(path: Path) -> str:
    """The glossary's definitions (read without a YAML parser: stdlib only), one paragraph each."""
    found = DEFINITION.findall(path.read_text(encoding="utf-8"))
    return "\n\n".join(d.replace('\\"', '"') for d in found)


def _row(name: str, es: Counts, en: Counts | None) -> str:
    row = (
        f"{name:38} {es.words:6} {es.words_per_sentence:6.1f} {es.syllables_per_word:5.2f} "
        f"{fernandez_huerta(es):8.1f} {fernandez_huerta_as_often_published(es):10.1f} "
        f"{szigriszt_pazos(es):7.1f} {inflesz_band(szigriszt_pazos(es)):15}"
    )
    if en is not None:
        row += f" | {en.words:8} {en.words_per_sentence:6.1f} {flesch(en):6.1f}"
    return row


def report(docs: Path) -> str:
    head = (
        f"{'page':38} {'words':>6} {'w/sent':>6} {'syl/w':>5} {'F-Huerta':>8} {'(as publ.)':>10} "
        f"{'INFLESZ':>7} {'band':15} | {'EN words':>8} {'w/sent':>6} {'Flesch':>6}"
    )
    rows = [head, "-" * len(head)]
    for page in sorted(docs.rglob("*.es.md")):
        es = count(page.read_text(encoding="utf-8"), "es")
        english = page.with_name(page.name.removesuffix(".es.md") + ".md")
        name = page.relative_to(docs).as_posix()
        if es.words < MIN_WORDS:
            rows.append(f"{name:38} {es.words:6} (hardly any prose: the page is made by macros)")
            continue
        en = count(english.read_text(encoding="utf-8"), "en") if english.exists() else None
        rows.append(_row(name, es, en))
    spanish_glossary, glossary = docs / "data" / "es" / "glossary.yml", docs / "data" / "glossary.yml"
    if spanish_glossary.exists():
        es = count(glossary_text(spanish_glossary), "es")
        en = count(glossary_text(glossary), "en") if glossary.exists() else None
        rows.append(_row("data/es/glossary.yml (definitions)", es, en))
    return "\n".join(rows)


if __name__ == "__main__":
    print(report(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
