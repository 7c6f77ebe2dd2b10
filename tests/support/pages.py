"""Text shared by the tests of web pages: an invented news article to build pages around."""
from __future__ import annotations

# Twelve plain news paragraphs about an invented town council, about 190 words in all.
TOWN_BODY = [
    "The council of Eastbrook voted on Tuesday to build a new library on the site of the old bus depot.",
    "The plan, which has been debated for three years, will cost about 12 million dollars, officials said.",
    "Mayor Ana Ruiz said the library would open in 2027 and would stay open until 9 p.m. on weekdays.",
    "Critics argued that the money should go to repairing roads instead, and two members voted against it.",
    "A survey by the council found that 61 percent of residents wanted a larger library.",
    "The old depot has been empty since the bus company moved to a site north of the river in 2015.",
    "Builders are expected to start work in the spring, once the ground has been cleared.",
    "Local schools welcomed the decision and said pupils had nowhere quiet to study after class.",
    "The council will borrow part of the cost and pay the rest from a fund set aside in 2021.",
    "Residents can see the designs at the town hall until the end of the month.",
    "A second vote on the opening hours is planned for next year.",
    "Ruiz said she hoped the building would become the heart of the town.",
]
