"""Shapes judged blind on K34 (stop 34's kept-aside PolNeAR train articles), each on constructed text: a claim
made in a relative clause cites the sentence that names its speaker; a planned amount an unnamed official
reports is no statistic offered as evidence; a true/false stem never doubles the quotation's full stop nor points
back with "that report"; a sentence right after a paragraph of "they say" is not "stated as fact"."""
from __future__ import annotations

from factories import HARBOR_FILLER, claim, plain_article

from quizgen.generate import build_lesson
from quizgen.generate.base import attribution_support
from quizgen.ingest import article_from_text


def test_a_claim_in_a_relative_clause_cites_the_sentence_naming_its_speaker():
    # judged blind (K34): the cited span began "who lamented in an interview …", so it never showed who said it
    text = ("Hosts split on the race\n\n"
            "Then there was the radio host Dan Pike, who lamented in an interview, \u201cWe have spent years "
            "attacking the press.\u201d\n\n" + HARBOR_FILLER)
    a = plain_article(text)
    att = claim(a, "Dan Pike", "person", "who", "lamented", "We have spent years attacking the press.", direct=True)
    sup = attribution_support(a, att)
    assert sup is not None and "Dan Pike" in sup.text, sup
    assert sup.text.startswith("Then there was"), sup.text


def _lesson(nlp, text, skills, kinds=None):
    art = article_from_text(text)
    return build_lesson(art, count=15, seed=0, nlp=nlp, skills=skills, kinds=kinds)


_PLAN = ("Governor to propose a cure fund\n\n"
         "The governor will propose spending $2 billion a year in an attempt to cure the disease by 2030, "
         "according to a campaign official who was not authorized to speak publicly before the announcement.\n\n"
         "The disease affects about 5 million people in the country, the health department said in a report last "
         "year.\n\n"
         "Researchers at the state university say the cost of care will triple by 2050 if nothing is done.\n\n"
         "The governor's rival, Senator Ana Ortiz, said the plan was too small to matter.\n\n"
         "Ortiz has proposed a larger fund that would be paid for by a new tax on insurers.\n\n"
         "Doctors at the city hospital said they had seen more patients with the disease every year.\n\n"
         "The health department's report found that one in nine adults over 65 has the disease.\n\n"
         "A spokesman for the insurers said the tax would raise premiums for every family in the state.\n\n"
         "The governor is expected to give details of the plan at a rally in the capital on Monday.\n")


def test_a_planned_amount_an_unnamed_official_reports_is_no_statistic(nlp):
    # judged blind (K34): "¶2 says: 'The Democratic front-runner will propose spending $2 billion a year …,
    # according to a campaign official …' What kind of evidence does this sentence offer?" keyed a statistic
    lesson = _lesson(nlp, _PLAN, ["evidence"])
    bad = [it for it in lesson.items if "$2 billion" in it.stem]
    assert not bad, [(it.stem, it.options, it.answer) for it in bad]


_REPORT = ("Candidate answers critics\n\n"
           "A news site reported on Friday that Dr. Ben Lowe had made up parts of his life story.\n\n"
           "Lowe called that report Friday a \u201cboldfaced lie.\u201d\n\n"
           "Lowe's rival, Senator Ann Roe, said the doctor had questions to answer about his past.\n\n"
           "Mayor Tom Hale said voters would decide for themselves what to believe.\n\n"
           "Lowe said he had never claimed to be a general and that his book was accurate.\n\n"
           "Roe said the story was a distraction from the real issues facing the state.\n\n"
           "Hale said the campaign had become \u201cthe nastiest in living memory.\u201d\n\n" + HARBOR_FILLER)


def test_a_true_false_stem_never_points_back_with_that_report_nor_doubles_the_full_stop(nlp):
    # judged blind (K34): 'In ¶7, Donald Trump called that report Friday a "boldfaced lie.".'
    lesson = _lesson(nlp, _REPORT, ["attribution"], kinds=["true_false"])
    for it in lesson.items:
        assert not it.stem.rstrip().endswith(('."."', '.".', '.\u201d.')), it.stem
        assert "that report" not in it.stem, it.stem


_THEY_SAY = ("Researchers urge a cure fund\n\n"
             "The state spends about $200 billion a year caring for people with the disease.\n\n"
             "It is an investment that would pay for itself many times over, researchers at the state university "
             "say. Without a cure, the number of patients will triple by 2050, they say.\n\n"
             "The alternative is about $1.1 trillion in costs for care programs and caretakers in 2050.\n\n"
             "Governor Lee Park said the state could not afford to wait any longer.\n\n"
             "Senator Ana Ortiz said the plan was too small to matter.\n\n"
             "Doctors at the city hospital said they had seen more patients every year.\n\n" + HARBOR_FILLER)


def test_a_sentence_right_after_a_paragraph_of_they_say_is_not_stated_as_fact(nlp):
    # judged blind (K34): "The alternative is about $1.1 trillion …" (¶7) keyed "stated as fact, no source"
    # where ¶6 gave the researchers' argument ("It's an investment, they say")
    lesson = _lesson(nlp, _THEY_SAY, ["certainty"])
    bad = [it for it in lesson.items if "1.1 trillion" in it.stem and it.kind == "multiple_choice"
           and it.options[it.answer].startswith("Stated as fact")]
    assert not bad, [(it.stem, it.options, it.answer) for it in bad]


def test_a_statement_ending_on_a_quotations_full_stop_gets_no_second_one():
    from quizgen.generate.attribution import end_sentence

    closed = "In ¶2, Lowe called it a \u201cboldfaced lie.\u201d"
    assert end_sentence(closed) == closed
    assert end_sentence('In ¶2, Lowe called it a "lie."') == 'In ¶2, Lowe called it a "lie."'
    assert end_sentence("In ¶2, Lowe said voters would decide") == "In ¶2, Lowe said voters would decide."
    open_ = "In ¶2, Lowe called it a \u201cboldfaced lie\u201d"
    assert end_sentence(open_) == open_ + "."


def test_a_bodys_figure_cited_with_according_to_is_still_a_statistic(nlp):
    text = _PLAN.replace(
        "The governor will propose spending $2 billion a year in an attempt to cure the disease by 2030, "
        "according to a campaign official who was not authorized to speak publicly before the announcement.",
        "Median household income reached $56,746 in November, the level it had when the recession began, "
        "according to one research firm.")
    lesson = _lesson(nlp, text, ["evidence"])
    keyed = [it.options[it.answer] for it in lesson.items if "$56,746" in it.stem and it.kind == "multiple_choice"]
    assert keyed and keyed[0].startswith(("A statistic", "A number")), keyed


_PUNDITS = ("Pundits weigh the race\n\n"
            "Sean Hale said, \u201cI don't say anything privately that I don't say publicly.\u201d\n\n"
            "Ben Ross said the party had become an echo chamber of itself and blamed \u201ccertain fringes of "
            "the internet.\u201d\n\n"
            "Carl Dyke said, \u201cWe have spent 20 years attacking the mainstream media.\u201d\n\n"
            "Ann Poe said the network would not change its coverage before the election.\n")


def test_a_quoted_phrase_is_no_claim_to_match():
    # judged blind (K34): "Certain fringes of the internet" offered as a claim in "Match each source with a claim"
    from test_generate_judge6b import _ctx

    from quizgen.generate.attribution import match_sources

    a = plain_article(_PUNDITS)
    atts = [claim(a, "Sean Hale", "person", "Sean Hale", "said",
                  "I don't say anything privately that I don't say publicly", direct=True),
            claim(a, "Ben Ross", "person", "Ben Ross", "blamed", "certain fringes of the internet", direct=True),
            claim(a, "Carl Dyke", "person", "Carl Dyke", "said", "We have spent 20 years attacking the mainstream "
                  "media", direct=True),
            claim(a, "Ann Poe", "person", "Ann Poe", "said",
                  "the network would not change its coverage before the election")]
    item = match_sources(_ctx(a, atts), atts)
    assert item is not None  # three sources with claims remain
    assert not any("fringes" in o for o in item.options), item.options


def test_a_remark_to_a_generic_you_is_no_claim_to_check():
    # judged blind (K34): 'How does the article present this claim: "You can do that every single day …"?' (a
    # rhetorical remark, the certainty tag did not fit)
    from quizgen.generate.certainty import value_judgement

    assert value_judgement("You can do that every single day and people will still believe it")
    assert value_judgement("if you tell a lie often enough, your voters will believe it")
    assert not value_judgement("the new mill will bring two hundred jobs to the valley")
    assert not value_judgement("Youth unemployment rose to 12 percent last year")


_SAVINGS = ("Small steps toward college savings\n\n"
            "A family that saves $25,000 by the time a child turns 18 can cover a large part of the bill.\n\n"
            "A student can earn about $6,000 annually by working full time in the summer and part time during "
            "the school year.\n\n"
            "The average sticker price at a private college is now $160,000 for four years.\n\n"
            "Families with incomes above $100,000 get less aid, the report said.\n\n"
            "A public university in the state costs about $40,000 for four years, including fees.\n\n"
            "The state will add $5,500 to the accounts of families who save at least $3,000 over five years.\n\n"
            + HARBOR_FILLER)


def test_a_wrong_number_is_never_of_another_magnitude(nlp):
    # judged blind (J34): "$160,000" and "$40,000" offered beside a student's "$6,000" of summer earnings
    lesson = _lesson(nlp, _SAVINGS, ["key_detail"])
    assert any("annually by working" in it.stem for it in lesson.items)  # still asked, as a choice or typed
    for it in lesson.items:
        if it.kind != "multiple_choice" or "annually by working" not in it.stem:
            continue
        values = [float(o.strip("$").replace(",", "")) for o in it.options]
        assert all(1 / 5 <= v / 6000 <= 5 for v in values), it.options


_RATES = ("Tax plan raises rates on quick gains\n\n"
          "Under the governor's plan, taxpayers reporting gains held for one to two years would pay their ordinary "
          "income tax rate, which currently goes as high as 39.6 percent, just as they do now for shorter gains.\n\n"
          "The top rate on gains held longer than six years would be 20 percent, the same as today.\n\n"
          "Gains held for two to three years would be taxed at 36 percent under the plan.\n\n"
          "The plan also adds a 3.8 percent surcharge on investment income for the highest earners.\n\n"
          + HARBOR_FILLER)


def test_a_gap_never_swallows_as_high_as(nlp):
    # judged blind (J34): "which currently goes ______" keyed "as high as 39.6 percent"
    lesson = _lesson(nlp, _RATES, ["key_detail"])
    assert any("currently goes" in it.stem for it in lesson.items), [it.stem for it in lesson.items]
    for it in lesson.items:
        if "currently goes" in it.stem:
            assert "as high as ______" in it.stem, it.stem
            keyed = it.answer if it.kind == "short_answer" else [it.options[it.answer]]
            assert all("as high as" not in k for k in keyed), keyed
