"""Checks: the QA of `i18n check`. The registry (registry) holds findings, severities and
the entry checks each family registers on import: markup, content (tokens, numbers,
glossary, untranslated and cut text), typography, drafts (what machine drafts get wrong, spelling) and safety
(raw HTML, unsafe links, control and bidi characters). The runner (run) imports every
family and checks every live catalog; the families import only the registry.

May import: publish (to render what would be published), mt (masking and pre-editing),
memory, catalogs, sources and the base modules.
"""
