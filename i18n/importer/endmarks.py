"""FOR IMMEDIATE RELEASE, embargoes and the end mark."""

from __future__ import annotations

import re

IMMEDIATE = re.compile(r"(?i)^\W*for\s+immediate\s+release\b\W*")
EMBARGO = re.compile(r"(?i)^\W*embargo(?:ed)?\b")
END_MARK = re.compile(r"^\s*(?:#\s*#\s*#|[-–—]+\s*30\s*[-–—]+|[-–—]\s*end\s*[-–—])\s*$", re.I)
