<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="51" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="52" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="53" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="54" />
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="55" />
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="56" />
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="57" />
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="58" />
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="82" />
        <source>Restore the kept version of %1</source>
        <translation>Restore the kept version of %1</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="98" />
        <source>Your kept version is the current one again.</source>
        <translation>Your kept version is the current one again.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="106" />
        <source>Undone: the version that had won is the current one again.</source>
        <translation>Undone: the version that had won is the current one again.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="192" />
        <source>(restored)</source>
        <translation>(restored)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="243" />
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="246" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="247" />
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="250" />
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="257" />
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="287" />
        <source>%1 “%2”: your version was replaced on %3 by a newer one from a bundle. Both are kept.</source>
        <translation>%1 “%2”: your version was replaced on %3 by a newer one from a bundle. Both are kept.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="300" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="301" />
        <source>Your kept version</source>
        <translation>Your kept version</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="302" />
        <source>Current version</source>
        <translation>Current version</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="316" />
        <source>The two versions differ here.</source>
        <translation>The two versions differ here.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="333" />
        <source>The version was not restored.</source>
        <translation>The version was not restored.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="337" />
        <source>Your kept version is the current one again, as a new edit that your next bundle carries. Undo brings back the version it replaced.</source>
        <translation>Your kept version is the current one again, as a new edit that your next bundle carries. Undo brings back the version it replaced.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="351" />
        <source>This could not be undone.</source>
        <translation>This could not be undone.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="368" />
        <source>When a bundle brings a newer version of a record you had also changed here, the newer version becomes the record and yours is kept on this page. Nothing is lost: compare them, and restore yours if it is the right one.</source>
        <translation>When a bundle brings a newer version of a record you had also changed here, the newer version becomes the record and yours is kept on this page. Nothing is lost: compare them, and restore yours if it is the right one.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="375" />
        <source>&amp;Show restored ones too</source>
        <translation>&amp;Show restored ones too</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="377" />
        <source>● marks the fields where the two versions differ.</source>
        <translation>● marks the fields where the two versions differ.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="379" />
        <source>&amp;Restore my version</source>
        <translation>&amp;Restore my version</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="380" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts.py" line="382" />
        <source>No conflicts: no change made here was replaced by a bundle.</source>
        <translation>No conflicts: no change made here was replaced by a bundle.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts_values.py" line="89" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/conflicts_values.py" line="89" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="46" />
        <location filename="../greenbelt_desktop/gui/pages/sync_common.py" line="99" />
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="152" />
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="153" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="161" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="183" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync.py" line="91" />
        <source>Members and consolidation</source>
        <translation>Members and consolidation</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync.py" line="93" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync.py" line="94" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync.py" line="95" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync.py" line="96" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_common.py" line="41" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_common.py" line="42" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_common.py" line="43" />
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_common.py" line="44" />
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_common.py" line="45" />
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_common.py" line="46" />
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_common.py" line="47" />
        <source>Practices</source>
        <translation>Practices</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_common.py" line="48" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_common.py" line="49" />
        <source>Reference data</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="103" />
        <source>Nothing can be exported yet.</source>
        <translation>Nothing can be exported yet.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="115" />
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="117" />
        <source>new or changed</source>
        <translation>new or changed</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="123" />
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="241" />
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="124" />
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="125" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="126" />
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="134" />
        <source>Bundle %1 will carry %2 changes:</source>
        <translation>Bundle %1 will carry %2 changes:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="140" />
        <source>No changes to send: bundle %1 will carry only acknowledgements, which shows the Secretariat this computer is alive.</source>
        <translation>No changes to send: bundle %1 will carry only acknowledgements, which shows the Secretariat this computer is alive.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="155" />
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="157" />
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="115" />
        <source>Green Belt bundles (*.gbundle);;All files (*)</source>
        <translation>Green Belt bundles (*.gbundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="166" />
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="123" />
        <source>Enter the passphrase of your key to sign.</source>
        <translation>Enter the passphrase of your key to sign.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="173" />
        <source>Signing and writing the bundle…</source>
        <translation>Signing and writing the bundle…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="179" />
        <source>Bundle %1 written to %2 with %3 changes.</source>
        <translation>Bundle %1 written to %2 with %3 changes.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="188" />
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="150" />
        <source>The bundle was not written.</source>
        <translation>The bundle was not written.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="197" />
        <source>Exporting the bundle</source>
        <translation>Exporting the bundle</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="209" />
        <source>A bundle carries your changes to the SCO Secretariat, by e-mail or on a USB stick. Records marked private never leave this computer. Until the Secretariat acknowledges a bundle, the next one carries the same changes again, so a lost file loses nothing.</source>
        <translation>A bundle carries your changes to the SCO Secretariat, by e-mail or on a USB stick. Records marked private never leave this computer. Until the Secretariat acknowledges a bundle, the next one carries the same changes again, so a lost file loses nothing.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="217" />
        <source>&amp;Full export (every shared record)</source>
        <translation>&amp;Full export (every shared record)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="218" />
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="177" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="219" />
        <source>&amp;Refresh preview</source>
        <translation>&amp;Refresh preview</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_export.py" line="220" />
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="33" />
        <source>Consolidated bundle written</source>
        <translation>Consolidated bundle written</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="34" />
        <source>Bundle written</source>
        <translation>Bundle written</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="36" />
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="232" />
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="39" />
        <source>Already imported before; nothing changed</source>
        <translation>Already imported before; nothing changed</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="40" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="51" />
        <source>%1 changes</source>
        <translation>%1 changes</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="53" />
        <source>%1 member bundles forwarded</source>
        <translation>%1 member bundles forwarded</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="59" />
        <source>%1 new, %2 updated, %3 deleted, %4 conflicts</source>
        <translation>%1 new, %2 updated, %3 deleted, %4 conflicts</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="89" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="90" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="91" />
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="250" />
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="128" />
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="92" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="93" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="94" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_history.py" line="116" />
        <source>Every bundle written or imported on this computer, and every bundle refused, newest first.</source>
        <translation>Every bundle written or imported on this computer, and every bundle refused, newest first.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="44" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="45" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="46" />
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="47" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="48" />
        <source>Older (ignored)</source>
        <translation>Older (ignored)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="49" />
        <source>Conflicts (kept)</source>
        <translation>Conflicts (kept)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="108" />
        <source>Import bundle</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="110" />
        <source>Green Belt bundles (*.gbundle *.gbundle.gz);;All files (*)</source>
        <translation>Green Belt bundles (*.gbundle *.gbundle.gz);;All files (*)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="126" />
        <source>Checking the signatures…</source>
        <translation>Checking the signatures…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="138" />
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="180" />
        <source>The bundle was refused; nothing was changed.</source>
        <translation>The bundle was refused; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="147" />
        <source>Checking the bundle</source>
        <translation>Checking the bundle</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="162" />
        <source>Applying the bundle…</source>
        <translation>Applying the bundle…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="170" />
        <source>Imported: %1 new, %2 updated, %3 deleted, %4 conflicts kept.</source>
        <translation>Imported: %1 new, %2 updated, %3 deleted, %4 conflicts kept.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="189" />
        <source>Importing the bundle</source>
        <translation>Importing the bundle</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="199" />
        <source>consolidated bundle of the Secretariat</source>
        <translation>consolidated bundle of the Secretariat</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="201" />
        <source>bundle of a member state</source>
        <translation>bundle of a member state</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="204" />
        <source>✔ Signature verified: %1 no. %2 from %3.</source>
        <translation>✔ Signature verified: %1 no. %2 from %3.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="211" />
        <source>This bundle was already applied; importing it again changes nothing.</source>
        <translation>This bundle was already applied; importing it again changes nothing.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="216" />
        <source>Applied. A backup was taken before.</source>
        <translation>Applied. A backup was taken before.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="218" />
        <source>Nothing is changed yet: this is what Apply will do.</source>
        <translation>Nothing is changed yet: this is what Apply will do.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="221" />
        <source>Forwarded bundle no. %1 from %2: %3</source>
        <translation>Forwarded bundle no. %1 from %2: %3</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="234" />
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="265" />
        <source>Import a bundle you received: the Secretariat's consolidated bundle (on a member state's computer) or a member state's bundle (at the Secretariat). It is checked first and you see what it would change; nothing is written until you press Apply.</source>
        <translation>Import a bundle you received: the Secretariat's consolidated bundle (on a member state's computer) or a member state's bundle (at the Secretariat). It is checked first and you see what it would change; nothing is written until you press Apply.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="273" />
        <source>&amp;Choose bundle…</source>
        <translation>&amp;Choose bundle…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_import.py" line="274" />
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="41" />
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="42" />
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="43" />
        <source>replaced by a newer key</source>
        <translation>replaced by a newer key</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="52" />
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="173" />
        <source>Trust a key card</source>
        <translation>Trust a key card</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="54" />
        <source>Key card of %1: %2</source>
        <translation>Key card of %1: %2</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="60" />
        <source>Ask the sender to read the fingerprint out to you over the phone, and compare it group by group with this one:</source>
        <translation>Ask the sender to read the fingerprint out to you over the phone, and compare it group by group with this one:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="69" />
        <source>&amp;The fingerprints are the same</source>
        <translation>&amp;The fingerprints are the same</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="74" />
        <source>&amp;Trust this key</source>
        <translation>&amp;Trust this key</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="123" />
        <source>This computer has no key.</source>
        <translation>This computer has no key.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="129" />
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="102" />
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="130" />
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="131" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="148" />
        <source>Save my key card</source>
        <translation>Save my key card</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="150" />
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="175" />
        <source>Key cards (*.gbkey *.json);;All files (*)</source>
        <translation>Key cards (*.gbkey *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="160" />
        <source>The key card was not saved.</source>
        <translation>The key card was not saved.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="163" />
        <source>Key card saved to %1. Send it to the other side, then read them your fingerprint over the phone.</source>
        <translation>Key card saved to %1. Send it to the other side, then read them your fingerprint over the phone.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="186" />
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="196" />
        <source>The key card was not trusted.</source>
        <translation>The key card was not trusted.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="199" />
        <source>The key of %1 is trusted now.</source>
        <translation>The key of %1 is trusted now.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="212" />
        <source>Fingerprint of this computer's key:</source>
        <translation>Fingerprint of this computer's key:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="213" />
        <source>&amp;Save my key card…</source>
        <translation>&amp;Save my key card…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="214" />
        <source>Keys this computer trusts:</source>
        <translation>Keys this computer trusts:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_keys.py" line="215" />
        <source>&amp;Trust a key card…</source>
        <translation>&amp;Trust a key card…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="95" />
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="101" />
        <source>Member state</source>
        <translation>Member state</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="103" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="104" />
        <source>Last bundle</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="105" />
        <source>Imported on</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="113" />
        <source>Write the consolidated bundle</source>
        <translation>Write the consolidated bundle</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="129" />
        <source>Writing the consolidated bundle…</source>
        <translation>Writing the consolidated bundle…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="136" />
        <source>Consolidated bundle %1 written to %2: %3 Secretariat changes and %4 member bundles forwarded. Send it to every member state.</source>
        <translation>Consolidated bundle %1 written to %2: %3 Secretariat changes and %4 member bundles forwarded. Send it to every member state.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="158" />
        <source>Writing the consolidated bundle</source>
        <translation>Writing the consolidated bundle</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="170" />
        <source>The member states' computers whose keys the Secretariat trusts, and the last bundle imported from each. The consolidated bundle carries the Secretariat's records and every member's shared records, each still signed by its member.</source>
        <translation>The member states' computers whose keys the Secretariat trusts, and the last bundle imported from each. The consolidated bundle carries the Secretariat's records and every member's shared records, each still signed by its member.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_members.py" line="178" />
        <source>&amp;Write consolidated bundle…</source>
        <translation>&amp;Write consolidated bundle…</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="16" />
        <source>A forwarded bundle does not name the key that signed it.</source>
        <translation>A forwarded bundle does not name the key that signed it.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="17" />
        <source>A forwarded bundle is not a member state's bundle for all.</source>
        <translation>A forwarded bundle is not a member state's bundle for all.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="18" />
        <source>A forwarded bundle's sender does not match its signature.</source>
        <translation>A forwarded bundle's sender does not match its signature.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="19" />
        <source>A key rotation does not match the key card it introduces.</source>
        <translation>A key rotation does not match the key card it introduces.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="20" />
        <source>A key rotation in this bundle is damaged.</source>
        <translation>A key rotation in this bundle is damaged.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="21" />
        <source>A key rotation is damaged.</source>
        <translation>A key rotation is damaged.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="22" />
        <source>A key rotation is not signed by a known key of that device.</source>
        <translation>A key rotation is not signed by a known key of that device.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="25" />
        <source>A key rotation's signatures do not verify.</source>
        <translation>A key rotation's signatures do not verify.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="26" />
        <source>A key this bundle relies on is no longer trusted here.</source>
        <translation>A key this bundle relies on is no longer trusted here.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="27" />
        <source>A passphrase is needed to protect the private key: use --passphrase-file FILE or set GREENBELT_PASSPHRASE.</source>
        <translation>A passphrase is needed to protect the private key.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="31" />
        <source>A registry entry names another party than its key card.</source>
        <translation>A registry entry names another party than its key card.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="32" />
        <source>A registry entry's rotation does not match its key card.</source>
        <translation>A registry entry's rotation does not match its key card.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="33" />
        <source>An entry of the bundle's key registry is malformed.</source>
        <translation>An entry of the bundle's key registry is malformed.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="34" />
        <source>Another key is already trusted for this device; a new key for it is accepted only through a rotation signed by the old key.</source>
        <translation>Another key is already trusted for this device; a new key for it is accepted only through a rotation signed by the old key.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="38" />
        <source>Only the Secretariat revokes keys (in its registry).</source>
        <translation>Only the Secretariat revokes keys (in its registry).</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="39" />
        <source>Only the Secretariat writes consolidated bundles.</source>
        <translation>Only the Secretariat writes consolidated bundles.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="40" />
        <source>The Secretariat does not import consolidated bundles.</source>
        <translation>The Secretariat does not import consolidated bundles.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="41" />
        <source>The Secretariat writes consolidated bundles: use 'greenbelt bundle consolidate'.</source>
        <translation>The Secretariat writes consolidated bundles on the Members and consolidation tab.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="45" />
        <source>The bundle carries a key rotation for another device.</source>
        <translation>The bundle carries a key rotation for another device.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="46" />
        <source>The bundle holds an absurd number of changes; it is refused.</source>
        <translation>The bundle holds an absurd number of changes; it is refused.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="49" />
        <source>The bundle's forwarded bundles are not a list.</source>
        <translation>The bundle's forwarded bundles are not a list.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="50" />
        <source>The bundle's key registry is malformed.</source>
        <translation>The bundle's key registry is malformed.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="51" />
        <source>The inner bundle does not match the bundle that carries it.</source>
        <translation>The inner bundle does not match the bundle that carries it.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="54" />
        <source>The key card does not hold an Ed25519 public key.</source>
        <translation>The key card does not hold an Ed25519 public key.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="55" />
        <source>The key card lacks its party, label or date.</source>
        <translation>The key card lacks its party, label or date.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="56" />
        <source>The key card's device is not a UUID.</source>
        <translation>The key card's device is not a UUID.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="57" />
        <source>The key card's kid is not the thumbprint of its key.</source>
        <translation>The key card's kid is not the thumbprint of its key.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="58" />
        <source>The key card's public key is not a valid Ed25519 key.</source>
        <translation>The key card's public key is not a valid Ed25519 key.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="59" />
        <source>The passphrase is wrong; the private key could not be opened.</source>
        <translation>The passphrase is wrong; the private key could not be opened.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="62" />
        <source>The passphrase of the private key is needed: use --passphrase-file FILE or set GREENBELT_PASSPHRASE.</source>
        <translation>The passphrase of the private key is needed.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="66" />
        <source>The private key file does not hold an Ed25519 key.</source>
        <translation>The private key file does not hold an Ed25519 key.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="67" />
        <source>The signed content of the bundle is not a JSON object.</source>
        <translation>The signed content of the bundle is not a JSON object.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="68" />
        <source>The signed content of the bundle is not valid JSON.</source>
        <translation>The signed content of the bundle is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="69" />
        <source>This bundle was written by this installation; it is not imported.</source>
        <translation>This bundle was written by this installation; it is not imported.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="72" />
        <source>This consolidated bundle was not issued by the Secretariat.</source>
        <translation>This consolidated bundle was not issued by the Secretariat.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="75" />
        <source>This file is far too large to be a key card.</source>
        <translation>This file is far too large to be a key card.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="76" />
        <source>This file is not a key card (it is not JSON).</source>
        <translation>This file is not a key card (it is not JSON).</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="77" />
        <source>This installation has no key yet: it was set up without one.</source>
        <translation>This installation has no key yet: it was set up without one.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="80" />
        <source>This installation's own key cannot be revoked here; rotate it.</source>
        <translation>This installation's own key cannot be revoked here; rotate it.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="83" />
        <source>This is a member state's bundle for the SCO Secretariat; member states import the Secretariat's consolidated bundles.</source>
        <translation>This is a member state's bundle for the SCO Secretariat; member states import the Secretariat's consolidated bundles.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="87" />
        <source>This is not a Green Belt key card.</source>
        <translation>This is not a Green Belt key card.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="88" />
        <source>This key card has a format this version does not know.</source>
        <translation>This key card has a format this version does not know.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="89" />
        <source>This key is already known for another party or device.</source>
        <translation>This key is already known for another party or device.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/pages/sync_messages.py" line="90" />
        <source>This state bundle is not addressed to the Secretariat.</source>
        <translation>This state bundle is not addressed to the Secretariat.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="87" />
        <source>Welcome to Green Belt Desktop</source>
        <translation>Welcome to Green Belt Desktop</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="88" />
        <source>Choose the language of the application.</source>
        <translation>Choose the language of the application.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="90" />
        <source>You can change the language later in Settings. The next pages set up this computer for your country's focal point or for the SCO Secretariat.</source>
        <translation>You can change the language later in Settings. The next pages set up this computer for your country's focal point or for the SCO Secretariat.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="147" />
        <source>Who uses this computer?</source>
        <translation>Who uses this computer?</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="149" />
        <source>Bundles made here are signed in the name of this party.</source>
        <translation>Bundles made here are signed in the name of this party.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="151" />
        <source>The focal point of a member state</source>
        <translation>The focal point of a member state</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="152" />
        <source>The SCO Secretariat</source>
        <translation>The SCO Secretariat</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="153" />
        <source>&amp;Member state:</source>
        <translation>&amp;Member state:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="164" />
        <source>Choose the Secretariat only on the Secretariat's own computers: it consolidates the bundles of all member states.</source>
        <translation>Choose the Secretariat only on the Secretariat's own computers: it consolidates the bundles of all member states.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="197" />
        <source>The focal point</source>
        <translation>The focal point</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="199" />
        <source>Your name is recorded as the author of what you enter.</source>
        <translation>Your name is recorded as the author of what you enter.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="201" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="202" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="203" />
        <source>e.g. Aigerim Saparova</source>
        <translation>e.g. Aigerim Saparova</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="204" />
        <source>e.g. Ministry of Ecology</source>
        <translation>e.g. Ministry of Ecology</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="206" />
        <source>The name is required; the organisation may stay empty.</source>
        <translation>The name is required; the organisation may stay empty.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="268" />
        <source>Too short: use at least %1 characters.</source>
        <translation>Too short: use at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="271" />
        <source>Weak: a longer sentence of several words is stronger.</source>
        <translation>Weak: a longer sentence of several words is stronger.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="272" />
        <source>Fair: longer, or mixing letters, digits and signs, is better.</source>
        <translation>Fair: longer, or mixing letters, digits and signs, is better.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="273" />
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="277" />
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="279" />
        <source>The two passphrases match.</source>
        <translation>The two passphrases match.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="285" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="287" />
        <source>A key pair that signs your bundles is made now; the passphrase protects its private half.</source>
        <translation>A key pair that signs your bundles is made now; the passphrase protects its private half.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="293" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="294" />
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="296" />
        <source>You need the passphrase to export bundles. Nobody can recover it if it is lost: write it down and keep it in a safe place.</source>
        <translation>You need the passphrase to export bundles. Nobody can recover it if it is lost: write it down and keep it in a safe place.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="107" />
        <source>Set up Green Belt Desktop</source>
        <translation>Set up Green Belt Desktop</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="109" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="110" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="111" />
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="112" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="123" />
        <source>The installation could not be set up</source>
        <translation>The installation could not be set up</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="77" />
        <source>Ready to set up</source>
        <translation>Ready to set up</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="78" />
        <source>Check what you entered, then press Finish.</source>
        <translation>Check what you entered, then press Finish.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="79" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="80" />
        <source>Party:</source>
        <translation>Party:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="81" />
        <source>Focal point:</source>
        <translation>Focal point:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="82" />
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="83" />
        <source>Your key:</source>
        <translation>Your key:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="84" />
        <source>Secretariat's key:</source>
        <translation>Secretariat's key:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="86" />
        <source>Your records stay on this computer. They leave it only in the bundles you export on the Sync page, and records marked private never leave it.</source>
        <translation>Your records stay on this computer. They leave it only in the bundles you export on the Sync page, and records marked private never leave it.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="100" />
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="103" />
        <source>a new key pair is made when you press Finish</source>
        <translation>a new key pair is made when you press Finish</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="110" />
        <source>trusted, fingerprint %1</source>
        <translation>trusted, fingerprint %1</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="116" />
        <source>not yet: trust it later on the Sync page</source>
        <translation>not yet: trust it later on the Sync page</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="94" />
        <source>The Secretariat's key card</source>
        <translation>The Secretariat's key card</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="96" />
        <source>Key cards (*.json *.gbkey);;All files (*)</source>
        <translation>Key cards (*.json *.gbkey);;All files (*)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="119" />
        <source>This key card belongs to %1, not to the SCO Secretariat.</source>
        <translation>This key card belongs to %1, not to the SCO Secretariat.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="144" />
        <source>Key card of the SCO Secretariat: %1</source>
        <translation>Key card of the SCO Secretariat: %1</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="152" />
        <source>The Secretariat's key</source>
        <translation>The Secretariat's key</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="154" />
        <source>With it this computer checks that consolidated bundles really come from the Secretariat.</source>
        <translation>With it this computer checks that consolidated bundles really come from the Secretariat.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="161" />
        <source>Open the key card file the Secretariat sent you (by e-mail or on a USB stick).</source>
        <translation>Open the key card file the Secretariat sent you (by e-mail or on a USB stick).</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="166" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="167" />
        <source>Key card file</source>
        <translation>Key card file</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="169" />
        <source>Ask the Secretariat to read its fingerprint out to you over the phone, and compare it group by group with this one:</source>
        <translation>Ask the Secretariat to read its fingerprint out to you over the phone, and compare it group by group with this one:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="175" />
        <source>&amp;The fingerprints are the same</source>
        <translation>&amp;The fingerprints are the same</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="176" />
        <source>&amp;Skip for now</source>
        <translation>&amp;Skip for now</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="178" />
        <source>Without the Secretariat's key you can record data and export bundles, but you cannot import consolidated bundles until you trust the key on the Sync page.</source>
        <translation>Without the Secretariat's key you can record data and export bundles, but you cannot import consolidated bundles until you trust the key on the Sync page.</translation>
    </message>
</context>
</TS>