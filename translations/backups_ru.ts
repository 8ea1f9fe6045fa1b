<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message>
        <location filename="../greenbelt_desktop/gui/recovery.py" line="25"/>
        <source>Green Belt Desktop</source>
        <translation>Зелёный пояс</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/recovery.py" line="35"/>
        <source>This data was written by a newer version of Green Belt Desktop. Please install the newer version; nothing was changed.</source>
        <translation>Эти данные записаны более новой версией программы «Зелёный пояс». Установите новую версию; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/recovery.py" line="52"/>
        <source>The database is damaged and there is no good backup to restore. Nothing was changed; please ask your IT department for help.</source>
        <translation>База данных повреждена, а исправной резервной копии для восстановления нет. Ничего не изменено; обратитесь в ИТ-отдел.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/recovery.py" line="62"/>
        <source>The database is damaged. Restore the latest good backup, from {when}? The damaged database is kept in the backups folder.</source>
        <translation>База данных повреждена. Восстановить последнюю исправную резервную копию от {when}? Повреждённая база сохранится в папке резервных копий.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="33"/>
        <source>made by hand</source>
        <translation>создана вручную</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="34"/>
        <source>saved before a restore</source>
        <translation>сохранена перед восстановлением</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="35"/>
        <source>before an update</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="36"/>
        <source>before an import</source>
        <translation>перед импортом</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="58"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="62"/>
        <source>A backup is made before every import and update; the newest {keep} are kept.</source>
        <translation>Резервная копия создаётся перед каждым импортом и обновлением; хранятся {keep} последних.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="73"/>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="74"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="84"/>
        <source>This data is on a database server; its administrator backs it up.</source>
        <translation>Эти данные хранятся на сервере баз данных; резервные копии делает его администратор.</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="124"/>
        <source>Replace the current data with the backup from {when}? The current data is saved as a backup first.</source>
        <translation>Заменить текущие данные резервной копией от {when}? Сначала текущие данные будут сохранены как резервная копия.</translation>
    </message>
</context>
</TS>
