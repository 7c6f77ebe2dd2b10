"""Issue 10 point 1: "he"/"she" continuing a named speaker's claim in the very next sentence ("Mayor Tom Hale
said the bridge was safe. He added that repairs would start in May.") is that speaker, surely, when the
speaker's sentence names nobody else and mentions no unnamed person; a hashtag or a lower-case word the
tagger took for a person is nobody who could be "he". A he/she is never someone named only after it.
Constructed texts."""
from __future__ import annotations

from test_genders_pronouns import one, pronoun_claims, show

from quizgen.model import CONFIDENT


def test_he_added_continues_the_named_speaker(nlp):
    found = one(nlp, ["Mayor Lorne Hale said on Monday that the old bridge was safe for traffic. "
                      "He added that repairs would start in May."], "repairs would start in May")
    assert found.source.endswith("Hale"), show([found])
    assert found.source_confidence >= CONFIDENT, show([found])


def test_another_person_in_the_speakers_sentence_leaves_it_unsure(nlp):
    for first in ("Mayor Lorne Hale said on Monday that Mayor Rae Ortiz was wrong about the old bridge. ",
                  "Mayor Lorne Hale said on Monday that the engineer was wrong about the old bridge. "):
        found = [a for a in pronoun_claims(nlp, first + "He added that repairs would start in May.")
                 if "repairs would start in May" in a.content]
        assert all(a.source_confidence < CONFIDENT for a in found), show(found)


def test_a_sentence_between_leaves_it_unsure(nlp):
    found = [a for a in pronoun_claims(nlp, "Mayor Lorne Hale said on Monday that the old bridge was safe. "
                                            "The bridge carries nine thousand cars a day. "
                                            "He added that repairs would start in May.")
             if "repairs would start in May" in a.content]
    assert all(a.source_confidence < CONFIDENT for a in found), show(found)


def test_a_he_is_never_someone_named_only_after_it(nlp):
    found = [a for a in pronoun_claims(nlp, "The hall was full on Monday. He said the library would stay open. "
                                            "Later Peter Lund spoke to the press.")
             if "library would stay open" in a.content]
    assert all(a.source != "Peter Lund" for a in found), show(found)


def test_a_hashtag_is_nobody_who_could_be_he(nlp):
    found = one(nlp, ["Mayor Peter Hale opened the meeting on Monday. Photos tagged #NeverHale filled the feed. "
                      "He said the library would stay open."], "library would stay open")
    assert found.source == "Peter Hale", show([found])
    assert found.source_confidence >= CONFIDENT, show([found])
