"""The set-aside rules: captions, credits, tag lines, bylines, datelines, boilerplate."""
from __future__ import annotations

import pytest

from quizgen.ingest.setaside import classify_line, is_tag_line

SET_ASIDE = [
    ("Mike Pompeo, China, Xinjiang, sanctions, human rights", "tags"),
    ("Politics, Economy, Health, Science", "tags"),
    ("This photo taken on June 2, 2019 shows a propaganda painting on a wall. "
     "GREG BAKER/AFP via Getty Images/Getty",
     "caption"),
    ("GREG BAKER/AFP via Getty Images", "credit"),
    ("(AP Photo/Evan Vucci)", "credit"),
    ("A man walks past a mural in Beijing on Monday, June 1, 2020. (AP Photo/Mark Schiefelbein)", "caption"),
    ("In this file photo, a worker inspects a production line.", "caption"),
    ("Photo: Jane Doe/Reuters", "caption"),
    ("By Jane Doe", "byline"),
    ("By JANE DOE and Li Wei, Reuters", "byline"),
    ("By Jane Doe | Staff Writer", "byline"),
    ("BYLINE: Jane Doe.", "byline"),  # a news database's export: the label, and a full stop
    ("Byline: Jane Doe and Li Wei", "byline"),
    ("WASHINGTON (Reuters) -", "dateline"),
    ("LONDON, June 2 (AP) \u2014", "dateline"),
    ("June 2, 2020", "dateline"),
    ("Read more: Council budget fights", "boilerplate"),
    ("Subscribe to our newsletter", "boilerplate"),
    ("Advertisement", "boilerplate"),
    ("ADVERTISEMENT", "boilerplate"),
    ("Tags: China, Xinjiang", "boilerplate"),
    ("Reporting by Jane Doe; Editing by John Smith", "boilerplate"),
    ("Copyright 2024 The Times. All rights reserved.", "boilerplate"),
    ("Sign up for our daily briefing", "boilerplate"),
    ("## A long debate", "heading"),
    ("![A mural](mural.jpg)", "caption"),
    # a video player's error left in a copied page, glued as pages print it
    ("We Are Sorry,This video is restricted from playing in your locationEcode: 17.", "boilerplate"),
    ("We're sorry, but this video is unavailable.", "boilerplate"),
    ("This video is not available in your country", "boilerplate"),
    ("Video unavailable", "boilerplate"),
    ("Error code: 224003", "boilerplate"),
    ("Your browser does not support the video tag.", "boilerplate"),
    # an embedded post left as markup in pasted text, and a section heading that is only a name
    ('<tweet tweet-id="742240914727407616"><tweet/>.', "embed"),
    ("<blockquote class='twitter-tweet'></blockquote>", "embed"),
    ("Hillary Clinton.", "heading"),
    ("Bernie Sanders", "heading"),
    ("Ted Cruz.", "heading"),
]

BODY = [
    "Critics disagree.",
    "He declined to comment.",
    "By Tuesday, the toll had risen to 40.",
    "By Tuesday, officials counted 40 bodies",
    "By then, the damage was done.",
    "Apples, oranges, and pears are on sale.",
    "Newsletter subscribers rose by 20% last year.",
    "Subscribers complained about the price.",
    "Copyright lawyers said the ruling was unclear.",
    "Advertising revenue fell.",
    "Share prices fell sharply on Monday.",
    "The photo shows a man being beaten, according to activists.",
    "A Reuters/Ipsos poll found that 40% support it.",
    "The company was bought by Getty Images.",
    "Red, white and blue",
    "Mosques, cemeteries and other suspect cultural sites have been bulldozed",
    "France, Germany, Italy, Spain and Poland signed the treaty",
    "Pompeo, Hua, Reuters, and the White House did not respond.",
    "Prices rose, wages dropped, unions protested",
    "Hua said China does not seek to challenge or replace the U.S.",
    "Read the report, then decide, she said, because it matters",
    "This video shows the moment the crane fell, police said.",
    "We are sorry for the delay, the minister said.",
    "The code is 17 characters long.",
    "Clinton won.",
    "Sanders Says No.",
    "Not so.",
    "Critics <b>disagree</b> about it.",
    "U.S. Rep. Jane Doe-Smith Agreed.",
]


@pytest.mark.parametrize(("line", "kind"), SET_ASIDE)
def test_set_aside_kinds(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize("line", BODY)
def test_body_lines_stay(line):
    assert classify_line(line) is None


def test_tag_line_needs_three_items():
    assert not is_tag_line("China, Xinjiang")
    assert is_tag_line("China, Xinjiang, Uyghurs")
    assert not is_tag_line("China, Xinjiang, Uyghurs.")
