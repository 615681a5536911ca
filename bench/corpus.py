"""A deterministic synthetic archive of press releases, shaped like real ones.

N releases of 6-15 paragraphs (quotes with attribution, links, a list now and then, a
heading sometimes), with contacts and shared About blocks: about 4.6 KB each. The same N
and seed always give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

SUBJECTS = ["The administration", "Congress", "The city council", "Advocates", "Community leaders", "The governor",
            "Immigrant families", "Local organizers", "The coalition", "Faith leaders", "Health workers", "Students"]
VERBS = ["announced", "rejected", "called for", "welcomed", "criticized", "proposed", "defended", "questioned",
         "supported", "delayed", "expanded", "reviewed"]
OBJECTS = ["a new policy on asylum seekers", "the border enforcement plan", "funding for legal aid",
           "protections for migrant workers", "the detention contract", "a path to citizenship",
           "emergency housing for families", "the root causes of migration", "language access in courts",
           "the humanitarian parole program", "a review of human rights abuses", "community health services"]
TAILS = ["after months of public pressure", "despite strong opposition", "in a statement on Tuesday",
         "with support from both parties", "ahead of the next budget cycle", "for the third year in a row",
         "following a report by independent observers", "as thousands of residents waited for answers"]
FIRST = ["Maria", "José", "Ana", "Luis", "Carmen", "David", "Sofia", "Miguel", "Laura", "Daniel", "Elena", "Jorge"]
LAST = ["García", "Martínez", "Hernández", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
        "Torres", "Flores", "Rivera"]
ROLES = ["executive director", "policy director", "president", "campaign manager", "legal counsel", "organizer"]
CITIES = ["CHICAGO", "WASHINGTON", "LOS ANGELES", "HOUSTON", "MIAMI", "SAN ANTONIO", "PHOENIX", "NEW YORK"]
ORGS = [f"Organization {name}" for name in ["Alpha", "Beacon", "Camino", "Dignidad", "Esperanza", "Frontera",
                                            "Guardian", "Horizonte", "Unidos", "Juntos", "Kinship", "Luz",
                                            "Manos", "Nuestra Voz", "Orilla", "Puente", "Raíces", "Semilla",
                                            "Tierra", "Voces"]]


def _sentence(rng: random.Random) -> str:
    sentence = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}"
    if rng.random() < 0.25:
        sentence += f", affecting {rng.randint(2, 950):,} people in {rng.randint(3, 40)} counties"
    return sentence + "."


def _paragraph(rng: random.Random, sentences: int) -> str:
    text = " ".join(_sentence(rng) for _ in range(sentences))
    if rng.random() < 0.3:
        slug = "-".join(rng.choice(OBJECTS).split()[:3])
        text += f" Read the [full report](https://example.org/reports/{rng.randint(2015, 2024)}/{slug}) online."
    return text


def _quote(rng: random.Random, org: str) -> str:
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    words = " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
    return f"“{words[:-1]},” said {person}, {rng.choice(ROLES)} of {org}."


def _wrap(text: str, width: int = 80) -> str:
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def release_text(index: int, seed: int = 2021) -> tuple[str, str]:
    """(file name, text) of release number index."""
    rng = random.Random(f"{seed}-{index}")
    date = dt.date(2015, 1, 1) + dt.timedelta(days=index % 3650)
    abouts = sorted(rng.sample(range(len(ORGS)), rng.randint(1, 2)))
    org = ORGS[abouts[0]]
    title_object = rng.choice(OBJECTS)
    slug = f"{date.isoformat()}-{index:05d}-{'-'.join(title_object.split()[:4])}".lower()
    contacts = "".join(
        f"  - name: {rng.choice(FIRST)} {rng.choice(LAST)}\n    phone: ({rng.randint(201, 989)}) "
        f"{rng.randint(200, 999)}-{rng.randint(1000, 9999)}\n"
        for _ in range(rng.randint(1, 3))
    )
    front = (f"---\ntitle: {rng.choice(SUBJECTS)} {rng.choice(VERBS).title()} {title_object.title()}\n"
             f"subtitle: {rng.choice(TAILS).capitalize()}\ndate: {date.isoformat()}\n"
             f"dateline: {rng.choice(CITIES)}\ncontacts:\n{contacts}"
             f"about: [{', '.join(f'org-{i:02d}' for i in abouts)}]\n---\n")
    blocks = []
    for number in range(rng.randint(6, 15)):
        kind = rng.random()
        if number and kind < 0.3:
            blocks.append(_wrap(_quote(rng, org)))
        elif number and kind < 0.38:
            blocks.append("\n".join(f"- {_sentence(rng)}" for _ in range(rng.randint(3, 5))))
        elif number and kind < 0.43:
            blocks.append(f"## {rng.choice(OBJECTS).capitalize()}")
        else:
            blocks.append(_wrap(_paragraph(rng, rng.randint(3, 5))))
    return f"{slug}.md", front + "\n\n".join(blocks) + "\n"


def about_text(index: int) -> str:
    org = ORGS[index]
    return (f"---\nname: {org}\n---\n{org} is a network of community organizations working across the United States"
            f" to defend the rights of immigrants and their families. Founded in {1990 + index}, it serves "
            f"{(index + 3) * 1200:,} members in {index + 5} states.\n")


def write_corpus(root: Path, count: int, seed: int = 2021) -> list[Path]:
    """Write count releases and the About blocks into root/releases; return the release paths."""
    releases = root / "releases"
    (releases / "about").mkdir(parents=True, exist_ok=True)
    for index in range(len(ORGS)):
        (releases / "about" / f"org-{index:02d}.md").write_text(about_text(index), encoding="utf-8")
    paths = []
    for index in range(count):
        name, text = release_text(index, seed)
        path = releases / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def translate_catalogs(directory: Path, pattern: str) -> None:
    """Give every entry of the catalogs under directory matching pattern a reviewed translation
    ("ES " + the English), so that a build publishes every release in both languages, as a
    translated archive's build does. In a process of its own: on Linux a child's peak memory
    starts from its parent's, and polib on po4a's one catalog of 10,000 releases takes 800 MB."""
    subprocess.run([sys.executable, __file__, "translate", str(directory), pattern], check=True)


def _translate_catalogs(directory: Path, pattern: str) -> None:
    import polib  # the bench's venv has it (the package needs it)

    for path in sorted(directory.glob(pattern)):
        catalog = polib.pofile(str(path))
        for entry in catalog:
            if entry.msgid_plural:
                entry.msgstr_plural = {0: "ES " + entry.msgid, 1: "ES " + entry.msgid_plural}
            elif not entry.msgstr:
                entry.msgstr = "ES " + entry.msgid
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        catalog.save(str(path))


def write_large_catalog(directory: Path, count: int, changed_share: float, seed: int = 2021) -> tuple[Path, Path]:
    """A translated catalog of count entries (old.po) and its template after an edit of
    changed_share of the entries (new.pot): the input of one large merge."""
    rng = random.Random(f"{seed}-catalog")
    header = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
              '"Content-Transfer-Encoding: 8bit\\n"\n')
    texts = []
    while len(texts) < count:
        text = _paragraph(rng, rng.randint(1, 4)) if rng.random() < 0.7 else _quote(rng, rng.choice(ORGS))
        if text not in texts:
            texts.append(text)
    edited = list(texts)
    for position in rng.sample(range(count), int(count * changed_share)):
        words = edited[position].split(" ")
        words[rng.randrange(len(words))] = rng.choice(["new", "local", "federal", "urgent", "recent"])
        edited[position] = " ".join(words)

    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    old = header + "\"Language: es\\n\"\n" + "".join(
        f"\nmsgid {quoted(text)}\nmsgstr {quoted('ES ' + text[::-1])}\n" for text in texts)
    new = header + "".join(f"\nmsgid {quoted(text)}\nmsgstr \"\"\n" for text in dict.fromkeys(edited))
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "old.po").write_text(old, encoding="utf-8")
    (directory / "new.pot").write_text(new, encoding="utf-8")
    return directory / "old.po", directory / "new.pot"


TRASH = Path(__file__).resolve().parent.parent / "build" / "bench-trash"


def discard(path: Path) -> None:
    """Move a file or folder of the bench out of the way; empty_trash deletes it after the last
    measurement. Deleting thousands of files just before a timed command bills that command for
    the cleanup on ext4 without a journal (this machine's root): for minutes after a mass delete,
    each new file makes the kernel skip over the recently deleted inodes (fs/ext4/ialloc.c,
    recently_deleted), which cost a cold build 0.5-3 s of system time against 0.2 s without."""
    if path.exists():
        TRASH.mkdir(parents=True, exist_ok=True)
        path.rename(TRASH / f"{uuid.uuid4().hex}-{path.name}")  # unique across the bench's processes


def empty_trash() -> None:
    if TRASH.exists():
        shutil.rmtree(TRASH)


if __name__ == "__main__":  # python bench/corpus.py translate DIRECTORY PATTERN
    _translate_catalogs(Path(sys.argv[2]), sys.argv[3])
