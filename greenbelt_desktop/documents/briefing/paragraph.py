"""A faster Paragraph for packs: line breaks remembered per width, no drawing in drafts.

reportlab wraps a table cell's paragraph again and again: to measure the
table, at each page where the table splits, to draw a cell holding several
paragraphs, and once more in every layout pass. Breaking lines is most of a
pack's time and depends only on the width, so it is done once per width.
Chinese line breaking (any two characters may break) is slow, so it is used
only for text that holds Chinese characters. The first layout pass only
measures (page numbers for the contents and "page N of M"); it is never saved,
so paragraphs skip drawing in it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph as _Paragraph

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


@cache
def _without_cjk_wrap(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-latin", parent=style, wordWrap=None)


class Paragraph(_Paragraph):  # type: ignore[misc]
    def __init__(self, text: str, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        if style.wordWrap == "CJK" and not _CJK.search(text):
            style = _without_cjk_wrap(style)
        super().__init__(text, style, *args, **kwargs)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        cache: dict[float, tuple[Any, ...]] = self.__dict__.setdefault("_wrapped", {})
        known = cache.get(avail_width)
        if known is not None:
            self.width, self.height, self.blPara, self._wrapWidths = known
            return self.width, self.height
        width, height = super().wrap(avail_width, avail_height)
        if height != 0x7FFFFFFF:
            cache[avail_width] = (self.width, self.height, self.blPara, self._wrapWidths)
        return width, height

    def draw(self) -> None:
        document = getattr(self.canv, "_doctemplate", None)
        if getattr(document, "drafting", False):
            return
        super().draw()
