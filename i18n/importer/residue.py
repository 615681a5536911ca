"""What a web page adds around a release: share widgets, navigation, credits."""

from __future__ import annotations

import re

_RESIDUE = re.compile(
    r"""(?ix)^\W*(?:
        spread\ the\ love | share(?:\ this)?(?:\ (?:post|article|page|story))?(?:\ (?:on|via)\ \w+)? | share\ via
      | tweet(?:\ this)? | pin\ it | like\ this | like\ loading\W* | loading\W* | related(?:\ (?:posts|articles|stories))?
      | print(?:\ this(?:\ page)?)? | print\ friendly.* | email\ this | copy\ link | skip\ to\ (?:main\ )?content
      | back\ to\ top | read\ more | continue\ reading.* | leave\ a\ (?:comment|reply) | click\ to\ (?:share|print|email).*
      | (?:posted\ in|filed\ under)\ .* | (?:categories|category|tags?)\s*:.* | follow\ us\ on\ .*
      | sign\ up\ for\ our\ newsletter.* | subscribe(?:\ to\ our\ newsletter)?
      | (?:(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email|e-mail|telegram|print|messenger|tumblr
          |pocket|mastodon|bluesky|threads)[\s|•·,/]*)+
    )\W*$""")


def is_residue(text: str) -> bool:
    return len(text) <= 120 and bool(_RESIDUE.match(text))

