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
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="86" />
        <source>Welcome to Green Belt Desktop</source>
        <translation>Welcome to Green Belt Desktop</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="87" />
        <source>Choose the language of the application.</source>
        <translation>Choose the language of the application.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="89" />
        <source>You can change the language later in Settings. The next pages set up this computer for your country's focal point or for the SCO Secretariat.</source>
        <translation>You can change the language later in Settings. The next pages set up this computer for your country's focal point or for the SCO Secretariat.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="146" />
        <source>Who uses this computer?</source>
        <translation>Who uses this computer?</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="148" />
        <source>Bundles made here are signed in the name of this party.</source>
        <translation>Bundles made here are signed in the name of this party.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="150" />
        <source>The focal point of a member state</source>
        <translation>The focal point of a member state</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="151" />
        <source>The SCO Secretariat</source>
        <translation>The SCO Secretariat</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="152" />
        <source>&amp;Member state:</source>
        <translation>&amp;Member state:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="163" />
        <source>Choose the Secretariat only on the Secretariat's own computers: it consolidates the bundles of all member states.</source>
        <translation>Choose the Secretariat only on the Secretariat's own computers: it consolidates the bundles of all member states.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="196" />
        <source>The focal point</source>
        <translation>The focal point</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="198" />
        <source>Your name is recorded as the author of what you enter.</source>
        <translation>Your name is recorded as the author of what you enter.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="200" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="201" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="202" />
        <source>e.g. Aigerim Saparova</source>
        <translation>e.g. Aigerim Saparova</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="203" />
        <source>e.g. Ministry of Ecology</source>
        <translation>e.g. Ministry of Ecology</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="205" />
        <source>The name is required; the organisation may stay empty.</source>
        <translation>The name is required; the organisation may stay empty.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="267" />
        <source>Too short: use at least %1 characters.</source>
        <translation>Too short: use at least %1 characters.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="270" />
        <source>Weak: a longer sentence of several words is stronger.</source>
        <translation>Weak: a longer sentence of several words is stronger.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="271" />
        <source>Fair: longer, or mixing letters, digits and signs, is better.</source>
        <translation>Fair: longer, or mixing letters, digits and signs, is better.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="272" />
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="276" />
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="278" />
        <source>The two passphrases match.</source>
        <translation>The two passphrases match.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="284" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="286" />
        <source>A key pair that signs your bundles is made now; the passphrase protects its private half.</source>
        <translation>A key pair that signs your bundles is made now; the passphrase protects its private half.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="292" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="293" />
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="295" />
        <source>You need the passphrase to export bundles. Nobody can recover it if it is lost: write it down and keep it in a safe place.</source>
        <translation>You need the passphrase to export bundles. Nobody can recover it if it is lost: write it down and keep it in a safe place.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="92" />
        <source>Set up Green Belt Desktop</source>
        <translation>Set up Green Belt Desktop</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="94" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="95" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="96" />
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="97" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="108" />
        <source>The installation could not be set up</source>
        <translation>The installation could not be set up</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="64" />
        <source>Ready to set up</source>
        <translation>Ready to set up</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="65" />
        <source>Check what you entered, then press Finish.</source>
        <translation>Check what you entered, then press Finish.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="66" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="67" />
        <source>Party:</source>
        <translation>Party:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="68" />
        <source>Focal point:</source>
        <translation>Focal point:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="69" />
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="71" />
        <source>Your records stay on this computer. They leave it only in the bundles you export on the Sync page, and records marked private never leave it.</source>
        <translation>Your records stay on this computer. They leave it only in the bundles you export on the Sync page, and records marked private never leave it.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="85" />
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
</context>
</TS>