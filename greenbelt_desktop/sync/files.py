"""Reading a file another party sent, bounded (BUNDLE-FORMAT.md §8.7).

Only regular files are read: a FIFO, a device (``/dev/zero``), a socket or a
folder is refused at once, before anything is opened for reading (a FIFO is
opened without blocking, and checked again once open, so a file swapped
meanwhile is caught too). A symbolic link is read as the file it names. The
size is checked before reading, and no more than the limit is ever read, even
from a file that grows while it is read. The callers say the refusals (a
bundle's, a key card's), each in its own words.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotRegular(Exception):
    """The path names a device, a pipe, a socket or a folder, not a file."""


def read_regular(path: Path, limit: int) -> tuple[bytes, int]:
    """(the bytes, the size) of the regular file ``path``; above ``limit`` nothing is
    read (the bytes are empty) and the size says by how much. ``OSError`` when it
    cannot be read, :class:`NotRegular` when it is not a file."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegular(str(path))
    if info.st_size > limit:
        return b"", info.st_size
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise NotRegular(str(path))
        data = handle.read(limit + 1)
    if len(data) > limit:
        return b"", len(data)
    return data, len(data)


__all__ = ["NotRegular", "read_regular"]
