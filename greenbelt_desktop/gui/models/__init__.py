"""Qt item models over the store: they ask ``store.queries`` for pages of rows, nothing more."""
