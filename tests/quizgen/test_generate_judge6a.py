"""Judge 6 failure shapes in comprehension items (political news: campaign stories, columns, a
letters page), each on a constructed sentence: a main-idea key that is a detail about one of
three people or a background sentence, an inference item on "polls" as if they relayed a
person's words, gaps in sentences cut at an initial ("Ben S." | "Bernanke of …"), a written-in
cause with one accepted wording, one item giving away another's answer, too easy vocabulary and
adjective items, and gaps with almost no words around them."""
from __future__ import annotations

import random
from dataclasses import replace

from factories import plain_article
from test_generate_judge5a import _analysis, _att, _main_idea, _quantities, _vocab_items, wordnet_synsets  # noqa: F401
from test_generate_vocabulary import SYNSETS as VOCAB_SYNSETS

from quizgen import wordnet
from quizgen.generate import cause_effect, inference, lesson
from quizgen.generate.base import Context, make_item
from quizgen.generate.key_detail import cut_sentence, name_items, number_items
from quizgen.model import ITEM_KINDS, Analysis, Entity, Sentence, Span, VocabWord


def _ctx(article, analysis, seed=0):
    return Context(article, analysis, random.Random(seed), frozenset(ITEM_KINDS))


# ---------------------------------------------------------------- 1. main idea covers the headline's point

FEES = ("Carson, Huckabee, Fiorina earned speaking fees while campaigning\n\n"
        "Three Republican candidates, Ben Carson, Mike Huckabee and Carly Fiorina, earned speaking fees "
        "while campaigning for the White House this year.\n\n"
        "Huckabee's campaign acknowledged that the candidate has given paid speaking engagements since "
        "announcing his campaign in May.\n\n"
        "The disclosures were filed with the election commission in Washington late on Friday afternoon last "
        "week.\n\n"
        "A spokesman for the election commission declined to comment on the filings when reached by phone "
        "on Saturday.\n\n"
        "Most of the events took place at colleges, private clubs and business lunches in the southern "
        "states.\n\n"
        "Several of the clubs said they had booked the speakers many months in advance of the first "
        "primaries.\n\n"
        "The next televised debate will be held in Milwaukee in the second week of November, organisers "
        "say.\n")


def test_the_lede_that_states_the_headline_is_keyed_over_a_detail_about_one_of_three():
    """The ranker put the Huckabee detail first: it shares two names' worth of the headline, but
    not its point (who earned fees while campaigning); the lede does and is keyed."""
    (item,) = _main_idea(FEES, [1])
    assert item.options[item.answer].startswith("Three Republican candidates, Ben Carson")
    assert not any(o.startswith("Huckabee's campaign") for o in item.options)


SANDERS = ("Sanders will back Clinton eventually, ex-rival predicts\n\n"
           "Sanders and Clinton face off again in Tuesday's primaries in five eastern states.\n\n"
           "Voters in Maryland and Delaware waited in long lines at many polling stations.\n\n"
           "Turnout was highest in the cities, officials in the five states said on Tuesday.\n\n"
           "Martin O'Malley predicted on Sunday that Sanders would eventually back Clinton.\n\n"
           "The candidates will meet again in California in the first week of June.\n\n"
           "Both campaigns have spent heavily on television advertising in the western states.\n\n"
           "The party convention will take place in Philadelphia in the last week of July.\n")


def test_a_background_sentence_sharing_only_names_with_the_headline_is_never_keyed():
    """¶1 shares "Sanders" and "Clinton" with the headline but not its point (a prediction that
    one will back the other): no main-idea item rather than a background sentence keyed."""
    assert _main_idea(SANDERS, [0, 1, 2]) == []


# ---------------------------------------------------------------- 2. inference on relays

def _relay_items(text, source, cue, content, relay, kind="person", seed=0):
    article = plain_article(text)
    att = replace(_att(text, source, cue, content, kind=kind), relay=relay)
    return inference.generate(_ctx(article, _analysis(article, attributions=(att,)), seed))


def test_polls_are_no_relay_of_a_persons_words():
    text = ("Sanders backers split\n\n"
            "Polls show that Bernie Sanders said his backers would support the party in the autumn.\n")
    assert _relay_items(text, "Bernie Sanders", "said", "his backers would support the party in the autumn",
                        "Polls") == []


def test_a_named_outlet_relaying_a_named_persons_words_reads_grammatically():
    text = ("China invites Pompeo\n\n"
            "The news agency Reuters reported that Hua Chunying said the camps were schools for training.\n")
    for seed in range(3):
        (item,) = _relay_items(text, "Hua Chunying", "said", "the camps were schools for training", "Reuters",
                               seed=seed)
        assert "by citing Reuters" in item.stem
        assert item.options[item.answer] == "The writer learned what Hua Chunying said from Reuters, not first-hand"
        assert not any("wrote the report" in o for o in item.options)
    # an unnamed group's words relayed: not a named person's, no item
    group = text.replace("Hua Chunying said", "officials said")
    assert _relay_items(group, "officials", "said", "the camps were schools for training", "Reuters",
                        kind="unnamed_group") == []
    # an outlet the article names only at a sentence start: not surely a name, no item
    start = "Polls reported that Hua Chunying said the camps were schools for training.\n"
    assert _relay_items("China invites Pompeo\n\n" + start, "Hua Chunying", "said",
                        "the camps were schools for training", "Polls") == []


# ---------------------------------------------------------------- 3. sentences cut at an initial

FED = ("Paul and the dollar\n\n"
       "And in 2010, he all but accused then-Fed Chair Ben S. Bernanke of trying to debase the dollar, "
       "except that it is up 40 percent since then. The senator addressed 300 people in Louisville on Friday "
       "after a long and tiring day of campaigning.\n")


def test_no_gap_in_a_sentence_cut_at_an_initial():
    article = plain_article(FED)
    analysis = _analysis(article, quantities=_quantities(FED, ["2010", "40 percent", "300"]))
    # the test splitter cuts after "Ben S." as the real one sometimes does
    assert [s.span.text[-6:] for s in analysis.sentences][:1] == ["Ben S."]
    items = number_items(_ctx(article, analysis))
    stems = " ".join(it.stem for it in items)
    assert "2010" not in " ".join(str(it.answer) for it in items) and "Bernanke" not in stems
    assert "Ben S." not in stems
    assert any("______ people in Louisville" in it.stem for it in items)  # the whole sentence after is fine


def test_cut_sentence_rules():
    def sents(*texts):
        out, pos = [], 0
        for k, t in enumerate(texts):
            out.append(Sentence(Span(pos, pos + len(t), t), 1, k))
            pos += len(t) + 1
        return Analysis(sentences=tuple(out), entities=(), attributions=(), evidence=(), hedges=(),
                        judgments=(), conflicts=(), quantities=(), vocabulary=(), readability=None,
                        main_ideas=())  # type: ignore[arg-type]

    a = sents("He accused then-Fed Chair Ben S.", "Bernanke of trying to debase the dollar.")
    assert cut_sentence(a, a.sentences[0]) and cut_sentence(a, a.sentences[1])
    b = sents("The plan was first tried in the U.S.", "It failed within twenty weeks of its start.")
    assert not cut_sentence(b, b.sentences[0]) and not cut_sentence(b, b.sentences[1])
    c = sents("The plan was first tried in the U.S.", "and it failed within twenty weeks of its start.")
    assert cut_sentence(c, c.sentences[0]) and cut_sentence(c, c.sentences[1])
    d = sents("She met Gov.", "Scott Walker on Monday in the capital for talks.")
    assert cut_sentence(d, d.sentences[0]) and cut_sentence(d, d.sentences[1])


def test_no_name_or_cause_gap_in_a_cut_sentence():
    text = ("Paul and the Fed\n\n"
            "He all but accused the chairman Ben S. Bernanke of debasing the dollar due to cheap money. "
            "The chairman Ann Lee met Ben S. Bernanke in Washington on Friday for lunch at noon.\n")
    article = plain_article(text)
    ents = tuple(Entity("Ann Lee", "PERSON", Span(i, i + 7, "Ann Lee"), 1)
                 for i in [text.index("Ann Lee")]) * 2
    analysis = _analysis(article, entities=ents)
    assert name_items(_ctx(article, analysis), set()) == []
    assert cause_effect.generate(_ctx(article, analysis)) == []


# ---------------------------------------------------------------- 4. causes written in

JOYCE = ("Board rules on ballot\n\n"
         "Joyce told The Huffington Post he is not planning an appeal of the board's determination due to "
         "lack of resources.\n")


def test_a_written_in_cause_needs_sure_variants():
    """"lack of resources": "resources", "a lack of money" … are right too and cannot all be
    listed: no written-in item."""
    article = plain_article(JOYCE)
    assert cause_effect.generate(_ctx(article, _analysis(article))) == []


def test_a_cause_someone_gives_is_asked_as_their_claim():
    text = ("Board rules on ballot\n\n"
            "Sam Joyce told reporters that he dropped the appeal due to a long illness. "
            "The first game in the city was stopped due to heavy rain. "
            "The second game by the river was stopped due to river flooding. "
            "The third game near the school was stopped due to deep snow.\n")
    article = plain_article(text)
    att = _att(text, "Sam Joyce", "told", "he dropped the appeal due to a long illness")
    items = cause_effect.generate(_ctx(article, _analysis(article, attributions=(att,))))
    joyce = [it for it in items if "appeal" in it.stem]
    assert joyce and all("What reason is given, according to Sam Joyce?" in it.stem for it in joyce)
    others = [it for it in items if "appeal" not in it.stem]
    # the article's own reasons are the article's ("In ¶1, the article says: … What reason does the article give?")
    assert others and all("What reason does the article give?" in it.stem for it in others)


# ---------------------------------------------------------------- 5. one item gives away another's answer

def test_an_item_whose_options_hold_another_items_answer_is_not_chosen_with_it():
    gap = make_item("key_detail", "multiple_choice",
                    "Complete the detail from ¶3: \"Yet the dollar is up ______ since then against the euro.\"",
                    ["40 percent", "10 percent", "25 percent", "60 percent"], 0, "¶3", [])
    main = make_item("main_idea", "multiple_choice", "Which sentence best states the main idea of the article?",
                     ["Rand Paul attacked the Fed in 2010", "The dollar is up 40 percent since then against the euro",
                      "The senator spoke in Louisville", "Voters waited in long lines"], 0, "¶1", [])
    others = [make_item("attribution", "multiple_choice", f"Who said thing {k}?", ["A", "B", "C", "D"], 0, "", [])
              for k in range(3)]
    chosen = lesson.select([main, gap, *others], 15)
    assert not (main in chosen and gap in chosen)
    # an option naming the answer only as a choice is no give-away
    who = make_item("attribution", "multiple_choice", "Who said the dollar is up?",
                    ["Rand Paul", "Ann Lee", "Bo Kim", "Cy Young"], 0, "", [])
    who2 = make_item("sourcing", "multiple_choice", "Who told reporters about the euro?",
                     ["Ann Lee", "Rand Paul", "Bo Kim", "Cy Young"], 0, "", [])
    chosen = lesson.select([who, who2], 15)
    assert who in chosen and who2 in chosen


# ---------------------------------------------------------------- 6. vocabulary

def test_common_words_are_not_vocabulary(wordnet_synsets):  # noqa: F811
    wordnet_synsets(list(VOCAB_SYNSETS))
    text = ("Officials clean old files\n\n"
            "Officials began the erasure of the old records on Monday morning. Clerks gave a description, "
            "an exhibition and a rotation of the files daily.\n\n"
            "The demolition of the annex followed later.\n")
    assert _vocab_items(text, ["erasure"], 0)  # rare enough (Zipf 2.0)
    article = plain_article(text)
    analysis = _analysis(article)
    i = text.index("erasure")
    sent = next(s for s in analysis.sentences if s.span.start <= i < s.span.end)
    common = VocabWord("erasure", "erasure", "NOUN", 1, sent.span, Span(i, i + 7, "erasure"), 3.9)
    from quizgen.generate import vocabulary
    assert vocabulary.generate(_ctx(article, Analysis(**{**analysis.__dict__, "vocabulary": (common,)}))) == []


def test_adjectives_are_not_asked(wordnet_synsets):  # noqa: F811
    wordnet_synsets([*VOCAB_SYNSETS,
                     ("a", 0, ["surly"], "inclined to anger or bad feelings"),
                     ("a", 0, ["fragmentary"], "consisting of small disconnected parts"),
                     ("a", 0, ["sovereign"], "not subject to any outside authority"),
                     ("a", 0, ["verdant"], "characterized by abundance of plants")])
    text = ("Officials clean old files\n\n"
            "The surly clerk kept the fragmentary records of the sovereign state in a verdant valley.\n")
    article = plain_article(text)
    analysis = _analysis(article)
    i = text.index("surly")
    surly = VocabWord("surly", "surly", "ADJ", 1, analysis.sentences[0].span, Span(i, i + 5, "surly"), 2.0)
    from quizgen.generate import vocabulary
    # three other adjectives of the article lend glosses of the key's length: "a sovereign clerk"
    # or "a fragmentary clerk" might be read into the sentence as well, so no item
    assert len(vocabulary.distractor_definitions(_ctx(article, analysis), wordnet.load(), surly,
                                                 vocabulary.sense_in_context(wordnet.load(), "surly", "ADJ"))) == 3
    assert vocabulary.generate(_ctx(article, Analysis(**{**analysis.__dict__, "vocabulary": (surly,)}))) == []


def test_a_word_of_many_senses_in_several_fields_lends_no_distractor(wordnet_synsets):  # noqa: F811
    """"dominance" in a political article is power over others; WordNet's first sense, "superior
    development of one side of the body", would be absurd beside "a calm demeanor"."""
    body = "superior development of one side of the body"
    wordnet_synsets([*VOCAB_SYNSETS,
                     ("n", 7, ["demeanor"], "the way a person behaves toward other people"),
                     ("n", 7, ["dominance"], body),
                     ("n", 26, ["dominance"], "the state of having power over another"),
                     ("n", 19, ["dominance"], "an effect of one gene over its pair"),
                     ("n", 7, ["stature"], "the height of someone standing upright"),
                     ("n", 7, ["fluency"], "the quality of speaking with ease"),
                     ("n", 7, ["agility"], "the gift of moving quickly and lightly")])
    text = ("Senator keeps calm\n\n"
            "The senator kept a calm demeanor during the long hearing on Monday. Her dominance of the party "
            "was clear to all. Her stature, fluency and agility impressed the voters in the hall.\n")
    for seed in range(4):
        (item,) = _vocab_items(text, ["demeanor"], seed)
        assert body not in item.options
        assert item.options[item.answer] == "the way a person behaves toward other people"


# ---------------------------------------------------------------- 7. gaps need words around them

def test_a_gap_with_too_few_words_around_it_is_not_asked():
    text = ("Turnout news\n\n"
            "Turnout rose 12 percent. Officials in the county said that about 3,000 voters came to the polls.\n")
    article = plain_article(text)
    analysis = _analysis(article, quantities=_quantities(text, ["12 percent", "3,000"]))
    items = number_items(_ctx(article, analysis))
    assert not any("Turnout rose" in it.stem for it in items)
    assert any("about ______ voters" in it.stem for it in items)


def test_a_subject_name_gap_quotes_its_whole_clause():
    """"______ told reporters during a daily briefing on Thursday morning in the capital city that
    there were …": the stem's 14 words stop mid-clause and leave the name a guess; a subject whose
    clause ends within them is fine."""
    long_clause = ("Hua Chunying told reporters during a long daily briefing on Thursday morning in the old "
                   "capital city that there were no abuses of any kind taking place in the region.")
    short_clause = "Mike Pompeo announced visa restrictions on Friday, the agency said in a short statement."
    for sentence, asked in ((long_clause, False), (short_clause, True)):
        text = ("Camps row\n\n" + sentence + " Later Hua Chunying and Mike Pompeo and Ann Lee and Bo Kim "
                "met in the hall.\n")
        article = plain_article(text)
        name = sentence.split(" told")[0].split(" announced")[0]
        ents = [Entity(n, "PERSON", Span(i, i + len(n), n), 1)
                for n in ("Hua Chunying", "Mike Pompeo", "Ann Lee", "Bo Kim")
                for i in [m for m in range(len(text)) if text.startswith(n, m)]]
        items = name_items(_ctx(article, _analysis(article, entities=tuple(ents))), set())
        gapped = [it for it in items if it.stem.split(": \"", 1)[1].startswith("______")]
        assert bool(gapped) == asked, (name, [it.stem for it in items])


def test_a_stem_naming_a_gaps_answer_on_the_same_paragraph_is_not_chosen_with_it():
    from quizgen.model import Support

    sup = Support(6, 0, 10, "x")
    name = make_item("key_detail", "short_answer", "Complete the detail from ¶6: \"Speaking for the parents, "
                     "______, SC, said that they should be declared not guilty.\" Write the missing name.", [],
                     ["Tom Molomby"], "¶6", [sup])
    cause = make_item("cause_effect", "short_answer", "According to Tom Molomby in ¶6, what is the cause? "
                      "\"…they should be declared not guilty due to ______.\"", [], ["cultural differences"], "¶6",
                      [sup])
    chosen = lesson.select([name, cause], 15)
    assert len(chosen) == 1


def test_a_reported_cause_whose_speaker_is_out_of_the_quote_and_the_ledger_is_not_asked():
    """"Officials said that … [25 words] … was stopped early due to ______": the stem's quote leaves
    out who says so and the ledger has no record of it, so the cause would read as the article's."""
    text = ("Board rules on ballot\n\n"
            "Officials said that the long and noisy meeting of the town council in the old hall by the river on "
            "Monday evening last week was stopped early due to a sudden illness. "
            "The first game in the city was stopped due to heavy rain. "
            "The second game by the river was stopped due to river flooding. "
            "The third game near the school was stopped due to deep snow.\n")
    article = plain_article(text)
    items = cause_effect.generate(_ctx(article, _analysis(article)))
    keys = [it.options[it.answer] if it.kind == "multiple_choice" else it.answer[0] for it in items]
    assert items and "a sudden illness" not in keys
