"""Small widgets of our own that Qt Widgets lacks."""
