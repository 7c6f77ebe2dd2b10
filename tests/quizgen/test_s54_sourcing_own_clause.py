"""Judged blind (J11): "In ¶1 the article says: 'So let me get this straight: on the same day that the Washington
Post reports that the State Department issued subpoenas …, the PBS debate moderators didn't ask her about it.' What
kind of source gives this claim?" keyed a news outlet, while the sentence's point is the writer's own. A passage
holding a clause of the writer's beside the attribution is not asked about; another report of the same speaker, a
question put to the speaker or a relative clause is no such clause. Constructed sentences."""
from __future__ import annotations

from quizgen.generate.sourcing import writers_own_clause
from quizgen.model import Attribution, Span, Support


def _case(sentence: str, source: str, cue: str, content: str) -> tuple[Attribution, Support]:
    def span(part: str) -> Span:
        at = sentence.index(part)
        return Span(100 + at, 100 + at + len(part), part)

    att = Attribution(source=source, source_text=source, source_span=span(source), source_kind="news_outlet",
                      cue=cue, cue_span=span(cue), content=content, content_spans=(span(content),), direct=False,
                      paragraph=1)
    return att, Support(1, 100, 100 + len(sentence), sentence)


def test_a_clause_of_the_writer_s_own_beside_the_report_is_not_asked_about():
    s = ("On the same day that the Harbour Post reports that the council issued subpoenas to the ferry company, the "
         "debate moderators didn't ask the mayor about it.")
    assert writers_own_clause(*_case(s, "the Harbour Post", "reports", "the council issued subpoenas to the ferry "
                                                                       "company"))
    s = ("The ferry plan is closely tied to the party's hold on the coast, one which historian Ann Lee calls 'the "
         "heart of its politics.'")
    assert writers_own_clause(*_case(s, "Ann Lee", "calls", "the heart of its politics."))


def test_another_report_a_question_or_a_relative_clause_is_no_clause_of_the_writer_s():
    s = "Asked if there had been any fraud in the vote, Tom Reyes, the mayor's spokesman, said the count was fair."
    assert not writers_own_clause(*_case(s, "Tom Reyes", "said", "the count was fair."))
    s = "'Today is a day for celebration,' Lee said in Harbour Town, noting that it was a priority for her as mayor."
    assert not writers_own_clause(*_case(s, "Lee", "said", "Today is a day for celebration,"))
    s = "Lee said the ferry hurt Tom Reyes locally, who is engaged in a tough re-election campaign this year."
    assert not writers_own_clause(*_case(s, "Lee", "said", "the ferry hurt Tom Reyes locally,"))
    s = "The Harbour Post reported that the council issued subpoenas to the ferry company on Friday."
    assert not writers_own_clause(*_case(s, "The Harbour Post", "reported", "the council issued subpoenas to the "
                                                                             "ferry company on Friday."))


def test_an_opening_phrase_of_time_is_no_clause():
    s = "After the failed coup last summer, the Ruritanian government declared Ivo Marsh was a leader of the plot."
    assert not writers_own_clause(*_case(s, "the Ruritanian government", "declared",
                                         "Ivo Marsh was a leader of the plot."))
