"""Damaged journal lines, op archives, truncated journals, bit flips and torn imports give a
one-line error naming the file, and the doctor keeps everything that is still whole
(issue #12 items 2, 7, 8 and 10). Fuzzing uses fixed seeds."""

import json
import os
import random
import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

from newsquiz.cli import main
from newsquiz.errors import StoreCorruptError
from newsquiz.store.base import review_op
from newsquiz.store.doctor import repair
from newsquiz.store.journal import BLOCK, SECTOR, Journal
from newsquiz.store.tinydb_store import TinyDBStore
from tests.store_history import build_history, contents, history, make_review, mutate


def _one_line(exc: StoreCorruptError, name: str) -> None:
    message = str(exc)
    assert name in message and "\n" not in message and "doctor" in message


# -- item 2: valid JSON that is not an operation ---------------------------------------------


def _mutations(op: dict[str, Any]) -> list[dict[str, Any] | Any]:
    review = op["review"]
    renamed = {("sequence" if key == "seq" else key): value for key, value in op.items()}
    return [
        renamed,
        {**op, "op": "reveiw"},
        {**op, "op": {"kind": "review"}},
        {**op, "seq": "7"},
        {**op, "seq": 7.5},
        {**op, "seq": None},
        {**op, "seq": True},
        {**op, "review": {**review, "rating": "good"}},
        {**op, "review": {**review, "time": "yesterday"}},
        {**op, "review": {k: v for k, v in review.items() if k != "card_id"}},
        {**op, "review": {**review, "after": 5}},
        {**op, "review": {**review, "surprise": 1}},
        [op],
        "review",
        {key: value for key, value in op.items() if key != "review"},
    ]


def _journal_with_bad_line(folder: Path, bad: object, count: int = 6, at: int = 3) -> None:
    folder.mkdir(exist_ok=True)
    journal = Journal(folder / "journal.jsonl")
    journal.reset(0)
    before = None
    for seq in range(1, count + 1):
        review = make_review(f"d:{seq}", seq, before).model_copy(update={"seq": seq})
        if seq == at:
            journal.append_line(json.dumps(bad))
        else:
            journal.append(review_op(seq, review))
    journal.close()


def test_every_invalid_operation_is_one_line_and_the_doctor_sets_aside_only_it(
    tmp_path: Path,
) -> None:
    good = review_op(3, make_review("d:3", 3, None).model_copy(update={"seq": 3}))
    for number, bad in enumerate(_mutations(json.loads(json.dumps(good)))):
        folder = tmp_path / str(number)
        _journal_with_bad_line(folder, bad)
        with pytest.raises(StoreCorruptError) as caught:
            TinyDBStore(folder, readonly=True)
        _one_line(caught.value, "journal.jsonl:4")
        report = repair(folder)
        assert any("set aside 1 damaged journal line" in line for line in report), bad
        assert contents(folder)[0] == [1, 2, 4, 5, 6], bad
        aside = (folder / "journal.jsonl.damaged-1").read_bytes()
        assert aside.count(b"\n") == 1


def test_fuzzed_journal_lines_are_one_line_errors_and_only_they_are_set_aside(
    tmp_path: Path,
) -> None:
    rng = random.Random(2)
    pristine = tmp_path / "pristine"
    build_history(pristine, seed=2)
    expected, reviews = contents(pristine), history(pristine)
    ops = Journal(pristine / "journal.jsonl").load().ops
    for trial in range(40):
        folder = tmp_path / str(trial)
        shutil.copytree(pristine, folder)
        bad = mutate(rng, rng.choice(ops))  # a changed copy of an acknowledged operation
        Journal(folder / "journal.jsonl").append_line(json.dumps(bad))
        with pytest.raises(StoreCorruptError) as caught:
            TinyDBStore(folder, readonly=True)
        _one_line(caught.value, "journal.jsonl")
        report = repair(folder)
        assert any("set aside 1 damaged journal line" in line for line in report) or any(
            "repeat" in line for line in report
        ), (bad, report)
        assert contents(folder) == expected, (trial, bad)
        assert history(folder) == reviews, (trial, bad)


def test_a_repeated_operation_number_keeps_the_first_in_state_and_archive(
    tmp_path: Path,
) -> None:
    build_history(tmp_path, seed=3)
    expected, reviews = contents(tmp_path), history(tmp_path)
    last = Journal(tmp_path / "journal.jsonl").load().ops[-1]
    changed = {**last, "review": {**last["review"], "duration_ms": 1}}  # valid, same number
    Journal(tmp_path / "journal.jsonl").append(changed)
    with pytest.raises(StoreCorruptError, match="repeat"):
        TinyDBStore(tmp_path, readonly=True)
    assert any("repeat" in line for line in repair(tmp_path))
    assert (contents(tmp_path), history(tmp_path)) == (expected, reviews)


@pytest.mark.parametrize("command", [["stats"], ["export", "-f", "json", "-o", "-"], ["doctor"]])
def test_commands_end_in_one_line_not_a_traceback(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    good = review_op(3, make_review("d:3", 3, None).model_copy(update={"seq": 3}))
    _journal_with_bad_line(tmp_path, {**good, "op": "unknown"})
    code = main(["--data-dir", str(tmp_path), *command])
    err = capsys.readouterr().err
    assert code != 0 and "Traceback" not in err
    if command != ["doctor"]:
        assert err.count("\n") == 1 and "journal.jsonl:4" in err


# -- item 7: op archives ---------------------------------------------------------------------


def _spans(raw: bytes) -> dict[int, tuple[int, int]]:
    """Byte span of each archived operation in a day file as we write it (key to next key)."""
    starts = {int(key): raw.index(f'"{key}":{{'.encode()) for key in orjson.loads(raw)["ops"]}
    ordered = sorted(starts.items(), key=lambda item: item[1])
    ends = [start for _, start in ordered[1:]] + [len(raw)]
    return {seq: (start, end) for (seq, start), end in zip(ordered, ends, strict=True)}


def test_a_day_file_that_no_longer_parses_is_salvaged_op_by_op(tmp_path: Path) -> None:
    rng = random.Random(7)
    pristine = tmp_path / "pristine"
    build_history(pristine, seed=7, per_day=40)
    TinyDBStore(pristine).close()
    for trial in range(12):
        folder = tmp_path / f"trial{trial}"
        shutil.copytree(pristine, folder)
        day = sorted((folder / "ops").glob("*.json"))[trial % 3]
        raw = bytearray(day.read_bytes())
        spans = _spans(bytes(raw))
        hit: set[int] = set()
        for _ in range(rng.randint(1, 3)):
            where = rng.randrange(len(raw))
            raw[where] = rng.choice(b'{}",:x\0')
            hit |= {seq for seq, (start, end) in spans.items() if start <= where < end}
        day.write_bytes(bytes(raw))
        report = repair(folder)
        store = TinyDBStore(folder, readonly=True)
        archived = {int(op["seq"]) for op in store.archived_ops()}
        store.close()
        lost = set(spans) - archived
        assert lost <= hit, (trial, sorted(lost - hit), report)


def test_valid_json_damage_in_an_archive_is_one_line_and_doctor_finds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_history(tmp_path, seed=8)
    TinyDBStore(tmp_path).close()
    day = sorted((tmp_path / "ops").glob("*.json"))[1]
    data = orjson.loads(day.read_bytes())
    first = next(iter(data["ops"]))
    data["ops"][first]["review"]["rating"] = "five"
    day.write_bytes(orjson.dumps(data))
    for command in (["stats"], ["export", "-f", "revlog", "-o", "-"]):
        assert main(["--data-dir", str(tmp_path), *command]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and day.name in err and "Traceback" not in err
    report = repair(tmp_path)
    assert any(line.startswith("lost:") and day.name in line for line in report)
    assert repair(tmp_path)[-1].startswith("all progress files are sound")
    assert main(["--data-dir", str(tmp_path), "stats"]) == 0


def test_a_flipped_digit_that_still_validates_is_found(tmp_path: Path) -> None:
    build_history(tmp_path, seed=14)
    TinyDBStore(tmp_path).close()
    day = sorted((tmp_path / "ops").glob("*.json"))[0]
    raw = day.read_bytes()
    where = raw.index(b'"rating":') + len(b'"rating":')
    digit = b"4" if raw[where : where + 1] != b"4" else b"2"
    day.write_bytes(raw[:where] + digit + raw[where + 1 :])
    with pytest.raises(StoreCorruptError, match="checksum mismatch") as caught:
        contents(tmp_path)  # the day no longer matches its seal: each op is checked
    _one_line(caught.value, day.name)
    report = repair(tmp_path)
    assert any(line.startswith("lost:") and "1 operation(s) unreadable" in line for line in report)


def test_a_deleted_day_file_is_one_line_then_reported_lost_by_the_doctor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_history(tmp_path, seed=9)
    TinyDBStore(tmp_path).close()
    sorted((tmp_path / "ops").glob("*.json"))[1].unlink()
    assert main(["--data-dir", str(tmp_path), "stats"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing from the op archive" in err
    assert any(line.startswith("lost: operations #13-#24") for line in repair(tmp_path))
    assert main(["--data-dir", str(tmp_path), "stats"]) == 0
    assert repair(tmp_path)[-1].startswith("all progress files are sound")


# -- item 8: a journal cut short or zeroed ----------------------------------------------------


def test_a_truncated_or_zeroed_journal_is_reported_never_silent(tmp_path: Path) -> None:
    rng = random.Random(8)
    pristine = tmp_path / "pristine"
    build_history(pristine, seed=8)
    acked = set(contents(pristine)[0])
    raw = (pristine / "journal.jsonl").read_bytes()
    used = len(raw.rstrip(b"\0"))
    damages = [("zeroed", 0, len(raw)), ("emptied", 0, 0)]
    damages += [("cut", rng.randrange(1, used), 0) for _ in range(6)]
    damages += [("zero prefix", 0, rng.randrange(1, used)) for _ in range(4)]
    damages += [("zero a line", rng.randrange(BLOCK, used - BLOCK), BLOCK // 2) for _ in range(4)]
    damages += [("zero the end", used - rng.randrange(1, 300), 300) for _ in range(4)]
    for number, (kind, start, length) in enumerate(damages):
        folder = tmp_path / str(number)
        shutil.copytree(pristine, folder)
        path = folder / "journal.jsonl"
        data = bytearray(raw)
        if kind in ("cut", "emptied"):
            data = data[:start]
        else:
            data[start : start + length] = bytes(length)
        path.write_bytes(bytes(data))
        try:
            seen = set(contents(folder)[0])
        except StoreCorruptError as exc:
            _one_line(exc, "journal.jsonl")
            report = repair(folder)
            seen = set(contents(folder)[0])
            if seen != acked:
                assert any(line.startswith("lost:") for line in report), (kind, report)
        else:
            assert seen == acked, (kind, start, length, sorted(acked - seen))


def test_a_flipped_bit_in_the_journal_is_damage_not_a_torn_line(tmp_path: Path) -> None:
    build_history(tmp_path, seed=9)
    path = tmp_path / "journal.jsonl"
    raw = bytearray(path.read_bytes())
    last = len(raw.rstrip(b"\0")) - 20  # inside the last line, which a crash could tear
    raw[last] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(StoreCorruptError) as caught:
        TinyDBStore(tmp_path)
    _one_line(caught.value, "journal.jsonl")


# -- item 10: bit flips in progress.json, torn imports ---------------------------------------


def test_bit_flips_in_an_unsealed_checkpoint_are_caught(tmp_path: Path) -> None:
    rng = random.Random(10)
    pristine = tmp_path / "pristine"
    build_history(pristine, seed=10)
    TinyDBStore(pristine).close()
    expected = contents(pristine)
    raw = (pristine / "progress.json").read_bytes()
    digits = [i for i, byte in enumerate(raw) if chr(byte).isdigit()]
    for trial in range(15):
        folder = tmp_path / str(trial)
        shutil.copytree(pristine, folder)
        flipped = bytearray(raw)
        where = rng.choice(digits) if trial % 3 else rng.randrange(len(raw))
        flipped[where] ^= 1 << rng.randrange(3)
        (folder / "progress.json").write_bytes(bytes(flipped))
        try:
            seen = contents(folder)
        except StoreCorruptError as exc:
            _one_line(exc, "progress.json")
            repair(folder)
            seen = contents(folder)
        assert seen == expected, (trial, where)


def test_a_checkpoint_whose_seal_was_not_yet_rewritten_opens(tmp_path: Path) -> None:
    build_history(tmp_path, seed=11)
    seal = (tmp_path / "progress.json.sha1").read_bytes()
    TinyDBStore(tmp_path).close()
    (tmp_path / "progress.json.sha1").write_bytes(seal)  # a kill between the two writes
    assert contents(tmp_path)[0]


def test_a_torn_import_is_all_or_nothing(tmp_path: Path) -> None:
    rng = random.Random(12)
    pristine = tmp_path / "pristine"
    build_history(pristine, seed=12)
    store = TinyDBStore(pristine)
    before = [r.seq for r in store.reviews()]
    imported = [
        make_review(f"x:{i}", 9000 + i, None).model_copy(update={"seq": 1000 + i}) for i in range(8)
    ]
    journal_before = (pristine / "journal.jsonl").read_bytes()
    store.import_history(imported, [])
    raw = (pristine / "journal.jsonl").read_bytes()
    store.journal.close()
    store._lock.release()
    start = len(journal_before.rstrip(b"\0"))
    start = -(-start // BLOCK) * BLOCK
    end = len(raw.rstrip(b"\0"))
    partial = 0
    for trial in range(10):
        cut = start + SECTOR * rng.randrange(1, -(-(end - start) // SECTOR))
        torn = raw[:cut] + bytes(len(raw) - cut)  # the disk wrote the first sectors only
        folder = tmp_path / str(trial)
        shutil.copytree(pristine, folder)
        (folder / "journal.jsonl").write_bytes(torn)
        seqs = contents(folder)[0]
        partial += len(seqs) not in (len(before), len(before) + len(imported))
    assert partial == 0


def test_a_journal_and_checkpoint_of_the_previous_format_still_open(tmp_path: Path) -> None:
    build_history(tmp_path, seed=13)
    TinyDBStore(tmp_path).close()
    expected = contents(tmp_path)
    progress = tmp_path / "progress.json"
    data = orjson.loads(progress.read_bytes())
    for meta in data["meta"].values():
        del meta["journal"]  # written before journals had a header
    progress.write_bytes(orjson.dumps(data))
    (tmp_path / "progress.json.sha1").unlink()
    journal = tmp_path / "journal.jsonl"
    journal.write_bytes(b"")  # emptied by the previous format's checkpoint
    assert contents(tmp_path) == expected
    before = None
    lines = b""
    for seq in range(expected[0][-1] + 1, expected[0][-1] + 3):  # no header, no checksums
        review = make_review("d:new", seq, before).model_copy(update={"seq": seq})
        before = review.after
        lines += json.dumps(review_op(seq, review)).encode().ljust(BLOCK - 1) + b"\n"
    journal.write_bytes(lines.ljust(1 << 20, b"\0"))
    TinyDBStore(tmp_path).close()
    assert contents(tmp_path)[0] == [*expected[0], expected[0][-1] + 1, expected[0][-1] + 2]
    assert Journal(journal).load().head is not None  # rewritten in the current format


@pytest.mark.parametrize("older", [False, True], ids=["now", "archived by an older newsquiz"])
def test_an_import_that_keeps_its_numbers_is_not_taken_for_lost_operations(
    tmp_path: Path, older: bool
) -> None:
    store = TinyDBStore(tmp_path)
    kept = [make_review(f"d:{seq}", seq, None).model_copy(update={"seq": seq}) for seq in (5, 9)]
    store.import_history(kept, [])
    store.close()
    for day in (tmp_path / "ops").glob("*.json") if older else ():
        data = orjson.loads(day.read_bytes())
        for op in data["ops"].values():  # no checksum, no word of the skipped numbers
            op.pop("crc")
            op.pop("prev", None)
        day.write_bytes(orjson.dumps(data))
    assert contents(tmp_path)[0] == [5, 9]
    assert repair(tmp_path)[-1].startswith("all progress files are sound")


def test_a_read_only_open_racing_the_apps_write_looks_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsquiz.store import tinydb_store

    build_history(tmp_path, seed=15)
    path = tmp_path / "journal.jsonl"
    whole = path.read_bytes()
    used = len(whole.rstrip(b"\0"))
    half_written = whole[: used - 100] + bytes(len(whole) - used + 100)
    path.write_bytes(half_written)

    def the_write_completes(_: float) -> None:
        path.write_bytes(whole)

    monkeypatch.setattr(tinydb_store.time, "sleep", the_write_completes)
    store = TinyDBStore(tmp_path, readonly=True)
    assert len(store.reviews()) == len(contents(tmp_path)[0])
    store.close()
    path.write_bytes(half_written)  # no app is writing: the writer's open calls it damage
    with pytest.raises(StoreCorruptError, match="cut short inside a sector"):
        TinyDBStore(tmp_path)


def test_a_journal_cut_at_a_chunk_boundary_is_caught(tmp_path: Path) -> None:
    store = TinyDBStore(tmp_path)
    per_chunk = (1 << 20) // BLOCK
    for minute in range(per_chunk + 3):  # one line a block: the journal grows a second chunk
        store.record_review(make_review(f"d:{minute % 50}", minute, None))
    store.journal.close()
    store._lock.release()
    path = tmp_path / "journal.jsonl"
    assert path.stat().st_size == 2 << 20
    os.truncate(path, 1 << 20)
    with pytest.raises(StoreCorruptError, match="cut short"):
        TinyDBStore(tmp_path)
