"""make test's two halves (tests/shards.py): every test file runs in exactly one, and they weigh alike."""

from __future__ import annotations

import json

import pytest

from ..shards import WEIGHTS, all_test_files, parse_shard, plan


def test_every_test_file_is_in_exactly_one_half() -> None:
    files = all_test_files()
    weights = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    first, second = plan(files, weights, 2)
    assert first.isdisjoint(second)
    assert first | second == set(files)
    assert "tests/kit/test_shards.py" in files
    assert plan(files, weights, 2) == [first, second]  # each process computes the same halves


def test_the_heaviest_go_first_each_to_the_lighter_half() -> None:
    weights = {"a": 10.0, "b": 6.0, "c": 4.0, "d": 1.0}
    # An unlisted file weighs the median (5): a | b, new | c to the lighter (10 < 11) | d (14 > 11).
    assert plan([*weights, "new"], weights, 2) == [{"a", "c"}, {"b", "new", "d"}]
    assert plan(["x", "y"], {}, 3) == [{"x"}, {"y"}, set()]


@pytest.mark.parametrize("value", ["1/2", "2/2", "3/3"])
def test_a_shard_is_k_of_n(value: str) -> None:
    assert parse_shard(value) == tuple(map(int, value.split("/")))


@pytest.mark.parametrize("value", ["0/2", "3/2", "1", "a/b", "-1/2"])
def test_a_malformed_shard_is_a_usage_error(value: str) -> None:
    with pytest.raises(pytest.UsageError, match=f"--shard: expected K/N with 1 <= K <= N, got '{value}'"):
        parse_shard(value)
