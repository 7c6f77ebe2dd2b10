"""Item shapes judged weak on set J15 (12 PolNeAR dev articles, judged blind), one constructed text each,
through the real pipeline."""
from __future__ import annotations

from test_generate_j13 import _ctx

from quizgen.generate import attribution, build_lesson, main_idea
from quizgen.ingest import article_from_text


def test_a_single_quotation_mark_left_open_is_unbalanced():
    # judged blind: the option "People say, 'It doesn't matter because … the vote" (its closing mark cut off)
    assert attribution.unbalanced_quotes("People say, 'It doesn't matter because Clara Lind will get 90 percent "
                                         "of the vote")
    assert attribution.unbalanced_quotes("The question is, 'Ninety percent of what")
    # apostrophes, a possessive plural and a closed quotation are no open quotation
    assert not attribution.unbalanced_quotes("The voters' anger doesn't matter to the union's leaders")
    assert not attribution.unbalanced_quotes("People say, 'It doesn't matter,' and they are wrong")
    assert not attribution.unbalanced_quotes("He said 'no' to the offer in the '90s")


def test_an_appositive_dropped_before_a_phrase_of_the_verb_leaves_no_comma():
    # judged blind: "… to hold Bryan Pagliano, in contempt of Congress" (the appositive's first comma left)
    lean = main_idea._lean("A House panel voted Thursday to hold Brian Pagel, a former technology aide to the "
                           "senator, in contempt of Congress for refusing to testify about the server")
    assert "Brian Pagel in contempt of Congress" in lean
    # before a loose phrase of the whole clause the comma stays
    lean = main_idea._lean("The Democratic race for the nomination is deadlocked in California, the biggest prize "
                           "of the primary season, according to a new poll")
    assert lean.endswith("deadlocked in California, according to a new poll")


_UN = ("The agency and the war in the south\n\n"
       "The United Nations agency was criticised on Monday for its record on the war in the south.\n\n"
       "In 2009, the agency came under withering criticism for its failure to speak out on the killings at the "
       "end of the war in the south. Lena Ortiz, the head of the agency, vowed not to repeat that mistake, a "
       "spokesman said.\n\n"
       "Lena Ortiz said the agency would now ask its staff to report every killing they saw.\n\n"
       "Tom Reyes, a lawyer for the families, said the agency had failed them for years.\n\n"
       "Maria Chen, a former judge, said the new policy was a good first step for the agency.\n\n"
       "Paul Dunn, a senator, said the agency should lose its funding if it fails again.\n")


def test_a_true_false_statement_pointing_outside_itself_is_not_made():
    # judged blind: "In ¶19, Ban Ki-moon vowed not to repeat that mistake." (which mistake? copied, so True)
    assert attribution.demonstrative_inside("not to repeat that mistake")
    assert attribution.demonstrative_inside("the plan would end those payments for good")
    assert not attribution.demonstrative_inside("that mistakes were made by the staff")
    assert not attribution.demonstrative_inside("the vote would take place this year")
    assert not attribution.demonstrative_inside("the claim that Obama and Lee created the group was false")
    ctx, an = _ctx(_UN)
    made = [attribution.said_true_false(ctx, a, truthful=t) for a in an.attributions for t in (True, False)]
    assert not [it.stem for it in made if it is not None and "that mistake" in it.stem]


_PARK = ("A city tries to return to normal\n\n"
         "The city of Dover tried to return to normal on Sunday after three nights of protests over a police "
         "shooting.\n\n"
         "On Sunday, Jim Tomkin, 31, tossed a football in Central Park with his son and a few other children. The "
         "park, where marchers have sometimes gathered in the evenings, is near the football stadium, which, "
         "Tomkin said, is usually full of games and food stalls on match days.\n\n"
         "\"This normally is a big open park,\" Tomkin said.\n\n"
         "Mayor Ann Ruiz said the city would lift its curfew on Monday.\n\n"
         "Police Chief Carl Boone said officers had made 40 arrests since Wednesday.\n\n"
         "Shop owners on Main Street said they had lost a week of trade and hoped the crowds would come back "
         "for the holiday market next month.\n")


def test_a_tag_after_a_relative_pronoun_leaves_the_main_clause_to_the_writer():
    # judged blind: "who said that the park, where demonstrators have gathered …, is near the football stadium,
    # which is usually full of activities?": only the relative clause after "which, Tompkins said," is his
    ctx, an = _ctx(_PARK)
    for a in an.attributions:
        assert "The park" not in a.content or a.source != "Jim Tomkin", a.content
    lesson = build_lesson(article_from_text(_PARK), count=15)
    assert not [it.stem for it in lesson.items if it.skill == "attribution" and "park, where" in it.stem]


_TAX = ("Experts find the leave plan unclear\n\n"
        "Language unclear on whether single fathers are covered, experts say.\n\n"
        "Senator Hale's plan for paid leave is vague about who would be covered, labor experts say.\n\n"
        "Campaign spokesman Jason Mills told the Herald that the plan would extend to single fathers.\n\n"
        "\"We are proud of the plan and of what it does for families,\" Mills said.\n\n"
        "Conservative economist Aparna Mehta, who studies tax policy at the Enterprise Institute, said the "
        "senator's own statement did not clarify the matter.\n\n"
        "Mehta said she had seen no details about who was left out of the plan.\n\n"
        "Carla Martin, a former labor secretary, said the plan discriminated against adoptive parents.\n\n"
        "Martin said the number of families led by single fathers had doubled in three decades.\n")


def test_a_group_of_experts_is_never_matched_beside_an_expert_it_may_include():
    # judged blind: "Experts" and the economist Mathur (one of those experts) in one matching item: either pairing
    # of "language unclear" and "her statement didn't clarify the matter" could be defended
    ctx, an = _ctx(_TAX)
    it = attribution.match_sources(ctx, list(an.attributions))
    assert it is not None  # the others still make one
    labels = {p.lower() for p in it.prompts}
    assert not ({"experts", "labor experts"} & labels and "aparna mehta" in labels), it.prompts
