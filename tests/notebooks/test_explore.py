"""notebooks/explore.ipynb runs from top to bottom (nbclient, kernel python3) and saves its
three figures; the committed file carries no outputs."""

from __future__ import annotations

import re
from pathlib import Path

import nbclient
import nbformat
import pytest


pytestmark = pytest.mark.slow

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "explore.ipynb"
FIGURES = ("actor-network.png", "timeline.png", "who-blames-whom.png")


def test_committed_notebook_has_no_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


def test_notebook_runs_and_saves_its_figures(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("GEOKG_FIGURES", str(tmp_path))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        timeout=600,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, errors
    for name in FIGURES:
        figure = tmp_path / name
        assert figure.is_file() and figure.stat().st_size > 20_000, name
    text = "".join(
        o.get("text", "")
        for c in nb.cells
        for o in c.get("outputs", [])
        if o.get("output_type") == "stream"
    )
    assert re.search(r"\b\d+ articles stored, 0 failed", text), text[:500]
    assert "responsible: Russia  [CONTESTED]" in text
