"""The sync layer's fixed refusal sentences, marked for translation.

The sync layer (no Qt) raises its refusals in English. The Sync page shows a
translated headline and then the sync layer's sentence, translated through the
``SyncMessages`` context when it is one of these fixed sentences; sentences
with details (names, numbers) are shown as the sync layer wrote them.
``tests/gui/test_sync_page.py`` checks that this list follows the sync layer.
"""

# ruff: noqa: E501  (whole sentences of the sync layer, kept on one line each)
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FIXED_MESSAGES = (
    QT_TRANSLATE_NOOP("SyncMessages", "A forwarded bundle does not name the key that signed it."),
    QT_TRANSLATE_NOOP("SyncMessages", "A forwarded bundle is not a member state's bundle for all."),
    QT_TRANSLATE_NOOP("SyncMessages", "A forwarded bundle's sender does not match its signature."),
    QT_TRANSLATE_NOOP("SyncMessages", "A key rotation does not match the key card it introduces."),
    QT_TRANSLATE_NOOP("SyncMessages", "A key rotation in this bundle is damaged."),
    QT_TRANSLATE_NOOP("SyncMessages", "A key rotation is damaged."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "A key rotation is not signed by a known key of that device."
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "A key rotation's signatures do not verify."),
    QT_TRANSLATE_NOOP("SyncMessages", "A key this bundle relies on is no longer trusted here."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "A passphrase is needed to protect the private key: use --passphrase-file FILE or set GREENBELT_PASSPHRASE.",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "A registry entry names another party than its key card."),
    QT_TRANSLATE_NOOP("SyncMessages", "A registry entry's rotation does not match its key card."),
    QT_TRANSLATE_NOOP("SyncMessages", "An entry of the bundle's key registry is malformed."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Another key is already trusted for this device; a new key for it is accepted only through a rotation signed by the old key.",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "Only the Secretariat revokes keys (in its registry)."),
    QT_TRANSLATE_NOOP("SyncMessages", "Only the Secretariat writes consolidated bundles."),
    QT_TRANSLATE_NOOP("SyncMessages", "The Secretariat does not import consolidated bundles."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The Secretariat writes consolidated bundles: use 'greenbelt bundle consolidate'.",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "The bundle carries a key rotation for another device."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "The bundle holds an absurd number of changes; it is refused."
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "The bundle's forwarded bundles are not a list."),
    QT_TRANSLATE_NOOP("SyncMessages", "The bundle's key registry is malformed."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "The inner bundle does not match the bundle that carries it."
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "The key card does not hold an Ed25519 public key."),
    QT_TRANSLATE_NOOP("SyncMessages", "The key card lacks its party, label or date."),
    QT_TRANSLATE_NOOP("SyncMessages", "The key card's device is not a UUID."),
    QT_TRANSLATE_NOOP("SyncMessages", "The key card's kid is not the thumbprint of its key."),
    QT_TRANSLATE_NOOP("SyncMessages", "The key card's public key is not a valid Ed25519 key."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "The passphrase is wrong; the private key could not be opened."
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The passphrase of the private key is needed: use --passphrase-file FILE or set GREENBELT_PASSPHRASE.",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "The private key file does not hold an Ed25519 key."),
    QT_TRANSLATE_NOOP("SyncMessages", "The signed content of the bundle is not a JSON object."),
    QT_TRANSLATE_NOOP("SyncMessages", "The signed content of the bundle is not valid JSON."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "This bundle was written by this installation; it is not imported."
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "This consolidated bundle was not issued by the Secretariat."
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "This file is far too large to be a key card."),
    QT_TRANSLATE_NOOP("SyncMessages", "This file is not a key card (it is not JSON)."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "This installation has no key yet: it was set up without one."
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "This installation's own key cannot be revoked here; rotate it."
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "This is a member state's bundle for the SCO Secretariat; member states import the Secretariat's consolidated bundles.",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "This is not a Green Belt key card."),
    QT_TRANSLATE_NOOP("SyncMessages", "This key card has a format this version does not know."),
    QT_TRANSLATE_NOOP("SyncMessages", "This key is already known for another party or device."),
    QT_TRANSLATE_NOOP("SyncMessages", "This state bundle is not addressed to the Secretariat."),
)
