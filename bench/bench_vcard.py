"""Address books: a 19 MB phone book (2,000 cards with photos, as phones export them)
imported with `greenbelt import vcard` in a subprocess: wall time and peak memory.

Issue 12 measured 2.9 GB for such a file before the reader dropped photos as it reads;
the target is 4x the file's size on top of the interpreter's and the program's own memory.
"""

from __future__ import annotations

import base64
import random
from pathlib import Path

from bench.common import Figure, run_measured
from greenbelt_desktop.store.home import Home

CARDS = 2_000
PHOTO_BYTES = 7_000  # base64 of a small phone photo: about 9.3 KB a card


def _phone_book(path: Path) -> int:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as out:
        for number in range(CARDS):
            photo = base64.b64encode(rng.randbytes(PHOTO_BYTES)).decode("ascii")
            folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
            out.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"N:Сапарова{number};Айгерим;;;\r\nFN:Айгерим Сапарова {number}\r\n"
                f"ORG:Министерство экологии;Отдел {number % 7}\r\n"
                f"TEL;TYPE=CELL:+7 701 {number:07d}\r\n"
                f"EMAIL;TYPE=INTERNET:a{number}@ecogeo.gov.kz\r\n"
                f"PHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n"
            )
    return path.stat().st_size


def run(work: Path) -> list[Figure]:
    store = Home(work / "home").open_store()
    store.initialise("KZ", "Benchmark")
    store.engine.dispose()
    home = ("greenbelt_desktop", "--home", str(work / "home"))
    _, idle, _ = run_measured(*home, "list", "contact")
    book = work / "phone.vcf"
    size_mb = _phone_book(book) / (1024 * 1024)
    seconds, peak, said = run_measured(*home, "import", "vcard", str(book))
    assert f"Imported: {CARDS} new" in said, said
    return [
        Figure(f"vcard import of {size_mb:.0f} MB ({CARDS:,} cards, photos)", seconds, "s", 60.0),
        Figure(
            "  peak memory of that command",
            peak,
            "MB",
            round(idle + 4 * size_mb),
            idle,
            "list contact",
        ),
    ]
