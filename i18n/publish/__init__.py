"""Publish: localized releases (localize) rendered (render, columns) through the jinja2
templates kept in templates/ (templating) into every output: web page, wire text, Markdown,
e-mail (email_output), PDF (pdf_output), indexes, feeds, releases.json and review proofs
(build), with the contacts for the language (contacts). A build records what it read and wrote
(build_cache) and renders in forked worker processes (build_workers).

May import: catalogs, sources, documents and the base modules; not extract, mt or memory.
"""
