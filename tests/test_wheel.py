"""The pattern files ship inside the wheel: install it into a fresh environment and use it."""

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHECK = """
import pathlib, sys
import reformnlp
from reformnlp.patterns import load_patterns
assert pathlib.Path(reformnlp.__file__).is_relative_to(pathlib.Path(sys.prefix)), reformnlp.__file__
patterns = load_patterns()
assert len(patterns.provinces) == 63, len(patterns.provinces)
record = reformnlp.extract("Minister of Home Affairs Pham Thi Thanh Tra visited Ha Tinh.")
assert [p.code for p in record.provinces] == ["VN-23"], record
assert [o.name for o in record.officials] == ["Pham Thi Thanh Tra"], record
print("ok", len(patterns.bodies))
"""


def test_wheel_ships_patterns_and_works_in_a_fresh_environment(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
    )
    (wheel,) = wheels.glob("reformnlp-*.whl")
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True)
    # Dependencies come from this environment's site-packages, the package from the wheel.
    env = {**os.environ, "PYTHONPATH": sysconfig.get_paths()["purelib"]}
    result = subprocess.run(
        [str(python), "-c", CHECK], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")
