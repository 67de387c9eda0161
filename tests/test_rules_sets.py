"""Every rule on small hand-built series: positive and negative cases, ties, the line, NaN."""

from __future__ import annotations

import pytest

from pdsa_cli.analysis.rules import RULE_SETS, RULES, rules_for
from pdsa_cli.i18n import translate
from pdsa_cli.models import RuleSet
from tests.rules_support import NAN, evaluate, fired, phase

# Alternating-ish noise with no pattern under any rule set (checked in the first test).
CALM = [1, -1, -2, 1, 2, -1, 1, -1, -1, 2, -2, 1, 1, -1, 2, -1]


@pytest.mark.parametrize("rule_set", sorted(RULE_SETS))
@pytest.mark.parametrize("chart", ["run", "i"])
def test_calm_series_fires_nothing(rule_set: str, chart: str) -> None:
    result = evaluate(rule_set, phase(CALM, chart=chart, sigma=1.0))
    assert result.hits == ()
    assert not result.runs_signal


# --- anhoej ---------------------------------------------------------------------------------


def test_anhoej_long_run_flags_its_points() -> None:
    # 12 useful points: longest_run_max 7; a run of 8 fires, crossings (4) do not
    result = evaluate("anhoej", phase([1] * 8 + [-1, 1, -1, 1]))
    assert (result.longest_run, result.longest_run_max) == (8, 7)
    assert (result.n_crossings, result.n_crossings_min) == (4, 3)
    assert {hit.id: hit.points for hit in result.hits} == {"longest_run": tuple(range(1, 9))}
    assert result.runs_signal


def test_anhoej_long_run_spans_points_on_the_line_and_missing_points() -> None:
    y = [1, 1, 1, 0, 1, NAN, 1, 1, 1, 1, -1, 1, -1, 1]
    result = evaluate("anhoej", phase(y))
    assert result.n_useful == 12 and result.longest_run == 8
    assert fired("anhoej", phase(y)) == {"longest_run": tuple(range(1, 11))}


def test_anhoej_run_at_the_limit_does_not_fire() -> None:
    assert fired("anhoej", phase([1] * 7 + [-1, 1, -1, 1, -1])) == {}


def test_anhoej_tied_longest_runs_are_all_flagged() -> None:
    y = [1] * 8 + [-1] * 8 + [1, -1, 1, -1]  # 20 useful: max 7, crossings 5 < 6
    assert fired("anhoej", phase(y)) == {"longest_run": tuple(range(1, 17)), "crossings": ()}


def test_anhoej_few_crossings_carries_no_points() -> None:
    result = evaluate("anhoej", phase([1] * 7 + [-1] * 6 + [1] * 7))
    assert (result.n_crossings, result.n_crossings_min) == (2, 6)
    assert [(hit.id, hit.points) for hit in result.hits] == [("crossings", ())]
    assert result.runs_signal


def test_anhoej_spc_adds_the_three_sigma_rule_without_a_runs_signal() -> None:
    y = [*CALM[:5], 3.5, *CALM[6:9], -3.01, *CALM[10:]]
    result = evaluate("anhoej", phase(y, chart="i", sigma=1.0))
    assert [(hit.id, hit.points) for hit in result.hits] == [("outside_limits", (6, 10))]
    assert not result.runs_signal


def test_a_point_on_a_limit_is_not_outside() -> None:
    assert fired("anhoej", phase([3.0, -3.0, 1, -1], chart="i", sigma=1.0)) == {}


def test_mr_chart_reports_run_statistics_but_fires_no_runs_rule() -> None:
    y = [1] * 12 + [4.0]
    result = evaluate("ihi", phase(y, chart="mr", sigma=1.0))
    assert result.longest_run == 13 and result.n_useful == 13
    assert [hit.id for hit in result.hits] == ["outside_limits"]
    assert not result.runs_signal


def test_no_useful_points_fire_no_runs_rule() -> None:
    for rule_set in RULE_SETS:
        result = evaluate(rule_set, phase([0.0] * 12))
        assert result.n_useful == 0 and result.longest_run is None
        assert result.hits == () and not result.runs_signal


def test_empty_phase() -> None:
    result = evaluate("anhoej", phase([]))
    assert (result.n_useful, result.hits, result.runs_signal) == (0, (), False)


def test_points_are_global_positions_with_excluded_points_left_out() -> None:
    # point 9 was excluded by the core: positions jump from 8 to 10
    positions = [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13]
    data = phase([1] * 8 + [-1, 1, -1, 1], positions=positions)
    assert fired("anhoej", data) == {"longest_run": (1, 2, 3, 4, 5, 6, 7, 8)}
    data = phase([-1, -1] + [1] * 8 + [-1, 1], positions=positions)
    assert fired("anhoej", data)["longest_run"] == (3, 4, 5, 6, 7, 8, 10, 11)


# --- ihi, run charts ------------------------------------------------------------------------


def test_ihi_shift_skips_points_on_the_median() -> None:
    y = [1, 1, 1, 0, 1, 1, 1, -1, 1, -1, 1, -1]
    assert fired("ihi", phase(y))["shift"] == (1, 2, 3, 4, 5, 6, 7)


def test_ihi_shift_needs_six_useful_points() -> None:
    assert "shift" not in fired("ihi", phase([1, 1, 0, 1, 1, 1, -1, 1, -1]))


def test_ihi_trend_counts_equal_neighbours_once() -> None:
    y = [1, 2, 2, 3, 4, 5, 3]  # 1 2 3 4 5 going up, the repeated 2 counted once
    assert fired("ihi", phase(y, 3.0))["trend"] == (1, 2, 3, 4, 5, 6)
    assert "trend" not in fired("ihi", phase([1, 2, 2, 3, 4, 3], 3.0))


def test_ihi_trend_going_down_and_a_turn_flags_both() -> None:
    y = [1, 2, 3, 4, 5, 4, 3, 2, 1]
    assert fired("ihi", phase(y, 3.0))["trend"] == tuple(range(1, 10))


def test_ihi_trend_bridges_a_missing_value() -> None:
    assert fired("ihi", phase([1, 2, NAN, 3, 4, 5], 3.0))["trend"] == (1, 2, 3, 4, 5, 6)


def test_ihi_too_many_runs() -> None:
    # 10 useful points alternating: 10 runs > U = 9
    assert fired("ihi", phase([1, -1] * 5)) == {"runs": ()}


def test_ihi_too_few_runs() -> None:
    # 10 useful points, 2 runs < L = 3; runs of 5 are too short for a shift
    assert fired("ihi", phase([1] * 5 + [-1] * 5)) == {"runs": ()}


def test_ihi_astronomical_needs_a_spread_to_judge_by() -> None:
    # a clean step has no moving range left after screening: no candidates, not all of them
    assert "astronomical" not in fired("ihi", phase([1] * 6 + [-1] * 6))


def test_ihi_runs_rule_needs_ten_useful_points() -> None:
    assert fired("ihi", phase([1, -1] * 4 + [0, 0])) == {}


def test_ihi_astronomical_candidates_are_a_hint_not_a_runs_signal() -> None:
    y = [*CALM[:7], 12.0, *CALM[8:]]
    result = evaluate("ihi", phase(y, 0.0))
    assert [(hit.id, hit.points) for hit in result.hits] == [("astronomical", (8,))]
    assert not result.runs_signal


# --- ihi, control charts --------------------------------------------------------------------


def test_ihi_spc_shift_of_eight_skips_points_on_the_line() -> None:
    y = [1, 1, 1, 1, 0, 1, 1, 1, 1, -1, 1]
    assert fired("ihi", phase(y, chart="i", sigma=1.0))["shift"] == tuple(range(1, 10))
    assert "shift" not in fired("ihi", phase([1] * 7 + [-1, 1], chart="i", sigma=1.0))


def test_ihi_spc_trend_of_six() -> None:
    y = [-2.5, -2, -1, 0.5, 1, 2, 1]
    assert fired("ihi", phase(y, chart="i", sigma=1.0))["trend"] == (1, 2, 3, 4, 5, 6)
    assert "trend" not in fired("ihi", phase(y[1:], chart="i", sigma=1.0))


def test_two_of_three_beyond_two_sigma_on_one_side() -> None:
    y = [0.5, 2.5, -0.5, 2.1, 0.0]
    for rule_set in ("ihi", "weco"):
        assert fired(rule_set, phase(y, chart="i", sigma=1.0))["two_of_three"] == (2, 3, 4)


def test_two_of_three_on_opposite_sides_does_not_fire() -> None:
    y = [0.5, 2.5, -2.5, 0.5, 0.0]
    assert "two_of_three" not in fired("weco", phase(y, chart="i", sigma=1.0))


def test_two_of_three_bridges_a_missing_value() -> None:
    y = [0.0, 2.5, NAN, 2.5, 0.0]
    assert fired("weco", phase(y, chart="i", sigma=1.0))["two_of_three"] == (2, 3, 4)


def test_ihi_hugging_fifteen_within_one_sigma() -> None:
    y = [0.5, -0.5, 1.0, -1.0, 0.0] * 3  # 15 points within 1 sigma, on the lines included
    assert fired("ihi", phase(y, chart="i", sigma=1.0))["hugging"] == tuple(range(1, 16))
    assert "hugging" not in fired("ihi", phase([*y[:14], 1.5], chart="i", sigma=1.0))


# --- mdc ------------------------------------------------------------------------------------


def test_mdc_trend_of_seven_and_a_tie_breaks_it() -> None:
    y = [-2.5, -2, -1, 0.5, 1, 2, 2.4]
    assert fired("mdc", phase(y, chart="i", sigma=1.0))["trend"] == tuple(range(1, 8))
    tied = [-2.5, -2, -1, -1, 0.5, 1, 2, 2.4]
    assert "trend" not in fired("mdc", phase(tied, chart="i", sigma=1.0))


def test_mdc_two_of_three_needs_all_three_on_one_side() -> None:
    assert fired("mdc", phase([0.5, 2.5, 2.5], chart="i", sigma=1.0)) == {"two_of_three": (2, 3)}
    assert fired("mdc", phase([-0.5, 2.5, 2.5], chart="i", sigma=1.0)) == {}
    # Western Electric only asks the two points to be on the same side
    assert fired("weco", phase([-0.5, 2.5, 2.5], chart="i", sigma=1.0)) == {"two_of_three": (2, 3)}


def test_mdc_two_of_three_counts_no_point_outside_the_limits() -> None:
    # NHSRplotthedots 0.2.2, R/ptd_spc_standard.R: close_to_limits = !outside_limits & beyond
    # the near limits, so a point outside is only "outside", and 2-of-3 needs two close ones.
    assert fired("mdc", phase([0.5, 2.5, 3.5], chart="i", sigma=1.0)) == {"outside_limits": (3,)}
    assert fired("mdc", phase([2.5, 3.5, 2.5], chart="i", sigma=1.0)) == {
        "outside_limits": (2,),
        "two_of_three": (1, 3),
    }


def test_mdc_shift_of_seven_and_a_point_on_the_mean_breaks_it() -> None:
    assert fired("mdc", phase([1] * 7, chart="i", sigma=1.0)) == {"shift": tuple(range(1, 8))}
    assert fired("mdc", phase([1, 1, 1, 0, 1, 1, 1, 1], chart="i", sigma=1.0)) == {}


def test_mdc_shift_bridges_a_missing_value() -> None:
    y = [1, 1, 1, NAN, 1, 1, 1, 1]
    assert fired("mdc", phase(y, chart="i", sigma=1.0)) == {"shift": tuple(range(1, 9))}


def test_mdc_on_a_run_chart_uses_its_sigma_free_rules() -> None:
    assert [rule.id for rule in rules_for("mdc", "run", spc=False)] == ["trend", "shift"]
    assert fired("mdc", phase([1] * 7)) == {"shift": tuple(range(1, 8))}


# --- weco -----------------------------------------------------------------------------------


def test_weco_four_of_five_beyond_one_sigma() -> None:
    y = [1.5, 1.5, 0.5, 1.5, 1.5, -0.5]
    assert fired("weco", phase(y, chart="i", sigma=1.0)) == {"four_of_five": (1, 2, 3, 4, 5)}
    opposite = [1.5, -1.5, 0.5, 1.5, 1.5, -0.5]
    assert fired("weco", phase(opposite, chart="i", sigma=1.0)) == {}


def test_weco_shift_of_eight_and_a_point_on_the_line_breaks_it() -> None:
    assert fired("weco", phase([1] * 8, chart="i", sigma=1.0)) == {"shift": tuple(range(1, 9))}
    broken = [1, 1, 1, 1, 0, 1, 1, 1, 1]
    assert fired("weco", phase(broken, chart="i", sigma=1.0)) == {}


def test_zone_rules_never_fire_without_a_sigma() -> None:
    y = [2.5, 2.5, 2.5, 2.5, 2.5]
    assert fired("weco", phase(y, chart="i", sigma=NAN)) == {}


# --- the registry ---------------------------------------------------------------------------

CONTRACT_IDS = {
    ("anhoej", "run"): ["longest_run", "crossings"],
    ("anhoej", "spc"): ["outside_limits", "longest_run", "crossings"],
    ("ihi", "run"): ["shift", "trend", "runs", "astronomical"],
    ("ihi", "spc"): ["outside_limits", "shift", "trend", "two_of_three", "hugging"],
    ("mdc", "spc"): ["outside_limits", "trend", "two_of_three", "shift"],
    ("weco", "spc"): ["outside_limits", "two_of_three", "four_of_five", "shift"],
}


@pytest.mark.parametrize(("key", "ids"), sorted(CONTRACT_IDS.items()))
def test_rule_sets_use_the_contract_ids(key: tuple[str, str], ids: list[str]) -> None:
    rule_set, kind = key
    assert [rule.id for rule in rules_for(rule_set, "i", spc=kind == "spc")] == ids


def test_every_rule_set_of_the_models_is_registered() -> None:
    assert set(RULE_SETS) == {member.value for member in RuleSet}


def test_each_rule_applies_to_the_charts_its_sets_use_it_on() -> None:
    for chosen in RULE_SETS.values():
        assert all("run" in rule.charts for rule in chosen.run)
        assert all("spc" in rule.charts for rule in chosen.spc)


@pytest.mark.parametrize("name", sorted(RULES))
def test_every_rule_has_a_title_in_both_languages_and_a_citation(name: str) -> None:
    rule = RULES[name]
    danish, english = rule.title("da"), rule.title("en")
    assert danish != english
    assert f"rules.{name}" not in (danish, english)
    assert translate(f"rules.{name}", "en") == english
    assert len(rule.citation) > 10


def test_an_unknown_rule_set_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown rule set"):
        evaluate("nelson", phase([1.0]))
