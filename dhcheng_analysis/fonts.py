"""The CJK font for charts: Noto Sans CJK SC from the ``mplfonts`` package, registered on first use.

A fresh machine has no font with Chinese glyphs, and matplotlib then draws every Chinese
label as a box (it only *warns*: "Glyph ... missing from font(s)").  The ``mplfonts``
package, a dependency, ships Noto Sans CJK SC (SIL Open Font License).  This module
registers only that file with matplotlib, once per process, without importing ``mplfonts``
(whose import changes global settings), and puts the font first in ``font.sans-serif``.

Nothing here runs on ``import dhcheng_analysis``: :mod:`dhcheng_analysis.plots` calls
:func:`use_cjk_font` when a chart is drawn.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from xml.sax.saxutils import escape

FONT_FILE = "NotoSansCJKsc-Regular.otf"
FONT_NAME = "Noto Sans CJK SC"
#: The "missing glyph" warning of matplotlib, as a regular expression for ``warnings.filterwarnings``.
MISSING_GLYPH_MESSAGE = r"(?s).*missing from font"

_lock = threading.Lock()
_registered: str | None = None


def cjk_font_path() -> Path:
    """Path of Noto Sans CJK SC inside the installed ``mplfonts`` package (the package is not imported).

    Raises
    ------
    FileNotFoundError
        When ``mplfonts`` is not installed or lacks the font file.
    """
    spec = importlib.util.find_spec("mplfonts")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "fonts" / FONT_FILE
        if path.is_file():
            return path
    raise FileNotFoundError(
        f"the CJK font {FONT_FILE} was not found — install the 'mplfonts' package (pip install mplfonts)"
    )


def use_cjk_font() -> str:
    """Register Noto Sans CJK SC with matplotlib (once per process) and make it the first sans-serif font.

    Safe to call often: after the first call it only checks that the font is still first in
    ``font.sans-serif`` (a style or theme reset, such as ``seaborn.set_theme``, changes that list) and puts it back if needed.

    Returns
    -------
    str
        The font family name, ``"Noto Sans CJK SC"``.
    """
    global _registered
    import matplotlib as mpl

    with _lock:
        if _registered is None:
            from matplotlib import font_manager

            font_manager.fontManager.addfont(str(cjk_font_path()))
            _registered = FONT_NAME
        sans = list(mpl.rcParams["font.sans-serif"])
        if not sans or sans[0] != FONT_NAME:
            mpl.rcParams["font.sans-serif"] = [FONT_NAME, *[f for f in sans if f != FONT_NAME]]
        family = list(mpl.rcParams["font.family"])
        if "sans-serif" not in family:
            mpl.rcParams["font.family"] = ["sans-serif", *family]
        mpl.rcParams["axes.unicode_minus"] = True
    return _registered


def write_fontconfig(folder: str | Path, *, system_fonts: bool = True) -> Path:
    """Write a fontconfig file that makes Noto Sans CJK SC visible to a browser or any fontconfig program.

    The font file is linked (or copied) alone into ``folder/fonts`` so that no other font of
    the ``mplfonts`` package is exposed.  Point ``FONTCONFIG_FILE`` at the returned path.

    Parameters
    ----------
    folder : str or Path
        An existing folder, e.g. a temporary one.
    system_fonts : bool
        Also keep the system's fonts (``/etc/fonts/fonts.conf``). With False, Noto Sans CJK SC
        is the only font: a check that Chinese text renders then does not depend on the machine.

    Returns
    -------
    Path
        ``folder/fonts.conf``.
    """
    folder = Path(folder)
    fonts = folder / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    target = fonts / FONT_FILE
    if not target.exists():
        try:
            target.symlink_to(cjk_font_path())
        except OSError:
            import shutil

            shutil.copyfile(cjk_font_path(), target)
    cache = folder / "cache"
    cache.mkdir(exist_ok=True)
    conf = folder / "fonts.conf"
    system = '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n' if system_fonts else ""
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        f"{system}"
        f"  <dir>{escape(str(fonts))}</dir>\n"
        f"  <cachedir>{escape(str(cache))}</cachedir>\n"
        "</fontconfig>\n",
        encoding="utf-8",
    )
    return conf
