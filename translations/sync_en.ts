<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Operations</name>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="44" />
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="142" />
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="143" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="151" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="173" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
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
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="93" />
        <source>The Secretariat's key card</source>
        <translation>The Secretariat's key card</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="95" />
        <source>Key cards (*.json *.gbkey);;All files (*)</source>
        <translation>Key cards (*.json *.gbkey);;All files (*)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="115" />
        <source>This key card belongs to %1, not to the SCO Secretariat.</source>
        <translation>This key card belongs to %1, not to the SCO Secretariat.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="140" />
        <source>Key card of the SCO Secretariat: %1</source>
        <translation>Key card of the SCO Secretariat: %1</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="148" />
        <source>The Secretariat's key</source>
        <translation>The Secretariat's key</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="150" />
        <source>With it this computer checks that consolidated bundles really come from the Secretariat.</source>
        <translation>With it this computer checks that consolidated bundles really come from the Secretariat.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="157" />
        <source>Open the key card file the Secretariat sent you (by e-mail or on a USB stick).</source>
        <translation>Open the key card file the Secretariat sent you (by e-mail or on a USB stick).</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="162" />
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="163" />
        <source>Key card file</source>
        <translation>Key card file</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="165" />
        <source>Ask the Secretariat to read its fingerprint out to you over the phone, and compare it group by group with this one:</source>
        <translation>Ask the Secretariat to read its fingerprint out to you over the phone, and compare it group by group with this one:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="171" />
        <source>&amp;The fingerprints are the same</source>
        <translation>&amp;The fingerprints are the same</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="172" />
        <source>&amp;Skip for now</source>
        <translation>&amp;Skip for now</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="174" />
        <source>Without the Secretariat's key you can record data and export bundles, but you cannot import consolidated bundles until you trust the key on the Sync page.</source>
        <translation>Without the Secretariat's key you can record data and export bundles, but you cannot import consolidated bundles until you trust the key on the Sync page.</translation>
    </message>
</context>
</TS>