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

import atexit
import contextlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from xml.sax.saxutils import escape

from .atomic import user_path

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


# ----------------------------------------------------------------------------- web pages
#: Family name of the font face embedded in every page (first in the pages' font stacks).
WEB_FAMILY = "dhcheng CJK"
#: Characters every page may show besides its own text: ASCII and the typography of the pages.
BASE_CHARS = "".join(chr(c) for c in range(0x20, 0x7F)) + "−±≤≥…·—–×÷‰°“”‘’、。，：；！？（）《》【】「」％～"
#: Brotli quality of the WOFF2 files: 9 makes them about 5 % larger than 11, and five times faster.
WOFF2_QUALITY = 9
_DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=]+")
_woff2_lock = threading.Lock()


def page_characters(markup: str) -> str:
    """The characters a page can show: its markup without embedded data, entities decoded.

    >>> page_characters('<p title="甲">乙&#40;<img src="data:image/png;base64,QUJD"></p>') == "".join(sorted(set('<p title="甲">乙(<img src=""></p>')))
    True
    """
    import html

    text = html.unescape(_DATA_URI.sub("", markup))
    return "".join(sorted({ch for ch in text if ch >= " " and not 0xD800 <= ord(ch) <= 0xDFFF}))


def _subset(font_source, chars: str, *, woff2: bool, plain: bool = False) -> bytes:
    """Subset a font (path or bytes) to ``chars`` without layout tables or hinting: OTF or WOFF2 bytes.

    ``plain``: the source is a font this function made (no hints, no subroutines, no accented
    composites), so the glyph programs are copied without being run (:class:`_plain_cff`).
    """
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont

    src = io.BytesIO(font_source) if isinstance(font_source, bytes) else str(font_source)
    font = TTFont(src, lazy=True, recalcBBoxes=False)
    for tag in ("GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"):
        if tag in font:
            del font[tag]
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # names, version, licence (SIL OFL) and its URL
    opts.name_languages = [0x409]
    opts.hinting = plain  # a plain font has none left to remove
    opts.notdef_outline = True
    opts.recalc_bounds = False
    opts.desubroutinize = not plain
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=[ord(ch) for ch in chars])
    with _plain_cff(plain):
        sub.subset(font)
    out = io.BytesIO()
    if woff2:
        font.flavor = "woff2"
        with _fast_brotli():
            font.save(out)
    else:
        font.save(out)
    return out.getvalue()


_cff_lock = threading.Lock()


class _plain_cff:  # noqa: N801 - a context manager used like a function
    """While subsetting a plain CFF font, skip the passes that run every glyph program.

    fontTools runs each kept glyph's program to find accented composites (``seac``) and used
    subroutines, and decompiles it to drop hints; a font cut by :func:`_subset` before has
    none of them, so the programs are copied as bytes.  Unused font dictionaries are still
    dropped.
    """

    def __init__(self, active: bool) -> None:
        self.active = active

    def __enter__(self) -> None:
        if not self.active:
            return
        from fontTools import subset  # noqa: F401 - installs the methods replaced here
        from fontTools.ttLib import getTableClass

        _cff_lock.acquire()
        self._cls = getTableClass("CFF ")
        self._saved = (self._cls.closure_glyphs, self._cls.prune_post_subset)
        self._cls.closure_glyphs = lambda table, s: None
        self._cls.prune_post_subset = _prune_font_dicts

    def __exit__(self, *exc) -> None:
        if not self.active:
            return
        self._cls.closure_glyphs, self._cls.prune_post_subset = self._saved
        _cff_lock.release()


def _prune_font_dicts(table, font, options) -> bool:
    """Drop the font dictionaries of a CID-keyed CFF that no kept glyph uses."""
    for name in table.cff.keys():
        top = table.cff[name]
        if hasattr(top, "FDSelect"):
            sel = top.FDSelect
            used = sorted(set(sel.gidArray))
            sel.gidArray = [used.index(i) for i in sel.gidArray]
            arr = top.FDArray
            arr.items = [arr[i] for i in used]
            del arr.file, arr.offsets
    return True


class _FastBrotli:
    """``brotli`` as fontTools' WOFF2 writer calls it, at :data:`WOFF2_QUALITY`."""

    def __init__(self, module) -> None:
        self._module = module
        self.MODE_FONT = module.MODE_FONT

    def compress(self, data: bytes, mode: int = 0, **kw) -> bytes:
        kw.setdefault("quality", WOFF2_QUALITY)
        return self._module.compress(data, mode=mode, **kw)

    def decompress(self, data: bytes) -> bytes:
        return self._module.decompress(data)


class _fast_brotli:  # noqa: N801 - a context manager used like a function
    """Within the block, fontTools writes WOFF2 with the faster quality (one writer at a time)."""

    def __enter__(self) -> None:
        from fontTools.ttLib import woff2

        _woff2_lock.acquire()
        self._woff2 = woff2
        self._saved = woff2.brotli
        woff2.brotli = _FastBrotli(self._saved)

    def __exit__(self, *exc) -> None:
        self._woff2.brotli = self._saved
        _woff2_lock.release()


def cache_dir() -> Path:
    """The folder where fonts cut for earlier builds are kept (created on first use).

    ``DHCHENG_CACHE_DIR`` names it; otherwise ``dhcheng_analysis`` inside the user's cache
    folder (``$XDG_CACHE_HOME``, ``~/.cache``; ``%LOCALAPPDATA%`` on Windows).
    """
    own = os.environ.get("DHCHENG_CACHE_DIR")
    if own:
        return user_path(own)
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "dhcheng_analysis" / "cache"
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return user_path(root) / "dhcheng_analysis"


#: Cut fonts of each kind kept in the cache folder: the most recently used base fonts (about
#: 200 KB each) and page fonts (WOFF2, 20–80 KB each).
CACHE_KEEP = 64
#: Changes when the way the base font is cut changes, so that older cut fonts are not used.
_CUT_VERSION = "1"


def _base_key(font: Path, chars: str) -> str:
    """Name of the cached base font: the font file (path, size, time), the characters and the cutter."""
    import hashlib

    from fontTools import version as fonttools_version

    st = font.stat()
    h = hashlib.sha256()
    for part in (_CUT_VERSION, fonttools_version, str(font.resolve()), str(st.st_size), str(st.st_mtime_ns), chars):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return f"webfont-base-{h.hexdigest()[:40]}.otf"


def _read_cached(path: Path) -> bytes | None:
    """A cut font from the cache, or None when it is missing or is not a font file of its kind."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(b"wOF2" if path.suffix == ".woff2" else b"OTTO"):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept when the cache is pruned
    return data


def _store_cached(path: Path, data: bytes) -> None:
    """Keep a cut font in the cache: written beside its final name and renamed (best effort).

    Only the :data:`CACHE_KEEP` most recently used fonts of its kind (base or page) stay.
    """
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        kind = path.name.split("-", 2)[1]
        old = sorted(path.parent.glob(f"webfont-{kind}-*{path.suffix}"), key=_mtime, reverse=True)
        for stale in old[CACHE_KEEP:]:
            with contextlib.suppress(OSError):
                stale.unlink()
    except OSError:
        pass  # no cache (a read-only home, a full disk): the next build cuts the font again


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


class WebFont:
    """Noto Sans CJK SC for web pages: each page gets a face holding only the characters it shows.

    Subsetting the whole font (65 535 glyphs) costs a second or more, so it happens once, to
    the characters the pages are expected to use (``expected``: the report's text, the label
    dictionary, the notebooks …), and the result (the *base* font) is kept in the cache folder
    (:func:`cache_dir`) for the next build with the same characters.  When it is not there, it
    is cut in a separate process started at once (``background``), so that the building
    process stays free.  Each page is then cut from that small font in a fraction of a
    second.  A page that shows a character outside it makes the base font grow once.

    Parameters
    ----------
    expected : str
        Characters the pages are expected to show (:data:`BASE_CHARS` are added).
    background : bool
        Start cutting the base font now, in a worker process (when it is not in the cache).
    cache : bool
        Read and keep the base font in the cache folder.
    """

    def __init__(self, expected: str = "", *, background: bool = True, cache: bool = True) -> None:
        self._chars = frozenset(expected) | frozenset(BASE_CHARS)
        self._lock = threading.Lock()
        self._base: bytes | None = None
        self._cache: Path | None = None
        self._worker: _Worker | None = None
        self.cached = False
        if cache:
            with contextlib.suppress(OSError):
                self._cache = cache_dir() / _base_key(cjk_font_path(), self._sorted())
                self._base = _read_cached(self._cache)
                self.cached = self._base is not None
        if self._base is None and background:
            self._worker = _Worker.start(self._sorted())

    def _sorted(self) -> str:
        return "".join(sorted(self._chars))

    def close(self) -> None:
        """Stop a worker that is still cutting the base font (when a build is stopped)."""
        if self._worker is not None:
            self._worker.kill()
            self._worker = None

    def _cut_base(self) -> bytes:
        data = None
        if self._worker is not None:
            data = self._worker.result()  # None when the worker failed: cut here, raising what goes wrong
            self._worker = None
        if data is None:
            data = _subset(cjk_font_path(), self._sorted(), woff2=False)
        if self._cache is not None:
            _store_cached(self._cache, data)
        return data

    def _grow(self, chars: str) -> None:
        """Make the base font cover ``chars``: a character outside it makes it (and its cache name) grow."""
        with self._lock:
            missing = set(chars) - self._chars
            if not missing:
                return
            self.close()
            self._chars |= missing
            self._base = None
            self.cached = False
            if self._cache is not None:
                with contextlib.suppress(OSError):
                    self._cache = cache_dir() / _base_key(cjk_font_path(), self._sorted())
                    self._base = _read_cached(self._cache)
                    self.cached = self._base is not None

    def _base_font(self) -> bytes:
        with self._lock:
            if self._base is None:
                self._base = self._cut_base()
            return self._base

    def woff2(self, chars: str) -> bytes:
        """A WOFF2 font holding the glyphs of ``chars`` (and .notdef); kept in the cache for the next build."""
        chars = "".join(sorted(set(chars)))
        self._grow(chars)
        cached = self._page_file(chars)
        data = _read_cached(cached) if cached is not None else None
        if data is not None:
            return data
        try:
            data = _subset(self._base_font(), chars, woff2=True, plain=True)
        except Exception:  # noqa: BLE001 - a damaged cached base font: cut it again, once
            if not self.cached:
                raise
            with self._lock:
                self.cached = False
                self._base = _subset(cjk_font_path(), self._sorted(), woff2=False)
                if self._cache is not None:
                    _store_cached(self._cache, self._base)
            data = _subset(self._base, chars, woff2=True, plain=True)
        if cached is not None:
            _store_cached(cached, data)
        return data

    def _page_file(self, chars: str) -> Path | None:
        """Cache file of a page font: named by its base font and its characters."""
        if self._cache is None:
            return None
        import hashlib

        h = hashlib.sha256(self._cache.name.encode("ascii"))
        h.update(str(WOFF2_QUALITY).encode("ascii"))
        h.update(chars.encode("utf-8", "surrogatepass"))
        return self._cache.with_name(f"webfont-page-{h.hexdigest()[:40]}.woff2")

    def face_css(self, markup: str) -> str:
        """``@font-face`` rule of a page: the glyphs its markup shows, WOFF2, base64 in a data URI."""
        import base64

        data = base64.b64encode(self.woff2(page_characters(markup))).decode("ascii")
        return (f'@font-face {{ font-family: "{WEB_FAMILY}"; font-style: normal; font-weight: 400; '
                f'font-display: block; src: url(data:font/woff2;base64,{data}) format("woff2"); }}')


class _Worker:
    """A process cutting the base font (``python -m dhcheng_analysis.fonts OUT``, characters on stdin)."""

    def __init__(self, proc: subprocess.Popen, folder: str) -> None:
        self.proc = proc
        self.folder = folder

    @classmethod
    def start(cls, chars: str) -> _Worker | None:
        import tempfile

        folder = tempfile.mkdtemp(prefix="dhcheng-font-")
        try:
            proc = subprocess.Popen([sys.executable, "-m", __name__, os.path.join(folder, "base.otf")],
                                    stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError:
            shutil.rmtree(folder, ignore_errors=True)
            return None
        _LIVE_WORKERS.add(proc)
        try:
            proc.stdin.write(chars.encode("utf-8", "surrogatepass"))
            proc.stdin.close()
        except OSError:
            pass  # the worker died: result() says so
        return cls(proc, folder)

    def result(self) -> bytes | None:
        """The cut font, or None when the worker failed."""
        try:
            code = None
            while code is None:  # a timed wait polls: a signal delivered to another thread still stops the build
                with contextlib.suppress(subprocess.TimeoutExpired):
                    code = self.proc.wait(timeout=60)
            if code != 0:
                return None
            data = (Path(self.folder) / "base.otf").read_bytes()
            return data if data.startswith(b"OTTO") else None
        except OSError:
            return None
        finally:
            _LIVE_WORKERS.discard(self.proc)
            shutil.rmtree(self.folder, ignore_errors=True)

    def kill(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(OSError):
                self.proc.kill()
            with contextlib.suppress(Exception):
                self.proc.wait(timeout=5)
        _LIVE_WORKERS.discard(self.proc)
        shutil.rmtree(self.folder, ignore_errors=True)


#: Worker processes still running, killed at exit.
_LIVE_WORKERS: set[subprocess.Popen] = set()


@atexit.register
def _kill_workers() -> None:
    for proc in list(_LIVE_WORKERS):
        with contextlib.suppress(OSError):
            proc.kill()


def _main(argv: list[str]) -> int:
    """Worker entry point: cut the base font to the characters read from stdin, write it to ``argv[0]``."""
    chars = sys.stdin.buffer.read().decode("utf-8", "surrogatepass")
    out = Path(argv[0])
    data = _subset(cjk_font_path(), chars, woff2=False)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, out)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
