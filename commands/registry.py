"""Every command once: its name, its help, its argument grammar and where its `run()` lives.

The terminal's parser (cli/main.py) is generated from COMMANDS, and so are Slack's help, its App
Home and its argument parsing (bot/blocks/messages.py, bot/answers.py), from the same entries:

    for command in registry.COMMANDS.values():
        command.name, command.summary, command.usage("slack"), command.options, command.examples

A command's help is its module's docstring (house rule: one module per command, the docstring's
first sentence is its help). It is read from the source file, not by importing the module,
because `sitrep --help` must not pay for what `quote` imports (numpy, the index).

One grammar for both front ends: an option is written `--from 2016` in a terminal and
`from:2016` in Slack; the terminal understands both (`cli_argv`), and `parse_words` reads
Slack's text by the same grammar.
"""

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
JSON = Option("json", "print one JSON document", fronts=CLI)
DATE_FROM = Option("from", "earliest date (YYYY[-MM[-DD]])", "DATE", dest="date_from")
DATE_TO = Option("to", "latest date (YYYY[-MM[-DD]])", "DATE", dest="date_to")
PUBLISHED = Option(
    "published", "publication date of the input (else found in it, or left unknown)", "YYYY-MM-DD"
)

ARTICLE = Argument(
    "ARTICLE", "the article: its #id, its link or permalink, or its title", "article"
)

_LIST = [
    Command(
        "ingest",
        "commands.ingest",
        (
            Argument(
                "PATH",
                "file to ingest, or - for stdin",
                "paths",
                optional=True,
                slack_metavar="LINK_OR_TEXT",
            ),
        ),
        (
            Option("published", PUBLISHED.help, "YYYY-MM-DD"),
            Option("source", "outlet name, e.g. 'Reuters' (one word in Slack)", "NAME"),
            Option(
                "jsonl",
                'bulk: one {"title","text","published","source","url"} object per line',
                "FILE",
                fronts=CLI,
            ),
            Option(
                "workspace",
                "the Slack workspace the articles are for (needed only when the "
                "store serves several; else they are the store's own workspace's)",
                "TEAM_ID",
                fronts=CLI,
            ),
            JSON,
        ),
        (
            "ingest article.pdf page.html --source 'The Arab Weekly'",
            "ingest --jsonl archive.jsonl",
        ),
        entry_points=("ingest_paths", "ingest_jsonl", "ingest_bytes"),
        slack_examples=("ingest published:2017-08-07 source:Reuters https://example.com/raqqa",),
    ),
    Command(
        "quote",
        "commands.quote",
        (Argument("WORDS", "words to look for; quote a phrase", "words"),),
        (Option("limit", "how many passages (default 5)", "N", int, 5), JSON),
        ("quote booby-trapped buildings", 'quote "no picnic" Raqqa'),
    ),
    Command(
        "actor",
        "commands.actor",
        (Argument("NAME", "any name, alias or spelling", "name"),),
        (Option("all", "every relation, not only the strongest few", fronts=CLI), JSON),
        ("actor SDF", "actor Daesh"),
    ),
    Command(
        "timeline",
        "commands.timeline",
        (Argument("SUBJECT", "a place, an actor or a keyword", "subject"),),
        (
            DATE_FROM,
            DATE_TO,
            Option("limit", "keep the N most salient dates", "N", int, None),
            JSON,
        ),
        ("timeline Raqqa", "timeline Manbij --from 2016 --to 2016-12"),
    ),
    Command(
        "dates",
        "commands.dates",
        (Argument("PATH", "file, or - for stdin", "path", many=False, slack_metavar="TEXT"),),
        (Option("published", "publication date to resolve against", "YYYY-MM-DD"), JSON),
        ("dates article.txt --published 2016-08-20",),
        slack_examples=("dates The talks resumed last Tuesday published:2017-08-07",),
    ),
    Command(
        "export",
        "commands.export",
        (),
        (JSON,),
        ("export --json > everything.json",),
        fronts=CLI,
    ),
    Command("stats", "commands.stats", (), (JSON,), ("stats",)),
    Command(
        "forget",
        "commands.forget",
        (ARTICLE,),
        (JSON,),
        ("forget #42", "forget Fighting resumes in Raqqa"),
    ),
    Command(
        "edit",
        "commands.edit",
        (ARTICLE,),
        (
            Option("title", "the corrected title", "TITLE", fronts=CLI),
            Option("source", "the corrected outlet ('' to clear it)", "NAME", fronts=CLI),
            Option("published", "the corrected publication date", "YYYY-MM-DD", fronts=CLI),
            JSON,
        ),
        ("edit #42 --published 2017-08-07 --source Reuters",),
        fronts=CLI,  # in Slack, the Edit button of an ingest confirmation opens a form
    ),
    Command(
        "corrections",
        "commands.corrections",
        (),
        (Option("limit", "how many, latest first (default 50)", "N", int, 50), JSON),
        ("corrections",),
    ),
    Command(
        "feedback",
        "commands.feedback",
        (),
        (
            Option("restore", "take feedback ID back: the entry shows again", "ID", int),
            Option("all", "also feedback that was taken back", fronts=CLI),
            JSON,
        ),
        ("feedback", "feedback --restore 7"),
    ),
    Command(
        "answers",
        None,
        (Argument("public|private", "the channel's choice", "choice", many=False, optional=True),),
        examples=("answers public",),
        fronts=SLACK,
        help_text="Whether this channel's answers are posted for all, or first shown to the "
        "asker with a Share to channel button.",
    ),
    Command(
        "autoingest",
        None,
        (Argument("on|off", "the channel's choice", "choice", many=False, optional=True),),
        examples=("autoingest on",),
        fronts=SLACK,
        help_text="Whether articles posted in this channel are added without a command (off by "
        "default); progress shows as a reaction on the post.",
    ),
    Command(
        "backup",
        None,
        (Argument("PATH", "the file to write the copy to", "path", many=False),),
        examples=("backup sitrep-2017-08-07.db",),
        fronts=CLI,
        help_text="Copy the store to PATH, consistent while the bot and ingests go on writing.",
    ),
    Command(
        "restore",
        None,
        (Argument("PATH", "a backup made by `sitrep backup`", "path", many=False),),
        examples=("restore sitrep-2017-08-07.db",),
        fronts=CLI,
        help_text="Put a backup in the store's place; the store it replaces is kept beside it.",
    ),
    Command(
        "check",
        None,
        examples=("check",),
        fronts=CLI,
        help_text="Check the store's integrity, links and search-index counts, and whether "
        "messages for Slack are stuck in its outbox; say in plain words what is wrong.",
    ),
    Command(
        "serve",
        None,
        options=(
            Option(
                "host",
                "HTTP mode: address to listen on (default 127.0.0.1)",
                "HOST",
                default="127.0.0.1",
                fronts=CLI,
            ),
            Option(
                "port",
                "HTTP mode: port to listen on, 0 for any free port (default 3000)",
                "PORT",
                int,
                3000,
                fronts=CLI,
            ),
        ),
        examples=("serve",),
        fronts=CLI,
        help_text="Run the Slack bot (Socket Mode if SLACK_APP_TOKEN is set, else HTTP).",
    ),
]

COMMANDS: dict[str, Command] = {c.name: c for c in _LIST}


def for_front(front: str) -> list[Command]:
    return [c for c in _LIST if front in c.fronts]


# ---------------------------------------------------------------- one grammar, two spellings


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


def parse_words(name: str, text: str) -> Parsed:
    """A command's text as typed in Slack or a shell line: `Raqqa from:2017-06 --to 2017-09`
    -> words "Raqqa" and {"date_from": "2017-06", "date_to": "2017-09"}. Values are converted
    with the option's type (a bad number is a GrammarError); dates are checked by the command."""
    command = COMMANDS[name]
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


def cli_argv(argv: list[str]) -> list[str]:
    """Terminal arguments with Slack's `name:VALUE` options respelled `--name VALUE`, for the
    command named in argv (`timeline Raqqa from:2016` = `timeline Raqqa --from 2016`)."""
    at = next(
        (
            i
            for i, word in enumerate(argv)
            if word in COMMANDS and (i == 0 or argv[i - 1] != "--db")
        ),
        None,
    )
    if at is None:
        return argv
    names = {o.name.lower() for o in COMMANDS[argv[at]].options if o.metavar is not None}
    out = argv[: at + 1]
    for word in argv[at + 1 :]:
        head, colon, value = word.partition(":")
        if colon and value and head.lower() in names:
            out += [f"--{head.lower()}", value]
        else:
            out.append(word)
    return out
