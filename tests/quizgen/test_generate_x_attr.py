"""Attribution shapes judged blind on set A (helper x_attr): who-said options never the dead nor the credit
line nor a person a quotation's "as a woman" rules out; a quotation the object of another's praise is not
the praised person's; quotation parts never joined across the writer's words; "said" kept as "said";
a shared surname accepted only when no other bearer speaks; true statements copied word for word become
false ones. Constructed text."""
from __future__ import annotations

from dataclasses import replace

from factories import plain_article
from test_generate_judge5b import _att, _span
from test_generate_judge6b import _ctx, _ents

from quizgen.generate.attribution import (
    _candidates,
    claim_option,
    copies_article,
    credited_staff,
    joined_across_writer,
    name_the_source,
    object_of_verdict,
    quote_gender,
    reported_dead,
    say_verb,
    spread,
    who_said,
)
from quizgen.model import Item

RAID = ("Mayor blamed for harbour raid response\n\n"
        "The raid on the harbour office last spring led to the deaths of three guards: Chief Guard Omar Pike, "
        "night officer Lena Frost, and former sailor Hugo Brandt.\n\n"
        "Mayor Joan Marsh said the fire at the office was caused by a faulty heater. Ms. Marsh later changed "
        "her account.\n\n"
        "Ruth Frost, mother of raid victim Lena Frost, said the mayor had told her a different story. "
        "Ms. Frost spoke at the council.\n\n"
        "Carl Dunne said the harbour office had asked for more guards before the raid. Mr. Dunne is a "
        "councillor.\n\n"
        "Nina Vale said the council would open an inquiry next month. Ms. Vale chairs the council.\n\n"
        "Pete Gray said the guards had been sent too few radios. Mr. Gray is a union official.\n\n"
        "(Reporting by Alma Quist; Editing by Bruno Tell)\n")

NAMES = ("Joan Marsh", "Omar Pike", "Lena Frost", "Hugo Brandt", "Ruth Frost", "Carl Dunne", "Nina Vale",
         "Pete Gray", "Alma Quist", "Bruno Tell")


def _raid():
    a = plain_article(RAID)
    atts = [
        _att(a, "Joan Marsh", "person", "Joan Marsh", "said", "the fire at the office was caused by a faulty heater"),
        _att(a, "Ruth Frost", "person", "Ruth Frost", "said", "the mayor had told her a different story"),
        _att(a, "Carl Dunne", "person", "Carl Dunne", "said",
             "the harbour office had asked for more guards before the raid"),
        _att(a, "Nina Vale", "person", "Nina Vale", "said", "the council would open an inquiry next month"),
        _att(a, "Pete Gray", "person", "Pete Gray", "said", "the guards had been sent too few radios"),
    ]
    ents = [e for name in NAMES for e in _ents(a, "PERSON", name)]
    return a, atts, _ctx(a, atts, entities=ents)


def test_the_dead_and_the_credit_line_are_no_speakers():
    a, atts, ctx = _raid()
    for name in ("Omar Pike", "Lena Frost", "Hugo Brandt"):
        assert reported_dead(ctx, name), name
    assert not reported_dead(ctx, "Ruth Frost")  # the victim's mother speaks
    assert credited_staff(ctx, "Alma Quist") and credited_staff(ctx, "Bruno Tell")
    assert not credited_staff(ctx, "Carl Dunne")
    it = who_said(ctx, atts[0])
    assert it is not None
    for opt in it.options:
        assert opt not in {"Omar Pike", "Lena Frost", "Hugo Brandt", "Alma Quist", "Bruno Tell"}, it.options
    # with two other speakers only, the third option would come from the names of the article: never the
    # dead nor the credit line, so no item at all rather than one with such an option
    few = _ctx(a, atts[:3], entities=[e for name in NAMES if name not in ("Nina Vale", "Pete Gray")
                                      for e in _ents(a, "PERSON", name)])
    it = who_said(few, atts[0])
    assert it is None or not {"Omar Pike", "Lena Frost", "Hugo Brandt", "Alma Quist", "Bruno Tell"} & set(it.options)


GALA = ("Bankers gather for a gala\n\n"
        "\"As a woman and as a migrant, I had to work twice as hard to be heard,\" Rosa Lind said. Ms. Lind "
        "runs a fund.\n\n"
        "Mark Hoyle said the gala raised more money than last year. Mr. Hoyle is a trader.\n\n"
        "Dora Quinn said the city should do more for young workers. Ms. Quinn is a teacher.\n\n"
        "Eva Stone said the tickets sold out within a day. Ms. Stone organised the night.\n\n"
        "Liam Fitch said the band played until midnight. Mr. Fitch is a musician.\n\n"
        "Tara Holt said the dinner was too expensive. Ms. Holt is a banker.\n")


def test_a_quotation_that_says_as_a_woman_gets_only_women_as_options():
    a = plain_article(GALA)
    lind = _att(a, "Rosa Lind", "person", "Rosa Lind", "said",
                "As a woman and as a migrant, I had to work twice as hard to be heard", direct=True)
    atts = [lind,
            _att(a, "Mark Hoyle", "person", "Mark Hoyle", "said", "the gala raised more money than last year"),
            _att(a, "Dora Quinn", "person", "Dora Quinn", "said", "the city should do more for young workers"),
            _att(a, "Eva Stone", "person", "Eva Stone", "said", "the tickets sold out within a day"),
            _att(a, "Liam Fitch", "person", "Liam Fitch", "said", "the band played until midnight"),
            _att(a, "Tara Holt", "person", "Tara Holt", "said", "the dinner was too expensive")]
    ctx = _ctx(a, atts)
    assert quote_gender(lind) == "female"
    it = who_said(ctx, lind)
    assert it is not None
    assert not {"Mark Hoyle", "Liam Fitch"} & set(it.options), it.options


PRAISE = ("Governor backs senator\n\n"
          "Governor Paul Hart, who faces an election this year, praised Dale Crane for showing \"the spirit of "
          "a true leader.\" Mr. Hart spoke on the radio.\n\n"
          "Mr. Crane said the state needed new roads.\n")


def test_words_the_object_of_anothers_praise_are_not_the_praised_persons():
    a = plain_article(PRAISE)
    bad = _att(a, "Dale Crane", "person", "Dale Crane", "showing", "the spirit of a true leader", direct=True)
    good = _att(a, "Dale Crane", "person", "Mr. Crane", "said", "the state needed new roads")
    ctx = _ctx(a, [bad, good])
    assert object_of_verdict(ctx, bad)
    assert not object_of_verdict(ctx, good)
    assert bad not in _candidates(ctx)
    assert name_the_source(ctx, bad) is None


COAL = ("The price of leaving coal\n\n"
        "I remember Governor Ada Kemp telling the miners that ''we will keep every pit open.'' It seems harsh "
        "to tell those towns now: ''We changed our minds, good luck.''\n\n"
        "''The pits will close,'' Kemp said. ''Nobody can stop it.''\n")


def test_quotation_parts_are_never_joined_across_the_writers_words():
    a = plain_article(COAL)
    first = _span(a, "we will keep every pit open")
    second = _span(a, "We changed our minds, good luck")
    spliced = _att(a, "Ada Kemp", "person", "Ada Kemp", "telling", "we will keep every pit open", direct=True)
    spliced = replace(spliced, content="we will keep every pit open. … We changed our minds, good luck",
                      content_spans=(first, second))
    one = _att(a, "Ada Kemp", "person", "Kemp", "said", "The pits will close", direct=True)
    one = replace(one, content="The pits will close. … Nobody can stop it",
                  content_spans=(_span(a, "The pits will close"), _span(a, "Nobody can stop it")))
    ctx = _ctx(a, [spliced, one])
    assert joined_across_writer(ctx, spliced)
    assert claim_option(ctx, spliced) is None
    assert not joined_across_writer(ctx, one)


EMAILS = ("Minister and the emails\n\n"
          "Vera Lutz initially said in the autumn, when the private server email story broke, that she had sent "
          "no secret files.\n\n"
          "Omar Reyes said in an email that the files were safe.\n")


def test_said_stays_said_unless_the_writing_is_at_the_cue():
    a = plain_article(EMAILS)
    lutz = _att(a, "Vera Lutz", "person", "Vera Lutz", "said", "she had sent no secret files")
    reyes = _att(a, "Omar Reyes", "person", "Omar Reyes", "said", "the files were safe")
    ctx = _ctx(a, [lutz, reyes])
    assert say_verb(ctx, lutz) == "said"
    assert say_verb(ctx, reyes) == "wrote"


SURNAMES = ("A family campaign\n\n"
            "Dana Rook said the town needed a new clinic before winter. Ms. Rook spoke in the square.\n\n"
            "Her husband, Sam Rook, once ran the same clinic.\n\n"
            "Eli Park said the clinic would cost too much.\n")


def test_shared_surname_asks_for_first_and_last_name():
    a = plain_article(SURNAMES)
    dana = _att(a, "Dana Rook", "person", "Dana Rook", "said", "the town needed a new clinic before winter")
    park = _att(a, "Eli Park", "person", "Eli Park", "said", "the clinic would cost too much")
    ents = [e for name in ("Dana Rook", "Sam Rook", "Eli Park") for e in _ents(a, "PERSON", name)]
    ctx = _ctx(a, [dana, park], entities=ents)
    it = name_the_source(ctx, dana)
    assert it is not None and it.answer[0] == "Dana Rook" and "Rook" not in it.answer
    assert it.stem.endswith("Give the person's first and last name.")
    other = name_the_source(ctx, park)
    assert other is not None and "Park" in other.answer and other.stem.endswith("Give the person's name.")


def test_true_statement_copied_word_for_word_is_detected():
    a = plain_article(RAID)
    sup = a.paragraph(5)
    start = a.text.index("Carl Dunne said")
    end = a.text.index(" before the raid") + len(" before the raid")
    from quizgen.model import Support
    s = Support(4, start, end, a.text[start:end])
    it = Item(id="x", skill="attribution", kind="true_false",
              stem="In ¶4, Carl Dunne said the harbour office had asked for more guards before the raid.",
              options=("True", "False"), answer=0, explanation="", support=(s,))
    ctx = _ctx(a, [])
    assert sup is not None
    assert copies_article(ctx, it)
    it2 = replace(it, stem="In ¶4, Nina Vale said the office was short of keys and locks for the doors.")
    assert not copies_article(ctx, it2)


def test_same_speaker_same_quotation_is_asked_once():
    a, atts, ctx = _raid()
    s = atts[2]
    one = who_said(ctx, s)
    assert one is not None
    two = replace(one, id="y", kind="short_answer", options=(), answer=("Carl Dunne", "Dunne"))
    got = spread(ctx, [(one, s), (two, s)])
    assert len(got) == 1


def test_a_fourth_who_said_item_keyed_to_one_speaker_is_dropped_and_no_mojibake():
    a, atts, ctx = _raid()
    s = atts[2]
    one = who_said(ctx, s)
    assert one is not None
    made = []
    for n in (2, 3, 4, 5):  # four "who said" items keyed to one speaker, each on its own paragraph
        p = a.paragraph(n)
        sup = replace(one.support[0], paragraph=n, start=p.start, end=p.start + 10, text=p.text[:10])
        made.append((replace(one, id=str(n), stem=f"According to ¶{n}, who said thing {n}?", support=(sup,)), s))
    assert len(spread(ctx, made)) == 3
    bad = replace(one, id="z", stem="According to ¶4, who said the realÃ¢€world cost was high?")
    assert spread(ctx, [(bad, s)]) == []
