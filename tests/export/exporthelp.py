"""Helpers for the export tests: a hostile lesson, HTML-to-text, schema paths."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import lxml.html
from factories import plain_article, sample_lesson

SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "schemas"

# Everything that has broken an exporter somewhere: markup and CDATA ends, GIFT's specials,
# a backslash, emoji and right-to-left names (Hebrew, Arabic).
NASTY = 'Tom </mattext> ]]> <script>alert("x")</script> {a} ~b =c #d ::e:: f: back\\slash 🙂 שלום محمد'


def hostile_lesson():
    """The sample lesson with hostile text in the article, stems, options and explanations."""
    lesson = sample_lesson()
    a = lesson.article
    body = "\n\n".join(f"{p.text} {NASTY}" if p.number in (2, 5) else p.text for p in a.paragraphs)
    article = plain_article(f"Title: {NASTY} / part 1\n\n{body}\n")
    items = list(lesson.items)
    mc, tf, ms, match, short, mc2, open_ = items
    items[0] = dataclasses.replace(
        mc, stem=f"{NASTY}\nWho said it?",
        options=("~tilde first", "=equals", "#hash {brace} </text>", "%5 percent [html]"),
        explanation=f"¶2: \"{NASTY}\" ]]>")
    items[1] = dataclasses.replace(tf, stem="Line one // not a comment\n\nLine two: still the stem {}")
    items[2] = dataclasses.replace(
        ms, options=("[html]bracket first", "a -> b", ":: colons ::", "back\\slash\\n"),
        explanation="¶5 & ¶4 <b>bold?</b> #1")
    items[3] = dataclasses.replace(
        match, prompts=("Beijing -> officials", "Critics = {many}", "محمد الأمين"),
        options=(*match.options, "an extra -> distractor"))
    items[4] = dataclasses.replace(short, answer=["amicable", "a*b", "=x#y", "%5"])
    items[6] = dataclasses.replace(
        open_, rubric=tuple(dataclasses.replace(r, description=r.description + " {~=#}")
                            for r in open_.rubric))
    items[5] = dataclasses.replace(mc2, options=("🙂 emoji", "שלום", "- dash", "@at"))
    return dataclasses.replace(lesson, article=article, items=tuple(items),
                               notes=("asked for 7 items; note with a {brace} and \n a newline",))


def html_to_text(fragment: str) -> str:
    """The text an LMS shows for our HTML: <br> is a line break, </p><p> a blank line."""
    fragment = re.sub(r"<br\s*/?>", "\n", fragment)
    fragment = re.sub(r"</p>\s*<p>", "\n\n", fragment)
    if not fragment.strip():
        return ""
    return lxml.html.fragment_fromstring(fragment, create_parent="div").text_content().strip()


def no_live_markup(fragment: str) -> bool:
    """True when the HTML holds no element a browser would run or render as injected markup."""
    if not fragment.strip():
        return True
    tree = lxml.html.fragment_fromstring(fragment, create_parent="div")
    allowed = {"div", "p", "br", "h2", "strong", "em"}
    return all(el.tag in allowed for el in tree.iter())
