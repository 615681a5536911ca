"""Import releases as they arrive (pasted text, a saved web page, a Word file) into release
sources: `releases/<slug>.md` (YAML front matter + Markdown body) and new About files.

`plan_import` reads a file with `i18n.documents.read_document` (blocks with line numbers),
recognises the parts of a press release and returns the files it would write, with what it
recognised, what it removed and what needs a human; `write_import` writes them atomically.
The recognisers, one module each, each with a table of cases as its test
(tests/test_import_<module>.py): a new real-world shape is one row and one rule.

- residue.py     what the page added: share widgets, skip links, credits, a batch's chrome
- frontmatter.py the headline, the subhead, text above the headline (a banner's quotation)
- dates.py       dates alone on a line, after FOR IMMEDIATE RELEASE, with a weekday
- dateline.py    "CHICAGO –", "Miami, FL - ", "DENVER, May 9, 2019 The", a date-led lead
- contacts.py    contact lines and blocks, international phones, places that are no role
- endmarks.py    FOR IMMEDIATE RELEASE, embargoes, `###`, `# # # # #`, `- 30 -`
- about.py       About paragraphs, existing About files, dated variants of an old text
- dangling.py    names a copied page lost, text cut off mid-sentence
- analysis.py    the order of a release, using the recognisers above
- render.py      the Markdown written; plan.py: plan, validate and write

Nothing is invented: a name or an e-mail the text does not show (a hidden "[email protected]",
"a joint statement from and X", a sentence ending "executive director of") is reported with
its line, never filled in.
"""

from __future__ import annotations

from .analysis import Given
from .common import Note, default_slug, slugify
from .dates import find_date
from .plan import ImportPlan, batch_chrome, import_release, plan_import, write_import

__all__ = ["Given", "ImportPlan", "Note", "batch_chrome", "default_slug", "find_date", "import_release",
           "plan_import", "slugify", "write_import"]
