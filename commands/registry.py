"""Every command once: its name, its help, its argument grammar and where its `run()` lives.

The terminal's parser (cli/main.py) is generated from COMMANDS, and so are Slack's help, its App
Home and its argument parsing (bot/blocks/messages.py, bot/answers.py), from the same entries:

    for command in registry.COMMANDS.values():
        command.name, command.summary, command.usage("slack"), command.options, command.examples

A command's help is its module's docstring (house rule: one module per command, the docstring's
first sentence is its help). It is read from the source file, not by importing the module,
because `sitrep --help` must not pay for what `quote` imports (numpy, the index).

The grammar (options, arguments, help from docstrings) is commands/grammar.py.

One grammar for both front ends: an option is written `--from 2016` in a terminal and
`from:2016` in Slack; the terminal understands both (`cli_argv`), and `parse_words` reads
Slack's text by the same grammar.
"""

from __future__ import annotations

from commands.grammar import (
    BOTH,
    CLI,
    SLACK,
    Argument,
    Command,
    GrammarError,
    Option,
    Parsed,
    parse_command,
)

__all__ = ["BOTH", "COMMANDS", "Argument", "Command", "GrammarError", "Option", "Parsed"]

JSON = Option("json", "print one JSON document", fronts=CLI)
# watch and unwatch from a terminal name the channel's workspace, as Slack's request does
CHANNEL_WORKSPACE = Option(
    "workspace",
    "the channel's workspace (needed only when the store serves several)",
    "TEAM_ID",
    fronts=CLI,
)
DATE_FROM = Option("from", "earliest date (YYYY[-MM[-DD]])", "DATE", dest="date_from")
DATE_TO = Option("to", "latest date (YYYY[-MM[-DD]])", "DATE", dest="date_to")
EXPORT = Option(
    "export", "a cited file instead of the answer: csv or md (commands/cited_export.py)", "FORMAT"
)
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
        (Option("limit", "how many passages (default 5)", "N", int, 5), EXPORT, JSON),
        ("quote booby-trapped buildings", 'quote "no picnic" Raqqa'),
    ),
    Command(
        "actor",
        "commands.actor",
        (Argument("NAME", "any name, alias or spelling", "name"),),
        (
            Option("all", "every relation, not only the strongest few", fronts=CLI),
            Option("why", "with a curation: the reason for it", "TEXT", fronts=CLI),
            Option(
                "sentence", "with a curation: the sentence that prompted it", "TEXT", fronts=CLI
            ),
            EXPORT,
            JSON,
        ),
        (
            "actor SDF",
            "actor Daesh",
            "actor Daesh same-as ISIS",
            'actor "Abu Bakr" not-same-as "Abu Bakr al-Baghdadi"',
            'actor SDF rename "Syrian Democratic Forces"',
        ),
    ),
    Command(
        "curation",
        "commands.curation",
        (
            Argument(
                "ACTION",
                "nothing to list the curations; `undo ID` to undo one",
                "action",
                optional=True,
            ),
        ),
        (JSON,),
        ("curation", "curation undo 3"),
        fronts=CLI,
        entry_points=("run", "undo", "make"),
    ),
    Command(
        "timeline",
        "commands.timeline",
        (Argument("SUBJECT", "a place, an actor or a keyword", "subject"),),
        (
            DATE_FROM,
            DATE_TO,
            Option("limit", "keep the N most salient dates", "N", int, None),
            EXPORT,
            JSON,
        ),
        (
            "timeline Raqqa",
            "timeline Manbij --from 2016 --to 2016-12",
            "timeline Raqqa --export csv > raqqa.csv",
        ),
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
        # In Slack, a file of the articles the conversation may see (bot/store_export.py).
        slack_examples=("export",),
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
        "brief",
        "commands.briefing",
        (Argument("SUBJECT", "a place or an actor", "subject"),),
        (
            Option(
                "since",
                "the first day: YYYY-MM-DD, today, yesterday, a weekday, 3d, 2w (default "
                "yesterday)",
                "WHEN",
            ),
            Option("until", "the last day, YYYY-MM-DD (default today)", "DAY"),
            JSON,
        ),
        ("brief Raqqa --since monday", "brief SDF --since 2017-06-05 --until 2017-06-11"),
        slack_examples=("brief Raqqa since:monday",),
    ),
    Command(
        "watch",
        "commands.watch",
        (Argument("SUBJECT", "a place or an actor; nothing to list", "subject", optional=True),),
        (
            Option("at", "the daily briefing's time, HH:MM (default 08:00)", "HH:MM"),
            Option("tz", "the time zone of --at, e.g. Asia/Beirut (default UTC)", "ZONE"),
            Option("list", "list the watches", fronts=CLI),
            Option("channel", "the Slack channel that gets the briefings", "CHANNEL", fronts=CLI),
            CHANNEL_WORKSPACE,
            JSON,
        ),
        ("watch --list", "watch Raqqa --channel C0123456 --at 07:30 --tz Asia/Beirut"),
        slack_examples=("watch Raqqa at:08:00 tz:Asia/Beirut", "watch"),
        entry_points=("run", "listing"),
    ),
    Command(
        "unwatch",
        "commands.unwatch",
        (Argument("SUBJECT", "the watched place or actor", "subject"),),
        (
            Option("channel", "the Slack channel", "CHANNEL", fronts=CLI),
            CHANNEL_WORKSPACE,
            JSON,
        ),
        ("unwatch Raqqa --channel C0123456",),
        slack_examples=("unwatch Raqqa",),
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
        "reindex",
        "commands.reindex",
        (),
        (
            Option("all", "redo every article, not only those an older version made", fronts=CLI),
            Option("dry-run", "say how many articles would be redone; change nothing", fronts=CLI),
            Option("quiet", "no progress line, only the summary", fronts=CLI),
            Option(
                "batch",
                "the most articles one transaction holds (default 200; each is sized to "
                "about a second of writing, and holds at least 20)",
                "N",
                int,
                200,
                fronts=CLI,
            ),
            JSON,
        ),
        ("reindex", "reindex --dry-run", "reindex --all"),
        fronts=CLI,
    ),
    Command(
        "shell",
        None,
        examples=("shell", "shell < questions.txt"),
        fronts=CLI,
        help_text="Ask many questions in one warm process: each line is a command, as after "
        "`sitrep`.",
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


def parse_words(name: str, text: str) -> Parsed:
    """The text of command `name` read by its grammar (commands/grammar.parse_command)."""
    return parse_command(COMMANDS[name], text)


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
