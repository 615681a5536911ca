"""A release's contacts as one language's outputs show them.

In a translation, the contacts who speak its language (`languages: [en, es]` in the source)
come first and are marked; when none does, the outputs say so. With the `country` setting
(ISO 3166 code of where the releases' numbers are, e.g. "US"), a phone number is printed and
dialled in its international form (+1 214-402-0186), which a reporter abroad can call; a
number that does not parse as one of that country's (or as a number with its own country
code) stays as written. On every output a number is kept whole: the wire text never breaks
a line inside it, and the page sets it in a span that does not wrap.
"""

from __future__ import annotations

import functools

from i18n.publish.render import WIRE_WIDTH, fill_lines
from i18n.publish.templating import language_name, tel_target

NBSP = "\u00a0"


def contact_views(contacts: list[dict], language: str, source_language: str, country: str) -> dict:
    """The release view's contacts (in the order shown), contacts_language (the language's
    name) and no_contact_speaks.

    Each contact: name, role, email, phone (as printed), tel (the tel: target), languages
    and speaks (marked in a translation)."""
    translation = language != source_language
    views = []
    for contact in contacts:
        phone, tel = international(contact["phone"], country) if contact["phone"] else ("", "")
        speaks = translation and language_matches(contact.get("languages", ()), language)
        views.append({**contact, "phone": phone, "tel": tel, "speaks": speaks})
    if translation:
        views.sort(key=lambda view: not view["speaks"])  # stable: the source's order otherwise
    return {"contacts": views, "contacts_language": language_name(language),
            "no_contact_speaks": translation and bool(views) and not any(v["speaks"] for v in views)}


def language_matches(languages, language: str) -> bool:
    """`es` speaks `es`, `es-MX` and `es_US` alike: the language, whatever the region."""
    base = language.replace("_", "-").split("-")[0].lower()
    return any(code.replace("_", "-").split("-")[0].lower() == base for code in languages)


@functools.lru_cache(maxsize=4096)
def international(phone: str, country: str) -> tuple[str, str]:
    """(the number as printed, its tel: target)."""
    if country:
        import phonenumbers

        try:
            number = phonenumbers.parse(phone, country)
        except phonenumbers.NumberParseException:
            number = None
        if number is not None and phonenumbers.is_valid_number(number):
            return (phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
                    phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return phone, tel_target(phone)


def wire_lines(line: str, phone: str, width: int = WIRE_WIDTH) -> str:
    """A contact's wire-text line wrapped at `width`, never inside its phone number
    (continuation lines indented by two spaces)."""
    if phone:
        line = line.replace(phone, phone.replace(" ", NBSP))
    return "\n".join(fill_lines(line, width, "", "  ")).replace(NBSP, " ")
