"""Block Kit rendering, in four modules: kit.py (limits, escaping, building blocks),
paging.py (items, pages and their buttons), renderers.py (the three answers) and messages.py
(help, statistics, App Home, ingest confirmations). Everything is reachable as `blocks.NAME`."""

from bot.blocks.kit import *  # noqa: F403
from bot.blocks.messages import *  # noqa: F403
from bot.blocks.paging import *  # noqa: F403
from bot.blocks.renderers import *  # noqa: F403
