"""Sources: the English releases (YAML front matter, Markdown body; releases) and their
translation units, Markdown <-> units (segments).

May import: the base modules only.
"""
