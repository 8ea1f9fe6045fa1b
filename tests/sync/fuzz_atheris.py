"""Coverage-guided fuzzing of the bundle reader with atheris (libFuzzer).

``python -m tests.sync.fuzz_atheris WORKDIR [libFuzzer options, e.g. -runs=100000]``
sets up a Secretariat that trusts a Kazakhstan laptop, seeds the corpus with
a real bundle, and feeds every mutated input to the reader: file limits and
gzip, JWS parsing, signature checks against the trusted keys, key rotation
and registry handling, body checks (no database work: the signed-mutation
test in test_fuzz.py covers applying). Anything but a clean refusal or a
verified bundle is a crash that libFuzzer reports.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["greenbelt_desktop"]):
    from greenbelt_desktop.sync import body, envelope, importer, keys, registry
    from greenbelt_desktop.sync.errors import BundleRefused
    from greenbelt_desktop.sync.keyring import Keyring

from greenbelt_desktop.store.home import Home
from greenbelt_desktop.sync import export, keyring

PASSPHRASE = "correct horse battery"


def setup(work: Path) -> tuple[Home, object, Path]:
    sec_home, kz_home = Home(work / "sec"), Home(work / "kz")
    sec, kz = sec_home.open_store(), kz_home.open_store()
    sec.initialise("SECRETARIAT", "Li")
    kz.initialise("KZ", "Aigerim")
    keyring.create_installation_key(sec, sec_home.keys_dir, PASSPHRASE)
    card = keyring.create_installation_key(kz, kz_home.keys_dir, PASSPHRASE)
    keyring.trust_card(sec, card, card.kid)
    kz.add("project", {"title": "Солнечная", "status": "idea"}, "members")
    kz.add("practice", {"title": "Waste", "country": "KZ"}, "secretariat")
    corpus = work / "corpus"
    corpus.mkdir()
    export.export_bundle(kz, kz_home.keys_dir, PASSPHRASE, corpus / "seed.gbundle")
    return sec_home, sec, corpus


def main() -> None:
    work = Path(sys.argv[1])
    _, sec, corpus = setup(work)
    target = work / "input.gbundle"
    counts = {"imported": 0, "refused": 0}

    tally = work / "cases.txt"

    with sec.engine.connect() as conn:  # type: ignore[attr-defined]
        known = list(Keyring.load(conn).keys.values())
    own = sec.installation()  # type: ignore[attr-defined]

    def one_input(data: bytes) -> None:
        target.write_bytes(data)
        try:
            document = importer.read_document(target)
            checked = importer.verify(Keyring(known), document, own.party, own.device)
            for part in checked.inner:
                body.check_body(part.envelope.body(), "forwarded bundle")
            counts["imported"] += 1
        except BundleRefused:
            counts["refused"] += 1
        # libFuzzer ends the process without Python's exit handlers: keep the tally on disk.
        total = counts["imported"] + counts["refused"]
        tally.write_text(f"atheris: {total} cases, {counts}\n", encoding="utf-8")

    assert envelope.TYP and keys.b64url and registry.apply_registry
    argv = [sys.argv[0], *sys.argv[2:], str(corpus)]

    atheris.Setup(argv, one_input)
    os.environ.setdefault("GREENBELT_PASSPHRASE", PASSPHRASE)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
