"""Everything Qt: the application, main window, pages, forms, models, workers."""
