"""A date after its page that a forecast guesses at ("will likely continue at a planned Thursday
briefing", "voters on Sunday expected to keep the party in office"): written from the dev
failures of the unseen sets (bench/timeline_audit.json, Ban Ki-moon and Recep Tayyip Erdoğan),
on invented names."""

from commands.timeline_entries import representative
from commands.timeline_reports import a_forecast, a_plan, entry_sections
from store.events import EventRow

PAGE = "2011-08-28"  # a Sunday


def dated(id, text, said, date, how="relative"):
    return EventRow(id, id, None, 0, len(text), date, "day", how, date, text, said)


FORECASTS = [
    dated(1, "Talks will likely continue at a planned Monday briefing by Orvel Tamsin.", "Monday",
          "2011-08-29"),
    dated(2, "With voters on Sunday expected to keep Orvel Tamsin's party in office, critics "
          "worry less.", "Sunday", "2011-09-04"),
    dated(3, "Orvel Tamsin will probably win the vote in Sabrin on Thursday.", "Thursday",
          "2011-09-01"),
    dated(4, "More protests against Orvel Tamsin are expected Friday in Sabrin.", "Friday",
          "2011-09-02"),
]  # fmt: skip


def test_a_date_after_its_page_a_forecast_guesses_at_is_no_entry_of_any_subject():
    for e in FORECASTS:
        assert a_forecast(e, PAGE), e.text
        # neither an actor's (a plan is told last, a forecast not at all) nor a place's
        assert representative([e], {}, published=lambda _: PAGE) is None, e.text
        assert representative([e], {}, ("Sabrin",), published=lambda _: PAGE) is None, e.text
        happened = dated(9, "Orvel Tamsin spoke in Sabrin on the day.", "on the day", e.date or "")
        assert representative([e, happened], {}, published=lambda _: PAGE) == happened, e.text


def test_a_plan_a_past_day_and_a_forecast_on_or_before_its_page_stay():
    stays = [
        # a plan without a forecast's word: an actor's, told last (a_plan)
        dated(5, "Orvel Tamsin will travel to Sabrin on Monday.", "on Monday", "2011-08-29"),
        # "expected to" before the date says a plan (intention verbs), not a forecast
        dated(6, "Orvel Tamsin is expected to visit Sabrin on Monday.", "on Monday", "2011-08-29"),
        # the forecast's clause ends before the date
        dated(7, "The talks will likely fail, Orvel Tamsin said on Monday.", "on Monday",
              "2011-08-29"),
        # a word of forecast after the date but not the date's: "and is then expected"
        dated(8, "Orvel Tamsin has talks in Sabrin on Monday and is then expected to fly home.",
              "on Monday", "2011-08-29"),
    ]  # fmt: skip
    for e in stays:
        assert not a_forecast(e, PAGE), e.text
    assert a_plan(stays[0], PAGE) and a_plan(stays[1], PAGE)
    assert representative([stays[0]], {}, published=lambda _: PAGE) == stays[0]
    for e in stays[2:]:
        assert representative([e], {}, published=lambda _: PAGE) == e, e.text
    past = [
        # a forecast that was said and passed: its day on or before the page
        dated(10, "Orvel Tamsin was expected to win the vote in Sabrin on Sunday, and did.",
              "on Sunday", PAGE),
        dated(11, "Voters on Friday expected to keep Orvel Tamsin in office, and they did.",
              "on Friday", "2011-08-26"),
    ]  # fmt: skip
    for e in past:
        assert not a_forecast(e, PAGE), e.text
        assert representative([e], {}, published=lambda _: PAGE) == e, e.text
    assert not a_forecast(FORECASTS[0], None)  # no page, no forecast told apart


def test_the_forecast_words_are_data():
    assert "likely" in entry_sections()["forecast words"]
