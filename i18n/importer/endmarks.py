"""FOR IMMEDIATE RELEASE, embargoes and the end mark (`###`, `# # # # #`, `- 30 -`, `-0-`, `-END-`, `End`, `ENDS`)."""

from __future__ import annotations

import re

IMMEDIATE = re.compile(r"(?i)^\W*for\s+immediate\s+release\b\W*")
EMBARGO = re.compile(r"(?i)^\W*embargo(?:ed)?\b")
END_MARK = re.compile(r"^\s*(?:#(?:\s*#){2,}|[-–—]+\s*(?:30|0)\s*[-–—]+|[-–—]\s*ends?\s*[-–—]|ends?)\s*$", re.I)
# An end mark run on at the end of a text's last line ("… the park. ###", "… -30-").
RUN_ON_END_MARK = re.compile(r"\s(#\s*#\s*#[#\s]*|-\s*30\s*-)\s*$")
