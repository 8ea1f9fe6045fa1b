<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Briefing</name>
    <message>
        <source>Briefing pack…</source>
        <translation>简报材料…</translation>
    </message>
    <message>
        <source>Delegations of the member states</source>
        <translation>各成员国代表团</translation>
    </message>
    <message>
        <source>Only records shared with all member states are printed; private and Secretariat-only records are left out.</source>
        <translation>仅打印与全体成员国共享的记录；不含私有记录和仅限秘书处的记录。</translation>
    </message>
    <message>
        <source>SCO Secretariat</source>
        <translation>上合组织秘书处</translation>
    </message>
    <message>
        <source>Records shared with the Secretariat and with all member states are printed; private records are left out.</source>
        <translation>打印与秘书处及全体成员国共享的记录；不含私有记录。</translation>
    </message>
    <message>
        <source>Internal use of the ministry</source>
        <translation>部委内部使用</translation>
    </message>
    <message>
        <source>Every record is printed, private ones included: do not hand this pack to other delegations.</source>
        <translation>打印全部记录（包括私有记录）：请勿将本材料交给其他代表团。</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>简报材料</translation>
    </message>
    <message>
        <source>None: a general pack</source>
        <translation>无：综合简报</translation>
    </message>
    <message>
        <source>None ticked: all member states.</source>
        <translation>未勾选时包括全体成员国。</translation>
    </message>
    <message>
        <source>Only this period:</source>
        <translation>仅限以下时间范围：</translation>
    </message>
    <message>
        <source>Language of the pack:</source>
        <translation>材料语言：</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>阅读对象：</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>会议：</translation>
    </message>
    <message>
        <source>Member states:</source>
        <translation>成员国：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Press Preview to see the first pages here.</source>
        <translation>点击“预览”可在此查看前几页。</translation>
    </message>
    <message>
        <source>Save the briefing pack</source>
        <translation>保存简报材料</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Making the pack…</source>
        <translation>正在生成材料…</translation>
    </message>
    <message>
        <source>Saved {path}: {pages} pages.</source>
        <translation>已保存 {path}：共 {pages} 页。</translation>
    </message>
    <message>
        <source>Preview of the first pages; the pack has {pages} pages.</source>
        <translation>前几页预览；材料共 {pages} 页。</translation>
    </message>
    <message>
        <source>The pack could not be made: {reason}</source>
        <translation>无法生成材料：{reason}</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
</context>
</TS>
