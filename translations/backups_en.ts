<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message>
        <location filename="../greenbelt_desktop/gui/recovery.py" line="25"/>
        <source>Green Belt Desktop</source>
        <translation>Green Belt Desktop</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/recovery.py" line="35"/>
        <source>This data was written by a newer version of Green Belt Desktop. Please install the newer version; nothing was changed.</source>
        <translation>This data was written by a newer version of Green Belt Desktop. Please install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/recovery.py" line="52"/>
        <source>The database is damaged and there is no good backup to restore. Nothing was changed; please ask your IT department for help.</source>
        <translation>The database is damaged and there is no good backup to restore. Nothing was changed; please ask your IT department for help.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/recovery.py" line="62"/>
        <source>The database is damaged. Restore the latest good backup, from {when}? The damaged database is kept in the backups folder.</source>
        <translation>The database is damaged. Restore the latest good backup, from {when}? The damaged database is kept in the backups folder.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="33"/>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="34"/>
        <source>saved before a restore</source>
        <translation>saved before a restore</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="35"/>
        <source>before an update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="36"/>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="58"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="62"/>
        <source>A backup is made before every import and update; the newest {keep} are kept.</source>
        <translation>A backup is made before every import and update; the newest {keep} are kept.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="73"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="74"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="84"/>
        <source>This data is on a database server; its administrator backs it up.</source>
        <translation>This data is on a database server; its administrator backs it up.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="124"/>
        <source>Replace the current data with the backup from {when}? The current data is saved as a backup first.</source>
        <translation>Replace the current data with the backup from {when}? The current data is saved as a backup first.</translation>
    </message>
</context>
</TS>
