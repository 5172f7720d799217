"""The grammar of a command, the same for both front ends: its positional arguments, its
options (`--from 2016` in a terminal, `from:2016` in Slack), its help read from its module's
docstring, and the reading of a line of words by that grammar. The commands themselves are
listed in commands/registry.py."""

from __future__ import annotations

import os
import re
from collections import namedtuple

# Plain classes, not dataclasses: `sitrep --help` imports this module, and dataclasses (with
# inspect and typing) cost it a third of Python's own start-up time.

HERE = os.path.dirname(os.path.abspath(__file__))
_DOCSTRING = re.compile(r'\A\s*(?:#[^\n]*\n\s*)*[rRuU]?"""(.*?)"""', re.DOTALL)
BOTH = frozenset({"cli", "slack"})  # the front ends: "cli" (a terminal) and "slack"


class Argument:
    """A positional argument: the words after the command name."""

    __slots__ = ("metavar", "help", "dest", "many", "optional", "slack_metavar")

    def __init__(
        self,
        metavar: str,
        help: str,
        dest: str,
        many: bool = True,
        optional: bool = False,
        slack_metavar: str | None = None,
    ) -> None:
        self.metavar, self.help, self.dest = metavar, help, dest
        self.many = many  # one or more words (joined with spaces by the commands)
        self.optional = optional
        # What Slack takes instead, where it differs (a file in a terminal, text in Slack).
        self.slack_metavar = slack_metavar


class Option:
    """`--name VALUE` in a terminal, `name:VALUE` in Slack; a flag when metavar is None."""

    __slots__ = ("name", "help", "metavar", "type", "default", "dest", "fronts")

    def __init__(
        self,
        name: str,
        help: str,
        metavar: str | None = None,
        type: type = str,
        default: object = None,
        dest: str | None = None,
        fronts: frozenset[str] = BOTH,
    ) -> None:
        self.name, self.help, self.metavar, self.type = name, help, metavar, type
        self.default, self.dest, self.fronts = default, dest, fronts

    @property
    def key(self) -> str:
        """The name of the value once parsed (`--from` -> date_from)."""
        return self.dest or self.name.replace("-", "_")


class Command:
    __slots__ = (
        "name",
        "module",
        "arguments",
        "options",
        "examples",
        "fronts",
        "help_text",
        "entry_points",
        "slack_examples",
        "_description",
    )

    def __init__(
        self,
        name: str,
        module: str | None,
        arguments: tuple[Argument, ...] = (),
        options: tuple[Option, ...] = (),
        examples: tuple[str, ...] = (),
        fronts: frozenset[str] = BOTH,
        help_text: str | None = None,
        entry_points: tuple[str, ...] = ("run",),
        slack_examples: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.module = module  # the module with run(); None for a front end's own command
        self.arguments, self.options, self.examples = arguments, options, examples
        self.fronts = fronts
        self.help_text = help_text  # only for commands without a module
        # The module's entry points: run(), except where a command takes several kinds of input.
        self.entry_points = entry_points
        # Examples as typed in Slack, where the terminal's would not do (a file, a shell pipe).
        self.slack_examples = slack_examples
        self._description: str | None = None

    @property
    def description(self) -> str:
        """The module's docstring, one line per paragraph; the help of a module-less command."""
        if self._description is None:
            self._description = self._read_description()
        return self._description

    def _read_description(self) -> str:
        if self.module is None:
            return self.help_text or ""
        path = os.path.join(os.path.dirname(HERE), *self.module.split(".")) + ".py"
        with open(path, encoding="utf-8") as handle:
            found = _DOCSTRING.match(handle.read(8192))
        if not found:
            return ""
        paragraphs = [" ".join(p.split()) for p in found.group(1).strip().split("\n\n")]
        return "\n\n".join(p for p in paragraphs if p)

    @property
    def summary(self) -> str:
        """One line: the docstring's first sentence, up to its colon ("An actor's profile with
        evidence: names, ..." -> "An actor's profile with evidence")."""
        first = re.split(r"(?<=\.)\s", self.description.split("\n\n")[0], maxsplit=1)[0]
        return first.split(": ")[0].rstrip(".")

    def options_for(self, front: str) -> tuple[Option, ...]:
        return tuple(o for o in self.options if front in o.fronts)

    def usage(self, front: str = "cli") -> str:
        """`timeline SUBJECT... [--from DATE] ...` or `/timeline SUBJECT... [from:DATE] ...`."""
        words = [self.name if front == "cli" else f"/{self.name}"]
        for argument in self.arguments:
            metavar = (front == "slack" and argument.slack_metavar) or argument.metavar
            shown = metavar + ("..." if argument.many else "")
            words.append(f"[{shown}]" if argument.optional else shown)
        for option in self.options_for(front):
            if option.metavar is None:
                words.append(f"[--{option.name}]")
            elif front == "cli":
                words.append(f"[--{option.name} {option.metavar}]")
            else:
                words.append(f"[{option.name}:{option.metavar}]")
        return " ".join(words)


CLI = frozenset({"cli"})
SLACK = frozenset({"slack"})


# words: the text without its options; options: option key -> converted value
Parsed = namedtuple("Parsed", "words options")


class GrammarError(ValueError):
    """What is wrong with the arguments, in one line."""


def _option_pattern(command: Command) -> re.Pattern[str] | None:
    valued = [re.escape(o.name) for o in command.options if o.metavar is not None]
    if not valued:
        return None
    names = "|".join(valued)
    # Slack's spelling takes `from:2016` and, as the bot always has, `from=2016`.
    return re.compile(
        rf"(?:(?<=\s)|^)(?:--({names})(?:=|\s+)|({names})[:=]\s*)(\S+)", re.IGNORECASE
    )


def parse_command(command: Command, text: str) -> Parsed:
    """A command's text as typed in Slack or a shell line: `Raqqa from:2017-06 --to 2017-09`
    -> words "Raqqa" and {"date_from": "2017-06", "date_to": "2017-09"}. Values are converted
    with the option's type (a bad number is a GrammarError); dates are checked by the command."""
    by_name = {o.name.lower(): o for o in command.options}
    options: dict[str, object] = {}
    pattern = _option_pattern(command)
    if pattern is None:
        return Parsed(" ".join(text.split()), {})
    for match in pattern.finditer(text):
        option = by_name[(match.group(1) or match.group(2)).lower()]
        raw = match.group(3)
        try:
            options[option.key] = option.type(raw)
        except ValueError:
            raise GrammarError(f"{option.name}: not a valid {option.metavar}: {raw!r}") from None
    return Parsed(" ".join(pattern.sub(" ", text).split()), options)
