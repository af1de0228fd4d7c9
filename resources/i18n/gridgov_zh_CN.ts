<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../gridgov_desktop/app.py" line="+165"/>
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
        <location line="+95"/>
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
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../gridgov_desktop/ui/dialogs/first_run_wizard.py" line="+96"/>
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
        <location line="+12"/>
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
    <name>HitList</name>
    <message>
        <location filename="../../gridgov_desktop/ui/widgets/search_box.py" line="+66"/>
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
        <location filename="../../gridgov_desktop/ui/main_window.py" line="+107"/>
        <source>No resident matches “{text}”.</source>
        <translation>没有找到与“{text}”匹配的居民。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>User: {user} ({role})</source>
        <translation>用户：{user}（{role}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database: {database}</source>
        <translation>数据库：{database}</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>No street has been set up yet.</source>
        <translation>尚未建立街道。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+111"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Total: 1 resident</source>
        <translation>共 1 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: {count} residents</source>
        <translation>共 {count} 人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results for “{text}”</source>
        <translation>“{text}”的查找结果</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected {name} ({id_number}).</source>
        <translation>已选中 {name}（{id_number}）。</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+15"/>
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
        <source>Name, pinyin initials, ID number or its last digits, phone or its last 4 digits, room (3-2-501)…</source>
        <translation>姓名、拼音首字母、身份证号或尾号、电话或后四位、门牌号（如 3-2-501）…</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+11"/>
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
    <name>OrgTreeModel</name>
    <message>
        <location filename="../../gridgov_desktop/ui/models/org_tree_model.py" line="+159"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Residents</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+16"/>
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
    <name>ResidentTableModel</name>
    <message>
        <location filename="../../gridgov_desktop/ui/models/resident_table_model.py" line="+161"/>
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
</TS>
