"""Judge 9 comprehension failure shapes, each on a constructed article: a main-idea key that is a
quotation with its marks stripped or a "X said" report, main-idea options cut inside a list or
shortened to a phrase with no verb; cause/effect stems with a bare plural source and no effect;
key-detail name options from another era than the gap's sentence, and gaps on counting progress or
relative time phrases; vocabulary words whose single WordNet sense may not be the one in context."""
from __future__ import annotations

import random

from factories import plain_analysis, plain_article

from quizgen.generate import main_idea
from quizgen.generate.base import Context
from quizgen.model import ITEM_KINDS, Attribution, Span


def _ctx(article, analysis, seed=0):
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


def _span(article, phrase, nth=0):
    i = -1
    for _ in range(nth + 1):
        i = article.text.index(phrase, i + 1)
    return Span(i, i + len(phrase), phrase)


# ---------------------------------------------------------------- 1. main idea

_LATER = ("The mayor opened a new library on the east side of town last week.\n\n"
          "Several fishing boats were sold at auction to buyers from the capital.\n\n"
          "A local choir sang at the festival in the old market square on Sunday.\n\n"
          "Teachers at the primary school asked parents for help with the garden.\n\n"
          "The bus company added two evening routes to the coast road in summer.\n\n"
          "Volunteers painted the railings along the promenade before the holiday.\n")

BOAST = ("Baker: we are going to win so much at the baking contest\n\n"
         "Baker took first prize at the town show on Saturday, beating eleven rivals with a plum cake.\n\n"
         "\u201cWe are going to win the baking contest so much,\" Baker said at the town show.\n\n" + _LATER)


def test_a_quotation_with_its_marks_stripped_is_never_the_main_idea_key():
    """The opening sentence that shares most with the headline is a boast in quotation marks (a
    curly opening mark and a straight closing one): shortened, its marks would be stripped and it
    would read as the article's own claim. It is no key; the reported win is."""
    article = plain_article(BOAST)
    analysis = plain_analysis(article)
    analysis = analysis.__class__(**{**analysis.__dict__, "main_ideas": analysis.sentences[:2]})
    for seed in range(4):
        for item in main_idea.generate(_ctx(article, analysis, seed)):
            assert not any("going to win" in o for o in item.options)


REPORT = ("Council approves harbour wall repairs\n\n"
          "The council approves harbour wall repairs this year, the mayor said at a meeting in the town hall.\n\n"
          "The harbour wall was damaged by winter storms and high tides in January.\n\n" + _LATER)


def test_a_said_report_is_never_the_main_idea_key():
    """"…, the mayor said": a report of someone's words, not the article stating what it is about."""
    article = plain_article(REPORT)
    analysis = plain_analysis(article)
    said = _span(article, "said")
    content = _span(article, "The council approves harbour wall repairs this year")
    a = Attribution("the mayor", "the mayor", _span(article, "the mayor"), "person", "said", said, content.text,
                    (content,), False, 1)
    analysis = analysis.__class__(**{**analysis.__dict__, "attributions": (a,)})
    for seed in range(4):
        for item in main_idea.generate(_ctx(article, analysis, seed)):
            assert not any("the mayor said" in o for o in item.options)


LIST = ("Storms threaten harbour town fishing fleet\n\n"
        "Storms and falling fish prices threaten the fishing fleet of the harbour town this year.\n\n"
        "Many young families have left the coast for jobs in the cities.\n\n"
        "The mayor opened a new library on the east side of town last week.\n\n"
        "The mayor repeated the promises he has been making to voters for many months: rebuilding the "
        "sea wall, taking care of the old sailors, keeping the school open, and mending the coast road.\n\n"
        "The sea cadets and the lifeboat crew of the port at the mouth of the river in Northport will "
        "receive new boats and fresh sails from the county council next spring to train young sailors for "
        "the summer races.\n\n"
        "Several fishing boats were sold at auction to buyers from the capital.\n\n"
        "A local choir sang at the festival in the old market square on Sunday.\n\n"
        "Teachers at the primary school asked parents for help with the garden.\n\n"
        "The bus company added two evening routes to the coast road in summer.\n")


def test_main_idea_options_are_never_cut_inside_a_list_or_to_a_phrase():
    """A long sentence is shortened only where a whole sentence remains: never after the first
    items of a list ("…: rebuilding the sea wall, taking care of the old sailors"), never to
    a subject with no verb ("The sea cadets … of the harbour at the mouth of the river")."""
    article = plain_article(LIST)
    analysis = plain_analysis(article)
    seen = 0
    for seed in range(8):
        for item in main_idea.generate(_ctx(article, analysis, seed)):
            seen += 1
            assert not any("rebuilding the sea wall" in o for o in item.options)
            assert not any(o.startswith("The sea cadets") for o in item.options)
    assert seen


# ---------------------------------------------------------------- 3. cause and effect

REFUSAL = ("Ministries keep quiet on ferry report\n\n"
           "The ferry sank near the island in March with forty passengers on board.\n\n"
           "The ministries declined to give any details about the inspection, saying they cannot discuss the "
           "ferry because of the continuing inquiry.\n\n"
           "The harbour was closed for two days due to the heavy storm.\n\n"
           "The school trip was cancelled because of the long strike.\n\n"
           "The rescue boats were slow because of the thick fog.\n\n" + _LATER)


def _refusal_analysis(article):
    content = _span(article, "they cannot discuss the ferry because of the continuing inquiry")
    a = Attribution("ministries", "The ministries", _span(article, "The ministries"), "unnamed_group", "saying",
                    _span(article, "saying"), content.text, (content,), False, 2)
    return plain_analysis(article, attributions=(a,))


def test_cause_stems_name_the_source_as_a_noun_phrase_and_state_the_effect():
    """"According to ministries in ¶2, what is the cause?" has no article and does not say what
    the cause is of: the stem names the source with the article's own determiner ("the
    ministries") and states the effect ("they cannot discuss the ferry") before the cloze."""
    from quizgen.generate import cause_effect
    article = plain_article(REFUSAL)
    items = cause_effect.generate(_ctx(article, _refusal_analysis(article)))
    (item,) = [it for it in items if "continuing inquiry" in it.support[0].text]
    assert "according to ministries" not in item.stem
    # (wave G) the effect is quoted whole, from the sentence's subject, and the source named after it
    assert item.stem.startswith("In ¶2, the article says: \"The ministries declined to give any details")
    assert "they cannot discuss the ferry because of ______.\"" in item.stem
    assert item.stem.split("\"")[-1].strip().startswith("What reason is given, according to the ministries?")
    for it in items:
        assert not it.stem.startswith("What cause does")
        assert "what is the cause?" not in it.stem


# ---------------------------------------------------------------- 4. key details

from quizgen.generate import key_detail  # noqa: E402
from quizgen.model import Entity, Quantity  # noqa: E402

ERA = ("The Reform Party faded but the Union Party can last\n\n"
       "The Reform Party won the election in 1848 with Amos Tolland as its candidate, and Ezra Holt ran the "
       "Reform Party campaign.\n\n"
       "Amos Tolland won, died in office and was succeeded by Silas Fenwick, a quiet man from the north. "
       "Silas Fenwick lost the Reform Party nomination in 1852.\n\n"
       "In 1852 the Reform Party chose Jasper Crane, who lost. Jasper Crane and Ezra Holt left the party in 1854. "
       "Hiram Lowe led the Reform Party in 1850. Hiram Lowe lost in 1856.\n\n"
       "In 2016 the Union Party chose Mara Quill as its leader. Mara Quill told the Union Party in 2016 it would "
       "last.\n\n"
       "Dana Webb wrote in 2015 that the Union Party has no plan. Dana Webb and Cole Brand agree. Cole Brand "
       "joined the Union Party in 2012.\n\n" + _LATER)
_ERA_NAMES = ("Amos Tolland", "Ezra Holt", "Silas Fenwick", "Jasper Crane", "Hiram Lowe", "Mara Quill", "Dana Webb",
              "Cole Brand")


def _people(article, names):
    ents = []
    for name in names:
        i = article.text.find(name)
        while i >= 0:
            par = next(p.number for p in article.paragraphs if p.start <= i < p.end)
            ents.append(Entity(name, "PERSON", Span(i, i + len(name), name), par))
            i = article.text.find(name, i + 1)
    return tuple(sorted(ents, key=lambda e: e.span.start))


def test_person_options_come_from_the_gap_s_own_time():
    """The gap's paragraph is about 1848-1852, and the article also tells of 2016: the options for
    who succeeded a president of 1849 are people of that time (Jasper Crane, Hiram Lowe, Ezra Holt),
    never someone named in 2016 (a student rules them out by the date alone), or no item."""
    article = plain_article(ERA)
    analysis = plain_analysis(article, entities=_people(article, _ERA_NAMES))
    seen = 0
    for seed in range(8):
        for item in key_detail.generate(_ctx(article, analysis, seed)):
            if "succeeded by ______" not in item.stem or item.kind != "multiple_choice":
                continue
            seen += 1
            assert not {"Mara Quill", "Dana Webb", "Cole Brand"} & set(item.options)
    assert seen  # the item is made, from the people of 1848-1856


COUNT = ("Mara Quill wins the Union Party vote in the north\n\n"
         "Mara Quill won the Union Party vote in the north on Tuesday, beating two rivals.\n\n"
         "With 76 percent of the vote counted, Mara Quill led the Union Party count by nine points.\n\n"
         "Four years later, the Union Party vote in the north was held in the spring again.\n\n"
         "The Union Party vote in the north drew 5,200 voters to the polls.\n\n" + _LATER)


def test_no_gap_on_counting_progress_or_relative_time():
    """"With ______ percent of the vote counted" and "______ years later" are background, not key
    details; the turnout of the vote is one."""
    article = plain_article(COUNT)
    qs = []
    for phrase, kind in (("76 percent", "percent"), ("Four years later", "date"), ("5,200", "number")):
        i = article.text.index(phrase)
        qs.append(Quantity(kind, Span(i, i + len(phrase), phrase), 1))
    analysis = plain_analysis(article, quantities=tuple(qs))
    items = key_detail.number_items(_ctx(article, analysis))
    stems = [it.stem for it in items]
    assert any("drew ______ voters" in s for s in stems)
    assert not any("percent of the vote counted" in s or "years later" in s for s in stems)


# ---------------------------------------------------------------- 2. vocabulary: the sense in context

import test_generate_vocabulary as tv  # noqa: E402

from quizgen import wordnet  # noqa: E402
from quizgen.generate import vocabulary  # noqa: E402
from quizgen.model import VocabWord  # noqa: E402

_ACTS = [
    ("n", 4, ["erasure"], "the act of removing by rubbing out"),
    ("n", 4, ["exhibition"], "the act of showing objects to an audience"),
    ("n", 4, ["rotation"], "the act of turning about an axis"),
    ("n", 4, ["demolition"], "the act of pulling down a building"),
]
# "dalliance" has one noun sense, amorous play, but its verb "dally" has two fields: the noun may
# carry the other ("a dalliance with fringe candidates" is a passing interest, not courtship)
_DALLY = [("v", 41, ["dally"], "talk or behave in a loving way"),
          ("v", 42, ["dally", "toy"], "behave carelessly or casually with an idea"),
          ("n", 4, ["dalliance"], "playful behavior meant to win a sweetheart", [("+", 4), ("+", 5)])]
# "bank" has two senses: the context decides between them only when it shares words with one
_BANK = [("n", 17, ["bank"], "sloping land beside a body of water such as a river", [("@", 6)]),
         ("n", 14, ["bank"], "a financial institution that accepts deposits and lends money", [("@", 7)]),
         ("n", 17, ["slope", "incline"], "an elevated geological formation"),
         ("n", 14, ["institution"], "an organization founded for a purpose")]


def _vocab_ctx(monkeypatch, tmp_path, synsets, text, word):
    monkeypatch.setattr(tv, "SYNSETS", synsets)
    tv.write_wordnet(tmp_path)
    monkeypatch.setenv("QUIZGEN_WORDNET_DIR", str(tmp_path))
    wordnet._load.cache_clear()
    article = plain_article(text)
    analysis = plain_analysis(article)
    i = article.text.index(word)
    sent = next(s for s in analysis.sentences if s.span.start <= i < s.span.end)
    v = VocabWord(word, word, "NOUN", sent.paragraph, sent.span, Span(i, i + len(word), word), 2.0)
    analysis = analysis.__class__(**{**analysis.__dict__, "vocabulary": (v,)})
    return _ctx(article, analysis, 1)


_DISTRACTOR_WORDS = ("Clerks watched the erasure, the exhibition, the rotation and the demolition of the old "
                     "county files.\n")


def test_a_single_sense_whose_word_family_has_other_fields_is_not_asked(monkeypatch, tmp_path):
    text = ("Voters rethink their choices\n\nVoters may end their dalliance with fringe candidates after the "
            "attacks on the city.\n\n" + _DISTRACTOR_WORDS)
    ctx = _vocab_ctx(monkeypatch, tmp_path, _ACTS + _DALLY, text, "dalliance")
    assert vocabulary.generate(ctx) == []
    # the same word, its verb of one field only: its one sense is sure, and asked
    ctx = _vocab_ctx(monkeypatch, tmp_path, _ACTS + _DALLY[:1] + [_DALLY[2][:4] + ([("+", 4)],)], text,
                     "dalliance")
    (item,) = vocabulary.generate(ctx)
    assert item.options[item.answer] == "playful behavior meant to win a sweetheart"


def test_a_word_of_several_senses_is_asked_only_when_the_context_decides(monkeypatch, tmp_path):
    clear = ("Floods reach the town\n\nThe water of the river rose over the bank and the sloping land "
             "beside the river.\n\n" + _DISTRACTOR_WORDS)
    synsets = _ACTS + _BANK
    ctx = _vocab_ctx(monkeypatch, tmp_path, synsets, clear, "bank")
    for item in vocabulary.generate(ctx):
        assert item.options[item.answer] == "sloping land beside a body of water such as a river"
    unclear = ("Floods reach the town\n\nPeople in the town walked to the bank on Monday morning after the "
               "storm.\n\n" + _DISTRACTOR_WORDS)
    ctx = _vocab_ctx(monkeypatch, tmp_path, synsets, unclear, "bank")
    assert vocabulary.generate(ctx) == []
    wn = wordnet.load()
    land = vocabulary.sense_in_context(wn, "bank", "NOUN", "The water of the river rose over the bank and the "
                                       "sloping land beside the river.")
    assert land is not None and land.definition.startswith("sloping land")
    assert vocabulary.sense_in_context(wn, "bank", "NOUN", "People walked to the bank on Monday.") is None
    assert vocabulary.sense_in_context(wn, "bank", "NOUN", "") is None


FINDING = ("Most harbour town pupils lack iodine\n\n"
           "Most harbour town pupils lack iodine in their diet this year, researchers say.\n\n"
           "The harbour town school asked parents to fill in a short form about meals.\n\n" + _LATER)


def test_a_wire_lede_of_a_finding_stays_a_main_idea_key_but_a_named_report_does_not():
    """"…, researchers say" states the finding the article is about in the writer's words: it may
    be the key. "…, Mayor Holt said" (a named person's claim) may not (see the report test above)."""
    article = plain_article(FINDING)
    (item,) = main_idea.generate(_ctx(article, plain_analysis(article)))
    assert item.options[item.answer].startswith("Most harbour town pupils lack iodine")
    named = plain_article(FINDING.replace("researchers say", "Mayor Holt said"))
    assert main_idea.generate(_ctx(named, plain_analysis(named))) == []
