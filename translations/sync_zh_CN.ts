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
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="87" />
        <source>Welcome to Green Belt Desktop</source>
        <translation>欢迎使用“绿色之带”桌面版</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="88" />
        <source>Choose the language of the application.</source>
        <translation>请选择应用程序的语言。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="90" />
        <source>You can change the language later in Settings. The next pages set up this computer for your country's focal point or for the SCO Secretariat.</source>
        <translation>以后可以在“设置”中更改语言。接下来的页面将为贵国联络人或上合组织秘书处设置这台计算机。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="147" />
        <source>Who uses this computer?</source>
        <translation>谁使用这台计算机？</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="149" />
        <source>Bundles made here are signed in the name of this party.</source>
        <translation>在此生成的数据包以该方的名义签名。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="151" />
        <source>The focal point of a member state</source>
        <translation>成员国联络人</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="152" />
        <source>The SCO Secretariat</source>
        <translation>上合组织秘书处</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="153" />
        <source>&amp;Member state:</source>
        <translation>成员国(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="164" />
        <source>Choose the Secretariat only on the Secretariat's own computers: it consolidates the bundles of all member states.</source>
        <translation>仅在秘书处自己的计算机上选择秘书处：秘书处汇总所有成员国的数据包。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="197" />
        <source>The focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="199" />
        <source>Your name is recorded as the author of what you enter.</source>
        <translation>您的姓名将记录为所录入内容的作者。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="201" />
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="202" />
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="203" />
        <source>e.g. Aigerim Saparova</source>
        <translation>例如：王磊</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="204" />
        <source>e.g. Ministry of Ecology</source>
        <translation>例如：生态环境部</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="206" />
        <source>The name is required; the organisation may stay empty.</source>
        <translation>姓名必填；机构可以留空。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="268" />
        <source>Too short: use at least %1 characters.</source>
        <translation>太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="271" />
        <source>Weak: a longer sentence of several words is stronger.</source>
        <translation>弱：由几个词组成的较长句子更安全。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="272" />
        <source>Fair: longer, or mixing letters, digits and signs, is better.</source>
        <translation>中等：更长或混合字母、数字和符号会更好。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="273" />
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="277" />
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="279" />
        <source>The two passphrases match.</source>
        <translation>两次输入的密码短语一致。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="285" />
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="287" />
        <source>A key pair that signs your bundles is made now; the passphrase protects its private half.</source>
        <translation>现在将生成用于签署数据包的密钥对；密码短语保护其中的私钥。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="293" />
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="294" />
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/pages.py" line="296" />
        <source>You need the passphrase to export bundles. Nobody can recover it if it is lost: write it down and keep it in a safe place.</source>
        <translation>导出数据包需要密码短语。一旦丢失，任何人都无法找回：请把它写下来并妥善保管。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="107" />
        <source>Set up Green Belt Desktop</source>
        <translation>设置“绿色之带”桌面版</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="109" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="110" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="111" />
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="112" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/__init__.py" line="123" />
        <source>The installation could not be set up</source>
        <translation>无法完成设置</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="77" />
        <source>Ready to set up</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="78" />
        <source>Check what you entered, then press Finish.</source>
        <translation>请检查您输入的内容，然后点击“完成”。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="79" />
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="80" />
        <source>Party:</source>
        <translation>所属方：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="81" />
        <source>Focal point:</source>
        <translation>联络人：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="82" />
        <source>Organisation:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="83" />
        <source>Your key:</source>
        <translation>您的密钥：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="84" />
        <source>Secretariat's key:</source>
        <translation>秘书处密钥：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="86" />
        <source>Your records stay on this computer. They leave it only in the bundles you export on the Sync page, and records marked private never leave it.</source>
        <translation>您的记录保存在这台计算机上。只有您在“同步”页面导出的数据包才会带走记录，标记为私有的记录永远不会离开本机。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="100" />
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="103" />
        <source>a new key pair is made when you press Finish</source>
        <translation>点击“完成”时生成新的密钥对</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="110" />
        <source>trusted, fingerprint %1</source>
        <translation>已信任，指纹 %1</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/finish.py" line="116" />
        <source>not yet: trust it later on the Sync page</source>
        <translation>尚未信任：以后可在“同步”页面信任</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="93" />
        <source>The Secretariat's key card</source>
        <translation>秘书处的密钥卡</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="95" />
        <source>Key cards (*.json *.gbkey);;All files (*)</source>
        <translation>密钥卡 (*.json *.gbkey);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="115" />
        <source>This key card belongs to %1, not to the SCO Secretariat.</source>
        <translation>此密钥卡属于 %1，而不是上合组织秘书处。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="140" />
        <source>Key card of the SCO Secretariat: %1</source>
        <translation>上合组织秘书处的密钥卡：%1</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="148" />
        <source>The Secretariat's key</source>
        <translation>秘书处的密钥</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="150" />
        <source>With it this computer checks that consolidated bundles really come from the Secretariat.</source>
        <translation>本机用它来核实汇总数据包确实来自秘书处。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="157" />
        <source>Open the key card file the Secretariat sent you (by e-mail or on a USB stick).</source>
        <translation>打开秘书处发给您的密钥卡文件（通过电子邮件或U盘）。</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="162" />
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="163" />
        <source>Key card file</source>
        <translation>密钥卡文件</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="165" />
        <source>Ask the Secretariat to read its fingerprint out to you over the phone, and compare it group by group with this one:</source>
        <translation>请秘书处通过电话向您宣读其指纹，并逐组与下面的指纹核对：</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="171" />
        <source>&amp;The fingerprints are the same</source>
        <translation>指纹一致(&amp;T)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="172" />
        <source>&amp;Skip for now</source>
        <translation>暂时跳过(&amp;S)</translation>
    </message>
    <message>
        <location filename="../greenbelt_desktop/gui/wizard/keycard_page.py" line="174" />
        <source>Without the Secretariat's key you can record data and export bundles, but you cannot import consolidated bundles until you trust the key on the Sync page.</source>
        <translation>没有秘书处的密钥，您仍可录入数据并导出数据包，但在“同步”页面信任该密钥之前无法导入汇总数据包。</translation>
    </message>
</context>
</TS>