<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Backups</name>
    <message>
        <location filename="../greenbelt_desktop/gui/recovery.py" line="25"/>
        <source>Green Belt Desktop</source>
        <translation>绿色带桌面版</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/recovery.py" line="35"/>
        <source>This data was written by a newer version of Green Belt Desktop. Please install the newer version; nothing was changed.</source>
        <translation>这些数据由更新版本的“绿色带桌面版”写入。请安装新版本；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/recovery.py" line="52"/>
        <source>The database is damaged and there is no good backup to restore. Nothing was changed; please ask your IT department for help.</source>
        <translation>数据库已损坏，且没有可用于恢复的完好备份。未做任何更改；请向您的信息技术部门求助。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/recovery.py" line="62"/>
        <source>The database is damaged. Restore the latest good backup, from {when}? The damaged database is kept in the backups folder.</source>
        <translation>数据库已损坏。是否恢复 {when} 的最新完好备份？损坏的数据库将保留在备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="33"/>
        <source>made by hand</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="34"/>
        <source>saved before a restore</source>
        <translation>恢复前保存</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="35"/>
        <source>before an update</source>
        <translation>更新前</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="36"/>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="58"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="62"/>
        <source>A backup is made before every import and update; the newest {keep} are kept.</source>
        <translation>每次导入和更新前都会创建备份；保留最新的 {keep} 个。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="73"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="74"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="84"/>
        <source>This data is on a database server; its administrator backs it up.</source>
        <translation>这些数据存放在数据库服务器上；由其管理员负责备份。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/backups.py" line="124"/>
        <source>Replace the current data with the backup from {when}? The current data is saved as a backup first.</source>
        <translation>是否用 {when} 的备份替换当前数据？当前数据会先保存为一个备份。</translation>
    </message>
</context>
</TS>
