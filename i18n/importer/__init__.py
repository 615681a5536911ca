"""Import releases as they arrive (pasted text, a saved web page, a Word file) into release
sources: `releases/<slug>.md` (YAML front matter + Markdown body) and new About files.

`plan_import` reads a file (i18n.documents), recognises the parts of a press release and
returns the files it would write, with what it recognised, what it removed and what needs a
human; `write_import` writes them atomically. Recognised:

- "FOR IMMEDIATE RELEASE" (alone or followed by the date) and the `###` end mark;
- the headline and the subhead;
- the date: "April 14, 2021", "Apr. 14, 2021", "14 April 2021", "4/14/2021", "2021-04-14",
  alone on a line, after "FOR IMMEDIATE RELEASE:", or inside the dateline;
- the dateline at the start of one of the first paragraphs ("CHICAGO ––", "SAN SALVADOR –",
  "WASHINGTON, D.C. -", "CHICAGO, IL—June 29, 2018—"), moved from the paragraph to `dateline`;
- contacts: "Name | (214) 402-0186 | email", "Name (915) 525 2434 email", "Name: 312-351-3890",
  and blocks under "CONTACT:", "Media contact", "PRESS CONTACTS" (a name, a role, phone and
  e-mail on lines of their own), several per release;
- About paragraphs: after an "About X" heading, or ending the release as "X is a ...": one whose
  text is that of an existing `releases/about/*.md` is referenced, another is a new About file.

Nothing is invented: a name or an e-mail the text does not show (a hidden "[email protected]",
"a joint statement from and X", a sentence ending "executive director of") is reported with
its line, never filled in.
"""


from __future__ import annotations

from .analysis import Given
from .plan import ImportPlan, batch_chrome, import_release, plan_import, write_import
from .common import Note, default_slug, slugify
from .dates import find_date

__all__ = ["Given", "ImportPlan", "Note", "batch_chrome", "default_slug", "find_date", "import_release", "plan_import", "slugify", "write_import"]

