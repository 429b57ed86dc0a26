"""One atomic-write implementation (issue #13, design): every file newsquiz replaces goes
through `store.atomic_write`."""

import re
from pathlib import Path

import newsquiz
from newsquiz.store.atomic_write import atomic_write_bytes

SRC = Path(newsquiz.__file__).parent


def test_no_module_renames_temp_files_itself() -> None:
    own = SRC / "store" / "atomic_write.py"
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path != own and re.search(r"os\.replace\(|mkstemp\(|os\.rename\(", path.read_text())
    ]
    assert offenders == []


def test_a_replaced_file_keeps_its_mode_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "progress.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["progress.json"]
