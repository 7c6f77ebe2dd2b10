"""A one-word name is the person whose surname it is, not one whose given name it is (judged blind on the
last kept-aside set: "John", the surname of Tom John, was credited to John Hammond named earlier, and the
item's explanation named the wrong speaker)."""
from __future__ import annotations

from quizgen.analysis import analyse
from quizgen.analysis.sources import SourceRegistry
from quizgen.ingest import article_from_text

TEXT = ("Harbor party splits over the new bridge\n\n"
        "The party's harbor committeeman, John Hale, said members would reject the bridge plan as well.\n\n"
        "\u201cThe bridge does not stand for what I want my party to stand for,\u201d said Tom John, chairman of "
        "the harbor district organization.\n\n"
        "John said the three delegates from his district were also unlikely to back the bridge.\n\n"
        "Hale said the vote would take place next Wednesday at the town hall.\n\n"
        "The bridge would cross the harbor at its narrowest point and carry two lanes of traffic and a path for "
        "walkers and cyclists. The town council first proposed it four years ago, and the plan has been changed "
        "several times since then after residents raised concerns about noise, cost and the view from the old "
        "harbor wall, which many of them walk along every evening in the summer.\n")


def test_a_lone_surname_is_its_bearer_not_someone_with_that_given_name(nlp):
    atts = analyse(article_from_text(TEXT), nlp=nlp).attributions
    by_par = {a.paragraph: a.source for a in atts}
    assert by_par.get(3) == "Tom John", [(a.paragraph, a.source, a.source_text) for a in atts]
    assert by_par.get(4) == "John Hale"


def test_the_registry_lets_a_surname_take_a_token_a_given_name_held():
    reg = SourceRegistry()
    reg.register_person("John Hale")
    assert reg.canonical_person("John") == "John Hale"  # only a given name known yet
    reg.register_person("Tom John")
    assert reg.canonical_person("John") == "Tom John"  # the answer given before is forgotten
    assert reg.canonical_person("Hale") == "John Hale"
    reg.register_person("Ann John")
    assert reg.canonical_person("John") == "Tom John"  # a second bearer of the surname takes nothing
