"""Memory: reviewed translations reused. Exact matches (exact), fuzzy matches (fuzzy),
sentence by sentence (sentences), TMX files (tmx), the alignment of an English document with
its existing translation (alignment), and the page strings the package ships translated
(package_strings).

May import: catalogs, sources and the base modules.
"""
