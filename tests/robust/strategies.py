"""Hypothesis strategies for text that looks like news, text that looks like nothing, and
everything between: any code point (lone surrogates, controls, private use), news words, dates,
names, line breaks, markup and the invisible characters copy-paste brings along."""

from __future__ import annotations

from hypothesis import strategies as st

PIECES = [
    "Raqqa", "Mosul", "the SDF", "Syrian Democratic Forces", "Islamic State", "Erdoğan", "YPG",
    "said", "on", "the", "of", "in", "last week", "last month", "yesterday", "on Tuesday",
    "17 October 2017", "Oct. 17", "2017-10-17", "1/2/2017", "Q3 2017", "the 1990s", "spring",
    "By Dana Haddad", "Reuters", "(AP) —", "Photo: AFP", "Advertisement", "Share this",
    ".", ",", ";", ":", "?", "!", "\"", "“", "”", "'", "’", "(", ")", "-", "–", "—", "…",
    " ", " ", "  ", "\t", "\n", "\n\n", "\n\n\n", "\r\n", "\u2028", "\x85", "\x0c",
    "\u00ad", "\u200b", "\ufeff", "\u00a0", "\x00", "\ud800", "\udfff", "\U0001f600",
    "ﬁ", "İ", "ß", "Σ", "ǅ", "日本", "العربية", "עברית", "हिन्दी", "e\u0301", "x" * 300,
    "<p>", "</p>", "<script>", "&amp;", "<@U123>", "<!channel>", "*bold*", "`code`",
    "- ", "1. ", "# ", "> ", "https://example.org/a?b=c",
]

any_text = st.text(alphabet=st.characters(codec=None, categories=None), max_size=400)
news_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)),
                     max_size=120).map(" ".join)
texts = st.one_of(any_text, news_text, news_text.map(lambda t: t.replace(" ", "")))
published = st.one_of(st.none(), st.sampled_from(["2017", "2017-08", "2017-08-07", "1999-12-31"]),
                      st.dates().map(lambda d: d.isoformat()))
