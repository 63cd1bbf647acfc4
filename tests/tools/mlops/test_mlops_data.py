"""Data in: CSV and Parquet files, bundled datasets, fingerprints, and clear errors for bad tables."""

from __future__ import annotations

import pytest

from genaiops.errors import ToolInputError
from genaiops.tools.mlops import build_memory_resources, close_mlops_resources

CSV = "f1,f2,label\n1.0,2.0,a\n1.5,2.5,b\n0.5,1.0,a\n2.0,3.0,b\n"


def test_mlops_csv_loads_with_a_fingerprint(call, tmp_path):
    """A CSV becomes a snapshot whose fingerprint names its hash, schema, rows and classes."""
    (tmp_path / "t.csv").write_text(CSV)
    out = call("load_dataset", source=str(tmp_path / "t.csv"), target="label")
    fp = out.fingerprint
    assert fp.dataset_id == out.dataset_id and len(out.dataset_id) == 64
    assert [c.name for c in fp.features] == ["f1", "f2"] and fp.rows == 4
    assert fp.task == "classification" and fp.classes == ["a", "b"]


def test_mlops_same_content_gives_the_same_dataset_id(call, tmp_path):
    """The id hashes the content, not the file name: a copy has the same id, an edited value another."""
    (tmp_path / "a.csv").write_text(CSV)
    (tmp_path / "b.csv").write_text(CSV)
    (tmp_path / "c.csv").write_text(CSV.replace("2.5", "2.6"))
    ids = [
        call("load_dataset", source=str(tmp_path / f), target="label").dataset_id for f in ("a.csv", "b.csv", "c.csv")
    ]
    assert ids[0] == ids[1] != ids[2]


def test_mlops_parquet_matches_csv(call, tmp_path):
    """A Parquet file with the same table gives the same snapshot as the CSV."""
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(
        pa.table({"f1": [1.0, 1.5, 0.5, 2.0], "f2": [2.0, 2.5, 1.0, 3.0], "label": ["a", "b", "a", "b"]}),
        tmp_path / "t.parquet",
    )
    (tmp_path / "t.csv").write_text(CSV)
    a = call("load_dataset", source=str(tmp_path / "t.parquet"), target="label")
    b = call("load_dataset", source=str(tmp_path / "t.csv"), target="label")
    assert a.dataset_id == b.dataset_id


def test_mlops_numeric_target_with_many_values_is_regression(call, tmp_path):
    """A numeric target with many distinct values is a regression target; the task can be overridden."""
    rows = "\n".join(f"{i},{i * 0.37:.3f}" for i in range(30))
    (tmp_path / "r.csv").write_text("x,y\n" + rows + "\n")
    assert call("load_dataset", source=str(tmp_path / "r.csv"), target="y").fingerprint.task == "regression"


CELL = "acct-7731-CONFIDENTIAL"
"""A cell value that must never appear in an error (errors are stored and shown; data may be confidential)."""


@pytest.mark.parametrize(
    ("text", "args", "expected"),
    [
        (CSV, {"target": "lable"}, "no target column 'lable' (did you mean 'label'?)"),
        (CSV.replace("2.5", CELL), {"target": "label"}, "column 'f2', row 3: the cell is not a number"),
        (CSV.replace("2.5", ""), {"target": "label"}, "column 'f2', row 3: the cell is empty"),
        (CSV.replace("2.5", "nan"), {"target": "label"}, "column 'f2', row 3: the cell is NaN or infinite"),
        ("f1,label\n", {"target": "label"}, "no rows"),
        (CSV.replace("0.5,1.0,a", f"0.5,{CELL}"), {"target": "label"}, "row 4 has 2 cells"),
        (f"x,y\n1,{CELL}\n2,b\n", {"target": "y", "task": "regression"}, "target 'y' has non-numeric values"),
        (CSV.replace("1.5", f'"{CELL}"x'), {"target": "label"}, "line 3: malformed CSV"),
    ],
)
def test_mlops_bad_tables_are_clear_errors(call, tmp_path, text, args, expected):
    """A missing target column, a bad cell, an empty file, a ragged row or broken CSV: an error naming the row
    and column (or line), never the content of a cell."""
    (tmp_path / "bad.csv").write_text(text)
    with pytest.raises(ToolInputError) as caught:
        call("load_dataset", source=str(tmp_path / "bad.csv"), **args)
    assert expected in str(caught.value)
    assert CELL not in str(caught.value)
    assert call.resources["artifacts"].blobs == {}


def test_mlops_unreadable_files_are_named_not_quoted(call, tmp_path):
    """A CSV that is not UTF-8 and a broken Parquet file are errors naming the file, not quoting its bytes."""
    (tmp_path / "latin.csv").write_bytes(b"f1,label\n1.0,caf\xe9\n")
    with pytest.raises(ToolInputError, match=r"latin\.csv: not UTF-8 text \(byte 16\); save it as UTF-8"):
        call("load_dataset", source=str(tmp_path / "latin.csv"), target="label")
    pytest.importorskip("pyarrow")
    (tmp_path / "torn.parquet").write_bytes(b"PAR1" + CELL.encode() * 4)
    with pytest.raises(ToolInputError, match="not a readable Parquet file") as caught:
        call("load_dataset", source=str(tmp_path / "torn.parquet"), target="label")
    assert CELL not in str(caught.value)


@pytest.mark.parametrize(("source", "expected"), [("iriss", "did you mean 'iris'"), ("x.xlsx", "no data file")])
def test_mlops_unknown_sources_are_clear_errors(call, source, expected):
    """An unknown bundled name or a missing file is named in the error."""
    with pytest.raises(ToolInputError, match=expected):
        call("load_dataset", source=source, target="y")


@pytest.mark.parametrize(
    ("name", "rows", "task"),
    [
        ("iris", 150, "classification"),
        ("wine", 178, "classification"),
        ("breast_cancer", 569, "classification"),
        ("digits", 1797, "classification"),
        ("diabetes", 442, "regression"),
    ],
)
def test_mlops_bundled_datasets_load_offline(call, name, rows, task):
    """The five bundled scikit-learn datasets load from the package, with their size and task."""
    fp = call("load_dataset", source=name).fingerprint
    assert (fp.rows, fp.task, fp.source) == (rows, task, f"sklearn:{name}")


def test_mlops_a_file_without_target_is_unlabeled_and_cannot_train(call, tmp_path):
    """Without a target the data is unlabeled: fine for scoring and drift, refused for training and validation."""
    (tmp_path / "t.csv").write_text("f1,f2\n1.0,2.0\n1.5,2.5\n")
    out = call("load_dataset", source=str(tmp_path / "t.csv"))
    assert out.fingerprint.task == "unlabeled" and [c.name for c in out.fingerprint.features] == ["f1", "f2"]
    with pytest.raises(ToolInputError, match="has no target column; training needs labels"):
        call("train_model", model_name="m", dataset=out.dataset_id)
    assert call.resources["model_registry"].list_models() == []


def test_mlops_load_dataset_reads_only_under_its_data_roots(tmp_path):
    """load_dataset refuses '..', an absolute path outside the roots and a link leading out of them, naming the
    path, the roots and the fix; a relative path inside the scenario's folder is read."""
    from genaiops.data_roots import DataRoots

    from .conftest import Caller

    (tmp_path / "inside").mkdir()
    (tmp_path / "inside" / "t.csv").write_text(CSV)
    (tmp_path / "outside.csv").write_text(CSV)
    (tmp_path / "inside" / "link.csv").symlink_to(tmp_path / "outside.csv")
    call = Caller(build_memory_resources())
    call.resources["data_roots"] = DataRoots.of().for_scenario(tmp_path / "inside" / "scenario.yaml")
    assert call("load_dataset", source="t.csv", target="label").fingerprint.source == "t.csv"
    refusals = {
        "../outside.csv": "'..' is not allowed",
        str(tmp_path / "outside.csv"): "it is outside the data roots",
        "link.csv": "symbolic link",
        "/etc/passwd": "it is outside the data roots",
    }
    for path, why in refusals.items():
        with pytest.raises(ToolInputError) as caught:
            call("load_dataset", source=path, target="label")
        message = str(caught.value)
        assert f"file {path!r} cannot be read: " in message and why in message
        assert f"({tmp_path / 'inside'})" in message and "GENAIOPS_DATA_ROOTS" in message
    close_mlops_resources(call.resources)
