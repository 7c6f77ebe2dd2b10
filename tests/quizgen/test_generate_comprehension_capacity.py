"""Comprehension capacity, each shape on a constructed article: main-idea items the gates used to
block for no good reason (a lede stating the headline's point before a "But …" paragraph, a lede
reporting the words the headline itself reports, a paper's abstract under an "ABSTRACT." label, a
wire lede closing "according to a new poll"), main-idea distractors that cannot be taken for a
second statement of the main idea or lean on an unnamed "he", and key-detail gaps whose answer the
stem itself gives away (a count of a list the stem shows)."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import main_idea
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Attribution, Quantity, Span


def _ctx(article, analysis, seed=0):
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


def _span(article, phrase, after=0):
    i = article.text.index(phrase, after)
    return Span(i, i + len(phrase), phrase)


def _keys(text, analysis_of=plain_analysis, seeds=range(4)):
    """The keyed options of the main-idea items over a few seeds, and every option seen."""
    article = plain_article(text)
    analysis = analysis_of(article)
    keys, options = [], []
    for seed in seeds:
        for item in main_idea.generate(_ctx(article, analysis, seed)):
            keys.append(item.options[item.answer])
            options += item.options
    return keys, options


# details from later paragraphs: plain statements that share no point with the headlines below
_BODY = ("The county library opened a new reading room on the east side of the square last week.\n\n"
         "Several fishing boats were sold at auction to buyers from the capital in the spring.\n\n"
         "A local choir sang at the festival in the old market square on Sunday evening.\n\n"
         "Teachers at the primary school asked parents for help with the vegetable garden.\n\n"
         "The bus company added two evening routes to the coast road for the summer months.\n\n"
         "Volunteers painted the railings along the promenade before the bank holiday.\n")


# ---------------------------------------------------------------- 1. a lede before a "But" paragraph

SKIP = ("Mayor Lind to skip harbour festival\n\n"
        "Mayor Anna Lind will skip the harbour festival this weekend for the first time since her election.\n\n"
        "The festival has filled the quay with stalls and music every August for many years.\n\n"
        "But the committee still expects record crowds on the quay and along the beach.\n\n" + _BODY)


def test_a_lede_stating_the_headlines_point_is_keyed_though_a_but_paragraph_follows():
    """A "But …" in ¶3 marks a turn from a premise only when the opening does not state the
    headline's point: "Mayor Anna Lind will skip the harbour festival" is what the article is
    about, not a premise it argues against."""
    keys, _ = _keys(SKIP)
    assert keys and all(k.startswith("Mayor Anna Lind will skip the harbour festival") for k in keys)


def test_an_opening_that_misses_the_headlines_point_before_a_turn_is_still_no_key():
    text = SKIP.replace("Mayor Anna Lind will skip the harbour festival this weekend for the first time since "
                        "her election.", "Mayor Anna Lind has opened every summer fair on the quay since her "
                        "election.")
    keys, _ = _keys(text)
    assert not any(k.startswith("Mayor Anna Lind has opened") for k in keys)


# ---------------------------------------------------------------- 2. a lede reporting what the headline reports

PREDICT = ("Baker will win the county prize eventually, old rival says\n\n"
           "Tom Baker will win the county baking prize before he retires, predicted Ruth Hale, the former "
           "champion who beat Baker at the autumn show twenty years ago.\n\n"
           "The county show has been held on the old racecourse every September for a century.\n\n" + _BODY)


def _predict_analysis(article):
    content = _span(article, "Tom Baker will win the county baking prize before he retires")
    att = Attribution("Ruth Hale", "Ruth Hale", _span(article, "Ruth Hale"), "person", "predicted",
                      _span(article, "predicted"), content.text, (content,), False, 1)
    return plain_analysis(article, attributions=(att,))


def test_a_lede_reporting_the_words_the_headline_reports_is_keyed_with_who_said_them():
    """The headline is about a prediction ("…, old rival says"): the lede that reports it is the main
    idea, shortened before the closing appositive but never before "predicted Ruth Hale", which
    would state the prediction as fact."""
    keys, options = _keys(PREDICT, _predict_analysis)
    assert keys
    assert all(k == "Tom Baker will win the county baking prize before he retires, predicted Ruth Hale" for k in keys)
    assert not any(o.rstrip(".") == "Tom Baker will win the county baking prize before he retires" for o in options)


def test_a_reported_lede_under_a_headline_that_reports_nothing_is_still_no_key():
    text = PREDICT.replace("Baker will win the county prize eventually, old rival says",
                           "Baker will win the county prize eventually")
    keys, _ = _keys(text, _predict_analysis)
    assert not any("predicted Ruth Hale" in k for k in keys)


PLEDGE = ("Baker pledges to rebuild the harbour bakery\n\n"
          "Tom Baker pledged on Monday to rebuild the harbour bakery that burned down in the winter storms.\n\n"
          "The county show has been held on the old racecourse every September for a century.\n\n" + _BODY)


def _pledge_analysis(article):
    content = _span(article, "to rebuild the harbour bakery that burned down in the winter storms")
    att = Attribution("Tom Baker", "Tom Baker", _span(article, "Tom Baker"), "person", "pledged",
                      _span(article, "pledged"), content.text, (content,), False, 1)
    return plain_analysis(article, attributions=(att,))


def test_a_lede_reporting_a_pledge_the_headline_reports_is_keyed():
    """"Baker pledges to …": the pledge is the news, and the lede reports it with who made it."""
    keys, _ = _keys(PLEDGE, _pledge_analysis)
    assert keys and all(k.startswith("Tom Baker pledged on Monday to rebuild the harbour bakery") for k in keys)


# ---------------------------------------------------------------- 3. an abstract

ABSTRACT = ("Harbour towns brace for storms;\n\n"
            "ABSTRACT.\n\n"
            "Coastal towns in the north are preparing for a winter of heavy storms and high tides.\n\n"
            "FULL TEXT.\n\n"
            "When Mary Olsen woke on Monday morning, the sea was already lapping at her garden gate.\n\n" + _BODY)


def test_an_abstract_under_its_label_is_the_main_idea_key():
    """Some archives print the paper's own summary under "ABSTRACT." before the story's feature
    lede: the summary is the key (the label and the anecdote are not)."""
    keys, options = _keys(ABSTRACT)
    assert keys and all(k.startswith("Coastal towns in the north are preparing for a winter") for k in keys)
    assert not any(o.startswith(("ABSTRACT", "FULL TEXT", "When Mary Olsen")) for o in options)


SIDE_ABSTRACT = ("Council hires harbour engineer as chief of sea wall works\n\n"
                 "ABSTRACT.\n\n"
                 "The old works manager keeps his title, but many in the town see the change as a demotion.\n\n"
                 "FULL TEXT.\n\n"
                 "The town council hired a harbour engineer from the port authority on Monday as chief of its sea "
                 "wall works.\n\n" + _BODY)


def test_an_abstract_about_a_side_effect_gives_way_to_a_lede_stating_the_headline():
    """The abstract dwells on a consequence (the old manager's demotion); the story's own lede
    states what the headline says (the council hired an engineer as chief of the works): it is the key."""
    keys, _ = _keys(SIDE_ABSTRACT)
    assert keys and all(k.startswith("The town council hired a harbour engineer") for k in keys)


def test_main_idea_options_are_never_cut_into_half_a_pair_or_an_opening_phrase():
    """"… must not only win | in November, but also …", "… anxieties of white, | working-class
    voters", "In a general election polarized by … | , those Democrats argued, …": no whole sentence."""
    from quizgen.generate.main_idea import whole_cut

    pair = "Harbour voters are the core groups the mayor must not only win in November, but also draw in large numbers."
    assert whole_cut(pair, "Harbour voters are the core groups the mayor must not only win") is None
    compound = ("In a race shaped by the mayor's appeals to the fears of older, working-class voters, the "
                "young would turn out strongly to defeat him.")
    assert whole_cut(compound, "In a race shaped by the mayor's appeals to the fears of older") is None
    opening = "In a race shaped by the mayor's appeals, those rivals argued, the young would turn out strongly."
    assert whole_cut(opening, "In a race shaped by the mayor's appeals") is None
    plain = "The council approved the new harbour wall, which will cost the town far more than planned."
    assert whole_cut(plain, "The council approved the new harbour wall") == "The council approved the new harbour wall"


# ---------------------------------------------------------------- 4. a wire lede "according to a new poll"

POLL = ("Poll: harbour voters back new sea wall\n\n"
        "Most voters in the harbour town back the plan for a new sea wall, according to a new poll.\n\n"
        "The old wall was built from local stone more than a century ago.\n\n" + _BODY)


def test_a_wire_lede_closing_according_to_a_new_poll_is_keyed_with_the_poll():
    keys, _ = _keys(POLL)
    assert keys and all(k == "Most voters in the harbour town back the plan for a new sea wall, according to a "
                                 "new poll" for k in keys)


# ---------------------------------------------------------------- 5. distractors

NEAR = ("Council approves harbour wall repairs\n\n"
        "The town council approved repairs to the harbour wall at its meeting on Monday night.\n\n"
        "The old stones were damaged by winter storms and high tides in January.\n\n"
        "On Tuesday, he told reporters that the work would cost far more than planned.\n\n"
        "The town council met on Monday night and gave the builders the go-ahead for the work.\n\n"
        "Weekday shows on the local radio station from six until nine in the morning with music.\n\n"
        "For the old fishermen of the port, the latter mattered far more than the price of the stones.\n\n"
        "Ruth Olsen challenged her at the election in the spring of that year over the budget.\n\n"
        "The senator has often cited the fishing fleet of the port in defending his record.\n\n"
        + _BODY)


def test_main_idea_distractors_never_restate_the_key_or_open_on_an_unnamed_he():
    """"On Tuesday, he told reporters …" leans on a "he" the option never names, and "The town
    council met on Monday night and gave the builders the go-ahead" shares three of the key's
    words (not names) and could be defended as the main idea: neither is a distractor; nor a line
    with no verb, nor one whose "the latter", "her" or "The senator" points out of it."""
    keys, options = _keys(NEAR, seeds=range(8))
    assert keys
    assert not any(o.startswith("On Tuesday, he told") for o in options)
    assert not any(o.startswith("The town council met on Monday night") for o in options)
    # no statement (a listing line with no verb) and "the latter" pointing out of the option: neither
    assert not any(o.startswith(("Weekday shows", "For the old fishermen")) for o in options)
    # "her" with no second name before it (not Ruth Olsen: someone never named), "The senator" named earlier
    assert not any(o.startswith(("Ruth Olsen challenged her", "The senator has often")) for o in options)


# ---------------------------------------------------------------- 6. key details

def _number_items(text, phrases, kind="number"):
    from quizgen.generate.key_detail import number_items

    article = plain_article(text)
    qs = tuple(Quantity(kind if isinstance(kind, str) else kind[n], _span(article, p), 1)
               for n, p in enumerate(phrases))
    return number_items(_ctx(article, plain_analysis(article, quantities=qs)))


def test_a_count_of_the_list_just_before_it_gives_itself_away():
    """"… Alder, North; Birch, East; and Cedar, West, the ______ places that topped a list": the
    student counts the answer in the stem. A count that follows no list is still asked."""
    from quizgen.generate.key_detail import gives_away

    def gap(sentence, word):
        i = sentence.index(word)
        return gives_away(sentence, i, i + len(word))

    assert gap("The most dangerous towns of the region include Alder, North; Birch, East; and Cedar, West, "
               "the three places that topped a list compiled by the police.", "three")
    assert gap("The safest towns were Alder, Birch and Cedar, the three towns named by the county police.", "three")
    assert gap("In May, the county named Alder, Birch, and Cedar, the three safest towns.", "three")
    assert not gap("Rain, wind and snow hit the coast, and the four ferries stayed in port.", "four")
    assert not gap("The council met on Monday, and the three schools of the town will close in July.", "three")

    text = ("Dangerous towns of the region named by police\n\n"
            "The most dangerous towns of the region include Alder, North; Birch, East; and Cedar, West, the "
            "three places that topped a list compiled by the police in the region.\n")
    assert _number_items(text, ["three"]) == []
    unlisted = ("Dangerous towns of the region named by police\n\n"
                "The police named three towns of the region as the most dangerous on a list compiled this year.\n")
    (item,) = _number_items(unlisted, ["three"])
    assert "3" in item.answer or item.options[item.answer] in ("three", "3")


def test_a_bare_year_to_write_in_is_never_asked_beside_the_storys_numbers():
    """A year written in ("in ______, the attack on …") is judged trivia beside the story's own
    numbers: the number is asked, the year is not."""
    from quizgen.generate import key_detail

    text = ("Harbour wall report costs the town dearly\n\n"
            "The last report on the harbour wall was written in 1983, after a winter of storms.\n\n"
            "The new report on the harbour wall has 800 pages and cost the town dearly this year.\n")
    article = plain_article(text)
    qs = (Quantity("date", _span(article, "1983"), 1), Quantity("number", _span(article, "800"), 2))
    items = key_detail.generate(_ctx(article, plain_analysis(article, quantities=qs)))
    answers = [it.answer if it.kind == "short_answer" else [it.options[it.answer]] for it in items]
    assert not any("1983" in a for a in answers) and any(any("800" in x for x in a) for a in answers)
