"""Writing a document file whole or not at all.

A job writes to a temporary file beside the target and renames it into place
only when it succeeded; a failed or cancelled job (see
:mod:`greenbelt_desktop.store.progress`) leaves no file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Write to a temporary file beside ``path``; rename only when the job succeeds."""
    path = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    os.close(handle)
    try:
        yield Path(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
