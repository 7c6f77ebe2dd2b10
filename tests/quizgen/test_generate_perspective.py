"""Perspective items on constructed articles: the voices heard are the ledger's sources, named once
each and cased as written; the suggested missing voice is a party the article mentions and never
hears; no "… and others" lists."""
from __future__ import annotations

import random
import re

from factories import plain_article

from quizgen.generate.base import Context
from quizgen.generate.perspective import missing_voice
from quizgen.model import ITEM_KINDS, Analysis, Attribution, Entity, Readability, Sentence, Span

TEXT = ("Water board fined over river spill\n\n"
        "Farmers downstream lost crops after the spill. Farmers had planted the fields in May.\n\n"
        "Lydia Buchtmann, who heads the inquiry, said the fine was fair. Bauchtman added that the board had "
        "been warned.\n\n"
        "Critics of the board say the fine is too small. Rising rates said little about the cost.\n\n"
        "A new study says fish died. The Acme Water Authority said it regrets the spill.\n\n"
        "Residents said the water smells. John Smith, a chemist, said the river will recover.\n")


def _span(article, phrase, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = article.text.index(phrase, i + 1)
    return Span(i, i + len(phrase), phrase)


def _after(article, phrase, start):
    i = article.text.index(phrase, start)
    return Span(i, i + len(phrase), phrase)


def _par(article, offset):
    return next(p.number for p in article.paragraphs if p.start <= offset < p.end)


def _att(article, source, kind, source_text, cue, content):
    s = _span(article, source_text)
    c = _after(article, content, s.start)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=_after(article, cue, s.start), content=content, content_spans=(c,), direct=False,
                       paragraph=_par(article, s.start))


def _analysis(article, atts, entities=()):
    sents = []
    for p in article.paragraphs:
        for m in re.finditer(r"[^.]+\.", p.text):
            text = m.group().strip()
            start = p.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
            sents.append(Sentence(Span(start, start + len(text), text), p.number, len(sents)))
    return Analysis(sentences=tuple(sents), entities=tuple(entities), attributions=tuple(atts), evidence=(),
                    hedges=(), judgments=(), conflicts=(), quantities=(), vocabulary=(),
                    readability=Readability(8.0, 60.0, 90, 10, 1), main_ideas=tuple(sents[:1]))


def _ledger(article):
    return [
        _att(article, "Lydia Buchtmann", "person", "Lydia Buchtmann", "said", "the fine was fair"),
        _att(article, "Bauchtman", "person", "Bauchtman", "added", "the board had been warned"),  # misspelt
        _att(article, "Critics of the board", "unnamed_group", "Critics of the board", "say",
             "the fine is too small"),
        _att(article, "rising rates", "unnamed_group", "Rising rates", "said", "little about the cost"),
        _att(article, "new study", "document", "A new study", "says", "fish died"),
        _att(article, "Acme Water Authority", "organisation", "The Acme Water Authority", "said",
             "it regrets the spill"),
        _att(article, "Residents", "unnamed_group", "Residents", "said", "the water smells"),
        _att(article, "John Smith", "person", "John Smith", "said", "the river will recover"),
    ]


def _item(article, atts):
    ctx = Context(article, _analysis(article, atts), random.Random(0), frozenset(ITEM_KINDS))
    return missing_voice(ctx)


def test_voices_heard_are_the_sources_once_each_cased_and_none_invented():
    from quizgen.generate.perspective import _voices

    article = plain_article(TEXT)
    ctx = Context(article, _analysis(article, _ledger(article)), random.Random(0), frozenset(ITEM_KINDS))
    heard = _voices(ctx)
    assert heard == ["Lydia Buchtmann", "John Smith", "critics", "the Acme Water Authority", "residents"]
    assert "Bauchtman" not in heard  # the misspelt surname is the same person
    assert not any("rates" in h or "study" in h for h in heard)  # not voices: a thing and a document
    item = _item(article, _ledger(article))
    assert "others" not in item.stem and "Lydia" not in item.stem  # the stem lists no one


def test_suggested_missing_voice_is_mentioned_but_never_heard():
    article = plain_article(TEXT)
    item = _item(article, _ledger(article))
    model = item.answer[0]
    assert "farmers (¶1)" in model.lower()
    assert "residents" not in model.lower()  # residents are heard in ¶5
    levels = {r.points: r.description for r in item.rubric}
    assert "already quotes" in levels[0]  # a voice already heard with nothing new earns nothing
    assert "quoted on other matters" in levels[3]  # a reply to a charge is a missing account (judged blind)
    assert "any person or group" in levels[3]  # any defensible missing voice is credited


def test_many_voices_are_counted_not_listed_with_and_others():
    # seven distinct voices: add two more named people speaking in the last paragraph
    text2 = TEXT.replace("John Smith, a chemist,", "John Smith, Ann Lee and Bo Kim, chemists,")
    article2 = plain_article(text2)
    atts = _ledger(article2)[:-1] + [
        _att(article2, n, "person", n, "said", "the river will recover") for n in ("John Smith", "Ann Lee", "Bo Kim")]
    item = _item(article2, atts)
    assert "and others" not in item.stem and "Ann Lee" not in item.stem


def test_a_surname_takes_the_full_name_the_article_gives():
    text = ("Vote delayed\n\nSenator Barack Obama spoke on Monday. Obama said the vote would wait. Voters were angry, "
            "and many voters stayed at home.\n")
    article = plain_article(text)
    att = _att(article, "Obama", "person", "Obama", "said", "the vote would wait")
    ctx = Context(article, _analysis(article, [att], [Entity("Barack Obama", "PERSON",
                                                             _span(article, "Barack Obama"), 1)]),
                  random.Random(0), frozenset(ITEM_KINDS))
    from quizgen.generate.perspective import _voices

    assert _voices(ctx) == ["Barack Obama"]
    assert "voters (¶1)" in missing_voice(ctx).answer[0].lower()


def test_a_group_is_named_by_the_words_right_before_it_only():
    text = ("Salt rules\n\n"
            "Professor Lee says manufacturers could add iodine to bread. Manufacturers have not replied.\n\n"
            "Ann Lee said the rules are overdue.\n")
    article = plain_article(text)
    att = _att(article, "Ann Lee", "person", "Ann Lee", "said", "the rules are overdue")
    model = _item(article, [att]).answer[0]
    assert "manufacturers (¶1)" in model and "Lee manufacturers" not in model


def test_an_unnamed_group_key_gets_named_distractors_only():
    from quizgen.generate.distractors import source_distractors

    text = ("Iodine study\n\n"
            "The report's authors said iodine is the sleeper health issue in the country.\n\n"
            "Researchers say half of all children lack iodine in their diet.\n\n"
            "Ann Lee said the rules are overdue. Bo Kim said salt is cheap. Cy Roe said bread is a good carrier. "
            "Di Fox said schools should help.\n")
    article = plain_article(text)
    keyed = _att(article, "Report's authors", "unnamed_group", "The report's authors", "said",
                 "iodine is the sleeper health issue in the country")
    others = [_att(article, "Researchers", "unnamed_group", "Researchers", "say",
                   "half of all children lack iodine in their diet")]
    others += [_att(article, n, "person", n, "said", c) for n, c in (
        ("Ann Lee", "the rules are overdue"), ("Bo Kim", "salt is cheap"), ("Cy Roe", "bread is a good carrier"),
        ("Di Fox", "schools should help"))]
    ctx = Context(article, _analysis(article, [keyed, *others]), random.Random(0), frozenset(ITEM_KINDS))
    got = source_distractors(ctx, keyed, 3)
    # never "Researchers" (maybe the same people); and since the seventh blind judging never the four
    # individuals either (a group keyed among names gives itself away): no options, so no item
    assert got == []


def test_an_organisation_the_tagger_saw_once_is_no_who_said_distractor():
    from quizgen.generate.distractors import source_distractors
    from quizgen.model import Entity

    text = ("Host speaks\n\n"
            "Glenn Beck said the race is not over yet. He spoke from his replica Oval Office on Friday.\n\n"
            "Ann Lee said the rules are overdue. Bo Kim said salt is cheap.\n")
    article = plain_article(text)
    keyed = _att(article, "Glenn Beck", "person", "Glenn Beck", "said", "the race is not over yet")
    others = [_att(article, n, "person", n, "said", c) for n, c in (("Ann Lee", "the rules are overdue"),
                                                                    ("Bo Kim", "salt is cheap"))]
    ents = (Entity("Oval Office", "ORG", _span(article, "Oval Office"), 1),)
    ctx = Context(article, _analysis(article, [keyed, *others], ents), random.Random(0), frozenset(ITEM_KINDS))
    got = source_distractors(ctx, keyed, 3)
    assert "Oval Office" not in got
    assert set(got) == {"Ann Lee", "Bo Kim"}


def test_a_role_without_a_name_is_never_a_distractor_for_a_named_person():
    from quizgen.generate.distractors import source_distractors

    text = ("Visit offered\n\n"
            "A foreign ministry spokesperson invited the minister to visit the region soon.\n\n"
            "Hua Chunying told reporters there were no abuses taking place there.\n\n"
            "Ann Lee said the rules are overdue. Bo Kim said salt is cheap. Cy Roe said bread is good.\n")
    article = plain_article(text)
    role = _att(article, "foreign ministry spokesperson", "government", "A foreign ministry spokesperson",
                "invited", "the minister to visit the region soon")
    hua = _att(article, "Hua Chunying", "person", "Hua Chunying", "told", "there were no abuses taking place there")
    others = [_att(article, n, "person", n, "said", c) for n, c in (
        ("Ann Lee", "the rules are overdue"), ("Bo Kim", "salt is cheap"), ("Cy Roe", "bread is good"))]
    ctx = Context(article, _analysis(article, [role, hua, *others]), random.Random(0), frozenset(ITEM_KINDS))
    got = source_distractors(ctx, hua, 3)
    assert len(got) == 3 and not any("spokesperson" in g.lower() for g in got)


def test_groups_and_names_inside_quotations_are_not_suggested_or_offered():
    from quizgen.generate.distractors import source_distractors
    from quizgen.model import Entity

    text = ("Host quotes scripture\n\n"
            "Glenn Beck said \"they will be proud, disobedient to parents, unthankful\" about the voters.\n\n"
            "He called the senator \"the next George Washington\" on air. Voters in the state were unmoved.\n\n"
            "Ann Lee said the rules are overdue. Bo Kim said salt is cheap.\n")
    article = plain_article(text)
    beck = _att(article, "Glenn Beck", "person", "Glenn Beck", "said",
                "\"they will be proud, disobedient to parents, unthankful\"")
    others = [_att(article, n, "person", n, "said", c) for n, c in (("Ann Lee", "the rules are overdue"),
                                                                    ("Bo Kim", "salt is cheap"))]
    gw = _span(article, "George Washington")
    ctx = Context(article, _analysis(article, [beck, *others], (Entity("George Washington", "PERSON", gw, 2),)),
                  random.Random(0), frozenset(ITEM_KINDS))
    model = missing_voice(ctx).answer[0]
    assert "parents" not in model and "voters (¶" in model.lower()
    assert "George Washington" not in source_distractors(ctx, beck, 3)


def test_a_name_inside_a_role_phrase_is_no_distractor_either():
    from quizgen.generate.distractors import source_distractors

    text = ("Tax plans\n\n"
            "A top adviser for President Obama explained the plan would fail.\n\n"
            "Jason Furman said the allure of simplicity is a chimera.\n\n"
            "Ann Lee said the rules are overdue. Bo Kim said salt is cheap. Cy Roe said bread is good.\n")
    article = plain_article(text)
    adviser = _att(article, "Obama", "person", "A top adviser for President Obama", "explained",
                   "the plan would fail")
    furman = _att(article, "Jason Furman", "person", "Jason Furman", "said", "the allure of simplicity is a chimera")
    others = [_att(article, n, "person", n, "said", c) for n, c in (
        ("Ann Lee", "the rules are overdue"), ("Bo Kim", "salt is cheap"), ("Cy Roe", "bread is good"))]
    ctx = Context(article, _analysis(article, [adviser, furman, *others]), random.Random(0), frozenset(ITEM_KINDS))
    assert "Obama" not in source_distractors(ctx, furman, 3)


# Judged blind (second development round): model answers built from a group word met once in an
# aside or inside a name had no stake in the story; a party the article says declined to comment
# was what the judges named as the missing voice.
PANEL = ("Ethics panel faults records office\n\n"
         "A report found the records office gave wrong answers. Citizens for Responsibility and Ethics in "
         "Washington had asked for the files.\n\n"
         "Inspector Jane Roe said the office misled the court. She said it also advocated for children once.\n\n"
         "A lawyer for Cheryl Mills did not respond to a request for comment.\n")


def _panel_item():
    article = plain_article(PANEL)
    atts = [_att(article, "Jane Roe", "person", "Inspector Jane Roe", "said", "the office misled the court"),
            _att(article, "Jane Roe", "person", "She", "said", "it also advocated for children once")]
    return missing_voice(Context(article, _analysis(article, atts), random.Random(0), frozenset(ITEM_KINDS)))


def test_a_party_that_declined_to_comment_is_the_suggested_missing_voice():
    model = _panel_item().answer[0]
    assert "Cheryl Mills (¶3)" in model and "declined to comment or did not respond" in model


def test_no_group_met_once_or_inside_a_name_is_suggested():
    model = _panel_item().answer[0].lower()
    assert "citizens" not in model  # a word of an organisation's name
    assert "children" not in model  # named once, in an aside


def test_a_sentence_s_first_word_is_not_taken_as_the_group_s_name():
    text = ("Polls close\n\n"
            "As voters went to the polls on Monday, turnout was high.\n\n"
            "Senator Ann Lee said the count would be quick. Many voters waited for hours.\n")
    article = plain_article(text)
    atts = [_att(article, "Ann Lee", "person", "Senator Ann Lee", "said", "the count would be quick")]
    model = missing_voice(Context(article, _analysis(article, atts), random.Random(0),
                                  frozenset(ITEM_KINDS))).answer[0]
    assert "voters (¶1)" in model and "As voters" not in model


def test_a_group_chanting_a_quotation_is_heard():
    """Judged blind: "protesters (¶1)" suggested as never heard, while they chanted "she wins, we lose!"."""
    text = ("Protest at rally\n\n"
            "Protesters gathered outside the hall before the speech on Tuesday.\n\n"
            "The protesters chanted \"she wins, we lose!\" as the senator arrived.\n\n"
            "Senator Ann Lee said the plan would create jobs in every town.\n")
    article = plain_article(text)
    from quizgen.generate.perspective import _unheard, _voices

    lee = _att(article, "Ann Lee", "person", "Senator Ann Lee", "said", "the plan would create jobs in every town")
    ctx = Context(article, _analysis(article, [lee]), random.Random(0), frozenset(ITEM_KINDS))
    assert "protesters" not in [g for g, _ in _unheard(ctx, _voices(ctx))]
    item = missing_voice(ctx)  # no other party to name: no item
    assert item is None or "protesters" not in item.answer[0].lower()


def test_a_column_never_merges_two_people_of_one_surname():
    """Judged blind: a column's model answer cited "Michelle Obama (¶4)", where ¶4 named Barack Obama."""
    from quizgen.generate.perspective import _named_unheard

    text = ("The party season\n\n"
            "I went to the party and I loved it.\n\n"
            "My favourite guest was a senator.\n\n"
            "Barack Obama greeted the guests at the door. Barack Obama smiled.\n\n"
            "Later Michelle Obama joined him. Michelle Obama thanked the staff.\n\n"
            "Laura Bush had hosted it before. Laura Bush left early.\n")
    article = plain_article(text)
    ents = [Entity(n, "PERSON", _span(article, n, k), 0) for n in ("Barack Obama", "Michelle Obama", "Laura Bush")
            for k in (0, 1)]
    ctx = Context(article, _analysis(article, [], ents), random.Random(0), frozenset(ITEM_KINDS))
    got = _named_unheard(ctx, news=False)
    assert ("Laura Bush", 5) in got and not any("Obama" in name for name, _ in got)
