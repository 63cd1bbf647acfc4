"""A typo-tolerant word list: a word the training requests never use is read as the known word one edit away.

``Lexicon(words)`` holds the folded words of the training requests, most frequent first (shipped in
``data/model.json`` under ``lexicon``). ``correct("drfit")`` is ``drift``: one transposition, dropped, doubled,
inserted or substituted letter (optimal string alignment distance 1), looked up through an index of each known
word's single deletions, so a lookup costs a dozen dictionary probes. Only unknown, purely alphabetic words of at
least ``MIN_LENGTH`` letters are corrected, and only as a typing slip would change them (``typo_of``); among
several known words the most frequent wins. A word that is an inflection of a known word (``inflection_of``:
German "freigaben" of "freigabe", Spanish "terminadas" of "terminado") is a word, not a slip, and stays. Both
models read corrected words, at training time as at planning time; slot values stay the request's own text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["ENDINGS", "MIN_LENGTH", "Lexicon", "edit_distance_one", "typo_of"]

MIN_LENGTH = 4
"""Shorter words are left alone: too many known words lie one edit away from a two- or three-letter word."""
STEM_LENGTH = 5
"""Stems (cue words) shorter than this are not matched with a slip."""
_WORD = re.compile(r"\w+")
ENDINGS = ("s", "es", "ed", "ing", "n", "en", "e", "er", "x", "ee", "ees", "o", "a", "os", "as")
"""Inflectional endings (English, German, French, Spanish) a known word may take: "freigaben" is "freigabe" (a
known word) in the plural. The corrector read it, one letter from the release cue "freigeben", as a slip of it."""
PARADIGMS = (("o", "a", "os", "as"), ("e", "es", "ee", "ees"))
"""Endings that replace one another (Spanish gender and number "terminado"/"terminadas", French past participles
folded "termine"/"terminee"): a word with one of them is the known word with another."""
STEM_AT_LEAST = 4
"""The shortest stem an inflection is read from ("lauf" of "laufe"); shorter stems would make most short words
inflections of one another."""


_FREQUENT_ELSEWHERE = """
algo todo toda todos todas solo sola nada esto esta este estos estas eso esos esas aqui alli ahora antes despues
luego siempre nunca todavia tambien porque pero cuando donde como mucho mucha muchos muchas poco poca otro otra
otros otras mismo misma cada hasta hacia sobre entre segun tengo tiene tienen tenemos puedo puede pueden hace
hacer dime dame queda quedan falta faltan sale salen pasa pasan responde responden casos caso datos dato
minutos minuto horas hora semana semanas dias noche tarde manana gracias favor bien mejor peor nuevo nueva
memoria respuesta respuestas pregunta claro vale bueno buena
tout tous toute toutes rien avec sans pour dans chez mais donc alors aussi encore toujours jamais depuis avant
apres quand comme tres plus moins bien mieux fait faire taux stock stockage devis reponse reponses contient
monte montent prevision merci jour jours heure heures semaine nuit soir matin
erst noch schon auch aber oder wenn dann weil nicht nacht heute morgen gestern immer schlecht schreib schreibe
bitte danke gut besser neue neuen alle alles etwas nichts viel viele mehr weniger seit wieder
"""
WORDS_OF_OTHER_LANGUAGES = frozenset(_FREQUENT_ELSEWHERE.split())
"""Frequent words of Spanish, French and German (folded, four letters or more) that lie one slip from a known
English word ("responde"/"response", "taux"/"tax", "stock"/"stuck", "solo"/"slo", "schlecht"/"scale"): words,
not slips, so the corrector leaves them."""


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def typo_of(word: str, known: str) -> bool:
    """True when ``word`` reads as a typo of ``known``: one edit away (``edit_distance_one``), the same first
    letter, the same last letter unless the last two are swapped, and no letter replaced in a word of four.
    Real words one edit from a known word mostly differ at an end ("here"/"there", "right"/"night",
    "answer"/"answers", "gated"/"gate" measured on the dev split); typing slips mostly fall inside a word."""
    if not edit_distance_one(word, known) or word[0] != known[0]:
        return False
    if word[-1] != known[-1] and not (len(word) == len(known) and word[-2:] == known[:-3:-1]):
        return False
    return len(word) != len(known) or len(word) > MIN_LENGTH or sorted(word) == sorted(known)


def edit_distance_one(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one substitution, insertion, deletion or adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):  # one letter inserted into a at i
        return a[i:] == b[i + 1 :]
    if a[i + 1 :] == b[i + 1 :]:  # substituted
        return True
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]  # swapped


class Lexicon:
    """Known words (most frequent first) and the index of their single deletions."""

    def __init__(self, words: Iterable[str], stems: Iterable[str] = ()) -> None:
        self.stems = tuple(s for s in stems if len(s) >= STEM_LENGTH)
        self.rank: dict[str, int] = {}
        for word in words:
            self.rank.setdefault(word, len(self.rank))
        self._index: dict[str, list[str]] = {}
        for word in self.rank:
            for gone in _deletions(word):
                self._index.setdefault(gone, []).append(word)
        self._cache: dict[str, str] = {}

    def correct(self, word: str) -> str:
        """``word`` itself when known, short, not plain letters or an inflection of a known word; else the most
        frequent known word one edit away (``word`` when there is none)."""
        if word in self.rank or len(word) < MIN_LENGTH or not word.isalpha() or not word.isascii():
            return word
        if word in WORDS_OF_OTHER_LANGUAGES:
            return word
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        if self.inflection_of(word):
            if len(self._cache) < 4096:
                self._cache[word] = word
            return word
        candidates = set(self._index.get(word, ()))  # a letter dropped
        for gone in _deletions(word):
            if gone in self.rank:  # a letter doubled or inserted
                candidates.add(gone)
            candidates.update(self._index.get(gone, ()))  # a letter swapped or substituted
        near = [c for c in candidates if typo_of(word, c)]
        best = min(near, key=self.rank.__getitem__) if near else self._stem(word)
        if len(self._cache) < 4096:
            self._cache[word] = best
        return best

    def inflection_of(self, word: str) -> str | None:
        """The known word that ``word`` inflects, if any: the known word with an ending of ``ENDINGS`` added, or
        with its ending of a ``PARADIGMS`` group replaced by another of the group; the stem keeps at least
        ``STEM_AT_LEAST`` letters. A typing slip rarely turns a word into another form of it."""
        for ending in ENDINGS:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= STEM_AT_LEAST and stem in self.rank:
                return stem
        for group in PARADIGMS:
            for ending in group:
                stem = word[: -len(ending)]
                if not word.endswith(ending) or len(stem) < STEM_AT_LEAST:
                    continue
                for other in group:
                    if other != ending and stem + other in self.rank:
                        return stem + other
        return None

    def _stem(self, word: str) -> str:
        """``word`` whose head is one slip away from a stem ("appgrove" -> "approve" by ``approv``), else itself.
        Stems are the cue words a request's intent turns on; they need not occur in the training requests. A word
        that already starts with a stem, or whose head is a stem cut short ("change" of "changed") or ends
        otherwise than the stem ("scori|ng" is no slip of "score"), stays."""
        if any(word.startswith(stem) for stem in self.stems):
            return word
        for stem in self.stems:
            if word[0] != stem[0]:
                continue
            for size in (len(stem) - 1, len(stem), len(stem) + 1):
                if size < len(word) - 3 or size > len(word) or stem.startswith(word[:size]):
                    continue
                head = word[:size]
                if size == len(word) and typo_of(head, stem) or head[-1] == stem[-1] and edit_distance_one(head, stem):
                    return stem + word[size:]
        return word

    def fix(self, folded: str) -> str:
        """``folded`` text (lower case, no accents) with each unknown word corrected."""
        return _WORD.sub(lambda m: self.correct(m.group()), folded)
