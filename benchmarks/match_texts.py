"""Text for ``bench_match.py``, written for this project (invented people, no copied news).

Quotes are ``(first name, surname, honorific, role, words)``. ``QUOTES`` are the base quotes of
the perturbation suite; ``OTHER_QUOTES`` are unrelated quotes that the negative cases use as
their source, and never a base. No two texts here share a run of four words, so cases built on
different quotes cannot match each other. ``FILLER`` is narration for the documents around
the quotes, ``TURNS`` what a moderator says in a transcript. ``SUBSTITUTES`` and ``INSERTS``
are the words the suite swaps or slips into a quote; ``FIRST_NAMES`` and ``SURNAMES`` name the
speakers of the synthetic documents of the scaling run.
"""

from __future__ import annotations

SpeakerQuote = tuple[str, str, str, str, str]


def _quotes(table: str) -> tuple[SpeakerQuote, ...]:
    """Parse entries of "First Surname | honorific | role" over the indented quote's lines."""
    out = []
    for entry in table.strip().split("\n\n"):
        header, *lines = entry.splitlines()
        name, honorific, role = (part.strip() for part in header.split("|"))
        first, surname = name.split(" ", 1)
        out.append((first, surname, honorific, role, " ".join(line.strip() for line in lines)))
    return tuple(out)


QUOTES = _quotes(
    """
Maria Delgado | MS. | city budget director
    We have closed a gap of nearly $40 million without laying off a single teacher, but the next
    two years will be much harder.

Thomas Whitfield | MR. | county fire chief
    The wind shifted just after midnight, and within an hour the fire had jumped the ridge and
    was moving toward the reservoir.

Priya Raman | MS. | state epidemiologist
    Hospital admissions for flu are rising faster than at any point since 2018, so we are urging
    everyone over 65 to get vaccinated this week.

Daniel Okafor | MR. | head coach
    Our defense played with real discipline tonight, even when the crowd got loud in the fourth
    quarter.

Helen Marsh | MS. | chief judge
    The court cannot rewrite a statute simply because the outcome seems unfair to one of the
    parties.

Robert Kline | MR. | chief executive
    Demand for our trucks held up better than we expected in the spring, although dealers are
    still carrying too much inventory.

Angela Ruiz | MS. | school superintendent
    Attendance dropped sharply after the buses were cut, and the students who stopped coming are
    the ones who needed us most.

Victor Hale | MR. | transit authority spokesman
    Trains on the Red Line will run every twelve minutes during the repairs — that is slower
    than normal, but it is safe.

Susan Park | MS. | lead researcher
    We saw the same pattern in three separate cohorts, which makes it very unlikely that the
    result is a statistical accident.

James Corrigan | MR. | state senator
    I will not vote for a budget that raids the pension fund to pay for tax cuts -- not this
    year, not ever.

Fatima Haddad | MS. | refugee agency director
    Families are arriving with nothing but the clothes they are wearing, and our shelters were
    full before the winter started.

Michael Brandt | MR. | police commissioner
    Burglaries are down by a third since we put officers back on foot patrol in the downtown
    neighborhoods.

Laura Chen | MS. | central bank governor
    Inflation has cooled, but it has not cooled enough for us to declare victory and start
    cutting rates.

William Osei | MR. | port director
    Every container that sits on the dock for an extra day costs shippers money, and those costs
    end up on store shelves.

Rachel Stein | MS. | intensive care nurse
    We were working sixteen-hour shifts for weeks on end, and nobody in management ever came
    down to the floor to ask how we were doing.

Carlos Mendes | MR. | farm cooperative president
    The rain came two weeks too late for the corn, so most of our members will harvest less than
    half of a normal crop.

Grace Liu | MS. | housing advocate
    Rents in this neighborhood have doubled in five years, while wages for the people who live
    here have barely moved.

Peter Novak | MR. | mayor
    We're going to rebuild the bridge, we're going to do it right, and we're going to finish it
    before the next flood season.

Ellen Fraser | MS. | environmental regulator
    The company's own monitoring data show that the discharge limits were exceeded on at least
    nineteen days last summer.

Samuel Adeyemi | MR. | union organizer
    Nobody wants a strike, but our members are prepared to walk out if the company won't put a
    real offer on the table.

Nora Gallagher | MS. | election commissioner
    Every ballot that arrived by the deadline has been counted, and the hand audit matched the
    machine totals in all forty precincts.

Andrew Patel | MR. | airline spokesman
    The delays were caused by a software fault in our crew scheduling system, not by any problem
    with the aircraft themselves.

Monica Alvarez | MS. | museum curator
    These letters had been sitting in a shoebox in an attic for almost a century before the
    family realized what they had.

George Whitaker | MR. | defense attorney
    My client has maintained his innocence from the very first day, and nothing the prosecution
    presented today changes that.

Diane Foster | MS. | weather service meteorologist
    Temperatures could fall below zero by Thursday night, which is dangerous for anyone who has
    to spend time outdoors.

Kevin O'Brien | MR. | team captain
    We let them back into the game with careless turnovers, and against a side this good you
    simply can't do that.

Sofia Rossi | MS. | trade minister
    Our exporters need certainty, and a tariff that changes every few months gives them the
    opposite.

Henry Lawson | MR. | university president
    Tuition will stay flat next year, because we refuse to balance the budget on the backs of
    our students.

Aisha Karimi | MS. | public defender
    Half of the people in that jail have not been convicted of anything; they are simply too
    poor to make bail.

Richard Moss | MR. | water utility manager
    The pipes under Elm Street were laid in 1911, and frankly it is a small miracle they lasted
    this long.

Julia Brennan | MS. | council member
    I asked for these records in March, and I am still waiting for the administration to hand
    them over.

Omar Siddiqui | MR. | energy analyst
    Solar installations hit a record in the third quarter, driven mostly by large projects in
    Texas and California.

Karen Holt | MS. | school board president
    Parents deserve to know what is in the curriculum, and teachers deserve the freedom to teach
    it without fear.

Frank DeLuca | MR. | restaurant owner
    When the road closed for construction, our lunch business fell by seventy percent almost
    overnight.

Yuki Tanaka | MS. | space agency engineer
    The probe's heat shield performed exactly as designed, and all four instruments are
    returning clean data.

Brian McAllister | MR. | county sheriff
    We found the hikers about two miles off the trail, cold and hungry but otherwise in good
    shape.

Teresa Nguyen | MS. | pharmacist
    Patients are calling every day asking when the medication will be back in stock, and
    honestly we don't know.

Paul Hendricks | MR. | bank economist
    Consumers kept spending through the summer, but credit card balances are climbing at a pace
    that worries me.

Lucia Moreno | MS. | human rights investigator
    Witnesses described soldiers going door to door, taking young men away in trucks that never
    came back.

Edward Byrne | MR. | harbor master
    Three boats broke loose from their moorings during the storm, and one of them ended up on
    the rocks near the lighthouse.

Hannah Weiss | MS. | library director
    Our branches are the only place in town where you can sit all day, stay warm and use the
    internet for free.

Marcus Bell | MR. | zoning board chairman
    The developer has made real changes to the design, but the building is still too tall for a
    street of two-story houses.
"""
)

OTHER_QUOTES = _quotes(
    """
Irene Castillo | MS. | parks director
    The playground will reopen in May once the new rubber surface has had time to cure.

Leonard Price | MR. | railway historian
    Most of the original station was torn down in the sixties, but the clock tower survived
    because nobody could agree on who owned it.

Beatrice Kowalski | MS. | orchestra conductor
    We rehearsed the second movement so many times that the musicians started humming it in the
    parking lot.

Walter Grimes | MR. | fishing boat captain
    The cod simply are not where they used to be, and nobody can tell us where they went.

Olivia Dunmore | MS. | bakery owner
    Butter prices went up so fast this spring that we had to change our croissant recipe twice.

Ahmed Farouk | MR. | chess club president
    The youngest player in the tournament is nine years old, and she beat two grandmasters.

Claire Ashby | MS. | veterinarian
    Most of the dogs we see after the holidays have eaten something they found under the tree.

Nathan Briggs | MR. | ski resort manager
    We opened only four runs this weekend because the snow came in wet and heavy.

Rosa Jimenez | MS. | community garden organizer
    Neighbors who had never spoken to each other are now trading tomatoes over the fence.

Theodore Vance | MR. | clockmaker
    A good mechanical watch should outlive the person who buys it, if it is cleaned every few
    years.
"""
)

FILLER: tuple[str, ...] = (
    "The meeting was held in a crowded room on the second floor of the municipal building.",
    "Officials did not immediately respond to requests for further comment on Tuesday.",
    "The announcement came after several weeks of negotiations behind closed doors.",
    "Reporters were given a short tour of the site before the briefing began.",
    "A final decision is expected before the end of the month.",
    "Local residents had raised concerns about the plan at a public hearing last year.",
    "The figures were released in a report published on the agency's website.",
    "Several people in the audience applauded when the vote was announced.",
    "It was not clear how many households would be affected by the change.",
    "The proposal still needs the approval of a state oversight board.",
    "Traffic was diverted around the area for most of the afternoon.",
    "The group plans to hold another meeting next week to discuss its options.",
    "An independent review of the incident is under way.",
    "Similar measures have been adopted in at least a dozen other cities.",
    "The event drew a larger crowd than organizers had anticipated.",
    "Earlier in the day, a small group of protesters gathered outside the building.",
    "The full text of the agreement has not been made public.",
    "Critics say the timeline is unrealistic given the scale of the project.",
    "The statement was issued shortly after noon.",
    "Attendance at the hearing was limited because of the weather.",
)

TURNS: tuple[str, ...] = (
    "Good afternoon, and thank you all for being here.",
    "Let's take the next question from the back of the room.",
    "We have time for one or two more questions.",
    "Could you say a little more about the timeline?",
    "Thank you. That will be all for today.",
)

# Moderators of the transcripts: a label that is never one of the quotes' speakers.
MODERATORS: tuple[tuple[str, str], ...] = (("MR.", "ABERNATHY"), ("MS.", "QUINTERO"))

SUBSTITUTES: tuple[str, ...] = tuple(
    "government entire crucial modest enormous numerous rapid unusual fragile sudden official "
    "private regional federal hidden gradual urgent careful narrow massive ordinary serious "
    "decent remote vital partial recent formal steady visible".split()
)

INSERTS: tuple[str, ...] = tuple(
    "really clearly certainly also surely indeed truly entirely largely quite".split()
)

FIRST_NAMES: tuple[str, ...] = tuple(
    "Alice Amir Anna Ben Bianca Caleb Carmen Chloe Dmitri Elena Emeka Farah Felix Gabriel "
    "Greta Hassan Ines Isaac Jonas Joy Kamala Kenji Lars Leila Luis Mai Malik Marta Mateo "
    "Mei Miriam Nadia Niall Noor Oscar Paloma Rafael Rania Ruth Sana Selma Simon Tariq Tess "
    "Ulrich Uma Vera Wendell Xavier Yara Yusuf Zoe Agnes Boris Cora Dev Esther Hugo Ivy "
    "Jude".split()
)

SURNAMES: tuple[str, ...] = tuple(
    "Abbott Achterberg Barros Bergstrom Calloway Castellanos Dubois Eriksen Ferreira "
    "Fitzgerald Galloway Grunwald Hargreaves Holloway Iwasaki Jablonski Kapoor Kowalczyk "
    "Lindqvist Llewellyn Mahmoud Marchetti Nakamura Novotny Oduya Olander Pacheco Pemberton "
    "Quigley Radcliffe Rasmussen Salazar Sandoval Takahashi Thornbury Underwood Valdivia "
    "Vasquez Wainwright Whitcombe Yamamoto Zielinski Albrecht Bannerman Cheung Delacroix "
    "Esposito Fairbanks Gallardo Hollister Ibarra Jovanovic Kettering Lombardi Mbeki "
    "Nieminen Ortega Petrov Quintana Rutledge Steinberg Toussaint Ueda Villanueva Wexler "
    "Xiong Yilmaz Zamora Ashworth Brightwater Carvalho Dunleavy Eastwood Figueroa Gutierrez "
    "Halvorsen Ingram Jaramillo".split()
)

# Honorifics for the transcript labels of the seeds' speakers ("MS. SINGH:"); a speaker not
# listed gets a bare surname label ("SINGH:").
HONORIFICS: dict[str, str] = {"Singh": "MS.", "Rutte": "MR.", "Austin": "MR.", "Sybiha": "MR."}
