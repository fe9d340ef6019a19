"""The GitHub Action in action.yml: read with a YAML parser, its steps checked, and the script
of its check step run as the runner would run it on a copy of the newsroom fixture.

The install step (pip installing the action's own checkout) is not run here: it builds the
package. The check step is given a ``quoteverify`` command that runs this source tree.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import NEWSROOM, ROOT

ACTION = ROOT / "action.yml"


def action() -> dict[str, Any]:
    loaded = yaml.safe_load(ACTION.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def step(name_or_id: str) -> dict[str, Any]:
    steps = action()["runs"]["steps"]
    found = [s for s in steps if name_or_id in (s.get("id"), s.get("uses", "").split("@")[0])]
    assert len(found) == 1, name_or_id
    return found[0]


def evaluate(value: str, inputs: dict[str, str], steps: dict[str, str]) -> str:
    """``${{ inputs.NAME }}`` and ``${{ steps.ID.outputs.NAME }}`` replaced, as the runner
    does; any other expression fails the test (this evaluator knows no more)."""

    def replace(found: re.Match[str]) -> str:
        expression = found.group(1).strip()
        if expression.startswith("inputs."):
            return inputs[expression.removeprefix("inputs.")]
        if expression.startswith("steps."):
            return steps[expression.removeprefix("steps.")]
        raise AssertionError(f"unknown expression {expression!r}")

    return re.sub(r"\$\{\{(.*?)\}\}", replace, value)


def test_the_action_is_composite_with_the_documented_inputs() -> None:
    loaded = action()
    assert loaded["runs"]["using"] == "composite"
    assert {"drafts", "sources", "args", "sarif-file", "upload-sarif"} <= set(loaded["inputs"])
    assert loaded["inputs"]["drafts"]["required"] is True
    # Python is set up only when the runner has none recent enough
    assert step("actions/setup-python")["if"] == "steps.python.outputs.found != 'true'"
    # the action installs its own checkout, so a tag of the action is a version of the tool
    install = step("install")
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    assert 'pip install --quiet --disable-pip-version-check "$ACTION_PATH"' in install["run"]
    upload = step("github/codeql-action/upload-sarif")
    assert upload["if"].startswith("always() && ")  # also when the check failed the step
    assert upload["with"]["category"] == "quoteverify"


def test_no_input_is_written_into_a_script() -> None:
    # ${{ inputs.x }} inside run: would be pasted into the script before bash reads it: a
    # pattern of drafts could run a command. Inputs go in through env: only.
    for each in action()["runs"]["steps"]:
        assert "${{" not in each.get("run", ""), each.get("name")


@pytest.mark.parametrize(
    ("drafts", "sources", "args"),
    [
        ("drafts/*.md", "", ""),  # the sources from the draft's front matter
        ("drafts/**/*.md", "sources", "--strict --min-words 4"),
    ],
)
def test_the_check_step_writes_sarif_and_annotations(
    tmp_path: Path, drafts: str, sources: str, args: str
) -> None:
    repo = tmp_path / "newsroom"
    shutil.copytree(NEWSROOM, repo)
    command = tmp_path / "bin" / "quoteverify"  # what the install step leaves
    command.parent.mkdir()
    command.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m quoteverify "$@"\n')
    command.chmod(0o755)
    outputs = tmp_path / "github-output"
    outputs.touch()
    inputs = {
        name: str(spec.get("default", "")) for name, spec in action()["inputs"].items()
    } | {"drafts": drafts, "sources": sources, "args": args}
    check = step("check")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("GITHUB_STEP_SUMMARY", "FORCE_COLOR", "CLICOLOR_FORCE", "NO_COLOR")
    }
    env |= {
        "GITHUB_ACTIONS": "true",
        "GITHUB_OUTPUT": str(outputs),
        "PYTHONPATH": str(ROOT),
    }
    env |= {
        key: evaluate(value, inputs, {"install.outputs.command": str(command)})
        for key, value in check["env"].items()
    }
    assert check["shell"] == "bash"
    done = subprocess.run(
        ["bash", "-e", "-c", check["run"]],  # as the runner runs a bash step
        cwd=repo / evaluate(check["working-directory"], inputs, {}),
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1, done.stderr  # the fixture has errors: the step fails
    assert done.stderr == ""
    sarif = json.loads((repo / inputs["sarif-file"]).read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"altered", "misattributed", "uncorroborated"}
    assert {
        location["physicalLocation"]["artifactLocation"]["uri"]
        for r in results
        for location in r["locations"]
    } == {"drafts/harbour.md"}
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert sum(line.startswith("::error file=drafts/harbour.md,") for line in annotations) >= 2
    written = outputs.read_text(encoding="utf-8").split()
    assert "exit-code=1" in written and "sarif-written=true" in written


def test_an_input_error_leaves_no_sarif_to_upload(tmp_path: Path) -> None:
    repo = tmp_path / "newsroom"
    shutil.copytree(NEWSROOM, repo)
    outputs = tmp_path / "github-output"
    outputs.touch()
    (repo / "quoteverify.sarif").write_text("{}")  # left over from before
    env = dict(os.environ, GITHUB_OUTPUT=str(outputs), PYTHONPATH=str(ROOT))
    env |= {
        "QUOTEVERIFY": str(Path(sys.executable)),
        "DRAFTS": "drafts/missing.md",
        "SOURCES": "",
        "ARGS": "",
        "SARIF_FILE": "quoteverify.sarif",
    }
    env.pop("GITHUB_STEP_SUMMARY", None)
    # "$QUOTEVERIFY" check ... as "python check ...": run the module through -m instead
    script = step("check")["run"].replace('"$QUOTEVERIFY"', '"$QUOTEVERIFY" -m quoteverify')
    done = subprocess.run(
        ["bash", "-e", "-c", script], cwd=repo, env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "drafts/missing.md" in done.stderr and done.stderr.count("\n") == 1  # shown once
    assert not (repo / "quoteverify.sarif").exists()
    assert outputs.read_text(encoding="utf-8").split() == ["exit-code=2"]


def test_the_documented_workflow_uses_the_action_with_its_inputs() -> None:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- ci-example: github-action -->\s*\n```yaml\n(.*?)\n```", text, re.S)
    assert found, "docs/ci.md has no github-action example"
    workflow = yaml.safe_load(found.group(1))
    (job,) = workflow["jobs"].values()
    assert job["permissions"]["security-events"] == "write"  # for the SARIF upload
    (used,) = [s for s in job["steps"] if s.get("uses", "").startswith("EXAMPLE/quoteverify@")]
    assert set(used["with"]) <= set(action()["inputs"])
    assert "drafts" in used["with"]
    table = re.search(r"\n((?:\|.*\n)+)", text[found.end() :])  # the table after it
    assert table
    documented = set(re.findall(r"^\| `([\w-]+)` \|", table.group(1), re.M))
    assert documented == set(action()["inputs"])  # the inputs table lists every input
