"""Types of the public API.

``ReportLike`` is what every function that takes a report accepts: a loaded :class:`Report`,
a path (``str`` or ``os.PathLike``), the report text itself (a ``str`` that names no file),
its bytes, or ``None`` for the bundled report.
"""

from __future__ import annotations

import os
from typing import TypeAlias

from .report import Report

ReportLike: TypeAlias = Report | str | os.PathLike[str] | bytes | None

__all__ = ["ReportLike"]
