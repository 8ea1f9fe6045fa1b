<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>Spreadsheets and contacts…</source>
        <translation>Spreadsheets and contacts…</translation>
    </message>
    <message>
        <source>Spreadsheets, calendar and contacts</source>
        <translation>Spreadsheets, calendar and contacts</translation>
    </message>
    <message>
        <source>Language of the files:</source>
        <translation>Language of the files:</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Excel workbooks</translation>
    </message>
    <message>
        <source>Save blank template…</source>
        <translation>Save blank template…</translation>
    </message>
    <message>
        <source>Export records…</source>
        <translation>Export records…</translation>
    </message>
    <message>
        <source>Import a filled workbook…</source>
        <translation>Import a filled workbook…</translation>
    </message>
    <message>
        <source>Outlook, Thunderbird and phones</source>
        <translation>Outlook, Thunderbird and phones</translation>
    </message>
    <message>
        <source>Export events (.ics)…</source>
        <translation>Export events (.ics)…</translation>
    </message>
    <message>
        <source>Export contacts (.vcf)…</source>
        <translation>Export contacts (.vcf)…</translation>
    </message>
    <message>
        <source>Import contacts (.vcf)…</source>
        <translation>Import contacts (.vcf)…</translation>
    </message>
    <message>
        <source>Apply import</source>
        <translation>Apply import</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Refused; nothing was written.</source>
        <translation>Refused; nothing was written.</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Template saved: %1</translation>
    </message>
    <message>
        <source>Saving the template</source>
        <translation>Saving the template</translation>
    </message>
    <message>
        <source>Records exported: %1</source>
        <translation>Records exported: %1</translation>
    </message>
    <message>
        <source>Exporting records</source>
        <translation>Exporting records</translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation>%1 events written to %2</translation>
    </message>
    <message>
        <source>Exporting events</source>
        <translation>Exporting events</translation>
    </message>
    <message>
        <source>%1 contacts written to %2</source>
        <translation>%1 contacts written to %2</translation>
    </message>
    <message>
        <source>Exporting contacts</source>
        <translation>Exporting contacts</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importing %1</translation>
    </message>
    <message>
        <source>new: %1, changed: %2, unchanged: %3</source>
        <translation>new: %1, changed: %2, unchanged: %3</translation>
    </message>
    <message>
        <source>%1 problems found; nothing was written.</source>
        <translation>%1 problems found; nothing was written.</translation>
    </message>
    <message>
        <source>The marked-up copy to correct: %1</source>
        <translation>The marked-up copy to correct: %1</translation>
    </message>
    <message>
        <source>, left out: %1</source>
        <translation>, left out: %1</translation>
    </message>
    <message>
        <source>Checked %1; nothing written yet.</source>
        <translation>Checked %1; nothing written yet.</translation>
    </message>
    <message>
        <source>Press Apply import to write these records.</source>
        <translation>Press Apply import to write these records.</translation>
    </message>
    <message>
        <source>Nothing to import: every row is unchanged.</source>
        <translation>Nothing to import: every row is unchanged.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Imported %1.</translation>
    </message>
</context>
</TS>
