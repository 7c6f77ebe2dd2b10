"""Judge 5 failure shapes in comprehension and vocabulary items, each on a constructed sentence:
number gaps that lose their qualifier ("at least", "fewer than"), vocabulary distractors from
other fields or of a give-away length, agree/contradict asked on two different subjects, and a
main-idea key that is a later detail."""
from __future__ import annotations

import random
import re

import pytest
from factories import plain_analysis as _analysis
from factories import plain_article
from test_generate_vocabulary import SYNSETS as VOCAB_SYNSETS
from test_generate_vocabulary import write_wordnet

from quizgen import wordnet
from quizgen.generate import corroboration, vocabulary
from quizgen.generate.base import Context
from quizgen.generate.distractors import numeric_value
from quizgen.generate.key_detail import number_items
from quizgen.model import ITEM_KINDS, Analysis, Attribution, Conflict, Quantity, Readability, Sentence, Span, VocabWord


def _quantities(text, phrases):
    out = []
    for phrase in phrases:
        i = text.index(phrase)
        out.append(Quantity("number", Span(i, i + len(phrase), phrase), 1))
    return tuple(out)


STORM = ("Storm hits coast town\n\n"
         "At least 107 people were killed when the storm struck the coast on Monday. "
         "Rescuers said about 30 boats sank in the old harbour. "
         "Fewer than four people were hurt in the northern villages. "
         "More than 100 roads were closed for the whole week. "
         "Engineers checked 12 roads and 250 roads and 600 roads in the region. "
         "The council counted 3 people and 50 people and 400 people and 900 people in the shelters. "
         "Officials said up to 5,000 homes had lost power. "
         "The port handled 20 boats and 45 boats and 70 boats and 300 boats before the storm. "
         "The company owns 2,000 homes, 9,000 homes and 40,000 homes in the area.\n")

# qualifier -> which other values it would make true as well ("at least 107": also "at least 50")
_LOWER = ("at least", "more than", "over")
_UPPER = ("fewer than", "up to", "less than")
_ABOUT = ("about", "nearly", "almost", "roughly", "around")


def _check_number_items(items, text):
    asked = 0
    for it in items:
        stem = it.stem
        gap = stem.index("______")
        before = stem[:gap].lower()
        qual = next((q for q in (*_LOWER, *_UPPER, *_ABOUT) if before.rstrip().endswith(q)), "")
        keys = [it.options[it.answer]] if it.kind == "multiple_choice" else list(it.answer)
        for key in keys:
            # the key fills the gap and the sentence reads as the article wrote it, qualifier included
            assert not re.match(r"(?:at least|more than|over|fewer than|up to|less than|about|nearly|almost|"
                                r"roughly|around)\b", key, re.I), (stem, key)
        filled = re.search(r'"(.*)"', stem.replace("______", keys[0])).group(1).strip("…")
        assert filled.lower() in text.lower(), (stem, keys[0])
        # the article's qualifier is in the stem, right before the gap
        span_qual = next((q for q in (*_LOWER, *_UPPER, *_ABOUT)
                          if re.search(re.escape(q) + r"\s+" + re.escape(keys[0]), text, re.I)), "")
        assert qual == span_qual, (stem, keys[0])
        if it.kind == "multiple_choice":
            kv = numeric_value(keys[0])
            for i, opt in enumerate(it.options):
                if i == it.answer:
                    continue
                v = numeric_value(opt)
                assert not re.search(r"\b(?:at least|more than|over|fewer than|up to|about|nearly)\b", opt, re.I)
                if qual in _LOWER:
                    assert v > kv, (stem, opt)  # "at least 50 people were killed" is true too
                elif qual in _UPPER:
                    assert v < kv, (stem, opt)  # "fewer than ten were hurt" is true too
                elif qual in _ABOUT:
                    assert max(v / kv, kv / v) >= 1.5, (stem, opt)  # "about 32" is about 30 as well
        asked += 1
    return asked


def test_a_number_gap_keeps_its_qualifier_in_the_stem_and_distractors_fit_it():
    """"At least 107 people were killed": the gap is "At least ______ people", the key 107, and no
    option smaller than 107 (which "at least" would make true); "Fewer than four people were hurt"
    never offers "ten"; "about 30 boats" never offers "32"."""
    phrases = ["At least 107", "about 30", "Fewer than four", "More than 100", "12", "250", "600", "3", "50",
               "400", "900", "up to 5,000", "20", "45", "70", "300", "2,000", "9,000", "40,000"]
    article = plain_article(STORM)
    analysis = _analysis(article, quantities=_quantities(STORM, phrases))
    for seed in range(6):
        items = number_items(Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS)))
        assert _check_number_items(items, STORM) >= 4
        stems = " ".join(it.stem for it in items)
        assert "At least ______ people" in stems


def test_a_number_given_again_in_another_unit_after_the_gap_is_not_asked():
    text = ("Team travels far\n\n"
            "The team had to travel about 500 miles (800 km) from Herat to the capital in Kabul.\n")
    article = plain_article(text)
    analysis = _analysis(article, quantities=_quantities(text, ["about 500 miles"]))
    assert number_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS))) == []


def test_a_gap_that_is_a_whole_aside_is_not_asked():
    from quizgen.generate.key_detail import gives_away

    sentence = "A sudden storm on Sunday night (March 4) sent people home early."
    i = sentence.index("March 4")
    assert gives_away(sentence, i, i + len("March 4"))


def test_a_qualifier_outside_the_tagged_number_stays_too():
    """The tagger may tag "107" alone in "at least 107": the stem still keeps "at least" and the
    short answer accepts only the number, read after it."""
    text = ("Storm hits coast town\n\n"
            "At least 107 people were killed when the storm struck the coast on Monday.\n")
    article = plain_article(text)
    analysis = _analysis(article, quantities=_quantities(text, ["107"]))
    (item,) = number_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))
    assert item.kind == "short_answer"
    assert "At least ______ people" in item.stem
    assert "107" in item.answer and not any("least" in a for a in item.answer)


def test_a_qualified_short_answer_accepts_only_the_number_after_its_qualifier():
    text = ("Storm hits coast town\n\n"
            "Fewer than four people were hurt in the northern villages on Monday.\n")
    article = plain_article(text)
    analysis = _analysis(article, quantities=_quantities(text, ["Fewer than four"]))
    (item,) = number_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))
    assert item.kind == "short_answer" and "Fewer than ______ people" in item.stem
    assert "four" in item.answer and "4" in item.answer
    assert not any("fewer" in a.lower() for a in item.answer)


# ---------------------------------------------------------------- vocabulary

VOCAB_TEXT = ("Officials clean old files\n\n"
              "Officials began the erasure of the old records on Monday morning. Clerks gave a description, "
              "an exhibition and a rotation of the files daily.\n\n"
              "A nappy was left near the crane by the hamstring. The demolition of the annex followed later.\n")


@pytest.fixture
def wordnet_synsets(tmp_path, monkeypatch):
    """The test dictionary of test_generate_vocabulary, its synsets replaced by the given list."""
    def write(synsets):
        monkeypatch.setattr("test_generate_vocabulary.SYNSETS", synsets)
        write_wordnet(tmp_path)
        monkeypatch.setenv("QUIZGEN_WORDNET_DIR", str(tmp_path))
        wordnet._load.cache_clear()
    yield write
    wordnet._load.cache_clear()


def _vocab_items(text, words, seed):
    article = plain_article(text)
    return vocabulary.generate(Context(article, _vocab_analysis(article, words), random.Random(seed),
                                       frozenset(ITEM_KINDS)))


def _vocab_analysis(article, words):
    analysis = _analysis(article)
    vocab = []
    for k, word in enumerate(words):
        i = article.text.index(word)
        sent = next(s for s in analysis.sentences if s.span.start <= i < s.span.end)
        n = next(p.number for p in article.paragraphs if p.start <= i < p.end)
        vocab.append(VocabWord(word, word, "NOUN", n, sent.span, Span(i, i + len(word), word), 2.0 + k / 10))
    return Analysis(**{**analysis.__dict__, "vocabulary": tuple(vocab)})


def test_a_sister_sense_of_the_key_is_never_a_distractor(wordnet_synsets):
    """"obliteration" and "erasure" are both removals in WordNet: "the act of wiping something out
    completely" would fit "the erasure of the old records" as well, so it is never offered."""
    synsets = list(VOCAB_SYNSETS)
    i = next(k for k, s in enumerate(synsets) if s[2] == ["erasure", "expunction"])
    removal = len(synsets)
    synsets[i] = (*synsets[i], [("@", removal)])
    synsets += [("n", 4, ["removal"], "the act of taking something away"),
                ("n", 4, ["obliteration"], "the act of wiping something out completely", [("@", removal)])]
    wordnet_synsets(synsets)
    text = VOCAB_TEXT.replace("followed later.", "followed later. An obliteration of the notes came next.")
    for seed in range(8):
        (item,) = _vocab_items(text, ["erasure"], seed)
        assert "the act of wiping something out completely" not in item.options
        assert item.options[item.answer] == "the act of removing by rubbing out"


def test_no_vocabulary_item_with_fewer_than_three_same_field_distractors_of_the_keys_length(wordnet_synsets):
    """Only two acts close to the key's length and one far longer: no item, not a long option that
    is plainly not the key, nor a garment or a tendon from another field."""
    long_gloss = "the act of digging out earth and stones from a wide building site by hand"
    wordnet_synsets([*VOCAB_SYNSETS, ("n", 4, ["excavation"], long_gloss),
                     ("n", 8, ["hamstring"], "one of the tendons at the back of the knee")])
    text = (VOCAB_TEXT.replace("a description, ", "").replace("The demolition of the annex followed later.",
                                                               "An excavation came next."))
    for seed in range(4):
        assert _vocab_items(text, ["erasure"], seed) == []
    # with a fourth act of about the key's length, the long gloss is still never offered
    text2 = text.replace("came next.", "came next. The demolition of the annex followed later.")
    for seed in range(4):
        (item,) = _vocab_items(text2, ["erasure"], seed)
        assert long_gloss not in item.options
        lengths = [len(o) for o in item.options]
        assert max(lengths) / min(lengths) <= 1.6


def test_a_word_the_article_also_uses_as_a_name_lends_no_distractor(wordnet_synsets):
    """"Rotation" is a company here ("staff at Rotation said"): its common sense is not offered."""
    wordnet_synsets(list(VOCAB_SYNSETS))
    text = VOCAB_TEXT.replace("followed later.", "followed later. Staff at Rotation said the work was done.")
    for seed in range(4):
        for item in _vocab_items(text, ["erasure"], seed):
            assert "the act of turning about an axis" not in item.options


# ---------------------------------------------------------------- corroboration

def _att(text, source, cue, content, kind="person", paragraph=1, name=None):
    s = text.index(source)
    c = text.index(cue, s)
    b = text.index(content)
    return Attribution(name or source, source, Span(s, s + len(source), source), kind, cue,
                       Span(c, c + len(cue), cue), content, (Span(b, b + len(content), content),), False,
                       paragraph)


def _corroboration(text, atts, conflicts):
    article = plain_article(text)
    analysis = _analysis(article, attributions=tuple(atts), conflicts=tuple(conflicts))
    return corroboration.generate(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))


BRIDGE = ("Bridge plan splits town\n\n"
          "Mayor Ann Lee said the new river bridge will open to traffic in May. "
          "Critics said the council has wasted public money on parking meters downtown.\n")


def test_agree_or_contradict_is_never_asked_of_claims_on_different_subjects():
    """A bridge's opening and parking meters: nothing to agree or disagree on, so no item, even
    though the ledger links a speaker and her critics in one paragraph."""
    atts = [_att(BRIDGE, "Mayor Ann Lee", "said", "the new river bridge will open to traffic in May",
                 name="Ann Lee"),
            _att(BRIDGE, "Critics", "said", "the council has wasted public money on parking meters downtown",
                 kind="unnamed_group", name="critics")]
    assert _corroboration(BRIDGE, atts, [Conflict(0, 1, "Ann Lee and its critics disagree")]) == []


def test_claims_on_one_subject_or_a_denial_are_still_asked():
    same = BRIDGE.replace("the council has wasted public money on parking meters downtown",
                          "the new river bridge will not open before the autumn floods")
    atts = [_att(same, "Mayor Ann Lee", "said", "the new river bridge will open to traffic in May", name="Ann Lee"),
            _att(same, "Critics", "said", "the new river bridge will not open before the autumn floods",
                 kind="unnamed_group", name="critics")]
    # since the kept-aside set F, a comparison needs two named sources: "critics" is no label a stem can
    # hold two claims apart by, so the pair with a plain plural makes no item, the pair of names does
    items = _corroboration(same, atts, [Conflict(0, 1, "Ann Lee and its critics disagree")])
    assert items == []
    same = same.replace("Critics said", "Friends of the River said")
    atts[1] = _att(same, "Friends of the River", "said", "the new river bridge will not open before the autumn floods",
                   kind="organisation", name="Friends of the River")
    items = _corroboration(same, atts, [Conflict(0, 1, "Ann Lee and Friends of the River disagree")])
    assert any(it.kind == "multiple_choice" and it.options[it.answer] == corroboration.CONTRADICT for it in items)
    # a denial of a clause (since set F each claim a stem quotes is a whole clause; "denied any wrongdoing"
    # gives no comparison item)
    denial = ("Firm accused over river\n\n"
              "Mary Stone said the chemical plant poured waste into the river for many years. "
              "The company's director Tom Hale denied that the chemical plant had ever poured waste into the river.\n")
    atts = [_att(denial, "Mary Stone", "said", "the chemical plant poured waste into the river for many years"),
            _att(denial, "Tom Hale", "denied", "the chemical plant had ever poured waste into the river")]
    items = _corroboration(denial, atts, [Conflict(0, 1, "Tom Hale denied what Mary Stone says")])
    assert any(it.kind == "multiple_choice" for it in items)

    # most words shared, but the second is a noun phrase ("described a wide range of …"): since blind
    # judging a stem never calls a noun phrase a claim, so no item (test_generate_corroboration_explicit)
    abuses = ("Camps row\n\n"
              "The spokeswoman Hua Chunying said there were no human rights abuses taking place in the region. "
              "Former inmates described a wide range of human rights abuses taking place in the camps.\n")
    atts = [_att(abuses, "Hua Chunying", "said", "there were no human rights abuses taking place in the region"),
            _att(abuses, "Former inmates", "described", "a wide range of human rights abuses taking place in the camps",
                 kind="unnamed_group", name="former inmates")]
    items = _corroboration(abuses, atts, [Conflict(0, 1, "opposite")])
    assert items == []


# ---------------------------------------------------------------- main idea

def _main_idea(body, main_ranks):
    from quizgen.generate.main_idea import generate as main_idea_items

    article = plain_article(body)
    sents = []
    for p in article.paragraphs:
        t = p.text.strip()
        sents.append(Sentence(Span(p.start, p.start + len(t), t), p.number, len(sents)))
    analysis = Analysis(sentences=tuple(sents), entities=(), attributions=(), evidence=(), hedges=(), judgments=(),
                        conflicts=(), quantities=(), vocabulary=(), readability=Readability(8.0, 60.0, 80, 6, 1),
                        main_ideas=tuple(sents[i] for i in main_ranks))
    return main_idea_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)))


BUDGET = ("Council approves river bridge budget\n\n"
          "The town council met on Monday evening in the old hall for a long and noisy meeting.\n\n"
          "Residents queued outside the hall for an hour before the doors were finally opened.\n\n"
          "The mayor spoke to reporters at the town hall about the weather and the coming fair.\n\n"
          "Schools stayed open for most of the week despite the heavy rain and the wind.\n\n"
          "The council approved the river bridge budget of two million pounds after a short vote.\n\n"
          "Volunteers handed out sandbags to shop owners along the main street on Tuesday.\n\n"
          "The weather service expects drier weather from Thursday onwards across the county.\n")


def test_a_later_detail_is_never_keyed_as_the_main_idea():
    """The headline's topic is stated only in ¶5 of 7: a detail of the article's second half is no
    main idea, and the opening does not state the headline: no item."""
    assert _main_idea(BUDGET, [4, 0, 1]) == []


def test_a_lede_sharing_few_of_a_long_headlines_words_is_no_key():
    body = BUDGET.replace("Council approves river bridge budget",
                          "Flood closes Millton river bridge as storm sweeps northern county roads")
    body = body.replace("The town council met on Monday evening in the old hall for a long and noisy meeting.",
                        "The river rose near the northern hall on Monday evening before a long and noisy meeting.")
    assert _main_idea(body, [0, 1]) == []
    # the lede that states the headline is keyed
    good = body.replace("The river rose near the northern hall on Monday evening before a long and noisy meeting.",
                        "A flood closed the Millton river bridge on Monday as a storm swept the county.")
    (item,) = _main_idea(good, [0, 1])
    assert item.options[item.answer].startswith("A flood closed the Millton river bridge")


# ---------------------------------------------------------------- more safe key details

TRIAL = ("Parents on trial\n\n"
         "The baby developed a rash at the age of four months and the parents were told to see a doctor. "
         "Defence lawyer Tom Molomby said the family had acted in good faith throughout the illness. "
         "The prosecutor Mark Tedeschi told the court the parents knew the risk for many weeks. "
         "Tom Molomby asked the jury to weigh the family's background with great care.\n")


def test_a_count_written_in_words_in_a_date_phrase_is_asked_as_the_number():
    """"at the age of four months" (tagged as a date): the gap is the count, "months" stays."""
    article = plain_article(TRIAL)
    i = TRIAL.index("the age of four months")
    q = Quantity("date", Span(i, i + len("the age of four months"), "the age of four months"), 1)
    (item,) = number_items(Context(article, _analysis(article, quantities=(q,)), random.Random(0),
                                   frozenset(ITEM_KINDS)))
    assert item.kind == "short_answer" and "at the age of ______ months and" in item.stem
    assert set(item.answer) == {"four", "4"}


def test_a_sure_name_with_too_few_distractors_is_asked_as_a_written_name():
    """Two people only: no three distractors for a choice, so the name is written in; the surname
    alone (or the given name alone) is accepted only when no other person of the article has it."""
    from quizgen.generate.key_detail import name_items
    from quizgen.model import Entity

    article = plain_article(TRIAL)
    ents = []
    for name in ("Tom Molomby", "Mark Tedeschi"):
        for m in re.finditer(name, TRIAL):
            ents.append(Entity(name, "PERSON", Span(m.start(), m.end(), name), 1))
    analysis = _analysis(article, entities=tuple(ents))
    items = name_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)), set())
    assert items and all(it.kind == "short_answer" and it.stem.endswith("Write the missing name.") for it in items)
    molomby = next(it for it in items if "Tom Molomby" in it.answer)
    # no other Molomby in the article: the surname alone names him (judged blind, set H: "Clinton" for
    # "Hillary Clinton" was marked wrong); the given name alone only tells apart two of one surname
    # ("Ghazala" beside Khizr Khan): of a surname no one else has, "Tom" alone is no answer (set C:
    # "Debbie", "Marco" accepted alone were judged wrong)
    assert set(molomby.answer) == {"Tom Molomby", "Molomby"}
    # another Molomby of the article: the surname alone is no answer
    sister = TRIAL.replace("The prosecutor Mark Tedeschi", "Ann Molomby, his sister, and the prosecutor Mark Tedeschi")
    article2 = plain_article(sister)
    ents2 = [Entity(n, "PERSON", Span(m.start(), m.end(), n), 1) for n in ("Tom Molomby", "Mark Tedeschi",
                                                                           "Ann Molomby")
             for m in re.finditer(n, sister)]
    items2 = name_items(Context(article2, _analysis(article2, entities=tuple(ents2)), random.Random(0),
                                frozenset(ITEM_KINDS)), set())
    # ... and "Molomby" is the natural short answer a student writes (judged blind, sets P and A:
    # "Hillary Clinton" beside "Bill Clinton"): with no "he"/"she" of the sentence to tell the two
    # apart, the name is no gap at all (x_key)
    assert not any("Tom Molomby" in it.answer for it in items2)
    assert all("Molomby" not in it.answer for it in items2)
    ents.append(Entity("Molomby", "PERSON", Span(0, 0, "Molomby"), 1))
    analysis = _analysis(article, entities=tuple(ents))
    items = name_items(Context(article, analysis, random.Random(0), frozenset(ITEM_KINDS)), set())
    molomby = next(it for it in items if "Tom Molomby" in it.answer)
    assert set(molomby.answer) == {"Tom Molomby", "Molomby"}
    assert "Molomby" not in molomby.stem


def test_a_short_noun_cause_with_too_few_other_causes_is_written_in():
    """"caused by severe eczema after they shunned …": the cause is "severe eczema" (the time clause
    after it is no part of it), written in; "eczema" alone is right too, as "severe" only grades
    it. "due to cultural differences" is no written item (judged blind on D1: "familial obligations" keyed alone, where
    "family obligations" is as right: a describing word before the noun has too many equal wordings). One item per
    cause."""
    from quizgen.generate.cause_effect import generate as cause_items

    text = ("Parents on trial\n\n"
            "She died from infection caused by severe eczema after they shunned medical treatment for years. "
            "The lawyer said they should be declared not guilty due to cultural differences. "
            "The first match in the city was stopped due to a serious injury. "
            "The second match in the rain was stopped due to a serious injury.\n")
    article = plain_article(text)
    items = cause_items(Context(article, _analysis(article), random.Random(0), frozenset(ITEM_KINDS)))
    written = [it for it in items if it.kind == "short_answer"]
    answers = {tuple(it.answer) for it in written}
    assert all(it.stem.endswith("Write the missing cause.") for it in written)
    assert ("severe eczema", "eczema") in answers
    assert not any(a[0] == "cultural differences" for a in answers)
    assert sum(1 for it in written if it.answer[0] == "a serious injury") == 1
    eczema = next(it for it in written if it.answer[0] == "severe eczema")
    assert "caused by ______ after they shunned" in eczema.stem


def test_a_year_or_a_day_of_a_month_with_no_like_dates_is_written_in():
    from quizgen.generate.key_detail import date_forms

    text = ("Lantern festival opens\n\n"
            "Started in 1990, the city festival continues an old tradition of light. "
            "The festival runs through March 11 this year. "
            "I went back the next Tuesday and there was almost no one there. "
            "A survey of 1709 schoolchildren was carried out in the town.\n")
    article = plain_article(text)
    qs = []
    for phrase in ("1990", "March 11", "the next Tuesday", "1709"):
        i = text.index(phrase)
        qs.append(Quantity("date", Span(i, i + len(phrase), phrase), 1))
    items = number_items(Context(article, _analysis(article, quantities=tuple(qs)), random.Random(0),
                                 frozenset(ITEM_KINDS)))
    answers = {it.answer[0]: it for it in items}
    # "the next Tuesday" has no one spelling; "1709 schoolchildren" is a count the tagger took for a year
    assert set(answers) == {"1990", "March 11"}
    assert "Started in ______, the city festival" in answers["1990"].stem
    assert {"March 11", "11 March", "March 11th"} <= set(answers["March 11"].answer)
    assert all(it.stem.endswith("Write the missing date.") for it in items)
    assert date_forms("the 12 year") == [] and date_forms("March 42") == []
    assert "22nd June" in date_forms("June 22")


def test_two_pieces_of_one_sentence_are_never_two_claims_to_compare():
    """Judged blind (kept-aside set): "Ted Cruz says" cut out of Christie's own sentence was set
    against Christie's claim and keyed "they contradict each other"."""
    text = ("Debate night\n\n"
            "Chris Christie said the senator's plan will not keep the country safe, though Ted Cruz says "
            "the plan will keep the country safe from every attack.\n")
    atts = [_att(text, "Chris Christie", "said", "the senator's plan will not keep the country safe"),
            _att(text, "Ted Cruz", "says", "the plan will keep the country safe from every attack")]
    assert _corroboration(text, atts, [Conflict(0, 1, "Christie and Cruz disagree")]) == []
    apart = text.replace(", though Ted Cruz", ". Ted Cruz")
    atts = [_att(apart, "Chris Christie", "said", "the senator's plan will not keep the country safe"),
            _att(apart, "Ted Cruz", "says", "the plan will keep the country safe from every attack")]
    assert _corroboration(apart, atts, [Conflict(0, 1, "Christie and Cruz disagree")])  # two sentences: asked
