<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Briefing</name>
    <message>
        <source>Briefing pack…</source>
        <translation>Briefing pack…</translation>
    </message>
    <message>
        <source>Delegations of the member states</source>
        <translation>Delegations of the member states</translation>
    </message>
    <message>
        <source>Only records shared with all member states are printed; private and Secretariat-only records are left out.</source>
        <translation>Only records shared with all member states are printed; private and Secretariat-only records are left out.</translation>
    </message>
    <message>
        <source>SCO Secretariat</source>
        <translation>SCO Secretariat</translation>
    </message>
    <message>
        <source>Records shared with the Secretariat and with all member states are printed; private records are left out.</source>
        <translation>Records shared with the Secretariat and with all member states are printed; private records are left out.</translation>
    </message>
    <message>
        <source>Internal use of the ministry</source>
        <translation>Internal use of the ministry</translation>
    </message>
    <message>
        <source>Every record is printed, private ones included: do not hand this pack to other delegations.</source>
        <translation>Every record is printed, private ones included: do not hand this pack to other delegations.</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Briefing pack</translation>
    </message>
    <message>
        <source>None: a general pack</source>
        <translation>None: a general pack</translation>
    </message>
    <message>
        <source>None ticked: all member states.</source>
        <translation>None ticked: all member states.</translation>
    </message>
    <message>
        <source>Only this period:</source>
        <translation>Only this period:</translation>
    </message>
    <message>
        <source>Language of the pack:</source>
        <translation>Language of the pack:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>Member states:</source>
        <translation>Member states:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Press Preview to see the first pages here.</source>
        <translation>Press Preview to see the first pages here.</translation>
    </message>
    <message>
        <source>Save the briefing pack</source>
        <translation>Save the briefing pack</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Making the pack…</source>
        <translation>Making the pack…</translation>
    </message>
    <message>
        <source>Saved {path}: {pages} pages.</source>
        <translation>Saved {path}: {pages} pages.</translation>
    </message>
    <message>
        <source>Preview of the first pages; the pack has {pages} pages.</source>
        <translation>Preview of the first pages; the pack has {pages} pages.</translation>
    </message>
    <message>
        <source>The pack could not be made: {reason}</source>
        <translation>The pack could not be made: {reason}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
</context>
</TS>
