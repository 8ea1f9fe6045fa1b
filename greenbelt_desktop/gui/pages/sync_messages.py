"""The catalogue of the sync layer's refusals and import notes, marked for translation.

The sync layer (no Qt) raises a refusal as an English template with named
placeholders and their values (``sync/errors.py``: ``BundleRefused("This
consolidated bundle ({sequence}) is older …", sequence=7, last=9)``), and an
import report's notes the same way (``Message("the Secretariat acknowledged
our bundle {sequence}", {"sequence": 4})``). The GUI translates the template
through the ``SyncMessages`` context, then puts the values in
(``sync_common.translated``); a value that is itself a message (a reason
inside a refusal, the kind of document it names) is translated on its own
first, and a code is named by its placeholder (``{entity}``, ``{party}``, …,
see ``sync_common``). Translators keep every ``{placeholder}`` of the English.

Every template the sync layer says is listed here as a literal, so
pyside6-lupdate extracts it; ``tests/gui/test_sync_messages.py`` fails when the
sync layer says a template missing here, or when a translation is missing or
its placeholders differ.
"""

# ruff: noqa: E501  (whole sentences of the sync layer, kept on one line each)
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# Whole sentences: a refusal as the person reads it, values in {braces}.
MESSAGES = (
    QT_TRANSLATE_NOOP("SyncMessages", "A forwarded bundle does not name the key that signed it."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "A forwarded bundle inside this bundle fails its own signature check ({reason}); the whole bundle is refused.",
    ),
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
    QT_TRANSLATE_NOOP("SyncMessages", "A signature header of this {what} is damaged."),
    QT_TRANSLATE_NOOP("SyncMessages", "A signature of this {what} does not name its key or type."),
    QT_TRANSLATE_NOOP("SyncMessages", "A signature of this {what} is malformed."),
    QT_TRANSLATE_NOOP("SyncMessages", "An entry of the bundle's key registry is malformed."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Another consolidated bundle with sequence {sequence} was already imported; this one is refused.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "Another key is already trusted for this device; a new key for it is accepted only through a rotation signed by the old key.",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "Cannot read the key card {path}: {reason}."),
    QT_TRANSLATE_NOOP("SyncMessages", "Cannot read {path}: {reason}."),
    QT_TRANSLATE_NOOP("SyncMessages", "Conflict {number} was already restored on {date}."),
    QT_TRANSLATE_NOOP("SyncMessages", "No known key has the fingerprint {fingerprint}."),
    QT_TRANSLATE_NOOP("SyncMessages", "Only the Secretariat revokes keys (in its registry)."),
    QT_TRANSLATE_NOOP("SyncMessages", "Only the Secretariat writes consolidated bundles."),
    QT_TRANSLATE_NOOP("SyncMessages", "The Secretariat does not import consolidated bundles."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The Secretariat writes consolidated bundles: use 'greenbelt bundle consolidate'.",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "The bundle carries a key rotation for another device."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The bundle's change {number} ({entity} {record_id}) is dated {days} days ahead of this computer: the sender's clock ({party}) is {days} days ahead. The bundle is refused.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "The bundle holds an absurd number of changes; it is refused."
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "The bundle's attachments exceed {limit} MB; it is refused."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "An attachment from {origin} to {entity} {record_id}, which belongs to {owner}, was not applied: only a record's owner attaches files to it.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The bundle's change {number} ({entity} {record_id}) belongs to {owner}, but the bundle was issued by {origin}: only a record's owner sends it. Refused whole.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "The bundle's change {number} ({entity} {record_id}) has empty data."
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "The bundle's change {number} ({entity} {record_id}) has no data object."
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "The bundle's change {number} ({entity} {record_id}) has no valid version."
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The bundle's change {number} ({entity} {record_id}) has sharing {sharing} where only '{level}' may travel; the bundle is refused.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The bundle's change {number} ({entity} {record_id}) is invalid: {issues}. Refused whole.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The bundle's change {number} ({entity} {record_id}) is private: private records never leave an installation. The bundle is refused.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "The bundle's change {number} ({entity} {record_id}) lacks 'deleted'."
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "The bundle's change {number} ({entity}) has no valid id."),
    QT_TRANSLATE_NOOP("SyncMessages", "The bundle's change {number} is not an object."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The bundle's change {number} is of an unknown kind of record ({entity}); this version of Green Belt Desktop does not know it. Please update the application.",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "The bundle's forwarded bundles are not a list."),
    QT_TRANSLATE_NOOP("SyncMessages", "The bundle's key registry is malformed."),
    QT_TRANSLATE_NOOP("SyncMessages", "The bundle's keys are refused: {reason}"),
    QT_TRANSLATE_NOOP("SyncMessages", "The bundle's {field} is missing or malformed."),
    QT_TRANSLATE_NOOP("SyncMessages", "The content of this {what} is damaged (not base64url)."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The fingerprint does not match this key card; it was not trusted. The card's fingerprint is {fingerprint}.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "The inner bundle does not match the bundle that carries it."
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "The key card does not hold an Ed25519 public key."),
    QT_TRANSLATE_NOOP("SyncMessages", "The key card lacks its party, label or date."),
    QT_TRANSLATE_NOOP("SyncMessages", "The key card names an unknown party '{party}'."),
    QT_TRANSLATE_NOOP("SyncMessages", "The key card's device is not a UUID."),
    QT_TRANSLATE_NOOP("SyncMessages", "The key card's kid is not the thumbprint of its key."),
    QT_TRANSLATE_NOOP("SyncMessages", "The key card's public key is not a valid Ed25519 key."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "The passphrase is wrong; the private key could not be opened."
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "The passphrase must have at least {count} characters."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The passphrase of the private key is needed: use --passphrase-file FILE or set GREENBELT_PASSPHRASE.",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "The private key file does not hold an Ed25519 key."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "The private key of this installation is missing ({file} in {folder})."
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The registry gives {party} device {device} another key without a rotation signed by its old key; the bundle is refused.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The registry moves the key {fingerprint}… of {old_party} to {party}; the bundle is refused.",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "The signed content of the bundle is not a JSON object."),
    QT_TRANSLATE_NOOP("SyncMessages", "The signed content of the bundle is not valid JSON."),
    QT_TRANSLATE_NOOP("SyncMessages", "The {entity} of conflict {number} is no longer here."),
    QT_TRANSLATE_NOOP("SyncMessages", "The {what} does not say who issued it."),
    QT_TRANSLATE_NOOP("SyncMessages", "The {what}'s acknowledgements are malformed."),
    QT_TRANSLATE_NOOP("SyncMessages", "The {what}'s audience or date is malformed."),
    QT_TRANSLATE_NOOP("SyncMessages", "The {what}'s changes are not a list."),
    QT_TRANSLATE_NOOP("SyncMessages", "The {what}'s schema version is missing or malformed."),
    QT_TRANSLATE_NOOP("SyncMessages", "The {what}'s sequence is missing or malformed."),
    QT_TRANSLATE_NOOP("SyncMessages", "There is no conflict number {number}."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "This bundle is refused: it is not signed by a key trusted for its sender ({party}).",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "This bundle is refused: {reason}."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "This bundle was written by this installation; it is not imported."
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "This consolidated bundle ({sequence}) is older than the last one imported ({last}): it is refused as a rollback.",
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
    QT_TRANSLATE_NOOP("SyncMessages", "This key was revoked; it cannot be trusted again."),
    QT_TRANSLATE_NOOP("SyncMessages", "This key was rotated; it cannot be trusted again."),
    QT_TRANSLATE_NOOP("SyncMessages", "This state bundle is not addressed to the Secretariat."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "This {what} asks for JWS extensions this version does not know."
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "This {what} carries no valid list of signatures."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "This {what} holds data of schema version {schema}, newer than this version of Green Belt Desktop knows. Please update the application, then import it again.",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "This {what} is not a Green Belt bundle."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "This {what} is not a signed Green Belt bundle (no JWS payload)."
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "This {what} is of an unknown kind ({kind})."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "This {what} is signed with '{alg}', not EdDSA (Ed25519); it is refused."
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "This {what} uses bundle format {version}, which this version of Green Belt Desktop does not know. Please update the application.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "{name} inflates to more than {limit} MB (a compression bomb or an absurd size); it is refused.",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "{name} is a damaged or truncated gzip file."),
    QT_TRANSLATE_NOOP(
        "SyncMessages", "{name} is above the size limit for a bundle; it is refused."
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "{name} is not a bundle (it is not UTF-8 text)."),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "{name} is not a bundle (not valid JSON: the file may be truncated or damaged).",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "{name} is {size} MB, above the limit of {limit} MB for a bundle; it is refused.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The bundle's change {number} carries reference data, which only the SCO Secretariat issues; the bundle is refused whole.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "The bundle's reference entry for {list_name} {code} does not have the id its list and code give; the bundle is refused whole.",
    ),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "This bundle carries records of '{party}', which is not an SCO member state in this installation's reference data; it is refused.",
    ),
)

# Reasons that go inside a refusal ("This bundle is refused: {reason}.").
REASONS = (
    QT_TRANSLATE_NOOP(
        "SyncMessages", "it is not signed by a key this installation trusts for its sender"
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "it is signed by a key that was replaced ({fingerprint}…)"),
    QT_TRANSLATE_NOOP("SyncMessages", "it is signed by a revoked key ({fingerprint}…)"),
)

# Words that go inside a refusal: the kind of document ({what}), a field ({field}).
WORDS = (
    QT_TRANSLATE_NOOP("SyncMessages", "bundle"),
    QT_TRANSLATE_NOOP("SyncMessages", "forwarded bundle"),
    QT_TRANSLATE_NOOP("SyncMessages", "key rotation"),
    QT_TRANSLATE_NOOP("SyncMessages", "bundle_id"),
    QT_TRANSLATE_NOOP("SyncMessages", "issuing device"),
)

# What an import report notes (report.notes, report.keys) and the outcome of each
# forwarded bundle (report.forwarded), shown under the import's check and result.
NOTES = (
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "superseded: a later bundle from this device ({later}) was already applied; only newer versions in this one were taken",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "the Secretariat acknowledged our bundle {sequence}"),
    QT_TRANSLATE_NOOP(
        "SyncMessages",
        "{party} device {device} replaced its key {old_fingerprint}… by {fingerprint}…",
    ),
    QT_TRANSLATE_NOOP("SyncMessages", "{party} key {fingerprint}… revoked"),
    QT_TRANSLATE_NOOP("SyncMessages", "learned {party} key {fingerprint}… (active)"),
    QT_TRANSLATE_NOOP("SyncMessages", "learned {party} key {fingerprint}… (revoked)"),
    QT_TRANSLATE_NOOP("SyncMessages", "applied"),
    QT_TRANSLATE_NOOP("SyncMessages", "already applied"),
)

CATALOGUE = frozenset((*MESSAGES, *REASONS, *WORDS, *NOTES))
