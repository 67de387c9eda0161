"""Whether markup read back from the cache is as inert as markup drawn afresh.

A chart drawn here (matplotlib's SVG) and a page written here hold no script, no event
attribute, no embedded document, no `<meta>` of their own and no reference out of themselves
(only `#id` references and `url(#id)`), and every text from the files is escaped. Markup read
back from the user's cache folder is held to the same: anything that could act when a page is
opened is a reason to draw it again. The test is deliberately coarse (a text that merely looks
like an attribute, such as ` onset=`, also fails it): a false alarm costs one redraw, a miss
could run code in a colleague's browser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Elements that run, embed, navigate or animate (an `<animate>` or `<set>` can rewrite a link);
# an optional namespace prefix (`<svg:script>`) does not hide them.
_ELEMENTS = (
    "script|foreignobject|iframe|frame|object|embed|meta|base|link|form|image|img|audio|video"
    "|handler|listener|animate|animatemotion|animatetransform|animatecolor|set|discard"
)
_LIVE = re.compile(
    rf"<\s*/?\s*(?:[\w.-]+:)?(?:{_ELEMENTS})(?![\w.-])"  # a live element
    r"|[\s/\"':]on[a-z]+\s*="  # an event attribute (onload=, xlink:onclick=)
    r"|(?:href|src|action|formaction|data|poster|background|srcset)\s*=\s*+[\"']?+\s*+(?!#)"
    r"|url\s*\(\s*+[\"']?+\s*+(?!#)"  # CSS reaching out (url(#clip) is the chart's own)
    r"|@import|javascript:|<!ENTITY|<\?(?!xml\s)",  # imports, entities, stylesheet PIs
    re.IGNORECASE,
)


def is_inert(markup: str, allowed: Iterable[str] = ()) -> bool:
    """True when `markup` holds nothing live; each text in `allowed` (a page's own `<meta>`
    lines, exactly as this version writes them) is passed over once."""
    for text in allowed:
        markup = markup.replace(text, "", 1)
    return _LIVE.search(markup) is None
