"""Worksheets in Spanish: the language is chosen per call, answers (option ids) read in either,
the Spanish lexicon reads Spanish messages, and every worksheet string has a translation."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from macros.worksheet_catalog import compile_mo, problems
from worksheets import Worksheet, all_worksheets, get
from worksheets.browser import compare_json, evaluate_json, migrate_json
from worksheets.i18n import active_language, language
from worksheets.lexicon import get as lexicon
from worksheets.library.good_news import CUES
from worksheets.render import render_form
from worksheets.text import scan
from worksheets.text.listening import REPLY
from worksheets.text.message import MESSAGE

from .text.corpus_en import Case
from .text.corpus_es import CORPUS
from .text.corpus_es import MESSAGE as SPANISH

TABLES = {"message": MESSAGE, "reply": REPLY, "good-news": CUES}


@pytest.fixture(scope="module", autouse=True)
def spanish_catalog() -> None:
    """The compiled catalog the wheel ships (the build makes it; tests make their own)."""
    compile_mo("es")


def reply(worksheet: str, answers: dict[str, object], lang: str) -> dict[str, object]:
    result: dict[str, object] = json.loads(evaluate_json(worksheet, json.dumps(answers), lang))
    return result


DRAFT = {
    "situation": "llego a casa y la cena ya terminó",
    "feeling": "lonely",
    "need": "closeness",
    "request": "cenar conmigo el viernes",
    "first_draft": "Tú nunca me escuchas",
}


class TestSpanishFeedback:
    def test_the_i_statement_feedback_on_tu_nunca_me_escuchas_names_the_absolute(self) -> None:
        """The required check: the feedback is Spanish and quotes the absolute “nunca”."""
        result = reply("i-statement", DRAFT, "es")["result"]
        assert isinstance(result, dict)
        notes = next(b for b in result["blocks"] if b["heading"] == "Sobre lo que primero querías decir")
        absolute = [item for item in notes["items"] if "Una palabra de todo o nada" in item]
        assert absolute and "«nunca»" in absolute[0], notes["items"]
        assert any("Una frase que culpa" in item and "«Tú nunca»" in item for item in notes["items"])
        assert result["summary"] == (
            "Cuando llego a casa y la cena ya terminó, me siento solo/a, porque necesito sentirme cerca "
            "de ti. ¿Te parecería bien cenar conmigo el viernes?"
        )

    def test_the_same_draft_in_english_gets_english_feedback(self) -> None:
        result = reply("i-statement", DRAFT, "en")["result"]
        assert isinstance(result, dict)
        assert result["summary"].startswith("When llego a casa")
        assert "Sobre lo que primero querías decir" not in json.dumps(result, ensure_ascii=False)


class TestAnswersDoNotDependOnLanguage:
    def test_one_answer_set_evaluates_in_english_and_in_spanish(self) -> None:
        """Answers hold option ids, so the check-in's example reads in both languages."""
        answers = dict(get("checkin").examples[0])
        english, spanish = reply("checkin", answers, "en"), reply("checkin", answers, "es")
        assert english["ok"] and spanish["ok"]
        assert english["result"]["scores"] == [  # type: ignore[index]
            {**s, "label": e["label"]}
            for s, e in zip(spanish["result"]["scores"], english["result"]["scores"], strict=True)  # type: ignore[index]
        ]
        assert "Responde" not in json.dumps(english)

    def test_problems_are_worded_in_the_page_language(self) -> None:
        spanish = reply("checkin", {}, "es")
        english = reply("checkin", {}, "en")
        assert spanish["problems"][0]["text"] == "Responde esta pregunta, por favor."  # type: ignore[index]
        assert english["problems"][0]["text"] == "Please answer this question."  # type: ignore[index]

    def test_a_language_without_a_catalog_reads_in_english_and_the_call_restores_the_language(self) -> None:
        assert reply("checkin", {}, "xx")["problems"][0]["text"] == "Please answer this question."  # type: ignore[index]
        with language("es"):
            reply("checkin", {}, "en")
            assert active_language() == "es"
        assert active_language() == "en"


@pytest.mark.parametrize("case", CORPUS, ids=lambda case: f"{case.table}: {case.text[:40]}")
def test_each_spanish_sentence_gives_exactly_its_findings(case: Case) -> None:
    found = {f.kind: f.words for f in scan(case.text, TABLES[case.table], lexicon("es"))}
    assert found == case.expected


def test_the_spanish_corpus_is_large_and_covers_every_kind() -> None:
    assert len(SPANISH) >= 40
    assert len({case.text for case in CORPUS}) == len(CORPUS)
    assert {kind for case in SPANISH for kind in case.expected} == {r.kind for r in MESSAGE.rules}


def test_every_worksheet_string_has_a_spanish_translation() -> None:
    """What the build checks: no string without a translation, none fuzzy, same placeholders."""
    missing = problems("es")
    assert not missing, f"{len(missing)} worksheet strings not in Spanish; first: " + "\n".join(missing[:20])


ENGLISH = frozenset(
    {"the", "your", "you", "and", "with", "this", "what", "partner", "feel", "when", "of", "to"}
)


def shown_texts(result: dict[str, Any]) -> list[str]:
    """Every text the page shows from a result (headings, items, links, charts, files)."""
    texts = [result["summary"], result["links_heading"]]
    texts += [link["text"] for link in result["links"]] + [s["label"] for s in result["scores"]]
    texts += [d["label"] for d in result["downloads"]] + [d["filename"] for d in result["downloads"]]
    for block in result["blocks"]:
        texts += [block["heading"], *block["items"]]
    for chart in ([result["chart"]] if result["chart"] else []) + result["more_charts"]:
        texts += [chart["alt"], *re.findall(r">([^<>]+)</text>", chart["svg"])]
    return texts


def english_words(texts: list[str], answers: dict[str, Any]) -> set[str]:
    """English function words in `texts`, leaving out every word the person wrote themselves."""
    own = {w for v in answers.values() if isinstance(v, str) for w in re.findall(r"\w+", v.lower())}
    return {w for t in texts for w in re.findall(r"\w+", t.lower()) if w in ENGLISH and w not in own}


@pytest.mark.parametrize("sheet", all_worksheets(), ids=lambda sheet: sheet.id)
def test_every_result_on_a_spanish_page_reads_in_spanish(sheet: Worksheet) -> None:
    """Each example, alone and (in partner mode) against each other: no English sentence left."""
    for answers in sheet.examples:
        reply = json.loads(evaluate_json(sheet.id, json.dumps(answers), "es"))
        if reply["ok"]:
            assert not english_words(shown_texts(reply["result"]), answers), (
                answers,
                shown_texts(reply["result"]),
            )
        english = json.loads(evaluate_json(sheet.id, json.dumps(answers), "en"))
        if english["ok"]:  # the check itself would fail on English
            assert english_words(shown_texts(english["result"]), {})
        if sheet.compare is not None:
            for theirs in sheet.examples:
                pair = json.loads(compare_json(sheet.id, json.dumps(answers), json.dumps(theirs), "es"))
                if pair["ok"]:
                    assert not english_words(shown_texts(pair["result"]), {**answers, **theirs})


@pytest.mark.parametrize("sheet", all_worksheets(), ids=lambda sheet: sheet.id)
def test_a_form_renders_in_spanish_with_the_same_names_and_values(sheet: Worksheet) -> None:
    """Labels, options and help change language; field names and option values (ids) do not."""
    english, spanish = render_form(sheet), render_form(sheet, lang="es")
    ids = re.compile(r'(?:name|value|data-field|id|for)="[^"]*"')
    assert ids.findall(english) == ids.findall(spanish)
    assert spanish != english
    assert "Borrar respuestas" in spanish and "Clear answers" not in spanish
    text = re.sub(r"<[^>]+>", " ", spanish)
    assert not english_words([text], {}), sheet.id


def test_migrating_takes_the_page_language_and_carries_the_same_answers_in_both() -> None:
    """The page sends its language with every call; answers (ids) migrate the same either way."""
    saved = json.dumps({"communication_calm": 4, "closeness_picture": 3})
    spanish, english = (json.loads(migrate_json("checkin", 1, saved, lang)) for lang in ("es", "en"))
    assert spanish["ok"] and spanish == english
