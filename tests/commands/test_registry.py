"""The command registry: every command has help, a grammar and a home, and both front ends
read the same entries."""

import ast
import importlib
import inspect
import re

import pytest

from commands import registry
from commands.registry import COMMANDS, GrammarError, cli_argv, parse_words
from tests.conftest import ROOT


def test_every_command_has_help_usage_and_an_example():
    for command in COMMANDS.values():
        assert len(command.summary) > 15, command.name
        assert "\n" not in command.summary
        assert command.usage("cli").startswith(command.name)
        assert command.examples, command.name
        for option in command.options:
            assert option.help, f"{command.name} --{option.name}"
        for argument in command.arguments:
            assert argument.help, f"{command.name} {argument.metavar}"


@pytest.mark.parametrize("name", [n for n, c in COMMANDS.items() if c.module])
def test_help_is_the_first_sentence_of_the_module_docstring(name):
    command = COMMANDS[name]
    module = importlib.import_module(command.module)
    for entry in command.entry_points:
        assert callable(getattr(module, entry, None)), f"{command.module} has no {entry}()"
    docstring = " ".join(inspect.getdoc(module).split("\n\n")[0].split())
    assert docstring.startswith(command.summary)
    assert command.description.startswith(docstring)


def test_commands_do_not_import_commands():
    """Shared logic lives in helper modules (subjects, citations, ...), never in a command."""
    modules = {c.module for c in COMMANDS.values() if c.module}
    for module in modules:
        tree = ast.parse((ROOT / (module.replace(".", "/") + ".py")).read_text())
        imported = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
                imported.update(f"{node.module}.{a.name}" for a in node.names)
            elif isinstance(node, ast.Import):
                imported.update(a.name for a in node.names)
        assert not (imported & (modules - {module})), f"{module} imports {imported & modules}"


def test_slack_commands_are_in_the_manifest():
    slash = set(re.findall(r"- command: (/\w+)", (ROOT / "manifest.yml").read_text()))
    from bot.answers import SUBCOMMANDS

    for command in registry.for_front("slack"):
        assert f"/{command.name}" in slash or command.name in SUBCOMMANDS, command.name


def test_usage_in_each_front_ends_spelling():
    timeline = COMMANDS["timeline"]
    assert timeline.usage("cli") == (
        "timeline SUBJECT... [--from DATE] [--to DATE] [--limit N] [--export FORMAT] [--json]"
    )
    assert timeline.usage("slack") == (
        "/timeline SUBJECT... [from:DATE] [to:DATE] [limit:N] [export:FORMAT]"
    )


def test_one_grammar_two_spellings():
    assert parse_words("timeline", "Raqqa from:2017-06 --to 2017-09") == registry.Parsed(
        "Raqqa", {"date_from": "2017-06", "date_to": "2017-09"}
    )
    assert parse_words("timeline", "Deir ez-Zor --from=2016 LIMIT: 3") == registry.Parsed(
        "Deir ez-Zor", {"date_from": "2016", "limit": 3}
    )
    assert parse_words("actor", "Zorvanian Guard from:2016").words == "Zorvanian Guard from:2016"
    assert parse_words("quote", '"no picnic" Raqqa').words == '"no picnic" Raqqa'
    with pytest.raises(GrammarError, match="limit"):
        parse_words("quote", "Raqqa limit:many")


def test_terminal_arguments_accept_the_slack_spelling():
    assert cli_argv(["--db", "x.db", "timeline", "Raqqa", "from:2016", "to:2017-02"]) == [
        "--db",
        "x.db",
        "timeline",
        "Raqqa",
        "--from",
        "2016",
        "--to",
        "2017-02",
    ]
    assert cli_argv(["quote", "from:2016"]) == ["quote", "from:2016"]  # quote has no --from
