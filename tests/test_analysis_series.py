"""Series building from the CSV contract: grouping, aggregation, sorting, missing values and
bad input reported as problems with file, line and column."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from pdsa_cli.analysis import AnalysisOptions, Series, analyse, analysis_to_json, read_series_csv
from pdsa_cli.errors import PdsaError


def _write(tmp_path: Path, text: str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _problems(path: Path) -> list[tuple[int | None, str, str]]:
    with pytest.raises(PdsaError) as caught:
        read_series_csv(path)
    assert caught.value.key == "analysis.csv_invalid"
    return [(p.line, p.path, p.code) for p in caught.value.problems]


def test_rows_sharing_x_form_a_sorted_subgroup(tmp_path: Path) -> None:
    path = _write(tmp_path, "x,y\n2024-02-01,4\n2024-01-01,1\n2024-02-01,8\n2024-01-01,3\n")
    series = read_series_csv(path)
    assert series.x_kind == "date"
    assert [str(x) for x in series.x] == ["2024-01-01", "2024-02-01"]
    np.testing.assert_allclose(series.mean, [2, 6])
    np.testing.assert_allclose(series.total, [4, 12])
    np.testing.assert_allclose(series.count, [2, 2])
    np.testing.assert_allclose(series.sd, [math.sqrt(2), math.sqrt(8)])


@pytest.mark.parametrize(("agg", "expected"), [("mean", 4.0), ("median", 3.0), ("sum", 12.0)])
def test_aggregation_of_a_subgroup(tmp_path: Path, agg: str, expected: float) -> None:
    path = _write(tmp_path, "x,y\n1,1\n1,3\n1,8\n2,5\n")
    result = analyse(read_series_csv(path), AnalysisOptions(chart="i", agg=agg))
    assert result.y[0] == expected


def test_with_n_a_subgroup_is_sum_y_over_sum_n(tmp_path: Path) -> None:
    path = _write(tmp_path, "x,y,n\n1,2,10\n1,3,40\n2,1,10\n")
    result = analyse(read_series_csv(path), AnalysisOptions(chart="run", agg="median"))
    assert result.y[0] == pytest.approx(5 / 50)
    assert result.n[0] == 50


def test_row_missing_y_or_n_is_missing_in_both(tmp_path: Path) -> None:
    path = _write(tmp_path, "x,y,n\n1,2,10\n1,,40\n2,5,\n3,1,10\n")
    series = read_series_csv(path)
    assert series.n is not None
    np.testing.assert_allclose(series.n[:1], [10])
    assert math.isnan(series.n[1]) and math.isnan(series.total[1])
    result = analyse(series, AnalysisOptions(chart="p"))
    assert result.y[0] == pytest.approx(0.2)
    assert math.isnan(result.y[1])


def test_all_missing_subgroup_stays_with_null_y(tmp_path: Path) -> None:
    path = _write(tmp_path, "x,y\n1,4\n2,\n2,NA\n3,6\n")
    result = analyse(read_series_csv(path), AnalysisOptions(chart="i"))
    assert len(result) == 3
    assert math.isnan(result.y[1])
    assert analysis_to_json(result)["points"][1]["y"] is None
    assert result.cl[0] == 5.0  # the missing value is skipped, never a zero


def test_rows_without_x_are_dropped(tmp_path: Path) -> None:
    path = _write(tmp_path, "x,y\n1,4\n,100\n2,6\n")
    assert len(read_series_csv(path)) == 2


def test_number_and_label_x(tmp_path: Path) -> None:
    numbers = read_series_csv(_write(tmp_path, "x,y\n10,1\n2,2\n", "n.csv"))
    assert numbers.x_kind == "number"
    assert list(numbers.x) == [2.0, 10.0]
    labels = read_series_csv(_write(tmp_path, "x,y\nuge 2,1\nuge 10,2\nuge 2,3\n", "l.csv"))
    assert labels.x_kind == "label"
    assert list(labels.x) == ["uge 2", "uge 10"]  # text keeps its order in the file


def test_part_label_starts_a_phase_where_it_changes(tmp_path: Path) -> None:
    rows = "".join(f"{i},{v},{'før' if i <= 4 else 'efter'}\n" for i, v in enumerate(range(8), 1))
    result = analyse(read_series_csv(_write(tmp_path, "x,y,part\n" + rows)), AnalysisOptions())
    assert list(result.phase) == [1, 1, 1, 1, 2, 2, 2, 2]
    assert [p.label for p in result.phases] == ["før", "efter"]


def test_notes_are_kept_per_point(tmp_path: Path) -> None:
    path = _write(tmp_path, "x,y,note\n1,4,ny rutine\n1,5,ny rutine\n2,6,\n")
    assert read_series_csv(path).notes == ("ny rutine", None)


def test_danish_spreadsheet_export(tmp_path: Path) -> None:
    path = _write(tmp_path, "x;y\n2024-01-01;1,5\n2024-01-08;2,25\n")
    np.testing.assert_allclose(read_series_csv(path).mean, [1.5, 2.25])


def test_bad_numbers_name_file_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "x,y,n\n1,4,10\n2,fire,10\n3,5,ti\n4,1,-3\n")
    assert _problems(path) == [
        (3, "y", "csv-not-a-number"),
        (4, "n", "csv-not-a-number"),
        (5, "n", "csv-negative-n"),
    ]


def test_missing_columns_are_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "dato,værdi\n1,2\n")
    assert _problems(path) == [(1, "x", "csv-missing-column"), (1, "y", "csv-missing-column")]


def test_header_only_and_empty_file(tmp_path: Path) -> None:
    assert _problems(_write(tmp_path, "x,y\n", "h.csv")) == [(None, "", "csv-no-rows")]
    assert [c for _, _, c in _problems(_write(tmp_path, "", "e.csv"))] == ["csv-unreadable"]


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("x,y,note\n1,2,bl\xe5b\xe6r\n".encode("latin-1"))
    assert [c for _, _, c in _problems(path)] == ["csv-encoding"]


def test_missing_file() -> None:
    with pytest.raises(PdsaError) as caught:
        read_series_csv("no/such/file.csv")
    assert caught.value.key == "cli.file_not_found"


def test_from_values_keeps_order_and_uses_positions_as_x() -> None:
    series = Series.from_values([3.0, 1.0, 2.0])
    assert list(series.x) == [1.0, 2.0, 3.0]
    np.testing.assert_allclose(series.mean, [3, 1, 2])


@pytest.mark.parametrize("form", ["%d.%m.%Y", "%d-%m-%Y"])
def test_danish_dates_in_a_csv_are_dates_in_order(tmp_path: Path, form: str) -> None:
    """01.06.2021 as `pdsa log` reads it: a date, never a label sorted by its day."""
    import datetime as dt

    days = [dt.date(2021, 5, 3) + dt.timedelta(weeks=k) for k in range(6)]
    rows = [f"{day.strftime(form)},{k}" for k, day in enumerate(days)]
    path = tmp_path / "danish.csv"
    path.write_text("x,y\n" + "\n".join(reversed(rows)) + "\n", encoding="utf-8")
    points = analysis_to_json(analyse(read_series_csv(path), AnalysisOptions()))["points"]
    assert [p["x"] for p in points] == [day.isoformat() for day in days]
    assert [p["y"] for p in points] == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
