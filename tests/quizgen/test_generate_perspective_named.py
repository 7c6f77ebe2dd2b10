"""The missing-voice item names a concrete party or is not made (constructed articles, from the blind
judging of the latest dev set): the model answer names a person, organisation or group the article
criticises, makes claims about, or is about, with its paragraph and why their account matters; never
someone the text makes a speaker (a "he said" the ledger gave to another), never the speaker's own
staff, a place, a perpetrator, a group that kills or a count of delegates; a column is asked about
the writer's perspective; the rubric has a 0-point level."""
from __future__ import annotations

import random

from factories import paragraph_of as _par
from factories import people_entities as _people
from factories import plain_analysis, plain_article
from factories import span_at as _span

from quizgen.generate.base import Context
from quizgen.generate.perspective import missing_voice
from quizgen.model import ITEM_KINDS, Attribution, Entity


def _att(article, source, source_text, cue, content, kind="person", nth=0):
    s = _span(article, source_text, article.paragraphs[0].start)
    for _ in range(nth):
        s = _span(article, source_text, s.start + 1)
    c = _span(article, content, s.start if content not in article.text[:s.start] else 0)
    return Attribution(source=source, source_text=source_text, source_span=s, source_kind=kind, cue=cue,
                       cue_span=_span(article, cue, s.start), content=content, content_spans=(c,), direct=False,
                       paragraph=_par(article, s.start), source_confidence=0.95)


def _ents(article, label, *names):
    out = []
    for name in names:
        start = article.paragraphs[0].start
        while name in article.text[start:]:
            s = _span(article, name, start)
            out.append(Entity(name, label, s, _par(article, s.start)))
            start = s.end
    return tuple(out)


def _item(article, atts, people=(), entities=()):
    analysis = plain_analysis(article, attributions=tuple(atts), entities=_people(article, *people) + tuple(entities))
    return missing_voice(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))


# ---------------------------------------------------------------- 1. no concrete party: no item

def test_no_item_when_no_concrete_party_can_be_named():
    """Judged blind: "a strong answer names someone else … for example someone directly affected"
    gave a teacher no benchmark."""
    text = ("Rates to rise next year\n\n"
            "The central bank will raise rates in the spring, the first rise in a decade.\n\n"
            "Tom Hale, an economist at a bank in Leeds, said the rise was overdue.\n\n"
            "Markets fell on the news and the pound rose against the euro.\n")
    article = plain_article(text)
    atts = [_att(article, "Tom Hale", "Tom Hale", "said", "the rise was overdue")]
    assert _item(article, atts, ["Tom Hale"]) is None


# ---------------------------------------------------------------- 2. the criticised party, with why

def test_a_person_criticised_in_a_paragraph_with_a_quotation_is_named_with_the_reason():
    """Judged blind: the housing secretary attacked by a senator's allies, given no reply, was the
    missing voice the key left out (his paragraph also held the critic's quotation)."""
    text = ("Allies test their strength\n\n"
            "Allies of Ben Sanford are mounting a public attack on the housing secretary, Julia Castell, over "
            "sales of old loans to banks.\n\n"
            "\"There is a greater goal here,\" said Raul Grant, who sent a letter to Castell about the sales.\n\n"
            "Raul Grant said the sales hurt families.\n")
    article = plain_article(text)
    atts = [_att(article, "Raul Grant", "Raul Grant", "said", "There is a greater goal here"),
            _att(article, "Raul Grant", "Raul Grant", "said", "the sales hurt families", nth=1)]
    item = _item(article, atts, ["Julia Castell", "Castell", "Raul Grant", "Ben Sanford"])
    assert item is not None
    model = item.answer[0]
    assert "Julia Castell (¶1)" in model and "criticism" in model and "no reply" in model
    assert "Raul Grant (" not in model  # heard


def test_the_people_a_poll_is_about_are_named_when_none_of_them_is_quoted():
    """Judged blind: a poll on whether transgender individuals may use a bathroom quoted two young
    voters; the transgender people it was about were the missing voice."""
    text = ("Young voters split in poll on transgender bathroom rules\n\n"
            "Most young voters say transgender individuals should use the bathroom they choose.\n\n"
            "Gina Cruz, 34, a nurse from Austin, says everyone should choose their own bathroom.\n\n"
            "Older voters say transgender individuals should use the bathroom of their birth sex.\n")
    article = plain_article(text)
    atts = [_att(article, "Gina Cruz", "Gina Cruz", "says", "everyone should choose their own bathroom")]
    item = _item(article, atts, ["Gina Cruz"])
    assert item is not None
    model = item.answer[0]
    assert "transgender individuals (¶1)" in model and "poll" in model
    assert "independent expert" not in model and "directly affected" not in model


def test_a_person_a_speaker_makes_claims_about_is_named_even_with_the_accusers_quotation_by_the_name():
    """'President Obama "founded ISIS"' quotes the accuser, not the accused: the accused is no voice."""
    text = ("Governor blames the press\n\n"
            "Governor Mike Penn defended Dan Trout's claim that Senator Ann Vole \"broke the law,\" "
            "saying reporters missed the larger point.\n\n"
            "\"It was Ann Vole who undid all the good work,\" Penn said at a town hall.\n\n"
            "Vole was not at the town hall on Thursday.\n")
    article = plain_article(text)
    atts = [_att(article, "Mike Penn", "Governor Mike Penn", "saying", "reporters missed the larger point"),
            _att(article, "Dan Trout", "Dan Trout", "claim", "broke the law"),
            _att(article, "Mike Penn", "Penn", "said", "It was Ann Vole who undid all the good work", nth=1)]
    item = _item(article, atts, ["Mike Penn", "Penn", "Ann Vole", "Vole", "Dan Trout"])
    assert item is not None
    model = item.answer[0]
    assert "Ann Vole (¶1)" in model and "Mike Penn makes claims about" in model


# ---------------------------------------------------------------- 3. never someone the text makes a speaker

WILDE = ("Campaign lays out its plan\n\n"
         "Paul Marten, the campaign chief, met party members at a hotel. He was joined by Rick Wilde, who "
         "runs field work, and Nora Bell.\n\n"
         "Party members accused Nora Bell of wasting money.\n\n"
         "Rick Wilde walked them through a slide show of the states the campaign hopes to win. Wilde had made "
         "the slides himself.\n\n"
         "And in other states, he said the candidate could force his rival to spend money.\n\n"
         "\"Can we win the state?\" Marten asked.\n")


def test_a_person_reported_as_saying_something_by_a_pronoun_is_never_the_missing_voice():
    """Judged blind: "Rick Wiley … never quoted or reported as saying anything", while the next
    paragraph said "he said Mr. Trump could force Mrs. Clinton to spend money" (the ledger gave that
    sentence to someone else)."""
    article = plain_article(WILDE)
    marten = _att(article, "Paul Marten", "Marten", "asked", "Can we win the state?", nth=1)
    # the ledger gives "he said" to the campaign chief, as it did in the judged article
    he = _span(article, "he said")
    he_said = Attribution(source="Paul Marten", source_text="he", source_span=_span(article, "he", he.start),
                          source_kind="person", cue="said", cue_span=_span(article, "said", he.start),
                          content="the candidate could force his rival to spend money",
                          content_spans=(_span(article, "the candidate could force his rival to spend money"),),
                          direct=False, paragraph=_par(article, he.start), source_confidence=0.95)
    atts = [marten, he_said]
    item = _item(article, atts, ["Paul Marten", "Marten", "Rick Wilde", "Nora Bell"])
    assert item is not None
    model = item.answer[0]
    assert "Wilde" not in model
    assert "Nora Bell (¶1)" in model  # accused, never heard: the party to name instead


def test_the_speakers_own_staff_is_no_missing_voice():
    text = ("Campaign lays out its plan\n\n"
            "Paul Marten, the campaign chief, met party members at a hotel with Rick Wilde, the campaign's "
            "political director.\n\n"
            "Rick Wilde had set up the meeting weeks ago.\n\n"
            "\"We will win the state,\" Marten said.\n\n"
            "Members of the party doubt the plan. Rick Wilde was not at the dinner.\n")
    article = plain_article(text)
    atts = [_att(article, "Paul Marten", "Marten", "said", "We will win the state", nth=1)]
    item = _item(article, atts, ["Paul Marten", "Marten", "Rick Wilde"])
    assert item is None or "Wilde" not in item.answer[0]


# ---------------------------------------------------------------- 4. never a place, a killer, a count

def test_a_city_a_perpetrator_a_violent_group_and_a_count_of_delegates_are_never_suggested():
    text = ("Gunman worked for a guard firm\n\n"
            "Officials say Omar Mir Sadeen, who took the lives of 49 people at a club, worked for a guard "
            "firm.\n\n"
            "Sadeen had praised ISIS online. ISIS has claimed attacks before.\n\n"
            "San Pedro Sula, Honduras, had more murders than any city. San Pedro Sula has a large port.\n\n"
            "There are 384 pledged delegates at stake. The senator is 439 delegates short.\n\n"
            "Senator Amy Rolt said the firm must explain its checks.\n")
    article = plain_article(text)
    atts = [_att(article, "Amy Rolt", "Senator Amy Rolt", "said", "the firm must explain its checks")]
    ents = (_ents(article, "ORG", "ISIS") + _ents(article, "GPE", "Honduras")
            + _ents(article, "PERSON", "San Pedro Sula"))
    item = _item(article, atts, ["Omar Mir Sadeen", "Sadeen", "Amy Rolt"], ents)
    model = item.answer[0] if item else ""
    for wrong in ("Sadeen", "ISIS", "San Pedro", "delegates"):
        assert wrong not in model, wrong


def test_a_vague_group_is_named_with_whose_it_is():
    text = ("Sanford allies push the party left\n\n"
            "Supporters of Ben Sanford are pressing the party to adopt a higher minimum wage.\n\n"
            "Party leaders do not want to lose the supporters whose votes they need in November.\n\n"
            "Senator Amy Rolt said the party would listen to every side.\n")
    article = plain_article(text)
    atts = [_att(article, "Amy Rolt", "Senator Amy Rolt", "said", "the party would listen to every side")]
    item = _item(article, atts, ["Ben Sanford", "Amy Rolt"])
    assert item is not None
    assert "supporters of Ben Sanford (¶1)" in item.answer[0]


# ---------------------------------------------------------------- 5. a column; the wording; the rubric

COLUMN = ("Markets are never ready for the bank\n\n"
          "Jan Yelland will walk to the board room on Wednesday to raise rates for the first time in years.\n\n"
          "Investors have had seven years of cheap money. Yelland and her advisers will watch the dollar.\n\n"
          "Dave March, a historian, said rates in two regions have moved apart seven times since the war.\n\n"
          "It is well past time to raise rates. Yelland is the most powerful woman in the world.\n\n"
          "Dan Calloway is editor of the paper. His opinions are his own.\n")


def test_a_signed_column_asks_whose_perspective_the_writer_leaves_out_and_names_the_person_argued_about():
    """Judged blind: a signed column ("His opinions are his own") was called a "story" and asked for a
    missing stakeholder, with "someone directly affected" as the key."""
    article = plain_article(COLUMN)
    atts = [_att(article, "Dave March", "Dave March", "said",
                 "rates in two regions have moved apart seven times since the war")]
    item = _item(article, atts, ["Jan Yelland", "Yelland", "Dave March", "Dan Calloway"])
    assert item is not None
    assert "opinion piece" in item.stem and "writer" in item.stem and "story" not in item.stem
    assert "Jan Yelland (¶1)" in item.answer[0]


def test_the_stem_says_article_and_the_rubric_has_a_zero_level():
    text = ("Water board fined over river spill\n\n"
            "Farmers downstream lost crops after the spill. Farmers had planted the fields in May.\n\n"
            "John Smith, a chemist, said the river will recover.\n")
    article = plain_article(text)
    atts = [_att(article, "John Smith", "John Smith", "said", "the river will recover")]
    item = _item(article, atts, ["John Smith"])
    assert item is not None
    assert "story" not in item.stem and "article" in item.stem
    assert "farmers (¶1)" in item.answer[0].lower()
    levels = {r.points: r.description for r in item.rubric}
    assert sorted(levels) == [0, 1, 2, 3]
    assert "No answer" in levels[0] and "already quotes" in levels[0]


def test_a_group_named_once_under_a_headline_about_what_concerns_it_is_named():
    """The asylum seekers a new asylum process is for, never quoted (only their advocates are, whose
    organisations' names hold "Refugee" and "Immigrants"), are the missing voice."""
    text = ("New asylum process to replace interviews with a form\n\n"
            "The government will send forms to 12,000 applicants instead of holding interviews.\n\n"
            "Critics say the forms make it hard for some asylum seekers who speak no English.\n\n"
            "Enver Salem, head of the Refugee Council, said the forms were clumsy.\n\n"
            "Cait Bos of the Council for the Welfare of Immigrants said people could lose their claims.\n")
    article = plain_article(text)
    atts = [_att(article, "Enver Salem", "Enver Salem", "said", "the forms were clumsy"),
            _att(article, "Cait Bos", "Cait Bos", "said", "people could lose their claims"),
            _att(article, "Critics", "Critics", "say", "the forms make it hard for some asylum seekers who speak "
                 "no English", kind="unnamed_group")]
    item = _item(article, atts, ["Enver Salem", "Cait Bos"])
    assert item is not None
    assert "asylum seekers (¶2)" in item.answer[0] and "headline" in item.answer[0]


def test_no_party_from_an_attacking_style_a_group_tagged_as_a_person_an_aside_or_a_name_in_passing():
    """A footballer playing in an "attacking style" is not criticised; "Hill Democrats" is no person;
    "hostility toward Muslims" in a story about a robotics team is an aside; an actor named twice for
    the buildings named after him is no one the story is about."""
    text = ("Belgium beat Panama in Sochi\n\n"
            "Belgium started with an attacking style with Romelu Lukas making early attempts on goal.\n\n"
            "Lukas scored twice in the second half. Hill Democrats watched the game in a bar.\n\n"
            "Critics blame the hostility toward Muslims for the empty seats. Hill Democrats left early.\n\n"
            "The stadium is lined with stands named for stars like Clark Gabel. Gabel played there once.\n\n"
            "\"We have learned a lot today,\" Hernan Gomez, the Panama coach, said after the match.\n")
    article = plain_article(text)
    atts = [_att(article, "Hernan Gomez", "Hernan Gomez", "said", "We have learned a lot today")]
    ents = (_ents(article, "PERSON", "Hill Democrats") + _ents(article, "NORP", "Democrats"))
    item = _item(article, atts, ["Romelu Lukas", "Lukas", "Hernan Gomez", "Clark Gabel", "Gabel"], ents)
    model = item.answer[0] if item else ""
    for wrong in ("Lukas", "Democrats", "Muslims", "Gabel"):
        assert wrong not in model, wrong


def test_a_spacecraft_the_tagger_took_for_a_person_is_no_missing_voice():
    text = ("Agency picks homes for retired shuttles\n\n"
            "In 1981 Space Shuttle Colombo lifted off on the first mission.\n\n"
            "Colombo was lost in 2003. The agency will send the other orbiters to museums.\n\n"
            "Colombo flew 28 missions. Jon Corny said the choice of museums was unfair to Texas.\n")
    article = plain_article(text)
    atts = [_att(article, "Jon Corny", "Jon Corny", "said", "the choice of museums was unfair to Texas")]
    item = _item(article, atts, ["Space Shuttle Colombo", "Colombo", "Jon Corny"])
    assert item is None or "Colombo" not in item.answer[0]


def test_a_person_named_at_the_end_of_a_quotation_is_not_its_speaker():
    """'"Israel was sold out by Kerr and Oban," Tramp said': Tramp speaks, not Kerr or Oban."""
    from quizgen.generate.perspective import _heard_in_text

    text = ("Candidate attacks the deal\n\n"
            "\"Israel was sold out by Kerr and Oban,\" Tramp said in August.\n\n"
            "Jon Kerr led the talks for a year. Kerr met the ministers in Vienna.\n")
    article = plain_article(text)
    atts = [_att(article, "Tramp", "Tramp", "said", "Israel was sold out by Kerr and Oban")]
    analysis = plain_analysis(article, attributions=tuple(atts), entities=_people(article, "Jon Kerr", "Kerr", "Tramp"))
    heard = _heard_in_text(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))
    assert "Tramp" in heard and "Kerr" not in heard and "Oban" not in heard


def test_a_garbled_name_is_never_the_missing_voice():
    """A source's mojibake ("JuliÃ¡n") is never printed in the model answer."""
    text = ("Allies test their strength\n\n"
            "Allies of Ben Sanford are mounting a public attack on the housing secretary, JuliÃ¡n Castell, over "
            "sales of old loans to banks.\n\n"
            "\"There is a greater goal here,\" said Raul Grant, who sent a letter to Castell about the sales.\n\n"
            "Raul Grant said the sales hurt families.\n")
    article = plain_article(text)
    atts = [_att(article, "Raul Grant", "Raul Grant", "said", "There is a greater goal here"),
            _att(article, "Raul Grant", "Raul Grant", "said", "the sales hurt families", nth=1)]
    item = _item(article, atts, ["JuliÃ¡n Castell", "Castell", "Raul Grant", "Ben Sanford"])
    assert item is None or "Ã" not in item.answer[0], item.answer


def test_a_figure_of_a_hate_group_is_never_the_missing_voice():
    """Judged blind: "David Duke (a former KKK leader) … his account is missing" in a story about
    disavowing the KKK: false balance no teacher would model."""
    text = ("Candidate pressed to disavow Klan support\n\n"
            "Anchor Jo Marsh pressed the candidate to disavow Dale Drummond, a former Ku Klux Klan leader who had "
            "praised him on the radio.\n\n"
            "\"You have to say it clearly and say it today,\" said Jo Marsh.\n\n"
            "Jo Marsh said the candidate had dodged the question twice.\n\n"
            "Dale Drummond has backed the candidate since the spring, and Drummond has spoken at two rallies.\n")
    article = plain_article(text)
    atts = [_att(article, "Jo Marsh", "Jo Marsh", "said", "You have to say it clearly and say it today"),
            _att(article, "Jo Marsh", "Jo Marsh", "said", "the candidate had dodged the question twice", nth=2)]
    item = _item(article, atts, ["Jo Marsh", "Dale Drummond", "Drummond"])
    assert item is None or "Drummond" not in item.answer[0], item.answer


def test_a_person_the_article_reports_hinting_is_heard():
    """Judged blind: "the article never reports Clinton's own account" while it says "Clinton has intimated …"."""
    text = ("Young voters and the candidates\n\n"
            "Allies of Ben Sanford are mounting a public attack on the housing secretary, Julia Castell, over "
            "sales of old loans to banks.\n\n"
            "Castell has intimated that she would halt the sales if the banks raised rents.\n\n"
            "\"There is a greater goal here,\" said Raul Grant, who sent a letter to Castell about the sales.\n\n"
            "Raul Grant said the sales hurt families.\n")
    article = plain_article(text)
    atts = [_att(article, "Raul Grant", "Raul Grant", "said", "There is a greater goal here"),
            _att(article, "Raul Grant", "Raul Grant", "said", "the sales hurt families", nth=1)]
    item = _item(article, atts, ["Julia Castell", "Castell", "Raul Grant", "Ben Sanford"])
    assert item is None or "Castell" not in item.answer[0], item.answer


def test_a_legislature_whose_members_speak_is_heard():
    """Judged blind: "Congress's own account is never reported" in an article built on senators speaking."""
    text = ("Harbor bill lacks support\n\n"
            "Congress has stalled the harbor bill for a year, and Congress is blamed by port workers for the "
            "delay. Congress will vote again in May, and Congress may change the bill.\n\n"
            "\"We will not pass a bill that hands the port to one company,\" said Sen. Ann Cole.\n\n"
            "Sen. Tom Hale said the bill would cost too much.\n\n"
            "Congress last passed a harbor law in 1990.\n")
    article = plain_article(text)
    atts = [_att(article, "Ann Cole", "Sen. Ann Cole", "said",
                 "We will not pass a bill that hands the port to one company"),
            _att(article, "Tom Hale", "Sen. Tom Hale", "said", "the bill would cost too much")]
    item = _item(article, atts, ["Ann Cole", "Tom Hale"], entities=_ents(article, "ORG", "Congress"))
    assert item is None or "Congress" not in item.answer[0], item.answer
