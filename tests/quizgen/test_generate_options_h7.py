"""Options of "who said …?" items on constructed articles, from the seventh blind judging: a person
option is a person's name written in full (never a file label the tagger called a person, never the
front part of a longer name); options are of the key's type (individuals with an individual, groups
with a group); and a member of the public is never offered beside a minister's words."""
from __future__ import annotations

import random
import re

from factories import plain_analysis, plain_article

from quizgen.generate.base import Context
from quizgen.generate.distractors import full_person_name, source_distractors
from quizgen.model import ITEM_KINDS, Attribution, Entity, Span


def _ents(text, names, label="PERSON"):
    out = []
    for n in names:
        for m in re.finditer(re.escape(n), text):
            out.append(Entity(n, label, Span(m.start(), m.end(), n), 1))
    return tuple(out) * 2


def _att(text, source, cue, content, kind="person", name=None, source_text=None):
    st = source_text or source
    s = text.index(st)
    c = text.index(cue, s)
    b = text.index(content)
    return Attribution(name or source, st, Span(s, s + len(st), st), kind, cue,
                       Span(c, c + len(cue), cue), content, (Span(b, b + len(content), content),), False,
                       1, source_confidence=0.95)


def _options(text, keyed, others=(), people=(), orgs=(), n=3):
    article = plain_article(text)
    ents = _ents(text, people) + _ents(text, orgs, "ORG")
    seen = []
    for seed in range(8):
        ctx = Context(article, plain_analysis(article, attributions=(keyed, *others), entities=ents),
                      random.Random(seed), frozenset(ITEM_KINDS))
        seen.append(source_distractors(ctx, keyed, n))
    return seen


# ---------------------------------------------------------------- 1. a person option is a full name

FILES = ("Review finds more mail on the server\n\n"
         "Jon Halley said one of the messages helped officials find the rest.\n\n"
         "Two of the messages held Top Secret files, the review found. Dora Pell Quint used the server for "
         "four years.\n\n"
         "Mark Dole, a lawyer for the state, said the server was safe. Sara Voss said she was surprised.\n\n"
         "Dora Pell Quint has said little about the review. Ivo Brandt runs the archive.\n")


def test_a_file_label_or_the_front_of_a_longer_name_is_never_a_person_option():
    assert not full_person_name(FILES, "Top Secret")
    assert not full_person_name(FILES, "Dora Pell")  # only ever the front of "Dora Pell Quint"
    assert full_person_name(FILES, "Dora Pell Quint")
    assert full_person_name(FILES, "Ivo Brandt")
    assert not full_person_name("The memo was marked TOP SECRET by staff.", "TOP SECRET")
    keyed = _att(FILES, "Jon Halley", "said", "one of the messages helped officials find the rest")
    for options in _options(FILES, keyed, people=["Jon Halley", "Top Secret", "Dora Pell", "Mark Dole",
                                                  "Sara Voss", "Ivo Brandt"], n=5):
        assert "Top Secret" not in options and "Dora Pell" not in options, options
        assert len(options) >= 3, options


def test_a_common_phrase_the_article_also_writes_in_lower_case_is_no_name():
    text = ("Budget talks stall\n\n"
            "Ann Cole said the talks had stalled. Aides called it Grand Bargain talk.\n\n"
            "A grand bargain is unlikely this year, Bo Ray said. Cy Dunn and Di Roe stayed home.\n")
    assert not full_person_name(text, "Grand Bargain")
    keyed = _att(text, "Ann Cole", "said", "the talks had stalled")
    for options in _options(text, keyed, people=["Ann Cole", "Grand Bargain", "Bo Ray", "Cy Dunn", "Di Roe"]):
        assert "Grand Bargain" not in options


# ---------------------------------------------------------------- 2. options of the key's type

RATES = ("Pressure on the central bank\n\n"
         "Many liberal Democrats have warned the bank not to act this year.\n\n"
         "Meg Greer, an economist at a bank, said a rise would hurt growth. Dan Holtz said the bank should wait.\n\n"
         "The Budget Office said the deficit would fall. The Budget Office meets monthly. Tom Bly spoke too.\n\n"
         "Several labor unions said the rise would cost jobs.\n")


def test_a_group_keyed_is_never_offered_among_individuals():
    keyed = _att(RATES, "Many liberal Democrats", "have warned", "the bank not to act this year",
                 kind="unnamed_group")
    others = (_att(RATES, "Meg Greer", "said", "a rise would hurt growth"),
              _att(RATES, "Dan Holtz", "said", "the bank should wait"),
              _att(RATES, "Budget Office", "said", "the deficit would fall", kind="government"),
              _att(RATES, "Several labor unions", "said", "the rise would cost jobs", kind="organisation"))
    for options in _options(RATES, keyed, others, people=["Meg Greer", "Dan Holtz", "Tom Bly"],
                            orgs=["Budget Office"]):
        assert not {"Meg Greer", "Dan Holtz", "Tom Bly"} & set(options), options


def test_an_individual_keyed_gets_individuals_and_at_most_one_body_as_the_odd_option():
    keyed = _att(RATES, "Meg Greer", "said", "a rise would hurt growth")
    others = (_att(RATES, "Dan Holtz", "said", "the bank should wait"),
              _att(RATES, "Budget Office", "said", "the deficit would fall", kind="government"),
              _att(RATES, "Several labor unions", "said", "the rise would cost jobs", kind="organisation"))
    for options in _options(RATES, keyed, others, people=["Meg Greer", "Dan Holtz", "Tom Bly"],
                            orgs=["Budget Office"]):
        people = [o for o in options if o in {"Dan Holtz", "Tom Bly"}]
        assert len(people) == 2 and len(options) - len(people) <= 1, options  # the key is never the odd one


# ---------------------------------------------------------------- 3. a role the article gives

POLICE = ("Attacks revive debate on borders\n\n"
          "The police in Ostland failed to find the cell and should have acted sooner, said Rolf Jagr, the "
          "interior minister.\n\n"
          "Senator Arne Lasch said Mr. Jagr should keep quiet. Rem Kort, an analyst, said fear would grow.\n\n"
          "At a camp on an island, Abel Zand, 25, and his wife, Bree Alow, 27, asked for understanding.\n\n"
          "\"We are not terrorists,\" Ms. Alow said. Mr. Zand said the attack was the work of killers.\n\n"
          "Minister Ute Berk and Lena Marsh, a resident of Dover, also spoke.\n\n"
          "Another user, Kai Tormo, wrote that the borders must close.\n")


def test_members_of_the_public_are_not_offered_for_a_ministers_words():
    keyed = _att(POLICE, "Rolf Jagr", "said", "The police in Ostland failed to find the cell")
    others = (_att(POLICE, "Arne Lasch", "said", "Mr. Jagr should keep quiet", source_text="Senator Arne Lasch"),
              _att(POLICE, "Rem Kort", "said", "fear would grow"),
              _att(POLICE, "Bree Alow", "said", "We are not terrorists", name="Bree Alow", source_text="Alow"),
              _att(POLICE, "Abel Zand", "said", "the attack was the work of killers", source_text="Zand"))
    for options in _options(POLICE, keyed, others, people=["Rolf Jagr", "Arne Lasch", "Rem Kort", "Abel Zand",
                                                           "Bree Alow", "Ute Berk", "Lena Marsh", "Kai Tormo"]):
        assert not {"Abel Zand", "Bree Alow", "Lena Marsh", "Kai Tormo"} & set(options), options
        assert len(options) == 3, options


# ---------------------------------------------------------------- 4. a released email is a document

MAIL = ("Emails show praise for the envoy\n\n"
        "The state department released 500 more pages of emails on Friday.\n\n"
        "White House Chief of Staff Dan Mora praised the envoy in the messages.\n\n"
        "\"Ray Holt is the finest!!!\" Dan Mora wrote in a March 3, 2014 email to top officials.\n\n"
        "In a memo released on Friday, Secretary of State Jane Doe wrote that the embassy needed more guards.\n\n"
        "Secretary of State Jane Doe said on Monday the embassy was safe from any attack.\n")


def _kinds(text, atts):
    from test_generate_sources import _ctx

    from quizgen.generate.sourcing import kind_of_source

    return kind_of_source(_ctx(plain_article(text), atts))


def test_praise_in_an_email_is_no_claim_and_an_email_is_never_keyed_as_a_spokesperson():
    from test_generate_sources import _att as satt

    from quizgen.generate.sourcing import DOCUMENT, OFFICIAL

    a = plain_article(MAIL)
    praise = satt(a, "Dan Mora", "person", "Dan Mora", "wrote", "Ray Holt is the finest!!!")
    at = MAIL.rindex("Dan Mora")
    praise = Attribution(**{**praise.__dict__, "source_span": Span(at, at + 8, "Dan Mora"), "paragraph": 4,
                            "direct": True})
    memo = satt(a, "Jane Doe", "person", "Secretary of State Jane Doe", "wrote", "the embassy needed more guards")
    assert _kinds(MAIL, [praise]) == []
    items = _kinds(MAIL, [praise, memo])
    for it in items:
        keyed = it.options[it.answer]
        assert "finest" not in it.stem, it.stem  # praise, not a claim
        if "memo" in it.stem or "email" in it.stem:
            assert keyed == DOCUMENT, (it.stem, keyed)
        assert not ("memo" in it.stem and keyed == OFFICIAL)
    spoken = satt(a, "Jane Doe", "person", "Secretary of State Jane Doe", "said",
                 "the embassy was safe from any attack")
    spoken = Attribution(**{**spoken.__dict__, "source_span": Span(MAIL.rindex("Secretary of State Jane Doe"),
                                                                   MAIL.rindex("Secretary of State Jane Doe") + 27,
                                                                   "Secretary of State Jane Doe")})
    assert [it.options[it.answer] for it in _kinds(MAIL, [spoken])] == [OFFICIAL]  # spoken words stay asked


# ---------------------------------------------------------------- 5. perspective: who is heard

def _voices_model(text, atts, names):
    from test_generate_perspective_voices import _people

    from quizgen.generate.perspective import missing_voice

    article = plain_article(text)
    analysis = plain_analysis(article, attributions=tuple(atts), entities=_people(article, *names))
    return missing_voice(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))


def _patt(text, source, source_text, cue, content, kind="person", direct=False):
    s = text.index(source_text)
    c = text.index(cue, s) if cue in text[s:] else text.index(cue)
    b = text.index(content)
    article = plain_article(text)
    par = next(p.number for p in article.paragraphs if p.start <= s < p.end)
    return Attribution(source, source_text, Span(s, s + len(source_text), source_text), kind, cue,
                       Span(c, c + len(cue), cue), content, (Span(b, b + len(content), content),), direct,
                       par, source_confidence=0.95)


CAMP = ("Attacks harden views on migrants\n\n"
        "Leaders said immigrants would face more checks. The number of immigrants rose last year.\n\n"
        "Senator Ada Holm said the checks were needed. Holm spoke in the capital.\n\n"
        "New rules for immigrants start in May.\n\n"
        "At a camp on an island, Omar Sadi, a 27-year-old refugee from Syria, said he had fled the same killers.\n\n"
        "\"We are not the enemy,\" said Lina Sadi, 24, his sister.\n")


def test_a_group_is_heard_when_a_quoted_member_is_introduced_as_one_of_a_near_synonym():
    atts = [_patt(CAMP, "Ada Holm", "Senator Ada Holm", "said", "the checks were needed"),
            _patt(CAMP, "Omar Sadi", "Omar Sadi", "said", "he had fled the same killers"),
            _patt(CAMP, "Lina Sadi", "Lina Sadi", "said", "We are not the enemy", direct=True)]
    item = _voices_model(CAMP, atts, ["Ada Holm", "Holm", "Omar Sadi", "Lina Sadi"])
    assert item is None or not re.search(r"immigrants|refugees|migrants", item.answer[0], re.I), item.answer


ANALYSIS = ("Primary race tightens as voters decide\n\n"
            "Keep it\nIf Dora Vale somehow won the state, she would lead the race again. "
            "She already was looking ahead to the south.\n\n"
            "Senator Ada Holm said the race was close. Holm campaigned in the north.\n\n"
            "Governor Ned Hale said voters wanted change. Voters went to the polls on Tuesday.\n\n"
            "Many voters were undecided. Dora Vale campaigned in the south.\n")


def test_the_explanation_lists_only_real_speakers_not_the_articles_own_analysis():
    par = "Keep it\nIf Dora Vale somehow won the state, she would lead the race again. " \
          "She already was looking ahead to the south."
    vale = _patt(ANALYSIS, "Dora Vale", "Dora Vale", "If", par, direct=True)
    colon = ANALYSIS.index(".", ANALYSIS.index(par) + len(par))
    vale = Attribution(**{**vale.__dict__, "cue": ".", "cue_span": Span(colon, colon + 1, ".")})
    atts = [vale, _patt(ANALYSIS, "Ada Holm", "Senator Ada Holm", "said", "the race was close"),
            _patt(ANALYSIS, "Ned Hale", "Governor Ned Hale", "said", "voters wanted change")]
    item = _voices_model(ANALYSIS, atts, ["Ada Holm", "Holm", "Dora Vale", "Ned Hale"])
    assert item is not None
    assert "somehow" not in item.explanation and all("somehow" not in s.text for s in item.support), \
        item.explanation


def test_a_claim_reported_in_another_persons_message_is_not_asked_of_the_reader_of_it():
    from test_generate_sources import _att as satt

    text = ("Emails show the rescue\n\n"
            "White House Chief of Staff Dan Mora praised the envoy in the messages.\n\n"
            "Dan Mora was responding to a message from Undersecretary Ann Weir, reporting that the plane with the "
            "staff had left the city.\n")
    a = plain_article(text)
    reply = satt(a, "Dan Mora", "person", "Dan Mora", "reporting", "the plane with the staff had left the city")
    at = text.rindex("Dan Mora")
    reply = Attribution(**{**reply.__dict__, "source_span": Span(at, at + 8, "Dan Mora"), "paragraph": 2})
    assert _kinds(text, [reply]) == []
