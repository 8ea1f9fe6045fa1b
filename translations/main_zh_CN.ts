<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Green Belt Desktop</source>
        <translation>绿色带桌面版</translation>
    </message>
    <message>
        <source>This installation is not set up yet. Set it up with:
greenbelt init --party CODE --name NAME</source>
        <translation>此安装尚未设置。请用以下命令设置：
greenbelt init --party CODE --name NAME</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>%1  (.%2 file, %3)</source>
        <translation>%1（.%2 文件，%3）</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>A file may be at most %1.</source>
        <translation>文件最大为 %1。</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Open a program?</source>
        <translation>要打开程序吗？</translation>
    </message>
    <message>
        <source>%1 is a program (.%2): opening it runs it. Open it only if you trust whoever attached it. Open it?</source>
        <translation>%1 是一个程序（.%2）：打开即会运行它。只有在信任附加它的人时才打开。要打开吗？</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Owner</source>
        <translation>所有方</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享范围</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>合作方向</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Cross-border</source>
        <translation>跨境</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>t CO2e a year</source>
        <translation>每年吨二氧化碳当量</translation>
    </message>
    <message>
        <source>MW renewable</source>
        <translation>可再生能源兆瓦</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>No projects yet</source>
        <translation>暂无项目</translation>
    </message>
    <message>
        <source>No financing recorded yet</source>
        <translation>尚未记录融资</translation>
    </message>
    <message>
        <source>No upcoming events</source>
        <translation>没有即将举行的活动</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) will leave with the next export:</source>
        <translation>
            <numerusform>%n 项更改将随下次导出发出：</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is exported.</source>
        <translation>所有更改均已导出。</translation>
    </message>
    <message>
        <source>Projects by direction of cooperation</source>
        <translation>按合作方向划分的项目</translation>
    </message>
    <message>
        <source>Projects by status</source>
        <translation>按状态划分的项目</translation>
    </message>
    <message>
        <source>Financing by source</source>
        <translation>按来源划分的融资</translation>
    </message>
    <message>
        <source>Upcoming events</source>
        <translation>即将举行的活动</translation>
    </message>
    <message>
        <source>Recently changed</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>Waiting to be exported</source>
        <translation>待导出</translation>
    </message>
    <message>
        <source>Go to Sync…</source>
        <translation>前往同步…</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>移除所选行</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>协定</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>实践</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Reference entry</source>
        <translation>参考数据条目</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协定</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>实践</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>参考数据</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Directions of cooperation</source>
        <translation>合作方向</translation>
    </message>
    <message>
        <source>Forms of cooperation</source>
        <translation>合作形式</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>俄文名称</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Full name in Latin letters</source>
        <translation>拉丁字母姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Other e-mails (one a line)</source>
        <translation>其他电子邮件（每行一个）</translation>
    </message>
    <message>
        <source>Phones (one a line)</source>
        <translation>电话（每行一个）</translation>
    </message>
    <message>
        <source>Working languages (ru, zh, en…)</source>
        <translation>工作语言（ru、zh、en…）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>举办场地</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Cross-border or interregional</source>
        <translation>跨境或跨区域</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Agenda (one item a line)</source>
        <translation>议程（每行一项）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Participating member states</source>
        <translation>参与成员国</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation>预算货币</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>合作组织</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>t CO2e avoided a year</source>
        <translation>每年减排吨二氧化碳当量</translation>
    </message>
    <message>
        <source>MW of renewable capacity</source>
        <translation>可再生能源装机（兆瓦）</translation>
    </message>
    <message>
        <source>MWh saved a year</source>
        <translation>每年节能（兆瓦时）</translation>
    </message>
    <message>
        <source>t of waste processed a year</source>
        <translation>每年处理废弃物（吨）</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>提出方</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提议人</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Adopted on</source>
        <translation>通过日期</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>缔约方</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Handbook</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <source>The handbook is not installed with this copy of the program (%1 is missing). Install the program again, or ask your IT department.</source>
        <translation>此程序副本未安装用户手册（缺少 %1）。请重新安装程序，或联系信息技术部门。</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>这是什么意思？</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>用户手册(&amp;H)</translation>
    </message>
    <message>
        <source>Printable handbook (&amp;PDF)</source>
        <translation>可打印的用户手册(&amp;P)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <source>Green Belt Desktop</source>
        <translation>绿色带桌面版</translation>
    </message>
    <message>
        <source>Search all records (Ctrl+F)…</source>
        <translation>搜索所有记录 (Ctrl+F)…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协定</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>实践</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The %1 page comes with the next version.</source>
        <translation>“%1”页面将在下一版本中提供。</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>请更正标红的字段。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to this record before closing?</source>
        <translation>关闭前是否保存对此记录的更改？</translation>
    </message>
    <message>
        <source>New record: %1</source>
        <translation>新记录：%1</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享范围</translation>
    </message>
    <message>
        <source>This record belongs to %1. You can read it here; only its owner changes it.</source>
        <translation>此记录属于%1。您可以在此查看；只有其所有方可以修改。</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>%1 records written to %2</source>
        <translation>已将 %1 条记录写入 %2</translation>
    </message>
    <message>
        <source>The workbook was not written.</source>
        <translation>未写入工作簿。</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Export what this list shows to an Excel workbook</source>
        <translation>将此列表显示的内容导出为 Excel 工作簿</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the owner can delete this record.</source>
        <translation>只有所有方可以删除此记录。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>新建记录 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete (Del); undo with Ctrl+Z</source>
        <translation>删除 (Del)；用 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Filter as you type…</source>
        <translation>输入即筛选…</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>All directions</source>
        <translation>所有方向</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Any sharing</source>
        <translation>任何共享范围</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>任何所有方</translation>
    </message>
    <message>
        <source>From: any date</source>
        <translation>自：任意日期</translation>
    </message>
    <message>
        <source>To: any date</source>
        <translation>至：任意日期</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Owned by %1: read-only here, its owner changes it.</source>
        <translation>属于%1：此处只读，由其所有方修改。</translation>
    </message>
</context>
<context>
    <name>ReferenceEntryDialog</name>
    <message>
        <source>The change is saved here and travels to the member states in the SCO Secretariat&apos;s next consolidated bundle.</source>
        <translation>更改已保存，将随上合组织秘书处的下一个汇总数据包发送给各成员国。</translation>
    </message>
    <message>
        <source>Only the SCO Secretariat changes reference data. Nothing was changed.</source>
        <translation>只有上合组织秘书处可以更改参考数据。未做任何更改。</translation>
    </message>
    <message>
        <source>Add a member state</source>
        <translation>添加成员国</translation>
    </message>
    <message>
        <source>Enter the country&apos;s two-letter ISO 3166-1 code (for example AZ) and its name in the three languages of the application.</source>
        <translation>请输入该国的 ISO 3166-1 两位字母代码（例如 AZ）及其在本应用三种语言中的名称。</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>%1: the name of code “%2” in the three languages.</source>
        <translation>%1：代码“%2”在三种语言中的名称。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Name in &amp;Russian:</source>
        <translation>俄文名称(&amp;R)：</translation>
    </message>
    <message>
        <source>Name in C&amp;hinese:</source>
        <translation>中文名称(&amp;H)：</translation>
    </message>
    <message>
        <source>A saved change travels to the member states in the SCO Secretariat&apos;s next consolidated bundle.</source>
        <translation>保存的更改将随上合组织秘书处的下一个汇总数据包发送给各成员国。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the fields marked in red.</source>
        <translation>未保存任何内容：请更正标红的字段。</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Type in the search box to find records.</source>
        <translation>在搜索框中输入内容以查找记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found for “%1”</source>
        <translation>
            <numerusform>找到 %n 条与“%1”相关的记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Language and appearance</source>
        <translation>语言和外观</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The application follows your system&apos;s light or dark theme. Dates and numbers are shown the way the chosen language writes them.</source>
        <translation>应用程序跟随系统的浅色或深色主题。日期和数字按所选语言的习惯显示。</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>本安装</translation>
    </message>
    <message>
        <source>Party:</source>
        <translation>缔约方：</translation>
    </message>
    <message>
        <source>Focal point:</source>
        <translation>联络人：</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>组织：</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Directions of cooperation</source>
        <translation>合作方向</translation>
    </message>
    <message>
        <source>Forms of cooperation</source>
        <translation>合作形式</translation>
    </message>
    <message>
        <source>Kinds of organisation</source>
        <translation>组织类型</translation>
    </message>
    <message>
        <source>Roles of contacts</source>
        <translation>联系人角色</translation>
    </message>
    <message>
        <source>Kinds of event</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <source>Statuses of events</source>
        <translation>活动状态</translation>
    </message>
    <message>
        <source>Roles of participants</source>
        <translation>参与者角色</translation>
    </message>
    <message>
        <source>Statuses of projects</source>
        <translation>项目状态</translation>
    </message>
    <message>
        <source>Roles of partners</source>
        <translation>合作伙伴角色</translation>
    </message>
    <message>
        <source>Sources of financing</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Statuses of recommendations</source>
        <translation>建议状态</translation>
    </message>
    <message>
        <source>Statuses of agreements</source>
        <translation>协议状态</translation>
    </message>
    <message>
        <source>Sharing levels</source>
        <translation>共享范围</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>参考数据</translation>
    </message>
    <message>
        <source>Li&amp;st:</source>
        <translation>列表(&amp;S)：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reference data comes with the application and from the SCO Secretariat&apos;s consolidated bundles. A retired code stays valid on the records that use it but is not offered for new ones.</source>
        <translation>参考数据随应用程序提供，并来自上合组织秘书处的汇总数据包。已停用的代码在使用它的记录中仍然有效，但不再供新记录选择。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a member state</source>
        <translation>添加成员国</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the names of the selected code</source>
        <translation>更改所选代码的名称</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>恢复使用(&amp;B)</translation>
    </message>
    <message>
        <source>SCO Secretariat</source>
        <translation>上合组织秘书处</translation>
    </message>
    <message>
        <source>Shipped with the application</source>
        <translation>随应用程序提供</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>Secretariat only</source>
        <translation>仅限秘书处</translation>
    </message>
    <message>
        <source>All member states</source>
        <translation>所有成员国</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>上次导出：%1</translation>
    </message>
    <message>
        <source>Last import: %1</source>
        <translation>上次导入：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet exported</source>
        <translation>
            <numerusform>%n 项更改尚未导出</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>add member state “%1”</source>
        <translation>添加成员国“%1”</translation>
    </message>
    <message>
        <source>rename “%1”</source>
        <translation>更改“%1”的名称</translation>
    </message>
    <message>
        <source>retire “%1”</source>
        <translation>停用“%1”</translation>
    </message>
    <message>
        <source>bring back “%1”</source>
        <translation>恢复使用“%1”</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>此字段为必填项。</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>“%1”不在可选项中。</translation>
    </message>
    <message>
        <source>“%1” is not a country code.</source>
        <translation>“%1”不是国家代码。</translation>
    </message>
    <message>
        <source>“%1” is not an SCO member state.</source>
        <translation>“%1”不是上合组织成员国。</translation>
    </message>
    <message>
        <source>“%1” is not a member state or the Secretariat.</source>
        <translation>“%1”不是成员国或秘书处。</translation>
    </message>
    <message>
        <source>“%1” is not a currency code.</source>
        <translation>“%1”不是货币代码。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1”不是电子邮件地址。</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1”不是网址。</translation>
    </message>
    <message>
        <source>Choose a record from the list.</source>
        <translation>请从列表中选择记录。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone.</source>
        <translation>“%1”不是时区。</translation>
    </message>
    <message>
        <source>“%1” is not a language code such as ru, zh or en.</source>
        <translation>“%1”不是语言代码（如 ru、zh、en）。</translation>
    </message>
    <message>
        <source>This is not a date.</source>
        <translation>这不是日期。</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>结束早于开始。</translation>
    </message>
    <message>
        <source>A budget needs its currency.</source>
        <translation>预算需要注明货币。</translation>
    </message>
    <message>
        <source>This must not be negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>These codes are never retired.</source>
        <translation>这些代码永不停用。</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>文本过长。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>第 %1 行：</translation>
    </message>
</context>
</TS>
