<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>Edit enterprise</source>
        <translation>编辑企业</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91220101MA…</source>
        <translation>18位，例如 91220101MA…</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>County</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>mobile or landline, e.g. 0431-88888888</source>
        <translation>手机或座机，例如 0431-88888888</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>在岗职工数</translation>
    </message>
    <message>
        <source>Lowest wage grade (monthly)</source>
        <translation>最低档工资标准（月）</translation>
    </message>
    <message>
        <source>Venue type</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>No placements at entertainment venues (REG-2021 Art 16(5)).</source>
        <translation>不得安排到娱乐性场所实习（《职业学校学生实习管理规定》第十六条第五项）。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>I</source>
        <comment>minimum-wage area class</comment>
        <translation>一</translation>
    </message>
    <message>
        <source>II</source>
        <comment>minimum-wage area class</comment>
        <translation>二</translation>
    </message>
    <message>
        <source>III</source>
        <comment>minimum-wage area class</comment>
        <translation>三</translation>
    </message>
    <message>
        <source>IV</source>
        <comment>minimum-wage area class</comment>
        <translation>四</translation>
    </message>
    <message>
        <source>Intermediary / dispatch</source>
        <translation>中介 / 劳务派遣</translation>
    </message>
    <message>
        <source>Intermediary, HR agency or labour-dispatch firm</source>
        <translation>中介机构、人力资源服务机构或劳务派遣单位</translation>
    </message>
    <message>
        <source>No placements through intermediaries (REG-2021 Art 16(6)).</source>
        <translation>不得通过中介机构安排实习（第十六条第六项）。</translation>
    </message>
    <message>
        <source>Training base</source>
        <translation>实习实训基地</translation>
    </message>
    <message>
        <source>Recognised industry–education training base</source>
        <translation>产教融合实习实训基地</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>考察日期</translation>
    </message>
    <message>
        <source>Site assessment</source>
        <translation>实地考察</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(choose an industry)</source>
        <translation>（请选择行业）</translation>
    </message>
    <message>
        <source>Minimum-wage area class %1</source>
        <translation>最低工资%1类地区</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <source>Name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>County</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>在岗职工数</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation>信用状况</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>EnterprisesPage</name>
    <message>
        <source>Search by name, credit code or address</source>
        <translation>按名称、信用代码或地址搜索</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新建岗位</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>删除岗位</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n 家企业</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Delete enterprise %1? Its %2 post(s) and %3 enterprise mentor(s) are deleted with it. This cannot be undone.</source>
        <translation>删除企业“%1”？其 %2 个岗位和 %3 名企业导师将一并删除，且无法恢复。</translation>
    </message>
    <message>
        <source>Delete enterprise</source>
        <translation>删除企业</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Posts of %1</source>
        <translation>%1 的岗位</translation>
    </message>
    <message>
        <source>Select an enterprise to see its posts</source>
        <translation>选择企业以查看其岗位</translation>
    </message>
    <message>
        <source>Delete post %1? This cannot be undone.</source>
        <translation>删除岗位“%1”？此操作无法恢复。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>入学日期</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>County</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>在岗职工数</translation>
    </message>
    <message>
        <source>Venue type</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Physical intensity level</source>
        <translation>体力劳动强度等级</translation>
    </message>
    <message>
        <source>Same-post wage</source>
        <translation>同岗位工资</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>危险因素</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Load limit</source>
        <translation>带教上限</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Guardian name</source>
        <translation>监护人姓名</translation>
    </message>
    <message>
        <source>Guardian relationship</source>
        <translation>监护人关系</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <translation>监护人电话</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Mentor or supervisor</source>
        <translation>导师或指导教师</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>School side: student</source>
        <translation>学校身份：学生</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>出生日期 / 年龄</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Major (category)</source>
        <translation>专业（专业大类）</translation>
    </message>
    <message>
        <source>Cohort / year of study</source>
        <translation>年级 / 在读年级</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>学校指导教师</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Enterprise side: intern / apprentice</source>
        <translation>企业身份：实习生 / 学徒</translation>
    </message>
    <message>
        <source>Current enterprise</source>
        <translation>当前企业</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>企业导师</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1, %2 years</source>
        <translation>%1，%2 周岁</translation>
    </message>
    <message>
        <source>Cohort %1, year %2</source>
        <translation>%1 级，第 %2 学年</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>At school (no current placement)</source>
        <translation>在校（当前无实习）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>在籍</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>休学</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>毕业</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>退学</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>全日制</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>非全日制</translation>
    </message>
    <message>
        <source>Observation internship</source>
        <translation>认识实习</translation>
    </message>
    <message>
        <source>Post internship</source>
        <translation>岗位实习</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>学徒制</translation>
    </message>
    <message>
        <source>Modern apprenticeship</source>
        <translation>现代学徒制</translation>
    </message>
    <message>
        <source>Enterprise new-type apprenticeship</source>
        <translation>企业新型学徒制</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>受限（失信）</translation>
    </message>
    <message>
        <source>Ordinary workplace</source>
        <translation>一般场所</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>酒吧</translation>
    </message>
    <message>
        <source>Nightclub</source>
        <translation>夜总会</translation>
    </message>
    <message>
        <source>KTV / song hall</source>
        <translation>歌厅 / KTV</translation>
    </message>
    <message>
        <source>Bathhouse</source>
        <translation>洗浴场所</translation>
    </message>
    <message>
        <source>Electronic game room</source>
        <translation>电子游戏厅</translation>
    </message>
    <message>
        <source>Internet café</source>
        <translation>网吧</translation>
    </message>
    <message>
        <source>Other entertainment venue</source>
        <translation>其他营业性娱乐场所</translation>
    </message>
    <message>
        <source>Work at height</source>
        <translation>高空作业</translation>
    </message>
    <message>
        <source>Underground</source>
        <translation>井下作业</translation>
    </message>
    <message>
        <source>Radioactive</source>
        <translation>放射性</translation>
    </message>
    <message>
        <source>Toxic</source>
        <translation>有毒</translation>
    </message>
    <message>
        <source>Flammable or explosive</source>
        <translation>易燃易爆</translation>
    </message>
    <message>
        <source>Other high safety risk</source>
        <translation>其他较高安全风险</translation>
    </message>
    <message>
        <source>Entertainment venue</source>
        <translation>娱乐场所</translation>
    </message>
    <message>
        <source>Intermediary/dispatch</source>
        <translation>中介/派遣</translation>
    </message>
    <message>
        <source>Credit restricted</source>
        <translation>信用受限</translation>
    </message>
    <message>
        <source>Training base</source>
        <translation>实习实训基地</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>企业导师</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>学校指导教师</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Placements of each type with the 2021 rules checked before they bite.</source>
        <translation>各类实习安排，按2021年《职业学校学生实习管理规定》事前检查。</translation>
    </message>
    <message>
        <source>Monthly pay ledger per placement, arrears across enterprises.</source>
        <translation>每项实习的月度报酬台账，以及各企业的欠发情况。</translation>
    </message>
    <message>
        <source>Insurance policies, who and which days they cover, and the gaps.</source>
        <translation>保险保单、承保人员与日期，以及保障缺口。</translation>
    </message>
    <message>
        <source>Tripartite agreements as signed PDFs that anyone can verify offline.</source>
        <translation>三方协议生成签名PDF，离线即可验证。</translation>
    </message>
    <message>
        <source>Everything that needs action now, most urgent first.</source>
        <translation>所有需要立即处理的事项，最紧急的在前。</translation>
    </message>
    <message>
        <source>Statistics and exports for inspectors and the education bureau.</source>
        <translation>面向督查和教育局的统计与导出。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved data is safe.
Log: %1</source>
        <translation>程序出现错误。已保存的数据是安全的。
日志：%1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>日志：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Jilin Apprentice – internships and apprenticeships</source>
        <translation>吉林学徒实习管理 – 实习与学徒</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Enterprises &amp; posts</source>
        <translation>企业与岗位</translation>
    </message>
    <message>
        <source>Mentors &amp; supervisors</source>
        <translation>导师与指导教师</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>实习安排</translation>
    </message>
    <message>
        <source>Pay ledger</source>
        <translation>报酬台账</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规检查</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About Jilin Apprentice</source>
        <translation>关于吉林学徒实习管理</translation>
    </message>
    <message>
        <source>Jilin Apprentice %1
Offline internship and apprenticeship management for vocational schools.
Font: WenQuanYi Micro Hei (Apache 2.0 / GPLv3).</source>
        <translation>吉林学徒实习管理 %1
面向职业学校的离线实习与学徒管理软件。
字体：文泉驿微米黑（Apache 2.0 / GPLv3）。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field} is required.</source>
        <translation>{field}为必填项。</translation>
    </message>
    <message>
        <source>{field} is longer than {max} characters.</source>
        <translation>{field}不能超过 {max} 个字符。</translation>
    </message>
    <message>
        <source>{field}: choose one of the listed values.</source>
        <translation>{field}：请从列表中选择。</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field}不能为负数。</translation>
    </message>
    <message>
        <source>{field} must be between {min} and {max}.</source>
        <translation>{field}必须在 {min} 到 {max} 之间。</translation>
    </message>
    <message>
        <source>{field}: the amount is not plausible.</source>
        <translation>{field}：金额不合理。</translation>
    </message>
    <message>
        <source>{field} is too far in the future.</source>
        <translation>{field}太远，超出合理范围。</translation>
    </message>
    <message>
        <source>{field} is before the date of birth.</source>
        <translation>{field}早于出生日期。</translation>
    </message>
    <message>
        <source>{field} must have 18 characters: 17 digits and a digit or X (GB 11643).</source>
        <translation>{field}应为18位：17位数字加1位数字或X（GB 11643）。</translation>
    </message>
    <message>
        <source>{field}: the check character is wrong; expected {expected} (GB 11643).</source>
        <translation>{field}：校验码错误，应为 {expected}（GB 11643）。</translation>
    </message>
    <message>
        <source>{field}: digits 7-14 are not a real date of birth.</source>
        <translation>{field}：第7–14位不是有效的出生日期。</translation>
    </message>
    <message>
        <source>{field}: the area code is not in the GB/T 2260 table; please check.</source>
        <translation>{field}：地址码不在 GB/T 2260 代码表中，请核对。</translation>
    </message>
    <message>
        <source>{field}: old 15-digit numbers are not accepted; enter the 18-digit number.</source>
        <translation>{field}：不接受15位旧号码，请输入18位身份证号。</translation>
    </message>
    <message>
        <source>{field}: another student already has this ID number.</source>
        <translation>{field}：已有其他学生使用此身份证号。</translation>
    </message>
    <message>
        <source>{field}: another student already has this number.</source>
        <translation>{field}：已有其他学生使用此学号。</translation>
    </message>
    <message>
        <source>{field} must have 18 characters from 0-9 and A-Y without I, O, S, V, Z (GB 32100).</source>
        <translation>{field}应为18位，由0–9和除I、O、S、V、Z外的大写字母组成（GB 32100）。</translation>
    </message>
    <message>
        <source>{field}: the check character is wrong; expected {expected} (GB 32100).</source>
        <translation>{field}：校验码错误，应为 {expected}（GB 32100）。</translation>
    </message>
    <message>
        <source>{field}: the embedded organisation code fails its check (GB 11714).</source>
        <translation>{field}：其中的组织机构代码校验不通过（GB 11714）。</translation>
    </message>
    <message>
        <source>{field}: unusual registration authority code; please check.</source>
        <translation>{field}：登记管理部门代码不常见，请核对。</translation>
    </message>
    <message>
        <source>{field}: another enterprise already has this credit code.</source>
        <translation>{field}：已有其他企业使用此信用代码。</translation>
    </message>
    <message>
        <source>{field} must be an 11-digit mainland mobile number starting with 1.</source>
        <translation>{field}应为以1开头的11位手机号码。</translation>
    </message>
    <message>
        <source>{field}: unusual mobile number prefix; please check.</source>
        <translation>{field}：号段不常见，请核对。</translation>
    </message>
    <message>
        <source>{field}: neither a mobile nor a landline number; please check.</source>
        <translation>{field}：既不像手机号也不像座机号，请核对。</translation>
    </message>
    <message>
        <source>{field}: unknown county code.</source>
        <translation>{field}：未知的区县代码。</translation>
    </message>
    <message>
        <source>An enterprise mentor must belong to an enterprise.</source>
        <translation>企业导师必须属于某个企业。</translation>
    </message>
    <message>
        <source>This student has placements or apprenticeships, which are legal records; set the status to withdrawn or graduated instead.</source>
        <translation>该学生有实习或学徒记录，属于法定档案，不能删除；请将状态改为退学或毕业。</translation>
    </message>
    <message>
        <source>This enterprise has placements, which are legal records; it cannot be deleted.</source>
        <translation>该企业有实习记录，属于法定档案，不能删除。</translation>
    </message>
    <message>
        <source>This post has placements; it cannot be deleted.</source>
        <translation>该岗位有实习记录，不能删除。</translation>
    </message>
    <message>
        <source>This person guides placements; reassign them before deleting.</source>
        <translation>此人正在指导实习，请先改派再删除。</translation>
    </message>
    <message>
        <source>The student no longer exists.</source>
        <translation>该学生已不存在。</translation>
    </message>
    <message>
        <source>The enterprise no longer exists.</source>
        <translation>该企业已不存在。</translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation>该岗位已不存在。</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>此人已不存在。</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Reopen it to see their changes; yours were not saved.</source>
        <translation>在您打开后，其他人修改了这条记录。请重新打开查看；您的修改未保存。</translation>
    </message>
    <message>
        <source>The file {path} is not a Jilin Apprentice database. Nothing was changed.</source>
        <translation>文件 {path} 不是本软件的数据库。未做任何改动。</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Copy it to a writable folder.</source>
        <translation>数据库 {path} 为只读。请复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>The folder {path} is not writable; choose another data folder.</source>
        <translation>文件夹 {path} 不可写，请选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The database is in use by another program. Close it and try again.</source>
        <translation>数据库正被其他程序使用。请关闭后重试。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jilin Apprentice (schema {revision}). Install the newer version; nothing was changed.</source>
        <translation>此数据库由更新版本的本软件写入（结构版本 {revision}）。请安装新版本；未做任何改动。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved.</source>
        <translation>磁盘已满，未保存任何内容。</translation>
    </message>
    <message>
        <source>The change contradicts other records and was not saved.</source>
        <translation>此修改与其他记录冲突，未保存。</translation>
    </message>
    <message>
        <source>The database already holds students; demo data was not added.</source>
        <translation>数据库中已有学生，未添加演示数据。</translation>
    </message>
    <message>
        <source>{count} field(s) need attention.</source>
        <translation>有 {count} 个字段需要修改。</translation>
    </message>
    <message>
        <source>The font file {path} is missing.</source>
        <translation>缺少字体文件 {path}。</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area is not built yet.</source>
        <translation>此功能尚未完成。</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Edit post</source>
        <translation>编辑岗位</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新建岗位</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Major category</source>
        <translation>专业大类</translation>
    </message>
    <message>
        <source>the major category the post suits</source>
        <translation>该岗位对应的专业大类</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>岗位描述</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>危险因素</translation>
    </message>
    <message>
        <source>High-risk posts are closed to interns unless an exception was filed in advance (REG-2021 Art 17(1)).</source>
        <translation>高风险岗位不得安排实习，除非已事先报备（第十七条第一项）。</translation>
    </message>
    <message>
        <source>Physical intensity level</source>
        <translation>体力劳动强度等级</translation>
    </message>
    <message>
        <source>GB 3869 physical labour intensity, level I to IV</source>
        <translation>GB 3869 体力劳动强度，Ⅰ至Ⅳ级</translation>
    </message>
    <message>
        <source>Level III and above is prohibited for interns (REG-2021 Art 16(7)).</source>
        <translation>Ⅲ级及以上强度不得安排实习（第十六条第七项）。</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>Prohibited work for minors (under 18)</source>
        <translation>未成年工禁忌作业（未满18周岁）</translation>
    </message>
    <message>
        <source>Female students</source>
        <translation>女学生</translation>
    </message>
    <message>
        <source>Prohibited work for female employees</source>
        <translation>女职工禁忌从事的劳动</translation>
    </message>
    <message>
        <source>Same-post wage (monthly)</source>
        <translation>同岗位工资（月）</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>在岗职工数</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <source>Post title</source>
        <translation>岗位名称</translation>
    </message>
    <message>
        <source>Major category</source>
        <translation>专业大类</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>危险因素</translation>
    </message>
    <message>
        <source>Minors prohibited</source>
        <translation>禁止未成年人</translation>
    </message>
    <message>
        <source>Females prohibited</source>
        <translation>禁止女性</translation>
    </message>
    <message>
        <source>Same-post wage ¥</source>
        <translation>同岗位工资 ¥</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>在岗职工数</translation>
    </message>
    <message>
        <source>Level III and above is prohibited for interns (REG-2021 Art 16(7)).</source>
        <translation>Ⅲ级及以上强度不得安排实习（第十六条第七项）。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Rule parameters (minimum wages, night window, caps) and the school profile will be edited here.</source>
        <translation>规则参数（最低工资、夜班时段、人数比例上限）和学校信息将在此处编辑。</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit mentor or supervisor</source>
        <translation>编辑导师或指导教师</translation>
    </message>
    <message>
        <source>New mentor or supervisor</source>
        <translation>新建导师或指导教师</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>输入以搜索</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Position / title</source>
        <translation>职务 / 职称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资格</translation>
    </message>
    <message>
        <source>Load limit</source>
        <translation>带教上限</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Most students or placements this person may guide; default: the rule setting</source>
        <translation>此人最多可指导的学生或实习人数；默认按规则设置</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>All mentors and supervisors</source>
        <translation>全部导师与指导教师</translation>
    </message>
    <message>
        <source>Enterprise mentors</source>
        <translation>企业导师</translation>
    </message>
    <message>
        <source>School supervisors</source>
        <translation>学校指导教师</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按姓名搜索</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Position / title</source>
        <translation>职务 / 职称</translation>
    </message>
    <message>
        <source>Current load</source>
        <translation>当前指导人数</translation>
    </message>
    <message>
        <source>Mentors and supervisors</source>
        <translation>导师与指导教师</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Students they supervise lose their school supervisor. This cannot be undone.</source>
        <translation>删除 %1（%2）？其指导的学生将没有学校指导教师。此操作无法恢复。</translation>
    </message>
    <message>
        <source>Delete mentor or supervisor</source>
        <translation>删除导师或指导教师</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Edit student</source>
        <translation>编辑学生</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>新建学生</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>入学日期</translation>
    </message>
    <message>
        <source>Study mode</source>
        <translation>学习形式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>学校指导教师</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>e.g. father, mother</source>
        <translation>例如 父亲、母亲</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>出生于 %1，%2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Current enterprise</source>
        <translation>当前企业</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Search by name, ID number, class, phone or student number</source>
        <translation>按姓名、身份证号、班级、电话或学号搜索</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Delete student %1 (%2)? This cannot be undone.</source>
        <translation>删除学生 %1（%2）？此操作无法恢复。</translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation>删除学生</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
</TS>
