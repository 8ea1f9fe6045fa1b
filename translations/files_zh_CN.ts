<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>Spreadsheets and contacts…</source>
        <translation>表格和联系人…</translation>
    </message>
    <message>
        <source>Spreadsheets, calendar and contacts</source>
        <translation>表格、日历和联系人</translation>
    </message>
    <message>
        <source>Language of the files:</source>
        <translation>文件语言：</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>Save blank template…</source>
        <translation>保存空白模板…</translation>
    </message>
    <message>
        <source>Export records…</source>
        <translation>导出记录…</translation>
    </message>
    <message>
        <source>Import a filled workbook…</source>
        <translation>导入已填写的工作簿…</translation>
    </message>
    <message>
        <source>Outlook, Thunderbird and phones</source>
        <translation>Outlook、Thunderbird 和手机</translation>
    </message>
    <message>
        <source>Export events (.ics)…</source>
        <translation>导出活动（.ics）…</translation>
    </message>
    <message>
        <source>Export contacts (.vcf)…</source>
        <translation>导出联系人（.vcf）…</translation>
    </message>
    <message>
        <source>Import contacts (.vcf)…</source>
        <translation>导入联系人（.vcf）…</translation>
    </message>
    <message>
        <source>Apply import</source>
        <translation>执行导入</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Refused; nothing was written.</source>
        <translation>已拒绝；未写入任何内容。</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>模板已保存：%1</translation>
    </message>
    <message>
        <source>Saving the template</source>
        <translation>正在保存模板</translation>
    </message>
    <message>
        <source>Records exported: %1</source>
        <translation>记录已导出：%1</translation>
    </message>
    <message>
        <source>Exporting records</source>
        <translation>正在导出记录</translation>
    </message>
    <message>
        <source>%1 events written to %2</source>
        <translation>已将 %1 个活动写入 %2</translation>
    </message>
    <message>
        <source>Exporting events</source>
        <translation>正在导出活动</translation>
    </message>
    <message>
        <source>%1 contacts written to %2</source>
        <translation>已将 %1 个联系人写入 %2</translation>
    </message>
    <message>
        <source>Exporting contacts</source>
        <translation>正在导出联系人</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>new: %1, changed: %2, unchanged: %3</source>
        <translation>新增：%1，更改：%2，未变：%3</translation>
    </message>
    <message>
        <source>%1 problems found; nothing was written.</source>
        <translation>发现 %1 个问题；未写入任何内容。</translation>
    </message>
    <message>
        <source>The marked-up copy to correct: %1</source>
        <translation>待更正的标注副本：%1</translation>
    </message>
    <message>
        <source>, left out: %1</source>
        <translation>，未导入：%1</translation>
    </message>
    <message>
        <source>Checked %1; nothing written yet.</source>
        <translation>已检查 %1；尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Press Apply import to write these records.</source>
        <translation>点击“执行导入”以写入这些记录。</translation>
    </message>
    <message>
        <source>Nothing to import: every row is unchanged.</source>
        <translation>无需导入：所有行均未变化。</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
</context>
</TS>
