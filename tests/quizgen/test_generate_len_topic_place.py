"""Lesson length: a place gap in a sentence telling two of the article's running topic words is asked
though the sentence shares no word with the headline or a hook of a lede; a place in a side sentence
(no topic word) still is not."""
from __future__ import annotations

from test_generate_key_detail_capacity import _ctx, _doc

from quizgen.generate.key_detail import place_items

_TEXT = ("Nobody expected this\n\n"
         "Imagine a summer with nothing at all to do on the water.\n\n"
         "Crews rallied in Dover, Del., on Monday against the closures.\n\n"
         "The closures hit the fishing fleet of Salem, Ore., hardest.\n\n"
         "Crews in Camden, N.J., voted to strike over fishing rules.\n\n"
         "Fishing boats first protested in Provo, Utah, last year.\n\n"
         "The closures angered fishing families across the region.\n\n"
         "A bakery in Camden, N.J., sold bread to tourists last weekend.\n")
_PLACES = ["Dover", "Salem", "Camden", "Provo", "Del.", "Ore.", "N.J.", "Utah"]


def test_a_place_in_a_sentence_of_the_running_topic_is_asked():
    article, analysis = _doc(_TEXT, places=_PLACES)
    stems = [it.stem for it in place_items(_ctx(article, analysis), set())]
    assert any("hit the fishing fleet of ______, hardest" in s for s in stems), stems


def test_a_place_in_a_side_sentence_is_not():
    article, analysis = _doc(_TEXT, places=_PLACES)
    stems = [it.stem for it in place_items(_ctx(article, analysis), set())]
    assert not any("A bakery in ______" in s for s in stems), stems
