"""The document's cast: the people named so far, and what a mention resolves to.

:class:`Cast` learns each person as the text names them (the fullest name, a role, a gender,
where they were last seen and last a subject). ``Cast.resolve`` turns a mention into a
:class:`~quoteverify.model.Speaker`, in this order: a pronoun with an antecedent in its own
sentence is that person; a pronoun alone is the most salient person of its gender; an
organisation or a writing stands as written; a role names the last person who held it; a name
or a surname finds the fullest name known ("Singh" after "Sabrina Singh").

>>> from quoteverify.extraction.names import Mention
>>> cast = Cast()
>>> _ = cast.learn("Sabrina Singh", "Pentagon spokeswoman", "female", 0, subject=True)
>>> singh = cast.resolve(Mention("Singh", 40, 45, "name", "Singh", None, None), 40)
>>> singh.name, singh.role, singh.resolved_by
('Sabrina Singh', 'Pentagon spokeswoman', 'surname')
>>> cast.resolve(Mention("she", 60, 63, "pronoun", "she", None, "female"), 60).name
'Sabrina Singh'
"""

from __future__ import annotations

import re

import attrs

from quoteverify.extraction.heads import DETERMINERS, says_person
from quoteverify.extraction.names import ROLE_MODIFIERS, Mention, is_plural
from quoteverify.model import Speaker

_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "two", "three"})


@attrs.define
class Person:
    """Someone the document names: fullest name, role and gender as learned so far."""

    name: str
    role: str | None
    gender: str | None
    last_seen: int
    kind: str = "person"
    last_subject: int = -1  # where the person last did something: said, told, argued


NAMESAKE_CONFIDENCE = 0.75
"""The confidence of a surname that several people named so far share ("Clinton" after Bill
and Hillary Clinton): the cast picks one, but it may be the other."""

_SALIENCE = 200  # characters: how much more recent a plain mention must be to beat a subject


class Cast:
    """The people and organisations a document has named so far, for resolving mentions."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_surname: dict[str, list[Person]] = {}

    def learn(
        self, name: str, role: str | None, gender: str | None, pos: int, *, subject: bool = False
    ) -> Person:
        """Record a name seen at pos (or refresh one already known); subjects are salient."""
        person = self._learn(name, role, gender, pos)
        if subject:
            person.last_subject = pos
        return person

    def _learn(self, name: str, role: str | None, gender: str | None, pos: int) -> Person:
        parts = name.split()
        key = parts[-1].lower()
        namesakes = self._by_surname.setdefault(key, [])
        person = self._namesake(namesakes, name, gender)
        if person is not None:
            if len(name) > len(person.name) and len(parts) > 1:
                person.name = name
            person.role = person.role or role
            person.gender = person.gender or gender
            person.last_seen = pos
            return person
        person = Person(name, role, gender, pos)
        self.people.append(person)
        namesakes.append(person)
        return person

    @staticmethod
    def _namesake(namesakes: list[Person], name: str, gender: str | None) -> Person | None:
        """The known person a name names: the same full name, or for a surname alone the one
        last seen whose gender fits ("Mrs. Clinton" after Hillary and then Bill Clinton)."""
        if not namesakes:
            return None  # a surname not seen before
        if " " in name:
            same = [p for p in namesakes if p.name == name or _same_person(p.name, name)]
        else:
            same = [p for p in namesakes if gender is None or p.gender in (None, gender)]
        if len(same) < 2:
            return same[0] if same else None  # (most names: a single namesake)
        if " " in name or gender is not None:
            return max(same, key=lambda p: p.last_seen)
        # a bare surname ("Cruz said") names the namesake last a subject: Ted Cruz, who spoke,
        # not Heidi Cruz, named since as his wife
        return max(same, key=lambda p: (p.last_subject, p.last_seen))

    def knows(self, surname: str) -> bool:
        """Whether someone with this surname (a name's last word) has been named."""
        return surname.split()[-1].lower() in self._by_surname

    def may_be(self, mention: Mention, gender: str) -> bool:
        """Whether a name may be someone of this gender: someone so named fits, or nobody so
        named is known."""
        people = self._by_surname.get(mention.name.split()[-1].lower())
        return not people or any(p.gender in (None, gender) for p in people)

    def is_person(self, mention: Mention) -> bool:
        """Whether a mention is known to name a person: a pronoun, a titled name, a known name."""
        if mention.kind == "pronoun":
            return mention.gender != "neuter"  # not "it"
        if mention.kind != "name":
            return False
        if mention.gender or (mention.role and says_person(mention.role)):
            return True
        return self.knows(mention.name)

    def resolve(self, mention: Mention, pos: int, antecedent: Mention | None = None) -> Speaker:
        """Turn a mention into a speaker with the fullest name known; a pronoun with an
        antecedent (the named subject of its own sentence) is that person."""
        if mention.kind == "pronoun" and antecedent is not None:
            a = antecedent
            if a.kind == "organization":  # "it" for the Security Council
                return _speaker(mention, a.name, None, "organization", "pronoun")
            known = self.learn(a.name, a.role, a.gender, pos, subject=True)
            return _speaker(mention, known.name, a.role or known.role, "person", "pronoun")
        if mention.kind == "pronoun":
            return self._resolve_pronoun(mention, pos)
        if mention.kind == "organization":
            return _speaker(mention, mention.name, None, "organization", "explicit")
        if mention.kind == "document":  # "the letter reads": whose letter is not said
            return _speaker(mention, mention.name, None, "unknown", "explicit")
        if mention.kind == "role":
            person = self._by_role(mention)
            if person is None:
                return _speaker(mention, mention.name, mention.role, "person", "explicit")
            person.last_seen = person.last_subject = pos
            return _speaker(mention, person.name, person.role, "person", "role")
        person = self.learn(mention.name, mention.role, mention.gender, pos, subject=True)
        how = "explicit" if person.name == mention.name else "surname"
        speaker = _speaker(mention, person.name, mention.role or person.role, "person", how)
        if how == "surname" and self._namesakes(mention) > 1:
            # "Clinton said" in a story that names Hillary and Bill Clinton: the one chosen
            # (the last who did something) is a guess
            speaker = attrs.evolve(speaker, confidence=NAMESAKE_CONFIDENCE)
        return speaker

    def _namesakes(self, mention: Mention) -> int:
        """How many people named so far a surname mention (of its gender, if known) can name."""
        key = mention.name.split()[-1].lower()
        return sum(
            1
            for p in self._by_surname.get(key, ())
            if mention.gender is None or p.gender in (None, mention.gender)
        )

    def fitting(self, gender: str | None) -> list[Person]:
        """The people a pronoun of this gender can name: those of that gender or of none known."""
        return [p for p in self.people if p.kind == "person" and p.gender in (None, gender)]

    def _resolve_pronoun(self, mention: Mention, pos: int) -> Speaker:
        """The most salient person of the pronoun's gender: the last one who did something
        (a subject), unless someone else was named much more recently."""
        if mention.gender in ("male", "female"):
            fits = self.fitting(mention.gender)
            if fits:
                subject = max(fits, key=lambda p: p.last_subject)
                latest = max(fits, key=lambda p: p.last_seen)
                person = subject
                if subject.last_subject < 0 or latest.last_seen - subject.last_subject > _SALIENCE:
                    person = latest
                if person.gender is None:
                    person.gender = mention.gender
                person.last_subject = pos
                return _speaker(mention, person.name, person.role, "person", "pronoun")
        word = re.split("[’']", mention.text, maxsplit=1)[0]  # "I", not "I'm"
        return _speaker(mention, word, None, "unknown", "pronoun")

    def _by_role(self, mention: Mention) -> Person | None:
        said = mention.name.lower().split()
        if said[0] in _INDEFINITE or is_plural(said[-1]):
            return None  # "one Clinton aide", "the committee chairmen": not someone named
        # the role's own words: not its owner's (`Senator Jane Hale’s doctor` is not Hale)
        own = re.split(r"\S+[’']s\s", mention.name)[-1].split()
        words = {w.lower().strip(".") for w in own} - DETERMINERS
        capitals = {w.lower().strip(".") for w in own if w[:1].isupper()} - DETERMINERS
        best: Person | None = None
        for person in self.people:
            if not person.role:
                continue
            role_words = {w.lower().strip(".") for w in person.role.split()}
            if (role_words & _LESSER_ROLES) - words or (words & _LESSER_OFFICES) - role_words:
                continue  # "the president" is not the vice president, nor the reverse
            shared = words & role_words
            if shared - _ROLE_ONLY_MODIFIERS and (not capitals or capitals & role_words):
                if best is None or person.last_seen > best.last_seen:
                    best = person
        return best


# Words that make a different office of the same title: "vice president", "deputy director".
_LESSER_ROLES = frozenset({"vice", "deputy", "assistant", "former", "acting", "lieutenant", "ex"})
# (a former officeholder is often still given the title: "former President Clinton" may be
# learned as "President")
_LESSER_OFFICES = _LESSER_ROLES - {"former", "ex"}
# Words that share no office by themselves: "Ronald Reagan's former" is not any former official
_ROLE_ONLY_MODIFIERS = ROLE_MODIFIERS | _LESSER_ROLES


def _same_person(known: str, new: str) -> bool:
    """Two full names with one surname are one person unless their first names differ."""
    a, b = known.split(), new.split()
    if len(a) < 2 or len(b) < 2:
        return True
    return a[0].rstrip(".").lower() == b[0].rstrip(".").lower() or _is_initial_of(a[0], b[0])


def _is_initial_of(a: str, b: str) -> bool:
    return (len(a) <= 2 or len(b) <= 2) and a[0].lower() == b[0].lower()


def _speaker(mention: Mention, name: str, role: str | None, kind: str, how: str) -> Speaker:
    return Speaker(
        name=name,
        mention=mention.text,
        start=mention.start,
        end=mention.end,
        role=role,
        kind=kind,  # type: ignore[arg-type]
        resolved_by=how,  # type: ignore[arg-type]
    )


GENDERS = frozenset({"male", "female"})
