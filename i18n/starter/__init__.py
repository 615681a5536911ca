"""Starter: what `i18n init` puts in a new press room (settings, workflow, .gitignore, site.po
with the package's reviewed strings) and the code that writes it (scaffold).

May import: memory (the package's strings), catalogs and the base modules.
"""
