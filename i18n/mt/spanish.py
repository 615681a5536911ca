"""Spanish punctuation and grammar Apertium gets wrong whatever the text is about.

Each rule was mined from systematic differences between raw Apertium and published human
Spanish, and kept only when it helped on documents of organisations it was not written from
(`make eval-mt`, halves by organisation). Each asks first whether the text holds the word it
is about (a substring test), so a segment pays only for the rules it needs.
"""

from __future__ import annotations

import re

# Spanish opens a question and an exclamation: "Is it free?" -> "¿Es libre?" (RAE). The mark
# goes where the sentence starts, after any opening quote, bracket or Markdown emphasis.
_OPEN_MARK = re.compile(r"(?:^|(?<=[.!?:;]\s))(?P<lead>[\"“«‘(*_]*)(?=[^\s.!?:;¿¡])"
                        r"(?P<body>[^.!?:;¿¡\n]*?)(?P<end>[?!]+)")

# The serial comma of English lists is no Spanish: "A, B, y C" -> "A, B y C". A list's last
# item before the conjunction is short; a longer stretch after a comma is a clause, whose
# comma may stay.
_SERIAL_COMMA = re.compile(r", (?=(?:y|o|e|u) )")
_LIST_ITEM_WORDS = 4

# "available" is a state: "es disponible" -> "está disponible"; so are feelings and dispositions
# ("somos orgullosos" -> "estamos orgullosos", "son comprometidos" -> "están comprometidos").
_TO_BE_AVAILABLE = {"es": "está", "son": "están", "era": "estaba", "eran": "estaban", "será": "estará",
                    "serán": "estarán", "sea": "esté", "sean": "estén", "sería": "estaría", "serían": "estarían",
                    "ser": "estar", "somos": "estamos", "soy": "estoy", "eres": "estás", "éramos": "estábamos",
                    "seremos": "estaremos"}
_STATES = (r"disponibles?|(?:orgullos|agradecid|comprometid|entusiasmad|emocionad|encantad|content|preocupad|"
           r"interesad|dispuest)[oa]s?")
_STATE_WORD = re.compile(rf"\b(?:{_STATES})\b")
_AVAILABLE = re.compile(r"\b(es|son|era|eran|será|serán|sea|sean|sería|serían|ser|somos|soy|eres|éramos|seremos|"
                        r"Es|Son|Era|Eran|Será|Serán|Somos|Soy|Eres)"
                        rf"(?= (?:ahora |ya |también |todavía |aún |muy |tan |realmente |siempre )?(?:{_STATES})\b)")

# An impersonal "it is important to" takes a bare infinitive: "Es importante de leer" ->
# "Es importante leer" (not "fácil de usar", where the infinitive's object is the subject).
_IMPERSONAL_ADJECTIVES = ("importante|necesario|posible|imposible|esencial|fundamental|crucial|vital|urgente|crítico|"
                          "clave")
_IMPERSONAL = re.compile(
    r"\b((?:[Ee]s|[Ss]erá|[Ss]ería|[Ee]ra|[Ff]ue|[Rr]esulta) (?:muy |más |tan |realmente |especialmente )?"
    rf"(?:{_IMPERSONAL_ADJECTIVES})) de "
    r"(?=[^\W\d_]+(?:ar|er|ir)(?:se|lo|la|los|las|nos|le|les)?\b)")
# What _IMPERSONAL needs, found faster than its own search (which tries every word start).
_IMPERSONAL_WORD = re.compile(rf"(?:{_IMPERSONAL_ADJECTIVES}) de ")


# "be able to" is "poder": "serán capaces de votar" -> "podrán votar".
_BE_ABLE = {"ser": "poder", "es": "puede", "son": "pueden", "eres": "puedes", "somos": "podemos", "soy": "puedo",
            "será": "podrá", "serán": "podrán", "serás": "podrás", "seremos": "podremos", "seré": "podré",
            "fue": "pudo", "fueron": "pudieron", "fuimos": "pudimos", "era": "podía", "eran": "podían",
            "sería": "podría", "serían": "podrían", "sea": "pueda", "sean": "puedan", "seamos": "podamos",
            "siendo": "pudiendo", "sido": "podido"}
_ABLE = re.compile(rf"\b(?i:({'|'.join(sorted(_BE_ABLE, key=len, reverse=True))})) capa(?:z|ces) de\b")


def _can(match: re.Match) -> str:
    form = match.group(1)
    can = _BE_ABLE[form.lower()]
    return can.capitalize() if form[0].isupper() else can


# "There is no" puts the negation before the verb: "Hay no fecha" -> "No hay fecha".
_THERE_IS_NO = re.compile(r"\b([Hh])(ay|abía|abrá|abría) no\b")

# Spanish writes "EE. UU." with a space (RAE); the engine writes "EE.UU.".
_US = re.compile(r"\bEE\.UU\.")

# A title before a name is a common noun in Spanish, with its article: "Gobernador Newsom
# anunció" -> "El gobernador Newsom anunció", "de Alcaldesa Bass" -> "de la alcaldesa Bass".
_TITLES = ("Gobernador|Gobernadora|Vicegobernador|Vicegobernadora|Presidente|Presidenta|Vicepresidente|"
           "Vicepresidenta|Secretario|Secretaria|Senador|Senadora|Alcalde|Alcaldesa|Comisionado|Comisionada|"
           "Ministro|Ministra|Congresista|Juez|Jueza|Concejal|Concejala|Superintendente|Asambleísta")
_TITLE_BEFORE_NAME = re.compile(
    rf"(?:(?<![\w-])(?P<before>[Ee]l|[Ll]a|[Dd]el|[Aa]l|[Dd]e|[Aa]|[Pp]or|[Cc]on|[Pp]ara|[Ss]egún|[Yy]) )?"
    rf"(?<![\w-])(?P<title>{_TITLES}) "
    # a name: a masked one, or a capitalized word that is no part of the title ("Secretario General")
    rf"(?=XPH\d+X|(?!(?:General|Ejecutiv[oa]|Adjunt[oa]|Interin[oa]|Regional|Nacional|Federal|Estatal|"
    rf"Municipal|Electo|Electa)\b)[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)")
_TITLE_WORD = re.compile(rf"(?:{_TITLES}) [XA-ZÁÉÍÓÚÑ]")  # what _TITLE_BEFORE_NAME needs, found fast
_WITH_ARTICLE = {"de": ("del", "de la"), "a": ("al", "a la")}


def _title(match: re.Match) -> str:
    before, title = match.group("before"), match.group("title")
    feminine = title.endswith("a") and title not in ("Congresista", "Asambleísta")
    article = "la" if feminine else "el"
    lower = title.lower() + " "
    if before and before.lower() in ("el", "la"):
        return f"{article.capitalize() if before[0].isupper() else article} {lower}"
    if before and before.lower() in ("de", "a", "del", "al"):
        joined = _WITH_ARTICLE["a" if before.lower() in ("a", "al") else "de"][feminine]
        return f"{before[0]}{joined[1:]} {lower}"
    if before:
        return f"{before} {article} {lower}"
    start = match.start() == 0 or match.string[:match.start()].rstrip()[-1:] in ".!?:¿¡\"“«"
    return f"{article.capitalize() if start else article} {lower}"


# A text that opens on an English gerund (a heading, a list item, a gerund subject: "Adding
# features", "Ensuring that ...") opens on the infinitive in Spanish, not on the gerund the
# engine writes ("Agregando" -> "Agregar", "Eligiendo" -> "Elegir", "Asegurándose" -> "Asegurarse").
_ENGLISH_GERUND = re.compile(r"(?:\(?[ivx\d]+[.)]\s+)?(?!(?:During|Bring|Nothing|Something|Everything|Anything)\b)"
                             r"[A-Z][a-z]+ing\b")
_GERUND = re.compile(r"(?P<lead>(?:\(?[ivx\d]+[.)]\s+)?)(?P<stem>[A-ZÁÉÍÓÚ][a-záéíóúñ]*?)"
                     r"(?P<ending>ando|ándo|iendo|iéndo|yendo|yéndo)(?P<clitic>(?:se|lo|la|los|las|le|les|nos|te|me)?)\b")
_UNACCENTED = str.maketrans("áéíóú", "aeiou")


def _infinitives(stem: str, ending: str) -> list[str]:
    """The infinitives a gerund may come from, likeliest first ("Eligi" -> "Elegir")."""
    if ending.startswith(("a", "á")):
        return [stem + "ar"]
    stems = [stem]
    # The stem's vowel may change in the gerund ("eligiendo", "durmiendo"; the "u" of "gu" is
    # no vowel: "siguiendo"); the changed stem is tried first (the dictionary also takes "eligir").
    vowels = [i for i, c in enumerate(stem) if c == "i" or c == "u" and stem[i - 1:i] not in ("g", "q")]
    if vowels and vowels[-1] > 0:
        vowel = vowels[-1]
        stems.insert(0, stem[:vowel] + ("e" if stem[vowel] == "i" else "o") + stem[vowel + 1:])
    if ending.startswith("y"):
        return [s + e for s in stems for e in ("ir", "er")] + [stem + "ír"]
    return [s + e for s in stems for e in ("er", "ir")]


def infinitive_opening(text: str, english: str, known) -> str:
    """The opening gerund as its infinitive, when the English opens on one and `known` (a
    dictionary's test) knows the infinitive."""
    if not _ENGLISH_GERUND.match(english):
        return text
    match = _GERUND.match(text)
    if not match:
        return text
    stem, ending = match.group("stem").translate(_UNACCENTED), match.group("ending")
    for infinitive in _infinitives(stem, ending):
        if known(infinitive.lower()):
            infinitive = infinitive[:1].upper() + infinitive[1:]
            return match.group("lead") + infinitive + match.group("clitic") + text[match.end():]
    return text


def _open_marks(text: str) -> str:
    def mark(match):
        opening = "¿" if "?" in match.group("end") else "¡"
        return f"{match.group('lead')}{opening}{match.group('body')}{match.group('end')}"

    return _OPEN_MARK.sub(mark, text)


def _serial_comma(text: str) -> str:
    def drop(match):
        sentence = re.split(r"[.!?:;]\s", text[:match.start()])[-1]
        # ", " separates; the comma of "1,200" does not
        if ", " not in sentence or len(sentence.rsplit(", ", 1)[1].split()) > _LIST_ITEM_WORDS:
            return match.group(0)
        return " "

    return _SERIAL_COMMA.sub(drop, text)


def spanish_style(text: str) -> str:
    """The rules above, on a draft (its placeholders still masked)."""
    if "?" in text or "!" in text:
        text = _open_marks(text)
    if ", y " in text or ", o " in text or ", e " in text or ", u " in text:
        text = _serial_comma(text)
    if _STATE_WORD.search(text):
        text = _AVAILABLE.sub(lambda m: _TO_BE_AVAILABLE[m.group(1).lower()].capitalize() if m.group(1)[0].isupper()
                              else _TO_BE_AVAILABLE[m.group(1)], text)
    if " de " in text and _IMPERSONAL_WORD.search(text):
        text = _IMPERSONAL.sub(r"\1 ", text)
    if "ay no" in text or "ía no" in text or "á no" in text:
        text = _THERE_IS_NO.sub(lambda m: ("No h" if m.group(1) == "H" else "no h") + m.group(2), text)
    if "capa" in text:
        text = _ABLE.sub(_can, text)
    if "EE.UU." in text:
        text = _US.sub("EE. UU.", text)
    if _TITLE_WORD.search(text):
        text = _TITLE_BEFORE_NAME.sub(_title, text)
    return text


# An acronym a release defines takes the gender of its Spanish expansion's head noun, which the
# engine shows in the article it writes before it: "la Fundación de Software Libre Europa
# (FSFE)" makes every "el FSFE" of the release "la FSFE" ("del" -> "de la", "al" -> "a la"),
# and "el Instituto Nacional (NIN)" every "la NIN" "el NIN". The expansion: capitalized words
# and the prepositions and articles inside a name; an acronym given both genders is left alone.
_CAPITAL = "A-ZÁÉÍÓÚÑ"
_ACRONYM_DEFINED = re.compile(
    rf"(?<![\w-])(?P<article>[Ee]l|[Ll]a|del|[Aa]l) [{_CAPITAL}][a-záéíóúñ]+"
    rf"(?: (?:[{_CAPITAL}][\w.'-]*|de|del|la|las|los|para|en|e|y)){{0,7}} \((?P<acronym>[A-Z][A-Z0-9]{{1,7}})\)")
_FEMININE_ARTICLE = {"el": "la", "El": "La", "del": "de la", "al": "a la", "Al": "A la"}
_MASCULINE_ARTICLE = {feminine: masculine for masculine, feminine in _FEMININE_ARTICLE.items()}


def acronym_genders(texts) -> dict[str, bool]:
    """The acronyms these drafts define, each with whether its expansion is feminine."""
    return _one_gender((match["acronym"], match["article"] in ("la", "La"))
                       for text in texts if " (" in text for match in _ACRONYM_DEFINED.finditer(text))


def acronym_articles(text: str, genders: dict[str, bool]) -> str:
    """The articles before the acronyms of genders in their gender ("el FSFE" -> "la FSFE")."""
    for feminine, articles in ((True, _FEMININE_ARTICLE), (False, _MASCULINE_ARTICLE)):
        acronyms = [acronym for acronym, gender in genders.items() if gender == feminine and acronym in text]
        if acronyms:
            pattern = rf"(?<![\w-])({'|'.join(map(re.escape, articles))}) ({'|'.join(acronyms)})(?![\w-])"
            text = re.sub(pattern, lambda m: f"{articles[m[1]]} {m[2]}", text)
    return text


def project_genders(catalogs) -> dict[str, bool]:
    """The acronyms of several catalogs' genders (acronym_genders), each given one gender by all."""
    return _one_gender(pair for catalog in catalogs for pair in catalog.items())


def _one_gender(pairs) -> dict[str, bool]:
    """Of (acronym, feminine) pairs, the acronyms given one gender only, with it."""
    genders: dict[str, set[bool]] = {}
    for acronym, feminine in pairs:
        genders.setdefault(acronym, set()).add(feminine)
    return {acronym: feminine.pop() for acronym, feminine in genders.items() if len(feminine) == 1}


# An English compound the engine translated word by word keeps the English's hyphen
# ("water-wise gardens" -> "agua-sabio"): Spanish writes the words apart. A hyphenated word the
# English itself has ("self-paced", "e-mail") was left as it is and keeps it.
_HYPHENATED = re.compile(r"(?<![\w-])([a-záéíóúñü]{2,})-([a-záéíóúñü]{2,})(?![\w-])")
_ENGLISH_HYPHENATED = re.compile(r"\w+-\w+")


def compound_hyphens(text: str, english: str) -> str:
    """The hyphen between two Spanish words an English compound became, as a space."""
    if "-" not in text or "-" not in english:
        return text
    kept = {word.casefold() for word in _ENGLISH_HYPHENATED.findall(english)}
    if not kept:
        return text
    return _HYPHENATED.sub(lambda m: m[0] if m[0].casefold() in kept else f"{m[1]} {m[2]}", text)
