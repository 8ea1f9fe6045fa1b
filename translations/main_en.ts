<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Green Belt Desktop</source>
        <translation>Green Belt Desktop</translation>
    </message>
    <message>
        <source>This installation is not set up yet. Set it up with:
greenbelt init --party CODE --name NAME</source>
        <translation>This installation is not set up yet. Set it up with:
greenbelt init --party CODE --name NAME</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>%1  (.%2 file, %3)</source>
        <translation>%1  (.%2 file, %3)</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>File too large</translation>
    </message>
    <message>
        <source>A file may be at most %1.</source>
        <translation>A file may be at most %1.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>Open a program?</translation>
    </message>
    <message>
        <source>%1 is a program (.%2): opening it runs it. Open it only if you trust whoever attached it. Open it?</source>
        <translation>%1 is a program (.%2): opening it runs it. Open it only if you trust whoever attached it. Open it?</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Directions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Name in Latin letters</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Cross-border</source>
        <translation>Cross-border</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Countries</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>t CO2e a year</source>
        <translation>t CO2e a year</translation>
    </message>
    <message>
        <source>MW renewable</source>
        <translation>MW renewable</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>No projects yet</source>
        <translation>No projects yet</translation>
    </message>
    <message>
        <source>No financing recorded yet</source>
        <translation>No financing recorded yet</translation>
    </message>
    <message>
        <source>No upcoming events</source>
        <translation>No upcoming events</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will leave with the next export:</source>
        <translation>
            <numerusform>%n change will leave with the next export:</numerusform>
            <numerusform>%n changes will leave with the next export:</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is exported.</source>
        <translation>Everything is exported.</translation>
    </message>
    <message>
        <source>Projects by direction of cooperation</source>
        <translation>Projects by direction of cooperation</translation>
    </message>
    <message>
        <source>Projects by status</source>
        <translation>Projects by status</translation>
    </message>
    <message>
        <source>Financing by source</source>
        <translation>Financing by source</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>Recently changed</translation>
    </message>
    <message>
        <source>Waiting to be exported</source>
        <translation>Waiting to be exported</translation>
    </message>
    <message>
        <source>Go to Sync…</source>
        <translation>Go to Sync…</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>all day</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Add a line</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Remove the selected line</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Reference entry</source>
        <translation>Reference entry</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Practices</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Reference data</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Directions of cooperation</source>
        <translation>Directions of cooperation</translation>
    </message>
    <message>
        <source>Forms of cooperation</source>
        <translation>Forms of cooperation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Name in Russian</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>Name in Chinese</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Full name in Latin letters</source>
        <translation>Full name in Latin letters</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Other e-mails (one a line)</source>
        <translation>Other e-mails (one a line)</translation>
    </message>
    <message>
        <source>Phones (one a line)</source>
        <translation>Phones (one a line)</translation>
    </message>
    <message>
        <source>Working languages (ru, zh, en…)</source>
        <translation>Working languages (ru, zh, en…)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Cross-border or interregional</source>
        <translation>Cross-border or interregional</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisers</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agenda (one item a line)</source>
        <translation>Agenda (one item a line)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Participating member states</source>
        <translation>Participating member states</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>Budget currency</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>Financing</translation>
    </message>
    <message>
        <source>t CO2e avoided a year</source>
        <translation>t CO2e avoided a year</translation>
    </message>
    <message>
        <source>MW of renewable capacity</source>
        <translation>MW of renewable capacity</translation>
    </message>
    <message>
        <source>MWh saved a year</source>
        <translation>MWh saved a year</translation>
    </message>
    <message>
        <source>t of waste processed a year</source>
        <translation>t of waste processed a year</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technology</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>Adopted on</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Handbook</source>
        <translation>Handbook</translation>
    </message>
    <message>
        <source>The handbook is not installed with this copy of the program (%1 is missing). Install the program again, or ask your IT department.</source>
        <translation>The handbook is not installed with this copy of the program (%1 is missing). Install the program again, or ask your IT department.</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>What does this mean?</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>&amp;Handbook</translation>
    </message>
    <message>
        <source>Printable handbook (&amp;PDF)</source>
        <translation>Printable handbook (&amp;PDF)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <source>Green Belt Desktop</source>
        <translation>Green Belt Desktop</translation>
    </message>
    <message>
        <source>Search all records (Ctrl+F)…</source>
        <translation>Search all records (Ctrl+F)…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Practices</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The %1 page comes with the next version.</source>
        <translation>The %1 page comes with the next version.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Please correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this record before closing?</source>
        <translation>Save the changes to this record before closing?</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>New record: %1</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Sharing</translation>
    </message>
    <message>
        <source>This record belongs to %1. You can read it here; only its owner changes it.</source>
        <translation>This record belongs to %1. You can read it here; only its owner changes it.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>%1 records written to %2</source>
        <translation>%1 records written to %2</translation>
    </message>
    <message>
        <source>The workbook was not written.</source>
        <translation>The workbook was not written.</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Export what this list shows to an Excel workbook</source>
        <translation>Export what this list shows to an Excel workbook</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the owner can delete this record.</source>
        <translation>Only the owner can delete this record.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete (Del); undo with Ctrl+Z</source>
        <translation>Delete (Del); undo with Ctrl+Z</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Filter as you type…</source>
        <translation>Filter as you type…</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>All countries</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>All directions</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Any sharing</source>
        <translation>Any sharing</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Any owner</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>From: any date</translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation>To: any date</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Owned by %1: read-only here, its owner changes it.</source>
        <translation>Owned by %1: read-only here, its owner changes it.</translation>
    </message>
</context>
<context>
    <name>ReferenceEntryDialog</name>
    <message>
        <source>The change is saved here and travels to the member states in the SCO Secretariat&apos;s next consolidated bundle.</source>
        <translation>The change is saved here and travels to the member states in the SCO Secretariat&apos;s next consolidated bundle.</translation>
    </message>
    <message>
        <source>Only the SCO Secretariat changes reference data. Nothing was changed.</source>
        <translation>Only the SCO Secretariat changes reference data. Nothing was changed.</translation>
    </message>
    <message>
        <source>Add a member state</source>
        <translation>Add a member state</translation>
    </message>
    <message>
        <source>Enter the country&apos;s two-letter ISO 3166-1 code (for example AZ) and its name in the three languages of the application.</source>
        <translation>Enter the country&apos;s two-letter ISO 3166-1 code (for example AZ) and its name in the three languages of the application.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>%1: the name of code “%2” in the three languages.</source>
        <translation>%1: the name of code “%2” in the three languages.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Name in &amp;English:</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>Name in &amp;Russian:</translation>
    </message>
    <message>
        <source>Name in C&amp;hinese:</source>
        <translation>Name in C&amp;hinese:</translation>
    </message>
    <message>
        <source>A saved change travels to the member states in the SCO Secretariat&apos;s next consolidated bundle.</source>
        <translation>A saved change travels to the member states in the SCO Secretariat&apos;s next consolidated bundle.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the fields marked in red.</source>
        <translation>Nothing was saved: please correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Type in the search box to find records.</source>
        <translation>Type in the search box to find records.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found for “%1”</source>
        <translation>
            <numerusform>%n record found for “%1”</numerusform>
            <numerusform>%n records found for “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language and appearance</source>
        <translation>Language and appearance</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The application follows your system&apos;s light or dark theme. Dates and numbers are shown the way the chosen language writes them.</source>
        <translation>The application follows your system&apos;s light or dark theme. Dates and numbers are shown the way the chosen language writes them.</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>This installation</translation>
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
        <source>Device:</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Member states</translation>
    </message>
    <message>
        <source>Directions of cooperation</source>
        <translation>Directions of cooperation</translation>
    </message>
    <message>
        <source>Forms of cooperation</source>
        <translation>Forms of cooperation</translation>
    </message>
    <message>
        <source>Kinds of organisation</source>
        <translation>Kinds of organisation</translation>
    </message>
    <message>
        <source>Roles of contacts</source>
        <translation>Roles of contacts</translation>
    </message>
    <message>
        <source>Kinds of event</source>
        <translation>Kinds of event</translation>
    </message>
    <message>
        <source>Statuses of events</source>
        <translation>Statuses of events</translation>
    </message>
    <message>
        <source>Roles of participants</source>
        <translation>Roles of participants</translation>
    </message>
    <message>
        <source>Statuses of projects</source>
        <translation>Statuses of projects</translation>
    </message>
    <message>
        <source>Roles of partners</source>
        <translation>Roles of partners</translation>
    </message>
    <message>
        <source>Sources of financing</source>
        <translation>Sources of financing</translation>
    </message>
    <message>
        <source>Statuses of recommendations</source>
        <translation>Statuses of recommendations</translation>
    </message>
    <message>
        <source>Statuses of agreements</source>
        <translation>Statuses of agreements</translation>
    </message>
    <message>
        <source>Sharing levels</source>
        <translation>Sharing levels</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Li&amp;st:</source>
        <translation>Li&amp;st:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Reference data comes with the application and from the SCO Secretariat&apos;s consolidated bundles. A retired code stays valid on the records that use it but is not offered for new ones.</source>
        <translation>Reference data comes with the application and from the SCO Secretariat&apos;s consolidated bundles. A retired code stays valid on the records that use it but is not offered for new ones.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>Add a member state</source>
        <translation>Add a member state</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Change the names of the selected code</source>
        <translation>Change the names of the selected code</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Bring back</translation>
    </message>
    <message>
        <source>SCO Secretariat</source>
        <translation>SCO Secretariat</translation>
    </message>
    <message>
        <source>Shipped with the application</source>
        <translation>Shipped with the application</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Secretariat only</source>
        <translation>Secretariat only</translation>
    </message>
    <message>
        <source>All member states</source>
        <translation>All member states</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>Last export: %1</translation>
    </message>
    <message>
        <source>Last import: %1</source>
        <translation>Last import: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet exported</source>
        <translation>
            <numerusform>%n change not yet exported</numerusform>
            <numerusform>%n changes not yet exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>delete “%1”</source>
        <translation>delete “%1”</translation>
    </message>
    <message>
        <source>add member state “%1”</source>
        <translation>add member state “%1”</translation>
    </message>
    <message>
        <source>rename “%1”</source>
        <translation>rename “%1”</translation>
    </message>
    <message>
        <source>retire “%1”</source>
        <translation>retire “%1”</translation>
    </message>
    <message>
        <source>bring back “%1”</source>
        <translation>bring back “%1”</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>“%1” is not one of the choices.</translation>
    </message>
    <message>
        <source>“%1” is not a country code.</source>
        <translation>“%1” is not a country code.</translation>
    </message>
    <message>
        <source>“%1” is not an SCO member state.</source>
        <translation>“%1” is not an SCO member state.</translation>
    </message>
    <message>
        <source>“%1” is not a member state or the Secretariat.</source>
        <translation>“%1” is not a member state or the Secretariat.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code.</source>
        <translation>“%1” is not a currency code.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1” is not a web address.</translation>
    </message>
    <message>
        <source>Choose a record from the list.</source>
        <translation>Choose a record from the list.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>“%1” is not a time zone.</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as ru, zh or en.</source>
        <translation>“%1” is not a language code such as ru, zh or en.</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>This is not a date.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <source>A budget needs its currency.</source>
        <translation>A budget needs its currency.</translation>
    </message>
    <message>
        <source>This must not be negative.</source>
        <translation>This must not be negative.</translation>
    </message>
    <message>
        <source>These codes are never retired.</source>
        <translation>These codes are never retired.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” is not a number.</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Line %1:</translation>
    </message>
</context>
</TS>
