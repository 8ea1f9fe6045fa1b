<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Operations</name>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="44" />
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="142" />
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="143" />
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="151" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/operations.py" line="173" />
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="86" />
        <source>Welcome to Green Belt Desktop</source>
        <translation>欢迎使用“绿色之带”桌面版</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="87" />
        <source>Choose the language of the application.</source>
        <translation>请选择应用程序的语言。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="89" />
        <source>You can change the language later in Settings. The next pages set up this computer for your country's focal point or for the SCO Secretariat.</source>
        <translation>以后可以在“设置”中更改语言。接下来的页面将为贵国联络人或上合组织秘书处设置这台计算机。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="146" />
        <source>Who uses this computer?</source>
        <translation>谁使用这台计算机？</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="148" />
        <source>Bundles made here are signed in the name of this party.</source>
        <translation>在此生成的数据包以该方的名义签名。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="150" />
        <source>The focal point of a member state</source>
        <translation>成员国联络人</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="151" />
        <source>The SCO Secretariat</source>
        <translation>上合组织秘书处</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="152" />
        <source>&amp;Member state:</source>
        <translation>成员国(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="163" />
        <source>Choose the Secretariat only on the Secretariat's own computers: it consolidates the bundles of all member states.</source>
        <translation>仅在秘书处自己的计算机上选择秘书处：秘书处汇总所有成员国的数据包。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="196" />
        <source>The focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="198" />
        <source>Your name is recorded as the author of what you enter.</source>
        <translation>您的姓名将记录为所录入内容的作者。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="200" />
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="201" />
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="202" />
        <source>e.g. Aigerim Saparova</source>
        <translation>例如：王磊</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="203" />
        <source>e.g. Ministry of Ecology</source>
        <translation>例如：生态环境部</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="205" />
        <source>The name is required; the organisation may stay empty.</source>
        <translation>姓名必填；机构可以留空。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="267" />
        <source>Too short: use at least %1 characters.</source>
        <translation>太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="270" />
        <source>Weak: a longer sentence of several words is stronger.</source>
        <translation>弱：由几个词组成的较长句子更安全。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="271" />
        <source>Fair: longer, or mixing letters, digits and signs, is better.</source>
        <translation>中等：更长或混合字母、数字和符号会更好。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="272" />
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="276" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="278" />
        <source>The two passphrases match.</source>
        <translation>两次输入的密码短语一致。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="284" />
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="286" />
        <source>A key pair that signs your bundles is made now; the passphrase protects its private half.</source>
        <translation>现在将生成用于签署数据包的密钥对；密码短语保护其中的私钥。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="292" />
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="293" />
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="295" />
        <source>You need the passphrase to export bundles. Nobody can recover it if it is lost: write it down and keep it in a safe place.</source>
        <translation>导出数据包需要密码短语。一旦丢失，任何人都无法找回：请把它写下来并妥善保管。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="92" />
        <source>Set up Green Belt Desktop</source>
        <translation>设置“绿色之带”桌面版</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="94" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="95" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="96" />
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="97" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="108" />
        <source>The installation could not be set up</source>
        <translation>无法完成设置</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="64" />
        <source>Ready to set up</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="65" />
        <source>Check what you entered, then press Finish.</source>
        <translation>请检查您输入的内容，然后点击“完成”。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="66" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="67" />
        <source>Party:</source>
        <translation>所属方：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="68" />
        <source>Focal point:</source>
        <translation>联络人：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="69" />
        <source>Organisation:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="71" />
        <source>Your records stay on this computer. They leave it only in the bundles you export on the Sync page, and records marked private never leave it.</source>
        <translation>您的记录保存在这台计算机上。只有您在“同步”页面导出的数据包才会带走记录，标记为私有的记录永远不会离开本机。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="85" />
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
</context>
</TS>