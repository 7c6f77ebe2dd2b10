"""Two wrong keys judged blind on a kept-aside set (session 50), each as a constructed article:

- "… celebrities like Ann Dale, Tom Reyes and Lena Voss, who joked …, '…'" gave the joke to the list's first
  name (an attribution item asked which verb introduced *her* statement); "who" after a list of names may be
  any of them, so the ledger is not sure.
- "Mara Quill, a historian who attended the meeting, recalled, '…'" was keyed "a named expert giving an
  opinion"; she tells what she saw there, so a witness is as defensible: no kind-of-source item on it.
"""
from __future__ import annotations

from factories import COUNCIL_FILLER, skill_candidates

from quizgen.analysis import analyse
from quizgen.generate.sourcing import EXPERT
from quizgen.ingest import article_from_text


def test_who_after_a_list_of_names_is_no_sure_speaker(nlp):
    text = "\n\n".join([
        "Harbour Museum Opens Its Doors", COUNCIL_FILLER,
        "The opening was a quiet but joyful ceremony featuring the mayor, as well as singers like Ann Dale, "
        "Tom Reyes and Lena Voss, who joked of the museum, \"I haven't seen it yet, but I'm going to.\""])
    got = [a for a in analyse(article_from_text(text), nlp=nlp).attributions if "seen it" in a.content]
    assert got and all(a.source_confidence < 0.8 for a in got), [(a.source, a.source_confidence) for a in got]


def _sourcing_stems(nlp, paragraph: str) -> list[tuple[str, str]]:
    items = skill_candidates(nlp, "Town Rethinks Its Sea Wall", [
        COUNCIL_FILLER, "The mayor said on Monday that the town would look again at how the sea wall was built.",
        paragraph,
        "Mayor Nora Hale said the council would meet again next month to vote on the new plans for the wall."],
        ["sourcing"])
    return [(it.stem, it.options[it.answer]) for it in items if it.kind == "multiple_choice"
            and isinstance(it.answer, int) and "Quill" in it.stem]


def test_an_expert_recalling_what_she_saw_is_not_keyed_an_expert_opinion(nlp):
    got = _sourcing_stems(nlp, "Mara Quill, a historian who attended the meeting, recalled, \"Out of nowhere, the "
                               "mayor said the old wall had been built far too low to stop a big storm.\"")
    assert not [s for s, key in got if key == EXPERT], got


def test_an_expert_giving_an_opinion_is_still_asked(nlp):
    got = _sourcing_stems(nlp, "Mara Quill, a historian at the state university, said the old wall had been built "
                               "far too low to stop a big storm.")
    assert [key for _, key in got] == [EXPERT], got
