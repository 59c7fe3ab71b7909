"""The across-reports notebook run on a folder of reports, its outputs read as text."""

from __future__ import annotations

from pathlib import Path

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "05_across_reports.ipynb"


def corpus_outputs(folder: Path, tmp_path: Path) -> list:
    """The outputs of the code cells of notebook 05 executed on ``folder`` (in ``tmp_path``); no cell may have
    raised."""
    import nbformat
    import papermill

    out = tmp_path / "05.ipynb"
    papermill.execute_notebook(str(NOTEBOOK), str(out), parameters={"corpus_source": str(folder)},
                               kernel_name="python3", progress_bar=False, cwd=str(tmp_path))
    outs = [o for c in nbformat.read(str(out), as_version=4).cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outs if o.output_type == "error"]
    return outs


def corpus_page(folder: Path, tmp_path: Path) -> tuple[str, str]:
    """The markdown and the plain-text outputs of notebook 05 executed on ``folder`` (in ``tmp_path``), joined by line
    breaks; no cell may have raised."""
    outs = corpus_outputs(folder, tmp_path)
    return ("\n".join(o["data"]["text/markdown"] for o in outs if "text/markdown" in o.get("data", {})),
            "\n".join(o["data"]["text/plain"] for o in outs if "text/plain" in o.get("data", {})))
