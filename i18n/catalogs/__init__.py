"""Catalogs: gettext files read as msgfmt reads them (pofile) and written as msgcat writes
them (po_format, po_breaks); their headers and plural forms (headers), entry states (states),
a .po merged with its template as msgmerge does (merge, fuzzy_index), statistics (stats),
the glossary, the site strings of the templates (site_strings), Python format strings
(formats), and the catalogs of removed releases (retired).

May import: sources and the base modules (errors, config, layout, languages, runtime).
"""
