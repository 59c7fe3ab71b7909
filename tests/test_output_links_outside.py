"""An output path that is a symbolic link is written through only when the file it points to lies
in the link's own folder or below it (``latest.csv -> data/2020.csv``).  A link to a file anywhere
else (``facts.csv -> /etc/passwd``, ``out.csv -> ../other/x.csv``) is refused with one line: an
output named in one folder never replaces a file outside it, whoever runs the command.
"""

from __future__ import annotations

import os

import pandas as pd
import pytest
from _cli import run_cli as run

from dhcheng_analysis import export
from dhcheng_analysis.atomic import check_target
from dhcheng_analysis.errors import ExportError

TABLE = pd.DataFrame({"indicator": ["=cmd|' /C calc'!A0"], "value": [1.0]})
PRECIOUS = b"root:x:0:0:root:/root:/bin/bash\n"


def planted_link(tmp_path, name: str = "facts.csv"):
    """A file outside the output folder and a link to it inside the folder."""
    system = tmp_path / "etc"
    system.mkdir()
    precious = system / "passwd"
    precious.write_bytes(PRECIOUS)
    out = tmp_path / "out"
    out.mkdir()
    (out / name).symlink_to(precious)
    return out / name, precious


@pytest.mark.parametrize("write", [export.to_csv, export.to_json, export.to_parquet,
                                   lambda table, path: export.to_excel(None, path)])
def test_a_link_out_of_its_folder_is_refused_and_its_file_kept(tmp_path, write):
    link, precious = planted_link(tmp_path)
    with pytest.raises(ExportError) as err:
        write(TABLE, link)
    msg = str(err.value)
    assert "\n" not in msg
    assert msg == (f"{link} is a symbolic link to {precious}, outside its folder — write to a regular file "
                   "or a new path, or remove the link")
    assert precious.read_bytes() == PRECIOUS
    assert link.is_symlink() and sorted(p.name for p in link.parent.iterdir()) == ["facts.csv"]


def test_a_relative_link_to_a_sibling_folder_is_refused(tmp_path):
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.csv").write_text("kept", encoding="utf-8")
    (tmp_path / "out").mkdir()
    link = tmp_path / "out" / "x.csv"
    link.symlink_to(os.path.join("..", "other", "x.csv"))
    with pytest.raises(ExportError, match="outside its folder"):
        check_target(link)
    assert (tmp_path / "other" / "x.csv").read_text(encoding="utf-8") == "kept"


def test_a_link_below_its_folder_is_still_written_through(tmp_path):
    (tmp_path / "data").mkdir()
    real = tmp_path / "data" / "2020.csv"
    real.write_text("old", encoding="utf-8")
    (tmp_path / "latest.csv").symlink_to(os.path.join("data", "2020.csv"))
    assert check_target(tmp_path / "latest.csv") == real.resolve()


def test_the_command_line_refuses_a_link_to_a_system_file(tmp_path):
    link, precious = planted_link(tmp_path)
    for argv in (["facts", "--format", "csv", "-o", str(link)], ["export", "-o", str(link)],
                 ["export", "--format", "json", "-o", str(link)]):
        code, out, err = run(*argv)
        assert code == 1 and out == ""
        assert err == (f"dhcheng: {link} is a symbolic link to {precious}, outside its folder — write to a "
                       "regular file or a new path, or remove the link\n")
    assert precious.read_bytes() == PRECIOUS
