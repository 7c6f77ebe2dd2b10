"""Web pages (issue 15): structured data for title, author, outlet and as a check of the body;
boilerplate judged paragraph by paragraph; pages that are not articles told so.

Every page and line here is constructed for the test (none is copied from a real page).
"""
from __future__ import annotations

import json

import pytest
from support.pages import TOWN_BODY

from quizgen.errors import NotEnglishError, TooShortError
from quizgen.ingest import article_from_html
from quizgen.ingest.checks import NotAnArticleError
from quizgen.ingest.meta import clean_title, site_words
from quizgen.ingest.setaside import reason, web_boilerplate

BODY = TOWN_BODY


def page(body_html: str, *, head: str = "", title: str = "Eastbrook votes for a new library | The Eastbrook Courier",
         ld: dict | list | None = None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld is not None else ""
    return (f"<!doctype html><html><head><title>{title}</title>{head}{script}</head><body>"
            f"<header><nav><a href='/'>Home</a></nav></header><article><h1>Eastbrook votes for a new library</h1>"
            f"{body_html}</article><footer>About us</footer></body></html>")


def paras(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


NEWS_LD = {
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Eastbrook votes for a new library",
    "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "Li Wei"}],
    "publisher": {"@type": "Organization", "name": "The Eastbrook Courier"},
    "datePublished": "2024-03-05T10:00:00Z",
}


# --- 1. structured data ---------------------------------------------------------------------

def test_title_author_and_outlet_come_from_the_structured_data():
    head = ('<meta property="og:site_name" content="Courier Online">'
            '<meta name="author" content="Melanie Other">')
    article = article_from_html(page(paras(BODY), head=head, ld=NEWS_LD), url="https://courier.example/news/1")
    assert article.title == "Eastbrook votes for a new library"
    assert article.byline == "Jane Doe, Li Wei"  # the article's authors, not another name on the page
    assert article.source_name == "The Eastbrook Courier"
    assert article.date == "2024-03-05"


def test_a_publisher_is_not_an_author():
    ld = {**NEWS_LD, "author": [{"@type": "Organization", "name": "Deutsche Welle"}],
          "publisher": {"@type": "Organization", "name": "Deutsche Welle"}}
    article = article_from_html(page(paras(BODY), ld=ld))
    assert article.byline is None
    assert article.source_name == "Deutsche Welle"
    ld["author"] = "Conde Nast"
    assert article_from_html(page(paras(BODY), ld=ld)).byline is None


def test_a_wire_agency_may_be_the_byline_but_a_guess_from_the_page_never_replaces_a_declared_author():
    ld = {**NEWS_LD, "author": "Reuters", "publisher": {"@type": "Organization", "name": "Eastbrook Daily"}}
    assert article_from_html(page(paras(BODY), ld=ld)).byline == "Reuters"
    ld = {**NEWS_LD, "author": {"@type": "Organization", "name": "Eastbrook Daily"}}
    head = '<meta name="author" content="Melanie Other">'
    assert article_from_html(page(paras(BODY), head=head, ld=ld)).byline is None
    ld = {**NEWS_LD, "author": "Amy Stone | Courier Media for courier.example"}
    assert article_from_html(page(paras(BODY), ld=ld)).byline == "Amy Stone"


@pytest.mark.parametrize("name", ["U.S.", "Hosted", "World", "News"])
def test_a_section_or_place_is_not_an_outlet(name):
    head = f'<meta property="og:site_name" content="{name}">'
    article = article_from_html(page(paras(BODY), head=head, title="Eastbrook votes for a new library"))
    assert article.source_name is None


@pytest.mark.parametrize(("raw", "url", "names", "clean"), [
    ("Eastbrook votes for a new library | DW | 19.01.2020", "https://www.dw.com/en/x", [],
     "Eastbrook votes for a new library"),
    ("Opinion | Why the library matters", "https://www.example.com/x", [], "Why the library matters"),
    ("Eastbrook votes for a new library - The Eastbrook Courier", None, ["The Eastbrook Courier"],
     "Eastbrook votes for a new library"),
    ("Eastbrook votes for a new library \u2013 Courier", "https://courier.example/a", [],
     "Eastbrook votes for a new library"),
    # a dash or a colon inside the title is kept
    ("Library vote - what it means for Eastbrook", "https://courier.example/a", [],
     "Library vote - what it means for Eastbrook"),
    ("Brexit: what happens next", "https://courier.example/a", [], "Brexit: what happens next"),
])
def test_titles_lose_site_names_dates_and_section_labels(raw, url, names, clean):
    assert clean_title(raw, site_words(url, names)) == clean


def test_title_suffix_is_removed_from_the_page_title_too():
    article = article_from_html(page(paras(BODY), title="Eastbrook votes for a new library | DW | 19.01.2020")
                                .replace("<h1>Eastbrook votes for a new library</h1>", ""),
                                url="https://www.dw.com/en/library/a-1")
    assert article.title == "Eastbrook votes for a new library"


def test_a_javascript_page_with_its_body_only_in_structured_data_becomes_a_lesson():
    declared = "\n".join(BODY)
    ld = {**NEWS_LD, "articleBody": declared}
    shell = page('<div id="app"><p>Photo: the old bus depot in Eastbrook, seen from the river bank.</p></div>', ld=ld)
    article = article_from_html(shell)
    assert [p.text for p in article.paragraphs] == BODY
    assert article.notes and "page's own data" in article.notes[0]


def test_a_declared_body_without_line_breaks_is_split_at_sentences():
    ld = {**NEWS_LD, "articleBody": " ".join(BODY)}
    article = article_from_html(page("<p>Loading\u2026</p>", ld=ld))
    assert " ".join(p.text for p in article.paragraphs) == " ".join(BODY)
    assert len(article.paragraphs) >= 2 and all(p.text.endswith(".") for p in article.paragraphs)
    assert "Paragraph breaks were rebuilt" in article.notes[0]


def test_an_extract_much_shorter_than_the_declared_word_count_is_never_cut_silently():
    ld = {**NEWS_LD, "wordCount": 900}
    article = article_from_html(page(paras(BODY), ld=ld))
    assert len(article.paragraphs) == len(BODY)
    assert article.notes == (
        f"The page says the article has 900 words; Quizgen found {article.word_count} "
        f"({article.word_count / 900:.0%}). Part of the article may be missing: compare with the page, "
        "or paste the whole text.",)


def test_a_word_count_in_a_data_layer_script_counts_too():
    head = '<script>window.digitalData = {"content": {"wordCount":"1461", "section": "ideas"}};</script>'
    article = article_from_html(page(paras(BODY), head=head))
    assert article.notes and "1,461 words" in article.notes[0]


def test_a_whole_extract_gets_no_note():
    ld = {**NEWS_LD, "articleBody": "\n".join(BODY), "wordCount": 190}
    assert article_from_html(page(paras(BODY), ld=ld)).notes == ()


# --- 2. boilerplate, paragraph by paragraph -------------------------------------------------

SET_ASIDE = [
    ("Sign up for our morning newsletter and get the news in your inbox.", "boilerplate"),
    ("Get the day's top headlines delivered to your inbox every morning by subscribing to our newsletter.",
     "newsletter"),
    ("The Courier will soon launch a weekly briefing on local politics. Sign up here.", "newsletter"),
    ("Follow the Courier's opinion section on Facebook, Twitter (@CourierOpinion) and Instagram.", "newsletter"),
    ("Follow us on Twitter @EastbrookNews", "boilerplate"),
    ("Like this story? Share it with a friend!", "newsletter"),
    ("Have a tip? Jane Doe may be reached at jdoe@courier.example.", "newsletter"),
    ("Comments", "newsletter"),
    ("Explore further", "newsletter"),
    ("Courier writers Li Wei and Sam Park contributed to this report.", "contributors"),
    ("Omar Haddad contributed reporting from Cairo.", "contributors"),
    ("Additional reporting by Jane Doe in London.", "boilerplate"),
    ("Copyright 2024 The Eastbrook Courier. All rights reserved.", "boilerplate"),
    ("\u00a9 2024 Courier Media Group", "boilerplate"),
    ("This material may not be published, broadcast, rewritten or redistributed.", "legal"),
    ("Our Standards: The Courier Trust Principles.", "legal"),
    ("This copy is for your personal, non-commercial use only.", "legal"),
    ("If you buy something through links in this article, we may earn a commission.", "affiliate"),
    ("The Courier is committed to publishing a diversity of letters to the editor. We'd like to hear "
     "what you think about this or any of our articles.", "letters"),
    ("Submit your letter to the editor via this form.", "letters"),
    ("Update, 3:15 p.m.: The council has confirmed the vote.", "update"),
    ("Correction: An earlier version of this article misstated the cost.", "update"),
    ("Updated at 1:23 p.m.", "update"),
    ("This story has been updated with comment from the mayor.", "update"),
    ("Great day for Eastbrook! pic.twitter.com/AbCdEf123", "embed"),
    ("\u2014 Ana Ruiz (@MayorRuiz) March 5, 2024", "embed"),
    ("A post shared by Eastbrook Library (@eastbrooklib) on Mar 5, 2024 at 9:00am PST", "embed"),
    ("jdoe@courier.example", "contact"),
    ("twitter.com/janedoe", "contact"),
    ("SOURCE: News agencies", "source"),
    ("Library fight heats upThe council meets again on Tuesday", "teaser"),
    ("DON'T MISS", "newsletter"),
    ("MAYOR RUIZ OPENS UP ABOUT HER FIRST YEAR IN OFFICE", "teaser"),
    ("SEE MORE: Eastbrook library plan: what we know so far", "teaser"),
    ("Eastbrook mayor opens up about her first year [VIDEO]", "teaser"),
    ("Council budget picks for Week 12Courier's model simulated every vote", "teaser"),
    ("An error has occurred, please try again later.", "boilerplate"),
    ("Estimated reading time: 5 minutes", "boilerplate"),
    ("4 min read", "boilerplate"),
    ("Was this page helpful?", "boilerplate"),
    ("5:45 AM PST 11/19/2019 by Jane Doe", "dateline"),
]

KEEP = [
    "The newsletter, which is sent to 40,000 residents, said the library would open in 2027.",
    "Ruiz said residents could follow the debate on the council's website.",
    "Users who subscribe to the service pay 5 dollars a month, the company said.",
    "Two reporters contributed to the investigation, which took a year, the paper said.",
    "The company holds the copyright to the design, its lawyer said.",
    "Critics disagree.",
    "He declined to comment.",
    "The update to the plan was published on Monday, and it changes the opening hours.",
    "Share prices fell 3 percent after the announcement.",
    "Shares of Eastbrook Bank rose 5 percent today after the vote.",
    "Getting the building finished by 2027 will be hard, our reporter found.",
    "Follow-up talks are planned for next month, the mayor said.",
    "Click, the software firm, said it would open an office in the new building.",
    "The letters to the editor published on Sunday mostly backed the plan.",
    "She wrote on Twitter that the vote was a good day for the town.",
    "Get-togethers at the old depot drew crowds in the 1990s, residents recalled.",
    "YouTube and PlayStation were among the sponsors named in the council's report.",
    "NASA said the launch was delayed.",
    "MarketAxess data showed the bond fell 16 percent on Monday.",
    "GiveWell recommended a grant to the library in July, and the council accepted it.",
    "Tickets go on sale Friday at LiveNation.com.",
    "Q: What made you run for mayor?",
]


@pytest.mark.parametrize(("line", "kind"), SET_ASIDE)
def test_boilerplate_lines_are_recognised(line, kind):
    from quizgen.ingest.setaside import classify_line

    assert (classify_line(line) or web_boilerplate(line)) == kind


@pytest.mark.parametrize("line", KEEP)
def test_ordinary_news_sentences_stay(line):
    from quizgen.ingest.setaside import classify_line

    assert web_boilerplate(line) is None and classify_line(line) is None


def test_boilerplate_anywhere_in_the_body_is_set_aside_with_its_reason():
    junk = [line for line, _ in SET_ASIDE[:: 3]]
    mixed: list[str] = []
    for i, line in enumerate(BODY):
        mixed.append(line)
        if i < len(junk):
            mixed.append(junk[i])  # in the middle of the body, not only at its ends
    article = article_from_html(page(paras(mixed), ld=NEWS_LD))
    assert [p.text for p in article.paragraphs] == BODY
    kept = [line for line in junk if line in article.set_aside]
    assert len(kept) >= len(junk) - 2  # the page reader itself may drop a line or two ("Comments")
    for line in kept:
        assert not reason(line).startswith("outside")


def test_a_teaser_list_is_set_aside_but_a_list_in_the_article_stays():
    teasers = "<ul>" + "".join(f"<li><a href='/{i}'>{t}</a></li>" for i, t in enumerate([
        "Council approves new budget for road repairs", "Eastbrook school wins national science prize",
        "Bus company moves depot north of the river", "Five things to do in Eastbrook this weekend"])) + "</ul>"
    steps = "<ul><li>Clear the depot site by April.</li><li>Start building in May.</li>" \
            "<li>Open the doors in 2027.</li></ul>"
    article = article_from_html(page(paras(BODY[:6]) + steps + paras(BODY[6:]) + teasers, ld=NEWS_LD))
    text = "\n".join(p.text for p in article.paragraphs)
    assert "Start building in May." in text
    assert "Five things to do in Eastbrook this weekend" not in text


# --- 3. pages that are not articles ---------------------------------------------------------

def test_a_product_page_is_told_it_is_not_an_article():
    ld = {"@context": "https://schema.org", "@type": "Product", "name": "Eastbrook Reading Lamp",
          "offers": {"@type": "Offer", "price": "29.99"}}
    with pytest.raises(NotAnArticleError, match="product page, not a news article"):
        article_from_html(page(paras(BODY), ld=ld))


def test_an_english_results_table_is_not_called_not_english():
    rows = "".join(f"<tr><td>{i}</td><td>Eastbrook Rovers</td><td>{30 - i}</td><td>{i * 3}</td></tr>"
                   for i in range(1, 30))
    results = "".join(f"<p>Eastbrook {i} Westfield {i + 1}</p>" for i in range(40))
    with pytest.raises(NotAnArticleError) as info:
        article_from_html(page(f"<table>{rows}</table>{results}"))
    message = str(info.value)
    assert "doesn't look like an article" in message and "English" not in message
    assert isinstance(info.value, TooShortError)  # callers that catch "too short" still do


def test_french_prose_is_still_not_english():
    french = [f"Le conseil municipal a vot\u00e9 mardi pour la construction de {n} nouvelles biblioth\u00e8ques "
              "sur le site de l'ancien d\u00e9p\u00f4t de bus, a d\u00e9clar\u00e9 la maire." for n in range(12)]
    with pytest.raises(NotEnglishError):
        article_from_html(page(paras(french), title="Biblioth\u00e8que"))


def test_a_lede_in_a_summary_box_beside_the_body_is_not_lost():
    lede = ("Eastbrook will get a new library after the council voted on Tuesday to build it on the site of "
            "the old bus depot, ending three years of debate.")
    head = f'<meta property="og:description" content="{lede}">'
    body = f'<div class="story"><div class="summary">{lede}</div><div class="text">{paras(BODY)}</div></div>'
    article = article_from_html(page(body, head=head, ld=NEWS_LD))
    assert article.paragraphs[0].text == lede and [p.text for p in article.paragraphs[1:]] == BODY


def test_a_standfirst_in_the_page_header_is_not_taken_for_the_lede():
    dek = ("A long-running fight over money and roads ends with a vote, but the critics say the town will "
           "pay for it for decades to come.")
    head = f'<meta property="og:description" content="{dek}">'
    html = page(paras(BODY), head=head, ld=NEWS_LD).replace(
        "<article>", f"<div class='top'><header><p class='dek'>{dek}</p></header><article>").replace(
        "</article>", "</article></div>")
    article = article_from_html(html)
    assert dek not in [p.text for p in article.paragraphs]


# --- where a set-aside line stood (so the teacher can put it back in its place) ---------------

def test_set_aside_lines_remember_where_they_stood():
    html = page(paras(BODY[:5]) + "<h2>What happens next</h2>" + paras(BODY[5:8])
                + "<p>Sign up for our morning newsletter and get the news in your inbox.</p>" + paras(BODY[8:]),
                ld=NEWS_LD)
    article = article_from_html(html)
    assert [p.text for p in article.paragraphs] == BODY
    at = dict(zip(article.set_aside, article.set_aside_at, strict=True))
    assert at["What happens next"] == 5  # a heading, five paragraphs in
    assert at["Sign up for our morning newsletter and get the news in your inbox."] == 8


TWEET = ('<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">'
         'The new library will be the best thing to happen to this town in years '
         '<a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Sam Park (@sampark) '
         '<a href="https://twitter.com/sampark/status/1">March 5, 2024</a></blockquote></div>')


def test_an_embedded_post_the_extract_dropped_is_shown_to_the_teacher_in_its_place():
    article = article_from_html(page(paras(BODY[:6]) + TWEET + paras(BODY[6:]), ld=NEWS_LD))
    assert [p.text for p in article.paragraphs] == BODY  # never a paragraph, never quizzed
    line = next(s for s in article.set_aside if "best thing to happen" in s)
    assert "(@sampark)" in line and reason(line) == "embedded post or tweet"
    assert article.set_aside_at[article.set_aside.index(line)] == 6  # after BODY[5], where the page shows it


def test_an_interviews_questions_shown_as_headings_stay_in_the_body():
    qa = ["Q: Why did the council choose the old bus depot for the library?",
          "A: It is close to the schools and the station, and the land already belongs to the town.",
          "Q: Favorite book?", "A: Middlemarch"]
    html = page(paras(BODY[:6]) + f"<h4><strong>{qa[0]}</strong></h4><p>{qa[1]}</p>"
                f"<h4><strong>{qa[2]}</strong></h4><p>{qa[3]}</p>" + paras(BODY[6:]), ld=NEWS_LD)
    article = article_from_html(html)
    assert [p.text for p in article.paragraphs] == BODY[:6] + qa + BODY[6:]
    assert not set(qa) & set(article.set_aside)


def test_a_short_heading_that_is_not_an_interview_is_still_set_aside():
    article = article_from_html(page(paras(BODY[:6]) + "<h4>Quick facts</h4>" + paras(BODY[6:]), ld=NEWS_LD))
    assert "Quick facts" in article.set_aside and [p.text for p in article.paragraphs] == BODY


def test_a_lost_first_paragraph_inside_the_body_element_comes_back_and_a_sidebar_teaser_leaves():
    # the body is text between <br> lines in one element; the extract lost its first paragraph
    # and began with a sidebar's teaser (as trafilatura does on some pages)
    import lxml.html

    from quizgen.ingest.html import _lost_lede

    teaser = ("Night reading is a new setting of the town's lending app that lets members borrow e-books "
              "after the building closes for the day.")
    first = BODY[0].replace("old bus depot", "<em><a href='/d'>old bus depot</a></em>")
    html = (f'<html><body><div class="article"><div class="content">{first}<br> <br><img src="a.jpg"> <br>'
            + "<br> <br>".join(BODY[1:]) + f'</div></div><div id="right"><p>{teaser}</p></div></body></html>')
    root = lxml.html.document_fromstring(html)
    description = " ".join(BODY[0].split()[:14]) + ",..."
    assert _lost_lede(root, [teaser, *BODY[1:]], description) == (BODY[0], 1)
    # the extract already has the first paragraph: nothing to do
    assert _lost_lede(root, list(BODY), description) == (None, 0)
    # the element with the description's words does not hold the extracted body: not taken
    other = lxml.html.document_fromstring(f"<html><body><div>{BODY[0]}</div><div>{BODY[1]}</div></body></html>")
    assert _lost_lede(other, [teaser, *BODY[2:]], description) == (None, 0)


def test_a_table_in_the_article_is_shown_to_the_teacher_row_by_row_in_its_place():
    table = ("<table><tr><th>Branch</th><th>Books</th><th>Visitors</th></tr>"
             "<tr><td>North Street</td><td>12,000</td><td>310 a day</td></tr>"
             "<tr><td>Old Depot (planned)</td><td>40,000</td><td>900 a day</td></tr></table>")
    layout = "<table><tr><td>Home</td><td>News</td><td>Sport</td></tr></table>"  # not after the body
    html = page(paras(BODY[:4]) + table + paras(BODY[4:]), ld=NEWS_LD).replace("<header>", layout + "<header>")
    article = article_from_html(html)
    assert [p.text for p in article.paragraphs] == BODY  # never quizzed
    rows = ["Branch | Books | Visitors", "North Street | 12,000 | 310 a day",
            "Old Depot (planned) | 40,000 | 900 a day"]
    for row in rows:
        assert row in article.set_aside
        assert article.set_aside_at[article.set_aside.index(row)] == 4
    assert not any("Sport" in s for s in article.set_aside)
