"""The same commands in both front ends, from the one registry: every command the registry
gives the terminal has a handler there, every one it gives Slack is answered there, and a
command kept to one front end says why."""

from __future__ import annotations

import shlex

from bot import answers, blocks
from bot.listeners import commands as slack_commands
from cli.main import HANDLERS, build_parser
from commands import registry

# Kept to one front end on purpose, and why.
ONE_FRONT = {
    "backup": "copies the server's store file: an operator's job, on the server",
    "restore": "replaces the server's store file",
    "check": "reads the whole store file",
    "reindex": "rewrites the whole store: an operator's job, on the server, after an upgrade",
    "serve": "runs the bot itself",
    "shell": "a terminal's warm process for many questions: a Slack channel is one already",
    "edit": "Slack edits through the Edit button's form under an ingest confirmation",
    "answers": "a Slack channel's own setting",
    "curation": "Slack lists and undoes curations as /actor curations and /actor undo N",
    "autoingest": "a Slack channel's own setting",
}


def test_every_command_is_in_both_front_ends_or_says_why() -> None:
    for command in registry.COMMANDS.values():
        if command.fronts != registry.BOTH:
            assert command.name in ONE_FRONT, f"{command.name} is in one front end only"
        else:
            assert command.name not in ONE_FRONT, f"{command.name} is in both now"


def test_the_terminal_handles_what_the_registry_gives_it() -> None:
    cli = {c.name for c in registry.for_front("cli")}
    assert set(HANDLERS) == cli
    parser = build_parser()
    for name in cli:  # each parses its own example
        example = shlex.split(registry.COMMANDS[name].examples[0])
        if ">" not in example:
            parser.parse_args(registry.cli_argv(example))


def test_slack_answers_what_the_registry_gives_it() -> None:
    slack = {c.name for c in registry.for_front("slack")}
    own = set(slack_commands.ANSWERERS)
    assert own == set(blocks.OWN_SLASH) <= slack
    assert set(slack_commands.SUBCOMMANDS) == slack - own
    assert set(answers.SUBCOMMANDS) == (slack - own) | {"help"}


def test_help_and_home_list_every_slack_command_in_its_slack_spelling() -> None:
    help_text = blocks.help_text()
    home = "\n".join(b["text"]["text"] for b in blocks.home_view({}, [])["blocks"] if "text" in b)
    for command in registry.for_front("slack"):
        usage = blocks.slack_usage(command)
        assert f"`{usage}`" in help_text and f"`{usage}`" in home, usage
        assert "--" not in usage  # Slack's spelling: from:2016, not --from 2016
