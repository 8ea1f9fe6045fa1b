<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Conflicts</name>
    <message>
        <source>Restore the kept version of %1</source>
        <translation>恢复“%1”的保留版本</translation>
    </message>
    <message>
        <source>Your kept version is the current one again.</source>
        <translation>您保留的版本重新成为当前版本。</translation>
    </message>
    <message>
        <source>Undone: the version that had won is the current one again.</source>
        <translation>已撤销：原先胜出的版本重新成为当前版本。</translation>
    </message>
    <message>
        <source>(restored)</source>
        <translation>（已恢复）</translation>
    </message>
    <message>
        <source>%1 “%2” of %3, sent by %4: dated more than a day ahead of this computer&apos;s clock. Not applied.</source>
        <translation>%1“%2”（%3），由 %4 发送：其时间比本机时钟超前一天以上。未应用。</translation>
    </message>
    <message>
        <source>%1 “%2” of %3, sent by %4: its id is already that of %5 “%6” of %7. Not applied; your record is unchanged.</source>
        <translation>%1“%2”（%3），由 %4 发送：其标识已属于 %5“%6”（%7）。未应用；您的记录保持不变。</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享范围</translation>
    </message>
    <message>
        <source>%1 “%2”: your version was replaced on %3 by a newer one from a bundle. Both are kept.</source>
        <translation>%1“%2”：您的版本于 %3 被数据包中较新的版本取代。两个版本都已保留。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your kept version</source>
        <translation>您保留的版本</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>The two versions differ here.</source>
        <translation>两个版本在此处不同。</translation>
    </message>
    <message>
        <source>The version was not restored.</source>
        <translation>未能恢复该版本。</translation>
    </message>
    <message>
        <source>Your kept version is the current one again, as a new edit that your next bundle carries. Undo brings back the version it replaced.</source>
        <translation>您保留的版本重新成为当前版本，作为一次新的修改由下一个数据包带出。“撤销”可恢复被它取代的版本。</translation>
    </message>
    <message>
        <source>This could not be undone.</source>
        <translation>无法撤销此操作。</translation>
    </message>
    <message>
        <source>When a bundle brings a newer version of a record you had also changed here, the newer version becomes the record and yours is kept on this page. Nothing is lost: compare them, and restore yours if it is the right one.</source>
        <translation>当数据包带来的记录版本比您在本机修改的版本更新时，记录采用较新的版本，您的版本保留在本页。不会丢失任何内容：请比较两者，如果您的版本正确，可将其恢复。</translation>
    </message>
    <message>
        <source>&amp;Show restored ones too</source>
        <translation>同时显示已恢复的(&amp;S)</translation>
    </message>
    <message>
        <source>● marks the fields where the two versions differ.</source>
        <translation>● 标记两个版本不同的字段。</translation>
    </message>
    <message>
        <source>&amp;Restore my version</source>
        <translation>恢复我的版本(&amp;R)</translation>
    </message>
    <message>
        <source>Received changes kept back, not applied (each names the party that sent it):</source>
        <translation>已收到但被搁置、未应用的更改（每条注明发送方）：</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>No conflicts: no change made here was replaced by a bundle.</source>
        <translation>没有冲突：本机所做的更改都没有被数据包取代。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Members and consolidation</source>
        <translation>成员与汇总</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>该文件或文件夹不存在</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>访问被拒绝</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>The file %1 could not be read or written: %2.</source>
        <translation>无法读取或写入文件 %1：%2。</translation>
    </message>
    <message>
        <source>A file could not be read or written: %1.</source>
        <translation>无法读取或写入文件：%1。</translation>
    </message>
    <message>
        <source>Nothing can be exported yet.</source>
        <translation>目前无法导出。</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>new or changed</source>
        <translation>新增或修改</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享范围</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Bundle %1 will carry %2 changes:</source>
        <translation>第 %1 号数据包将携带 %2 项更改：</translation>
    </message>
    <message>
        <source>No changes to send: bundle %1 will carry only acknowledgements, which shows the Secretariat this computer is alive.</source>
        <translation>没有需要发送的更改：第 %1 号数据包只携带确认信息，以便秘书处知道本机仍在使用。</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Green Belt bundles (*.gbundle);;All files (*)</source>
        <translation>“绿色之带”数据包 (*.gbundle);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter the passphrase of your key to sign.</source>
        <translation>请输入密钥的密码短语以签名。</translation>
    </message>
    <message>
        <source>Signing and writing the bundle…</source>
        <translation>正在签名并写入数据包…</translation>
    </message>
    <message>
        <source>Bundle %1 written to %2 with %3 changes.</source>
        <translation>第 %1 号数据包已写入 %2，包含 %3 项更改。</translation>
    </message>
    <message>
        <source>The bundle was not written.</source>
        <translation>数据包未写入。</translation>
    </message>
    <message>
        <source>Exporting the bundle</source>
        <translation>正在导出数据包</translation>
    </message>
    <message>
        <source>A bundle carries your changes to the SCO Secretariat, by e-mail or on a USB stick. Records marked private never leave this computer. Until the Secretariat acknowledges a bundle, the next one carries the same changes again, so a lost file loses nothing.</source>
        <translation>数据包通过电子邮件或U盘把您的更改带给上合组织秘书处。标记为私有的记录永远不会离开本机。在秘书处确认收到之前，下一个数据包会再次携带相同的更改，因此即使文件丢失也不会丢失任何数据。</translation>
    </message>
    <message>
        <source>&amp;Full export (every shared record)</source>
        <translation>完整导出（所有共享记录）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Refresh preview</source>
        <translation>刷新预览(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>Consolidated bundle written</source>
        <translation>已写入汇总数据包</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>已写入数据包</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Already imported before; nothing changed</source>
        <translation>此前已导入；未做更改</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 项更改</translation>
    </message>
    <message>
        <source>%1 member bundles forwarded</source>
        <translation>转发成员国数据包 %1 个</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted, %4 conflicts</source>
        <translation>新增 %1，更新 %2，删除 %3，冲突 %4</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>所属方</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Every bundle written or imported on this computer, and every bundle refused, newest first.</source>
        <translation>本机写入或导入的所有数据包以及被拒绝的数据包，最新的在前。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Older (ignored)</source>
        <translation>较旧（已忽略）</translation>
    </message>
    <message>
        <source>Conflicts (kept)</source>
        <translation>冲突（已保留）</translation>
    </message>
    <message>
        <source>Clashes (kept back, not applied)</source>
        <translation>标识冲突（已搁置，未应用）</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Green Belt bundles (*.gbundle *.gbundle.gz);;All files (*)</source>
        <translation>“绿色之带”数据包 (*.gbundle *.gbundle.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>正在验证签名…</translation>
    </message>
    <message>
        <source>The bundle was refused; nothing was changed.</source>
        <translation>数据包被拒绝；未做任何更改。</translation>
    </message>
    <message>
        <source>Checking the bundle</source>
        <translation>正在检查数据包</translation>
    </message>
    <message>
        <source>Applying the bundle…</source>
        <translation>正在应用数据包…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 deleted, %4 conflicts kept.</source>
        <translation>已导入：新增 %1，更新 %2，删除 %3，保留冲突 %4。</translation>
    </message>
    <message>
        <source>Importing the bundle</source>
        <translation>正在导入数据包</translation>
    </message>
    <message>
        <source>consolidated bundle of the Secretariat</source>
        <translation>秘书处汇总数据包</translation>
    </message>
    <message>
        <source>bundle of a member state</source>
        <translation>成员国数据包</translation>
    </message>
    <message>
        <source>✔ Signature verified: %1 no. %2 from %3.</source>
        <translation>✔ 签名已验证：来自 %3 的%1第 %2 号。</translation>
    </message>
    <message>
        <source>This bundle was already applied; importing it again changes nothing.</source>
        <translation>此数据包已应用过；再次导入不会做任何更改。</translation>
    </message>
    <message>
        <source>Applied. A backup was taken before.</source>
        <translation>已应用。应用前已做备份。</translation>
    </message>
    <message>
        <source>Nothing is changed yet: this is what Apply will do.</source>
        <translation>尚未做任何更改：以下是“应用”将执行的操作。</translation>
    </message>
    <message>
        <source>Forwarded bundle no. %1 from %2: %3</source>
        <translation>来自 %2 的转发数据包第 %1 号：%3</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>Import a bundle you received: the Secretariat&apos;s consolidated bundle (on a member state&apos;s computer) or a member state&apos;s bundle (at the Secretariat). It is checked first and you see what it would change; nothing is written until you press Apply.</source>
        <translation>导入收到的数据包：秘书处的汇总数据包（在成员国的计算机上）或成员国的数据包（在秘书处）。系统先进行检查并显示将要更改的内容；在您点击“应用”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Choose bundle…</source>
        <translation>选择数据包(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>已信任</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>replaced by a newer key</source>
        <translation>已被新密钥取代</translation>
    </message>
    <message>
        <source>Trust a key card</source>
        <translation>信任密钥卡</translation>
    </message>
    <message>
        <source>Key card of %1: %2</source>
        <translation>%1 的密钥卡：%2</translation>
    </message>
    <message>
        <source>Ask the sender to read the fingerprint out to you over the phone, and compare it group by group with this one:</source>
        <translation>请发送方通过电话向您宣读指纹，并逐组与下面的指纹核对：</translation>
    </message>
    <message>
        <source>&amp;The fingerprints are the same</source>
        <translation>指纹一致(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>信任此密钥(&amp;T)</translation>
    </message>
    <message>
        <source>This computer has no key.</source>
        <translation>本机没有密钥。</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Save my key card</source>
        <translation>保存我的密钥卡</translation>
    </message>
    <message>
        <source>Key cards (*.gbkey *.json);;All files (*)</source>
        <translation>密钥卡 (*.gbkey *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The key card was not saved.</source>
        <translation>密钥卡未保存。</translation>
    </message>
    <message>
        <source>Key card saved to %1. Send it to the other side, then read them your fingerprint over the phone.</source>
        <translation>密钥卡已保存到 %1。请将其发送给对方，然后通过电话向对方宣读您的指纹。</translation>
    </message>
    <message>
        <source>The key card was not trusted.</source>
        <translation>未信任该密钥卡。</translation>
    </message>
    <message>
        <source>The key of %1 is trusted now.</source>
        <translation>现已信任 %1 的密钥。</translation>
    </message>
    <message>
        <source>Fingerprint of this computer&apos;s key:</source>
        <translation>本机密钥的指纹：</translation>
    </message>
    <message>
        <source>&amp;Save my key card…</source>
        <translation>保存我的密钥卡(&amp;S)…</translation>
    </message>
    <message>
        <source>Keys this computer trusts:</source>
        <translation>本机信任的密钥：</translation>
    </message>
    <message>
        <source>&amp;Trust a key card…</source>
        <translation>信任密钥卡(&amp;T)…</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>最近数据包</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Write the consolidated bundle</source>
        <translation>生成汇总数据包</translation>
    </message>
    <message>
        <source>Writing the consolidated bundle…</source>
        <translation>正在生成汇总数据包…</translation>
    </message>
    <message>
        <source>Consolidated bundle %1 written to %2: %3 Secretariat changes and %4 member bundles forwarded. Send it to every member state.</source>
        <translation>第 %1 号汇总数据包已写入 %2：秘书处更改 %3 项，转发成员国数据包 %4 个。请将其发送给所有成员国。</translation>
    </message>
    <message>
        <source>Writing the consolidated bundle</source>
        <translation>正在生成汇总数据包</translation>
    </message>
    <message>
        <source>The member states&apos; computers whose keys the Secretariat trusts, and the last bundle imported from each. The consolidated bundle carries the Secretariat&apos;s records and every member&apos;s shared records, each still signed by its member.</source>
        <translation>秘书处信任其密钥的成员国计算机，以及从每台计算机最近导入的数据包。汇总数据包携带秘书处的记录和各成员国的共享记录，每条记录仍由其所属成员国签名。</translation>
    </message>
    <message>
        <source>&amp;Write consolidated bundle…</source>
        <translation>生成汇总数据包(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>A forwarded bundle does not name the key that signed it.</source>
        <translation>转发的数据包未注明签名所用的密钥。</translation>
    </message>
    <message>
        <source>A forwarded bundle inside this bundle fails its own signature check ({reason}); the whole bundle is refused.</source>
        <translation>此数据包中的一个转发数据包未通过其自身的签名验证（{reason}）；整个数据包被拒绝。</translation>
    </message>
    <message>
        <source>A forwarded bundle is not a member state&apos;s bundle for all.</source>
        <translation>转发的数据包不是面向全体的成员国数据包。</translation>
    </message>
    <message>
        <source>A forwarded bundle&apos;s sender does not match its signature.</source>
        <translation>转发数据包的发送方与其签名不符。</translation>
    </message>
    <message>
        <source>A key rotation does not match the key card it introduces.</source>
        <translation>密钥轮换与其引入的密钥卡不符。</translation>
    </message>
    <message>
        <source>A key rotation in this bundle is damaged.</source>
        <translation>此数据包中的密钥轮换已损坏。</translation>
    </message>
    <message>
        <source>A key rotation is damaged.</source>
        <translation>密钥轮换已损坏。</translation>
    </message>
    <message>
        <source>A key rotation is not signed by a known key of that device.</source>
        <translation>密钥轮换未由该设备的已知密钥签名。</translation>
    </message>
    <message>
        <source>A key rotation&apos;s signatures do not verify.</source>
        <translation>密钥轮换的签名验证失败。</translation>
    </message>
    <message>
        <source>A key this bundle relies on is no longer trusted here.</source>
        <translation>此数据包所依赖的密钥在本机已不再受信任。</translation>
    </message>
    <message>
        <source>A passphrase is needed to protect the private key: use --passphrase-file FILE or set GREENBELT_PASSPHRASE.</source>
        <translation>需要密码短语来保护私钥。</translation>
    </message>
    <message>
        <source>A registry entry names another party than its key card.</source>
        <translation>注册表条目所列的所属方与其密钥卡不符。</translation>
    </message>
    <message>
        <source>A registry entry&apos;s rotation does not match its key card.</source>
        <translation>注册表条目的密钥轮换与其密钥卡不符。</translation>
    </message>
    <message>
        <source>A signature header of this {what} is damaged.</source>
        <translation>此{what}的签名头已损坏。</translation>
    </message>
    <message>
        <source>A signature of this {what} does not name its key or type.</source>
        <translation>此{what}的某个签名未注明其密钥或类型。</translation>
    </message>
    <message>
        <source>A signature of this {what} is malformed.</source>
        <translation>此{what}的某个签名格式错误。</translation>
    </message>
    <message>
        <source>An entry of the bundle&apos;s key registry is malformed.</source>
        <translation>数据包密钥注册表中的某个条目格式错误。</translation>
    </message>
    <message>
        <source>Another consolidated bundle with sequence {sequence} was already imported; this one is refused.</source>
        <translation>已导入过另一个序号为 {sequence} 的汇总数据包；此数据包被拒绝。</translation>
    </message>
    <message>
        <source>Another key is already trusted for this device; a new key for it is accepted only through a rotation signed by the old key.</source>
        <translation>该设备已有另一个受信任的密钥；新密钥只能通过由旧密钥签名的轮换来接受。</translation>
    </message>
    <message>
        <source>Cannot read the key card {path}: {reason}.</source>
        <translation>无法读取密钥卡 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Conflict {number} was already restored on {date}.</source>
        <translation>冲突 {number} 已于 {date} 恢复。</translation>
    </message>
    <message>
        <source>No known key has the fingerprint {fingerprint}.</source>
        <translation>没有指纹为 {fingerprint} 的已知密钥。</translation>
    </message>
    <message>
        <source>Only the Secretariat revokes keys (in its registry).</source>
        <translation>只有秘书处可以（在其注册表中）吊销密钥。</translation>
    </message>
    <message>
        <source>Only the Secretariat writes consolidated bundles.</source>
        <translation>只有秘书处可以生成汇总数据包。</translation>
    </message>
    <message>
        <source>The Secretariat does not import consolidated bundles.</source>
        <translation>秘书处不导入汇总数据包。</translation>
    </message>
    <message>
        <source>The Secretariat writes consolidated bundles: use &apos;greenbelt bundle consolidate&apos;.</source>
        <translation>秘书处在“成员与汇总”选项卡中生成汇总数据包。</translation>
    </message>
    <message>
        <source>The bundle carries a key rotation for another device.</source>
        <translation>数据包携带了另一设备的密钥轮换。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) is dated {days} days ahead of this computer: the sender&apos;s clock ({party}) is {days} days ahead. The bundle is refused.</source>
        <translation>数据包的第 {number} 项更改（{entity} {record_id}）的时间比本机超前 {days} 天：发送方（{party}）的时钟快了 {days} 天。该数据包被拒绝。</translation>
    </message>
    <message>
        <source>The bundle holds an absurd number of changes; it is refused.</source>
        <translation>数据包包含的更改数量异常之多；已拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s attachments exceed {limit} MB; it is refused.</source>
        <translation>数据包中的附件超过 {limit} MB；已拒绝。</translation>
    </message>
    <message>
        <source>An attachment from {origin} to {entity} {record_id}, which belongs to {owner}, was not applied: only a record&apos;s owner attaches files to it.</source>
        <translation>来自 {origin} 的附件（附于 {entity} {record_id}，该记录属于 {owner}）未被应用：只有记录的所有者才能为其附加文件。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) belongs to {owner}, but the bundle was issued by {origin}: only a record&apos;s owner sends it. Refused whole.</source>
        <translation>数据包中的第 {number} 项更改（{entity} {record_id}）属于 {owner}，但数据包由 {origin} 签发：只有记录的所有者才能发送该记录。整个数据包被拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) has empty data.</source>
        <translation>数据包中的第 {number} 项更改（{entity} {record_id}）数据为空。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) has no data object.</source>
        <translation>数据包中的第 {number} 项更改（{entity} {record_id}）缺少数据对象。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) has no valid version.</source>
        <translation>数据包中的第 {number} 项更改（{entity} {record_id}）没有有效的版本。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) has sharing {sharing} where only &apos;{level}&apos; may travel; the bundle is refused.</source>
        <translation>数据包中的第 {number} 项更改（{entity} {record_id}）的共享级别为 {sharing}，而此处只允许“{level}”；数据包被拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) is invalid: {issues}. Refused whole.</source>
        <translation>数据包中的第 {number} 项更改（{entity} {record_id}）无效：{issues}。整个数据包被拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) is private: private records never leave an installation. The bundle is refused.</source>
        <translation>数据包中的第 {number} 项更改（{entity} {record_id}）是私有记录：私有记录从不离开本机。数据包被拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity} {record_id}) lacks &apos;deleted&apos;.</source>
        <translation>数据包中的第 {number} 项更改（{entity} {record_id}）缺少“deleted”字段。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} ({entity}) has no valid id.</source>
        <translation>数据包中的第 {number} 项更改（{entity}）没有有效的标识。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} is not an object.</source>
        <translation>数据包中的第 {number} 项更改不是对象。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} is of an unknown kind of record ({entity}); this version of Green Belt Desktop does not know it. Please update the application.</source>
        <translation>数据包中的第 {number} 项更改属于未知的记录类型（{entity}）；此版本的 Green Belt Desktop 无法识别。请更新应用程序。</translation>
    </message>
    <message>
        <source>The bundle&apos;s forwarded bundles are not a list.</source>
        <translation>数据包中的转发数据包格式错误（不是列表）。</translation>
    </message>
    <message>
        <source>The bundle&apos;s key registry is malformed.</source>
        <translation>数据包的密钥注册表格式错误。</translation>
    </message>
    <message>
        <source>The bundle&apos;s keys are refused: {reason}</source>
        <translation>数据包中的密钥被拒绝：{reason}</translation>
    </message>
    <message>
        <source>The bundle&apos;s {field} is missing or malformed.</source>
        <translation>数据包的{field}缺失或格式错误。</translation>
    </message>
    <message>
        <source>The content of this {what} is damaged (not base64url).</source>
        <translation>此{what}的内容已损坏（不是 base64url 编码）。</translation>
    </message>
    <message>
        <source>The fingerprint does not match this key card; it was not trusted. The card&apos;s fingerprint is {fingerprint}.</source>
        <translation>指纹与此密钥卡不符；未予信任。该密钥卡的指纹为 {fingerprint}。</translation>
    </message>
    <message>
        <source>The inner bundle does not match the bundle that carries it.</source>
        <translation>内层数据包与承载它的数据包不符。</translation>
    </message>
    <message>
        <source>The key card does not hold an Ed25519 public key.</source>
        <translation>密钥卡不包含 Ed25519 公钥。</translation>
    </message>
    <message>
        <source>The key card lacks its party, label or date.</source>
        <translation>密钥卡缺少所属方、标签或日期。</translation>
    </message>
    <message>
        <source>The key card names an unknown party &apos;{party}&apos;.</source>
        <translation>密钥卡列出了未知的所属方“{party}”。</translation>
    </message>
    <message>
        <source>The key card&apos;s device is not a UUID.</source>
        <translation>密钥卡中的设备标识不是 UUID。</translation>
    </message>
    <message>
        <source>The key card&apos;s kid is not the thumbprint of its key.</source>
        <translation>密钥卡的标识与其密钥的指纹不符。</translation>
    </message>
    <message>
        <source>The key card&apos;s public key is not a valid Ed25519 key.</source>
        <translation>密钥卡中的公钥不是有效的 Ed25519 密钥。</translation>
    </message>
    <message>
        <source>The passphrase is wrong; the private key could not be opened.</source>
        <translation>密码短语错误；无法打开私钥。</translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>密码短语至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>The passphrase of the private key is needed: use --passphrase-file FILE or set GREENBELT_PASSPHRASE.</source>
        <translation>需要私钥的密码短语。</translation>
    </message>
    <message>
        <source>The private key file does not hold an Ed25519 key.</source>
        <translation>私钥文件不包含 Ed25519 密钥。</translation>
    </message>
    <message>
        <source>The private key of this installation is missing ({file} in {folder}).</source>
        <translation>本机的私钥缺失（{folder} 中的 {file}）。</translation>
    </message>
    <message>
        <source>The registry gives {party} device {device} another key without a rotation signed by its old key; the bundle is refused.</source>
        <translation>注册表在没有旧密钥签名的轮换的情况下为 {party} 的设备 {device} 指定了另一个密钥；数据包被拒绝。</translation>
    </message>
    <message>
        <source>The registry moves the key {fingerprint}… of {old_party} to {party}; the bundle is refused.</source>
        <translation>注册表将 {old_party} 的密钥 {fingerprint}… 转到 {party} 名下；数据包被拒绝。</translation>
    </message>
    <message>
        <source>The signed content of the bundle is not a JSON object.</source>
        <translation>数据包的签名内容不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The signed content of the bundle is not valid JSON.</source>
        <translation>数据包的签名内容不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The {entity} of conflict {number} is no longer here.</source>
        <translation>冲突 {number} 的记录（{entity}）已不存在。</translation>
    </message>
    <message>
        <source>The {what} does not say who issued it.</source>
        <translation>此{what}未注明签发方。</translation>
    </message>
    <message>
        <source>The {what}&apos;s acknowledgements are malformed.</source>
        <translation>此{what}的确认信息格式错误。</translation>
    </message>
    <message>
        <source>The {what}&apos;s audience or date is malformed.</source>
        <translation>此{what}的收件方或日期格式错误。</translation>
    </message>
    <message>
        <source>The {what}&apos;s changes are not a list.</source>
        <translation>此{what}中的更改不是列表。</translation>
    </message>
    <message>
        <source>The {what}&apos;s schema version is missing or malformed.</source>
        <translation>此{what}的数据架构版本缺失或格式错误。</translation>
    </message>
    <message>
        <source>The {what}&apos;s sequence is missing or malformed.</source>
        <translation>此{what}的序号缺失或格式错误。</translation>
    </message>
    <message>
        <source>There is no conflict number {number}.</source>
        <translation>不存在编号为 {number} 的冲突。</translation>
    </message>
    <message>
        <source>This bundle is refused: it is not signed by a key trusted for its sender ({party}).</source>
        <translation>此数据包被拒绝：它未由其发送方（{party}）的受信任密钥签名。</translation>
    </message>
    <message>
        <source>This bundle is refused: {reason}.</source>
        <translation>此数据包被拒绝：{reason}。</translation>
    </message>
    <message>
        <source>This bundle was written by this installation; it is not imported.</source>
        <translation>此数据包由本机生成；不予导入。</translation>
    </message>
    <message>
        <source>This consolidated bundle ({sequence}) is older than the last one imported ({last}): it is refused as a rollback.</source>
        <translation>此汇总数据包（{sequence}）早于最近导入的汇总数据包（{last}）：作为回滚予以拒绝。</translation>
    </message>
    <message>
        <source>This consolidated bundle was not issued by the Secretariat.</source>
        <translation>此汇总数据包并非由秘书处签发。</translation>
    </message>
    <message>
        <source>This file is far too large to be a key card.</source>
        <translation>此文件太大，不可能是密钥卡。</translation>
    </message>
    <message>
        <source>This file is not a key card (it is not JSON).</source>
        <translation>此文件不是密钥卡（不是 JSON）。</translation>
    </message>
    <message>
        <source>This installation has no key yet: it was set up without one.</source>
        <translation>本机尚无密钥：设置时未生成密钥。</translation>
    </message>
    <message>
        <source>This installation&apos;s own key cannot be revoked here; rotate it.</source>
        <translation>无法在此吊销本机自己的密钥；请轮换它。</translation>
    </message>
    <message>
        <source>This is a member state&apos;s bundle for the SCO Secretariat; member states import the Secretariat&apos;s consolidated bundles.</source>
        <translation>这是成员国发给上合组织秘书处的数据包；成员国应导入秘书处的汇总数据包。</translation>
    </message>
    <message>
        <source>This is not a Green Belt key card.</source>
        <translation>这不是“绿色之带”密钥卡。</translation>
    </message>
    <message>
        <source>This key card has a format this version does not know.</source>
        <translation>此版本不认识该密钥卡的格式。</translation>
    </message>
    <message>
        <source>This key is already known for another party or device.</source>
        <translation>此密钥已登记在另一所属方或设备名下。</translation>
    </message>
    <message>
        <source>This key was revoked; it cannot be trusted again.</source>
        <translation>此密钥已被吊销；不能再次信任。</translation>
    </message>
    <message>
        <source>This key was rotated; it cannot be trusted again.</source>
        <translation>此密钥已被轮换；不能再次信任。</translation>
    </message>
    <message>
        <source>This state bundle is not addressed to the Secretariat.</source>
        <translation>此成员国数据包的收件方不是秘书处。</translation>
    </message>
    <message>
        <source>This {what} asks for JWS extensions this version does not know.</source>
        <translation>此{what}要求使用此版本无法识别的 JWS 扩展。</translation>
    </message>
    <message>
        <source>This {what} carries no valid list of signatures.</source>
        <translation>此{what}没有有效的签名列表。</translation>
    </message>
    <message>
        <source>This {what} holds data of schema version {schema}, newer than this version of Green Belt Desktop knows. Please update the application, then import it again.</source>
        <translation>此{what}包含数据架构版本 {schema} 的数据，比此版本的 Green Belt Desktop 所支持的更新。请更新应用程序后重新导入。</translation>
    </message>
    <message>
        <source>This {what} is not a Green Belt bundle.</source>
        <translation>此{what}不是“绿色之带”数据包。</translation>
    </message>
    <message>
        <source>This {what} is not a signed Green Belt bundle (no JWS payload).</source>
        <translation>此{what}不是已签名的“绿色之带”数据包（缺少 JWS 载荷）。</translation>
    </message>
    <message>
        <source>This {what} is of an unknown kind ({kind}).</source>
        <translation>此{what}的类型未知（{kind}）。</translation>
    </message>
    <message>
        <source>This {what} is signed with &apos;{alg}&apos;, not EdDSA (Ed25519); it is refused.</source>
        <translation>此{what}使用“{alg}”而非 EdDSA（Ed25519）签名；已拒绝。</translation>
    </message>
    <message>
        <source>This {what} uses bundle format {version}, which this version of Green Belt Desktop does not know. Please update the application.</source>
        <translation>此{what}使用的数据包格式 {version} 无法被此版本的 Green Belt Desktop 识别。请更新应用程序。</translation>
    </message>
    <message>
        <source>{name} inflates to more than {limit} MB (a compression bomb or an absurd size); it is refused.</source>
        <translation>{name} 解压后超过 {limit} MB（压缩炸弹或大小异常）；已拒绝。</translation>
    </message>
    <message>
        <source>{name} is a damaged or truncated gzip file.</source>
        <translation>{name} 是已损坏或不完整的 gzip 文件。</translation>
    </message>
    <message>
        <source>{name} is above the size limit for a bundle; it is refused.</source>
        <translation>{name} 超过数据包的大小上限；已拒绝。</translation>
    </message>
    <message>
        <source>{name} is not a bundle (it is not UTF-8 text).</source>
        <translation>{name} 不是数据包（不是 UTF-8 文本）。</translation>
    </message>
    <message>
        <source>{name} is not a bundle (not valid JSON: the file may be truncated or damaged).</source>
        <translation>{name} 不是数据包（不是有效的 JSON：文件可能不完整或已损坏）。</translation>
    </message>
    <message>
        <source>{name} is {size} MB, above the limit of {limit} MB for a bundle; it is refused.</source>
        <translation>{name} 大小为 {size} MB，超过数据包 {limit} MB 的上限；已拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s change {number} carries reference data, which only the SCO Secretariat issues; the bundle is refused whole.</source>
        <translation>数据包中的第 {number} 项更改包含参考数据，而参考数据只能由上合组织秘书处发布；整个数据包被拒绝。</translation>
    </message>
    <message>
        <source>The bundle&apos;s reference entry for {list_name} {code} does not have the id its list and code give; the bundle is refused whole.</source>
        <translation>数据包中 {list_name} {code} 的参考数据条目的标识符与其列表和代码不符；整个数据包被拒绝。</translation>
    </message>
    <message>
        <source>This bundle carries records of &apos;{party}&apos;, which is not an SCO member state in this installation&apos;s reference data; it is refused.</source>
        <translation>此数据包包含“{party}”的记录，而根据本安装的参考数据，该方不是上合组织成员国；数据包被拒绝。</translation>
    </message>
    <message>
        <source>it is not signed by a key this installation trusts for its sender</source>
        <translation>它未由本机为其发送方所信任的密钥签名</translation>
    </message>
    <message>
        <source>it is signed by a key that was replaced ({fingerprint}…)</source>
        <translation>它由已被替换的密钥（{fingerprint}…）签名</translation>
    </message>
    <message>
        <source>it is signed by a revoked key ({fingerprint}…)</source>
        <translation>它由已吊销的密钥（{fingerprint}…）签名</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>forwarded bundle</source>
        <translation>转发的数据包</translation>
    </message>
    <message>
        <source>key rotation</source>
        <translation>密钥轮换文件</translation>
    </message>
    <message>
        <source>bundle_id</source>
        <translation>数据包标识（bundle_id）</translation>
    </message>
    <message>
        <source>issuing device</source>
        <translation>发送设备标识</translation>
    </message>
    <message>
        <source>superseded: a later bundle from this device ({later}) was already applied; only newer versions in this one were taken</source>
        <translation>本数据包已被取代：此设备较新的第 {later} 号数据包已经应用；本数据包中只采用了更新的版本</translation>
    </message>
    <message>
        <source>the Secretariat acknowledged our bundle {sequence}</source>
        <translation>上合组织秘书处已确认收到我方第 {sequence} 号数据包</translation>
    </message>
    <message>
        <source>{party} device {device} replaced its key {old_fingerprint}… by {fingerprint}…</source>
        <translation>{party} 的设备 {device} 已将密钥 {old_fingerprint}… 更换为 {fingerprint}…</translation>
    </message>
    <message>
        <source>{party} key {fingerprint}… revoked</source>
        <translation>{party} 的密钥 {fingerprint}… 已被吊销</translation>
    </message>
    <message>
        <source>learned {party} key {fingerprint}… (active)</source>
        <translation>已获取 {party} 的密钥 {fingerprint}…（有效）</translation>
    </message>
    <message>
        <source>learned {party} key {fingerprint}… (revoked)</source>
        <translation>已获取 {party} 的密钥 {fingerprint}…（已吊销）</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>此前已应用</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Welcome to Green Belt Desktop</source>
        <translation>欢迎使用“绿色之带”桌面版</translation>
    </message>
    <message>
        <source>Choose the language of the application.</source>
        <translation>请选择应用程序的语言。</translation>
    </message>
    <message>
        <source>You can change the language later in Settings. The next pages set up this computer for your country&apos;s focal point or for the SCO Secretariat.</source>
        <translation>以后可以在“设置”中更改语言。接下来的页面将为贵国联络人或上合组织秘书处设置这台计算机。</translation>
    </message>
    <message>
        <source>Choose a country from the list, or type its name or two-letter code.</source>
        <translation>请从列表中选择国家，或输入其名称或两位字母代码。</translation>
    </message>
    <message>
        <source>%1 is already a member state in this version: choose it under “%2” above.</source>
        <translation>%1 在本版本中已是成员国：请在上方“%2”下选择。</translation>
    </message>
    <message>
        <source>Who uses this computer?</source>
        <translation>谁使用这台计算机？</translation>
    </message>
    <message>
        <source>Bundles made here are signed in the name of this party.</source>
        <translation>在此生成的数据包以该方的名义签名。</translation>
    </message>
    <message>
        <source>The focal point of a member state</source>
        <translation>成员国联络人</translation>
    </message>
    <message>
        <source>Another member state (joined after this version)</source>
        <translation>其他成员国（在本版本发布后加入）</translation>
    </message>
    <message>
        <source>The SCO Secretariat</source>
        <translation>上合组织秘书处</translation>
    </message>
    <message>
        <source>&amp;Member state:</source>
        <translation>成员国(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <source>Type or choose the country</source>
        <translation>输入或选择国家</translation>
    </message>
    <message>
        <source>The SCO Secretariat&apos;s reference data will name your country properly once the first consolidated bundle has been imported.</source>
        <translation>导入第一个汇总数据包后，贵国将按上合组织秘书处参考数据中的正式名称显示。</translation>
    </message>
    <message>
        <source>Choose the Secretariat only on the Secretariat&apos;s own computers: it consolidates the bundles of all member states.</source>
        <translation>仅在秘书处自己的计算机上选择秘书处：秘书处汇总所有成员国的数据包。</translation>
    </message>
    <message>
        <source>The focal point</source>
        <translation>联络人</translation>
    </message>
    <message>
        <source>Your name is recorded as the author of what you enter.</source>
        <translation>您的姓名将记录为所录入内容的作者。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>机构(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. Aigerim Saparova</source>
        <translation>例如：王磊</translation>
    </message>
    <message>
        <source>e.g. Ministry of Ecology</source>
        <translation>例如：生态环境部</translation>
    </message>
    <message>
        <source>The name is required; the organisation may stay empty.</source>
        <translation>姓名必填；机构可以留空。</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters.</source>
        <translation>太短：至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Weak: a longer sentence of several words is stronger.</source>
        <translation>弱：由几个词组成的较长句子更安全。</translation>
    </message>
    <message>
        <source>Fair: longer, or mixing letters, digits and signs, is better.</source>
        <translation>中等：更长或混合字母、数字和符号会更好。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>两次输入的密码短语一致。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>A key pair that signs your bundles is made now; the passphrase protects its private half.</source>
        <translation>现在将生成用于签署数据包的密钥对；密码短语保护其中的私钥。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>You need the passphrase to export bundles. Nobody can recover it if it is lost: write it down and keep it in a safe place.</source>
        <translation>导出数据包需要密码短语。一旦丢失，任何人都无法找回：请把它写下来并妥善保管。</translation>
    </message>
    <message>
        <source>Set up Green Belt Desktop</source>
        <translation>设置“绿色之带”桌面版</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>This installation is already set up; nothing was changed.</source>
        <translation>此安装已经设置；未做任何更改。</translation>
    </message>
    <message>
        <source>The installation could not be set up</source>
        <translation>无法完成设置</translation>
    </message>
    <message>
        <source>Ready to set up</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>Check what you entered, then press Finish.</source>
        <translation>请检查您输入的内容，然后点击“完成”。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>所属方：</translation>
    </message>
    <message>
        <source>Focal point:</source>
        <translation>联络人：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>机构：</translation>
    </message>
    <message>
        <source>Your key:</source>
        <translation>您的密钥：</translation>
    </message>
    <message>
        <source>Secretariat&apos;s key:</source>
        <translation>秘书处密钥：</translation>
    </message>
    <message>
        <source>Your records stay on this computer. They leave it only in the bundles you export on the Sync page, and records marked private never leave it.</source>
        <translation>您的记录保存在这台计算机上。只有您在“同步”页面导出的数据包才会带走记录，标记为私有的记录永远不会离开本机。</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>a new key pair is made when you press Finish</source>
        <translation>点击“完成”时生成新的密钥对</translation>
    </message>
    <message>
        <source>trusted, fingerprint %1</source>
        <translation>已信任，指纹 %1</translation>
    </message>
    <message>
        <source>not yet: trust it later on the Sync page</source>
        <translation>尚未信任：以后可在“同步”页面信任</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s key card</source>
        <translation>秘书处的密钥卡</translation>
    </message>
    <message>
        <source>Key cards (*.json *.gbkey);;All files (*)</source>
        <translation>密钥卡 (*.json *.gbkey);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This key card belongs to %1, not to the SCO Secretariat.</source>
        <translation>此密钥卡属于 %1，而不是上合组织秘书处。</translation>
    </message>
    <message>
        <source>Key card of the SCO Secretariat: %1</source>
        <translation>上合组织秘书处的密钥卡：%1</translation>
    </message>
    <message>
        <source>The Secretariat&apos;s key</source>
        <translation>秘书处的密钥</translation>
    </message>
    <message>
        <source>With it this computer checks that consolidated bundles really come from the Secretariat.</source>
        <translation>本机用它来核实汇总数据包确实来自秘书处。</translation>
    </message>
    <message>
        <source>Open the key card file the Secretariat sent you (by e-mail or on a USB stick).</source>
        <translation>打开秘书处发给您的密钥卡文件（通过电子邮件或U盘）。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Key card file</source>
        <translation>密钥卡文件</translation>
    </message>
    <message>
        <source>Ask the Secretariat to read its fingerprint out to you over the phone, and compare it group by group with this one:</source>
        <translation>请秘书处通过电话向您宣读其指纹，并逐组与下面的指纹核对：</translation>
    </message>
    <message>
        <source>&amp;The fingerprints are the same</source>
        <translation>指纹一致(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>暂时跳过(&amp;S)</translation>
    </message>
    <message>
        <source>Without the Secretariat&apos;s key you can record data and export bundles, but you cannot import consolidated bundles until you trust the key on the Sync page.</source>
        <translation>没有秘书处的密钥，您仍可录入数据并导出数据包，但在“同步”页面信任该密钥之前无法导入汇总数据包。</translation>
    </message>
</context>
</TS>
