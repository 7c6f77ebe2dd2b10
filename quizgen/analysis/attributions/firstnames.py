"""Common given names that are clearly one sex, for "he"/"she" when the article itself tells nothing.

A fallback only (see :func:`quizgen.analysis.attributions.resolve.article_genders`): the article's own
evidence (Mr./Mrs., "spokeswoman", "she" after the name) always wins. Names given to both sexes in
English or in a common other language (Jordan, Taylor, Casey, Jamie, Leslie, Robin, Kim, Jean, Dana,
Andrea, Nicola, Lindsey, Glenn, ...) are left out on purpose: no gender is better than a wrong one.
"""
from __future__ import annotations

from quizgen.analysis.lexicon import FEMALE_TITLES, MALE_TITLES, NOT_GIVEN_NAMES

MALE_NAMES = frozenset("""
aaron abdullah abraham adam adlai adolf adrian ahmad ahmed al alan albert alberto alejandro alexander alexei
alexey alfred ali_ alireza allen alvin amadou amir anders andre andreas andrei andrew andrey andy angus anthony
anton antonin antonio arnold arthur arturo axel
barack barney barry bashar ben benedict benjamin benny bernard bernie bilal bill billy bob bobby boris brad
bradley brandon brendan brett brian bruce bryan burt byron
calvin carl carlos cecil charles charlie christopher chuck clarence clark claudio clifford clint colin conor
craig curtis
dale_ dan daniel danny dante darren dave david dean dennis derek dick diego dmitri dmitry don donald doug
douglas duncan dwight dwyane
earl ed eddie edgar edmund eduardo edward edwin elijah elliot elliott elvis emmanuel enrique enver eric erick
erik ernest ernesto eugene evan
fabio farid farouk federico felipe felix ferdinand fernando fethullah fidel floyd francisco franco frank
franklin fred freddie freddy frederick
gabriel gareth gary gavin gene geoffrey george gerald gerhard gilbert giovanni giuseppe gordon graham grant greg
gregory guillermo gustav gustavo guy
hamdullah hamid hans harold harry harvey hassan hector helmut henry herb herbert herman hernan howard hugh hugo
humberto
ian igor isaac ivan
jack jacob jake jamal james jared jason javier jeb jeff jeffrey jens jeremy jermaine jerome jerry jesse jim
jimmy joaquin joe joel joey johann john johnny jon jonah jonathan jorge jose joseph josh joshua josé juan julian
julio justin
karl keith ken kenneth kevin khaled khalid khizr kurt kyle
lamar lance larry lars laszlo lawrence leo leon leonard lewis lloyd lorenzo louis luca lucas luigi luis luke
lyndon
malcolm manuel marc marco marcus mariano mario mark martin marvin massimo matt matthew maurice max maxwell
merrick michael michel miguel mike mikhail milton mitch mitchell mitt moammar mohamed mohammad mohammed montel
muammar muhammad murray mustafa
nabil nathan neil nelson newt nicholas nick nicolas nigel nolan norbert norman
oleg oliver omar osama oscar otto owen
pablo patrick paul pedro pete peter phil philip phillip pierre piotr prescott
rafael ralph ramon randall randy raul ray raymond recep reggie reince reuben ricardo richard rick ricky rishi
rob robby robert roberto rod rodney rodrigo roger roland romelu ron ronald ronnie ross roy rudolph rudy rupert
russ russell ryan
salvador sam_ samuel saul sayed scott sean sebastian sergei sergey seth shane sheldon sidney_ simon solomon stan
stanley stefan stephen steve steven stuart suleiman
ted teddy terrence theodore thomas tim timothy todd tom tommy tony travis trevor trey troy
uri
victor viktor vincent vladimir volker
wade walter warren wayne wesley wilbur will william willie wolfgang woody
xavier
yannick yosef yuri yusuf
zachary
duane trent
""".split()) - {"ali_", "dale_", "sam_", "sidney_"}

FEMALE_NAMES = frozenset("""
abigail ada adele adriana agnes aisha alexandra alexandria alice alicia alison allison amanda amber amelia amy
ana anastasia angela angelina anita ann anna anne annette antonia april arlene audrey ava
barbara beatrice becky belinda bernadette beth betsy betty bonnie brenda bridget brigitte brittany brittney
caitlin caitlyn camila candace candice carla carmen carol caroline carolyn catherine cathy cecilia charlotte
chelsea cheryl christina christine cindy claire clara claudia colleen condoleezza connie constance cynthia
daisy daniela danielle daphne darlene debbie deborah debra denise diana diane dianne dolores donna doris dorothy
edith eileen elaine eleanor elena elise eliza elizabeth ella ellen elsa emily emma erica erika erin esther ethel
eva
fatima felicia fiona florence francesca françoise
gabriela gabrielle gail gemma georgia geraldine gertrude gillian gina gladys gloria grace greta gretchen gwen
hannah harriet hazel heather heidi helen helena hillary holly huma
ileana ilhan ingrid irene iris isabel isabella ivanka
jacqueline jane janet janice jeanne jennifer jenny jessica jill jo_ joan joanna joanne jocelyn josephine joyce
juanita judith judy julia julie juliet june
kamala karen katarina kate katherine kathleen kathryn kathy katie katrina kay_ kayla kellyanne kirsten kristen
kristin
lakeisha laura lauren leah lena lila lillian linda lisa liz loretta lori louise lucia lucy lydia lynne
madeleine madeline maggie mandy marcia marcy margaret margarita maria marie marina marine marisa marjorie
marlene martha mary maureen maxine mazie megan megyn melania melanie melinda melissa meredith mia michelle
mildred miriam molly monica muriel
nadia nadine nancy naomi natalia natalie natasha nicole nikki nina nora
olga olivia
pam pamela patricia paula pauline peggy penelope penny phyllis polly priscilla
rachel raquel rashida rebecca regina renee rita roberta rosa rosalind rose rosemary ruth
sabrina sally samantha sandra sara sarah serena sharon sheila sherrilyn shirley silvia sofia sonia sophia sophie
stephanie suella susan susanne suzanne svetlana sylvia
tamara tammy tanya teresa theresa tiffany tina tracey tulsi
ursula
valentina valerie vanessa vera veronica victoria virginia
wendy whitney_ wilma
yolanda yvette yvonne
zoe
carly evelyn frances janine jasmine jeanine kimberly lois lorraine marianne marilyn marsha meg michele miranda nita
sheryl vicki wanda
""".split()) - {"jo_", "kay_", "whitney_"}

NAME_WORDS = 2  # a given name is read only before a surname

# a word before a name that is a title, not the given name ("Sen. Bernie Sanders", "Gov. Nikki Haley")
_TITLE_WORDS = {w.lower() for w in NOT_GIVEN_NAMES} | MALE_TITLES | FEMALE_TITLES | {
    "sen", "gov", "rep", "dr", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "prof", "rev",
    "hon", "pres", "supt", "det", "insp", "atty", "fr", "vice", "first", "former", "late", "u.s", "us", "sheriff",
    "pope", "king", "queen", "prince", "princess", "rabbi", "imam", "bishop", "cardinal", "pastor", "father",
    "ayatollah", "sheikh", "emir", "sultan", "congressman", "congresswoman", "representative", "attorney",
    "leader", "chancellor", "premier", "speaker", "commander", "lieutenant", "sergeant", "colonel", "admiral",
    "major", "private", "detective", "inspector", "superintendent", "reverend", "saint", "st",
}


def given_name_gender(name: str) -> str | None:
    """"m"/"f" for a full name whose given name (its first word after any title) is in the tables,
    followed by at least a surname; None for a lone word ("Warren" may be a surname), a name used for
    both sexes, or one not listed."""
    words = [w.strip(",") for w in name.split()]
    while words and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words.pop(0)
    if len(words) < NAME_WORDS:
        return None
    first = words[0].lower()
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    return None
