"""FOR IMMEDIATE RELEASE, embargoes and the end mark (`###`, `# # # # #`, `- 30 -`, `-0-`, `-END-`, `End`, `ENDS`)."""

from __future__ import annotations

import re

IMMEDIATE = re.compile(r"(?i)^\W*for\s+immediate\s+release\b\W*")
EMBARGO = re.compile(r"(?i)^\W*embargo(?:ed)?\b")
END_MARK = re.compile(r"^\s*(?:#(?:\s*#){2,}|[-–—]+\s*(?:30|0)\s*[-–—]+|[-–—]\s*ends?\s*[-–—]|ends?)\s*$", re.I)
