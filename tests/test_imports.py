"""What importing reformnlp costs: the pipeline's names load spaCy on first use only."""

from __future__ import annotations

import subprocess
import sys

import pytest

import reformnlp


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


@pytest.mark.parametrize(
    "code",
    [
        "import reformnlp",
        "import reformnlp.schema, reformnlp.writers, reformnlp.arrow, reformnlp.batch",
        "from reformnlp.cli import app",
    ],
)
def test_modules_without_a_pipeline_do_not_load_spacy(code):
    assert "spacy" not in _modules_after(code)


def test_the_pipeline_names_load_on_first_use():
    modules = _modules_after("import reformnlp\nreformnlp.load")
    assert {"spacy", "reformnlp.pipeline"} <= modules
    from reformnlp.evaluation import evaluate
    from reformnlp.pipeline import load, run
    from reformnlp.records import doc_to_record

    assert reformnlp.load is load
    assert reformnlp.run is run
    assert reformnlp.doc_to_record is doc_to_record
    assert reformnlp.evaluate is evaluate


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'lod'"):
        reformnlp.lod  # noqa: B018


def test_no_module_defines_a_name_twice():
    """A second module-level definition silently replaces the first for every use."""
    import ast
    from collections import Counter
    from pathlib import Path

    package = Path(reformnlp.__file__).parent
    twice = {}
    for path in sorted(package.rglob("*.py")):
        names: Counter[str] = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign):
                targets = [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
        repeated = sorted(name for name, count in names.items() if count > 1)
        if repeated:
            twice[str(path.relative_to(package))] = repeated
    assert twice == {}
