"""The form HTML follows the DOM contract and is accessible before any script runs."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from worksheets import all_worksheets, get
from worksheets.render import render_form


class Tree(HTMLParser):
    """Collect start tags with their attributes, and the text, of a rendered form."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data) -> None:
        self.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def parse(html: str) -> Tree:
    tree = Tree()
    tree.feed(html)
    return tree


@pytest.mark.parametrize("sheet", all_worksheets(), ids=lambda s: s.id)
def test_dom_contract(sheet) -> None:
    tree = parse(render_form(sheet))
    form = tree.find("form")[0]
    assert form["class"] == "worksheet"
    assert form["data-worksheet"] == sheet.id
    assert form["data-version"] == str(sheet.version)
    assert form["id"] == f"worksheet-{sheet.id}"
    assert tree.find("button", type="submit")
    region = next(a for _, a in tree.tags if "data-worksheet-result" in a)
    assert region["aria-live"] == "polite"
    names = {a["name"] for t, a in tree.tags if t in ("input", "textarea", "select")}
    assert names == {f.id for f in sheet.fields}


@pytest.mark.parametrize("sheet", all_worksheets(), ids=lambda s: s.id)
def test_every_control_has_a_label(sheet) -> None:
    tree = parse(render_form(sheet))
    label_targets = {a.get("for") for _, a in tree.tags if _ == "label"}
    for tag, attrs in tree.tags:
        if tag in ("input", "textarea", "select") and attrs.get("type") != "hidden":
            assert attrs["id"] in label_targets, f"{attrs['name']} has no label"


def test_scale_statements_are_fieldsets_with_legends() -> None:
    html = render_form(get("checkin"))
    assert html.count('<fieldset class="field field--scale"') == 12
    assert "<legend>I can tell my partner about my fears and worries.</legend>" in html
    assert html.count('name="communication_calm"') == 5


def test_picture_has_a_text_alternative_for_every_choice() -> None:
    tree = parse(render_form(get("checkin")))
    radios = tree.find("input", name="closeness_picture")
    assert [r["value"] for r in radios] == [str(n) for n in range(1, 8)]
    assert all(s["aria-hidden"] == "true" for s in tree.find("svg"))
    text = "".join(tree.text)
    assert "1 The circles are apart" in text and "7 Almost one circle" in text


def test_text_is_escaped() -> None:
    from worksheets.fields import ShortText
    from worksheets.result import Result
    from worksheets.sheet import Section, Worksheet

    sheet = Worksheet(
        id="x",
        version=1,
        title="<script>t</script>",
        chapter="c",
        introduction='"quoted" & <b>',
        evaluate=lambda a: Result(summary=""),
        sections=(Section("<i>s</i>", (ShortText(id="a", label="<img>", help="&", placeholder='"'),)),),
    )
    html = render_form(sheet)
    assert "<script>" not in html and "<img>" not in html and "<i>" not in html
    assert "&lt;script&gt;t&lt;/script&gt;" in html
    assert 'placeholder="&quot;"' in html


def test_option_ids_never_clash_with_help_or_error_ids() -> None:
    from worksheets.fields import Choice, Option
    from worksheets.result import Result
    from worksheets.sheet import Section, Worksheet

    sheet = Worksheet(
        id="x",
        version=1,
        title="T",
        chapter="c",
        introduction="",
        evaluate=lambda a: Result(summary=""),
        sections=(
            Section(
                "",
                (
                    Choice(
                        id="a",
                        label="A",
                        help="h",
                        options=(Option("help", "Help"), Option("error", "Error")),
                    ),
                ),
            ),
        ),
    )
    tree = parse(render_form(sheet))
    ids = [attrs["id"] for _, attrs in tree.tags if "id" in attrs]
    assert len(ids) == len(set(ids))
