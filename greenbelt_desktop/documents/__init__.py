"""Documents made from the record store: briefing packs, spreadsheets, calendars,
address books. No Qt."""
