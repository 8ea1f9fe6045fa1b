<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Conflicts</name>
    <message>
        <source>Restore the kept version of %1</source>
        <translation>Restore the kept version of %1</translation>
    </message>
    <message>
        <source>Your kept version is the current one again.</source>
        <translation>Your kept version is the current one again.</translation>
    </message>
    <message>
        <source>Undone: the version that had won is the current one again.</source>
        <translation>Undone: the version that had won is the current one again.</translation>
    </message>
    <message>
        <source>(restored)</source>
        <translation>(restored)</translation>
    </message>
    <message>
        <source>%1 “%2” of %3, sent by %4: dated more than a day ahead of this computer&apos;s clock. Not applied.</source>
        <translation>%1 “%2” of %3, sent by %4: dated more than a day ahead of this computer&apos;s clock. Not applied.</translation>
    </message>
    <message>
        <source>%1 “%2” of %3, sent by %4: its id is already that of %5 “%6” of %7. Not applied; your record is unchanged.</source>
        <translation>%1 “%2” of %3, sent by %4: its id is already that of %5 “%6” of %7. Not applied; your record is unchanged.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>%1 “%2”: your version was replaced on %3 by a newer one from a bundle. Both are kept.</source>
        <translation>%1 “%2”: your version was replaced on %3 by a newer one from a bundle. Both are kept.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Your kept version</source>
        <translation>Your kept version</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <source>The two versions differ here.</source>
        <translation>The two versions differ here.</translation>
    </message>
    <message>
        <source>The version was not restored.</source>
        <translation>The version was not restored.</translation>
    </message>
    <message>
        <source>Your kept version is the current one again, as a new edit that your next bundle carries. Undo brings back the version it replaced.</source>
        <translation>Your kept version is the current one again, as a new edit that your next bundle carries. Undo brings back the version it replaced.</translation>
    </message>
    <message>
        <source>This could not be undone.</source>
        <translation>This could not be undone.</translation>
    </message>
    <message>
        <source>When a bundle brings a newer version of a record you had also changed here, the newer version becomes the record and yours is kept on this page. Nothing is lost: compare them, and restore yours if it is the right one.</source>
        <translation>When a bundle brings a newer version of a record you had also changed here, the newer version becomes the record and yours is kept on this page. Nothing is lost: compare them, and restore yours if it is the right one.</translation>
    </message>
    <message>
        <source>&amp;Show restored ones too</source>
        <translation>&amp;Show restored ones too</translation>
    </message>
    <message>
        <source>● marks the fields where the two versions differ.</source>
        <translation>● marks the fields where the two versions differ.</translation>
    </message>
    <message>
        <source>&amp;Restore my version</source>
        <translation>&amp;Restore my version</translation>
    </message>
    <message>
        <source>Received changes kept back, not applied (each names the party that sent it):</source>
        <translation>Received changes kept back, not applied (each names the party that sent it):</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>No conflicts: no change made here was replaced by a bundle.</source>
        <translation>No conflicts: no change made here was replaced by a bundle.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Members and consolidation</source>
        <translation>Members and consolidation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>access is denied</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2.</source>
        <translation>The file %1 could not be read or written: %2.</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1.</source>
        <translation>A file could not be read or written: %1.</translation>
    </message>
    <message>
        <source>Nothing can be exported yet.</source>
        <translation>Nothing can be exported yet.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>new or changed</source>
        <translation>new or changed</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Bundle %1 will carry %2 changes:</source>
        <translation>Bundle %1 will carry %2 changes:</translation>
    </message>
    <message>
        <source>No changes to send: bundle %1 will carry only acknowledgements, which shows the Secretariat this computer is alive.</source>
        <translation>No changes to send: bundle %1 will carry only acknowledgements, which shows the Secretariat this computer is alive.</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>Green Belt bundles (*.gbundle);;All files (*)</source>
        <translation>Green Belt bundles (*.gbundle);;All files (*)</translation>
    </message>
    <message>
        <source>Enter the passphrase of your key to sign.</source>
        <translation>Enter the passphrase of your key to sign.</translation>
    </message>
    <message>
        <source>Signing and writing the bundle…</source>
        <translation>Signing and writing the bundle…</translation>
    </message>
    <message>
        <source>Bundle %1 written to %2 with %3 changes.</source>
        <translation>Bundle %1 written to %2 with %3 changes.</translation>
    </message>
    <message>
        <source>The bundle was not written.</source>
        <translation>The bundle was not written.</translation>
    </message>
    <message>
        <source>Exporting the bundle</source>
        <translation>Exporting the bundle</translation>
    </message>
    <message>
        <source>A bundle carries your changes to the SCO Secretariat, by e-mail or on a USB stick. Records marked private never leave this computer. Until the Secretariat acknowledges a bundle, the next one carries the same changes again, so a lost file loses nothing.</source>
        <translation>A bundle carries your changes to the SCO Secretariat, by e-mail or on a USB stick. Records marked private never leave this computer. Until the Secretariat acknowledges a bundle, the next one carries the same changes again, so a lost file loses nothing.</translation>
    </message>
    <message>
        <source>&amp;Full export (every shared record)</source>
        <translation>&amp;Full export (every shared record)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Refresh preview</source>
        <translation>&amp;Refresh preview</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <source>Consolidated bundle written</source>
        <translation>Consolidated bundle written</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Bundle written</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Already imported before; nothing changed</source>
        <translation>Already imported before; nothing changed</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 changes</translation>
    </message>
    <message>
        <source>%1 member bundles forwarded</source>
        <translation>%1 member bundles forwarded</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted, %4 conflicts</source>
        <translation>%1 new, %2 updated, %3 deleted, %4 conflicts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Every bundle written or imported on this computer, and every bundle refused, newest first.</source>
        <translation>Every bundle written or imported on this computer, and every bundle refused, newest first.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Older (ignored)</source>
        <translation>Older (ignored)</translation>
    </message>
    <message>
        <source>Conflicts (kept)</source>
        <translation>Conflicts (kept)</translation>
    </message>
    <message>
        <source>Clashes (kept back, not applied)</source>
        <translation>Clashes (kept back, not applied)</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>Green Belt bundles (*.gbundle *.gbundle.gz);;All files (*)</source>
        <translation>Green Belt bundles (*.gbundle *.gbundle.gz);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <source>The bundle was refused; nothing was changed.</source>
        <translation>The bundle was refused; nothing was changed.</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>Checking the bundle</translation>
    </message>
    <message>
        <source>Applying the bundle…</source>
        <translation>Applying the bundle…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 deleted, %4 conflicts kept.</source>
        <translation>Imported: %1 new, %2 updated, %3 deleted, %4 conflicts kept.</translation>
    </message>
    <message>
        <source>Importing the bundle</source>
        <translation>Importing the bundle</translation>
    </message>
    <message>
        <source>consolidated bundle of the Secretariat</source>
        <translation>consolidated bundle of the Secretariat</translation>
    </message>
    <message>
        <source>bundle of a member state</source>
        <translation>bundle of a member state</translation>
    </message>
    <message>
        <source>✔ Signature verified: %1 no. %2 from %3.</source>
        <translation>✔ Signature verified: %1 no. %2 from %3.</translation>
    </message>
    <message>
        <source>This bundle was already applied; importing it again changes nothing.</source>
        <translation>This bundle was already applied; importing it again changes nothing.</translation>
    </message>
    <message>
        <source>Applied. A backup was taken before.</source>
        <translation>Applied. A backup was taken before.</translation>
    </message>
    <message>
        <source>Nothing is changed yet: this is what Apply will do.</source>
        <translation>Nothing is changed yet: this is what Apply will do.</translation>
    </message>
    <message>
        <source>Forwarded bundle no. %1 from %2: %3</source>
        <translation>Forwarded bundle no. %1 from %2: %3</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>Import a bundle you received: the Secretariat&apos;s consolidated bundle (on a member state&apos;s computer) or a member state&apos;s bundle (at the Secretariat). It is checked first and you see what it would change; nothing is written until you press Apply.</source>
        <translation>Import a bundle you received: the Secretariat&apos;s consolidated bundle (on a member state&apos;s computer) or a member state&apos;s bundle (at the Secretariat). It is checked first and you see what it would change; nothing is written until you press Apply.</translation>
    </message>
    <message>
        <source>&amp;Choose bundle…</source>
        <translation>&amp;Choose bundle…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>replaced by a newer key</source>
        <translation>replaced by a newer key</translation>
    </message>
    <message>
        <source>Trust a key card</source>
        <translation>Trust a key card</translation>
    </message>
    <message>
        <source>Key card of %1: %2</source>
        <translation>Key card of %1: %2</translation>
    </message>
    <message>
        <source>Ask the sender to read the fingerprint out to you over the phone, and compare it group by group with this one:</source>
        <translation>Ask the sender to read the fingerprint out to you over the phone, and compare it group by group with this one:</translation>
    </message>
    <message>
        <source>&amp;The fingerprints are the same</source>
        <translation>&amp;The fingerprints are the same</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>&amp;Trust this key</translation>
    </message>
    <message>
        <source>This computer has no key.</source>
        <translation>This computer has no key.</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save my key card</source>
        <translation>Save my key card</translation>
    </message>
    <message>
        <source>Key cards (*.gbkey *.json);;All files (*)</source>
        <translation>Key cards (*.gbkey *.json);;All files (*)</translation>
    </message>
    <message>
        <source>The key card was not saved.</source>
        <translation>The key card was not saved.</translation>
    </message>
    <message>
        <source>Key card saved to %1. Send it to the other side, then read them your fingerprint over the phone.</source>
        <translation>Key card saved to %1. Send it to the other side, then read them your fingerprint over the phone.</translation>
    </message>
    <message>
        <source>The key card was not trusted.</source>
        <translation>The key card was not trusted.</translation>
    </message>
    <message>
        <source>The key of %1 is trusted now.</source>
        <translation>The key of %1 is trusted now.</translation>
    </message>
    <message>
        <source>Fingerprint of this computer&apos;s key:</source>
        <translation>Fingerprint of this computer&apos;s key:</translation>
    </message>
    <message>
        <source>&amp;Save my key card…</source>
        <translation>&amp;Save my key card…</translation>
    </message>
    <message>
        <source>Keys this computer trusts:</source>
        <translation>Keys this computer trusts:</translation>
    </message>
    <message>
        <source>&amp;Trust a key card…</source>
        <translation>&amp;Trust a key card…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Member state</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <source>Write the consolidated bundle</source>
        <translation>Write the consolidated bundle</translation>
    </message>
    <message>
        <source>Writing the consolidated bundle…</source>
        <translation>Writing the consolidated bundle…</translation>
    </message>
    <message>
        <source>Consolidated bundle %1 written to %2: %3 Secretariat changes and %4 member bundles forwarded. Send it to every member state.</source>
        <translation>Consolidated bundle %1 written to %2: %3 Secretariat changes and %4 member bundles forwarded. Send it to every member state.</translation>
    </message>
    <message>
        <source>Writing the consolidated bundle</source>
        <translation>Writing the consolidated bundle</translation>
    </message>
    <message>
        <source>The member states&apos; computers whose keys the Secretariat trusts, and the last bundle imported from each. The consolidated bundle carries the Secretariat&apos;s records and every member&apos;s shared records, each still signed by its member.</source>
        <translation>The member states&apos; computers whose keys the Secretariat trusts, and the last bundle imported from each. The consolidated bundle carries the Secretariat&apos;s records and every member&apos;s shared records, each still signed by its member.</translation>
    </message>
    <message>
        <source>&amp;Write consolidated bundle…</source>
        <translation>&amp;Write consolidated bundle…</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>A forwarded bundle does not name the key that signed it.</source>
        <translation>A forwarded bundle does not name the key that signed it.</translation>
    </message>
    <message>
        <source>A forwarded bundle inside this bundle fails its own signature check ({reason}); the whole bundle is refused.</source>
        <translation>A forwarded bundle inside this bundle fails its own signature check ({reason}); the whole bundle is refused.</translation>
    </message>
    <message>
        <source>A forwarded bundle is not a member state&apos;s bundle for all.</source>
        <translation>A forwarded bundle is not a member state&apos;s bundle for all.</translation>
    </message>
    <message>
        <source>A forwarded bundle&apos;s sender does not match its signature.</source>
        <translation>A forwarded bundle&apos;s sender does not match its signature.</translation>
    </message>
    <message>
        <source>A key rotation does not match the key card it introduces.</source>
        <translation>A key rotation does not match the key card it introduces.</translation>
    </message>
    <message>
        <source>A key rotation in this bundle is damaged.</source>
        <translation>A key rotation in this bundle is damaged.</translation>
    </message>
    <message>
        <source>A key rotation is damaged.</source>
        <translation>A key rotation is damaged.</translation>
    </message>
    <message>
        <source>A key rotation is not signed by a known key of that device.</source>
        <translation>A key rotation is not signed by a known key of that device.</translation>
    </message>
    <message>
        <source>A key rotation&apos;s signatures do not verify.</source>
        <translation>A key rotation&apos;s signatures do not verify.</translation>
    </message>
    <message>
        <source>A key this bundle relies on is no longer trusted here.</source>
        <translation>A key this bundle relies on is no longer trusted here.</translation>
    </message>
    <message>
        <source>A passphrase is needed to protect the private key: use --passphrase-file FILE or set GREENBELT_PASSPHRASE.</source>
        <translation>A passphrase is needed to protect the private key.</translation>
    </message>
    <message>
        <source>A registry entry names another party than its key card.</source>
        <translation>A registry entry names another party than its key card.</translation>
    </message>
    <message>
        <source>A registry entry&apos;s rotation does not match its key card.</source>
        <translation>A registry entry&apos;s rotation does not match its key card.</translation>
    </message>
    <message>
        <source>A signature header of this {what} is damaged.</source>
        <translation>A signature header of this {what} is damaged.</translation>
    </message>
    <message>
        <source>A signature of this {what} does not name its key or type.</source>
        <translation>A signature of this {what} does not name its key or type.</translation>
    </message>
    <message>
        <source>A signature of this {what} is malformed.</source>
        <translation>A signature of this {what} is malformed.</translation>
    </message>
    <message>
        <source>An entry of the bundle&apos;s key registry is malformed.</source>
        <translation>An entry of the bundle&apos;s key registry is malformed.</translation>
    </message>
    <message>
        <source>Another consolidated bundle with sequence {sequence} was already imported; this one is refused.</source>
        <translation>Another consolidated bundle with sequence {sequence} was already imported; this one is refused.</translation>
    </message>
    <message>
        <source>Another key is already trusted for this device; a new key for it is accepted only through a rotation signed by the old key.</source>
        <translation>Another key is already trusted for this device; a new key for it is accepted only through a rotation signed by the old key.</translation>
    </message>
    <message>
        <source>Cannot read the key card {path}: {reason}.</source>
        <translation>Cannot read the key card {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <source>Conflict {number} was already restored on {date}.</source>
        <translation>Conflict {number} was already restored on {date}.</translation>
    </message>
    <message>
        <source>No known key has the fingerprint {fingerprint}.</source>
        <translation>No known key has the fingerprint {fingerprint}.</translation>
    </message>
    <message>
        <source>Only the Secretariat revokes keys (in its registry).</source>
        <translation>Only the Secretariat revokes keys (in its registry).</translation>
    </message>
    <message>
        <source>Only the Secretariat writes consolidated bundles.</source>
        <translation>Only the Secretariat writes consolidated bundles.</translation>
    </message>
    <message>
        <source>The Secretariat does not import consolidated bundles.</source>
        <translation>The Secretariat does not import consolidated bundles.</translation>
    </message>
    <message>
        <source>The Secretariat writes consolidated bundles: use &apos;greenbelt bundle consolidate&apos;.</source>
        <translation>The Secretariat writes consolidated bundles on the Members and consolidation tab.</translation>
    </message>
    <message>
        <source>The bundle carries a key rotation for another device.</source>
        <translation>The bundle carries a key rotation for another device.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) is dated {days} days ahead of this computer: the sender&apos;s clock ({party}) is {days} days ahead. The bundle is refused.</source>
        <translation>The bundle&apos;s change {number} ({entity} {record_id}) is dated {days} days ahead of this computer: the sender&apos;s clock ({party}) is {days} days ahead. The bundle is refused.</translation>
    </message>
    <message>
        <source>The bundle holds an absurd number of changes; it is refused.</source>
        <translation>The bundle holds an absurd number of changes; it is refused.</translation>
    </message>
    <message>
        <source>The bundle&apos;s attachments exceed {limit} MB; it is refused.</source>
        <translation>The bundle&apos;s attachments exceed {limit} MB; it is refused.</translation>
    </message>
    <message>
        <source>An attachment from {origin} to {entity} {record_id}, which belongs to {owner}, was not applied: only a record&apos;s owner attaches files to it.</source>
        <translation>An attachment from {origin} to {entity} {record_id}, which belongs to {owner}, was not applied: only a record&apos;s owner attaches files to it.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) belongs to {owner}, but the bundle was issued by {origin}: only a record&apos;s owner sends it. Refused whole.</source>
        <translation>The bundle&apos;s change {number} ({entity} {record_id}) belongs to {owner}, but the bundle was issued by {origin}: only a record&apos;s owner sends it. Refused whole.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) has empty data.</source>
        <translation>The bundle&apos;s change {number} ({entity} {record_id}) has empty data.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) has no data object.</source>
        <translation>The bundle&apos;s change {number} ({entity} {record_id}) has no data object.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) has no valid version.</source>
        <translation>The bundle&apos;s change {number} ({entity} {record_id}) has no valid version.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) has sharing {sharing} where only &apos;{level}&apos; may travel; the bundle is refused.</source>
        <translation>The bundle&apos;s change {number} ({entity} {record_id}) has sharing {sharing} where only &apos;{level}&apos; may travel; the bundle is refused.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) is invalid: {issues}. Refused whole.</source>
        <translation>The bundle&apos;s change {number} ({entity} {record_id}) is invalid: {issues}. Refused whole.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) is private: private records never leave an installation. The bundle is refused.</source>
        <translation>The bundle&apos;s change {number} ({entity} {record_id}) is private: private records never leave an installation. The bundle is refused.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) lacks &apos;deleted&apos;.</source>
        <translation>The bundle&apos;s change {number} ({entity} {record_id}) lacks &apos;deleted&apos;.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity}) has no valid id.</source>
        <translation>The bundle&apos;s change {number} ({entity}) has no valid id.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} is not an object.</source>
        <translation>The bundle&apos;s change {number} is not an object.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} is of an unknown kind of record ({entity}); this version of Green Belt Desktop does not know it. Please update the application.</source>
        <translation>The bundle&apos;s change {number} is of an unknown kind of record ({entity}); this version of Green Belt Desktop does not know it. Please update the application.</translation>
    </message>
    <message>
        <source>The bundle&apos;s forwarded bundles are not a list.</source>
        <translation>The bundle&apos;s forwarded bundles are not a list.</translation>
    </message>
    <message>
        <source>The bundle&apos;s key registry is malformed.</source>
        <translation>The bundle&apos;s key registry is malformed.</translation>
    </message>
    <message>
        <source>The bundle&apos;s keys are refused: {reason}</source>
        <translation>The bundle&apos;s keys are refused: {reason}</translation>
    </message>
    <message>
        <source>The bundle&apos;s {field} is missing or malformed.</source>
        <translation>The bundle&apos;s {field} is missing or malformed.</translation>
    </message>
    <message>
        <source>The content of this {what} is damaged (not base64url).</source>
        <translation>The content of this {what} is damaged (not base64url).</translation>
    </message>
    <message>
        <source>The fingerprint does not match this key card; it was not trusted. The card&apos;s fingerprint is {fingerprint}.</source>
        <translation>The fingerprint does not match this key card; it was not trusted. The card&apos;s fingerprint is {fingerprint}.</translation>
    </message>
    <message>
        <source>The inner bundle does not match the bundle that carries it.</source>
        <translation>The inner bundle does not match the bundle that carries it.</translation>
    </message>
    <message>
        <source>The key card does not hold an Ed25519 public key.</source>
        <translation>The key card does not hold an Ed25519 public key.</translation>
    </message>
    <message>
        <source>The key card lacks its party, label or date.</source>
        <translation>The key card lacks its party, label or date.</translation>
    </message>
    <message>
        <source>The key card names an unknown party &apos;{party}&apos;.</source>
        <translation>The key card names an unknown party &apos;{party}&apos;.</translation>
    </message>
    <message>
        <source>The key card&apos;s device is not a UUID.</source>
        <translation>The key card&apos;s device is not a UUID.</translation>
    </message>
    <message>
        <source>The key card&apos;s kid is not the thumbprint of its key.</source>
        <translation>The key card&apos;s kid is not the thumbprint of its key.</translation>
    </message>
    <message>
        <source>The key card&apos;s public key is not a valid Ed25519 key.</source>
        <translation>The key card&apos;s public key is not a valid Ed25519 key.</translation>
    </message>
    <message>
        <source>The passphrase is wrong; the private key could not be opened.</source>
        <translation>The passphrase is wrong; the private key could not be opened.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>The passphrase must have at least {count} characters.</translation>
    </message>
    <message>
        <source>The passphrase of the private key is needed: use --passphrase-file FILE or set GREENBELT_PASSPHRASE.</source>
        <translation>The passphrase of the private key is needed.</translation>
    </message>
    <message>
        <source>The private key file does not hold an Ed25519 key.</source>
        <translation>The private key file does not hold an Ed25519 key.</translation>
    </message>
    <message>
        <source>The private key of this installation is missing ({file} in {folder}).</source>
        <translation>The private key of this installation is missing ({file} in {folder}).</translation>
    </message>
    <message>
        <source>The registry gives {party} device {device} another key without a rotation signed by its old key; the bundle is refused.</source>
        <translation>The registry gives {party} device {device} another key without a rotation signed by its old key; the bundle is refused.</translation>
    </message>
    <message>
        <source>The registry moves the key {fingerprint}… of {old_party} to {party}; the bundle is refused.</source>
        <translation>The registry moves the key {fingerprint}… of {old_party} to {party}; the bundle is refused.</translation>
    </message>
    <message>
        <source>The signed content of the bundle is not a JSON object.</source>
        <translation>The signed content of the bundle is not a JSON object.</translation>
    </message>
    <message>
        <source>The signed content of the bundle is not valid JSON.</source>
        <translation>The signed content of the bundle is not valid JSON.</translation>
    </message>
    <message>
        <source>The {entity} of conflict {number} is no longer here.</source>
        <translation>The {entity} of conflict {number} is no longer here.</translation>
    </message>
    <message>
        <source>The {what} does not say who issued it.</source>
        <translation>The {what} does not say who issued it.</translation>
    </message>
    <message>
        <source>The {what}&apos;s acknowledgements are malformed.</source>
        <translation>The {what}&apos;s acknowledgements are malformed.</translation>
    </message>
    <message>
        <source>The {what}&apos;s audience or date is malformed.</source>
        <translation>The {what}&apos;s audience or date is malformed.</translation>
    </message>
    <message>
        <source>The {what}&apos;s changes are not a list.</source>
        <translation>The {what}&apos;s changes are not a list.</translation>
    </message>
    <message>
        <source>The {what}&apos;s schema version is missing or malformed.</source>
        <translation>The {what}&apos;s schema version is missing or malformed.</translation>
    </message>
    <message>
        <source>The {what}&apos;s sequence is missing or malformed.</source>
        <translation>The {what}&apos;s sequence is missing or malformed.</translation>
    </message>
    <message>
        <source>There is no conflict number {number}.</source>
        <translation>There is no conflict number {number}.</translation>
    </message>
    <message>
        <source>This bundle is refused: it is not signed by a key trusted for its sender ({party}).</source>
        <translation>This bundle is refused: it is not signed by a key trusted for its sender ({party}).</translation>
    </message>
    <message>
        <source>This bundle is refused: {reason}.</source>
        <translation>This bundle is refused: {reason}.</translation>
    </message>
    <message>
        <source>This bundle was written by this installation; it is not imported.</source>
        <translation>This bundle was written by this installation; it is not imported.</translation>
    </message>
    <message>
        <source>This consolidated bundle ({sequence}) is older than the last one imported ({last}): it is refused as a rollback.</source>
        <translation>This consolidated bundle ({sequence}) is older than the last one imported ({last}): it is refused as a rollback.</translation>
    </message>
    <message>
        <source>This consolidated bundle was not issued by the Secretariat.</source>
        <translation>This consolidated bundle was not issued by the Secretariat.</translation>
    </message>
    <message>
        <source>This file is far too large to be a key card.</source>
        <translation>This file is far too large to be a key card.</translation>
    </message>
    <message>
        <source>This file is not a key card (it is not JSON).</source>
        <translation>This file is not a key card (it is not JSON).</translation>
    </message>
    <message>
        <source>This installation has no key yet: it was set up without one.</source>
        <translation>This installation has no key yet: it was set up without one.</translation>
    </message>
    <message>
        <source>This installation&apos;s own key cannot be revoked here; rotate it.</source>
        <translation>This installation&apos;s own key cannot be revoked here; rotate it.</translation>
    </message>
    <message>
        <source>This is a member state&apos;s bundle for the SCO Secretariat; member states import the Secretariat&apos;s consolidated bundles.</source>
        <translation>This is a member state&apos;s bundle for the SCO Secretariat; member states import the Secretariat&apos;s consolidated bundles.</translation>
    </message>
    <message>
        <source>This is not a Green Belt key card.</source>
        <translation>This is not a Green Belt key card.</translation>
    </message>
    <message>
        <source>This key card has a format this version does not know.</source>
        <translation>This key card has a format this version does not know.</translation>
    </message>
    <message>
        <source>This key is already known for another party or device.</source>
        <translation>This key is already known for another party or device.</translation>
    </message>
    <message>
        <source>This key was revoked; it cannot be trusted again.</source>
        <translation>This key was revoked; it cannot be trusted again.</translation>
    </message>
    <message>
        <source>This key was rotated; it cannot be trusted again.</source>
        <translation>This key was rotated; it cannot be trusted again.</translation>
    </message>
    <message>
        <source>This state bundle is not addressed to the Secretariat.</source>
        <translation>This state bundle is not addressed to the Secretariat.</translation>
    </message>
    <message>
        <source>This {what} asks for JWS extensions this version does not know.</source>
        <translation>This {what} asks for JWS extensions this version does not know.</translation>
    </message>
    <message>
        <source>This {what} carries no valid list of signatures.</source>
        <translation>This {what} carries no valid list of signatures.</translation>
    </message>
    <message>
        <source>This {what} holds data of schema version {schema}, newer than this version of Green Belt Desktop knows. Please update the application, then import it again.</source>
        <translation>This {what} holds data of schema version {schema}, newer than this version of Green Belt Desktop knows. Please update the application, then import it again.</translation>
    </message>
    <message>
        <source>This {what} is not a Green Belt bundle.</source>
        <translation>This {what} is not a Green Belt bundle.</translation>
    </message>
    <message>
        <source>This {what} is not a signed Green Belt bundle (no JWS payload).</source>
        <translation>This {what} is not a signed Green Belt bundle (no JWS payload).</translation>
    </message>
    <message>
        <source>This {what} is of an unknown kind ({kind}).</source>
        <translation>This {what} is of an unknown kind ({kind}).</translation>
    </message>
    <message>
        <source>This {what} is signed with &apos;{alg}&apos;, not EdDSA (Ed25519); it is refused.</source>
        <translation>This {what} is signed with &apos;{alg}&apos;, not EdDSA (Ed25519); it is refused.</translation>
    </message>
    <message>
        <source>This {what} uses bundle format {version}, which this version of Green Belt Desktop does not know. Please update the application.</source>
        <translation>This {what} uses bundle format {version}, which this version of Green Belt Desktop does not know. Please update the application.</translation>
    </message>
    <message>
        <source>{name} inflates to more than {limit} MB (a compression bomb or an absurd size); it is refused.</source>
        <translation>{name} inflates to more than {limit} MB (a compression bomb or an absurd size); it is refused.</translation>
    </message>
    <message>
        <source>{name} is a damaged or truncated gzip file.</source>
        <translation>{name} is a damaged or truncated gzip file.</translation>
    </message>
    <message>
        <source>{name} is above the size limit for a bundle; it is refused.</source>
        <translation>{name} is above the size limit for a bundle; it is refused.</translation>
    </message>
    <message>
        <source>{name} is not a bundle (it is not UTF-8 text).</source>
        <translation>{name} is not a bundle (it is not UTF-8 text).</translation>
    </message>
    <message>
        <source>{name} is not a bundle (not valid JSON: the file may be truncated or damaged).</source>
        <translation>{name} is not a bundle (not valid JSON: the file may be truncated or damaged).</translation>
    </message>
    <message>
        <source>{name} is {size} MB, above the limit of {limit} MB for a bundle; it is refused.</source>
        <translation>{name} is {size} MB, above the limit of {limit} MB for a bundle; it is refused.</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} carries reference data, which only the SCO Secretariat issues; the bundle is refused whole.</source>
        <translation>The bundle&apos;s change {number} carries reference data, which only the SCO Secretariat issues; the bundle is refused whole.</translation>
    </message>
    <message>
        <source>The bundle&apos;s reference entry for {list_name} {code} does not have the id its list and code give; the bundle is refused whole.</source>
        <translation>The bundle&apos;s reference entry for {list_name} {code} does not have the id its list and code give; the bundle is refused whole.</translation>
    </message>
    <message>
        <source>This bundle carries records of &apos;{party}&apos;, which is not an SCO member state in this installation&apos;s reference data; it is refused.</source>
        <translation>This bundle carries records of &apos;{party}&apos;, which is not an SCO member state in this installation&apos;s reference data; it is refused.</translation>
    </message>
    <message>
        <source>it is not signed by a key this installation trusts for its sender</source>
        <translation>it is not signed by a key this installation trusts for its sender</translation>
    </message>
    <message>
        <source>it is signed by a key that was replaced ({fingerprint}…)</source>
        <translation>it is signed by a key that was replaced ({fingerprint}…)</translation>
    </message>
    <message>
        <source>it is signed by a revoked key ({fingerprint}…)</source>
        <translation>it is signed by a revoked key ({fingerprint}…)</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>bundle</translation>
    </message>
    <message>
        <source>forwarded bundle</source>
        <translation>forwarded bundle</translation>
    </message>
    <message>
        <source>key rotation</source>
        <translation>key rotation</translation>
    </message>
    <message>
        <source>bundle_id</source>
        <translation>bundle_id</translation>
    </message>
    <message>
        <source>issuing device</source>
        <translation>issuing device</translation>
    </message>
    <message>
        <source>superseded: a later bundle from this device ({later}) was already applied; only newer versions in this one were taken</source>
        <translation>superseded: a later bundle from this device ({later}) was already applied; only newer versions in this one were taken</translation>
    </message>
    <message>
        <source>the Secretariat acknowledged our bundle {sequence}</source>
        <translation>the Secretariat acknowledged our bundle {sequence}</translation>
    </message>
    <message>
        <source>{party} device {device} replaced its key {old_fingerprint}… by {fingerprint}…</source>
        <translation>{party} device {device} replaced its key {old_fingerprint}… by {fingerprint}…</translation>
    </message>
    <message>
        <source>{party} key {fingerprint}… revoked</source>
        <translation>{party} key {fingerprint}… revoked</translation>
    </message>
    <message>
        <source>learned {party} key {fingerprint}… (active)</source>
        <translation>learned {party} key {fingerprint}… (active)</translation>
    </message>
    <message>
        <source>learned {party} key {fingerprint}… (revoked)</source>
        <translation>learned {party} key {fingerprint}… (revoked)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>already applied</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Welcome to Green Belt Desktop</source>
        <translation>Welcome to Green Belt Desktop</translation>
    </message>
    <message>
        <source>Choose the language of the application.</source>
        <translation>Choose the language of the application.</translation>
    </message>
    <message>
        <source>You can change the language later in Settings. The next pages set up this computer for your country&apos;s focal point or for the SCO Secretariat.</source>
        <translation>You can change the language later in Settings. The next pages set up this computer for your country&apos;s focal point or for the SCO Secretariat.</translation>
    </message>
    <message>
        <source>Choose a country from the list, or type its name or two-letter code.</source>
        <translation>Choose a country from the list, or type its name or two-letter code.</translation>
    </message>
    <message>
        <source>%1 is already a member state in this version: choose it under “%2” above.</source>
        <translation>%1 is already a member state in this version: choose it under “%2” above.</translation>
    </message>
    <message>
        <source>Who uses this computer?</source>
        <translation>Who uses this computer?</translation>
    </message>
    <message>
        <source>Bundles made here are signed in the name of this party.</source>
        <translation>Bundles made here are signed in the name of this party.</translation>
    </message>
    <message>
        <source>The focal point of a member state</source>
        <translation>The focal point of a member state</translation>
    </message>
    <message>
        <source>Another member state (joined after this version)</source>
        <translation>Another member state (joined after this version)</translation>
    </message>
    <message>
        <source>The SCO Secretariat</source>
        <translation>The SCO Secretariat</translation>
    </message>
    <message>
        <source>&amp;Member state:</source>
        <translation>&amp;Member state:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>Type or choose the country</source>
        <translation>Type or choose the country</translation>
    </message>
    <message>
        <source>The SCO Secretariat&apos;s reference data will name your country properly once the first consolidated bundle has been imported.</source>
        <translation>The SCO Secretariat&apos;s reference data will name your country properly once the first consolidated bundle has been imported.</translation>
    </message>
    <message>
        <source>Choose the Secretariat only on the Secretariat&apos;s own computers: it consolidates the bundles of all member states.</source>
        <translation>Choose the Secretariat only on the Secretariat&apos;s own computers: it consolidates the bundles of all member states.</translation>
    </message>
    <message>
        <source>The focal point</source>
        <translation>The focal point</translation>
    </message>
    <message>
        <source>Your name is recorded as the author of what you enter.</source>
        <translation>Your name is recorded as the author of what you enter.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>e.g. Aigerim Saparova</source>
        <translation>e.g. Aigerim Saparova</translation>
    </message>
    <message>
        <source>e.g. Ministry of Ecology</source>
        <translation>e.g. Ministry of Ecology</translation>
    </message>
    <message>
        <source>The name is required; the organisation may stay empty.</source>
        <translation>The name is required; the organisation may stay empty.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>Too short: use at least %1 characters.</translation>
    </message>
    <message>
        <source>Weak: a longer sentence of several words is stronger.</source>
        <translation>Weak: a longer sentence of several words is stronger.</translation>
    </message>
    <message>
        <source>Fair: longer, or mixing letters, digits and signs, is better.</source>
        <translation>Fair: longer, or mixing letters, digits and signs, is better.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>The two passphrases match.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>A key pair that signs your bundles is made now; the passphrase protects its private half.</source>
        <translation>A key pair that signs your bundles is made now; the passphrase protects its private half.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>You need the passphrase to export bundles. Nobody can recover it if it is lost: write it down and keep it in a safe place.</source>
        <translation>You need the passphrase to export bundles. Nobody can recover it if it is lost: write it down and keep it in a safe place.</translation>
    </message>
    <message>
        <source>Set up Green Belt Desktop</source>
        <translation>Set up Green Belt Desktop</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This installation is already set up; nothing was changed.</source>
        <translation>This installation is already set up; nothing was changed.</translation>
    </message>
    <message>
        <source>The installation could not be set up</source>
        <translation>The installation could not be set up</translation>
    </message>
    <message>
        <source>Ready to set up</source>
        <translation>Ready to set up</translation>
    </message>
    <message>
        <source>Check what you entered, then press Finish.</source>
        <translation>Check what you entered, then press Finish.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>Party:</translation>
    </message>
    <message>
        <source>Focal point:</source>
        <translation>Focal point:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Your key:</source>
        <translation>Your key:</translation>
    </message>
    <message>
        <source>Secretariat&apos;s key:</source>
        <translation>Secretariat&apos;s key:</translation>
    </message>
    <message>
        <source>Your records stay on this computer. They leave it only in the bundles you export on the Sync page, and records marked private never leave it.</source>
        <translation>Your records stay on this computer. They leave it only in the bundles you export on the Sync page, and records marked private never leave it.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>a new key pair is made when you press Finish</source>
        <translation>a new key pair is made when you press Finish</translation>
    </message>
    <message>
        <source>trusted, fingerprint %1</source>
        <translation>trusted, fingerprint %1</translation>
    </message>
    <message>
        <source>not yet: trust it later on the Sync page</source>
        <translation>not yet: trust it later on the Sync page</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s key card</source>
        <translation>The Secretariat&apos;s key card</translation>
    </message>
    <message>
        <source>Key cards (*.json *.gbkey);;All files (*)</source>
        <translation>Key cards (*.json *.gbkey);;All files (*)</translation>
    </message>
    <message>
        <source>This key card belongs to %1, not to the SCO Secretariat.</source>
        <translation>This key card belongs to %1, not to the SCO Secretariat.</translation>
    </message>
    <message>
        <source>Key card of the SCO Secretariat: %1</source>
        <translation>Key card of the SCO Secretariat: %1</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s key</source>
        <translation>The Secretariat&apos;s key</translation>
    </message>
    <message>
        <source>With it this computer checks that consolidated bundles really come from the Secretariat.</source>
        <translation>With it this computer checks that consolidated bundles really come from the Secretariat.</translation>
    </message>
    <message>
        <source>Open the key card file the Secretariat sent you (by e-mail or on a USB stick).</source>
        <translation>Open the key card file the Secretariat sent you (by e-mail or on a USB stick).</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Key card file</source>
        <translation>Key card file</translation>
    </message>
    <message>
        <source>Ask the Secretariat to read its fingerprint out to you over the phone, and compare it group by group with this one:</source>
        <translation>Ask the Secretariat to read its fingerprint out to you over the phone, and compare it group by group with this one:</translation>
    </message>
    <message>
        <source>&amp;The fingerprints are the same</source>
        <translation>&amp;The fingerprints are the same</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Skip for now</translation>
    </message>
    <message>
        <source>Without the Secretariat&apos;s key you can record data and export bundles, but you cannot import consolidated bundles until you trust the key on the Sync page.</source>
        <translation>Without the Secretariat&apos;s key you can record data and export bundles, but you cannot import consolidated bundles until you trust the key on the Sync page.</translation>
    </message>
</context>
</TS>
