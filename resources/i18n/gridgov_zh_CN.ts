<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/users_dialog.py" line="+326"/>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First password:</source>
        <translation>初始密码：</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/case_tabs.py" line="+154"/>
        <source>Kind:</source>
        <translation>协议形式：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main &amp;facts:</source>
        <translation>主要事实(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Points in dispute:</source>
        <translation>争议事项(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Responsibilities:</source>
        <translation>各方责任(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed &amp;terms:</source>
        <translation>协议内容(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How carried out:</source>
        <translation>履行方式(&amp;H)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One per party and one for the archive</source>
        <translation>每方当事人一份，调解委员会存档一份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day every party and the mediator signed</source>
        <translation>各方当事人和调解员签字之日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carried out &amp;by:</source>
        <translation>履行期限(&amp;B)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copies:</source>
        <translation>份数(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Effective on:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the agreement</source>
        <translation>保存协议(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the agreement (Ctrl+S while this tab is shown)</source>
        <translation>保存协议（本页显示时按 Ctrl+S）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Judicial confirmation may be applied for until {date}.</source>
        <translation>可申请司法确认至 {date}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 30 days for judicial confirmation ended {date}.</source>
        <translation>申请司法确认的30日期限已于 {date} 届满。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gridgov_desktop/app.py" line="+169"/>
        <source>Not a gridgov database</source>
        <translation>不是本系统的数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{database} holds other tables: it is not this program&apos;s database. Check the --db option or GRIDGOV_DATABASE_URL.</source>
        <translation>{database} 中含有其他数据表，不是本系统的数据库。请检查 --db 参数或 GRIDGOV_DATABASE_URL 环境变量。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {database} cannot be opened:
{detail}</source>
        <translation>无法打开数据库 {database}：
{detail}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Street Office Service Hall</source>
        <translation>街道便民服务大厅</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{office} Service Hall</source>
        <translation>{office}便民服务大厅</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/audit_dialog.py" line="+114"/>
        <source>Everyone</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any record</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The start date is after the end date.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{count} entries match the filters.</source>
        <translation>共 {count} 条符合条件。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Before:</source>
        <translation>变更前：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After:</source>
        <translation>变更后：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verifying the audit log…</source>
        <translation>正在校验审计日志…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Audit log verified</source>
        <translation>审计日志校验通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit log is broken</source>
        <translation>审计日志已被破坏</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved {rows} entries to {file}.</source>
        <translation>已将 {rows} 条保存到 {file}。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../forms/audit_dialog.ui" line="+14"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Record:</source>
        <translation>对象(&amp;R)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>N&amp;o.:</source>
        <translation>编号(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select an entry to see everything it recorded.</source>
        <translation>选中一条记录，可在此查看其完整内容。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Verify chain</source>
        <translation>校验哈希链(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../gridgov_desktop/ui/models/audit_table_model.py" line="+41"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before → after</source>
        <translation>变更（前 → 后）</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../gridgov_desktop/ui/backup_controller.py" line="+111"/>
        <source>A backup is already being made.</source>
        <translation>正在备份，请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the backup</source>
        <translation>停止备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Daily backup made: {name}</source>
        <translation>已完成每日自动备份：{name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The daily backup failed: {reason}</source>
        <translation>每日自动备份失败：{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{size}, checked</source>
        <translation>{size}，已校验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{size}, checked, encrypted</source>
        <translation>{size}，已校验，已加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was backed up to:
{path}
({details})</source>
        <translation>数据库已备份到：
{path}
（{details}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up: {name}</source>
        <translation>已备份：{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup made</source>
        <translation>备份完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup cancelled.</source>
        <translation>已取消备份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup on closing failed: {reason}</source>
        <translation>关闭时备份失败：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/calendar_dialog.py" line="+55"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Holiday (rest)</source>
        <translation>放假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Make the day an ordinary day again (Delete)</source>
        <translation>恢复为普通日（Delete）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not loaded: {year} counts Monday to Friday only.</source>
        <translation>尚未导入：{year}年暂按周一至周五计算。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded from {source} on {date}.</source>
        <translation>来源：{source}，{date} 导入。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{holidays} days off, {workdays} make-up working days</source>
        <translation>放假 {holidays} 天，调休上班 {workdays} 天</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Type the date as 2026-10-01.</source>
        <translation>请按 2026-10-01 的格式填写日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such date.</source>
        <translation>没有这一天。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved {date}: {kind}.</source>
        <translation>已保存 {date}：{kind}。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{date} is an ordinary day again.</source>
        <translation>{date} 已恢复为普通日。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import holidays</source>
        <translation>导入节假日安排</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>节假日安排文件 (*.csv *.xlsx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported {file}: {years}, {holidays} days off, {workdays} make-up working days.</source>
        <translation>已导入 {file}：{years}年，放假 {holidays} 天，调休上班 {workdays} 天。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export holidays</source>
        <translation>导出节假日安排</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {count} days to {file}.</source>
        <translation>已导出 {count} 天到 {file}。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>… and {count} more.</source>
        <translation>……还有 {count} 条。</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_dialog.ui" line="+14"/>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Statutory holidays and make-up working days</source>
        <translation>法定节假日与调休上班日</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set a day</source>
        <translation>设置某一天</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>2026-10-01</source>
        <translation>2026-10-01</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 春节</source>
        <translation>如：春节</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save day</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Make ordinary</source>
        <translation>恢复为普通日(&amp;M)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xport year…</source>
        <translation>导出本年(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/case_dialog.py" line="+85"/>
        <source>&amp;Save the parties</source>
        <translation>保存当事人(&amp;S)</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+1"/>
        <source>New mediation case</source>
        <translation>新建调解案件</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../gridgov_desktop/ui/dialogs/case_open.py" line="+76"/>
        <source>Mediation case {number}</source>
        <translation>调解案件 {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At risk of turning criminal</source>
        <translation>防止民转刑</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{late}: the deadline was {date}.</source>
        <translation>{late}：调解期限为 {date}。</translation>
    </message>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/case_header.py" line="+22"/>
        <source> (lead)</source>
        <translation>（主办）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered {date}</source>
        <translation>{date} 登记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mediators: {names}</source>
        <translation>调解员：{names}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Referred to: {where} {name}</source>
        <translation>引导至：{where} {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary: {text}</source>
        <translation>纠纷简要情况：{text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadline {due}</source>
        <translation>调解期限 {due}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deadline {date}</source>
        <translation>调解期限 {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>extended until {date} ({note})</source>
        <translation>已延期至 {date}（{note}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Judicial confirmation until {due}</source>
        <translation>司法确认申请期限 {due}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next follow-up visit {due}</source>
        <translation>下次回访 {due}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n open promise(s)</source>
        <translation>未办承诺 %n 件</translation>
    </message>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/case_dialog.py" line="+60"/>
        <source>Case {number} opened.</source>
        <translation>已立案：{number}。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Promise recorded.</source>
        <translation>承诺事项已记录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Promise marked done.</source>
        <translation>承诺事项已办结。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Parties saved.</source>
        <translation>当事人已保存。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreement saved.</source>
        <translation>协议已保存。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deadline extended until {date}.</source>
        <translation>调解期限已延长至 {date}。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case details saved.</source>
        <translation>案件信息已保存。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Record that case {number} was withdrawn? This cannot be undone.</source>
        <translation>确认登记案件 {number} 已撤回？此操作不能撤销。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done: {action}.</source>
        <translation>已完成：{action}。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Discard what was typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some text has not been saved. Close without saving it?</source>
        <translation>有内容尚未保存。不保存就关闭吗？</translation>
    </message>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/case_open.py" line="-28"/>
        <location filename="../../forms/case_dialog.ui" line="+14"/>
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Case number: {number}</source>
        <translation>案号：{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State: {state}</source>
        <translation>状态：{state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered: {date}</source>
        <translation>登记日期：{date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline: {date}</source>
        <translation>调解期限：{date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed: {date}</source>
        <translation>结案日期：{date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is said in a case is read only by its mediators.</source>
        <translation>案件内容仅限承办调解员查阅。</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="+111"/>
        <source>Reloa&amp;d</source>
        <translation>重新加载(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the case again (F5)</source>
        <translation>重新读取案件（F5）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>2026-11-21</source>
        <translation>2026-11-21</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dispute &amp;type:</source>
        <translation>纠纷类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Place:</source>
        <translation>发生地(&amp;P)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>幸福社区/第一网格</source>
        <translation>幸福社区/第一网格</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>At &amp;risk of turning criminal (防止民转刑)</source>
        <translation>有民转刑风险（防止民转刑）(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ummary:</source>
        <translation>简要情况(&amp;U)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Lead mediator:</source>
        <translation>主办调解员(&amp;L)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Assistants:</source>
        <translation>协办调解员(&amp;A)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Journal</source>
        <translation>记录本(&amp;J)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>P&amp;arties</source>
        <translation>当事人(&amp;A)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pro&amp;mises</source>
        <translation>承诺(&amp;M)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A&amp;greement</source>
        <translation>协议(&amp;G)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Case &amp;file</source>
        <translation>卷宗(&amp;F)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Documents of this case (Ctrl+P)</source>
        <translation>本案文书（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xtend…</source>
        <translation>延期(&amp;X)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extend the deadline with both parties&apos; consent</source>
        <translation>经双方当事人同意延长调解期限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit case details…</source>
        <translation>编辑案件信息(&amp;E)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the source, type, place, summary or mediators (Ctrl+E)</source>
        <translation>修改来源、类型、发生地、简要情况或调解员（Ctrl+E）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Open the case</source>
        <translation>立案(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register the case and give it its number (Ctrl+S)</source>
        <translation>登记案件并编号（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/case_documents.py" line="+44"/>
        <source>Mediation &amp;agreement</source>
        <translation>人民调解协议书(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Oral agreement record</source>
        <translation>口头调解协议登记表(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session record of the selected entry</source>
        <translation>所选记录的调解笔录(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of &amp;rights and duties</source>
        <translation>权利义务告知书(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intake form</source>
        <translation>受理登记表(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case file &amp;checklist</source>
        <translation>卷宗目录(&amp;C)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Agreement with &amp;full ID numbers (audited)…</source>
        <translation>含完整身份证号的调解协议书（记入审计日志）(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>CaseInfoDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/case_info_dialog.py" line="+61"/>
        <source>The grid or compound where the dispute arose, as a path of the tree; empty clears it</source>
        <translation>纠纷发生的网格或小区，按组织树路径填写；清空即删除发生地</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Case details: {number}</source>
        <translation>案件信息：{number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case {number}</source>
        <translation>案件 {number}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>There are no mediators to choose from: ask the administrator.</source>
        <translation>没有可选的调解员：请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../forms/case_info_dialog.ui" line="+14"/>
        <source>Case details</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Reload</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the case again; what was typed here is replaced</source>
        <translation>重新读取案件；此处输入的内容将被替换</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dispute &amp;type:</source>
        <translation>纠纷类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Place:</source>
        <translation>发生地(&amp;P)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>At &amp;risk of turning criminal (防止民转刑)</source>
        <translation>有民转刑风险（防止民转刑）(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ummary:</source>
        <translation>简要情况(&amp;U)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Lead mediator:</source>
        <translation>主办调解员(&amp;L)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Assistants:</source>
        <translation>协办调解员(&amp;A)：</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the case details (Ctrl+S)</source>
        <translation>保存案件信息（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/case_labels.py" line="+31"/>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In mediation</source>
        <translation>调解中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Followed up</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Party&apos;s application</source>
        <translation>当事人申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee&apos;s own initiative</source>
        <translation>主动调解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid report</source>
        <translation>网格上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police referral</source>
        <translation>公安移交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court commission</source>
        <translation>法院委托</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start mediation</source>
        <translation>开始调解</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>记事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediation session</source>
        <translation>调解会</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party</source>
        <translation>第三人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written agreement</source>
        <translation>书面协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral agreement</source>
        <translation>口头协议</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>People&apos;s court</source>
        <translation>人民法院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbitration</source>
        <translation>仲裁机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government department</source>
        <translation>有关部门</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application or intake register</source>
        <translation>调解申请书或受理登记表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of rights and duties</source>
        <translation>人民调解权利义务告知书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of identity</source>
        <translation>当事人身份证明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power of attorney</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation records</source>
        <translation>调查笔录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediation records</source>
        <translation>调解笔录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediation agreement</source>
        <translation>调解协议书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proof of performance</source>
        <translation>协议履行凭证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up record</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial confirmation papers</source>
        <translation>司法确认材料</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue {days} day(s)</source>
        <translation>逾期{days}天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} day(s) left</source>
        <translation>还剩{days}天</translation>
    </message>
</context>
<context>
    <name>CaseMoves</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/case_moves.py" line="+87"/>
        <source>Agreement reached</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the agreement written (art. 29: the agreement form must be saved with its terms) or oral (art. 28: the mediator records its content)?</source>
        <translation>协议是书面协议（第二十九条：须先保存协议书内容）还是口头协议（第二十八条：由调解员记录协议内容）？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record the agreement</source>
        <translation>登记达成协议</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the parties agreed orally</source>
        <translation>双方口头达成的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>形式(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agreed:</source>
        <translation>协议内容(&amp;A)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record what was agreed (art. 28).</source>
        <translation>请记录协议内容（第二十八条）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the written agreement&apos;s terms first (Agreement tab).</source>
        <translation>请先在“协议”页保存书面协议的内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mediation failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where were the parties referred? Name the court or the department.</source>
        <translation>当事人被引导至何处？请写明法院或部门名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the failure</source>
        <translation>登记调解不成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 东风区人民法院</source>
        <translation>如：东风区人民法院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred &amp;to:</source>
        <translation>引导至(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name the court or the department.</source>
        <translation>请写明法院或部门名称。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the follow-up visit: was the agreement carried out?</source>
        <translation>登记回访：协议是否已履行？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the visit</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Carried out</source>
        <translation>已履行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not carried out</source>
        <translation>未履行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable / unknown</source>
        <translation>不适用或不详</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Performance:</source>
        <translation>履行情况(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was found:</source>
        <translation>回访情况(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write what was found.</source>
        <translation>请填写回访情况。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close case {number} and archive its file? This cannot be undone.</source>
        <translation>确认将案件 {number} 结案归档？此操作不能撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These required items are missing from the file:
{items}

A case closes with them missing only if you record why. Closing cannot be undone.</source>
        <translation>卷宗缺少以下必备材料：
{items}

须写明缺少的原因才能结案。结案后不能撤销。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close with the reason</source>
        <translation>说明原因并结案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Why:</source>
        <translation>原因(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write why they are missing.</source>
        <translation>请写明缺少的原因。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extend the deadline</source>
        <translation>延长调解期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deadline is {date}. An extension needs both parties&apos; consent: say until when, and how each party consented.</source>
        <translation>调解期限为 {date}。延期须经双方当事人同意：请填写延至何日，以及双方如何表示同意。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extend</source>
        <translation>延期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Until:</source>
        <translation>延至(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both parties&apos; &amp;consent:</source>
        <translation>双方同意情况(&amp;C)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the date as 2026-11-21.</source>
        <translation>日期请写成 2026-11-21。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new date must be after {date}.</source>
        <translation>新日期须晚于 {date}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record how both parties consented.</source>
        <translation>请记录双方当事人同意的情况。</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/case_panel.py" line="+94"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this list…</source>
        <translation>打印此列表…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a new mediation case (Ctrl+N)</source>
        <translation>新建调解案件（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+7"/>
        <source>My to-do</source>
        <translation>我的待办</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>All cases · {state}</source>
        <translation>全部案件 · {state}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Total: %n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Case overdue</source>
        <translation>案件逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised reply</source>
        <translation>承诺答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judicial confirmation window</source>
        <translation>司法确认期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Case number</source>
        <translation>案号</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>调解期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute type</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead mediator</source>
        <translation>主办调解员</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[at risk] </source>
        <translation>[民转刑风险] </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Switch to “All cases” (Alt+2) to print the list.</source>
        <translation>请切换到“全部案件”（Alt+2）再打印列表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing the list…</source>
        <translation>正在生成列表…</translation>
    </message>
</context>
<context>
    <name>CaseStatisticsDialog</name>
    <message>
        <location filename="../../forms/case_statistics_dialog.ui" line="+14"/>
        <source>Mediation statistics</source>
        <translation>人民调解统计</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mediation cases: statistics and register</source>
        <translation>人民调解案件统计与登记台账</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This &amp;month</source>
        <translation>本月(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This &amp;quarter</source>
        <translation>本季度(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This &amp;year</source>
        <translation>本年(&amp;Y)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Show</source>
        <translation>统计(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count the cases of the period (Enter)</source>
        <translation>统计本期间的案件（回车）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Where:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Case &amp;register…</source>
        <translation>案件登记台账(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview the register of the cases of the period (Ctrl+R)</source>
        <translation>预览本期间的案件登记台账（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export register .xlsx…</source>
        <translation>导出台账 .xlsx(&amp;E)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Print statistics…</source>
        <translation>打印统计表(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview the statistics with their charts before printing (Ctrl+P)</source>
        <translation>打印前预览统计表及图表（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/case_statistics_dialog.py" line="+99"/>
        <source>Only cases that arose in {place}</source>
        <translation>仅统计发生在{place}的案件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All cases (select a part of the tree to narrow it)</source>
        <translation>全部案件（在组织树中选择节点可缩小范围）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Written agreement</source>
        <translation>书面协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral agreement</source>
        <translation>口头协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>Failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+169"/>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+168"/>
        <source>In progress</source>
        <translation>在办</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Cases by dispute type</source>
        <translation>按纠纷类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases by outcome</source>
        <translation>按调解结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases by month</source>
        <translation>按登记月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Cases</source>
        <translation>受理件数</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Agreements</source>
        <translation>达成协议</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The start date is after the end date.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Export the case register</source>
        <translation>导出案件登记台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved {rows} cases to {file}.</source>
        <translation>已导出 {rows} 件案件到 {file}。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{cases} cases: {agreed} settled by agreement, {failed} failed, {withdrawn} withdrawn, {pending} in progress; success rate {rate}. At risk of turning criminal: {risk}, of them settled: {prevented}.</source>
        <translation>共 {cases} 件：达成协议 {agreed} 件，调解不成 {failed} 件，撤回 {withdrawn} 件，在办 {pending} 件；调解成功率 {rate}。防止民转刑纠纷 {risk} 件，其中达成协议 {prevented} 件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written</source>
        <translation>书面协议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Oral</source>
        <translation>口头协议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success rate</source>
        <translation>调解成功率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At risk</source>
        <translation>防止民转刑纠纷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At risk, settled</source>
        <translation>其中达成协议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By dispute type</source>
        <translation>按纠纷类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By source</source>
        <translation>按案件来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By month</source>
        <translation>按登记月份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/catalogue_dialog.py" line="+72"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+364"/>
        <source>On the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Read only: only an administrator changes the catalogue.</source>
        <translation>只读：服务事项目录仅由管理员修改。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} (no longer offered)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{shown} of {total} services</source>
        <translation>显示 {shown} 项，共 {total} 项</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New service: not saved yet.</source>
        <translation>新增事项：尚未保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+151"/>
        <source>offered</source>
        <translation>在用</translation>
    </message>
    <message>
        <location line="-151"/>
        <location line="+151"/>
        <source>no longer offered</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+151"/>
        <source>Version {number}, {state}.</source>
        <translation>第{number}版，{state}。</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+77"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Version {number}</source>
        <translation>第{number}版</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Unsaved changes.</source>
        <translation>有未保存的修改。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Nothing changed: still version {number}.</source>
        <translation>内容没有变化，仍为第{number}版。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as version {number}.</source>
        <translation>已保存为第{number}版。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop offering “{name}”? The windows can no longer accept it; past requests and their receipts stay as they are.</source>
        <translation>停用“{name}”？停用后各窗口不能再受理该事项；已受理的申请及其回执不受影响。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“{name}” is offered again.</source>
        <translation>“{name}”已恢复使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” is no longer offered.</source>
        <translation>“{name}”已停用。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reload it now? What you typed here will be lost.</source>
        <translation>现在重新载入吗？此处输入的内容将不保留。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed meanwhile</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloaded: this is the latest version.</source>
        <translation>已重新载入，当前为最新版本。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard unsaved edits?</source>
        <translation>放弃未保存的修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service has edits that are not saved. Discard them?</source>
        <translation>该事项有尚未保存的修改，确定放弃吗？</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>System (initial catalogue)</source>
        <translation>系统（初始目录）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{days} working days</source>
        <translation>{days}个工作日</translation>
    </message>
    <message>
        <location filename="../../forms/catalogue_dialog.ui" line="+14"/>
        <location line="+27"/>
        <source>Service catalogue</source>
        <translation>服务事项目录</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Filter: name, code or department (Ctrl+F)</source>
        <translation>筛选：名称、编码或部门（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;New service</source>
        <translation>新增事项(&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>C&amp;ode:</source>
        <translation>事项编码(&amp;O)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>lower-case letters, digits, hyphens: residence-cert</source>
        <translation>小写字母、数字、连字符，如 residence-cert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>事项名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Department:</source>
        <translation>办理部门(&amp;D)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the department that decides</source>
        <translation>作出决定的部门</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Legal basis:</source>
        <translation>设定依据(&amp;L)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cond&amp;itions:</source>
        <translation>办理条件(&amp;I)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Fee:</source>
        <translation>收费标准(&amp;F)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Time limit:</source>
        <translation>承诺时限(&amp;T)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Resident comes back to &amp;collect</source>
        <translation>需再来取件(&amp;C)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Materials</source>
        <translation>申请材料(&amp;M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mandatory</source>
        <translation>必交</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Add material</source>
        <translation>添加材料(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;History</source>
        <translation>历史版本(&amp;H)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>保存人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Materials</source>
        <translation>材料数</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/case_tabs.py" line="+45"/>
        <source>Item</source>
        <translation>材料</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Required</source>
        <translation>必备</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>State</source>
        <translation>情况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Space ticks the selected item as present in the file.</source>
        <translation>按空格键勾选所选材料已入卷。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>In the file</source>
        <translation>已入卷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (automatic)</source>
        <translation>（自动）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not in the file</source>
        <translation>未入卷</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Required items missing: {names}.</source>
        <translation>缺少必备材料：{names}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every required item is in the file.</source>
        <translation>必备材料均已入卷。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded why: {note}</source>
        <translation>已说明原因：{note}</translation>
    </message>
</context>
<context>
    <name>CommitmentsView</name>
    <message>
        <location line="-268"/>
        <source>Promised to</source>
        <translation>承诺对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>承诺内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whom it was promised to</source>
        <translation>向谁承诺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. reply on the property company&apos;s answer</source>
        <translation>如：答复物业公司的意见</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promised &amp;to:</source>
        <translation>承诺对象(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What:</source>
        <translation>内容(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue by:</source>
        <translation>期限(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add promise</source>
        <translation>添加承诺(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark the selected one done</source>
        <translation>所选承诺已办结(&amp;M)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Say what was promised.</source>
        <translation>请填写承诺内容。</translation>
    </message>
</context>
<context>
    <name>CommunityLabels</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/community_labels.py" line="+18"/>
        <source>Chief of grids</source>
        <translation>网格总长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid head</source>
        <translation>网格长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building head</source>
        <translation>楼栋长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit head</source>
        <translation>单元长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public-order assistant</source>
        <translation>综治协管员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information collector</source>
        <translation>信息员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Community party committee</source>
        <translation>社区党委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid party branch</source>
        <translation>网格党支部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building party group</source>
        <translation>楼栋党小组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party-member household</source>
        <translation>党员中心户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy secretary</source>
        <translation>副书记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee member</source>
        <translation>委员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>党员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Government body</source>
        <translation>机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public institution</source>
        <translation>事业单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social organisation</source>
        <translation>社会组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not evaluated</source>
        <translation>未评价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor</source>
        <translation>较差</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not rated</source>
        <translation>未评定</translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/contact_sheet.py" line="+52"/>
        <source>Contact sheet {name} {date}.pdf</source>
        <translation>通讯录-{name}-{date}.pdf</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+48"/>
        <source>Making the contact sheet…</source>
        <translation>正在生成通讯录…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Contact sheet of {name}</source>
        <translation>{name}通讯录</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the contact sheet</source>
        <translation>保存通讯录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the contact sheet ({count} role(s)) to {path}.</source>
        <translation>通讯录（{count} 人）已保存到 {path}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed</source>
        <translation>未能打印</translation>
    </message>
</context>
<context>
    <name>DisputeTypesDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/dispute_types_dialog.py" line="+37"/>
        <source>Dispute types</source>
        <translation>纠纷类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new type&apos;s name</source>
        <translation>新类型名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Stop using / use again</source>
        <translation>停用/启用(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} (not in use)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added {name}.</source>
        <translation>已添加：{name}。</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/evaluation_dialog.py" line="+44"/>
        <location filename="../../forms/evaluation_dialog.ui" line="+41"/>
        <source>Evaluate the service item</source>
        <translation>评价领办事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} (completed {date})</source>
        <translation>{title}（{date} 完成）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the evaluation</source>
        <translation>撤销评价</translation>
    </message>
    <message>
        <location filename="../../forms/evaluation_dialog.ui" line="-27"/>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Evaluation:</source>
        <translation>评价(&amp;E)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Date:</source>
        <translation>评价日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日，如 2026-11-21</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/first_run_wizard.py" line="+97"/>
        <source>Set up</source>
        <translation>开始设置</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database already holds the street “{street}”; it will be used.</source>
        <translation>数据库中已有街道“{street}”，将直接使用。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the street&apos;s name, e.g. 新发街道.</source>
        <translation>请填写街道名称，如“新发街道”。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Building the demo street…</source>
        <translation>正在生成演示街道…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the account and the street…</source>
        <translation>正在创建账号和街道…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Building the demo street: {done} of {total} residents…</source>
        <translation>正在生成演示街道：已生成 {done} 人，共 {total} 人…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The administrator account “{user}” is ready.</source>
        <translation>管理员账号“{user}”已创建。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo street “{street}”: {households} households, {residents} residents.</source>
        <translation>演示街道“{street}”已生成：{households} 户，{residents} 人。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Street “{street}” created.</source>
        <translation>街道“{street}”已建立。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Finish to open the service hall.</source>
        <translation>请点击“完成”进入系统。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave set-up</source>
        <translation>退出设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the set-up? Nothing has been saved yet.</source>
        <translation>确定退出首次设置吗？已填写的内容尚未保存。</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_wizard.ui" line="+20"/>
        <source>First-time set-up</source>
        <translation>首次使用设置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Administrator account</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no default password: choose the administrator&apos;s user name and password now. The password needs at least 8 characters, mixing letters with digits or symbols.</source>
        <translation>系统不设默认密码，请现在设置管理员的用户名和密码。密码至少8位，须同时包含字母和数字（或符号）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. admin</source>
        <translation>如 admin</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shown in the status bar and on documents</source>
        <translation>显示在状态栏和打印的文书上</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your street</source>
        <translation>街道信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the street this office serves, or start with a fictional demo street to try the software.</source>
        <translation>请填写本办事处所辖街道的名称；也可以先使用虚构的演示街道试用本软件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up &amp;my street</source>
        <translation>建立本街道(&amp;M)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Street &amp;name:</source>
        <translation>街道名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Xinfa Street</source>
        <translation>如 新发街道</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Office &amp;address:</source>
        <translation>办公地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Office p&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Use the &amp;demo street</source>
        <translation>使用演示街道(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Builds a fictional street with communities, grids, buildings and about 2,000 residents. For training and trials only: do not enter real residents into it.</source>
        <translation>生成一个虚构的街道，含社区、网格、楼栋和约 2,000 名居民，仅供培训和试用，请勿录入真实居民信息。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Setting up</source>
        <translation>正在设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrator account and the street are being created.</source>
        <translation>正在创建管理员账号和街道，请稍候。</translation>
    </message>
</context>
<context>
    <name>GridsDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/users_dialog.py" line="-58"/>
        <source>Grids of {name}</source>
        <translation>{name}负责的网格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} sees and edits only the residents of these grids:</source>
        <translation>{name}只能查看和编辑以下网格中的居民：</translation>
    </message>
</context>
<context>
    <name>HitList</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/search_box.py" line="+84"/>
        <location line="+64"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+57"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+64"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Found by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No resident matches</source>
        <translation>没有找到匹配的居民</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>End of ID number</source>
        <translation>身份证号尾号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of ID number</source>
        <translation>身份证号开头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of phone</source>
        <translation>电话尾号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of phone</source>
        <translation>电话开头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start of name</source>
        <translation>姓名开头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of name</source>
        <translation>姓名包含</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinyin</source>
        <translation>全拼</translation>
    </message>
</context>
<context>
    <name>HouseholdChangeDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/household_change.py" line="+76"/>
        <source>Review…</source>
        <translation>核对…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move in to {household}</source>
        <translation>迁入 {household}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move out of {household}</source>
        <translation>从 {household} 迁出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the head of {household}</source>
        <translation>变更 {household} 的户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split {household}</source>
        <translation>{household} 分户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a death in {household}</source>
        <translation>{household} 死亡注销</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find the person who joins this household — from another household, or back after moving away — and give their relation to the head.</source>
        <translation>查找迁入本户的人（可来自其他户，也可以是迁出后迁回的），并选择其与户主的关系。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick who moves away. If the head leaves, choose the new head among those who stay and restate their relations.</source>
        <translation>勾选迁出的人。户主迁出时，请在留下的人中指定新户主，并重新填写各人与户主的关系。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the new head and restate each member&apos;s relation to the new head.</source>
        <translation>指定新户主，并重新填写每个成员与新户主的关系。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick who forms the new household, give its room in the same unit and each one&apos;s relation in the new household (one of them the head).</source>
        <translation>勾选分出立户的人，填写同单元内新户的房号，以及各人在新户中与户主的关系（其中一人为户主）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick the person who died and give the date of death. If it was the head, choose the new head among the others.</source>
        <translation>勾选去世的人并填写死亡日期。若是户主，请在其他成员中指定新户主。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date of &amp;death:</source>
        <translation>死亡日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/household_change_dialog.ui" line="+159"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members now:</source>
        <translation>本户现有成员：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members of {household}:</source>
        <translation>{household} 的成员：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody chosen yet.</source>
        <translation>尚未选择。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no household</source>
        <translation>无住户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, {id_number}, lives at: {address}</source>
        <translation>{name}，{id_number}，现住：{address}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the date as 2026-11-21.</source>
        <translation>日期请按 2026-11-21 的格式填写。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find and choose the person who moves in.</source>
        <translation>请查找并选择迁入的人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the relation to the head.</source>
        <translation>请选择与户主关系。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tick at least one member.</source>
        <translation>请至少勾选一人。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick only the person who died.</source>
        <translation>只能勾选去世的那一人。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the room of the new household.</source>
        <translation>请填写新户的房号。</translation>
    </message>
    <message>
        <location filename="../../forms/household_change_dialog.ui" line="-145"/>
        <source>Household change</source>
        <translation>户籍变动</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name, ID number, phone…; Enter takes the top match</source>
        <translation>姓名、身份号码、电话…；回车选第一条</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Relation to head:</source>
        <translation>与户主关系(&amp;R)：</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New &amp;room:</source>
        <translation>新户房号(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. 502</source>
        <translation>如 502</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Reason or destination:</source>
        <translation>原因或去向(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. moved to Shenyang for work</source>
        <translation>如：到沈阳工作</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/household_dialog.py" line="+73"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Household {label}</source>
        <translation>户 {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} members</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Done: {change} on {date}.</source>
        <translation>已办理：{change}，日期 {date}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed in another window</source>
        <translation>已在其他窗口修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another window changed this household meanwhile, so nothing was done.
The change is shown again as it would be now: check it once more.</source>
        <translation>其他窗口刚刚修改了该户，本次未作任何变动。
已按最新情况重新生成，请再核对一次。</translation>
    </message>
    <message>
        <location filename="../../forms/household_dialog.ui" line="+14"/>
        <location line="+23"/>
        <source>Household</source>
        <translation>户籍</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Move &amp;in…</source>
        <translation>迁入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone joins this household (迁入)</source>
        <translation>有人迁入本户（迁入）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move &amp;out…</source>
        <translation>迁出(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone leaves the street (迁出), with date and reason</source>
        <translation>有人迁离本街道（迁出），需填日期和原因</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change &amp;head…</source>
        <translation>变更户主(&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new head; restate each member&apos;s relation (变更户主)</source>
        <translation>更换户主，并重新填写各成员关系（变更户主）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Split…</source>
        <translation>分户(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some members form a new household in the same unit (分户)</source>
        <translation>部分成员在同单元另立新户（分户）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Death…</source>
        <translation>死亡注销(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a death (死亡注销)</source>
        <translation>登记死亡（死亡注销）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open &amp;resident</source>
        <translation>打开居民信息(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the highlighted member&apos;s record (Enter)</source>
        <translation>打开高亮成员的居民信息（回车）</translation>
    </message>
</context>
<context>
    <name>HouseholdPickerDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/household_picker.py" line="+75"/>
        <source>Choose</source>
        <translation>选定</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open the tree down to the room, or type to filter.</source>
        <translation>逐级展开到房号，或输入文字筛选。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing matches “{text}”.</source>
        <translation>没有与“{text}”相符的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many matches: only the first are shown. Type more.</source>
        <translation>相符的太多，只显示前面一部分，请再多输入几个字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} matches. Enter takes the highlighted household.</source>
        <translation>找到 {count} 处。按回车选定高亮的户。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Choose a household (a room), not a building or unit.</source>
        <translation>请选择具体的户（房号），不能选楼栋或单元。</translation>
    </message>
    <message>
        <location filename="../../forms/household_picker.ui" line="+14"/>
        <location line="+21"/>
        <source>Choose the household</source>
        <translation>选择住户</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Room such as 3-2-501, or a compound, building or community name</source>
        <translation>房号如 3-2-501，或小区、楼栋、社区名称</translation>
    </message>
</context>
<context>
    <name>HouseholdReview</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/household_review.py" line="+31"/>
        <source>Move in</source>
        <translation>迁入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change of head</source>
        <translation>变更户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split household</source>
        <translation>分户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Death</source>
        <translation>死亡注销</translation>
    </message>
</context>
<context>
    <name>HouseholdReviewDialog</name>
    <message>
        <location line="+17"/>
        <source>Make the change</source>
        <translation>确认办理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{change} on {date}.</source>
        <translation>{change}，日期 {date}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moves out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Moves to {household}</source>
        <translation>迁往 {household}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Joins</source>
        <translation>新迁入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Was: {relation}</source>
        <translation>原为{relation}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}: deceased on {date}</source>
        <translation>{name}：{date} 死亡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: moves out on {date}</source>
        <translation>{name}：{date} 迁出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> ({reason})</source>
        <translation>（{reason}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leaving the street&apos;s households:</source>
        <translation>离开本街道住户的人员：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (new household)</source>
        <translation>（新立户）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../forms/household_review.ui" line="+14"/>
        <source>Check the household change</source>
        <translation>核对户籍变动</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check the change before it is made</source>
        <translation>办理前请核对变动内容</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Before</source>
        <translation>办理前</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>After</source>
        <translation>办理后</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Make this change? It cannot be undone from here.</source>
        <translation>确认办理吗？办理后不能在此撤销。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/import_dialog.py" line="+93"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the spreadsheet</source>
        <translation>选择表格文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file}: {rows} rows read, {valid} can be imported, {bad} have errors; {warnings} notes.</source>
        <translation>{file}：共读取 {rows} 行，可导入 {valid} 行，有错误 {bad} 行；提醒 {warnings} 条。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Skip the {bad} rows with errors and import the other {valid}</source>
        <translation>跳过有错误的 {bad} 行，导入其余 {valid} 行(&amp;S)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No row can be imported: correct the file in Excel, then check again.</source>
        <translation>没有可导入的行：请在 Excel 中改正后重新检查。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While any row has an error, “all or none” imports nothing: correct the file and check again, or skip the rows with errors.</source>
        <translation>只要有一行出错，“全部导入或全不导入”就不会导入任何数据：请改正文件后重新检查，或选择跳过错误行。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported {rows} residents into {households} new households.</source>
        <translation>已导入 {rows} 人，新建 {households} 户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>{skipped} rows with errors were skipped. Took {seconds:.1f} s.</source>
        <translation>跳过有错误的 {skipped} 行。用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消，未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="+14"/>
        <source>Import residents</source>
        <translation>导入居民</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Import residents from Excel</source>
        <translation>从 Excel 导入居民</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose the .xlsx file. Every row is checked first and nothing is written until you have seen the report. Use the template so that the columns are recognised.</source>
        <translation>请选择 .xlsx 文件。系统先逐行检查，您看过检查结果之前不会写入任何数据。请使用导入模板，以便识别各列。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Download the import template…</source>
        <translation>下载导入模板(&amp;D)…</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Import &amp;all rows or none (nothing is imported while any row has an error)</source>
        <translation>全部导入或全不导入(&amp;A)（有任何一行出错则不导入）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Skip the rows with errors and import the others</source>
        <translation>跳过错误行，导入其余行(&amp;S)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the file again after correcting it in Excel</source>
        <translation>在 Excel 中改正后重新读取文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Other file…</source>
        <translation>换一个文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../forms/intake_dialog.ui" line="+14"/>
        <location line="+23"/>
        <source>Accept a request</source>
        <translation>受理事项</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Service (name, code or pinyin initials):</source>
        <translation>服务事项(&amp;S)（名称、编码或拼音首字母）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. jzzm; arrows choose, Enter takes it</source>
        <translation>如 jzzm；方向键选择，回车确定</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Service</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Department</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Materials brought (Space ticks, Ctrl+A ticks all):</source>
        <translation>已收材料(&amp;M)（空格勾选，Ctrl+A 全部勾选）：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Conditions and legal basis:</source>
        <translation>办理条件与设定依据：</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>One-time &amp;notice</source>
        <translation>出具一次性告知书(&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Accept and print receipt</source>
        <translation>受理并打印回执(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/intake_dialog.py" line="+96"/>
        <source>Window {number}</source>
        <translation>第{number}号窗口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accept and print the receipt (Ctrl+Enter)</source>
        <translation>受理并打印回执（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a one-time notice of what is missing (Ctrl+G)</source>
        <translation>出具一次性告知书，一次列明所缺材料（Ctrl+G）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Applicant: {person}</source>
        <translation>申请人：{person}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept a request: {name}</source>
        <translation>受理事项：{name}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a service on the left.</source>
        <translation>请在左侧选择服务事项。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Promised completion date: {date} ({days} working days)</source>
        <translation>承诺办结日期：{date}（{days}个工作日）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promised completion date: {date} (on the spot)</source>
        <translation>承诺办结日期：{date}（即办）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last one-time notice {number}: the materials brought then are ticked.</source>
        <translation>上次告知书 {number} 已收材料已勾选</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Department: {text}</source>
        <translation>办理部门：{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions: {text}</source>
        <translation>办理条件：{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis: {text}</source>
        <translation>设定依据：{text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee: {text}</source>
        <translation>收费标准：{text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[required]</source>
        <translation>【必需】</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[optional]</source>
        <translation>【可选】</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{count} required missing: {names}. One-time notice: Ctrl+G.</source>
        <translation>尚缺 {count} 项必需材料：{names}。可出具一次性告知书（Ctrl+G）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every required material is here: accept with Ctrl+Enter.</source>
        <translation>必需材料已齐全，按 Ctrl+Enter 受理并打印回执。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Accepted: receipt {number}.</source>
        <translation>已受理，回执号 {number}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Accepted as {number}, but the receipt was not printed: {reason}</source>
        <translation>已受理，回执号 {number}，但回执未能打印：{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt {number}</source>
        <translation>受理回执 {number}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>One-time notice {number} given.</source>
        <translation>已出具一次性告知书 {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One-time notice {number}</source>
        <translation>一次性告知书 {number}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Discard the ticks?</source>
        <translation>放弃已勾选的材料？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The materials ticked for this service have not been accepted. Discard them?</source>
        <translation>本事项已勾选的材料尚未受理，确定放弃吗？</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/case_journal.py" line="+76"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>When it happened; empty: now</source>
        <translation>发生时间；不填为现在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who attended</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atte&amp;ndees:</source>
        <translation>参加人(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened, what each party said</source>
        <translation>事情经过、各方陈述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ext:</source>
        <translation>内容(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;greed:</source>
        <translation>达成意见(&amp;G)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add entry</source>
        <translation>添加记录(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this entry to the journal (Ctrl+Enter)</source>
        <translation>将此记录加入记录本（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;rrect the selected entry…</source>
        <translation>更正所选记录(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a correcting entry; the original stays in the journal</source>
        <translation>写一条更正记录；原记录保留在记录本中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a correction</source>
        <translation>不是更正</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Corrects #{number}: </source>
        <translation>更正 #{number}：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[corrected → {numbers}] </source>
        <translation>[已更正 → {numbers}] </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Written by {author} at {time}</source>
        <translation>{author} 记录于 {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Corrects entry {link}.</source>
        <translation>更正记录 {link}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrected by {links}; kept as it was written.</source>
        <translation>已由 {links} 更正；原文照录保留。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees:</source>
        <translation>参加人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed:</source>
        <translation>达成意见：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Correcting entry #{number}: a new entry; the original stays.</source>
        <translation>更正记录 #{number}：另写新记录，原记录保留。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write what happened.</source>
        <translation>请填写记录内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the time as 2026-11-21 14:30.</source>
        <translation>时间请写成 2026-11-21 14:30。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Entry #{number} added.</source>
        <translation>已添加记录 #{number}。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../gridgov_desktop/ui/i18n.py" line="+45"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Living here</source>
        <translation>在住</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compound</source>
        <translation>小区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household</source>
        <translation>户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front desk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office head</source>
        <translation>办事处领导</translation>
    </message>
</context>
<context>
    <name>LiveChecks</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/resident_validation.py" line="+154"/>
        <source>This ID number is already registered: {name} ({address}).</source>
        <translation>该公民身份号码已登记：{name}（{address}）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}, born {date}, is already registered ({address}): the same person?</source>
        <translation>已登记有 {name}，出生日期 {date}（{address}），请核对是否同一人。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without an ID number, choose the sex.</source>
        <translation>未填身份号码时，请选择性别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without an ID number (a newborn, say), enter the date of birth.</source>
        <translation>未填身份号码（如新生儿）时，请填写出生日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the household this person lives in.</source>
        <translation>请选择现住址（所在的户）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the relation to the head.</source>
        <translation>请选择与户主关系。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This ID number is already registered.</source>
        <translation>该公民身份号码已登记。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/session_lock.py" line="+89"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The screen is locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as {name} ({username}). Enter your password to go on where you left off.</source>
        <translation>当前登录：{name}（{username}）。请输入密码，继续刚才的工作。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else? Quit, and sign in again with your own account.</source>
        <translation>不是本人？请退出，再用自己的账号登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/login_dialog.py" line="+46"/>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <location filename="../../forms/login_dialog.ui" line="+20"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../forms/login_dialog.ui" line="+21"/>
        <source>Street Office Service Hall</source>
        <translation>街道便民服务大厅</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign in with your user name and password.</source>
        <translation>请输入用户名和密码登录</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gridgov_desktop/ui/main_window.py" line="+131"/>
        <source>No resident matches “{text}”.</source>
        <translation>没有找到与“{text}”匹配的居民。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sorting…</source>
        <translation>正在排序…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>User: {user} ({role})</source>
        <translation>用户：{user}（{role}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>No street has been set up yet.</source>
        <translation>尚未建立街道。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your role does not list residents: print registers from the File menu.</source>
        <translation>您的角色不能浏览居民名单；如需台账，请从“文件”菜单打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+161"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Total: 1 resident</source>
        <translation>共 1 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: {count} residents</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search results for “{text}”</source>
        <translation>“{text}”的查找结果</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened {name} ({id_number}).</source>
        <translation>已打开 {name}（{id_number}）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Refreshed.</source>
        <translation>已刷新。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text size: {points} pt</source>
        <translation>字号：{points} 磅</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language changes the next time the program starts.</source>
        <translation>界面语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street Office Service Hall {version}
Residents, one-stop services and mediation.</source>
        <translation>街道便民服务大厅 {version}
居民信息管理、一站式服务与人民调解。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Database unavailable</source>
        <translation>数据库不可用</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="+14"/>
        <source>Street Office Service Hall</source>
        <translation>街道便民服务大厅</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Find resident:</source>
        <translation>查找居民(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name, pinyin initials, ID number or its last digits, phone or its last 4 digits, room (3-2-501), receipt number…</source>
        <translation>姓名、拼音首字母、身份证号或尾号、电话或后四位、门牌号（如 3-2-501）、回执编号…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+469"/>
        <source>The organisation tree and its residents (Ctrl+1)</source>
        <translation>组织架构与居民列表（Ctrl+1）</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>Service window</source>
        <translation>服务窗口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worklists of the service window: due today, overdue, awaiting collection, paused (Ctrl+2)</source>
        <translation>服务窗口工作台：今日到期、已逾期、待取件、已暂停（Ctrl+2）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Mediation</source>
        <translation>调解</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mediation cases: my to-do, all cases (Ctrl+3)</source>
        <translation>调解案件：我的待办、全部案件（Ctrl+3）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Residents</source>
        <translation>居民(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Service</source>
        <translation>服务(&amp;S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Mediation</source>
        <translation>调解(&amp;M)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Text &amp;size</source>
        <translation>字号(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New service request…</source>
        <translation>新建服务申请(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take a request of the selected resident: choose the service, tick the materials (F4)</source>
        <translation>为选中的居民受理事项：选择服务事项，勾选所交材料（F4）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open receipt…</source>
        <translation>打开回执(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a request by its receipt number, typed or scanned (Ctrl+O)</source>
        <translation>按回执编号打开受理事项，可输入或扫码（Ctrl+O）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Worklists</source>
        <translation>工作台(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due today, overdue, awaiting collection, paused (Ctrl+2)</source>
        <translation>今日到期、已逾期、待取件、已暂停（Ctrl+2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Bad-review follow-ups…</source>
        <translation>差评整改(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rectification of bad reviews: measures and the reply to the resident</source>
        <translation>差评整改：整改措施及回复群众</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Registers and statistics…</source>
        <translation>台账与统计(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service registers and statistics of the part of the tree selected on the left</source>
        <translation>左侧所选范围的服务台账与统计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the &amp;window number…</source>
        <translation>设置窗口号(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of this service window, printed on receipts</source>
        <translation>本服务窗口的编号，打印在受理回执上</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print receipts and notices on A&amp;4</source>
        <translation>回执和告知书用 A4 纸打印(&amp;4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipts and one-time notices are A5 unless this is ticked</source>
        <translation>不勾选时，受理回执和一次性告知书用 A5 纸打印</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service &amp;catalogue…</source>
        <translation>服务事项目录(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services, their materials, time limits and legal basis</source>
        <translation>服务事项及其申请材料、承诺时限和设定依据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts: add, reset a password, disable, roles and grids</source>
        <translation>账号：新增、重置密码、停用、角色与网格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who did what and when; verify the chain; export</source>
        <translation>谁在何时做了什么；校验哈希链；导出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the database to the backup folder and check the copy</source>
        <translation>把数据库复制到备份文件夹并校验副本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a new password for your account</source>
        <translation>为自己的账号设置新密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide everything until you type your password again</source>
        <translation>隐藏所有内容，重新输入密码后继续</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working-day &amp;calendar…</source>
        <translation>工作日历(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statutory holidays and make-up working days: import next year&apos;s</source>
        <translation>法定节假日及调休上班日：导入下一年的安排</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New case…</source>
        <translation>新建案件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new mediation case (Ctrl+Shift+N)</source>
        <translation>新建调解案件（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open case…</source>
        <translation>打开案件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a case by its number</source>
        <translation>按案号打开案件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Mediation desk</source>
        <translation>调解工作台(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My to-do and the mediation cases (Ctrl+3)</source>
        <translation>我的待办和调解案件（Ctrl+3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Case &amp;register and statistics…</source>
        <translation>案件登记台账与统计(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The register of mediation cases and their statistics</source>
        <translation>人民调解案件登记台账和统计</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dispute types…</source>
        <translation>纠纷类型(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of dispute types: add, stop using</source>
        <translation>纠纷类型列表：添加、停用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Residents list</source>
        <translation>居民列表(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New resident…</source>
        <translation>登记居民(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register a resident, in the household selected in the tree (F2)</source>
        <translation>登记新居民，登记到左侧选中的户（F2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open resident</source>
        <translation>打开居民信息(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the highlighted resident (Enter)</source>
        <translation>打开高亮的居民（回车）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Household…</source>
        <translation>户籍管理(&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members and household changes of the selected household (F6)</source>
        <translation>选中户的成员及户籍变动（F6）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Columns…</source>
        <translation>显示列(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the columns of the resident list</source>
        <translation>选择居民列表显示哪些列</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Download import template…</source>
        <translation>下载导入模板(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the Excel template for importing residents</source>
        <translation>保存用于导入居民的 Excel 模板</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import residents…</source>
        <translation>导入居民(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import residents from an Excel workbook, checked before anything is written</source>
        <translation>从 Excel 工作簿导入居民，写入前先逐行检查</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export the list…</source>
        <translation>导出当前列表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the residents of the selected part of the tree as an Excel workbook</source>
        <translation>把左侧选中范围的居民保存为 Excel 工作簿</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print what is shown…</source>
        <translation>打印当前列表(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview and print the list on screen: the residents&apos; register, or the worklist (Ctrl+P)</source>
        <translation>预览并打印屏幕上的列表：居民花名册或工作台清单（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print &amp;residents by building…</source>
        <translation>打印居民花名册(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview and print the residents by building</source>
        <translation>预览并打印按楼栋排列的居民花名册</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the &amp;household register…</source>
        <translation>打印户籍登记表(&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview and print the households with their members</source>
        <translation>预览并打印各户及其成员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the grid &amp;staff contact sheet…</source>
        <translation>打印网格工作人员通讯录(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview and print who holds which grid role, with phone</source>
        <translation>预览并打印网格各岗位人员及联系电话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find resident</source>
        <translation>查找居民(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a resident by name, ID number, phone or room (Ctrl+F, F3)</source>
        <translation>按姓名、身份证号、电话或门牌号查找居民（Ctrl+F、F3）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the tree and the list from the database (F5)</source>
        <translation>从数据库重新加载组织架构和居民列表（F5）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Larger text</source>
        <translation>放大字号(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Smaller text</source>
        <translation>缩小字号(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Default text size</source>
        <translation>默认字号(&amp;D)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MaskedLineEdit</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/masked_line_edit.py" line="+32"/>
        <source>Masked. Click “Show” to see the number, or type a new one to replace it.</source>
        <translation>已遮蔽。点“显示”查看完整号码，或直接输入新号码替换。</translation>
    </message>
</context>
<context>
    <name>MaterialsTable</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/catalogue_materials.py" line="+28"/>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original and copy</source>
        <translation>原件及复印件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application form</source>
        <translation>申请表</translation>
    </message>
</context>
<context>
    <name>MediationDesk</name>
    <message>
        <location filename="../../gridgov_desktop/ui/mediation_desk.py" line="+156"/>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number (〔2026〕东风调字第12号):</source>
        <translation>案号（〔2026〕东风调字第12号）：</translation>
    </message>
</context>
<context>
    <name>MemberRelations</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/member_relations.py" line="+34"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation now</source>
        <translation>现与户主关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation after the change</source>
        <translation>变动后与户主关系</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/move_dialog.py" line="+116"/>
        <source>Move {kind} “{name}” to…</source>
        <translation>移动{kind}“{name}”到…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move {count} {kind} nodes to…</source>
        <translation>移动 {count} 个{kind}到…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the new {level}. Type to filter; Enter goes on to the review.</source>
        <translation>请选择新的上级{level}。可输入名称筛选；按 Enter 查看变更。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Nothing matches.</source>
        <translation>没有匹配的节点。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a {level}.</source>
        <translation>请选择一个{level}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is where it is now.</source>
        <translation>它现在就在这里。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{kind} “{name}” moves with everything in it: {nodes} node(s), {households} household(s), {residents} resident(s).</source>
        <translation>{kind}“{name}”将连同其下全部内容一起移动：共 {nodes} 个节点、{households} 户、{residents} 人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} {kind} nodes move with everything in them: {nodes} node(s), {households} household(s), {residents} resident(s).</source>
        <translation>{count} 个{kind}将连同其下全部内容一起移动：共 {nodes} 个节点、{households} 户、{residents} 人。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (and {count} more)</source>
        <translation>（另有 {count} 项）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} role(s) held there move along.</source>
        <translation>在此任职的 {count} 个角色随之移动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} party unit(s) serving it stay under their party parent: check them in the party tab.</source>
        <translation>服务于此的 {count} 个党组织仍隶属原上级党组织，请到“党组织”页核对。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room labels follow the new building and unit numbers.</source>
        <translation>门牌号（如 3-2-501）随新的楼栋、单元号更新。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move now? The change is written to the audit log.</source>
        <translation>确认移动吗？此操作将记入审计日志。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Move</source>
        <translation>确认移动(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed meanwhile</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location filename="../../forms/move_dialog.ui" line="+14"/>
        <source>Move to…</source>
        <translation>移动到…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name of the new parent, such as a compound or building</source>
        <translation>新上级的名称，如小区或楼栋名</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+44"/>
        <source>Before</source>
        <translation>移动前</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+44"/>
        <source>After</source>
        <translation>移动后</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Place:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
</context>
<context>
    <name>NewCaseForm</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/case_new_form.py" line="+55"/>
        <source>The grid or compound where the dispute arose, as a path of the tree; may be empty</source>
        <translation>纠纷发生的网格或小区，按组织树路径填写；可不填</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Dispute types or mediators are missing: ask the administrator.</source>
        <translation>尚无纠纷类型或调解员：请联系管理员。</translation>
    </message>
</context>
<context>
    <name>NodeDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/node_dialog.py" line="+69"/>
        <source>Add a {kind}</source>
        <translation>新增{kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under: {place}</source>
        <translation>上级：{place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the {kind}</source>
        <translation>重命名{kind}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: {place}</source>
        <translation>当前：{place}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save (Enter on the last field, or Ctrl+S)</source>
        <translation>保存（在最后一项按 Enter，或 Ctrl+S）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Such as 东风街道</source>
        <translation>如 东风街道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Such as 幸福社区</source>
        <translation>如 幸福社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Such as 第一网格</source>
        <translation>如 第一网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Such as 幸福里小区</source>
        <translation>如 幸福里小区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Such as 3栋</source>
        <translation>如 3栋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Such as 2单元</source>
        <translation>如 2单元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Such as 501室</source>
        <translation>如 501室</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type a name.</source>
        <translation>请填写名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{name}” already exists at this level.</source>
        <translation>同级已有“{name}”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Without a label the room cannot be found by typing 3-2-501.</source>
        <translation>未填门牌号，将无法输入 3-2-501 查到此户。</translation>
    </message>
    <message>
        <location filename="../../forms/node_dialog.ui" line="+14"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Room label:</source>
        <translation>门牌号(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Building-unit-room, such as 3-2-501</source>
        <translation>楼栋-单元-房号，如 3-2-501</translation>
    </message>
</context>
<context>
    <name>OrgErrors</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/org_errors.py" line="+18"/>
        <source>This person is recorded as deceased.</source>
        <translation>此人已登记死亡。</translation>
    </message>
</context>
<context>
    <name>OrgPanel</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/org_panel.py" line="+112"/>
        <source>Fil&amp;ter:</source>
        <translation>筛选(&amp;T)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place name or room (3-2-501)</source>
        <translation>地名或门牌号（如 3-2-501）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps the matches and the levels above them; Esc clears</source>
        <translation>只显示匹配的节点及其上级；按 Esc 清除</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>R&amp;oles</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Party</source>
        <translation>党组织(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired &amp;units</source>
        <translation>共建单位(&amp;U)</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Nothing matches “{text}”.</source>
        <translation>没有与“{text}”匹配的节点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than {count} matches: the first {count} are shown. Type more.</source>
        <translation>匹配超过 {count} 个，只显示前 {count} 个，请多输入几个字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} match(es), shown with the levels above them.</source>
        <translation>匹配 {count} 个，已连同上级一并显示。</translation>
    </message>
</context>
<context>
    <name>OrgTreeModel</name>
    <message>
        <location filename="../../gridgov_desktop/ui/models/org_tree_model.py" line="+259"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{kind}: {name}</source>
        <translation>{kind}：{name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{residents} residents in {households} households</source>
        <translation>{households} 户，{residents} 人</translation>
    </message>
</context>
<context>
    <name>PairedUnitDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/paired_unit_dialog.py" line="+60"/>
        <source>New paired unit</source>
        <translation>新增共建单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit {name}</source>
        <translation>编辑“{name}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paired with {community}</source>
        <translation>共建社区：{community}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile or landline</source>
        <translation>手机或固话</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Type the name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <location filename="../../forms/paired_unit_dialog.ui" line="+14"/>
        <source>Paired unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Contact:</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Reported on:</source>
        <translation>报到日期(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日，如 2026-11-21</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>PairedUnitsView</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/paired_units_view.py" line="+90"/>
        <source>Show &amp;deactivated</source>
        <translation>显示已停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paired unit</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>领办</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service &amp;items…</source>
        <translation>领办事项(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the unit took on, its status and evaluation (Enter)</source>
        <translation>该单位领办的事项、进度和评价（Enter）</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{items}, {open} open, {evaluated} evaluated</source>
        <translation>{items} 项，在办 {open}，已评 {evaluated}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact: {contact}</source>
        <translation>联系人：{contact}</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Saved {name}.</source>
        <translation>已保存“{name}”。</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;New unit…</source>
        <translation>新增单位(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+115"/>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reactivate</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Paired units</source>
        <translation>共建单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a community, or a place in one, in the tree.</source>
        <translation>请在左侧树中选择一个社区或社区内的节点。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>None yet</source>
        <translation>未领办</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reported on {date}</source>
        <translation>{date} 报到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (deactivated)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paired units of {community}: {count}</source>
        <translation>{community}共建单位：{count} 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No paired unit yet: “New unit…” records one.</source>
        <translation>还没有共建单位：点“新增单位…”登记。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} no longer works with the community? Its items and evaluations stay on record.</source>
        <translation>“{name}”不再与本社区共建吗？其领办事项和评价记录将保留。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} reactivated.</source>
        <translation>已恢复“{name}”。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{name} deactivated.</source>
        <translation>已停用“{name}”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>PartiesEditor</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/case_parties.py" line="+81"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ro&amp;le:</source>
        <translation>身份(&amp;L)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+62"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+62"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Name, relation (e.g. 李四, 儿子)</source>
        <translation>姓名，关系（如：李四，儿子）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;x:</source>
        <translation>性别(&amp;X)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;D number:</source>
        <translation>身份证号(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addr&amp;ess:</source>
        <translation>住址(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;gent:</source>
        <translation>代理人(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent&apos;s pho&amp;ne:</source>
        <translation>代理人电话(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A&amp;dd party</source>
        <translation>添加当事人(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve the selected party</source>
        <translation>移除所选当事人(&amp;V)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source> (registry)</source>
        <translation>（居民库）</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Added {name}.</source>
        <translation>已添加：{name}。</translation>
    </message>
</context>
<context>
    <name>PartyMembersDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/party_members_dialog.py" line="+54"/>
        <source>Members of {name}</source>
        <translation>{name}成员</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{count} member(s)</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Added {name}.</source>
        <translation>已添加{name}。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} is now {position}.</source>
        <translation>{name}现任{position}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove member</source>
        <translation>移出成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from the unit?</source>
        <translation>将{name}移出该党组织吗？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed {name}.</source>
        <translation>已移出{name}。</translation>
    </message>
    <message>
        <location filename="../../forms/party_members_dialog.ui" line="+14"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Position:</source>
        <translation>职务(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Set position</source>
        <translation>设置职务(&amp;S)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Remove from the unit</source>
        <translation>移出(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Posi&amp;tion:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Joined on:</source>
        <translation>加入日期(&amp;J)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日，如 2026-11-21</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Add member</source>
        <translation>添加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>PartyOrgDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/party_org_dialog.py" line="+62"/>
        <source>{stars}  {count} star(s)</source>
        <translation>{stars}  {count} 星</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set up a {kind}</source>
        <translation>建立{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serving {place}</source>
        <translation>服务对象：{place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty to name it after the place</source>
        <translation>留空则按所在地点自动命名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit {name}</source>
        <translation>编辑“{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}, serving {place}</source>
        <translation>{kind}，服务对象：{place}</translation>
    </message>
    <message>
        <location filename="../../forms/party_org_dialog.ui" line="+14"/>
        <source>Party unit</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>S&amp;tar rating:</source>
        <translation>星级(&amp;T)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rated &amp;on:</source>
        <translation>评定日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日，如 2026-11-21</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Secretary (contact)</source>
        <translation>书记（联系人）</translation>
    </message>
</context>
<context>
    <name>PartyView</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/party_view.py" line="+99"/>
        <source>Party unit</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stars</source>
        <translation>星级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secretary</source>
        <translation>书记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+156"/>
        <source>&amp;Set up…</source>
        <translation>建立(&amp;S)…</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Members…</source>
        <translation>成员(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a community, or a place in one, in the tree.</source>
        <translation>请在左侧树中选择一个社区或社区内的节点。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Party organisation of {community}: {count} unit(s)</source>
        <translation>{community}党组织：{count} 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No party unit yet: select the community and set one up.</source>
        <translation>还没有党组织：请在树中选中社区，再点“建立”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serves: {place}</source>
        <translation>服务对象：{place}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secretary: {name}</source>
        <translation>书记：{name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not rated yet</source>
        <translation>尚未评定星级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} star(s), rated {date}</source>
        <translation>{count} 星，{date} 评定</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Set up {kind}…</source>
        <translation>建立{kind}(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a community, grid, building or household without a unit in the tree</source>
        <translation>在树中选中尚未建立党组织的社区、网格、楼栋或户</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved {name}.</source>
        <translation>已保存“{name}”。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete party unit</source>
        <translation>删除党组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} and its member list?</source>
        <translation>删除“{name}”及其成员名单吗？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted {name}.</source>
        <translation>已删除“{name}”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/password_dialog.py" line="+50"/>
        <source>An administrator has reset your password. Choose a new one before you go on: enter the temporary password, then your new password twice.</source>
        <translation>管理员已重置您的密码。继续之前请设置新密码：先输入临时密码，再输入两遍新密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../forms/password_dialog.ui" line="+20"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Strength: too short (at least {n} characters)</source>
        <translation>强度：太短（至少{n}个字符）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength: too simple (mix letters with digits or symbols)</source>
        <translation>强度：太简单（请混合字母与数字或符号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: acceptable</source>
        <translation>强度：合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength: strong</source>
        <translation>强度：强</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your current password.</source>
        <translation>请输入原密码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../forms/password_dialog.ui" line="+21"/>
        <source>Enter your current password, then the new one twice.</source>
        <translation>请输入原密码，再输入两遍新密码。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Current password:</source>
        <translation>原密码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/person_picker.py" line="+84"/>
        <source>T&amp;yped in (not a resident)</source>
        <translation>手工填写（非辖区居民）(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;body</source>
        <translation>暂无(&amp;B)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name, pinyin initials, ID or phone digits</source>
        <translation>姓名、拼音首字母、身份证号或电话后几位</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>From the re&amp;gistry</source>
        <translation>从居民中选择(&amp;G)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+120"/>
        <source>Chosen: {name}</source>
        <translation>已选：{name}</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Search for the person and choose them from the list.</source>
        <translation>请搜索并从列表中选定人员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the person&apos;s name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone is required for someone who is not in the registry.</source>
        <translation>非辖区居民须填写联系电话。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Leave empty to use the registry&apos;s phone</source>
        <translation>留空则使用登记的电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{age} yrs</source>
        <translation>{age}岁</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody in the registry matches.</source>
        <translation>居民库中没有匹配的人。</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/print_preview.py" line="+44"/>
        <source>Print preview: {title}</source>
        <translation>打印预览：{title}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The document could not be read.</source>
        <translation>无法读取该文档。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Print {title}</source>
        <translation>打印{title}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已发送 %n 页到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write {file}: {reason}</source>
        <translation>无法写入 {file}：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved as {file}.</source>
        <translation>已保存为 {file}。</translation>
    </message>
    <message>
        <location filename="../../forms/print_preview.ui" line="+14"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Smaller (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Larger (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fit &amp;width</source>
        <translation>适合宽度(&amp;W)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print on a printer you choose (Ctrl+P)</source>
        <translation>选择打印机打印（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为PDF(&amp;S)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>RectificationDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/rectification_dialog.py" line="+99"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Total: %n follow-up(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Closed: the resident was answered on {date}.</source>
        <translation>已办结：已于 {date} 回复群众。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Write something first.</source>
        <translation>请先填写内容。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Measures saved.</source>
        <translation>整改措施已保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply saved: follow-up closed.</source>
        <translation>回复已保存，整改记录已办结。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>someone</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{who} saved this follow-up after you opened it.

Show what they saved? Choose No to keep your text and save it again.</source>
        <translation>在您打开之后，{who} 已修改并保存了这条整改记录。

是否显示其保存的内容？选择“否”则保留您填写的内容，可再次保存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: {who} changed this follow-up.</source>
        <translation>未保存：{who} 已修改这条整改记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The latest follow-up is shown.</source>
        <translation>已显示最新的整改记录。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New bad reviews must be followed up within {days} working days.</source>
        <translation>今后的差评须在 {days} 个工作日内整改并回复。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preparing the ledger…</source>
        <translation>正在生成台账…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ratings and rectifications</source>
        <translation>好差评及整改台账</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsaved text</source>
        <translation>内容未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The measures or the reply were not saved. Discard them?</source>
        <translation>整改措施或回复尚未保存。要放弃吗？</translation>
    </message>
    <message>
        <location filename="../../forms/rectification_dialog.ui" line="+14"/>
        <source>Bad-review follow-ups</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rectification of bad reviews</source>
        <translation>差评整改台账</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Unanswered only</source>
        <translation>只看未回复(&amp;U)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Follow-up</source>
        <translation>整改与回复</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resident&apos;s comment:</source>
        <translation>群众意见：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Measures taken:</source>
        <translation>整改措施(&amp;M)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What was found and what was done about it</source>
        <translation>查明的问题及采取的整改措施</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reply to the resident:</source>
        <translation>回复群众(&amp;R)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What the resident was told, and how (phone, visit, letter)</source>
        <translation>回复群众的内容及方式（电话、上门、书面）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the &amp;measures</source>
        <translation>保存整改措施(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the reply and &amp;close the follow-up</source>
        <translation>保存回复并办结(&amp;C)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Time &amp;limit for a follow-up:</source>
        <translation>整改时限(&amp;L)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the &amp;time limit</source>
        <translation>保存时限(&amp;T)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Print the ledger…</source>
        <translation>打印台账(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview and print the rating register with its follow-ups (Ctrl+P)</source>
        <translation>预览并打印好差评及整改台账（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RectificationTable</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/rectification_table.py" line="+77"/>
        <source>Receipt no.</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rated on</source>
        <translation>评价日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident&apos;s comment</source>
        <translation>群众意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left / overdue</source>
        <translation>剩余/逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Overdue: due by {date}</source>
        <translation>已逾期：整改期限为 {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Overdue %n working day(s)</source>
        <translation>
            <numerusform>逾期%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余%n个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistryFiles</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/registry_files.py" line="+102"/>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident import template.xlsx</source>
        <translation>居民信息导入模板.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Template saved: {file}</source>
        <translation>模板已保存：{file}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Search results cannot be exported yet: choose a part of the tree on the left.</source>
        <translation>搜索结果暂不能导出：请在左侧选择要导出的范围。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the list</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Residents {scope}.xlsx</source>
        <translation>居民名单 {scope}.xlsx</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported {count} residents to {file}.</source>
        <translation>已导出 {count} 人到 {file}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the part of the tree to print on the left.</source>
        <translation>请在左侧选择要打印的范围。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Residents by building</source>
        <translation>居民花名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household register</source>
        <translation>户籍登记表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid staff contact sheet</source>
        <translation>网格工作人员通讯录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preparing {title}…</source>
        <translation>正在生成{title}…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/request_dialog.py" line="+106"/>
        <source>Reprint the receipt, marked as a reprint (Ctrl+P)</source>
        <translation>补打回执，回执上标注“补打”（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the request again (F5)</source>
        <translation>重新加载（F5）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the rating (Ctrl+S)</source>
        <translation>保存评价（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+177"/>
        <source>Receipt {number}</source>
        <translation>受理回执 {number}</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Overdue: due {date}</source>
        <translation>逾期：应于{date}办结</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Window {number} · {clerk}</source>
        <translation>第{number}号窗口 · {clerk}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Paused {days} working days, moved to {date}</source>
        <translation>暂停{days}个工作日，顺延至{date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (clock stopped while paused)</source>
        <translation>（暂停中，停止计时）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not printed yet</source>
        <translation>尚未打印</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed once</source>
        <translation>已打印 1 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed {count} times ({reprints} reprints)</source>
        <translation>已打印 {count} 次（补打 {reprints} 次）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused: {reason}</source>
        <translation>不予受理/退回：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected by {name} at {time}</source>
        <translation>{name} 于 {time} 取件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Completed at {time}</source>
        <translation>{time} 办结</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{level}, {time}, recorded by {by}</source>
        <translation>{level}（{time}，{by}录入）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: “{comment}”</source>
        <translation>：“{comment}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bad review: rectification record opened {opened}, due {due} — {status}.</source>
        <translation>差评整改：{opened} 已生成整改记录，须于{due}前整改并回复群众（{status}）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Done: {action}. Now “{status}”.</source>
        <translation>已{action}，现为“{status}”。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Receipt {number} (reprint {count})</source>
        <translation>受理回执 {number}（补打{count}）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose one of the five levels (1–5).</source>
        <translation>请选择评价等级（按 1–5）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rating saved.</source>
        <translation>评价已保存。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Discard the rating?</source>
        <translation>放弃评价？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rating has not been saved. Close without saving it?</source>
        <translation>评价尚未保存，确定不保存就关闭吗？</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open a receipt</source>
        <translation>打开回执</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="+14"/>
        <source>Request</source>
        <translation>受理事项</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Reloa&amp;d</source>
        <translation>重新加载(&amp;D)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Service:</source>
        <translation>服务事项：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Accepted by:</source>
        <translation>受理窗口：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Accepted at:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Promised by:</source>
        <translation>承诺办结：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Due now:</source>
        <translation>当前到期：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Materials received:</source>
        <translation>已收材料：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Receipt:</source>
        <translation>回执打印：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Outcome:</source>
        <translation>办理结果：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>History:</source>
        <translation>办理记录：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Start handling</source>
        <translation>开始办理(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Resume</source>
        <translation>恢复办理(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Pause…</source>
        <translation>暂停(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Complete</source>
        <translation>办结(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;fuse / return…</source>
        <translation>不予受理/退回(&amp;F)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Co&amp;llected…</source>
        <translation>取件(&amp;L)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reprint receipt</source>
        <translation>补打回执</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resident&apos;s rating</source>
        <translation>好差评</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Co&amp;mment:</source>
        <translation>评价意见(&amp;M)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional: what the resident said</source>
        <translation>可选：群众的意见</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save rating</source>
        <translation>保存评价</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/request_labels.py" line="+36"/>
        <location line="+23"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused / returned</source>
        <translation>不予受理/退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>已取件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start handling</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse / return</source>
        <translation>不予受理/退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect</source>
        <translation>取件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rated</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt printed</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt reprinted</source>
        <translation>补打回执</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To be rectified</source>
        <translation>待整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectified, reply pending</source>
        <translation>已整改（待回复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident answered</source>
        <translation>已回复群众</translation>
    </message>
</context>
<context>
    <name>RequestStepDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/request_step_dialog.py" line="+65"/>
        <source>Refuse…</source>
        <translation>不予受理/退回…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pause request {number}</source>
        <translation>暂停办理：回执 {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clock stops while the office waits for the resident; resuming moves the promised date on by the working days spent waiting.</source>
        <translation>等待群众补正期间停止计时；恢复办理时，承诺办结日期按暂停的工作日数顺延。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Waiting for:</source>
        <translation>等待内容(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. the applicant&apos;s signature on the form</source>
        <translation>如：申请人在申请表上签字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse or return request {number}</source>
        <translation>不予受理/退回：回执 {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request ends here and cannot be reopened. The reason is recorded in its history and told to the resident.</source>
        <translation>事项到此结束，不能恢复。理由记入办理记录，并告知群众。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. does not meet the conditions: under 60</source>
        <translation>如：不符合申领条件（未满60周岁）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result collected: {number}</source>
        <translation>取件：回执 {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the collector&apos;s ID card. Someone collecting for the applicant gives their own name and ID number.</source>
        <translation>请核验取件人的身份证。他人代领的，填写代领人本人的姓名和证件号码。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Refuse the request?</source>
        <translation>确定不予受理/退回？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse or return request {number}? This cannot be undone.
Reason: {reason}</source>
        <translation>确定对回执 {number} 不予受理/退回吗？此操作不可撤销。
理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../forms/request_step_dialog.ui" line="+87"/>
        <source>Collector&apos;s &amp;name:</source>
        <translation>取件人姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Collector&apos;s &amp;ID number:</source>
        <translation>取件人证件号码(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../gridgov_desktop/ui/models/request_table_model.py" line="+160"/>
        <source>Clock stopped</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>Overdue %n working day(s)</source>
        <translation>
            <numerusform>逾期%n个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余%n个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Overdue: promised for {date}</source>
        <translation>已逾期：承诺办结日期为 {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the resident: the promised date moves on when it resumes</source>
        <translation>等待群众补正：恢复办理时承诺日期相应顺延</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipt no.</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left / overdue</source>
        <translation>剩余/逾期</translation>
    </message>
</context>
<context>
    <name>ResidentActions</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/resident_actions.py" line="+133"/>
        <source>Select a household or a resident first.</source>
        <translation>请先选择一户或一位居民。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This resident lives in no household of the street.</source>
        <translation>该居民不在本街道任何一户中。</translation>
    </message>
</context>
<context>
    <name>ResidentChecks</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/resident_checks.py" line="+54"/>
        <source>A name has at most {count} characters.</source>
        <translation>姓名最多{count}个字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The name contains digits: please check it.</source>
        <translation>姓名中含有数字，请核对。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>{typed} of 18 characters typed.</source>
        <translation>已输入 {typed} 位，共 18 位。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The area code {code} is not in the list of divisions: check it (it may be a new district).</source>
        <translation>地区码 {code} 不在行政区划表中，请核对（也可能是新设区县）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Old 15-digit number: saved as {number}.</source>
        <translation>旧15位号码，将按18位保存：{number}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Born {date} · {sex} · {age} years old</source>
        <translation>出生日期 {date} · {sex} · {age} 岁</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nobody lives here yet: this person will be the head.</source>
        <translation>该户尚无人员，此人将登记为户主。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} members, no head.</source>
        <translation>共 {count} 人，尚无户主。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Head: {name}; {count} members.</source>
        <translation>户主：{name}；共 {count} 人。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the date as 2026-11-21.</source>
        <translation>日期请按 2026-11-21 的格式填写。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date of birth is in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date of birth is before 1880.</source>
        <translation>出生日期早于1880年。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Differs from the ID number ({date}); the ID number&apos;s date is saved.</source>
        <translation>与身份号码不符（号码为 {date}），将按号码保存。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Differs from the ID number ({sex}); the ID number&apos;s sex is saved.</source>
        <translation>与身份号码不符（号码为{sex}），将按号码保存。</translation>
    </message>
</context>
<context>
    <name>ResidentDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/resident_dialog.py" line="+87"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Resident record</source>
        <translation>居民信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../forms/resident_dialog.ui" line="+40"/>
        <source>Register a resident</source>
        <translation>登记居民</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Resident: {name}</source>
        <translation>居民信息：{name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Status: {status} {date}</source>
        <translation>状态：{status} {date}</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Correct what is marked red first.</source>
        <translation>请先改正标红的项。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changed in another window</source>
        <translation>已在其他窗口修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone saved this resident in another window after you opened it.

Reload the latest record? What you typed here is then replaced. Choose No to keep your typing and compare first.</source>
        <translation>您打开此居民信息后，其他窗口已保存了修改。

要重新载入最新内容吗？载入后，您在此输入的内容将被替换。选“否”可保留输入，先核对再说。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: the record changed in another window. Reload it to save.</source>
        <translation>未保存：该记录已在其他窗口修改，请重新载入后再保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The latest record is shown.</source>
        <translation>已载入最新内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard what was typed?</source>
        <translation>放弃输入的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the form without saving what you typed?</source>
        <translation>不保存已输入的内容，直接关闭吗？</translation>
    </message>
    <message>
        <location filename="../../forms/resident_dialog.ui" line="-26"/>
        <source>Resident</source>
        <translation>居民信息</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Fields marked * are required.</source>
        <translation>带 * 的为必填项。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>* &amp;Name:</source>
        <translation>* 姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>* &amp;ID number:</source>
        <translation>* 公民身份号码(&amp;I)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>18 characters; a scanner may type it</source>
        <translation>18位，可用扫描枪录入</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+166"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Show the full ID number (written to the audit log)</source>
        <translation>显示完整的公民身份号码（记入审计日志）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Open existing resident</source>
        <translation>打开已有居民(&amp;O)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>* &amp;Sex:</source>
        <translation>* 性别(&amp;S)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Date of &amp;birth:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Ethnicity:</source>
        <translation>民族(&amp;E)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>13812345678 or 024-87654321</source>
        <translation>13812345678 或 024-87654321</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the full phone number (written to the audit log)</source>
        <translation>显示完整的联系电话（记入审计日志）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Re&amp;gistered domicile:</source>
        <translation>户籍地(&amp;G)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>* Current &amp;address:</source>
        <translation>* 现住址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the household from the tree</source>
        <translation>从组织树中选择所在的户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the household from the tree; type a room such as 3-2-501 to filter</source>
        <translation>从组织树中选择所在的户；输入房号如 3-2-501 可筛选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Household &amp;changes…</source>
        <translation>户籍变动(&amp;C)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move in, move out, change of head, split, death</source>
        <translation>迁入、迁出、变更户主、分户、死亡注销</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>* &amp;Relation to head:</source>
        <translation>* 与户主关系(&amp;R)：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Political s&amp;tatus:</source>
        <translation>政治面貌(&amp;T)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Marital status:</source>
        <translation>婚姻状况(&amp;M)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ed&amp;ucation:</source>
        <translation>文化程度(&amp;U)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;ligion:</source>
        <translation>宗教信仰(&amp;L)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Militar&amp;y service:</source>
        <translation>兵役状况(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Workplace:</source>
        <translation>工作单位(&amp;W)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Categories:</source>
        <translation>人员类别(&amp;C)：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Space ticks or unticks the highlighted category</source>
        <translation>按空格键勾选或取消高亮的类别</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shift+Enter starts a new line</source>
        <translation>Shift+回车换行</translation>
    </message>
</context>
<context>
    <name>ResidentLabels</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/resident_labels.py" line="+19"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent-in-law</source>
        <translation>岳父母或公婆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child&apos;s spouse</source>
        <translation>媳婿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ResidentListView</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/resident_list.py" line="+80"/>
        <source>Click to sort; right-click to choose the columns</source>
        <translation>单击排序；右击选择显示的列</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>{count} residents are too many to sort here; shown in their own order.</source>
        <translation>{count} 人的列表过长，暂不能在此排序，已按原顺序显示。</translation>
    </message>
</context>
<context>
    <name>ResidentTableModel</name>
    <message>
        <location filename="../../gridgov_desktop/ui/models/resident_table_model.py" line="+176"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>现住址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/role_dialog.py" line="+53"/>
        <source>At {kind} {name}</source>
        <translation>任职地点：{kind} {name}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Role already held</source>
        <translation>该角色已有人担任</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{role} is held by {holder}. Does {name} take over? {holder}&apos;s role ends today.</source>
        <translation>{role}现由{holder}担任。改由{name}接任吗？{holder}的任职将于今天结束。</translation>
    </message>
    <message>
        <location filename="../../forms/role_dialog.ui" line="+14"/>
        <location line="+27"/>
        <source>Assign a role</source>
        <translation>添加任职</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Since:</source>
        <translation>任职日期(&amp;S)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日，如 2026-11-21</translation>
    </message>
</context>
<context>
    <name>RolesPanel</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/roles_panel.py" line="+87"/>
        <source>Include &amp;below</source>
        <translation>含下级(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list the roles held anywhere below this node</source>
        <translation>同时列出此节点下各级的任职</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>任职日期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End…</source>
        <translation>结束任职(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person no longer holds the role (kept in the log)</source>
        <translation>此人不再担任该角色（记录保留在日志中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back a role entered by mistake</source>
        <translation>删除录错的任职</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;contact sheet…</source>
        <translation>打印通讯录(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The roles of this node and everything below it, as a PDF</source>
        <translation>本节点及其下各级的任职人员通讯录（PDF）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Roles at {name}</source>
        <translation>{name}的角色</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Typed in: not a resident of the registry</source>
        <translation>手工填写：非辖区居民</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Roles at {name}: {count}</source>
        <translation>{name}的角色：{count} 人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No grid roles are held at a {kind}; tick “Include below” to see those below.</source>
        <translation>{kind}一级不设网格角色；勾选“含下级”可查看下级的任职。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody holds a role here yet.</source>
        <translation>此处还没有人任职。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name} is now {role}.</source>
        <translation>{name}已任{role}。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete the entry “{role} {name}” as entered by mistake?</source>
        <translation>删除录错的任职记录“{role} {name}”吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} no longer holds the role {role} from today?</source>
        <translation>{name}自今天起不再担任{role}吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+33"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Deleted {role} {name}.</source>
        <translation>已删除任职记录：{role} {name}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} no longer holds the role {role}.</source>
        <translation>{name}已不再担任{role}。</translation>
    </message>
</context>
<context>
    <name>ServiceChooser</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/service_chooser.py" line="+77"/>
        <source>{days} working days</source>
        <translation>{days}个工作日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{shown} of {total} services</source>
        <translation>共 {total} 项，符合 {shown} 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} services</source>
        <translation>共 {total} 项</translation>
    </message>
</context>
<context>
    <name>ServiceDesk</name>
    <message>
        <location filename="../../gridgov_desktop/ui/service_desk.py" line="+194"/>
        <source>Select a resident first: find them in the search box.</source>
        <translation>请先选择居民：可在搜索框中查找。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open receipt</source>
        <translation>打开回执</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt number (20261121-0007), or scan the receipt&apos;s QR code:</source>
        <translation>回执编号（如 20261121-0007），或扫描回执上的二维码：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Window number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk is service window number (1–99):</source>
        <translation>本机为第几号服务窗口（1–99）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This desk is now window {number}.</source>
        <translation>本机已设为第{number}号窗口。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window {number}</source>
        <translation>第{number}号窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service → Set the window number… changes it</source>
        <translation>可在“服务 → 设置窗口号…”中修改</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The {year} holidays are not loaded yet: ask the administrator.</source>
        <translation>{year}年节假日安排尚未导入，请联系管理员。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The {year} holidays are not loaded yet: import them in the working-day calendar.</source>
        <translation>{year}年节假日安排尚未导入，请在“工作日历”中导入</translation>
    </message>
</context>
<context>
    <name>ServiceDialogs</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/service_dialogs.py" line="+128"/>
        <source>Receipt not recognised</source>
        <translation>回执无法识别</translation>
    </message>
</context>
<context>
    <name>ServiceFormDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/form_dialog.py" line="+48"/>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the date as 2026-11-21.</source>
        <translation>日期请按 2026-11-21 的格式填写。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Changed meanwhile</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discard what was typed?</source>
        <translation>放弃已填写的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the form without saving what you typed?</source>
        <translation>不保存已填写的内容，直接关闭吗？</translation>
    </message>
</context>
<context>
    <name>ServiceItemDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/service_item_dialog.py" line="+44"/>
        <source>New service item</source>
        <translation>新增领办事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit service item</source>
        <translation>编辑领办事项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken on by {unit}</source>
        <translation>领办单位：{unit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Such as 义诊进社区 (free clinic)</source>
        <translation>如 义诊进社区</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the item.</source>
        <translation>请填写事项名称。</translation>
    </message>
    <message>
        <location filename="../../forms/service_item_dialog.ui" line="+14"/>
        <source>Service item</source>
        <translation>领办事项</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Item:</source>
        <translation>事项(&amp;I)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Details:</source>
        <translation>内容(&amp;D)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Claimed on:</source>
        <translation>认领日期(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日，如 2026-11-21</translation>
    </message>
</context>
<context>
    <name>ServiceItemsDialog</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/service_items_dialog.py" line="+65"/>
        <source>Service items of {unit}</source>
        <translation>{unit}的领办事项</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reported to the community on {date}.</source>
        <translation>{date} 到社区报到。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No service item yet: “New item…” records one.</source>
        <translation>还没有领办事项：点“新增事项…”登记。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Evaluated {date}: {evaluation}</source>
        <translation>{date} 评价：{evaluation}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{title}: {status}.</source>
        <translation>{title}：{status}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove item</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” as entered by mistake? (An item given up is “Dropped”.)</source>
        <translation>删除录错的事项“{title}”吗？（放弃办理的事项请改为“已终止”。）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed {title}.</source>
        <translation>已删除“{title}”。</translation>
    </message>
    <message>
        <location filename="../../forms/service_items_dialog.ui" line="+14"/>
        <source>Service items</source>
        <translation>领办事项</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Service item</source>
        <translation>领办事项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claimed</source>
        <translation>认领日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Completed</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;New item…</source>
        <translation>新增事项(&amp;N)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;valuate…</source>
        <translation>评价(&amp;V)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ServiceRegistersDialog</name>
    <message>
        <location filename="../../forms/service_registers_dialog.ui" line="+14"/>
        <source>Service registers and statistics</source>
        <translation>服务台账与统计</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Registers of the service window</source>
        <translation>便民服务窗口台账</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Register:</source>
        <translation>台账(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/service_registers_dialog.py" line="+161"/>
        <source>Service register (requests accepted)</source>
        <translation>便民服务事项受理登记台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue register</source>
        <translation>逾期事项台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings and rectifications</source>
        <translation>好差评及整改台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics per service and month</source>
        <translation>服务事项统计表（按事项、按月）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A band per day</source>
        <translation>按日期分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A band per window</source>
        <translation>按窗口分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A band per service</source>
        <translation>按事项分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A band per department</source>
        <translation>按办理部门分组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only residents of {place}</source>
        <translation>仅限{place}的居民</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone (select a part of the tree to narrow it)</source>
        <translation>全部居民（在主窗口选择组织节点可缩小范围）</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Completed late &amp;from:</source>
        <translation>逾期办结自(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../forms/service_registers_dialog.ui" line="+13"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/service_registers_dialog.ui" line="+22"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The start date is after the end date.</source>
        <translation>起始日期晚于截止日期。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing the register…</source>
        <translation>正在生成台账…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the register</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {rows} rows to {file}.</source>
        <translation>已导出 {rows} 行：{file}。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Service</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rated</source>
        <translation>评价数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average rating</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{count} requests accepted in the period.</source>
        <translation>本期共受理 {count} 件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../forms/service_registers_dialog.ui" line="+20"/>
        <source>To&amp;day</source>
        <translation>今天(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This &amp;month</source>
        <translation>本月(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Last month</source>
        <translation>上月(&amp;L)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Bands:</source>
        <translation>分组(&amp;B)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All windows</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bad reviews &amp;only</source>
        <translation>仅差评(&amp;O)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Residents:</source>
        <translation>居民范围：</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Show figures</source>
        <translation>显示统计(&amp;S)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview the register before printing (Ctrl+P)</source>
        <translation>打印前预览台账（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export .xlsx…</source>
        <translation>导出 .xlsx(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../gridgov_desktop/ui/session_lock.py" line="-71"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
</context>
<context>
    <name>TreeEditor</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/org_tree_editor.py" line="+67"/>
        <location line="+40"/>
        <source>&amp;Add below…</source>
        <translation>新增下级(&amp;A)…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move to…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Add {kind}…</source>
        <translation>新增{kind}(&amp;A)…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Added {name}.</source>
        <translation>已新增“{name}”。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Renamed {old} to {new}.</source>
        <translation>已将“{old}”改名为“{new}”。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Moved {name} to {place}.</source>
        <translation>已将“{name}”移到 {place}。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {kind} “{name}”? Empty levels below it are deleted with it.</source>
        <translation>删除{kind}“{name}”吗？其下空的下级节点将一并删除。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Deleted {name}.</source>
        <translation>已删除“{name}”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot delete {kind} “{name}”</source>
        <translation>不能删除{kind}“{name}”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the household to move its members out first?</source>
        <translation>是否打开该户，先为成员办理迁出？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move what it holds to another {kind} first?</source>
        <translation>是否先把它的下级移到另一个{kind}？</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Changed meanwhile</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../forms/users_dialog.ui" line="+14"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/users_dialog.py" line="-211"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login (UTC)</source>
        <translation>最近登录（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Front desk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office head (read-only)</source>
        <translation>主任（只读）</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>{n} accounts</source>
        <translation>共 {n} 个账号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>locked until {until}</source>
        <translation>锁定至 {until}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../forms/users_dialog.ui" line="+7"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Account {user} created.</source>
        <translation>已创建账号 {user}，首次登录时须修改密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temporary password for {user} (at least 8 characters, letters and digits).
Tell it to them in person; they must choose a new one at their next login.</source>
        <translation>{user} 的临时密码（至少8个字符，字母与数字混合）。
请当面告知本人；下次登录时须设置新密码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Temporary password set for {user}; it must be changed at the next login.</source>
        <translation>已为 {user} 设置临时密码，下次登录时须修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{user} enabled.</source>
        <translation>已启用 {user}。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{user} disabled.</source>
        <translation>已停用 {user}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role of {user}:</source>
        <translation>{user} 的角色：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{user} is now {role}.</source>
        <translation>{user} 的角色已改为{role}。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Grids of {user} saved.</source>
        <translation>已保存 {user} 负责的网格。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{user} unlocked.</source>
        <translation>已解除 {user} 的锁定。</translation>
    </message>
    <message>
        <location filename="../../forms/users_dialog.ui" line="+7"/>
        <source>Change r&amp;ole…</source>
        <translation>修改角色(&amp;O)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grids…</source>
        <translation>分配网格(&amp;G)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unlock</source>
        <translation>解除锁定(&amp;U)</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/worklist_panel.py" line="+103"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print this list…</source>
        <translation>打印此清单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the request</source>
        <translation>打开受理事项</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+70"/>
        <source>Whole hall</source>
        <translation>全厅</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>This window (no. {number})</source>
        <translation>本窗口（第{number}号）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../forms/worklist_panel.ui" line="+37"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/worklist_panel.ui" line="+16"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/worklist_panel.ui" line="+16"/>
        <source>Awaiting collection</source>
        <translation>待取件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/worklist_panel.ui" line="+16"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/worklist_panel.ui" line="+16"/>
        <source>All open</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../forms/worklist_panel.ui" line="+16"/>
        <source>Accepted today</source>
        <translation>今日受理</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Window {number}</source>
        <translation>第{number}号窗口</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Total: %n request(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Preparing {title}…</source>
        <translation>正在生成“{title}”…</translation>
    </message>
    <message>
        <location filename="../../forms/worklist_panel.ui" line="+29"/>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Requests of this window only, or of every window of the hall</source>
        <translation>只看本窗口受理的事项，或全厅所有窗口的事项</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Enter: open the request · F5: refresh · Ctrl+P: print this list · Alt+1…Alt+6: change the list</source>
        <translation>Enter：打开事项 · F5：刷新 · Ctrl+P：打印此清单 · Alt+1…Alt+6：切换清单</translation>
    </message>
</context>
</TS>
