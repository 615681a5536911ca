"""Import releases as they arrive (pasted text, a saved web page, a Word file) into release
sources: `releases/<slug>.md` (YAML front matter + Markdown body) and new About files.

`plan_import` reads a file with `i18n.documents.read_document` (blocks with line numbers),
recognises the parts of a press release and returns the files it would write, with what it
recognised, what it removed and what needs a human; `write_import` writes them atomically.
The recognisers, one module each, each with a table of cases as its test
(tests/test_import_<module>.py): a new real-world shape is one row and one rule.

- residue.py     page chrome by class: navigation, share/print widgets, credits, archive
                 banners, comment threads, footers, horizontal rules; a listing's teaser, a
                 blog's previous post; a batch's chrome
- forwarded.py   a release forwarded by e-mail: the message after the mail program's marker
- frontmatter.py the header's lines: markers, a blog's byline, a date and a contact heading
                 on one line, plain-text continuation lines
- flattened.py   a release flattened into one line, set apart into its parts; a header run
                 into its headline and dateline
- lead.py        where the body starts: the dateline, the first prose after the header's
                 markers, a short lead, a summary over key points
- not_headline.py what a line above the body is when no headline (a label, a date line, a
                 person's name and office, an introduction to the text); labels taken off
- headline_model.py the headline weighed: scores learned from keyed releases overrule the
                 rules' choice when they prefer another line by far (named uncertain)
- headline.py    the headline (and subhead) chosen from evidence across the header (the lead's words, a line
                 printed twice), doubt named; a headline over several lines; a header wrapped
                 into the text
- dates.py       dates as printed: alone, after labels, weekday, numeric, with a time
- dateline.py    "CHICAGO –", "Miami, FL - ", "DENVER, May 9, 2019 The", a date-led lead
- contacts.py    contact lines and blocks, international phones, extensions, several per line,
                 table lines, a sentence asking readers to call, places that are no role
- endmarks.py    FOR IMMEDIATE RELEASE, embargoes, `###`, `# # # # #`, `- 30 -`
- about.py       About paragraphs, existing About files, dated variants of an old text
- dangling.py    names a copied page lost, text cut off mid-sentence
- analysis.py    the order of a release, using the recognisers above
- render.py      the Markdown written (`draft: true`); plan.py: plan, validate, write, and
                 what to check in the written file, by line

Nothing is invented: a name or an e-mail the text does not show (a hidden "[email protected]",
"a joint statement from and X", a sentence ending "executive director of") is reported with
its line, never filled in.

May import: documents, memory (alignment of an existing translation), catalogs, sources
and the base modules.
"""

from __future__ import annotations

from .common import Given, Note, default_slug, slugify
from .dates import find_date
from .plan import ImportPlan, batch_chrome, import_release, plan_import, write_import

__all__ = ["Given", "ImportPlan", "Note", "batch_chrome", "default_slug", "find_date", "import_release",
           "plan_import", "slugify", "write_import"]
