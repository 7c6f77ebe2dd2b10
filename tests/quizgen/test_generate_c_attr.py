"""Attribution items judged blind on set C (helper f_attr): no true/false statement whose content is an
indirect question ("X said that why …") or a clause cut where it needs more ("… changes include."); no
false statement that hands the real speaker's "he" to someone not shown as a man; no stem with an unclosed
quotation; no true/false on a bare common-noun source ("Sources said …"); no who-said item on a bare
surname two people of the article share; a "…, she said" claim cites the sentence that names her.
Constructed text."""
from __future__ import annotations

from factories import attribution, people_entities, plain_article, sentence_context
from test_generate_judge5b import _att
from test_generate_judge6b import _ctx

from quizgen.generate.attribution import generate, said_true_false, unbalanced_quotes, who_said

HARBOUR = ("Harbour plan divides the council\n\n"
           "The town council met on Monday to discuss the harbour.\n\n"
           "Ian Cole said he expects an appeal of the harbour ruling. Mr. Cole spoke after the vote.\n\n"
           "And in explaining why many of the harbour repairs had not been finished already, Ana Lind "
           "described a council that never listened to fishers.\n\n"
           "Sam Reed said areas where the council wants to see changes include: roads, parks and the old pier.\n\n"
           "Dan Webb said the catch had fallen by half since last year.\n\n"
           "Ann Bell said the council had ignored her letters about the wall.\n")

NAMES = ("Ana Lind", "Sam Reed", "Ian Cole", "Dan Webb", "Ann Bell", "Lind", "Reed", "Cole", "Webb", "Bell")


def _harbour():
    a = plain_article(HARBOUR)
    atts = [
        attribution(a, "Ana Lind", "Ana Lind", "explaining",
                    ["why many of the harbour repairs had not been finished already"]),
        attribution(a, "Sam Reed", "Sam Reed", "said", ["areas where the council wants to see changes include"],
                    start=a.text.index("Sam Reed said")),
        attribution(a, "Ian Cole", "Ian Cole", "said", ["he expects an appeal of the harbour ruling"]),
        attribution(a, "Dan Webb", "Dan Webb", "said", ["the catch had fallen by half since last year"],
                    start=a.text.index("Dan Webb said")),
        attribution(a, "Ann Bell", "Ann Bell", "said", ["the council had ignored her letters about the wall"],
                    start=a.text.index("Ann Bell said")),
    ]
    return a, atts, sentence_context(a, atts, people_entities(a, *NAMES))


def test_an_indirect_question_is_no_statement_to_judge():
    _, atts, ctx = _harbour()
    # "In ¶3, Ana Lind said that why many of the harbour repairs …" is no sentence
    assert said_true_false(ctx, atts[0], truthful=True) is None
    assert said_true_false(ctx, atts[0], truthful=False) is None


def test_a_clause_cut_before_its_list_is_no_statement_to_judge():
    _, atts, ctx = _harbour()
    # "… Sam Reed said areas where the council wants to see changes include." stops mid-clause
    for truthful in (True, False):
        it = said_true_false(ctx, atts[1], truthful=truthful)
        assert it is None or not it.stem.rstrip(".").endswith("include")
    assert not any(it.stem.rstrip(".").endswith("include") for it in generate(ctx))


FERRY = ("Ferry fares to rise\n\n"
         "The town council met on Monday to discuss the harbour.\n\n"
         "Tom Hale told reporters he would raise the ferry fares in the spring.\n\n"
         "Mr. Hale has run the ferry for ten years.\n\n"
         "Sam Reed, a council member, said the fares were already too high for most families.\n\n"
         "Pat Cole said the harbour wall needed repairs before his term ends.\n\n"
         "Dan Webb, a fisher, said the catch had fallen by half since last year.\n\n"
         "Ann Bell said the council had ignored her letters. Ms. Bell lives by the harbour.\n")


def test_the_real_speakers_he_is_never_given_to_someone_not_shown_as_a_man():
    a = plain_article(FERRY)
    atts = [_att(a, "Tom Hale", "person", "Tom Hale", "told", "he would raise the ferry fares in the spring"),
            _att(a, "Sam Reed", "person", "Sam Reed", "said", "the fares were already too high for most families"),
            _att(a, "Pat Cole", "person", "Pat Cole", "said", "the harbour wall needed repairs before his term ends"),
            _att(a, "Dan Webb", "person", "Dan Webb", "said", "the catch had fallen by half since last year"),
            _att(a, "Ann Bell", "person", "Ann Bell", "said", "the council had ignored her letters")]
    ctx = _ctx(a, atts, entities=list(people_entities(a, "Tom Hale", "Sam Reed", "Pat Cole", "Dan Webb", "Ann Bell",
                                                      "Hale", "Bell")))
    # only Hale is titled as a man ("Mr. Hale"); Cole's "his" near his name is a weak reading (the judged
    # "Paloma Wu said he expects …" came from such a reading): "Pat Cole told reporters he would raise
    # the ferry fares" may give Hale's "he" to a woman, or read as a third person
    for seed in range(6):
        ctx.rng.seed(seed)
        it = said_true_false(ctx, atts[0], truthful=False)
        assert it is None
    # the true statement keeps its own speaker's pronoun
    true = said_true_false(ctx, atts[0], truthful=True)
    assert true is not None
    assert true.stem == "In ¶2, Tom Hale told reporters he would raise the ferry fares in the spring."


def test_a_stem_never_opens_a_quotation_it_does_not_close():
    assert unbalanced_quotes("In ¶5, Rosa Diaz called the moment ''a display of panic.")
    assert unbalanced_quotes("In ¶5, Rosa Diaz called the moment “a display of panic.")
    assert unbalanced_quotes("In ¶5, Rosa Diaz called the moment \"a display of panic.")
    assert not unbalanced_quotes("In ¶5, Rosa Diaz called the moment “a display of panic.”")
    assert not unbalanced_quotes("In ¶5, Rosa Diaz said the town’s plan “was late.”")
    text = ("Debate night\n\n"
            "The mayor repeated the same line three times during the debate.\n\n"
            "The writer Rosa Diaz called the moment ''a display of panic.'' Her column ran the next day.\n\n"
            "Tom Berg said the debate had changed few minds in the town.\n\n"
            "Carl Moss said the mayor would win the vote in the spring.\n")
    a = plain_article(text)
    atts = [attribution(a, "Rosa Diaz", "Rosa Diaz", "called", ["the moment ''a display of panic"]),
            attribution(a, "Tom Berg", "Tom Berg", "said", ["the debate had changed few minds in the town"]),
            attribution(a, "Carl Moss", "Carl Moss", "said", ["the mayor would win the vote in the spring"])]
    ctx = sentence_context(a, atts, people_entities(a, "Rosa Diaz", "Tom Berg", "Carl Moss"))
    assert not any("''" in it.stem for it in generate(ctx))


def test_no_true_false_item_on_a_bare_common_noun_source():
    text = ("Council race heats up\n\n"
            "Sources said the council would vote on the harbour plan in March.\n\n"
            "The Herald responded with a second piece, entitled “Lind’s ideas are not too bold. They are too "
            "facile.”\n\n"
            "Two sources close to the council said the vote could slip to April.\n")
    a = plain_article(text)
    srcs = attribution(a, "Sources", "Sources", "said", ["the council would vote on the harbour plan in March"],
                       kind="unnamed_group")
    herald = attribution(a, "Herald", "Herald", "responded",
                         ["Lind’s ideas are not too bold. They are too facile."], kind="organization", direct=True)
    ctx = sentence_context(a, [srcs, herald])
    for att in (srcs, herald):
        for truthful in (True, False):
            it = said_true_false(ctx, att, truthful=truthful)
            assert it is None or "ources" not in it.stem + it.explanation


FAMILY = ("A family on the trail\n\n"
          "Ana Lind campaigned in the north on Monday.\n\n"
          "Lind's husband, Erik, spoke to a crowd of farmers in the morning.\n\n"
          "At day's end, Lind said as he introduced his wife, \"Finally, the dam broke and we are free to "
          "talk about whose ideas are better.\"\n\n"
          "Sam Reed said the farmers wanted lower fuel prices this year.\n\n"
          "Dan Webb said the roads in the north needed repairs before winter.\n\n"
          "Tom Berg said the vote would be close in the northern towns.\n")


def test_no_who_said_item_on_a_surname_two_people_share():
    a = plain_article(FAMILY)
    lind = attribution(a, "Ana Lind", "Lind", "said",
                       ["Finally, the dam broke and we are free to talk about whose ideas are better."],
                       direct=True, start=a.text.index("At day's end"))
    others = [attribution(a, n, n, "said", [c]) for n, c in (
        ("Sam Reed", "the farmers wanted lower fuel prices this year"),
        ("Dan Webb", "the roads in the north needed repairs before winter"),
        ("Tom Berg", "the vote would be close in the northern towns"))]
    ctx = sentence_context(a, [lind, *others],
                           people_entities(a, "Ana Lind", "Sam Reed", "Dan Webb", "Tom Berg"))
    # "Lind said as he introduced his wife": Erik Lind spoke, not Ana Lind
    assert who_said(ctx, lind) is None
    assert said_true_false(ctx, lind, truthful=True) is None
    assert said_true_false(ctx, lind, truthful=False) is None


ENDORSE = ("Governor's endorsement draws fire\n\n"
           "The governor endorsed the mayor on Friday.\n\n"
           "Rosa Diaz, a former governor, condemned the endorsement in a statement.\n\n"
           "\"I am ashamed that the governor would endorse anyone who talks about people that way,\" she said.\n\n"
           "Sam Reed said the endorsement would help the mayor in the south.\n\n"
           "Dan Webb said the governor had made a deal for a job.\n\n"
           "Tom Berg said the mayor would thank the governor at a rally.\n")


def test_a_she_said_claim_cites_the_sentence_that_names_her():
    a = plain_article(ENDORSE)
    diaz = attribution(a, "Rosa Diaz", "she", "said",
                       ["I am ashamed that the governor would endorse anyone who talks about people that way,"],
                       direct=True, start=a.text.index("\"I am ashamed"))
    others = [attribution(a, n, n, "said", [c]) for n, c in (
        ("Sam Reed", "the endorsement would help the mayor in the south"),
        ("Dan Webb", "the governor had made a deal for a job"),
        ("Tom Berg", "the mayor would thank the governor at a rally"))]
    ctx = sentence_context(a, [diaz, *others],
                           people_entities(a, "Rosa Diaz", "Sam Reed", "Dan Webb", "Tom Berg"))
    it = who_said(ctx, diaz)
    assert it is not None and it.options[it.answer] == "Rosa Diaz"
    assert it.stem.startswith("According to ¶2–3, who said")
    assert [s.paragraph for s in it.support] == [2, 3]
    assert "Rosa Diaz" in it.support[0].text
