"""FOR IMMEDIATE RELEASE, embargoes and the end mark (`###`, `# # # # #`, `- 30 -`, `-0-`, `-END-`, `End`, `ENDS`,
a wire's `NNNN`)."""

from __future__ import annotations

import re

IMMEDIATE = re.compile(r"(?i)^\W*(?:for\s+immediate\s+release\b|for\s+release\s*:\s*immediately\b)\W*")
EMBARGO = re.compile(r"(?i)^\W*embargo(?:ed)?\b")
END_MARK = re.compile(r"^\s*(?:#(?:\s*#){2,}|[-–—]+\s*(?:30|0)\s*[-–—]+|[-–—]\s*ends?\s*[-–—]|ends?\.?|NNNN)\s*$", re.I)
# "Ends/Monday, May 26, 2008": the end mark, then what the issuer signs under it
END_MARK_BEFORE = re.compile(r"(?i)^\s*(?:ends?|-+\s*30\s*-+|#{3})\s*[/|:–—-]\s*")
# An end mark run on at the end of a text's last line ("… the park. ###", "… -30-").
RUN_ON_END_MARK = re.compile(r"\s(#\s*#\s*#[#\s]*|-\s*30\s*-)\s*$")
