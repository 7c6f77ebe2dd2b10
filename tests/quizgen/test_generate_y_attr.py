"""Attribution items for articles of one or two speakers (helper y_attr): "how does the article give what X
said?" (exact words in quotation marks, or the writer's own words) keyed only where the marks make it
certain, and "which verb introduces X's statement?" with verbs absent from the paragraph as distractors.
Constructed text."""
from __future__ import annotations

from factories import attribution, plain_article, sentence_context

from quizgen.generate.attribution import chosen_cue, generate, quote_form, quoted_or_reported

BRIDGE = ("Town bridge to reopen\n\n"
          "The old river bridge has been closed since a flood damaged its pillars in March.\n\n"
          "\"The bridge will reopen before the winter storms arrive, and the repairs are paid for,\" Ana Lind "
          "said on Tuesday.\n\n"
          "Ana Lind said the council had found the money for new pillars in its road budget.\n\n"
          "Ana Lind said the crossing would carry \"lighter traffic than before\" once it reopened.\n\n"
          "Engineers will inspect the pillars again in the spring.\n")


def _bridge():
    a = plain_article(BRIDGE)
    p2 = a.text.index("\"The bridge")
    p3 = a.text.index("Ana Lind said the council")
    p4 = a.text.index("Ana Lind said the crossing")
    atts = [
        attribution(a, "Ana Lind", "Ana Lind", "said",
                    ["The bridge will reopen before the winter storms arrive, and the repairs are paid for,"],
                    direct=True, start=p2),
        attribution(a, "Ana Lind", "Ana Lind", "said",
                    ["the council had found the money for new pillars in its road budget"], start=p3),
        attribution(a, "Ana Lind", "Ana Lind", "said",
                    ["the crossing would carry \"lighter traffic than before\" once it reopened"], start=p4),
    ]
    return a, atts, sentence_context(a, atts)


def _keyed(it):
    return it.options[it.answer]


def test_a_whole_quotation_is_keyed_as_exact_words():
    _, atts, ctx = _bridge()
    assert quote_form(ctx, atts[0]) == "quoted"
    it = quoted_or_reported(ctx, atts[0])
    assert it is not None and it.stem == "In ¶2, how does the article give what Ana Lind said?"
    assert _keyed(it) == "It quotes Ana Lind's exact words, inside quotation marks."
    assert len(it.options) == 4 and len(set(it.options)) == 4
    assert "It reports Ana Lind's point in the writer's own words, with no quotation marks." in it.options


def test_a_statement_with_no_quotation_mark_is_keyed_as_the_writers_words():
    _, atts, ctx = _bridge()
    assert quote_form(ctx, atts[1]) == "reported"
    it = quoted_or_reported(ctx, atts[1])
    assert it is not None and it.stem.startswith("In ¶3, ")
    assert _keyed(it) == "It reports Ana Lind's point in the writer's own words, with no quotation marks."


def test_a_phrase_quoted_inside_the_writers_words_is_never_keyed():
    # "quoting only a phrase or two" against "in its own words" is a matter of degree
    _, atts, ctx = _bridge()
    assert quote_form(ctx, atts[2]) is None
    assert quoted_or_reported(ctx, atts[2]) is None


def test_another_statement_in_the_paragraph_gives_no_item():
    text = ("Budget vote delayed\n\n"
            "\"The vote will wait until the auditors have finished their report,\" Ana Lind said. \"It will not "
            "wait a single day longer than it must,\" Tom Berg said.\n\n"
            "The council meets again in June.\n")
    a = plain_article(text)
    lind = attribution(a, "Ana Lind", "Ana Lind", "said",
                       ["The vote will wait until the auditors have finished their report,"], direct=True)
    berg = attribution(a, "Tom Berg", "Tom Berg", "said",
                       ["It will not wait a single day longer than it must,"], direct=True)
    # the ledger sees both: "what Ana Lind said in ¶2" is one statement, but two are there
    assert quoted_or_reported(sentence_context(a, [lind, berg]), lind) is None
    # the ledger misses Berg: his quotation is still no part of Lind's claim, so no item either
    assert quoted_or_reported(sentence_context(a, [lind]), lind) is None


def test_a_quotation_running_on_into_the_next_paragraph_gives_no_item():
    text = ("Budget vote delayed\n\n"
            "\"The vote will wait until the auditors have finished their report,\" Ana Lind said. \"We owe the "
            "town a clean account of every cent.\n\n"
            "\"Nobody will be rushed,\" she added.\n")
    a = plain_article(text)
    lind = attribution(a, "Ana Lind", "Ana Lind", "said",
                       ["The vote will wait until the auditors have finished their report,",
                        "We owe the town a clean account of every cent."], direct=True)
    assert quoted_or_reported(sentence_context(a, [lind]), lind) is None


def test_a_long_frame_around_the_quotation_gives_no_item():
    # the writer's words around the quotation may hold another point of hers: "what she said" is not one thing
    text = ("Budget vote delayed\n\n"
            "Ana Lind, who has chaired the budget committee for six years and opposed the last two tax rises in "
            "the council, said: \"The vote will wait until the auditors have finished their report.\"\n\n"
            "The council meets again in June.\n")
    a = plain_article(text)
    lind = attribution(a, "Ana Lind", "Ana Lind", "said",
                       ["The vote will wait until the auditors have finished their report."], direct=True)
    assert quote_form(sentence_context(a, [lind]), lind) is None


def test_a_one_speaker_article_gets_the_item_from_generate():
    _, _, ctx = _bridge()
    stems = [it.stem for it in generate(ctx)]
    assert any(s.startswith("In ¶") and "how does the article give what Ana Lind said?" in s for s in stems), stems


PORT = ("Port expansion approved\n\n"
        "The harbour board approved the new container berth on Monday after a year of hearings.\n\n"
        "Ana Lind insisted that the berth would bring three hundred jobs to the town within two years.\n\n"
        "Ana Lind insists that the dredging will not harm the oyster beds near the harbour mouth.\n\n"
        "Tom Berg warned that the berth would bring heavy lorries through the old town, and Ana Lind "
        "admitted that the roads would need work.\n\n"
        "Ana Lind argued that the berth would pay for itself, an argument the board accepted.\n")


def test_a_chosen_cue_is_keyed_among_verbs_absent_from_the_paragraph():
    a = plain_article(PORT)
    p2 = a.text.index("Ana Lind insisted")
    lind = attribution(a, "Ana Lind", "Ana Lind", "insisted",
                       ["the berth would bring three hundred jobs to the town within two years"], start=p2)
    it = chosen_cue(sentence_context(a, [lind]), lind)
    assert it is not None and it.stem == "In ¶2, which verb does the article use to introduce Ana Lind's statement?"
    assert _keyed(it) == "insisted"
    par = a.paragraph(2).text.lower()
    others = [o for o in it.options if o != "insisted"]
    assert len(others) == 3 and all(o.endswith("ed") and o not in par for o in others), it.options


def test_a_present_tense_cue_gets_present_tense_options():
    a = plain_article(PORT)
    p3 = a.text.index("Ana Lind insists")
    lind = attribution(a, "Ana Lind", "Ana Lind", "insists",
                       ["the dredging will not harm the oyster beds near the harbour mouth"], start=p3)
    it = chosen_cue(sentence_context(a, [lind]), lind)
    assert it is not None and _keyed(it) == "insists"
    assert all(o.endswith("s") and not o.endswith("ed") for o in it.options), it.options


def test_two_such_verbs_in_the_paragraph_give_no_cue_item():
    # "warned" (Berg's) and "admitted" (Lind's) in one paragraph: an option of the paragraph besides the key
    a = plain_article(PORT)
    p4 = a.text.index("Tom Berg warned")
    lind = attribution(a, "Ana Lind", "Ana Lind", "admitted", ["the roads would need work"], start=p4)
    assert chosen_cue(sentence_context(a, [lind]), lind) is None


def test_the_keys_own_noun_is_no_other_option_but_another_verbs_noun_stops_the_item():
    # "an argument" beside "argued": one verb, one option; "a warning" beside "insisted": "warned" would be
    # an option standing in the paragraph in another form, so no item
    a = plain_article(PORT)
    p5 = a.text.index("Ana Lind argued")
    lind = attribution(a, "Ana Lind", "Ana Lind", "argued", ["the berth would pay for itself"], start=p5)
    it = chosen_cue(sentence_context(a, [lind]), lind)
    assert it is not None and _keyed(it) == "argued"
    text = ("Port expansion approved\n\n"
            "Ana Lind insisted that the berth would bring three hundred jobs, despite a warning from the engineers.\n")
    b = plain_article(text)
    lind = attribution(b, "Ana Lind", "Ana Lind", "insisted", ["the berth would bring three hundred jobs"])
    assert chosen_cue(sentence_context(b, [lind]), lind) is None


def test_a_plain_said_gets_no_cue_item():
    _, atts, ctx = _bridge()
    assert chosen_cue(ctx, atts[1]) is None
