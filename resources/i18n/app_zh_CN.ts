<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Jilin Apprentice</source>
        <translation>关于吉林学徒实习管理</translation>
    </message>
    <message>
        <source>Jilin Apprentice</source>
        <translation>吉林学徒实习管理</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Offline internship and apprenticeship management for vocational schools. It uses the following free software and font; their licences are shown below and ship with the program.</source>
        <translation>面向职业院校的离线实习与学徒制管理软件。本程序使用了以下自由软件和字体，其许可证显示在下方，并随程序一同分发。</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>Copy the versions for a support request</source>
        <translation>复制版本信息，用于向技术支持求助</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>AgreementBatchDialog</name>
    <message>
        <source>Blocked by %1</source>
        <translation>被 %1 阻止</translation>
    </message>
    <message>
        <source>Generate agreements</source>
        <translation>生成协议</translation>
    </message>
    <message numerus="yes">
        <source>All placements ready for an agreement (%n)</source>
        <translation>
            <numerusform>所有可生成协议的实习（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Placements of a class</source>
        <translation>某班级的实习</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>agreement: %1</source>
        <translation>协议：%1</translation>
    </message>
    <message>
        <source>blocked by a rule</source>
        <translation>被规则阻止</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) chosen</source>
        <translation>
            <numerusform>已选 %n 项实习</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating… the agreements are drawn on both processor cores.</source>
        <translation>正在生成…协议在两个处理器核心上并行生成。</translation>
    </message>
    <message>
        <source>Cancelling: the agreements being drawn are finished…</source>
        <translation>正在取消：正在生成的协议将先完成…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>批量生成已停止：%1</translation>
    </message>
    <message>
        <source>cancelled; the ones not started were left out</source>
        <translation>已取消；尚未开始的未生成</translation>
    </message>
    <message>
        <source>No failures.</source>
        <translation>全部成功。</translation>
    </message>
    <message>
        <source>Failures and their reasons:</source>
        <translation>失败项及原因：</translation>
    </message>
</context>
<context>
    <name>AgreementColumns</name>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n 份协议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n agreement(s)</source>
        <translation>
            <numerusform>%1 / %n 份协议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) generated</source>
        <translation>
            <numerusform>已生成 %n 份协议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 份失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>已签：%1</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>待签：%1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>纸质签订</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>实习单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>Scanned copy</source>
        <translation>扫描件</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Record signed agreement</source>
        <translation>登记已签协议</translation>
    </message>
    <message>
        <source>The agreement signed on paper by the school, the enterprise and the student (and the guardian of a minor).</source>
        <translation>学校、实习单位和学生（未成年学生另加监护人）已在纸质协议上签字盖章。</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Enter the agreement number.</source>
        <translation>请填写协议编号。</translation>
    </message>
</context>
<context>
    <name>AgreementLabels</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>已生成</translation>
    </message>
    <message>
        <source>Partially signed</source>
        <translation>部分签署</translation>
    </message>
    <message>
        <source>Signed by all</source>
        <translation>各方已签</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>实习单位</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Drawn on screen</source>
        <translation>屏幕手写</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>签名图片</translation>
    </message>
    <message>
        <source>Seal image</source>
        <translation>印章图片</translation>
    </message>
    <message>
        <source>Wet ink on paper</source>
        <translation>纸面亲笔签字</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Number, student or enterprise (Ctrl+F)</source>
        <translation>编号、学生或实习单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Waiting for signatures</source>
        <translation>等待签署</translation>
    </message>
    <message>
        <source>Generate for placement…</source>
        <translation>为实习生成…</translation>
    </message>
    <message>
        <source>Generate for a class / all ready…</source>
        <translation>按班级/全部可生成的批量生成…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Sign for a party…</source>
        <translation>签署…</translation>
    </message>
    <message>
        <source>School signature…</source>
        <translation>学校数字签名…</translation>
    </message>
    <message>
        <source>Attach scanned copy…</source>
        <translation>附加扫描件…</translation>
    </message>
    <message>
        <source>Open scanned copy</source>
        <translation>打开扫描件</translation>
    </message>
    <message>
        <source>Verify a PDF…</source>
        <translation>验证 PDF…</translation>
    </message>
    <message>
        <source>School certificate…</source>
        <translation>学校证书…</translation>
    </message>
    <message>
        <source>Agreement wording…</source>
        <translation>协议条款文字…</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>已签：%1</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>待签：%1</translation>
    </message>
    <message>
        <source>no PDF on file (recorded from a paper agreement)</source>
        <translation>无 PDF 文件（按纸质协议登记）</translation>
    </message>
    <message>
        <source>Not generated</source>
        <translation>未生成</translation>
    </message>
    <message>
        <source>Agreement %1 generated: %2</source>
        <translation>已生成协议 %1：%2</translation>
    </message>
    <message>
        <source>These rules block the placement, so the agreement cannot be made:</source>
        <translation>以下规则阻止该实习，无法生成协议：</translation>
    </message>
    <message>
        <source>The file %1 is not there any more.</source>
        <translation>文件 %1 已不存在。</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Scanned signed copy</source>
        <translation>已签协议扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未附加</translation>
    </message>
    <message>
        <source>Scanned copy attached: %1</source>
        <translation>已附加扫描件：%1</translation>
    </message>
    <message>
        <source>The school has no signing certificate yet. Create or import it now?</source>
        <translation>学校尚无签名证书。现在创建或导入吗？</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>无证书</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Sign agreement %1 with the school&apos;s certificate.</source>
        <translation>用学校证书为协议 %1 进行数字签名。</translation>
    </message>
    <message>
        <source>School signature</source>
        <translation>学校数字签名</translation>
    </message>
    <message>
        <source>Signed and archived: %1</source>
        <translation>已签名并归档：%1</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>验证 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (not in this database)</source>
        <translation>%1（不在本数据库中）</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>Allocate a class to openings</source>
        <translation>按班级分配岗位</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>生成分配方案</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Openings (default: open ones whose majors fit)</source>
        <translation>岗位需求（默认：专业相符且招募中的）</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>岗位需求</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>匹配分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>未分配原因</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>全部采纳</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1 of %2 students placed; total score %3; %4 pairs checked by the rules.</source>
        <translation>%2 名学生中已分配 %1 名；总匹配分 %3；按规则校验 %4 个组合。</translation>
    </message>
</context>
<context>
    <name>ApprenticeshipsPage</name>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <source>Monthly arrears</source>
        <translation>月度欠付</translation>
    </message>
    <message>
        <source>Enterprise (Ctrl+F)</source>
        <translation>实习单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Only enterprises that owe</source>
        <translation>仅显示有欠付的单位</translation>
    </message>
    <message>
        <source>Record payments for this enterprise…</source>
        <translation>登记该单位的报酬发放…</translation>
    </message>
    <message>
        <source>Confirmation sheet…</source>
        <translation>确认单…</translation>
    </message>
    <message>
        <source>Import payroll sheet…</source>
        <translation>导入工资表…</translation>
    </message>
    <message>
        <source>Open ledger</source>
        <translation>打开台账</translation>
    </message>
    <message>
        <source>No pay was due in %1.</source>
        <translation>%1 没有应付报酬。</translation>
    </message>
    <message>
        <source>Choose an enterprise.</source>
        <translation>请选择实习单位。</translation>
    </message>
    <message>
        <source>Placements of %1 in %2</source>
        <translation>%1 在 %2 的实习</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) recorded for %1.</source>
        <translation>
            <numerusform>已为 %1 登记 %n 笔付款。</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmation sheet not written</source>
        <translation>确认单未生成</translation>
    </message>
    <message numerus="yes">
        <source>Confirmation sheet with %n line(s) written to %1</source>
        <translation>
            <numerusform>已生成 %n 行的确认单：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentListTab</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>考核通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>有效状态</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Site assessments</source>
        <translation>实地评估</translation>
    </message>
    <message>
        <source>Enterprise or assessor (Ctrl+F)</source>
        <translation>企业或评估人（Ctrl+F）</translation>
    </message>
    <message>
        <source>Record assessment…</source>
        <translation>填写实地评估…</translation>
    </message>
    <message>
        <source>Only expired or expiring</source>
        <translation>仅已过期或即将到期</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Search values, fields, users</source>
        <translation>搜索内容、字段、用户</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash: shows whether any entry was changed or deleted</source>
        <translation>重新计算每条记录的哈希值：检查是否有记录被修改或删除</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation>显示全部记录</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Newest %1 entries shown</source>
        <translation>显示最新的 %1 条记录</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>共 %1 条记录</translation>
    </message>
    <message>
        <source>up to entry %1</source>
        <translation>截至第 %1 条记录</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>第 %1 条记录</translation>
    </message>
    <message>
        <source>Audit trail intact: all %1 entries match their hashes.</source>
        <translation>审计日志完整：全部 %1 条记录与其哈希值一致。</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>第 %1 条记录在写入后被修改。</translation>
    </message>
    <message>
        <source>Entries before entry %1 were deleted.</source>
        <translation>第 %1 条记录之前的记录已被删除。</translation>
    </message>
    <message>
        <source>Entry %1 was added into the trail afterwards.</source>
        <translation>第 %1 条记录是事后插入的。</translation>
    </message>
    <message>
        <source>Entry %1 is out of order.</source>
        <translation>第 %1 条记录的顺序被改动。</translation>
    </message>
    <message>
        <source>Audit trail BROKEN.</source>
        <translation>审计日志已被破坏。</translation>
    </message>
    <message>
        <source>%1 entries checked, %2 with a wrong hash, %3 broken links.</source>
        <translation>共检查 %1 条记录，其中 %2 条哈希值不符，%3 处链接断开。</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>%1 entries exported to %2</source>
        <translation>已将 %1 条记录导出到 %2</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Check integrity now</source>
        <translation>立即完整性检查</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Double-click or press Enter to restore a backup</source>
        <translation>双击或按回车键恢复备份</translation>
    </message>
    <message>
        <source>Daily (automatic)</source>
        <translation>每日（自动）</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Damaged database (set aside)</source>
        <translation>已损坏的数据库（已移出）</translation>
    </message>
    <message>
        <source>The database is on a server: back it up with the server&apos;s own tools (pg_dump).</source>
        <translation>数据库位于服务器上：请使用服务器自带的工具（pg_dump）备份。</translation>
    </message>
    <message>
        <source>A backup is made automatically once a day when the app starts, before an update and before a restore; the newest %1 of each kind are kept in %2. Back up to a USB stick now and then, and keep it somewhere else.</source>
        <translation>每天首次启动时、升级前和恢复前会自动备份；每种备份保留最新的 %1 份，存放在 %2。请定期备份到U盘，并存放在别处。</translation>
    </message>
    <message>
        <source>Back up to which folder or USB stick?</source>
        <translation>备份到哪个文件夹或U盘？</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>未能备份</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2)</source>
        <translation>备份已写入：%1（%2）</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>恢复哪个备份？</translation>
    </message>
    <message>
        <source>Database backups (*.db);;All files (*)</source>
        <translation>数据库备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>备份：%1</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>学校：%1</translation>
    </message>
    <message>
        <source>Students: %1, enterprises: %2, placements: %3, agreements: %4</source>
        <translation>学生：%1，企业：%2，实习安排：%3，协议：%4</translation>
    </message>
    <message>
        <source>Last recorded change: %1</source>
        <translation>最后一次记录的修改：%1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>It is from an older version and will be updated.</source>
        <translation>该备份来自旧版本，恢复后将自动升级。</translation>
    </message>
    <message>
        <source>Restoring replaces ALL current data with this backup. The current database is backed up first. Restore it?</source>
        <translation>恢复将用此备份替换当前的全部数据。恢复前会先备份当前数据库。确定恢复吗？</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>无法恢复此文件</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored.</source>
        <translation>备份 %1 已损坏，无法恢复。</translation>
    </message>
    <message>
        <source>Restore backup?</source>
        <translation>恢复备份？</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Restored. The data as it was before is in %1. Other pages show the restored data when you open them again.</source>
        <translation>已恢复。恢复前的数据保存在 %1。重新打开其他页面即可看到恢复后的数据。</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>完整性检查</translation>
    </message>
    <message>
        <source>Integrity check passed at %1: the database is sound.</source>
        <translation>%1 完整性检查通过：数据库完好。</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>数据库已损坏：%1</translation>
    </message>
    <message>
        <source>Restore the newest good backup: %1</source>
        <translation>请恢复最新的完好备份：%1</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch placement for a class</source>
        <translation>按班级批量安排实习</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>批次名称</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>%1 draft placements created.</source>
        <translation>已生成 %1 条实习草稿。</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BoardTexts</name>
    <message>
        <source>Opening</source>
        <translation>岗位需求</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>需求人数</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余名额</translation>
    </message>
    <message>
        <source>Majors wanted</source>
        <translation>需求专业</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>实习期间</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>报酬</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>岗位需求</translation>
    </message>
    <message>
        <source>major wanted</source>
        <translation>专业对口</translation>
    </message>
    <message>
        <source>same 专业大类</source>
        <translation>同一专业大类</translation>
    </message>
    <message>
        <source>other major</source>
        <translation>其他专业</translation>
    </message>
    <message>
        <source>wants this enterprise</source>
        <translation>意向企业</translation>
    </message>
    <message>
        <source>wants this industry</source>
        <translation>意向行业</translation>
    </message>
    <message>
        <source>wants this city</source>
        <translation>意向城市</translation>
    </message>
    <message>
        <source>final year</source>
        <translation>毕业年级</translation>
    </message>
    <message>
        <source>not final year</source>
        <translation>非毕业年级</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>时间衔接</translation>
    </message>
    <message>
        <source>availability unknown</source>
        <translation>可实习时间未填</translation>
    </message>
    <message>
        <source>major not wanted</source>
        <translation>专业不符</translation>
    </message>
    <message>
        <source>grade year not wanted</source>
        <translation>年级不符</translation>
    </message>
    <message>
        <source>another placement on these dates</source>
        <translation>该期间已有实习安排</translation>
    </message>
    <message>
        <source>not available for the whole period</source>
        <translation>可实习时间不能覆盖整个期间</translation>
    </message>
    <message>
        <source>the places they could take went to others</source>
        <translation>可去岗位的名额已分配给其他学生</translation>
    </message>
    <message>
        <source>not an enrolled full-time student</source>
        <translation>非在籍全日制学生</translation>
    </message>
    <message>
        <source>no opening chosen</source>
        <translation>未选择岗位需求</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>Not suggested: %1</source>
        <translation>未推荐：%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>招募中</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已满员</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Post internship</source>
        <translation>岗位实习</translation>
    </message>
    <message>
        <source>Cognitive internship</source>
        <translation>认识实习</translation>
    </message>
    <message>
        <source>/month</source>
        <translation>/月</translation>
    </message>
    <message>
        <source>/day</source>
        <translation>/日</translation>
    </message>
    <message>
        <source>/hour</source>
        <translation>/小时</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>按小时</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年级</translation>
    </message>
    <message>
        <source>%1 places remain; the interns caps (R-CAP-1/2) allow %2 now.</source>
        <translation>剩余名额 %1 个；受实习生比例上限（R-CAP-1/2）限制，目前可安排 %2 人。</translation>
    </message>
    <message>
        <source>%1 places remain.</source>
        <translation>剩余名额 %1 个。</translation>
    </message>
</context>
<context>
    <name>BulkPayDialog</name>
    <message>
        <source>Record payments for %1</source>
        <translation>登记 %1 的报酬发放</translation>
    </message>
    <message>
        <source>%1: pay for %2. Untick the interns this payment run did not include.</source>
        <translation>%1：%2 的实习报酬。本次未发放的实习生请取消勾选。</translation>
    </message>
    <message>
        <source>Paid on (all lines)</source>
        <translation>支付日期（所有行）</translation>
    </message>
    <message>
        <source>Record payments</source>
        <translation>登记付款</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Ticked lines are recorded</source>
        <translation>将登记已勾选的行</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), %1 in all</source>
        <translation>
            <numerusform>%n 笔付款，合计 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n line(s) have problems.</source>
        <translation>
            <numerusform>未保存任何内容：有 %n 行存在问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPatternDialog</name>
    <message>
        <source>Calendar pattern</source>
        <translation>日历轮换模式</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>First block</source>
        <translation>首个阶段</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>在学校</translation>
    </message>
    <message>
        <source>At the enterprise</source>
        <translation>在企业</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source>Weeks at school</source>
        <translation>在校周数</translation>
    </message>
    <message>
        <source>Weeks at the enterprise</source>
        <translation>在企业周数</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Weekdays worked</source>
        <translation>上课/上岗的星期</translation>
    </message>
    <message>
        <source>Hours a day at the enterprise</source>
        <translation>企业每日学时</translation>
    </message>
    <message>
        <source>Hours a day at school</source>
        <translation>学校每日学时</translation>
    </message>
    <message>
        <source>Use a recurrence rule instead of weekly blocks</source>
        <translation>用重复规则代替按周轮换</translation>
    </message>
    <message>
        <source>RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=TU,TH: the other weekdays are school days.</source>
        <translation>RFC 5545 规则，例如 FREQ=WEEKLY;BYDAY=TU,TH：其余工作日为在校日。</translation>
    </message>
    <message>
        <source>Enterprise days (recurrence rule)</source>
        <translation>在企业日期（重复规则）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>%1 days at the enterprise, %2 at school (before public holidays and leave).</source>
        <translation>在企业 %1 天，在学校 %2 天（未计法定节假日和请假）。</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>At the enterprise</source>
        <translation>在企业</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>在学校</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Apprentice</source>
        <translation>学徒(&amp;A)</translation>
    </message>
    <message>
        <source>Pattern…</source>
        <translation>轮换模式…</translation>
    </message>
    <message>
        <source>Generate calendar</source>
        <translation>生成日历</translation>
    </message>
    <message>
        <source>Set day type…</source>
        <translation>设置日期类型…</translation>
    </message>
    <message>
        <source>Mark leave…</source>
        <translation>登记请假…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Ent</source>
        <translation>企</translation>
    </message>
    <message>
        <source>Sch</source>
        <translation>校</translation>
    </message>
    <message>
        <source>Hol</source>
        <translation>节</translation>
    </message>
    <message>
        <source>Lv</source>
        <translation>假</translation>
    </message>
    <message>
        <source>◥ set by hand (kept when the calendar is generated again)</source>
        <translation>◥ 手动设置（重新生成日历时保留）</translation>
    </message>
    <message>
        <source>Working-time findings</source>
        <translation>工作时间检查结果</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>Choose a programme and an apprentice.</source>
        <translation>请选择项目和学徒。</translation>
    </message>
    <message>
        <source>No days yet: set the pattern and generate the calendar.</source>
        <translation>尚无日程：请先设置轮换模式并生成日历。</translation>
    </message>
    <message>
        <source>At the enterprise: %1 days, %2 h</source>
        <translation>在企业：%1 天，%2 小时</translation>
    </message>
    <message>
        <source>At school: %1 days, %2 h</source>
        <translation>在学校：%1 天，%2 小时</translation>
    </message>
    <message>
        <source>Public holidays: %1 · Leave: %2</source>
        <translation>法定节假日：%1 · 请假：%2</translation>
    </message>
    <message>
        <source>Enterprise share of the training hours: %1 %</source>
        <translation>企业培训学时占比：%1 %</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>自 %1 至 %2</translation>
    </message>
    <message>
        <source>No working-time problems found.</source>
        <translation>未发现工作时间问题。</translation>
    </message>
    <message>
        <source>(%1; %2 in all)</source>
        <translation>（%1；共 %2 处）</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>已选：%1</translation>
    </message>
    <message>
        <source>Selected: %1 days, %2 – %3</source>
        <translation>已选：%1 天，%2 – %3</translation>
    </message>
    <message>
        <source>Pattern saved. Generate the calendar to apply it.</source>
        <translation>轮换模式已保存。请生成日历以使其生效。</translation>
    </message>
    <message>
        <source>Generate the calendar of every apprentice of this programme? Generated days are replaced; days set by hand (leave, corrections) are kept.</source>
        <translation>为本项目的全部学徒生成日历？自动生成的日程将被替换；手动设置的日期（请假、更正）将保留。</translation>
    </message>
    <message>
        <source>Calendar not generated</source>
        <translation>未生成日历</translation>
    </message>
    <message>
        <source>%1 days generated for %2 apprentice(s); %3 day(s) set by hand kept.</source>
        <translation>已为 %2 名学徒生成 %1 天日程；保留手动设置的 %3 天。</translation>
    </message>
    <message>
        <source>%1 day(s) changed.</source>
        <translation>已修改 %1 天。</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Day type</source>
        <translation>日期类型</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>School certificate</source>
        <translation>学校证书</translation>
    </message>
    <message>
        <source>Current certificate</source>
        <translation>当前证书</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>e.g. the school&apos;s name and &quot;agreements&quot;</source>
        <translation>例如学校名称加“协议签章”</translation>
    </message>
    <message>
        <source>Create certificate</source>
        <translation>创建证书</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Valid for (years)</source>
        <translation>有效期（年）</translation>
    </message>
    <message>
        <source>The .p12 or .pfx file</source>
        <translation>.p12 或 .pfx 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Import certificate</source>
        <translation>导入证书</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>创建新证书</translation>
    </message>
    <message>
        <source>Import a .p12 file</source>
        <translation>导入 .p12 文件</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) known here: files signed with any of them still verify.</source>
        <translation>
            <numerusform>本机已知 %n 个证书：用其中任何一个签名的文件都可验证。</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet: create one below or import the school&apos;s.</source>
        <translation>尚无证书：请在下方创建或导入学校证书。</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1（剩余 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>证书 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace the school certificate %1? Files signed with it will still verify; new files will be signed with the new one.</source>
        <translation>替换学校证书 %1 吗？用它签名的文件仍可验证；新文件将使用新证书签名。</translation>
    </message>
    <message>
        <source>Replace certificate</source>
        <translation>替换证书</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Certificate %1 created. Keep its password safe.</source>
        <translation>已创建证书 %1。请妥善保管密码。</translation>
    </message>
    <message>
        <source>Choose the certificate file first.</source>
        <translation>请先选择证书文件。</translation>
    </message>
    <message>
        <source>Certificate %1 imported.</source>
        <translation>已导入证书 %1。</translation>
    </message>
</context>
<context>
    <name>CertificateLabels</name>
    <message>
        <source>Primary (level 5)</source>
        <translation>初级工（五级）</translation>
    </message>
    <message>
        <source>Intermediate (level 4)</source>
        <translation>中级工（四级）</translation>
    </message>
    <message>
        <source>Advanced (level 3)</source>
        <translation>高级工（三级）</translation>
    </message>
    <message>
        <source>Technician (level 2)</source>
        <translation>技师（二级）</translation>
    </message>
    <message>
        <source>Senior technician (level 1)</source>
        <translation>高级技师（一级）</translation>
    </message>
</context>
<context>
    <name>CertificateRecordDialog</name>
    <message>
        <source>Edit certificate</source>
        <translation>编辑证书</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>新增证书</translation>
    </message>
    <message>
        <source>Name, number or class</source>
        <translation>姓名、学号或班级</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Shortage occupation (紧缺急需)</source>
        <translation>紧缺急需职业（工种）</translation>
    </message>
    <message>
        <source>The certificate subsidy rises by 30 % for shortage occupations (JL-48 §(15)).</source>
        <translation>紧缺急需职业（工种）的证书补贴标准上浮 30 %（吉政办发〔2018〕48号 第（十五）条）。</translation>
    </message>
</context>
<context>
    <name>CertificateTexts</name>
    <message>
        <source>Certificates</source>
        <translation>职业资格证书</translation>
    </message>
    <message>
        <source>Subsidy eligibility</source>
        <translation>补贴资格</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Certificate subsidy</source>
        <translation>职业资格证书补贴</translation>
    </message>
    <message>
        <source>Technician training subsidy</source>
        <translation>技师培训补贴</translation>
    </message>
    <message>
        <source>Apprenticeship training subsidy (enterprise)</source>
        <translation>学徒培训补贴（企业）</translation>
    </message>
    <message>
        <source>Enterprise employee with a labour contract on the issue date</source>
        <translation>发证之日为签订劳动合同的企业职工</translation>
    </message>
    <message>
        <source>Employee; shortage occupation: +30 %</source>
        <translation>企业职工；紧缺急需职业上浮 30 %</translation>
    </message>
    <message>
        <source>No labour contract: a school student is not an insured enterprise employee</source>
        <translation>无劳动合同：在校学生不属于参保企业职工</translation>
    </message>
    <message>
        <source>Issued outside the labour contract</source>
        <translation>发证日期不在劳动合同期内</translation>
    </message>
    <message>
        <source>This level is in no subsidy scheme</source>
        <translation>该等级不在任何补贴范围内</translation>
    </message>
    <message>
        <source>No subsidy rule is stored for that date</source>
        <translation>该日期没有适用的补贴标准</translation>
    </message>
    <message>
        <source>Training year of an enterprise new-type apprentice</source>
        <translation>企业新型学徒的培训年度</translation>
    </message>
    <message>
        <source>Training year cut short by the end date; the city decides</source>
        <translation>培训年度因结束日期不满一年，由市级部门认定</translation>
    </message>
    <message>
        <source>The apprenticeship is still a draft</source>
        <translation>学徒记录仍为草稿</translation>
    </message>
    <message>
        <source>Labour contract shorter than a year (R-APP-4)</source>
        <translation>劳动合同不满一年（R-APP-4）</translation>
    </message>
    <message>
        <source>Only enterprise new-type apprenticeships qualify</source>
        <translation>仅企业新型学徒制可享受</translation>
    </message>
    <message>
        <source>Training year %1 (%2 – %3)</source>
        <translation>第 %1 培训年度（%2 – %3）</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>不低于 %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Shortage occupation</source>
        <translation>紧缺急需职业</translation>
    </message>
    <message>
        <source>Subsidy received on</source>
        <translation>补贴到账日期</translation>
    </message>
    <message>
        <source>Subsidy received</source>
        <translation>已领补贴</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>补贴项目</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据来源</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已领取</translation>
    </message>
</context>
<context>
    <name>CertificatesList</name>
    <message>
        <source>Student, occupation or number (Ctrl+F)</source>
        <translation>学生、职业或证书编号（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only without subsidy received</source>
        <translation>仅显示未领补贴</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>新增证书</translation>
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
        <source>Subsidy received…</source>
        <translation>补贴已到账…</translation>
    </message>
    <message>
        <source>Delete the %1 certificate of %2?</source>
        <translation>删除 %2 的“%1”证书？</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>删除证书</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>Certificates</source>
        <translation>职业资格证书</translation>
    </message>
</context>
<context>
    <name>ChangePostDialog</name>
    <message>
        <source>Change post or enterprise</source>
        <translation>变更岗位或实习单位</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>名称…</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>实习单位</translation>
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
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose the new post.</source>
        <translation>请选择新岗位。</translation>
    </message>
    <message>
        <source>Enter the reason; it stays on the record.</source>
        <translation>请填写原因，原因将保留在记录中。</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Show the figures as a table</source>
        <translation>以表格显示数据</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Subsidy received</source>
        <translation>已领补贴</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <source>Eligible amount: %1</source>
        <translation>可享受金额：%1</translation>
    </message>
    <message>
        <source>The eligibility report finds no subsidy for this certificate.</source>
        <translation>补贴资格报表中该证书没有可享受的补贴。</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>到账金额</translation>
    </message>
</context>
<context>
    <name>CohortList</name>
    <message>
        <source>Enrol students…</source>
        <translation>招收学徒…</translation>
    </message>
    <message>
        <source>Edit apprentice</source>
        <translation>编辑学徒</translation>
    </message>
    <message>
        <source>Remove from programme</source>
        <translation>移出项目</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>培养进度…</translation>
    </message>
    <message>
        <source>Remove %1 from the programme? The enrolment and the recorded progress are deleted.</source>
        <translation>将%1移出本项目？其学徒登记和已记录的培养进度将一并删除。</translation>
    </message>
    <message>
        <source>Remove apprentice</source>
        <translation>移出学徒</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>未移出</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>记录已被他人修改</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Reload to see their changes (yours will be lost) or keep editing?</source>
        <translation>在您打开此记录之后，其他人修改了它。重新加载以查看其修改（您的修改将丢失），还是继续编辑？</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Add consent</source>
        <translation>添加同意记录</translation>
    </message>
    <message>
        <source>e.g. wage card for internship pay</source>
        <translation>例如：用于发放实习报酬的工资卡</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
</context>
<context>
    <name>CoverDialog</name>
    <message>
        <source>Cover a class</source>
        <translation>为班级投保</translation>
    </message>
    <message>
        <source>Cover placements</source>
        <translation>为实习投保</translation>
    </message>
    <message>
        <source>Choose a class…</source>
        <translation>选择班级…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <source>Every placement of the class (except terminated ones) is covered for the days it shares with the policy period. Students already covered are not added twice.</source>
        <translation>该班所有实习（已终止的除外）在与保险期间重叠的日期内纳入保障；已投保的学生不会重复添加。</translation>
    </message>
    <message>
        <source>Student, class or enterprise</source>
        <translation>学生、班级或实习单位</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>全选所显示的</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <source>Placements that overlap the policy period.</source>
        <translation>与保险期间重叠的实习。</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) ticked</source>
        <translation>
            <numerusform>已选 %n 项实习</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoveredDialog</name>
    <message>
        <source>Covered students</source>
        <translation>被保险学生</translation>
    </message>
    <message>
        <source>Take off the policy…</source>
        <translation>移出保单…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop covering %n row(s) under this policy?</source>
        <translation>
            <numerusform>确定将 %n 行移出本保单的保障范围吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Take off the policy</source>
        <translation>移出保单</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved completely or not at all, so at most the last action was not carried out. You can keep working; if it happens again, restart the program and send the log file to whoever supports you.</source>
        <translation>程序出现了问题。您的数据是安全的：每次修改要么完整保存，要么完全不保存，最多只是最后一次操作没有完成。您可以继续工作；如果问题再次出现，请重新启动程序，并把日志文件发给技术支持人员。</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>隐藏详细信息</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>DayTypeDialog</name>
    <message>
        <source>Set day type</source>
        <translation>设置日期类型</translation>
    </message>
    <message>
        <source>%1 day(s): %2</source>
        <translation>%1 天：%2</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day type</source>
        <translation>日期类型</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>DeductionsEditor</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Add deduction</source>
        <translation>添加扣款</translation>
    </message>
    <message>
        <source>Remove deduction</source>
        <translation>删除扣款</translation>
    </message>
    <message>
        <source>Fees, commissions and insurance premiums may not be deducted from pay; they are recorded as evidence and reported (R-PAY-6).</source>
        <translation>不得从实习报酬中扣除费用、提成或保险费；此类扣款将作为证据登记并报告（R-PAY-6）。</translation>
    </message>
</context>
<context>
    <name>EligibilityList</name>
    <message>
        <source>Student, enterprise or occupation (Ctrl+F)</source>
        <translation>学生、企业或职业（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only eligible</source>
        <translation>仅显示符合条件</translation>
    </message>
    <message>
        <source>Only eligible and not received</source>
        <translation>仅显示符合条件且未领取</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>未核实</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol students: %1</source>
        <translation>招收学徒：%1</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>招收</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Contract from</source>
        <translation>合同起</translation>
    </message>
    <message>
        <source>Contract to</source>
        <translation>合同止</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>月工资</translation>
    </message>
    <message>
        <source>Another student</source>
        <translation>其他学生</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
</context>
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
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
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
    <message>
        <source>Enterprises</source>
        <translation>实习单位</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation by the enterprise mentor</source>
        <translation>企业导师考核</translation>
    </message>
    <message>
        <source>Evaluation by the school supervisor</source>
        <translation>学校实习指导教师考核</translation>
    </message>
    <message>
        <source>School and enterprise assess jointly, process and result together; the student must not be assessed simply by the enterprise&apos;s attendance system or employee standards (REG-2021 Art 27, R-EVAL-1).</source>
        <translation>学校和实习单位共同考核，过程考核与结果考核相结合；不得简单套用实习单位的考勤制度或员工标准对学生进行考核（2021 规定第二十七条，R-EVAL-1）。</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
</context>
<context>
    <name>EvaluationLabels</name>
    <message>
        <source>Attitude and discipline</source>
        <translation>工作态度与纪律</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>专业技能</translation>
    </message>
    <message>
        <source>Safety awareness</source>
        <translation>安全意识</translation>
    </message>
    <message>
        <source>Teamwork and communication</source>
        <translation>团队协作与沟通</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>企业导师</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>学校实习指导教师</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>成绩等级</translation>
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
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
        <source>Enterprise score</source>
        <translation>企业评分</translation>
    </message>
    <message>
        <source>School score</source>
        <translation>学校评分</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>综合得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>成绩等级</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>实习考核</translation>
    </message>
    <message>
        <source>Student, class or enterprise (Ctrl+F)</source>
        <translation>学生、班级或企业（Ctrl+F）</translation>
    </message>
    <message>
        <source>Evaluate as enterprise mentor…</source>
        <translation>企业导师考核…</translation>
    </message>
    <message>
        <source>Evaluate as school supervisor…</source>
        <translation>学校指导教师考核…</translation>
    </message>
    <message>
        <source>Open placement</source>
        <translation>打开实习记录</translation>
    </message>
    <message>
        <source>Only incomplete</source>
        <translation>仅未完成</translation>
    </message>
    <message>
        <source>The grade combines the enterprise mentor&apos;s and the school supervisor&apos;s rubric; it must not simply apply the enterprise&apos;s attendance record or employee standards (REG-2021 Art 27, R-EVAL-1).</source>
        <translation>成绩由企业导师和学校实习指导教师的评分共同评定；不得简单套用实习单位的考勤记录或员工标准（2021 规定第二十七条，R-EVAL-1）。</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>未评定成绩</translation>
    </message>
    <message>
        <source>%1: %2 points, %3.</source>
        <translation>%1：%2 分，%3。</translation>
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
        <source>Monthly mentor allowance</source>
        <translation>导师带徒津贴（每月）</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
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
    <message>
        <source>Placement type</source>
        <translation>实习类型</translation>
    </message>
    <message>
        <source>Arranged by</source>
        <translation>安排方式</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>企业导师</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>学校指导教师</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>独立程度</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>每日工时</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>每周天数</translation>
    </message>
    <message>
        <source>Shift start</source>
        <translation>班次开始</translation>
    </message>
    <message>
        <source>Shift end</source>
        <translation>班次结束</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>加班</translation>
    </message>
    <message>
        <source>Work on rest days</source>
        <translation>休息日工作</translation>
    </message>
    <message>
        <source>Work on public holidays</source>
        <translation>法定节假日工作</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>实习报酬</translation>
    </message>
    <message>
        <source>Pay unit</source>
        <translation>计酬单位</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Pay cycle (days)</source>
        <translation>支付周期（天）</translation>
    </message>
    <message>
        <source>Payday</source>
        <translation>发薪日</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意书</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>同意书签署日期</translation>
    </message>
    <message>
        <source>Self-choice application</source>
        <translation>自行选择实习单位申请</translation>
    </message>
    <message>
        <source>School approval date</source>
        <translation>学校批准日期</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <source>Guardian consent to own lodging</source>
        <translation>监护人同意自行住宿</translation>
    </message>
    <message>
        <source>Lodging filing reference</source>
        <translation>住宿备案号</translation>
    </message>
    <message>
        <source>Cross-province approval</source>
        <translation>跨省实习批准文号</translation>
    </message>
    <message>
        <source>Filing reference</source>
        <translation>备案号</translation>
    </message>
    <message>
        <source>Safety training</source>
        <translation>安全教育培训</translation>
    </message>
    <message>
        <source>Tripartite agreement</source>
        <translation>三方协议</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>协议签订日期</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>实习责任保险</translation>
    </message>
    <message>
        <source>Exception reason</source>
        <translation>例外事由</translation>
    </message>
    <message>
        <source>Exception filing reference</source>
        <translation>例外备案文号</translation>
    </message>
    <message>
        <source>Exception filed on</source>
        <translation>例外备案日期</translation>
    </message>
    <message>
        <source>Exception approved by</source>
        <translation>例外批准机关</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>学徒培养</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Date of change</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据来源</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>保单号</translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Premium paid by</source>
        <translation>保费承担方</translation>
    </message>
    <message>
        <source>Sum insured per person</source>
        <translation>每人保险金额</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>保费</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>保单文件</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>事故日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事故经过</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>伤情</translation>
    </message>
    <message>
        <source>Reported to the insurer on</source>
        <translation>向保险公司报案日期</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>理赔编号</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>理赔状态</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>赔付金额</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Mentor or teacher</source>
        <translation>导师或兼职教师</translation>
    </message>
    <message>
        <source>Kind of pay</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Teaching hours</source>
        <translation>授课课时</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业（工种）</translation>
    </message>
    <message>
        <source>Certificate level</source>
        <translation>证书等级</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机构</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Subsidy claimed on</source>
        <translation>补贴到账日期</translation>
    </message>
    <message>
        <source>Subsidy received</source>
        <translation>已领补贴</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>First block</source>
        <translation>首个阶段</translation>
    </message>
    <message>
        <source>Weeks at school</source>
        <translation>在校周数</translation>
    </message>
    <message>
        <source>Weeks at the enterprise</source>
        <translation>在企业周数</translation>
    </message>
    <message>
        <source>Weekdays worked</source>
        <translation>上课/上岗的星期</translation>
    </message>
    <message>
        <source>Hours a day at the enterprise</source>
        <translation>企业每日学时</translation>
    </message>
    <message>
        <source>Hours a day at school</source>
        <translation>学校每日学时</translation>
    </message>
    <message>
        <source>Enterprise days (recurrence rule)</source>
        <translation>在企业日期（重复规则）</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day type</source>
        <translation>日期类型</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>计酬期间</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Deduction type</source>
        <translation>扣款类型</translation>
    </message>
    <message>
        <source>Deduction amount</source>
        <translation>扣款金额</translation>
    </message>
    <message>
        <source>Reason for the deduction</source>
        <translation>扣款原因</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款记录</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Log text</source>
        <translation>周志内容</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Logbook entry</source>
        <translation>周志记录</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>实习周志</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>证书名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>证书密码</translation>
    </message>
    <message>
        <source>Days valid</source>
        <translation>有效天数</translation>
    </message>
    <message>
        <source>Programme type</source>
        <translation>学徒制类型</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Training agreement number</source>
        <translation>学徒培养协议编号</translation>
    </message>
    <message>
        <source>Training agreement signed on</source>
        <translation>学徒培养协议签订日期</translation>
    </message>
    <message>
        <source>Target skill level</source>
        <translation>目标技能等级</translation>
    </message>
    <message>
        <source>School mentor</source>
        <translation>学校导师</translation>
    </message>
    <message>
        <source>Labour contract from</source>
        <translation>劳动合同起始</translation>
    </message>
    <message>
        <source>Labour contract to</source>
        <translation>劳动合同终止</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>月工资</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>计划学时</translation>
    </message>
    <message>
        <source>Taught at</source>
        <translation>培养场所</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>能力要求</translation>
    </message>
    <message>
        <source>Rotation from</source>
        <translation>轮岗开始</translation>
    </message>
    <message>
        <source>Rotation to</source>
        <translation>轮岗结束</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation>已完成学时</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>考核通过</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Working environment</source>
        <translation>工作环境</translation>
    </message>
    <message>
        <source>Safety protection</source>
        <translation>安全防护</translation>
    </message>
    <message>
        <source>Pay received</source>
        <translation>实习报酬发放</translation>
    </message>
    <message>
        <source>Talked to the student</source>
        <translation>与学生谈话</translation>
    </message>
    <message>
        <source>Students seen</source>
        <translation>见到的学生</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Every (weeks)</source>
        <translation>间隔（周）</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Evaluating side</source>
        <translation>考核方</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>考核人</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Attitude and discipline</source>
        <translation>工作态度与纪律</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>专业技能</translation>
    </message>
    <message>
        <source>Safety awareness</source>
        <translation>安全意识</translation>
    </message>
    <message>
        <source>Teamwork and communication</source>
        <translation>团队协作与沟通</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>实习考核</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>需求人数</translation>
    </message>
    <message>
        <source>Majors wanted</source>
        <translation>需求专业</translation>
    </message>
    <message>
        <source>Grade years</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>可实习开始日期</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>可实习截止日期</translation>
    </message>
    <message>
        <source>Preferred industries</source>
        <translation>意向行业</translation>
    </message>
    <message>
        <source>Preferred cities</source>
        <translation>意向城市</translation>
    </message>
    <message>
        <source>Preferred enterprises</source>
        <translation>意向企业</translation>
    </message>
    <message>
        <source>Export kind</source>
        <translation>导出类型</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
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
        <source>Address</source>
        <translation>地址</translation>
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
        <source>Training base</source>
        <translation>实训基地</translation>
    </message>
    <message>
        <source>Intermediary or dispatch agency</source>
        <translation>中介或劳务派遣机构</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Major category</source>
        <translation>专业大类</translation>
    </message>
    <message>
        <source>Closed to minors</source>
        <translation>未成年人禁止</translation>
    </message>
    <message>
        <source>Closed to women</source>
        <translation>女性禁忌</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Statistics year</source>
        <translation>统计年度</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Entries per page</source>
        <translation>每页条数</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>起始记录</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <source>Left school on</source>
        <translation>离校日期</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>May see full personal data</source>
        <translation>可查看完整个人信息</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{message} ({cite}).</source>
        <translation>{message}（{cite}）。</translation>
    </message>
    <message>
        <source>{finding} Allowed by the exception filed in advance under {override} ({cite}).</source>
        <translation>{finding}已按事先备案的例外安排（备案号：{override}）准许（{cite}）。</translation>
    </message>
    <message>
        <source>REG-2021 Art 17 lead-in</source>
        <translation>《职业学校学生实习管理规定》第十七条</translation>
    </message>
    <message>
        <source>Rule {rule_id} reported a problem.</source>
        <translation>规则{rule_id}发现问题。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Not a full-time student</source>
        <translation>非全日制学生</translation>
    </message>
    <message>
        <source>Self-chosen observation internship</source>
        <translation>学生自行选择认识实习</translation>
    </message>
    <message>
        <source>Under 16 at the start date</source>
        <translation>实习开始时未满16周岁</translation>
    </message>
    <message>
        <source>First-year student</source>
        <translation>一年级在校学生</translation>
    </message>
    <message>
        <source>Post prohibited for minors</source>
        <translation>未成年工禁忌岗位</translation>
    </message>
    <message>
        <source>No health check for a minor</source>
        <translation>未成年学生无健康检查</translation>
    </message>
    <message>
        <source>Under 16: educational practice only</source>
        <translation>未满16周岁：仅限教育实践</translation>
    </message>
    <message>
        <source>Informed consent not signed</source>
        <translation>知情同意书未签署</translation>
    </message>
    <message>
        <source>Self-chosen placement not approved</source>
        <translation>自行选择实习单位未经批准</translation>
    </message>
    <message>
        <source>Post does not fit the major</source>
        <translation>岗位与所学专业不符</translation>
    </message>
    <message>
        <source>Only simple repetitive work</source>
        <translation>仅安排简单重复劳动</translation>
    </message>
    <message>
        <source>Enterprise not assessed</source>
        <translation>实习单位未经考察</translation>
    </message>
    <message>
        <source>Longer than six months in total</source>
        <translation>岗位实习累计超过6个月</translation>
    </message>
    <message>
        <source>Approval or filing missing</source>
        <translation>缺少审批或备案</translation>
    </message>
    <message>
        <source>Own lodging without consent or filing</source>
        <translation>自行住宿未经同意或备案</translation>
    </message>
    <message>
        <source>Tripartite agreement not signed</source>
        <translation>三方协议未签订</translation>
    </message>
    <message>
        <source>Working hours over the limit</source>
        <translation>工作时间超出限制</translation>
    </message>
    <message>
        <source>Night shift or overtime</source>
        <translation>夜班或加班</translation>
    </message>
    <message>
        <source>Work on rest days or holidays</source>
        <translation>休息日或法定节假日实习</translation>
    </message>
    <message>
        <source>Working-time exception not valid</source>
        <translation>工作时间例外安排无效</translation>
    </message>
    <message>
        <source>No pay set</source>
        <translation>未约定实习报酬</translation>
    </message>
    <message>
        <source>Pay below the 80% floor</source>
        <translation>报酬低于80%标准</translation>
    </message>
    <message>
        <source>Pay not in money to the student</source>
        <translation>报酬未以货币形式直接支付给学生</translation>
    </message>
    <message>
        <source>Paid less often than monthly</source>
        <translation>报酬支付周期超过1个月</translation>
    </message>
    <message>
        <source>Pay below the minimum wage</source>
        <translation>报酬低于最低工资标准</translation>
    </message>
    <message>
        <source>Minimum-wage table missing or outdated</source>
        <translation>最低工资标准缺失或过期</translation>
    </message>
    <message>
        <source>Entertainment venue</source>
        <translation>营业性娱乐场所</translation>
    </message>
    <message>
        <source>High-risk post</source>
        <translation>高风险岗位</translation>
    </message>
    <message>
        <source>Heavy physical labour</source>
        <translation>高强度体力劳动</translation>
    </message>
    <message>
        <source>Post prohibited for women</source>
        <translation>女职工禁忌岗位</translation>
    </message>
    <message>
        <source>Intermediary or labour dispatch</source>
        <translation>中介机构或劳务派遣</translation>
    </message>
    <message>
        <source>Too many interns at the enterprise</source>
        <translation>实习单位实习学生超过比例</translation>
    </message>
    <message>
        <source>Too many interns on the post</source>
        <translation>同类岗位实习学生超过比例</translation>
    </message>
    <message>
        <source>Enterprise under credit restriction</source>
        <translation>实习单位受信用限制</translation>
    </message>
    <message>
        <source>Insurance does not cover the period</source>
        <translation>保险未覆盖实习期间</translation>
    </message>
    <message>
        <source>Supervisor or mentor missing</source>
        <translation>缺少实习指导教师或企业导师</translation>
    </message>
    <message>
        <source>No safety training</source>
        <translation>未经安全培训</translation>
    </message>
    <message>
        <source>No apprenticeship-training agreement</source>
        <translation>未签订学徒培养协议</translation>
    </message>
    <message>
        <source>Labour contract too short</source>
        <translation>劳动合同期限不足</translation>
    </message>
    <message>
        <source>Apprenticeship too short or too long</source>
        <translation>学徒培养期过短或过长</translation>
    </message>
    <message>
        <source>Apprentice wage below the minimum</source>
        <translation>学徒工资低于最低工资标准</translation>
    </message>
    <message>
        <source>REG-2021 Art 2, Art 49</source>
        <translation>《职业学校学生实习管理规定》第二条、第四十九条</translation>
    </message>
    <message>
        <source>REG-2021 Art 9 para 2</source>
        <translation>《职业学校学生实习管理规定》第九条第二款</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(2), Art 47 para 2</source>
        <translation>《职业学校学生实习管理规定》第十六条第（二）项、第四十七条第二款</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(1)</source>
        <translation>《职业学校学生实习管理规定》第十六条第（一）项</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(3); LABOUR Art 64</source>
        <translation>《职业学校学生实习管理规定》第十六条第（三）项；《劳动法》第六十四条</translation>
    </message>
    <message>
        <source>LABOUR Art 65, as reference</source>
        <translation>参照《劳动法》第六十五条</translation>
    </message>
    <message>
        <source>CHILD Art 13 para 2</source>
        <translation>《禁止使用童工规定》第十三条第二款</translation>
    </message>
    <message>
        <source>REG-2021 Art 9 para 1</source>
        <translation>《职业学校学生实习管理规定》第九条第一款</translation>
    </message>
    <message>
        <source>REG-2021 Art 9 para 1, Art 10</source>
        <translation>《职业学校学生实习管理规定》第九条第一款、第十条</translation>
    </message>
    <message>
        <source>VEL-2022 Art 50; REG-2021 Art 8 para 3</source>
        <translation>《职业教育法》第五十条；《职业学校学生实习管理规定》第八条第三款</translation>
    </message>
    <message>
        <source>VEL-2022 Art 50 para 2</source>
        <translation>《职业教育法》第五十条第二款</translation>
    </message>
    <message>
        <source>REG-2021 Art 8 para 3</source>
        <translation>《职业学校学生实习管理规定》第八条第三款</translation>
    </message>
    <message>
        <source>REG-2021 Art 12</source>
        <translation>《职业学校学生实习管理规定》第十二条</translation>
    </message>
    <message>
        <source>REG-2021 Arts 6, 7</source>
        <translation>《职业学校学生实习管理规定》第六条、第七条</translation>
    </message>
    <message>
        <source>REG-2021 Art 24 para 2, Arts 25, 5</source>
        <translation>《职业学校学生实习管理规定》第二十四条第二款、第二十五条、第五条</translation>
    </message>
    <message>
        <source>REG-2021 Art 24 para 2</source>
        <translation>《职业学校学生实习管理规定》第二十四条第二款</translation>
    </message>
    <message>
        <source>REG-2021 Art 5</source>
        <translation>《职业学校学生实习管理规定》第五条</translation>
    </message>
    <message>
        <source>REG-2021 Art 24 para 1</source>
        <translation>《职业学校学生实习管理规定》第二十四条第一款</translation>
    </message>
    <message>
        <source>REG-2021 Art 14; VEL-2022 Art 50</source>
        <translation>《职业学校学生实习管理规定》第十四条；《职业教育法》第五十条</translation>
    </message>
    <message>
        <source>WT-1995 Art 3; LABOUR Arts 36, 38</source>
        <translation>《国务院关于职工工作时间的规定》第三条；《劳动法》第三十六条、第三十八条</translation>
    </message>
    <message>
        <source>WT-1995 Art 3; LABOUR Art 36</source>
        <translation>《国务院关于职工工作时间的规定》第三条；《劳动法》第三十六条</translation>
    </message>
    <message>
        <source>WT-1995 Art 3</source>
        <translation>《国务院关于职工工作时间的规定》第三条</translation>
    </message>
    <message>
        <source>LABOUR Art 36</source>
        <translation>《劳动法》第三十六条</translation>
    </message>
    <message>
        <source>LABOUR Art 38</source>
        <translation>《劳动法》第三十八条</translation>
    </message>
    <message>
        <source>REG-2021 Art 17(3)</source>
        <translation>《职业学校学生实习管理规定》第十七条第（三）项</translation>
    </message>
    <message>
        <source>REG-2021 Art 17(2)</source>
        <translation>《职业学校学生实习管理规定》第十七条第（二）项</translation>
    </message>
    <message>
        <source>REG-2021 Art 18; VEL-2022 Art 50</source>
        <translation>《职业学校学生实习管理规定》第十八条；《职业教育法》第五十条</translation>
    </message>
    <message>
        <source>REG-2021 Art 18</source>
        <translation>《职业学校学生实习管理规定》第十八条</translation>
    </message>
    <message>
        <source>LABOUR Art 48</source>
        <translation>《劳动法》第四十八条</translation>
    </message>
    <message>
        <source>LABOUR Art 48; MW-REG Art 10</source>
        <translation>《劳动法》第四十八条；《最低工资规定》第十条</translation>
    </message>
    <message>
        <source>MW-REG Art 10</source>
        <translation>《最低工资规定》第十条</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(5)</source>
        <translation>《职业学校学生实习管理规定》第十六条第（五）项</translation>
    </message>
    <message>
        <source>REG-2021 Art 17(1)</source>
        <translation>《职业学校学生实习管理规定》第十七条第（一）项</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(7); GB 3869-1997</source>
        <translation>《职业学校学生实习管理规定》第十六条第（七）项；GB 3869-1997《体力劳动强度分级》</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(4); FEMALE Art 4</source>
        <translation>《职业学校学生实习管理规定》第十六条第（四）项；《女职工劳动保护特别规定》第四条</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(6); VEL-2022 Art 50</source>
        <translation>《职业学校学生实习管理规定》第十六条第（六）项；《职业教育法》第五十条</translation>
    </message>
    <message>
        <source>REG-2021 Art 11 para 1</source>
        <translation>《职业学校学生实习管理规定》第十一条第一款</translation>
    </message>
    <message>
        <source>JL-48 §(33); REG-2021 Arts 6(1), 44</source>
        <translation>吉政办发〔2018〕48号第（三十三）项；《职业学校学生实习管理规定》第六条第（一）项、第四十四条</translation>
    </message>
    <message>
        <source>REG-2021 Art 35 para 1</source>
        <translation>《职业学校学生实习管理规定》第三十五条第一款</translation>
    </message>
    <message>
        <source>REG-2021 Art 8 para 2, Art 23</source>
        <translation>《职业学校学生实习管理规定》第八条第二款、第二十三条</translation>
    </message>
    <message>
        <source>REG-2021 Art 31</source>
        <translation>《职业学校学生实习管理规定》第三十一条</translation>
    </message>
    <message>
        <source>VEL-2022 Art 30</source>
        <translation>《职业教育法》第三十条</translation>
    </message>
    <message>
        <source>APP-2021, secondary source</source>
        <translation>人社部发〔2021〕39号，转引自二手资料</translation>
    </message>
    <message>
        <source>APP-2021, secondary source; LABOUR Art 48</source>
        <translation>人社部发〔2021〕39号，转引自二手资料；《劳动法》第四十八条</translation>
    </message>
    <message>
        <source>The student is not in full-time study, so the internship rules apply only by reference; confirm which rules apply</source>
        <translation>该学生非全日制学习，实习管理规定仅参照执行；请确认适用的规定</translation>
    </message>
    <message>
        <source>An observation internship is arranged by the school; the student cannot choose it</source>
        <translation>认识实习由职业学校安排，学生不得自行选择</translation>
    </message>
    <message>
        <source>The student is {age} at the start date; nobody under {min} may do a post internship, with no exception, and arranging it is dealt with as child labour</source>
        <translation>学生在实习开始之日为{age}周岁；未满{min}周岁的学生不得参加岗位实习，不允许例外，违者依照禁止使用童工的规定查处</translation>
    </message>
    <message>
        <source>The student is in year {year} of study at the start date; first-year students may not do a post internship</source>
        <translation>学生在实习开始之日为第{year}学年；一年级在校学生不得参加岗位实习</translation>
    </message>
    <message>
        <source>The student is {age} at the start date and the post is prohibited for workers under 18</source>
        <translation>学生在实习开始之日为{age}周岁，该岗位属于未满18周岁者禁忌从事的劳动</translation>
    </message>
    <message>
        <source>The student is {age} and no health check is on record; a minor should have one</source>
        <translation>学生为{age}周岁，尚无健康检查记录；未成年学生应当进行健康检查</translation>
    </message>
    <message>
        <source>The student is {age}: under 16 only school-organised educational practice is allowed, no productive work</source>
        <translation>学生为{age}周岁：未满16周岁者仅可参加学校组织的教育实践活动，不得从事生产性劳动</translation>
    </message>
    <message>
        <source>The student has not signed the informed-consent form for the post internship</source>
        <translation>学生本人尚未签署岗位实习知情同意书</translation>
    </message>
    <message>
        <source>The guardian has not signed the informed-consent form for the post internship</source>
        <translation>学生的法定监护人（或家长）尚未签署岗位实习知情同意书</translation>
    </message>
    <message>
        <source>Neither the student nor the guardian has signed the informed-consent form</source>
        <translation>学生本人及其法定监护人（或家长）均未签署知情同意书</translation>
    </message>
    <message>
        <source>The self-chosen placement has no application from the student and guardian</source>
        <translation>自行选择的实习单位缺少学生及其法定监护人（或家长）的申请</translation>
    </message>
    <message>
        <source>The self-chosen placement has not been approved by the school</source>
        <translation>自行选择的实习单位尚未经学校同意</translation>
    </message>
    <message>
        <source>The self-chosen placement has neither an application from the student and guardian nor the school&apos;s approval</source>
        <translation>自行选择的实习单位既无学生及其法定监护人（或家长）的申请，也未经学校同意</translation>
    </message>
    <message>
        <source>The post is marked as unrelated to the student&apos;s major, which is not allowed</source>
        <translation>该岗位已标记为与学生所学专业无关，不得安排此类实习</translation>
    </message>
    <message>
        <source>The post is in the {post_category} category but the student&apos;s major is in {student_category}; internships should not cross major categories</source>
        <translation>岗位属于{post_category}，学生所学专业属于{student_category}；原则上不得跨专业大类安排实习</translation>
    </message>
    <message>
        <source>The post offers only simple repetitive work; it should cover the post&apos;s typical tasks</source>
        <translation>该岗位仅安排简单重复劳动；岗位实习应当基本覆盖该岗位的典型工作任务</translation>
    </message>
    <message>
        <source>The school has no on-site assessment of the enterprise on record</source>
        <translation>尚无学校对实习单位的实地考察记录</translation>
    </message>
    <message>
        <source>It has not been attested that the enterprise has no record of illegal, dishonest or unsafe conduct</source>
        <translation>尚未确认实习单位无违法失信记录和安全生产违法记录</translation>
    </message>
    <message>
        <source>The enterprise has neither an on-site assessment by the school nor the attestation of a clean record</source>
        <translation>实习单位既无学校的实地考察记录，也未确认其无违法失信和安全生产违法记录</translation>
    </message>
    <message>
        <source>The student&apos;s post internships add up to {days} days, more than the usual {max} days (about six months)</source>
        <translation>学生岗位实习累计{days}天，超过一般的{max}天（约6个月）</translation>
    </message>
    <message>
        <source>The placement is outside Jilin province and has no prior approval of the school&apos;s competent authority</source>
        <translation>实习地点在吉林省外，但未事先经学校主管部门同意</translation>
    </message>
    <message>
        <source>The post internship has no filing reference with the competent authority</source>
        <translation>岗位实习尚无向主管部门备案的备案号</translation>
    </message>
    <message>
        <source>The student lodges outside the arranged accommodation without the guardian&apos;s signed consent</source>
        <translation>学生在统一安排的住宿以外自行住宿，但没有法定监护人（或家长）签字同意</translation>
    </message>
    <message>
        <source>The student lodges outside the arranged accommodation, but the school has not filed it</source>
        <translation>学生在统一安排的住宿以外自行住宿，但学校尚未备案</translation>
    </message>
    <message>
        <source>The student lodges outside the arranged accommodation without the guardian&apos;s signed consent and without the school&apos;s filing</source>
        <translation>学生在统一安排的住宿以外自行住宿，既没有法定监护人（或家长）签字同意，学校也未备案</translation>
    </message>
    <message>
        <source>The school, the enterprise and the student have not all signed the tripartite agreement, so the internship cannot start</source>
        <translation>学校、实习单位和学生尚未全部签订实习协议，不得安排学生实习</translation>
    </message>
    <message>
        <source>Scheduled {hours} hours a day, more than the 8-hour working day</source>
        <translation>每日安排工作{hours}小时，超过每日8小时的工作时间</translation>
    </message>
    <message>
        <source>Scheduled {hours} hours a week, more than the standard 40-hour week</source>
        <translation>每周安排工作{hours}小时，超过每周40小时的标准工作时间</translation>
    </message>
    <message>
        <source>Scheduled {hours} hours a week, more than the legal maximum of 44 hours</source>
        <translation>每周安排工作{hours}小时，超过法定的每周44小时上限</translation>
    </message>
    <message>
        <source>Scheduled {days} working days a week, which leaves no weekly rest day</source>
        <translation>每周安排工作{days}天，没有每周休息日</translation>
    </message>
    <message>
        <source>The schedule allows overtime; interns may not work overtime</source>
        <translation>排班允许加班；不得安排实习学生加班</translation>
    </message>
    <message>
        <source>The shift {start}–{end} runs into the night, which starts at {night_start}; interns may not work night shifts</source>
        <translation>班次{start}–{end}进入{night_start}开始的夜间时段；不得安排实习学生上夜班</translation>
    </message>
    <message>
        <source>The schedule includes work on rest days, which interns may not do</source>
        <translation>排班包括休息日工作；不得安排学生在休息日实习</translation>
    </message>
    <message>
        <source>The schedule includes work on statutory public holidays, which interns may not do</source>
        <translation>排班包括法定节假日工作；不得安排学生在法定节假日实习</translation>
    </message>
    <message>
        <source>The working-time exception lacks its reason, filing reference, filing date or approver, so it does not apply</source>
        <translation>工作时间例外安排缺少理由、备案号、备案日期或批准人，因此不适用</translation>
    </message>
    <message>
        <source>The working-time exception was filed on or after the start date; it must be filed in advance, so it does not apply</source>
        <translation>工作时间例外安排于实习开始当日或之后才备案；例外安排须事先备案，因此不适用</translation>
    </message>
    <message>
        <source>No pay is recorded; a post internship must be paid</source>
        <translation>尚未约定实习报酬；岗位实习应当给予报酬</translation>
    </message>
    <message>
        <source>The pay is recorded as 0.00 yuan; a post internship should get appropriate pay</source>
        <translation>实习报酬记录为0.00元；岗位实习应当给予适当的报酬</translation>
    </message>
    <message>
        <source>The pay floor cannot be checked: the monthly pay, or both the same-post wage and the lowest wage grade, are missing</source>
        <translation>无法核对报酬标准：缺少月报酬，或同时缺少本单位相同岗位工资标准和最低档工资标准</translation>
    </message>
    <message>
        <source>Monthly pay of {pay_fen} yuan is below {percent}% of the same-post wage of {post_wage_fen} yuan ({required_fen} yuan) and below the lowest wage grade of {lowest_grade_fen} yuan</source>
        <translation>月报酬{pay_fen}元，低于本单位相同岗位工资标准{post_wage_fen}元的{percent}%（{required_fen}元），也低于最低档工资标准{lowest_grade_fen}元</translation>
    </message>
    <message>
        <source>Monthly pay of {pay_fen} yuan is below {percent}% of the same-post wage of {post_wage_fen} yuan, that is {required_fen} yuan</source>
        <translation>月报酬{pay_fen}元，低于本单位相同岗位工资标准{post_wage_fen}元的{percent}%，即{required_fen}元</translation>
    </message>
    <message>
        <source>Monthly pay of {pay_fen} yuan is below the enterprise&apos;s lowest wage grade of {lowest_grade_fen} yuan</source>
        <translation>月报酬{pay_fen}元，低于本单位最低档工资标准{lowest_grade_fen}元</translation>
    </message>
    <message>
        <source>Pay is given in goods or vouchers; it must be money paid to the student</source>
        <translation>报酬以实物或代金券等形式发放；应当以货币形式支付给学生</translation>
    </message>
    <message>
        <source>Pay goes through a third party; it must be paid directly to the student</source>
        <translation>报酬经第三方转发；应当直接支付给学生本人</translation>
    </message>
    <message>
        <source>The payee is not the student; pay must go directly to the student</source>
        <translation>收款人不是学生本人；报酬应当直接支付给学生</translation>
    </message>
    <message>
        <source>Pay is made every {days} days; it should be at least every {max} days</source>
        <translation>报酬每{days}天支付一次；支付周期原则上不超过{max}天</translation>
    </message>
    <message>
        <source>Monthly pay of {pay_fen} yuan is below the minimum wage of {min_fen} yuan for area class {area_class}; interns are not employees, but this is a warning sign</source>
        <translation>月报酬{pay_fen}元，低于{area_class}类地区最低工资标准{min_fen}元；实习学生虽非职工，但此情况值得警惕</translation>
    </message>
    <message>
        <source>The Jilin minimum-wage table in force on {date} has no figure for this area, so the minimum wage cannot be checked</source>
        <translation>{date}适用的吉林省最低工资标准中没有该地区的标准，无法核对最低工资</translation>
    </message>
    <message>
        <source>The Jilin minimum-wage table in use dates from {effective_from}, more than {months} months before the start date; check for a newer table</source>
        <translation>所用的吉林省最低工资标准自{effective_from}起执行，早于实习开始日期{months}个月以上；请核查是否已有新标准</translation>
    </message>
    <message>
        <source>The enterprise&apos;s venue type is {venue}; internships at entertainment venues are prohibited</source>
        <translation>实习单位的场所类型为{venue}；不得安排学生到营业性娱乐场所实习</translation>
    </message>
    <message>
        <source>The post involves {hazards}; high-risk internships are prohibited</source>
        <translation>该岗位涉及{hazards}；不得安排学生从事较高安全风险的实习</translation>
    </message>
    <message>
        <source>The post is physical labour of intensity level {level}; level III and above is prohibited for interns</source>
        <translation>该岗位为{level}级强度体力劳动；不得安排学生从事III级强度及以上的体力劳动</translation>
    </message>
    <message>
        <source>The student is female and the post is prohibited for female employees</source>
        <translation>学生为女性，该岗位属于女职工禁忌从事的劳动</translation>
    </message>
    <message>
        <source>The placement is arranged through an intermediary, agency or labour dispatch firm, which is prohibited</source>
        <translation>该实习通过中介机构、人力资源服务机构或劳务派遣单位安排，属于禁止行为</translation>
    </message>
    <message>
        <source>The enterprise&apos;s number of on-post staff is missing, so the intern cap cannot be checked</source>
        <translation>缺少实习单位在岗职工总数，无法核对实习学生比例</translation>
    </message>
    <message>
        <source>On {day}, {interns} interns are {share}% of the enterprise&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</source>
        <translation>{day}，实习学生{interns}人，占实习单位在岗职工总数{staff}人的{share}%，超过{pct}%的比例上限（最多{limit}人）</translation>
    </message>
    <message>
        <source>{interns} interns are {share}% of the enterprise&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</source>
        <translation>实习学生{interns}人，占实习单位在岗职工总数{staff}人的{share}%，超过{pct}%的比例上限（最多{limit}人）</translation>
    </message>
    <message>
        <source>The post&apos;s number of on-post staff is missing, so the intern cap cannot be checked</source>
        <translation>缺少同类岗位在岗职工人数，无法核对实习学生比例</translation>
    </message>
    <message>
        <source>On {day}, {interns} interns are {share}% of the post&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</source>
        <translation>{day}，实习学生{interns}人，占同类岗位在岗职工{staff}人的{share}%，超过{pct}%的比例上限（最多{limit}人）</translation>
    </message>
    <message>
        <source>{interns} interns are {share}% of the post&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</source>
        <translation>实习学生{interns}人，占同类岗位在岗职工{staff}人的{share}%，超过{pct}%的比例上限（最多{limit}人）</translation>
    </message>
    <message>
        <source>The enterprise has a recorded credit restriction; no new placement may be made there</source>
        <translation>实习单位有信用限制记录；不得在该单位新安排实习</translation>
    </message>
    <message>
        <source>The enterprise has a recorded credit restriction; review this active placement</source>
        <translation>实习单位有信用限制记录；请复核这一进行中的实习</translation>
    </message>
    <message>
        <source>No internship liability insurance is recorded: all {uncovered_days} days of the placement are uncovered</source>
        <translation>尚无实习责任保险记录：实习期间全部{uncovered_days}天均无保险</translation>
    </message>
    <message>
        <source>The liability insurance ends on {insured_until}, leaving the last {uncovered_days} days of the placement uncovered</source>
        <translation>实习责任保险于{insured_until}到期，实习期最后{uncovered_days}天无保险</translation>
    </message>
    <message>
        <source>No school supervisor is assigned; a post internship needs one</source>
        <translation>尚未指派学校实习指导教师；岗位实习必须配备</translation>
    </message>
    <message>
        <source>No enterprise mentor is assigned; a post internship needs one</source>
        <translation>尚未指派实习单位指导人员（企业导师）；岗位实习必须配备</translation>
    </message>
    <message>
        <source>No safety training is recorded; untrained students may not take part</source>
        <translation>尚无安全生产教育培训记录；未经培训的学生不得参加实习</translation>
    </message>
    <message>
        <source>The safety assessment is not passed; the student may not take part until it is</source>
        <translation>学生未通过安全考核；通过考核前不得参加实习</translation>
    </message>
    <message>
        <source>The joint-enrolment apprenticeship has no apprenticeship-training agreement between school and enterprise</source>
        <translation>校企联合招收的学徒尚未签订学徒培养协议</translation>
    </message>
    <message>
        <source>The apprentice has no labour contract of at least {months} months</source>
        <translation>学徒没有签订期限至少{months}个月的劳动合同</translation>
    </message>
    <message>
        <source>The apprenticeship lasts more than {max} months, the longest allowed</source>
        <translation>学徒培养期超过最长期限{max}个月</translation>
    </message>
    <message>
        <source>The apprenticeship lasts less than {min} or more than {max} months</source>
        <translation>学徒培养期短于{min}个月或长于{max}个月</translation>
    </message>
    <message>
        <source>The apprentice&apos;s monthly wage of {pay_fen} yuan is below the minimum wage of {min_fen} yuan for area class {area_class}</source>
        <translation>学徒月工资{pay_fen}元，低于{area_class}类地区最低工资标准{min_fen}元</translation>
    </message>
    <message>
        <source>No wage is recorded; an apprentice earns at least the minimum wage of {min_fen} yuan for area class {area_class}</source>
        <translation>尚无学徒工资记录；学徒工资不得低于{area_class}类地区最低工资标准{min_fen}元</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>酒吧</translation>
    </message>
    <message>
        <source>nightclub</source>
        <translation>夜总会</translation>
    </message>
    <message>
        <source>KTV or song hall</source>
        <translation>歌厅（KTV）</translation>
    </message>
    <message>
        <source>bathhouse</source>
        <translation>洗浴场所</translation>
    </message>
    <message>
        <source>electronic game room</source>
        <translation>电子游戏厅</translation>
    </message>
    <message>
        <source>internet café</source>
        <translation>网吧</translation>
    </message>
    <message>
        <source>entertainment venue</source>
        <translation>其他营业性娱乐场所</translation>
    </message>
    <message>
        <source>work at height</source>
        <translation>高空作业</translation>
    </message>
    <message>
        <source>underground work</source>
        <translation>井下作业</translation>
    </message>
    <message>
        <source>radioactive substances</source>
        <translation>放射性物质</translation>
    </message>
    <message>
        <source>toxic substances</source>
        <translation>有毒物质</translation>
    </message>
    <message>
        <source>flammable or explosive materials</source>
        <translation>易燃易爆物品</translation>
    </message>
    <message>
        <source>other high safety risks</source>
        <translation>其他较高安全风险</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>阻止</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Pay late or unpaid</source>
        <translation>报酬迟发或未发</translation>
    </message>
    <message>
        <source>Pay short</source>
        <translation>报酬未足额支付</translation>
    </message>
    <message>
        <source>Forbidden deduction from pay</source>
        <translation>违规从报酬中扣款</translation>
    </message>
    <message>
        <source>Insurance about to lapse</source>
        <translation>保险即将到期</translation>
    </message>
    <message>
        <source>Premium charged to students</source>
        <translation>向学生收取保费</translation>
    </message>
    <message>
        <source>Sum insured below the school&apos;s minimum</source>
        <translation>保险金额低于学校最低标准</translation>
    </message>
    <message>
        <source>REG-2021 Art 20, Art 35 para 2</source>
        <translation>《职业学校学生实习管理规定》第二十条、第三十五条第二款</translation>
    </message>
    <message>
        <source>REG-2021 Art 35 para 2</source>
        <translation>《职业学校学生实习管理规定》第三十五条第二款</translation>
    </message>
    <message>
        <source>REG-2021 Arts 34-36; school setting</source>
        <translation>《职业学校学生实习管理规定》第三十四条至第三十六条；学校设定</translation>
    </message>
    <message>
        <source>The pay for {period} to {period_end} was due on {due} and paid in full on {paid_on}, {days_late} days late</source>
        <translation>{period}至{period_end}的实习报酬应于{due}支付，{paid_on}才足额支付，迟延{days_late}天</translation>
    </message>
    <message>
        <source>The pay for {period} to {period_end} was due on {due}; {unpaid_fen} yuan is still unpaid, {days_late} days overdue</source>
        <translation>{period}至{period_end}的实习报酬应于{due}支付，仍有{unpaid_fen}元未付，已逾期{days_late}天</translation>
    </message>
    <message>
        <source>For {period} to {period_end}, due on {due}, only {paid_fen} yuan of {due_fen} yuan was paid; {short_fen} yuan is still missing {days_late} days later</source>
        <translation>{period}至{period_end}的实习报酬（应于{due}支付）应付{due_fen}元，仅支付{paid_fen}元；{days_late}天后仍差{short_fen}元</translation>
    </message>
    <message>
        <source>{kind} of {amount_fen} yuan was deducted from {payments} payment(s) between {first} and {last}; fees, commissions and insurance premiums may not be taken from pay</source>
        <translation>{first}至{last}期间有{payments}笔报酬被扣除{kind}共{amount_fen}元；不得从实习报酬中扣除费用、提成或保险费</translation>
    </message>
    <message>
        <source>No pay was recorded between {from} and {to} ({days} days); pay is due at least every {max} days</source>
        <translation>{from}至{to}之间（{days}天）没有支付记录；实习报酬至少每{max}天支付一次</translation>
    </message>
    <message>
        <source>The liability cover {policy_no} ends on {ends}, in {days_left} days, while the placement continues; renew it or cover the student under another policy</source>
        <translation>责任保险{policy_no}将于{ends}到期（还有{days_left}天），而实习仍在继续；请续保或将学生纳入其他保单</translation>
    </message>
    <message>
        <source>The premium of policy {policy_no} is charged to the students; it may not be charged to them or deducted from their pay</source>
        <translation>保单{policy_no}的保费由学生承担；不得向学生收取或从实习报酬中抵扣</translation>
    </message>
    <message>
        <source>Policy {policy_no} insures {sum_insured_fen} yuan per person, below the school&apos;s minimum of {min_fen} yuan</source>
        <translation>保单{policy_no}每人保险金额为{sum_insured_fen}元，低于学校规定的最低{min_fen}元</translation>
    </message>
    <message>
        <source>Policy {policy_no} has no sum insured per person recorded; the school&apos;s minimum is {min_fen} yuan</source>
        <translation>保单{policy_no}未登记每人保险金额；学校规定的最低金额为{min_fen}元</translation>
    </message>
    <message>
        <source>No internship liability insurance covered the student on {incident_on}, the day of the incident</source>
        <translation>事故发生当日（{incident_on}）该生没有实习责任保险保障</translation>
    </message>
    <message>
        <source>{uncovered_days} days of the placement have no liability insurance: {gaps}</source>
        <translation>实习期间有{uncovered_days}天没有责任保险：{gaps}</translation>
    </message>
    <message>
        <source>A fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>A commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>An insurance premium</source>
        <translation>保险费</translation>
    </message>
    <message>
        <source>Mentor over the load limit</source>
        <translation>导师带教人数超出上限</translation>
    </message>
    <message>
        <source>Supervisor over the load limit</source>
        <translation>指导教师指导人数超出上限</translation>
    </message>
    <message>
        <source>Dual mentors incomplete</source>
        <translation>双导师不完整</translation>
    </message>
    <message>
        <source>Final grade missing</source>
        <translation>缺少最终成绩</translation>
    </message>
    <message>
        <source>Logbook weeks missing</source>
        <translation>实习周记缺交</translation>
    </message>
    <message>
        <source>Logbook entry looks copied</source>
        <translation>实习周记疑似抄袭</translation>
    </message>
    <message>
        <source>no national ratio; school setting</source>
        <translation>国家未规定比例；学校设定</translation>
    </message>
    <message>
        <source>REG-2021 Art 27</source>
        <translation>《职业学校学生实习管理规定》第二十七条</translation>
    </message>
    <message>
        <source>REG-2021 Arts 21, 29</source>
        <translation>《职业学校学生实习管理规定》第二十一条、第二十九条</translation>
    </message>
    <message>
        <source>REG-2021 Art 21; school setting</source>
        <translation>《职业学校学生实习管理规定》第二十一条；学校设定</translation>
    </message>
    <message>
        <source>REG-2021 Art 7</source>
        <translation>《职业学校学生实习管理规定》第七条</translation>
    </message>
    <message>
        <source>{name} guides {load} learners, more than the limit of {limit}</source>
        <translation>{name}带教 {load} 名学生/学徒，超过上限 {limit} 名</translation>
    </message>
    <message>
        <source>{name} supervises {load} learners, more than the limit of {limit}</source>
        <translation>{name}指导 {load} 名学生/学徒，超过上限 {limit} 名</translation>
    </message>
    <message>
        <source>The enterprise&apos;s on-site assessment expired on {expired}, before this post internship starts or while it runs; assess the unit again</source>
        <translation>该企业的实地评估已于 {expired} 过期（在本次岗位实习开始前或实习期间），请重新实地评估实习单位</translation>
    </message>
    <message>
        <source>The enterprise did not pass its latest on-site assessment ({failed})</source>
        <translation>该企业最近一次实地评估（{failed}）未通过</translation>
    </message>
    <message>
        <source>The apprentice has no enterprise mentor; the dual-mentor model needs an enterprise mentor and a school mentor</source>
        <translation>该学徒没有企业导师；双导师制要求同时有企业导师和学校导师</translation>
    </message>
    <message>
        <source>The apprentice has no school mentor; the dual-mentor model needs an enterprise mentor and a school mentor</source>
        <translation>该学徒没有学校导师；双导师制要求同时有企业导师和学校导师</translation>
    </message>
    <message>
        <source>{count} past week(s) of the placement have no submitted logbook entry: {weeks}</source>
        <translation>实习已过去的 {count} 周没有提交实习周记：{weeks}</translation>
    </message>
    <message>
        <source>The logbook entry for the week of {week} is {similarity} % alike to the entry of {source}; a copied entry is no evidence of the week</source>
        <translation>{week} 这一周的实习周记与 {source} 的周记相似度达 {similarity}%；抄袭的周记不能证明该周的实习情况</translation>
    </message>
    <message>
        <source>The placement is completed but has no final grade; missing: {missing}</source>
        <translation>实习已结束但没有最终成绩；缺少：{missing}</translation>
    </message>
    <message>
        <source>The training calendar has {count} enterprise day(s) of up to {hours} hours, more than the 8-hour working day: {dates}</source>
        <translation>培养日历中有 {count} 个企业日每日最多 {hours} 小时，超过每日 8 小时工作制：{dates}</translation>
    </message>
    <message>
        <source>The training calendar has {days} enterprise days in a week, leaving no weekly rest day, in {count} week(s): {weeks}</source>
        <translation>培养日历中有 {count} 周每周安排 {days} 个企业日，没有每周休息日：{weeks}</translation>
    </message>
    <message>
        <source>The training calendar has up to {hours} hours a week at the enterprise, more than the standard 40-hour week, in {count} week(s): {weeks}</source>
        <translation>培养日历中有 {count} 周在企业每周最多 {hours} 小时，超过标准工时每周 40 小时：{weeks}</translation>
    </message>
    <message>
        <source>The training calendar has up to {hours} hours a week at the enterprise, more than the legal maximum of 44 hours, in {count} week(s): {weeks}</source>
        <translation>培养日历中有 {count} 周在企业每周最多 {hours} 小时，超过法定上限每周 44 小时：{weeks}</translation>
    </message>
    <message>
        <source>The training calendar puts the apprentice at the enterprise on {count} weekend day(s), which interns may not work: {dates}</source>
        <translation>培养日历安排学徒在 {count} 个周末到企业，实习学生不得在休息日实习：{dates}</translation>
    </message>
    <message>
        <source>The training calendar puts the apprentice at the enterprise on {count} public holiday(s), which interns may not work: {dates}</source>
        <translation>培养日历安排学徒在 {count} 个法定节假日到企业，实习学生不得在法定节假日实习：{dates}</translation>
    </message>
    <message>
        <source>the enterprise mentor&apos;s evaluation</source>
        <translation>企业导师的考核评价</translation>
    </message>
    <message>
        <source>the school supervisor&apos;s evaluation</source>
        <translation>学校指导教师的考核评价</translation>
    </message>
    <message>
        <source>the grade</source>
        <translation>综合成绩</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>实习单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>The user guide is available in Chinese only.</source>
        <translation>使用指南仅有中文版。</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next)</source>
        <translation>在指南中查找（Enter：下一个）</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Scanning…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Check all open placements again (F5)</source>
        <translation>重新检查所有进行中的实习（F5）</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>全部实习单位</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>实习单位</translation>
    </message>
    <message>
        <source>All supervisors</source>
        <translation>全部指导教师</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>学校指导教师</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>The check could not be run: %1</source>
        <translation>无法完成检查：%1</translation>
    </message>
    <message>
        <source>Nothing needs action now.</source>
        <translation>目前没有需要处理的事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking issue(s)</source>
        <translation>
            <numerusform>%n 项阻止</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 项警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 项提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1</source>
        <translation>
            <numerusform>%n 项在%1内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Jilin minimum-wage table in use dates from %1, more than %2 months before the start of %n placement(s), so their pay may be checked against outdated figures.</source>
        <translation>
            <numerusform>现用的吉林省最低工资标准自 %1 起执行，早于 %n 项实习开始日期超过 %2 个月，其报酬可能是按过时的标准核对的。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No Jilin minimum-wage table is in force for %n placement(s), so their pay cannot be checked against the minimum wage.</source>
        <translation>
            <numerusform>%n 项实习的开始日期没有适用的吉林省最低工资标准，无法核对其报酬是否低于最低工资。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the new table under Settings.</source>
        <translation>请在“设置”中录入新标准。</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) with a placement have not acknowledged the privacy notice (R-PI-3).</source>
        <translation>
            <numerusform>有 %n 名已安排实习的学生尚未确认个人信息处理告知书（R-PI-3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former student(s) are past the retention period and due for review (R-PI-8).</source>
        <translation>
            <numerusform>有 %n 名已离校学生的个人信息已超过保存期限，需要审查（R-PI-8）。</numerusform>
        </translation>
    </message>
    <message>
        <source>See Settings ▸ Personal data.</source>
        <translation>请到“设置 ▸ 个人信息”处理。</translation>
    </message>
    <message numerus="yes">
        <source>Only due within %n day(s)</source>
        <translation>
            <numerusform>仅显示 %n 天内到期的事项</numerusform>
        </translation>
    </message>
    <message>
        <source>No school supervisor</source>
        <translation>无学校指导教师</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2 条</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>Students (with guardians)</source>
        <translation>学生（含监护人）</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>实习单位</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>实习岗位</translation>
    </message>
    <message>
        <source>Placements (as drafts)</source>
        <translation>实习安排（存为草稿）</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file</source>
        <translation>选择 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>下载模板…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Skip duplicates (keep what is saved)</source>
        <translation>跳过重复（保留已有记录）</translation>
    </message>
    <message>
        <source>Update duplicates from the sheet</source>
        <translation>用表格内容更新重复记录</translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation>跳过有错误的行</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>保存错误报告…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>另存为映射方案…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>删除映射方案</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>已存的映射方案</translation>
    </message>
    <message>
        <source>Columns are matched by their header names (姓名, 身份证号, 班级 …). Change a choice to map a column by hand; the preview follows.</source>
        <translation>按表头名称（姓名、身份证号、班级 …）自动对应各列。可在此手动修改某列的对应字段，预览随之更新。</translation>
    </message>
    <message>
        <source>Choose the sheet to import</source>
        <translation>选择要导入的表格</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Choose the kind of data and the file to import.</source>
        <translation>请选择导入的数据类型和文件。</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在校验各行…</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 duplicates, %4 invalid</source>
        <translation>共 %1 行：可导入 %2 行，重复 %3 行，有错误 %4 行</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Some rows are invalid: correct the sheet, or tick skip invalid rows.</source>
        <translation>部分行有错误：请修改表格，或勾选“跳过有错误的行”。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated; %3 duplicates and %4 invalid rows left out.</source>
        <translation>已导入：新增 %1 条，更新 %2 条；未导入重复 %3 行、有错误 %4 行。</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>保存错误报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存映射方案</translation>
    </message>
    <message>
        <source>Name of the mapping</source>
        <translation>映射方案名称</translation>
    </message>
    <message>
        <source>Delete the saved mapping %1?</source>
        <translation>删除映射方案“%1”？</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>删除映射方案</translation>
    </message>
    <message>
        <source>Student name</source>
        <translation>学生姓名</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Sheet row</source>
        <translation>表格行号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ID / code</source>
        <translation>证件号/代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>表格中的列</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— 不导入 —</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Edit incident</source>
        <translation>编辑事故</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新增事故</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>当日有效保单</translation>
    </message>
    <message>
        <source>Student, class or enterprise</source>
        <translation>学生、班级或实习单位</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事故经过</translation>
    </message>
    <message>
        <source>Health data: shown only in this form, never in lists or exports.</source>
        <translation>健康信息：仅在此表单中显示，不出现在列表或导出文件中。</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>伤情</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报案</translation>
    </message>
    <message>
        <source>Reported to the insurer</source>
        <translation>已向保险公司报案</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>理赔编号</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>理赔状态</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>索赔金额</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>赔付金额</translation>
    </message>
    <message>
        <source>Looked up for the date when the incident is saved.</source>
        <translation>保存时按事故日期自动查找。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Only without cover</source>
        <translation>仅显示无保障的</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>新增事故</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
</context>
<context>
    <name>InsuranceColumns</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 / %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 – %2（%n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added to policy %1.</source>
        <translation>
            <numerusform>已向保单 %1 添加 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already covered.</source>
        <translation>
            <numerusform>%n 行已在保障内。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brought up to date.</source>
        <translation>
            <numerusform>%n 行已更新。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside the policy period.</source>
        <translation>
            <numerusform>%n 行在保险期间之外。</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Policy no.</source>
        <translation>保单号</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生数</translation>
    </message>
    <message>
        <source>Student-days</source>
        <translation>学生·天</translation>
    </message>
    <message>
        <source>Sum insured / person</source>
        <translation>每人保额</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>保费</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>保费承担方</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Covered from</source>
        <translation>保障起</translation>
    </message>
    <message>
        <source>Covered to</source>
        <translation>保障止</translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation>未保障</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>实习单位</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>First uncovered day</source>
        <translation>首个无保障日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Cover ends</source>
        <translation>保障截止</translation>
    </message>
    <message>
        <source>Placement ends</source>
        <translation>实习结束</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事故经过</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>当日有效保单</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>索赔</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>赔付</translation>
    </message>
    <message>
        <source>Claim no.</source>
        <translation>理赔编号</translation>
    </message>
    <message>
        <source>Reported to insurer</source>
        <translation>报案日期</translation>
    </message>
</context>
<context>
    <name>InsuranceLabels</name>
    <message>
        <source>Internship liability</source>
        <translation>实习责任保险</translation>
    </message>
    <message>
        <source>Personal accident</source>
        <translation>人身意外伤害保险</translation>
    </message>
    <message>
        <source>Work injury</source>
        <translation>工伤保险</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>实习单位</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报案</translation>
    </message>
    <message>
        <source>Claim submitted</source>
        <translation>已提交理赔</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>已赔付</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒赔</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>No liability cover (only %1 %2)</source>
        <translation>无责任保险（仅有 %1 %2）</translation>
    </message>
    <message>
        <source>No cover</source>
        <translation>无保障</translation>
    </message>
</context>
<context>
    <name>InsurancePage</name>
    <message>
        <source>Policies</source>
        <translation>保单</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>保障缺口</translation>
    </message>
    <message>
        <source>Days of open placements that no internship liability policy covers (R-INS-1). Add the students to a policy, or record a new one, under Policies.</source>
        <translation>进行中的实习中没有任何实习责任保险保障的日期（R-INS-1）。请在“保单”中将学生加入保单或登记新保单。</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Only within 7 days</source>
        <translation>仅显示7天内</translation>
    </message>
    <message>
        <source>Open placement</source>
        <translation>打开实习</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事故与理赔</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Attach policy document</source>
        <translation>附加保单文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>文档 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)</translation>
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
    <message>
        <source>Intermediate worker</source>
        <translation>中级工</translation>
    </message>
    <message>
        <source>Advanced worker</source>
        <translation>高级工</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Senior technician</source>
        <translation>高级技师</translation>
    </message>
    <message>
        <source>Arranged by the school</source>
        <translation>学校统一安排</translation>
    </message>
    <message>
        <source>Chosen by the student</source>
        <translation>学生自行选择</translation>
    </message>
    <message>
        <source>Through an agency</source>
        <translation>经中介机构</translation>
    </message>
    <message>
        <source>Assisting (跟岗)</source>
        <translation>辅助（跟岗）</translation>
    </message>
    <message>
        <source>Relatively independent</source>
        <translation>相对独立参与</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Bank transfer to the student</source>
        <translation>银行转账至学生本人</translation>
    </message>
    <message>
        <source>Cash to the student</source>
        <translation>现金直接付给学生</translation>
    </message>
    <message>
        <source>Through a third party</source>
        <translation>经第三方转付</translation>
    </message>
    <message>
        <source>In goods or vouchers</source>
        <translation>实物或购物卡</translation>
    </message>
    <message>
        <source>Unified lodging</source>
        <translation>统一住宿</translation>
    </message>
    <message>
        <source>Lives at home</source>
        <translation>在家居住</translation>
    </message>
    <message>
        <source>Own lodging outside</source>
        <translation>自行在外住宿</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>The database is damaged</source>
        <translation>数据库文件已损坏</translation>
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
    <name>LedgerTab</name>
    <message>
        <source>Ledger of a placement</source>
        <translation>实习报酬台账</translation>
    </message>
    <message>
        <source>Student (Ctrl+F)</source>
        <translation>学生（Ctrl+F）</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记付款…</translation>
    </message>
    <message>
        <source>Rebuild schedule…</source>
        <translation>重建计酬期间…</translation>
    </message>
    <message>
        <source>Export periods to Excel…</source>
        <translation>导出计酬期间到 Excel…</translation>
    </message>
    <message>
        <source>Export payments to Excel…</source>
        <translation>导出付款记录到 Excel…</translation>
    </message>
    <message>
        <source>Pay periods</source>
        <translation>计酬期间</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>付款记录</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>No ledger</source>
        <translation>无台账</translation>
    </message>
    <message>
        <source>Type a student&apos;s name above to open a ledger.</source>
        <translation>在上方输入学生姓名以打开台账。</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n)</source>
        <translation>
            <numerusform>检查结果（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild the pay schedule of %1 from the placement&apos;s current pay terms and dates? Recorded payments are kept and moved to the matching new period.</source>
        <translation>按当前的报酬条件和日期重建 %1 的计酬期间吗？已登记的付款会保留并归入对应的新期间。</translation>
    </message>
    <message>
        <source>Rebuild schedule</source>
        <translation>重建计酬期间</translation>
    </message>
    <message>
        <source>Schedule not rebuilt</source>
        <translation>计酬期间未重建</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>LoadsTab</name>
    <message>
        <source>Name, enterprise or qualification (Ctrl+F)</source>
        <translation>姓名、企业或资格（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only over the limit</source>
        <translation>仅显示超出上限</translation>
    </message>
    <message>
        <source>Pay records of this person</source>
        <translation>查看此人的津贴与课酬</translation>
    </message>
    <message>
        <source>Learners guided today: open placements and live apprenticeships. No national ratio exists (R-APP-10, R-SUP-3): the limit is the person&apos;s own or the school default, set under Settings (mentor_load).</source>
        <translation>带教人数为今日指导的学生：未结束的实习和在读学徒。国家未规定带教比例（R-APP-10、R-SUP-3）：上限取本人设置，否则取学校默认值（在设置的 mentor_load 中修改）。</translation>
    </message>
    <message>
        <source>Learners of %1: %2</source>
        <translation>%1 指导的学生：%2</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <source>Edit log entry</source>
        <translation>编辑周志</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>新建周志</translation>
    </message>
    <message>
        <source>Student, class or enterprise</source>
        <translation>学生、班级或企业</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>实习安排</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>每日安排</translation>
    </message>
    <message>
        <source>Log text</source>
        <translation>周志内容</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Hours this week</source>
        <translation>本周工时</translation>
    </message>
    <message>
        <source>Choose the placement to see the week&apos;s days.</source>
        <translation>选择实习安排后显示本周每日安排。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>LogImportDialog</name>
    <message>
        <source>Import weekly logs</source>
        <translation>导入实习周志</translation>
    </message>
    <message>
        <source>%1 row(s) can be imported, %2 cannot.</source>
        <translation>%1 行可以导入，%2 行不能导入。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>不能导入</translation>
    </message>
    <message>
        <source>Skip the rows that cannot be imported</source>
        <translation>跳过不能导入的行</translation>
    </message>
</context>
<context>
    <name>LogReviewDialog</name>
    <message>
        <source>Approve log entry</source>
        <translation>审核通过周志</translation>
    </message>
    <message>
        <source>Return log entry</source>
        <translation>退回周志</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>每日安排</translation>
    </message>
    <message>
        <source>Log text</source>
        <translation>周志内容</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Say what the learner should change.</source>
        <translation>请写明学生需要修改的内容。</translation>
    </message>
</context>
<context>
    <name>LogbookLabels</name>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>LogbookTab</name>
    <message>
        <source>Logbook</source>
        <translation>实习周志</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Only suspected copies</source>
        <translation>仅显示疑似抄袭</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新建周志</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>审核通过…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>Print weekly sheets…</source>
        <translation>打印周志表…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>An approved entry is a record and cannot be changed.</source>
        <translation>已通过的周志是存档记录，不能修改。</translation>
    </message>
    <message>
        <source>%1 % · own week %2</source>
        <translation>%1 % · 本人 %2 周</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Suspected copy</source>
        <translation>疑似抄袭</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>%1 sheet(s) written to %2</source>
        <translation>已将 %1 页周志表保存到 %2</translation>
    </message>
    <message>
        <source>Import weekly logs</source>
        <translation>导入实习周志</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>%1 entries imported.</source>
        <translation>已导入 %1 条周志。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in - Jilin Apprentice</source>
        <translation>登录 - 吉林学徒实习管理</translation>
    </message>
    <message>
        <source>Log in with the user name and password your administrator gave you.</source>
        <translation>请使用管理员为您设置的用户名和密码登录。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
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
        <source>Needs action now</source>
        <translation>待办事项</translation>
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
        <source>Apprenticeships</source>
        <translation>学徒制</translation>
    </message>
    <message>
        <source>Post board</source>
        <translation>岗位供需</translation>
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
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Export for an enterprise or &amp;insurer…</source>
        <translation>为企业或保险公司导出(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
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
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Apprentice: %1</source>
        <translation>学徒：%1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Labour contract from</source>
        <translation>劳动合同起始</translation>
    </message>
    <message>
        <source>Labour contract to</source>
        <translation>劳动合同终止</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>月工资</translation>
    </message>
</context>
<context>
    <name>MentorLabels</name>
    <message>
        <source>Mentor allowance</source>
        <translation>导师带徒津贴</translation>
    </message>
    <message>
        <source>Part-time teaching pay</source>
        <translation>兼职教师课酬</translation>
    </message>
</context>
<context>
    <name>MentorPaymentDialog</name>
    <message>
        <source>Edit pay record</source>
        <translation>编辑津贴/课酬记录</translation>
    </message>
    <message>
        <source>New pay record</source>
        <translation>新增津贴/课酬记录</translation>
    </message>
    <message>
        <source>Mentor or teacher</source>
        <translation>导师或兼职教师</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Kind of pay</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Teaching hours</source>
        <translation>授课课时</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方</translation>
    </message>
    <message>
        <source>The enterprise pays the allowance; the school pays teaching</source>
        <translation>带徒津贴由企业支付，兼职课酬由学校支付</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MentorTexts</name>
    <message>
        <source>Load</source>
        <translation>带教人数</translation>
    </message>
    <message>
        <source>Pay records</source>
        <translation>津贴与课酬</translation>
    </message>
    <message>
        <source>Intermediate worker</source>
        <translation>中级工</translation>
    </message>
    <message>
        <source>Advanced worker</source>
        <translation>高级工</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Senior technician</source>
        <translation>高级技师</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
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
        <source>Qualification</source>
        <translation>职业资格</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Part-time teacher</source>
        <translation>兼职教师</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>带教人数</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>超出上限</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>超出 %1 人</translation>
    </message>
    <message>
        <source>Monthly allowance</source>
        <translation>每月带徒津贴</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Kind of pay</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MentorsTab</name>
    <message>
        <source>Mentors</source>
        <translation>导师</translation>
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
        <source>You are not allowed to do this ({permission}); ask an administrator for the right.</source>
        <translation>您没有此项权限（{permission}）；请联系管理员授权。</translation>
    </message>
    <message>
        <source>This person is named in apprenticeships, pay records, site visits, logbook reviews or evaluations, which are kept as records; the person cannot be deleted.</source>
        <translation>此人已记录在学徒培养、津贴/课酬、巡查、周记审阅或考核评价中，这些记录须保留，不能删除此人。</translation>
    </message>
    <message>
        <source>This student has certificates or logbook entries, which are kept as records; set the status to withdrawn or graduated instead.</source>
        <translation>该学生已有证书或实习周记记录，这些记录须保留；请将学籍状态改为退学或毕业。</translation>
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
        <source>The database server cannot be reached. Nothing was saved by this step; check the network or ask the administrator whether the server is running, then try again.</source>
        <translation>无法连接数据库服务器。这一步没有保存任何内容；请检查网络，或询问管理员服务器是否在运行，然后重试。</translation>
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
        <source>{field} ({end}) is before the start date ({start}).</source>
        <translation>{field}（{end}）早于开始日期（{start}）。</translation>
    </message>
    <message>
        <source>{field}: the student already has a placement from {start} to {end} at {enterprise}; one student cannot be at two placements on the same day.</source>
        <translation>{field}：该生已在{enterprise}有{start}至{end}的实习安排；同一学生同一天不能有两项实习。</translation>
    </message>
    <message>
        <source>{field}: this post belongs to another enterprise.</source>
        <translation>{field}：该岗位属于其他实习单位。</translation>
    </message>
    <message>
        <source>{field}: this mentor works for another enterprise.</source>
        <translation>{field}：该导师属于其他实习单位。</translation>
    </message>
    <message>
        <source>{field}: choose a person of the right role (mentor or supervisor).</source>
        <translation>{field}：请选择相应角色的人员（企业导师或学校指导教师）。</translation>
    </message>
    <message>
        <source>{field}: pay must be money paid to the student, not goods or vouchers (REG-2021 Art 18, R-PAY-3).</source>
        <translation>{field}：实习报酬须以货币形式直接支付给学生，不得以实物或购物卡代替（《职业学校学生实习管理规定》第十八条，R-PAY-3）。</translation>
    </message>
    <message>
        <source>{field}: the student is not enrolled ({status}); a placement needs an enrolled student (REG-2021 Art 2).</source>
        <translation>{field}：该生学籍状态不是在读（{status}），只能为在读学生安排实习（《职业学校学生实习管理规定》第二条）。</translation>
    </message>
    <message>
        <source>The placement no longer exists.</source>
        <translation>该实习记录已不存在。</translation>
    </message>
    <message>
        <source>A placement that is {current} cannot become {target}.</source>
        <translation>状态为 {current} 的实习不能变更为 {target}。</translation>
    </message>
    <message>
        <source>{count} rule(s) stop this change: {rules}.</source>
        <translation>有 {count} 项规则阻止此操作：{rules}。</translation>
    </message>
    <message>
        <source>A {status} placement is a closed record and cannot be changed.</source>
        <translation>状态为 {status} 的实习已归档，不能修改。</translation>
    </message>
    <message>
        <source>{field}: the value cannot be used by the rules: {problems}.</source>
        <translation>{field}：该取值无法被规则使用：{problems}。</translation>
    </message>
    <message>
        <source>{field}: not valid JSON ({error}).</source>
        <translation>{field}：不是有效的 JSON（{error}）。</translation>
    </message>
    <message>
        <source>{field}: this parameter already has a value from that date.</source>
        <translation>{field}：该参数在此日期已有取值。</translation>
    </message>
    <message>
        <source>The parameter no longer exists.</source>
        <translation>该参数已不存在。</translation>
    </message>
    <message>
        <source>{field}: an apprenticeship period belongs to one of the student&apos;s apprenticeships; choose it (or record the apprenticeship first).</source>
        <translation>{field}：学徒期须对应该生的某项学徒培养记录，请选择（或先登记学徒培养）。</translation>
    </message>
    <message>
        <source>{field}: choose at least one student.</source>
        <translation>{field}：请至少选择一名学生。</translation>
    </message>
    <message>
        <source>The font file {path} is missing.</source>
        <translation>缺少字体文件 {path}。</translation>
    </message>
    <message>
        <source>{field}: the premium may not be charged to students or deducted from their pay (REG-2021 Art 35 para 2, R-INS-2).</source>
        <translation>{field}：不得向学生收取保费或从实习报酬中抵扣（《职业学校学生实习管理规定》第三十五条第二款，R-INS-2）。</translation>
    </message>
    <message>
        <source>{field}: {insurer} already has a policy with this number from {start} to {end}; the same number may only be reused for a period that does not overlap.</source>
        <translation>{field}：{insurer}已有同号保单（{start}至{end}）；同一保单号只能用于不重叠的期间。</translation>
    </message>
    <message>
        <source>The insurance policy no longer exists.</source>
        <translation>该保单已不存在。</translation>
    </message>
    <message>
        <source>{field}: incidents name this policy, so it is part of a claim record and cannot be deleted.</source>
        <translation>{field}：有事故记录引用此保单，属于理赔记录，不能删除。</translation>
    </message>
    <message>
        <source>{field}: the file {path} does not exist or is not a file.</source>
        <translation>{field}：文件 {path} 不存在或不是文件。</translation>
    </message>
    <message>
        <source>{field} cannot be in the future.</source>
        <translation>{field}不能晚于今天。</translation>
    </message>
    <message>
        <source>{field} is outside the placement ({start} to {end}).</source>
        <translation>{field}不在实习期间内（{start}至{end}）。</translation>
    </message>
    <message>
        <source>{field} is before the date of the incident.</source>
        <translation>{field}早于事故日期。</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>该事故记录已不存在。</translation>
    </message>
    <message>
        <source>{field}: pay goes to the student ({student}) directly, not to {payee} (REG-2021 Art 18, R-PAY-3).</source>
        <translation>{field}：实习报酬应直接支付给学生本人（{student}），不得支付给{payee}（《职业学校学生实习管理规定》第十八条，R-PAY-3）。</translation>
    </message>
    <message>
        <source>{field} is before the placement began ({start}).</source>
        <translation>{field}早于实习开始日期（{start}）。</translation>
    </message>
    <message>
        <source>{field} is after today ({today}); record a payment once it has been made.</source>
        <translation>{field}晚于今天（{today}）；请在实际支付后再登记。</translation>
    </message>
    <message>
        <source>{field} must be more than 0.00 yuan.</source>
        <translation>{field}必须大于0.00元。</translation>
    </message>
    <message>
        <source>{field} (line {line}): say what an “other” deduction is for.</source>
        <translation>{field}（第{line}行）：请说明“其他”扣款的原因。</translation>
    </message>
    <message>
        <source>{field}: the deductions add up to more than the gross pay.</source>
        <translation>{field}：扣款合计超过应发金额。</translation>
    </message>
    <message>
        <source>{field}: the placement is still a draft; record pay once it is approved.</source>
        <translation>{field}：该实习仍是草稿，批准后再登记报酬。</translation>
    </message>
    <message>
        <source>{field}: the placement has no pay period in the month of {period}.</source>
        <translation>{field}：该实习在{period}所在月份没有计酬期间。</translation>
    </message>
    <message>
        <source>{field}: this placement is at another enterprise.</source>
        <translation>{field}：该实习属于其他实习单位。</translation>
    </message>
    <message>
        <source>{file} cannot be read ({error}). Save it as .xlsx or .csv and try again.</source>
        <translation>无法读取 {file}（{error}）。请另存为 .xlsx 或 .csv 后重试。</translation>
    </message>
    <message>
        <source>{file}: no header row with a name or ID number column and an amount column (实发工资, 实发金额 or 应发工资) was found.</source>
        <translation>{file}：找不到包含姓名或身份证号列以及金额列（实发工资、实发金额或应发工资）的表头行。</translation>
    </message>
    <message>
        <source>{file} has no payment rows.</source>
        <translation>{file} 中没有工资数据行。</translation>
    </message>
    <message>
        <source>{field} is stored as a number ({value}); Excel keeps only 15 digits, so the number may be wrong. Format the column as text, type the numbers again and import again.</source>
        <translation>{field}以数字形式保存（{value}）；Excel只保留15位有效数字，号码可能有误。请将该列设置为文本格式，重新录入号码后再导入。</translation>
    </message>
    <message>
        <source>{field} is in scientific notation ({value}); the last digits are lost. Format the column as text, type the numbers again and import again.</source>
        <translation>{field}为科学计数法（{value}），末尾数字已丢失。请将该列设置为文本格式，重新录入号码后再导入。</translation>
    </message>
    <message>
        <source>{field}: no student {name} has a placement at this enterprise.</source>
        <translation>{field}：没有名为{name}的学生在该单位实习。</translation>
    </message>
    <message>
        <source>{field}: this student ({name}) has no placement at this enterprise.</source>
        <translation>{field}：该生（{name}）没有在该单位的实习。</translation>
    </message>
    <message>
        <source>{field}: the sheet says {name}, but this ID number belongs to {student}.</source>
        <translation>{field}：表中姓名为{name}，但该身份证号属于{student}。</translation>
    </message>
    <message>
        <source>{field}: more than one student named {name} is at this enterprise; add the ID number column to the sheet.</source>
        <translation>{field}：该单位有多名叫{name}的学生；请在表中加入身份证号列。</translation>
    </message>
    <message>
        <source>{field}: not an amount of money.</source>
        <translation>{field}：不是有效金额。</translation>
    </message>
    <message>
        <source>{field}: gross pay less deductions is not the net pay on this row.</source>
        <translation>{field}：本行应发金额减扣款不等于实发金额。</translation>
    </message>
    <message>
        <source>{field}: not a date (write it as 2026-11-10 or 2026年11月10日).</source>
        <translation>{field}：不是有效日期（请写作2026-11-10或2026年11月10日）。</translation>
    </message>
    <message>
        <source>{field}: this payment (same date and amount) is already recorded.</source>
        <translation>{field}：同日期、同金额的付款已登记过。</translation>
    </message>
    <message>
        <source>The password does not open the certificate {path}.</source>
        <translation>密码无法打开证书 {path}。</translation>
    </message>
    <message>
        <source>The certificate {name} is valid from {not_before} to {not_after}, so it cannot sign today ({today}). Create or import a current certificate.</source>
        <translation>证书 {name} 的有效期为 {not_before} 至 {not_after}，今天（{today}）不能用于签名。请创建或导入有效的证书。</translation>
    </message>
    <message>
        <source>{path} is not a PKCS#12 certificate (.p12 or .pfx) with a private key. Nothing was changed.</source>
        <translation>{path} 不是含私钥的 PKCS#12 证书（.p12 或 .pfx）。未做任何更改。</translation>
    </message>
    <message>
        <source>The certificate folder {path} is not writable; the certificate was not saved.</source>
        <translation>证书文件夹 {path} 不可写，证书未保存。</translation>
    </message>
    <message>
        <source>The school has no signing certificate yet. Create or import one in Settings first.</source>
        <translation>学校尚无签名证书。请先创建或导入。</translation>
    </message>
    <message>
        <source>No certificate password: set the environment variable {env} or run the command in a terminal to be asked for it.</source>
        <translation>没有证书密码：请设置环境变量 {env}，或在终端中运行命令以输入密码。</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({error}).</source>
        <translation>无法读取文件 {path}（{error}）。</translation>
    </message>
    <message>
        <source>{path} is not a PDF file. Nothing was signed.</source>
        <translation>{path} 不是 PDF 文件。未签名。</translation>
    </message>
    <message>
        <source>{path} is password-protected; save an unprotected copy and try again.</source>
        <translation>{path} 受密码保护；请另存为无保护的副本后重试。</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read as a PDF ({error}).</source>
        <translation>{path} 已损坏，无法作为 PDF 读取（{error}）。</translation>
    </message>
    <message>
        <source>The folder {path} is not writable; choose another place for the signed file. Nothing was written.</source>
        <translation>文件夹 {path} 不可写；请为签名文件另选位置。未写入任何内容。</translation>
    </message>
    <message>
        <source>The signed file would replace the original {path}; choose another name for it.</source>
        <translation>签名文件会覆盖原文件 {path}；请另取文件名。</translation>
    </message>
    <message>
        <source>{path} already carries the school&apos;s signature ({field}). A changed agreement is a new version: generate it again and sign the new file.</source>
        <translation>{path} 已有学校签名（{field}）。协议变更即为新版本：请重新生成并签署新文件。</translation>
    </message>
    <message>
        <source>{path} cannot be signed: {error}</source>
        <translation>{path} 无法签名：{error}</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>该文件没有数字签名。</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signed content no longer matches the signature. Do not rely on this copy.</source>
        <translation>文件在签名后被修改：签名内容与签名不再一致。请勿采信此副本。</translation>
    </message>
    <message>
        <source>Something was added to the file after it was signed, without a new signature. Do not rely on this copy; ask for the original signed file.</source>
        <translation>文件在签名后被追加了未经签名的内容。请勿采信此副本，请索取原始签名文件。</translation>
    </message>
    <message>
        <source>The signature is intact, but the certificate of {signer} is not one of this school&apos;s known certificates.</source>
        <translation>签名完好，但 {signer} 的证书不是本校已知的证书。</translation>
    </message>
    <message>
        <source>The signature is intact and {signer} is a known certificate, but the certificate is not valid for signing today (expired, not yet valid, or not meant for signing).</source>
        <translation>签名完好，{signer} 也是已知证书，但该证书今天不能用于签名（已过期、尚未生效或不用于签名）。</translation>
    </message>
    <message>
        <source>The file is not an agreement made by Jilin Apprentice (it carries no agreement number or version).</source>
        <translation>该文件不是本系统生成的协议（没有协议编号或版本）。</translation>
    </message>
    <message>
        <source>The agreement cannot be generated: the record lacks what it must state ({fields}).</source>
        <translation>无法生成协议：记录中缺少协议必须载明的内容（{fields}）。</translation>
    </message>
    <message>
        <source>This agreement is {status}; signatures can no longer be added.</source>
        <translation>该协议状态为 {status}，不能再添加签署。</translation>
    </message>
    <message>
        <source>The placement changed after this agreement was generated; generate a new version and sign that.</source>
        <translation>协议生成后实习信息有变更；请生成新版本并签署新版本。</translation>
    </message>
    <message>
        <source>Every party must sign before the school signs the final file.</source>
        <translation>各方签署后，学校才能对最终文件进行数字签名。</translation>
    </message>
    <message>
        <source>The agreement no longer exists.</source>
        <translation>该协议已不存在。</translation>
    </message>
    <message>
        <source>{field}: the clauses can be reworded, not added or removed (each covers an item REG-2021 Art 15 requires).</source>
        <translation>{field}：条款可以改写文字，但不能增删（每条对应《职业学校学生实习管理规定》第十五条要求的内容）。</translation>
    </message>
    <message>
        <source>{field}: the record has no value for {names}; check the spelling in braces.</source>
        <translation>{field}：记录中没有 {names} 的取值；请检查大括号中的拼写。</translation>
    </message>
    <message>
        <source>{field}: the agreement must still state {names} (REG-2021 Art 15); keep these placeholders.</source>
        <translation>{field}：协议仍须载明 {names}（《职业学校学生实习管理规定》第十五条）；请保留这些占位符。</translation>
    </message>
    <message>
        <source>{field}: a training calendar covers at most {years} years (R-APP-6).</source>
        <translation>{field}：培养日历最长 {years} 年（R-APP-6）。</translation>
    </message>
    <message>
        <source>{field}: the cycle needs at least one week at school or at the enterprise.</source>
        <translation>{field}：轮换周期至少需要一周在校或在企业。</translation>
    </message>
    <message>
        <source>{field}: choose at least one weekday.</source>
        <translation>{field}：请至少选择一个星期几。</translation>
    </message>
    <message>
        <source>{field}: the recurrence rule cannot be read; write it like FREQ=WEEKLY;BYDAY=TU,TH.</source>
        <translation>{field}：无法识别重复规则；请按 FREQ=WEEKLY;BYDAY=TU,TH 的格式填写。</translation>
    </message>
    <message>
        <source>The programme has no calendar pattern yet; set the pattern first.</source>
        <translation>该项目尚未设置日历轮换模式；请先设置。</translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation>该学徒项目已不存在。</translation>
    </message>
    <message>
        <source>The apprenticeship no longer exists.</source>
        <translation>该学徒记录已不存在。</translation>
    </message>
    <message>
        <source>{field}: {student} already has days in the calendar of another apprenticeship on {dates} ({count} days); one student cannot be at two places on one day.</source>
        <translation>{field}：{student} 在 {dates}（共 {count} 天）已有另一学徒培养的日程；同一学生同一天不能在两个地方。</translation>
    </message>
    <message>
        <source>{field}: {student} has a placement at {enterprise} on {dates} ({count} days); one student cannot be at two places on one day.</source>
        <translation>{field}：{student} 在 {dates}（共 {count} 天）在{enterprise}有实习安排；同一学生同一天不能在两个地方。</translation>
    </message>
    <message>
        <source>{field}: {dates} ({count} days) lie outside the apprenticeship ({start} – {end}).</source>
        <translation>{field}：{dates}（共 {count} 天）不在学徒培养期内（{start} – {end}）。</translation>
    </message>
    <message>
        <source>No public-holiday list is stored for {year}; its holidays were generated as working days.</source>
        <translation>尚未录入 {year} 年法定节假日；该年节假日按工作日生成。</translation>
    </message>
    <message>
        <source>The programme has no apprentices; no days were generated.</source>
        <translation>该项目没有学徒；未生成日程。</translation>
    </message>
    <message>
        <source>{student}: the apprenticeship ({start} – {end}) does not overlap the pattern; no days were generated.</source>
        <translation>{student}：学徒培养期（{start} – {end}）与轮换模式无重叠；未生成日程。</translation>
    </message>
    <message>
        <source>The logbook entry no longer exists.</source>
        <translation>该周志记录已不存在。</translation>
    </message>
    <message>
        <source>{field}: the week of {week} lies outside the placement ({start} to {end}).</source>
        <translation>{field}：{week} 所在周不在实习期间（{start} 至 {end}）内。</translation>
    </message>
    <message>
        <source>{field}: the week of {week} has not begun; entries can be made up to the current week.</source>
        <translation>{field}：{week} 所在周尚未开始；周志最多只能填写到本周。</translation>
    </message>
    <message>
        <source>{field}: the student already has an entry for the week of {week}.</source>
        <translation>{field}：该学生 {week} 所在周已有周志。</translation>
    </message>
    <message>
        <source>A submitted or approved entry cannot be changed; only a draft or a returned entry can.</source>
        <translation>已提交或已通过的周志不能修改；只能修改草稿或被退回的周志。</translation>
    </message>
    <message>
        <source>Only a draft or a returned entry can be submitted.</source>
        <translation>只能提交草稿或被退回的周志。</translation>
    </message>
    <message>
        <source>Only a submitted entry can be approved or returned; submit the entry first (an approved entry stays approved).</source>
        <translation>只有已提交的周志才能审核通过或退回；请先提交（已通过的周志保持通过状态）。</translation>
    </message>
    <message>
        <source>{field}: this mentor works for another enterprise and cannot review the entry.</source>
        <translation>{field}：该导师属于其他企业，不能审核此周志。</translation>
    </message>
    <message>
        <source>{field}: only the placement&apos;s enterprise mentor or school supervisor (or the apprentice&apos;s mentors) can review this entry.</source>
        <translation>{field}：只有本实习的企业导师或学校实习指导教师（或学徒的导师）才能审核此周志。</translation>
    </message>
    <message>
        <source>{count} row(s) cannot be imported; nothing was written. Correct them, or choose to skip them.</source>
        <translation>有 {count} 行不能导入，未写入任何数据。请更正这些行，或选择跳过。</translation>
    </message>
    <message>
        <source>{field}: the first row must name the columns {columns}.</source>
        <translation>{field}：第一行必须是列名：{columns}。</translation>
    </message>
    <message>
        <source>{field}: the sheet has no rows.</source>
        <translation>{field}：表格中没有数据行。</translation>
    </message>
    <message>
        <source>{field}: the file is neither UTF-8 nor GBK text; save it as .xlsx or .csv.</source>
        <translation>{field}：文件既不是 UTF-8 也不是 GBK 编码；请另存为 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>{field}: no single student matches {student}.</source>
        <translation>{field}：找不到唯一与 {student} 对应的学生。</translation>
    </message>
    <message>
        <source>{field}: not a date (2026-11-23) or a week number of the placement.</source>
        <translation>{field}：不是日期（如 2026-11-23），也不是实习周次。</translation>
    </message>
    <message>
        <source>{field}: the student has no placement in the week of {week}.</source>
        <translation>{field}：该学生在 {week} 所在周没有实习安排。</translation>
    </message>
    <message>
        <source>{field}: not a number of hours.</source>
        <translation>{field}：不是有效的小时数。</translation>
    </message>
    <message>
        <source>{field}: the sheet has this student&apos;s week more than once.</source>
        <translation>{field}：表格中该学生的同一周出现了不止一次。</translation>
    </message>
    <message>
        <source>{field}: {name} already has a record of this kind for {month}; edit that one instead.</source>
        <translation>{field}：{name} 在 {month} 已有同类记录，请直接编辑该记录。</translation>
    </message>
    <message>
        <source>{field}: {name} is not marked as a part-time teacher; mark them in Staff first (teaching pay is for enterprise staff teaching at the school, seed §(20)).</source>
        <translation>{field}：{name} 未标记为兼职教师；请先在导师管理中标记（兼职课酬用于到校任教的企业人员，第（二十）条）。</translation>
    </message>
    <message>
        <source>{field}: {month} has not begun yet; record pay for this month or earlier.</source>
        <translation>{field}：{month} 尚未开始；只能登记本月及以前的记录。</translation>
    </message>
    <message>
        <source>The pay record no longer exists.</source>
        <translation>该津贴/课酬记录已不存在。</translation>
    </message>
    <message>
        <source>{field}: {issuer} already issued a certificate with this number ({name}).</source>
        <translation>{field}：{issuer} 已发过此编号的证书（{name}）。</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>该证书已不存在。</translation>
    </message>
    <message>
        <source>{field} is before the certificate was issued ({issued}).</source>
        <translation>{field}早于证书发证日期（{issued}）。</translation>
    </message>
    <message>
        <source>The module no longer exists.</source>
        <translation>该培养模块已不存在。</translation>
    </message>
    <message>
        <source>The apprentice is no longer in this programme.</source>
        <translation>该学徒已不在本项目中。</translation>
    </message>
    <message>
        <source>{count} apprentice(s) of this programme have placements, which are legal records; the programme cannot be deleted. Remove the other apprentices one by one instead.</source>
        <translation>本项目有{count}名学徒已有实习安排记录（属法定留存记录），项目不能删除。请逐个移出其他学徒。</translation>
    </message>
    <message>
        <source>This apprenticeship has placements, which are legal records; it cannot be removed from the programme.</source>
        <translation>该学徒已有实习安排记录（属法定留存记录），不能移出本项目。</translation>
    </message>
    <message>
        <source>{field}: the programme has apprentices; its enterprise and type can no longer change.</source>
        <translation>{field}：本项目已有学徒，合作企业和学徒制类型不能再更改。</translation>
    </message>
    <message>
        <source>{field}: an enterprise new-type apprenticeship lasts at most {max} months (R-APP-6).</source>
        <translation>{field}：企业新型学徒制培养期最长{max}个月（R-APP-6）。</translation>
    </message>
    <message>
        <source>{field}: the training usually lasts {min} to {max} months (R-APP-6).</source>
        <translation>{field}：培养期一般为{min}至{max}个月（R-APP-6）。</translation>
    </message>
    <message>
        <source>{field}: an enterprise new-type apprentice needs a labour contract of at least {months} months (R-APP-4).</source>
        <translation>{field}：企业新型学徒须签订{months}个月以上的劳动合同（R-APP-4）。</translation>
    </message>
    <message>
        <source>{field}: the student is not enrolled ({status}); only enrolled students can join a programme.</source>
        <translation>{field}：该学生不在籍（{status}），只有在籍学生才能加入学徒项目。</translation>
    </message>
    <message>
        <source>{field}: the student is already an apprentice from {start} to {end} at {enterprise}.</source>
        <translation>{field}：该学生在{start}至{end}期间已是{enterprise}的学徒。</translation>
    </message>
    <message>
        <source>{field}: this student is listed twice.</source>
        <translation>{field}：该学生重复列出。</translation>
    </message>
    <message>
        <source>{field}: the student is not in the programme&apos;s class {class_name}; check that this is intended.</source>
        <translation>{field}：该学生不在本项目的班级{class_name}，请确认是否有意招收。</translation>
    </message>
    <message>
        <source>{field}: the apprenticeship must lie within the programme ({start} – {end}).</source>
        <translation>{field}：学徒培养期须在项目期限内（{start} – {end}）。</translation>
    </message>
    <message>
        <source>{field}: this apprenticeship already belongs to a programme.</source>
        <translation>{field}：该学徒已属于某个学徒项目。</translation>
    </message>
    <message>
        <source>{field}: the apprenticeship is with another enterprise or of another type than the programme.</source>
        <translation>{field}：该学徒所在企业或学徒制类型与本项目不符。</translation>
    </message>
    <message>
        <source>{field}: the rotation must lie within the programme ({start} – {end}).</source>
        <translation>{field}：轮岗期间须在项目期限内（{start} – {end}）。</translation>
    </message>
    <message>
        <source>{field}: a module taught at school has no enterprise post.</source>
        <translation>{field}：在学校进行的模块不设企业岗位。</translation>
    </message>
    <message>
        <source>{field}: the module belongs to another programme than the apprenticeship.</source>
        <translation>{field}：该模块不属于此学徒所在的项目。</translation>
    </message>
    <message>
        <source>{field}: enter the date of the assessment the apprentice passed.</source>
        <translation>{field}：请填写学徒通过考核的日期。</translation>
    </message>
    <message>
        <source>{field}: {name} is not a school supervisor; site visits are made by the school&apos;s internship teachers (REG-2021 Art 23, R-SUP-4).</source>
        <translation>{field}：{name}不是学校实习指导教师；巡查由学校实习指导教师进行（《职业学校学生实习管理规定》2021 第二十三条，R-SUP-4）。</translation>
    </message>
    <message>
        <source>{field}: this supervisor already has a visit to this enterprise on {day}.</source>
        <translation>{field}：该指导教师在{day}已有到该企业的巡查计划。</translation>
    </message>
    <message>
        <source>This visit was cancelled; plan a new visit instead of recording this one.</source>
        <translation>该巡查已取消；请重新计划巡查，不能为已取消的巡查填写记录。</translation>
    </message>
    <message>
        <source>Only a planned visit can be cancelled (this one is {status}).</source>
        <translation>只能取消计划中的巡查（该巡查状态为{status}）。</translation>
    </message>
    <message>
        <source>The site visit no longer exists.</source>
        <translation>该巡查记录已不存在。</translation>
    </message>
    <message>
        <source>{field}: unknown items {items}.</source>
        <translation>{field}：未知项目{items}。</translation>
    </message>
    <message>
        <source>{field}: {count} item(s) are marked as a problem; say what was wrong and what was agreed (inspection record, REG-2021 Art 29 (6)).</source>
        <translation>{field}：有{count}项标记为存在问题；请写明问题情况及商定的处理措施（学生实习检查记录，2021 规定第二十九条第（六）项）。</translation>
    </message>
    <message>
        <source>{field}: a draft placement cannot be evaluated yet.</source>
        <translation>{field}：草稿状态的实习尚不能考核。</translation>
    </message>
    <message>
        <source>{field} is before the placement started ({start}).</source>
        <translation>{field}早于实习开始日期（{start}）。</translation>
    </message>
    <message>
        <source>{field}: {items} are not criteria of the rubric in force.</source>
        <translation>{field}：{items}不是现行考核标准中的项目。</translation>
    </message>
    <message>
        <source>The enterprise mentor&apos;s evaluation is missing. The grade combines the enterprise&apos;s and the school&apos;s evaluations (REG-2021 Art 27, R-EVAL-1); nothing was graded.</source>
        <translation>缺少企业导师的考核。成绩由企业和学校的考核共同评定（2021 规定第二十七条，R-EVAL-1）；未评定成绩。</translation>
    </message>
    <message>
        <source>The school supervisor&apos;s evaluation is missing. The grade combines the enterprise&apos;s and the school&apos;s evaluations (REG-2021 Art 27, R-EVAL-1); nothing was graded.</source>
        <translation>缺少学校实习指导教师的考核。成绩由企业和学校的考核共同评定（2021 规定第二十七条，R-EVAL-1）；未评定成绩。</translation>
    </message>
    <message>
        <source>Neither the enterprise mentor nor the school supervisor has evaluated this placement yet (REG-2021 Art 27, R-EVAL-1); nothing was graded.</source>
        <translation>企业导师和学校实习指导教师均尚未考核该实习（2021 规定第二十七条，R-EVAL-1）；未评定成绩。</translation>
    </message>
    <message>
        <source>The opening no longer exists.</source>
        <translation>该岗位需求已不存在。</translation>
    </message>
    <message>
        <source>The class no longer exists.</source>
        <translation>该班级已不存在。</translation>
    </message>
    <message>
        <source>{field}: the board matches post internships and cognitive internships; an apprenticeship is entered through its programme.</source>
        <translation>{field}：岗位供需只匹配岗位实习和认识实习；学徒制请在学徒项目中录入。</translation>
    </message>
    <message>
        <source>{field}: an opening cannot run for more than three years.</source>
        <translation>{field}：岗位需求的期限不能超过三年。</translation>
    </message>
    <message>
        <source>{field}: {filled} places are already filled; the count cannot be lower.</source>
        <translation>{field}：已有 {filled} 个名额被占用，需求人数不能更少。</translation>
    </message>
    <message>
        <source>{count} placement(s) were made from this opening; close it instead of deleting it.</source>
        <translation>已根据该岗位需求生成 {count} 条实习安排；请关闭而不是删除。</translation>
    </message>
    <message>
        <source>No student was chosen.</source>
        <translation>未选择学生。</translation>
    </message>
    <message>
        <source>{student} is chosen for two openings at once.</source>
        <translation>{student}被同时分配到两个岗位需求。</translation>
    </message>
    <message>
        <source>The opening {opening} is not open ({status}).</source>
        <translation>岗位需求“{opening}”不在招募中（{status}）。</translation>
    </message>
    <message>
        <source>{opening}: {count} students chosen but only {places} places remain.</source>
        <translation>{opening}：选择了 {count} 名学生，但只剩 {places} 个名额。</translation>
    </message>
    <message>
        <source>{opening}: {count} students chosen but the interns caps allow only {places} more (REG-2021 Art 11, R-CAP-1/2).</source>
        <translation>{opening}：选择了 {count} 名学生，但实习生比例上限只允许再安排 {places} 人（《职业学校学生实习管理规定》第十一条，R-CAP-1/2）。</translation>
    </message>
    <message>
        <source>{student} cannot be placed at {opening}; nothing was saved:</source>
        <translation>{student}不能安排到“{opening}”，本次未保存任何记录：</translation>
    </message>
    <message>
        <source>the student is not an enrolled full-time student.</source>
        <translation>该学生不是在籍全日制学生。</translation>
    </message>
    <message>
        <source>the student&apos;s major is not among the majors wanted.</source>
        <translation>该学生的专业不在需求专业之内。</translation>
    </message>
    <message>
        <source>the student&apos;s grade year is not among the years wanted.</source>
        <translation>该学生的年级不在需求年级之内。</translation>
    </message>
    <message>
        <source>the student has another placement on these dates.</source>
        <translation>该学生在此期间已有其他实习安排。</translation>
    </message>
    <message>
        <source>the student is not available for the whole period.</source>
        <translation>该学生的可实习时间不能覆盖整个期间。</translation>
    </message>
    <message>
        <source>the placement would break rule {rule} (see the rule list).</source>
        <translation>该安排将违反规则 {rule}（见规则清单）。</translation>
    </message>
    <message>
        <source>{field}: there is no export of {kind}; choose one of {kinds}.</source>
        <translation>{field}：没有“{kind}”这种导出；请从以下类型中选择：{kinds}。</translation>
    </message>
    <message>
        <source>{field}: {year} is not a year between {min} and {max}.</source>
        <translation>{field}：{year} 不是 {min} 至 {max} 之间的年份。</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>无法写入文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>{count} student(s) in this export have no consent in force today for sharing their data with an enterprise (PIPL Art 23, R-PI-6); under 14, a guardian must have signed it (R-PI-5). Nothing was exported. Record their consents, or export only the students with consent.</source>
        <translation>本次导出中有 {count} 名学生今日没有有效的向企业提供个人信息的单独同意（个人信息保护法第二十三条，R-PI-6）；未满十四周岁的须由监护人签署（R-PI-5）。未导出任何内容。请先登记他们的同意，或只导出已同意的学生。</translation>
    </message>
    <message>
        <source>{count} student(s) in this export have no consent in force today for sharing their data with an insurer (PIPL Art 23, R-PI-6); under 14, a guardian must have signed it (R-PI-5). Nothing was exported. Record their consents, or export only the students with consent.</source>
        <translation>本次导出中有 {count} 名学生今日没有有效的向保险公司提供个人信息的单独同意（个人信息保护法第二十三条，R-PI-6）；未满十四周岁的须由监护人签署（R-PI-5）。未导出任何内容。请先登记他们的同意，或只导出已同意的学生。</translation>
    </message>
    <message>
        <source>{field} is stored as a number ({value}): Excel keeps only 15 significant digits, so the last digits are already lost. Format the column as Text in Excel, type the numbers again and import again.</source>
        <translation>{field}被存成了数字（{value}）：Excel 只保留 15 位有效数字，后几位已经丢失。请在 Excel 中把该列设为“文本”格式，重新录入号码后再导入。</translation>
    </message>
    <message>
        <source>{field} reads {value}: Excel turned the number into scientific notation and its last digits are lost. Format the column as Text in Excel, type the numbers again and import again.</source>
        <translation>{field}显示为 {value}：Excel 已把号码变成科学计数法，后几位已经丢失。请在 Excel 中把该列设为“文本”格式，重新录入号码后再导入。</translation>
    </message>
    <message>
        <source>{file} does not exist or is a folder.</source>
        <translation>{file} 不存在或是一个文件夹。</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes).</source>
        <translation>{file} 是空文件（0 字节）。</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} has no cells with data.</source>
        <translation>{file}：工作表 {sheet} 中没有任何数据。</translation>
    </message>
    <message>
        <source>{file} is larger than {mb} MB; split it into smaller files.</source>
        <translation>{file} 超过 {mb} MB，请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>{file} has {rows} rows, more than the {max} one import takes; split it.</source>
        <translation>{file} 有 {rows} 行，超过单次导入上限 {max} 行，请拆分后导入。</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook) and save it again.</source>
        <translation>{file} 设有打开密码。请在 Excel 或 WPS 中打开，取消密码（文件 ▸ 信息 ▸ 保护工作簿）后重新保存。</translation>
    </message>
    <message>
        <source>{file} is an old Excel 97-2003 (.xls) workbook; save it as .xlsx and try again.</source>
        <translation>{file} 是旧版 Excel 97-2003（.xls）文件，请另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet: save it as .xlsx or as .csv and try again.</source>
        <translation>{file} 不是电子表格，请另存为 .xlsx 或 .csv 后再导入。</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor GBK text; save it from Excel as .xlsx instead.</source>
        <translation>{file} 既不是 UTF-8 也不是 GBK 编码的文本，请在 Excel 中另存为 .xlsx。</translation>
    </message>
    <message>
        <source>{file} mixes text encodings: line {utf8} is UTF-8 but line {other} is not. Save the whole sheet again in one encoding (or as .xlsx).</source>
        <translation>{file} 混用了多种编码：第 {utf8} 行是 UTF-8，第 {other} 行不是。请用同一种编码（或 .xlsx）重新保存整张表。</translation>
    </message>
    <message>
        <source>{file}: no header row was found in the first 20 rows (expected column names such as {columns}). Use the template or map the columns.</source>
        <translation>{file}：前 20 行中没有找到表头行（应有 {columns} 等列名）。请使用导入模板，或手动对应各列。</translation>
    </message>
    <message>
        <source>{file}: required column(s) missing: {columns}.</source>
        <translation>{file}：缺少必需的列：{columns}。</translation>
    </message>
    <message>
        <source>{file} has a header but no data rows.</source>
        <translation>{file} 只有表头，没有数据行。</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row(s) are invalid (sheet rows {rows}). Correct them, or choose to skip invalid rows.</source>
        <translation>未导入任何数据：有 {count} 行有错误（表格第 {rows} 行）。请修改后再导入，或选择跳过有错误的行。</translation>
    </message>
    <message>
        <source>Nothing was imported: some records were saved by someone else since the preview. Preview the file again.</source>
        <translation>未导入任何数据：预览之后有人保存了相同的记录。请重新预览该文件。</translation>
    </message>
    <message>
        <source>{field}: there is no class named {value}; add it under Settings first.</source>
        <translation>{field}：没有名为 {value} 的班级，请先在“设置”中添加。</translation>
    </message>
    <message>
        <source>{field}: the sheet says {value}, but the class belongs to another major.</source>
        <translation>{field}：表格中为 {value}，但该班级属于其他专业。</translation>
    </message>
    <message>
        <source>{field} does not agree with the ID number; check both.</source>
        <translation>{field}与身份证号不一致，请核对。</translation>
    </message>
    <message>
        <source>{field}: the same value is already on sheet row {first}.</source>
        <translation>{field}：与表格第 {first} 行重复。</translation>
    </message>
    <message>
        <source>{field}: {value} is not an industry of the list (e.g. 汽车, 石油化工).</source>
        <translation>{field}：{value} 不在行业列表中（如 汽车、石油化工）。</translation>
    </message>
    <message>
        <source>{field}: no enterprise {value} is registered; import the enterprises first.</source>
        <translation>{field}：尚未登记企业 {value}，请先导入企业。</translation>
    </message>
    <message>
        <source>{field}: more than one enterprise is named {value}; add a 统一社会信用代码 column.</source>
        <translation>{field}：有多家企业名为 {value}，请在表格中增加“统一社会信用代码”列。</translation>
    </message>
    <message>
        <source>{field}: write 是 or 否.</source>
        <translation>{field}：请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>{field}: not a whole number.</source>
        <translation>{field}：不是整数。</translation>
    </message>
    <message>
        <source>{field}: the enterprise has no post {value}; import the posts first.</source>
        <translation>{field}：该企业没有岗位 {value}，请先导入岗位。</translation>
    </message>
    <message>
        <source>{field}: no student has this ID number; import the students first.</source>
        <translation>{field}：没有学生使用此身份证号，请先导入学生。</translation>
    </message>
    <message>
        <source>{field}: nobody named {value} is registered (for this enterprise).</source>
        <translation>{field}：（该企业）没有登记名为 {value} 的人员。</translation>
    </message>
    <message>
        <source>{field}: more than one person is named {value}; choose in the placement.</source>
        <translation>{field}：有多人名为 {value}，请在实习记录中选择。</translation>
    </message>
    <message>
        <source>This placement is no longer a draft: the sheet cannot change it (it is left as it is).</source>
        <translation>该实习已不是草稿，表格不能修改它（保持原样）。</translation>
    </message>
    <message>
        <source>{field}: give the month the pay is for as 2026-11.</source>
        <translation>{field}：请按 2026-11 的格式填写报酬所属月份。</translation>
    </message>
    <message>
        <source>The saved mapping no longer exists.</source>
        <translation>该映射方案已不存在。</translation>
    </message>
    <message>
        <source>The file {path} is not a database backup (it is not an SQLite file). Nothing was changed.</source>
        <translation>文件 {path} 不是数据库备份（不是 SQLite 文件）。未做任何更改。</translation>
    </message>
    <message>
        <source>The file {path} is a database, but not a Jilin Apprentice backup. Nothing was changed.</source>
        <translation>文件 {path} 是数据库，但不是本软件的备份。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Jilin Apprentice (schema {revision}). Install that version to restore it. Nothing was changed.</source>
        <translation>备份 {path} 由更新版本的本软件创建（结构版本 {revision}）。请安装该版本后再恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged (its integrity check failed) and cannot be restored. Choose another backup. Nothing was changed.</source>
        <translation>备份 {path} 已损坏（完整性检查未通过），无法恢复。请选择其他备份。未做任何更改。</translation>
    </message>
    <message>
        <source>{path} is the open database itself. Choose another file or folder.</source>
        <translation>{path} 就是当前打开的数据库。请选择其他文件或文件夹。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: the disk is full. The incomplete file was removed and the database is unchanged. Free some space or choose another drive.</source>
        <translation>无法将备份写入 {folder}：磁盘已满。未完成的文件已删除，数据库未受影响。请腾出空间或选择其他磁盘。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}). The incomplete file was removed and the database is unchanged.</source>
        <translation>无法将备份写入 {folder}（{reason}）。未完成的文件已删除，数据库未受影响。</translation>
    </message>
    <message>
        <source>The restore failed ({reason}); the database is unchanged. A copy of it as it was is in {safety}.</source>
        <translation>恢复失败（{reason}）；数据库未受影响。恢复前的副本保存在 {safety}。</translation>
    </message>
    <message>
        <source>Backups from the app are for a database file on this computer. Back up a PostgreSQL server with the server&apos;s own tools (pg_dump).</source>
        <translation>本软件的备份功能仅适用于本机上的数据库文件。PostgreSQL 服务器请使用其自带的工具（pg_dump）备份。</translation>
    </message>
    <message>
        <source>The database {path} is damaged (integrity check: {detail}). Nothing was changed. The newest good backup is {backup}. To restore it, run:
python -m jilin_apprentice restore &quot;{backup}&quot; --yes
The damaged file is kept in the backups folder.</source>
        <translation>数据库 {path} 已损坏（完整性检查：{detail}）。未做任何更改。最新的完好备份是 {backup}。恢复方法：运行
python -m jilin_apprentice restore &quot;{backup}&quot; --yes
已损坏的文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>The database {path} is damaged (integrity check: {detail}) and there is no good backup in {folder}. Nothing was changed. Copy the file somewhere safe, and restore a backup from a USB stick with: python -m jilin_apprentice restore &quot;FILE&quot; --yes</source>
        <translation>数据库 {path} 已损坏（完整性检查：{detail}），且 {folder} 中没有完好的备份。未做任何更改。请先将该文件复制到安全的位置，再用以下命令恢复U盘上的备份：python -m jilin_apprentice restore &quot;FILE&quot; --yes</translation>
    </message>
    <message>
        <source>The consent record no longer exists.</source>
        <translation>该同意记录已不存在。</translation>
    </message>
    <message>
        <source>{field}: the student was under 14 on that day; a recorded guardian must sign (PIPL Art 31, R-PI-5).</source>
        <translation>{field}：该学生当日未满十四周岁，须由已登记的监护人签署（个人信息保护法第三十一条，R-PI-5）。</translation>
    </message>
    <message>
        <source>This consent has already been withdrawn.</source>
        <translation>该同意已经撤回。</translation>
    </message>
    <message>
        <source>{field} is before the consent was signed ({signed}).</source>
        <translation>{field}早于同意签署日期（{signed}）。</translation>
    </message>
    <message>
        <source>{count} student(s) are still enrolled or suspended; only students who have left can be anonymised. Nothing was changed.</source>
        <translation>有 {count} 名学生仍在籍或休学；只有已离校的学生才能匿名化。未做任何更改。</translation>
    </message>
    <message>
        <source>{count} student(s) still have open placements; complete or terminate them first. Nothing was changed.</source>
        <translation>有 {count} 名学生仍有未结束的实习；请先完成或终止这些实习。未做任何更改。</translation>
    </message>
    <message>
        <source>{field} is before the student enrolled ({enrolled}).</source>
        <translation>{field}早于该学生的入学日期（{enrolled}）。</translation>
    </message>
    <message>
        <source>This version of the privacy notice is already recorded for the student.</source>
        <translation>已为该学生登记过此版本的隐私告知书。</translation>
    </message>
    <message>
        <source>Wrong user name or password. After {max} wrong attempts in a row the account is locked for {minutes} minutes.</source>
        <translation>用户名或密码错误。连续输错 {max} 次后，账户将被锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again after {until:%Y-%m-%d %H:%M}, or ask an administrator to unlock it.</source>
        <translation>密码错误次数过多，账户已被锁定。请在 {until:%Y-%m-%d %H:%M} 之后重试，或请管理员解锁。</translation>
    </message>
    <message>
        <source>An administrator already exists; log in instead of setting up again.</source>
        <translation>管理员已存在，请直接登录，无需重新设置。</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>该用户已不存在。</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another user an administrator first.</source>
        <translation>这是最后一个启用的管理员；请先将其他用户设为管理员。</translation>
    </message>
    <message>
        <source>{field} cannot contain spaces.</source>
        <translation>{field}不能包含空格。</translation>
    </message>
    <message>
        <source>{field}: another user already has it.</source>
        <translation>{field}：已被其他用户使用。</translation>
    </message>
    <message>
        <source>{field} must have at least {min} characters.</source>
        <translation>{field}至少需要 {min} 个字符。</translation>
    </message>
    <message>
        <source>{field} is wrong.</source>
        <translation>{field}不正确。</translation>
    </message>
    <message>
        <source>The school does not offer Korean reading copies of agreements. An administrator can turn on &quot;Offer a Korean reading copy of agreements&quot; in Settings &gt; General.</source>
        <translation>学校未提供协议的朝鲜文参考译本。管理员可以在“设置 &gt; 常规”中开启“提供协议的朝鲜文参考译本”。</translation>
    </message>
    <message>
        <source>Placement {placement} has no generated agreement yet, so there is nothing to translate. Generate the agreement first.</source>
        <translation>实习安排 {placement} 尚未生成协议，没有可翻译的内容。请先生成协议。</translation>
    </message>
    <message>
        <source>The PDF of agreement {number} is not on file ({path}), so no reading copy can be made of it.</source>
        <translation>协议 {number} 的 PDF 文件不在档（{path}），无法制作参考译本。</translation>
    </message>
    <message>
        <source>The placement&apos;s record changed after agreement {number} was generated, so a translation made now could differ from what the agreement says. Generate a new version of the agreement first.</source>
        <translation>协议 {number} 生成后，该实习安排的记录有改动，现在制作的译本可能与协议内容不一致。请先生成新版本的协议。</translation>
    </message>
    <message>
        <source>{path} is the file of agreement {number}; the reading copy never replaces an agreement. Choose another file name.</source>
        <translation>{path} 是协议 {number} 的文件；参考译本绝不替换协议。请换一个文件名。</translation>
    </message>
    <message>
        <source>The PDF {path} could not be written: {reason}</source>
        <translation>无法写入 PDF 文件 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <source>Edit module</source>
        <translation>编辑模块</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>新建模块</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>能力要求</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>计划学时</translation>
    </message>
    <message>
        <source>Taught at</source>
        <translation>培养场所</translation>
    </message>
    <message>
        <source>Rotation post</source>
        <translation>轮岗岗位</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Rotation from</source>
        <translation>轮岗开始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Rotation to</source>
        <translation>轮岗结束</translation>
    </message>
    <message>
        <source>A rotation post must belong to the programme&apos;s enterprise.</source>
        <translation>轮岗岗位须属于本项目的合作企业。</translation>
    </message>
</context>
<context>
    <name>ModuleList</name>
    <message>
        <source>New module</source>
        <translation>新建模块</translation>
    </message>
    <message>
        <source>Edit module</source>
        <translation>编辑模块</translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation>删除模块</translation>
    </message>
    <message>
        <source>Delete module %1 and the progress recorded on it?</source>
        <translation>删除模块“%1”及其已记录的培养进度？</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Generate allowances</source>
        <translation>生成带徒津贴</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Already paid on</source>
        <translation>已于此日支付</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>Edit opening</source>
        <translation>编辑岗位需求</translation>
    </message>
    <message>
        <source>New opening</source>
        <translation>新建岗位需求</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>需求人数</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>实习类型</translation>
    </message>
    <message>
        <source>Majors wanted (none: any)</source>
        <translation>需求专业（不选即不限）</translation>
    </message>
    <message>
        <source>Grade years (none: any)</source>
        <translation>年级（不选即不限）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>报酬</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OpeningsTab</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>New opening</source>
        <translation>新建岗位需求</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新开放</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Allocate a class…</source>
        <translation>按班级分配…</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Delete the opening %1?</source>
        <translation>删除岗位需求“%1”？</translation>
    </message>
    <message>
        <source>Delete opening</source>
        <translation>删除岗位需求</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Certificate password</source>
        <translation>证书密码</translation>
    </message>
    <message>
        <source>Set password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>PayColumns</name>
    <message>
        <source>Enterprise</source>
        <translation>实习单位</translation>
    </message>
    <message>
        <source>Interns</source>
        <translation>实习生</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>少付</translation>
    </message>
    <message>
        <source>Overdue periods</source>
        <translation>逾期期数</translation>
    </message>
    <message>
        <source>Arrears to date</source>
        <translation>累计欠付</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>最近付款</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>应付日期</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>迟延天数</translation>
    </message>
    <message>
        <source>Paid in full on</source>
        <translation>付清日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>For period from</source>
        <translation>对应期间起</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Forbidden part</source>
        <translation>违规扣款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>实发</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Deduction details</source>
        <translation>扣款明细</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Due over the placement %1 · paid %2 · in arrears %3</source>
        <translation>实习期间应付 %1 · 已付 %2 · 欠付 %3</translation>
    </message>
    <message>
        <source>forbidden deductions %1</source>
        <translation>违规扣款 %1</translation>
    </message>
    <message>
        <source>No pay terms: this placement has no pay schedule.</source>
        <translation>没有报酬条件：该实习没有计酬期间。</translation>
    </message>
    <message>
        <source>Periods computed from the pay terms; they are stored with the first payment.</source>
        <translation>计酬期间按报酬条件计算，在登记第一笔付款时保存。</translation>
    </message>
    <message>
        <source>Payment of %1 on %2 recorded.</source>
        <translation>已登记 %2 支付的 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 笔付款。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows skipped: %1.</source>
        <translation>已跳过的行：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Schedule rebuilt: %n period(s)</source>
        <translation>
            <numerusform>计酬期间已重建：%n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 payment(s) moved.</source>
        <translation>新增 %1，修改 %2，删除 %3，调整付款 %4 笔。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Name in sheet</source>
        <translation>表中姓名</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Matched student</source>
        <translation>匹配的学生</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>by ID number</source>
        <translation>按身份证号</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>按姓名</translation>
    </message>
    <message>
        <source>No placement of this student has pay in this month.</source>
        <translation>该生在本月没有计酬的实习。</translation>
    </message>
</context>
<context>
    <name>PayLabels</name>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>迟发</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>少付</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未付</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>无应付</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>个人所得税</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>社会保险</translation>
    </message>
    <message>
        <source>Meals and lodging</source>
        <translation>食宿费</translation>
    </message>
    <message>
        <source>Fee (not allowed)</source>
        <translation>费用（不允许）</translation>
    </message>
    <message>
        <source>Commission (not allowed)</source>
        <translation>提成（不允许）</translation>
    </message>
    <message>
        <source>Insurance premium (not allowed)</source>
        <translation>保险费（不允许）</translation>
    </message>
    <message>
        <source>Other (give the reason)</source>
        <translation>其他（注明原因）</translation>
    </message>
</context>
<context>
    <name>PayPage</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Payroll sheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>工资表 (*.xlsx *.xlsm *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import payroll sheet</source>
        <translation>导入工资表</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>登记付款</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>For period</source>
        <translation>对应期间</translation>
    </message>
    <message>
        <source>Oldest period still open (arrears first)</source>
        <translation>最早未结清的期间（先还欠付）</translation>
    </message>
    <message>
        <source>%1 – %2, due %3, %4 outstanding</source>
        <translation>%1 – %2，%3 到期，尚欠 %4</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Amount (gross)</source>
        <translation>金额（应发）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Pay goes to the student directly, never to a parent, teacher or agent.</source>
        <translation>报酬直接支付给学生本人，不得支付给家长、教师或中介。</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Name, enterprise or note (Ctrl+F)</source>
        <translation>姓名、企业或备注（Ctrl+F）</translation>
    </message>
    <message>
        <source>New pay record</source>
        <translation>新增津贴/课酬记录</translation>
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
        <source>Generate allowances for month…</source>
        <translation>按月生成带徒津贴…</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Allowances ¥%1 · Teaching pay ¥%2 · Total ¥%3</source>
        <translation>带徒津贴 ¥%1 · 兼职课酬 ¥%2 · 合计 ¥%3</translation>
    </message>
    <message>
        <source>Delete the %1 of %2 for %3?</source>
        <translation>删除 %2 在 %3 的%1？</translation>
    </message>
    <message>
        <source>Delete pay record</source>
        <translation>删除津贴/课酬记录</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>No allowances generated</source>
        <translation>未生成带徒津贴</translation>
    </message>
    <message>
        <source>Allowance records created for %1: %2 (existing records were kept).</source>
        <translation>%1 已生成带徒津贴记录 %2 条（已有记录保持不变）。</translation>
    </message>
</context>
<context>
    <name>PayrollImportDialog</name>
    <message>
        <source>Import payroll sheet</source>
        <translation>导入工资表</translation>
    </message>
    <message>
        <source>Type to find the enterprise</source>
        <translation>输入以查找实习单位</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>实习单位</translation>
    </message>
    <message>
        <source>Pay for month</source>
        <translation>报酬所属月份</translation>
    </message>
    <message>
        <source>Paid on, for rows without a date</source>
        <translation>支付日期（用于没有日期的行）</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import only the ready rows</source>
        <translation>跳过有问题的行，只导入可导入的行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose the enterprise whose payroll this is.</source>
        <translation>请选择该工资表所属的实习单位。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import</source>
        <translation>
            <numerusform>%n 行可导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n 行有问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Some rows have problems: correct the sheet, or tick skip.</source>
        <translation>部分行有问题：请修改表格，或勾选跳过。</translation>
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
    <name>PlacementDialog</name>
    <message>
        <source>Rule check (REG-2021)</source>
        <translation>合规检查（2021年实习管理规定）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始实习</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>Signed agreement…</source>
        <translation>登记已签协议…</translation>
    </message>
    <message>
        <source>Change post…</source>
        <translation>变更岗位…</translation>
    </message>
    <message>
        <source>Placement: %1</source>
        <translation>实习：%1</translation>
    </message>
    <message>
        <source>agreement %1 signed</source>
        <translation>协议 %1 已签订</translation>
    </message>
    <message>
        <source>no signed agreement</source>
        <translation>尚无已签协议</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Earlier posts: %1</source>
        <translation>以往岗位：%1</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>新建实习</translation>
    </message>
    <message>
        <source>New placement (saved as a draft)</source>
        <translation>新建实习（保存为草稿）</translation>
    </message>
    <message>
        <source>No rule stands in the way.</source>
        <translation>未发现违反规则的情况。</translation>
    </message>
    <message>
        <source>%1 blocking, %2 warnings</source>
        <translation>%1 项阻止，%2 项警告</translation>
    </message>
    <message>
        <source>Insurance cover is recorded under Insurance (policies and coverage).</source>
        <translation>保险覆盖在“保险”页登记（保单及被保险人）。</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <source>Placement</source>
        <translation>实习安排</translation>
    </message>
    <message>
        <source>Name or number…</source>
        <translation>姓名或学号…</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>名称…</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>学徒培养</translation>
    </message>
    <message>
        <source>Arranged by</source>
        <translation>安排方式</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>实习单位</translation>
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
        <source>School supervisor</source>
        <translation>学校指导教师</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>独立程度</translation>
    </message>
    <message>
        <source>Hours and pay</source>
        <translation>工时与报酬</translation>
    </message>
    <message>
        <source>Overtime may be required</source>
        <translation>可能安排加班</translation>
    </message>
    <message>
        <source>Works on weekly rest days</source>
        <translation>每周休息日工作</translation>
    </message>
    <message>
        <source>Works on public holidays</source>
        <translation>法定节假日工作</translation>
    </message>
    <message>
        <source>The student&apos;s own name</source>
        <translation>学生本人姓名</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>每日工时</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>每周天数</translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>实习报酬</translation>
    </message>
    <message>
        <source>Pay unit</source>
        <translation>计酬单位</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>收款人</translation>
    </message>
    <message>
        <source>Paid every</source>
        <translation>支付周期</translation>
    </message>
    <message>
        <source>Payday (day of month)</source>
        <translation>发薪日（每月几号）</translation>
    </message>
    <message>
        <source>Consent and approvals</source>
        <translation>同意书与审批</translation>
    </message>
    <message>
        <source>Signed by the student</source>
        <translation>学生已签字</translation>
    </message>
    <message>
        <source>Signed by the guardian</source>
        <translation>监护人已签字</translation>
    </message>
    <message>
        <source>Application by student and guardian received</source>
        <translation>已收到学生及监护人的申请</translation>
    </message>
    <message>
        <source>Guardian signed consent to own lodging</source>
        <translation>监护人已签字同意自行住宿</translation>
    </message>
    <message>
        <source>Assessment passed</source>
        <translation>考核合格</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>知情同意书</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>同意书签署日期</translation>
    </message>
    <message>
        <source>Self-chosen unit</source>
        <translation>自行选择实习单位</translation>
    </message>
    <message>
        <source>School approval date</source>
        <translation>学校批准日期</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <source>Lodging filing reference</source>
        <translation>住宿备案号</translation>
    </message>
    <message>
        <source>Cross-province approval</source>
        <translation>跨省实习批准文号</translation>
    </message>
    <message>
        <source>Filing reference (备案)</source>
        <translation>备案号</translation>
    </message>
    <message>
        <source>Safety training on</source>
        <translation>安全教育培训日期</translation>
    </message>
    <message>
        <source>Exception (Art 17)</source>
        <translation>例外（第十七条）</translation>
    </message>
    <message>
        <source>Only for working-time, rest-day, night-shift, overtime and high-risk rules (REG-2021 Art 17), when the major or post requires it and the arrangement was filed with the higher authority before the start. It never lifts the Art 16 prohibitions (age, first year, minors, venues, agencies).</source>
        <translation>仅适用于工作时间、休息日、夜班、加班及高风险作业等规定（《职业学校学生实习管理规定》第十七条），且须相关专业和实习岗位有特殊要求、并在实习开始前报上级主管部门备案。第十六条的禁止性规定（年龄、一年级、未成年人、娱乐场所、中介等）一律不得例外。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Filing reference</source>
        <translation>备案号</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>备案日期</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准机关</translation>
    </message>
</context>
<context>
    <name>PlacementPickDialog</name>
    <message>
        <source>Generate the agreement of a placement</source>
        <translation>生成实习协议</translation>
    </message>
    <message>
        <source>Student, class or enterprise</source>
        <translation>学生、班级或实习单位</translation>
    </message>
    <message>
        <source>Without a search, placements ready for one are listed.</source>
        <translation>不输入搜索内容时，列出可生成协议的实习。</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>尚无协议。</translation>
    </message>
    <message>
        <source>Current agreement: %1, version %2, %3.</source>
        <translation>当前协议：%1，第 %2 版，%3。</translation>
    </message>
    <message>
        <source>A new version will be made; the signed one stays on file.</source>
        <translation>将生成新版本；已签署的版本保留存档。</translation>
    </message>
</context>
<context>
    <name>PlacementTableModel</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>实习单位</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>实习期间</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>学校指导教师</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <source>Search student, class or enterprise (Ctrl+F)</source>
        <translation>搜索学生、班级或实习单位（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>新建实习</translation>
    </message>
    <message>
        <source>Batch for a class…</source>
        <translation>按班级批量安排…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>%1 placements</source>
        <translation>%1 条实习</translation>
    </message>
    <message>
        <source>Delete this draft placement for good?</source>
        <translation>确定永久删除这条实习草稿吗？</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>实习安排</translation>
    </message>
</context>
<context>
    <name>PlanRoundDialog</name>
    <message>
        <source>Plan a round of visits</source>
        <translation>批量计划巡查</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>学校实习指导教师</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Every (weeks)</source>
        <translation>间隔（周）</translation>
    </message>
    <message>
        <source>Monthly instead</source>
        <translation>改为每月一次</translation>
    </message>
    <message>
        <source>A visit is planned for each enterprise where the supervisor has open placements, on the days those placements run; days that already have a plan are skipped.</source>
        <translation>为该指导教师有在岗实习学生的每家企业计划巡查，仅安排在实习期间的日期；已有计划的日期将跳过。</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan a site visit</source>
        <translation>计划巡查</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>学校实习指导教师</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Show all enterprises</source>
        <translation>显示全部企业</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PoliciesTab</name>
    <message>
        <source>Insurer or policy number (Ctrl+F)</source>
        <translation>保险公司或保单号（Ctrl+F）</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部险种</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>新增保单</translation>
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
        <source>Cover a class…</source>
        <translation>为班级投保…</translation>
    </message>
    <message>
        <source>Cover placements…</source>
        <translation>为实习投保…</translation>
    </message>
    <message>
        <source>Covered students…</source>
        <translation>被保险学生…</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>附加文件…</translation>
    </message>
    <message numerus="yes">
        <source>Delete policy %1 and the cover it records for %n student(s)?</source>
        <translation>
            <numerusform>确定删除保单 %1 及其 %n 名学生的保障记录吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>删除保单</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>未投保</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未附加</translation>
    </message>
    <message>
        <source>Document attached: %1</source>
        <translation>已附加文件：%1</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Edit insurance policy</source>
        <translation>编辑保单</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>新增保单</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>保单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sum insured per person</source>
        <translation>每人保险金额</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>保费</translation>
    </message>
    <message>
        <source>Premium paid by</source>
        <translation>保费承担方</translation>
    </message>
    <message>
        <source>The school or the enterprise pays; never the student (R-INS-2).</source>
        <translation>由学校或实习单位承担，不得由学生承担（R-INS-2）。</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
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
    <name>PreferenceDialog</name>
    <message>
        <source>Availability and wishes</source>
        <translation>可实习时间与意向</translation>
    </message>
    <message>
        <source>from</source>
        <translation>自</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可实习时间</translation>
    </message>
    <message>
        <source>Preferred industries</source>
        <translation>意向行业</translation>
    </message>
    <message>
        <source>Preferred cities</source>
        <translation>意向城市</translation>
    </message>
    <message>
        <source>Preferred enterprises</source>
        <translation>意向企业</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>健康信息</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>ID-card scan</source>
        <translation>身份证件扫描件</translation>
    </message>
    <message>
        <source>Sharing with the enterprise</source>
        <translation>向实习单位提供</translation>
    </message>
    <message>
        <source>Sharing with the insurer</source>
        <translation>向保险公司提供</translation>
    </message>
    <message>
        <source>Filing with the education bureau</source>
        <translation>向教育主管部门报送</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>保存期限审查</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离校日期</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Open placements</source>
        <translation>未结束的实习</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>匿名化…</translation>
    </message>
    <message>
        <source>Anonymise the selected students (all if none)</source>
        <translation>对所选学生进行匿名化（未选择时为全部）</translation>
    </message>
    <message>
        <source>Consents and privacy notice of a student</source>
        <translation>学生的单独同意和隐私告知</translation>
    </message>
    <message>
        <source>Name, student number or class</source>
        <translation>姓名、学号或班级</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签署日期</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日期</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Add consent…</source>
        <translation>添加同意…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Print privacy notice…</source>
        <translation>打印隐私告知书…</translation>
    </message>
    <message>
        <source>Blank notice…</source>
        <translation>空白告知书…</translation>
    </message>
    <message>
        <source>Record acknowledgement</source>
        <translation>登记已告知</translation>
    </message>
    <message>
        <source>Students who graduated or withdrew more than %1 year(s) ago (R-PI-8). Anonymising removes names, ID numbers, phones, addresses, guardians and consents; placements and archived agreements are kept as the legal record.</source>
        <translation>毕业或退学已满 %1 年的学生（R-PI-8）。匿名化将删除姓名、身份证件号码、电话、住址、监护人和同意记录；实习记录和已归档的实习协议作为法定记录予以保留。</translation>
    </message>
    <message>
        <source>%1 placements, %2 agreements</source>
        <translation>实习 %1 条，协议 %2 份</translation>
    </message>
    <message>
        <source>%1 guardians, %2 consents</source>
        <translation>监护人 %1 名，同意记录 %2 条</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Privacy notice version %1 acknowledged on %2.</source>
        <translation>已于 %2 告知隐私告知书第 %1 版。</translation>
    </message>
    <message>
        <source>No privacy notice acknowledgement recorded.</source>
        <translation>尚未登记隐私告知。</translation>
    </message>
    <message>
        <source>Anonymise the personal data of %1 student(s)? Names, ID numbers, phones, addresses, guardians and consents are removed for good; placements and archived agreements are kept. This cannot be undone.</source>
        <translation>确定对 %1 名学生的个人信息进行匿名化吗？姓名、身份证件号码、电话、住址、监护人和同意记录将被永久删除；实习记录和已归档的实习协议予以保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>Not anonymised</source>
        <translation>未匿名化</translation>
    </message>
    <message>
        <source>%1 student(s) anonymised.</source>
        <translation>已对 %1 名学生进行匿名化。</translation>
    </message>
    <message>
        <source>Record that this consent is withdrawn as of %1?</source>
        <translation>登记该同意自 %1 起撤回吗？</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>撤回同意</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Save privacy notice</source>
        <translation>保存隐私告知书</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Privacy notice saved to %1.</source>
        <translation>隐私告知书已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ProgrammeColumns</name>
    <message>
        <source>No enterprise mentor</source>
        <translation>缺企业导师</translation>
    </message>
    <message>
        <source>No school mentor</source>
        <translation>缺学校导师</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Apprentices</source>
        <translation>学徒人数</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>目标等级</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>培养协议编号</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块数</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>计划学时</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>企业导师</translation>
    </message>
    <message>
        <source>School mentor</source>
        <translation>学校导师</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation>已通过模块</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日所在</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Taught at</source>
        <translation>培养场所</translation>
    </message>
    <message>
        <source>Rotation post</source>
        <translation>轮岗岗位</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>轮岗期间</translation>
    </message>
    <message>
        <source>Passed by</source>
        <translation>通过人数</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>能力要求</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Edit programme</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Target skill level</source>
        <translation>目标技能等级</translation>
    </message>
    <message>
        <source>Training agreement no.</source>
        <translation>学徒培养协议编号</translation>
    </message>
    <message>
        <source>Required for a modern apprenticeship (R-APP-2)</source>
        <translation>现代学徒制必须签订（R-APP-2）</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>协议签订日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ProgrammeLabels</name>
    <message>
        <source>Intermediate worker</source>
        <translation>中级工</translation>
    </message>
    <message>
        <source>Advanced worker</source>
        <translation>高级工</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <source>Senior technician</source>
        <translation>高级技师</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>请假</translation>
    </message>
</context>
<context>
    <name>ProgrammeList</name>
    <message>
        <source>New programme</source>
        <translation>新建项目</translation>
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
        <source>Delete programme %1 with its training plan and the enrolment of its %2 apprentice(s)?</source>
        <translation>删除项目“%1”及其培养计划，并撤销其%2名学徒的登记？</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <source>Programmes</source>
        <translation>学徒项目</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress: %1</source>
        <translation>培养进度：%1</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Taught at</source>
        <translation>培养场所</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>计划学时</translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation>已完成学时</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>考核通过</translation>
    </message>
    <message>
        <source>The programme has no modules yet.</source>
        <translation>本项目尚未设置培养模块。</translation>
    </message>
</context>
<context>
    <name>ReadingCopyAction</name>
    <message>
        <source>Korean reading copy…</source>
        <translation>朝鲜文参考译本…</translation>
    </message>
    <message>
        <source>Save a Korean translation of this agreement, for reading only (not signed)</source>
        <translation>保存本协议的朝鲜文译本，仅供阅读参考（不签署）</translation>
    </message>
    <message>
        <source>Save the Korean reading copy</source>
        <translation>保存朝鲜文参考译本</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Reading copy not saved</source>
        <translation>参考译本未保存</translation>
    </message>
    <message>
        <source>Korean reading copy of %1 saved: %2 (for reading only; not the agreement)</source>
        <translation>协议 %1 的朝鲜文参考译本已保存：%2（仅供阅读参考，不是协议文本）</translation>
    </message>
</context>
<context>
    <name>ReadingCopyBox</name>
    <message>
        <source>Agreements</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Offer a Korean reading copy of agreements</source>
        <translation>提供协议的朝鲜文参考译本</translation>
    </message>
    <message>
        <source>The agreement stays Chinese: it is the legal text and the only one signed. When this is on, the Agreements page can also save a Korean translation of a generated agreement, marked on every page as for reading only.</source>
        <translation>协议始终以中文为准：中文文本是具有法律效力的文本，也是唯一签署的文本。开启后，“协议”页面还可以另存已生成协议的朝鲜文译本，每页均标明仅供阅读参考。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel visit</source>
        <translation>取消巡查</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RecordVisitDialog</name>
    <message>
        <source>Record site visit</source>
        <translation>填写巡查记录</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>Students seen</source>
        <translation>见到的学生</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>For each problem: what was wrong, what was agreed</source>
        <translation>每个问题请写明：问题情况、商定的处理措施</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Rule parameter</source>
        <translation>规则参数</translation>
    </message>
    <message>
        <source>Checked against the official text</source>
        <translation>已与官方文本核对</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据来源</translation>
    </message>
    <message>
        <source>Value (JSON)</source>
        <translation>取值（JSON）</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Yearly report (PDF)…</source>
        <translation>年度统计报表（PDF）…</translation>
    </message>
    <message>
        <source>Yearly report (Excel)…</source>
        <translation>年度统计报表（Excel）…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Placements by status</source>
        <translation>按实习状态统计</translation>
    </message>
    <message>
        <source>Placements by type</source>
        <translation>按实习类型统计</translation>
    </message>
    <message>
        <source>Placements by industry</source>
        <translation>按行业统计</translation>
    </message>
    <message>
        <source>Placements by major</source>
        <translation>按专业统计</translation>
    </message>
    <message>
        <source>Placements by enterprise (top 10)</source>
        <translation>按企业统计（前 10 家）</translation>
    </message>
    <message>
        <source>Placement rate per major (graduating classes)</source>
        <translation>各专业岗位实习安排率（毕业年级）</translation>
    </message>
    <message>
        <source>Open places and available students per major</source>
        <translation>各专业岗位供需（待招名额与可安排学生）</translation>
    </message>
    <message>
        <source>Monthly pay of post placements</source>
        <translation>岗位实习报酬分布（折合月薪）</translation>
    </message>
    <message>
        <source>Liability insurance cover today</source>
        <translation>当日实习责任保险覆盖情况</translation>
    </message>
    <message>
        <source>Compliance findings over time</source>
        <translation>合规问题趋势</translation>
    </message>
    <message>
        <source>%1 placements in %2; %3 open places on the board; insurance cover %4.</source>
        <translation>%2 年共 %1 人次实习；岗位需求待招 %3 个名额；实习责任保险覆盖率 %4。</translation>
    </message>
    <message>
        <source>Other enterprises</source>
        <translation>其他企业</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>实习安排</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>No placements in this year</source>
        <translation>本年度无实习记录</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>专业</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生名册</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>安排率</translation>
    </message>
    <message>
        <source>No graduating classes in this year</source>
        <translation>本年度无毕业年级班级</translation>
    </message>
    <message>
        <source>Placement rate</source>
        <translation>安排率</translation>
    </message>
    <message>
        <source>Any major</source>
        <translation>不限专业</translation>
    </message>
    <message>
        <source>Open places</source>
        <translation>待招名额</translation>
    </message>
    <message>
        <source>Available students</source>
        <translation>可安排学生</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>供需比</translation>
    </message>
    <message>
        <source>No students or openings</source>
        <translation>暂无学生或岗位需求</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Monthly pay</source>
        <translation>月薪区间</translation>
    </message>
    <message>
        <source>No post placements with pay in this year</source>
        <translation>本年度无有报酬记录的岗位实习</translation>
    </message>
    <message>
        <source>Median %1, quartiles %2 – %3 yuan; %4 of %5 below 80 % of the post wage.</source>
        <translation>中位数 %1 元，四分位 %2 – %3 元；%5 人次中有 %4 人次低于同岗位工资的 80%。</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已投保</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>未投保</translation>
    </message>
    <message>
        <source>Placements running today</source>
        <translation>当日在岗实习</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>No placements running today need cover</source>
        <translation>当日无需投保的在岗实习</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Open placements</source>
        <translation>在办实习</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>阻断问题</translation>
    </message>
    <message>
        <source>No compliance snapshots yet</source>
        <translation>暂无合规检查记录</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the yearly report</source>
        <translation>保存年度统计报表</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>年度统计报表</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>RuleParametersBox</name>
    <message>
        <source>Rule parameters (administrator)</source>
        <translation>规则参数（管理员）</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已核实</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据来源</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>New dated value…</source>
        <translation>新增生效取值…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>未核实</translation>
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
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>First start: create the administrator</source>
        <translation>首次启动：创建管理员</translation>
    </message>
    <message>
        <source>Nobody administers this database yet. Create the administrator account: it adds the other users, decides who may edit and who may see full personal data.</source>
        <translation>此数据库尚无管理员。请创建管理员账户：由管理员添加其他用户，并决定谁可以修改数据、谁可以查看完整个人信息。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>good</source>
        <translation>较强</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>密码强度：%1</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>SharedExportDialog</name>
    <message>
        <source>Export for an enterprise or insurer</source>
        <translation>为企业或保险公司导出</translation>
    </message>
    <message>
        <source>An enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>An insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Only students with a consent in force today for sharing with this recipient go into the file (PIPL Art 23, R-PI-6); for a student under 14, a guardian must have signed it (R-PI-5). The headers are in Chinese; ID numbers and phones are masked.</source>
        <translation>只有今日有有效的向该接收方提供个人信息同意的学生才会写入文件（个人信息保护法第二十三条，R-PI-6）；未满十四周岁的学生须由监护人签署（R-PI-5）。表头为中文；身份证号和电话已遮蔽。</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>List</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Student roster</source>
        <translation>学生名册</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>实习安排</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>报酬发放</translation>
    </message>
    <message>
        <source>Insurance cover</source>
        <translation>保险保障</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>三方协议</translation>
    </message>
    <message>
        <source>Apprentices</source>
        <translation>学徒名单</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>职业资格证书</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export only the students with consent?</source>
        <translation>是否只导出已同意的学生？</translation>
    </message>
    <message>
        <source>Students without consent</source>
        <translation>未同意的学生</translation>
    </message>
    <message>
        <source>Exported %1 rows; %2 students without consent left out</source>
        <translation>已导出 %1 行；未同意的 %2 名学生未导出</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>将光标移到搜索框</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>打开所选行</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>编辑所选行</translation>
    </message>
    <message>
        <source>Delete the selected row (asks first)</source>
        <translation>删除所选行（先确认）</translation>
    </message>
    <message>
        <source>Open the placement of the selected finding</source>
        <translation>打开所选问题对应的实习</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>新建企业</translation>
    </message>
    <message>
        <source>New post of the enterprise</source>
        <translation>为企业新增岗位</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>新建实习</translation>
    </message>
    <message>
        <source>Batch for a class</source>
        <translation>按班级批量安排</translation>
    </message>
    <message>
        <source>Delete the selected draft (asks first)</source>
        <translation>删除所选草稿（先确认）</translation>
    </message>
    <message>
        <source>New item on the current tab</source>
        <translation>在当前标签页新建</translation>
    </message>
    <message>
        <source>Calendar: day, week, month (Shift extends the choice)</source>
        <translation>日历：按天、周、月移动（按住 Shift 扩展选择）</translation>
    </message>
    <message>
        <source>Calendar: choose the day</source>
        <translation>日历：选择或取消选择该日</translation>
    </message>
    <message>
        <source>Calendar: set the chosen days</source>
        <translation>日历：设置所选日期</translation>
    </message>
    <message>
        <source>Calendar: generate</source>
        <translation>日历：生成</translation>
    </message>
    <message>
        <source>Calendar: mark the days as leave</source>
        <translation>日历：将所选日期设为请假</translation>
    </message>
    <message>
        <source>New opening</source>
        <translation>新建岗位需求</translation>
    </message>
    <message>
        <source>Import a payroll sheet</source>
        <translation>导入工资表</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>登记付款</translation>
    </message>
    <message>
        <source>New policy or incident (current tab)</source>
        <translation>新增保单或事故（当前标签页）</translation>
    </message>
    <message>
        <source>Generate for a placement</source>
        <translation>为实习生成协议</translation>
    </message>
    <message>
        <source>Generate for a class / all ready</source>
        <translation>按班级/全部可生成的批量生成</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>打开 PDF</translation>
    </message>
    <message>
        <source>Users: new user; Personal data: new consent</source>
        <translation>用户：新建用户；个人信息：新增同意记录</translation>
    </message>
    <message>
        <source>Users: edit; Backups: restore the backup</source>
        <translation>用户：编辑；备份：恢复该备份</translation>
    </message>
    <message>
        <source>Personal data: withdraw the consent</source>
        <translation>个人信息：撤回同意</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>关闭对话框，不保存</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>下一个 / 上一个字段</translation>
    </message>
    <message>
        <source>The menu or button with that underlined letter</source>
        <translation>带该下划线字母的菜单或按钮</translation>
    </message>
    <message>
        <source>Everywhere, dialogs</source>
        <translation>所有位置、对话框</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Filter: a key, an action or a page</source>
        <translation>筛选：按键、操作或页面</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Sign agreement %1</source>
        <translation>签署协议 %1</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>待签：%1</translation>
    </message>
    <message>
        <source>%1 (signed; signing again replaces it)</source>
        <translation>%1（已签；再次签署将替换）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Import image…</source>
        <translation>导入图片…</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>签署方</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Draw with the mouse, a pen or a finger.</source>
        <translation>用鼠标、手写笔或手指书写。</translation>
    </message>
    <message>
        <source>Import a scan or photo of the handwritten signature.</source>
        <translation>导入手写签名的扫描件或照片。</translation>
    </message>
    <message>
        <source>Import the seal image (PNG with a transparent background).</source>
        <translation>导入印章图片（透明背景的 PNG）。</translation>
    </message>
    <message>
        <source>Signed on the printed copy: attach the scan afterwards.</source>
        <translation>已在纸质文本上签字：之后请附加扫描件。</translation>
    </message>
    <message>
        <source>Signature or seal image</source>
        <translation>签名或印章图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read.</source>
        <translation>%1 不是可读取的图片。</translation>
    </message>
    <message>
        <source>Draw the signature in the box, or import an image.</source>
        <translation>请在框内签名，或导入图片。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>SiteAssessmentDialog</name>
    <message>
        <source>Record site assessment</source>
        <translation>填写实地评估</translation>
    </message>
    <message>
        <source>Before the first post internship at a unit the school assesses it on site: qualification, credit, management, posts, working hours, working and living environment, health and safety (REG-2021 Art 7, R-ENT-1).</source>
        <translation>首次安排岗位实习前，学校须对实习单位进行实地评估：单位资质、诚信状况、管理水平、实习岗位性质和内容、工作时间、工作环境、生活环境以及健康保障、安全防护（2021 规定第七条，R-ENT-1）。</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>考核通过</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <source>File name or archive number of the report</source>
        <translation>评估报告文件名或档案号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
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
        <source>Skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Monthly mentor allowance</source>
        <translation>导师带徒津贴（每月）</translation>
    </message>
    <message>
        <source>Mentor allowance set and paid by the enterprise (R-APP-9); empty: none</source>
        <translation>导师带徒津贴由企业确定并支付（R-APP-9）；留空表示无</translation>
    </message>
    <message>
        <source>Part-time teacher at the school</source>
        <translation>在学校担任兼职教师</translation>
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
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
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
        <source>Shown masked: you do not have the right to see full personal data. Leave it unchanged to keep the stored number.</source>
        <translation>已脱敏显示：您无权查看完整个人信息。保持不变即保留已存储的号码。</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>出生于 %1，%2</translation>
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
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
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
    <message>
        <source>Students</source>
        <translation>学生名册</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Accept → draft placement</source>
        <translation>采纳 → 生成实习草稿</translation>
    </message>
    <message>
        <source>Availability and wishes…</source>
        <translation>可实习时间与意向…</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
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
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>匹配分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Paperwork still due</source>
        <translation>待办手续</translation>
    </message>
    <message>
        <source>Choose an opening to see the students who may take it.</source>
        <translation>请选择一个岗位需求，查看可推荐的学生。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 — %4 students may take it.</source>
        <translation>%1 · %2 · %3 — 可推荐学生 %4 名。</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未采纳</translation>
    </message>
    <message>
        <source>Draft placement created for %1 at %2.</source>
        <translation>已为%1生成%2的实习草稿。</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Agreement wording</source>
        <translation>协议条款文字</translation>
    </message>
    <message>
        <source>Post internship agreement</source>
        <translation>岗位实习三方协议</translation>
    </message>
    <message>
        <source>Observation internship agreement</source>
        <translation>认识实习协议</translation>
    </message>
    <message>
        <source>Apprenticeship training agreement</source>
        <translation>学徒培养协议</translation>
    </message>
    <message>
        <source>Informed consent form</source>
        <translation>知情同意书</translation>
    </message>
    <message>
        <source>One paragraph per line. Words in braces, such as {start_date}, are filled from the record; keep them. Saving makes a new version; agreements already made keep their wording.</source>
        <translation>每行一段。大括号中的词（如 {start_date}）由记录自动填写，请保留。保存后生成新版本；已生成的协议保持原有文字。</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Version in use</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <source>(preamble)</source>
        <translation>（序言）</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Terminate placement</source>
        <translation>终止实习</translation>
    </message>
    <message>
        <source>Why does the placement end early?</source>
        <translation>实习为何提前结束？</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Enter the reason; it stays on the record.</source>
        <translation>请填写原因，原因将保留在记录中。</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>May see full ID numbers and phone numbers</source>
        <translation>可查看完整身份证号和电话号码</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>启用（可登录）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>两次输入的密码不一致，请输入相同的密码。</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>实习管理员</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Full personal data</source>
        <translation>完整个人信息</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Administrators add users, choose their role and who may see full personal data. Read-only users can look but not change anything.</source>
        <translation>管理员可添加用户、设置角色以及谁可以查看完整个人信息。只读用户只能查看，不能修改。</translation>
    </message>
    <message>
        <source>Only an administrator can manage users. You can change your own password here.</source>
        <translation>只有管理员可以管理用户。您可以在此修改自己的密码。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Only an administrator can add, change or unlock users.</source>
        <translation>只有管理员可以添加、修改或解锁用户。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed agreement</source>
        <translation>验证已签名协议</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>协议编号</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Verify another file…</source>
        <translation>验证其他文件…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 文件 (*.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This file cannot be checked</source>
        <translation>无法检查此文件</translation>
    </message>
    <message>
        <source>Intact, and signed with a certificate of this school</source>
        <translation>文件完整，并由本校证书签名</translation>
    </message>
    <message>
        <source>Tampered: the file was changed after it was signed</source>
        <translation>已被篡改：文件在签名后被修改</translation>
    </message>
    <message>
        <source>Not digitally signed</source>
        <translation>没有数字签名</translation>
    </message>
    <message>
        <source>Signed, but not an agreement made by this application</source>
        <translation>已签名，但不是本系统生成的协议</translation>
    </message>
    <message>
        <source>Intact, but the certificate is expired or not valid for signing</source>
        <translation>文件完整，但证书已过期或不可用于签名</translation>
    </message>
    <message>
        <source>Intact, but not signed with a certificate known here</source>
        <translation>文件完整，但签名证书不是本机已知证书</translation>
    </message>
    <message>
        <source>Not accepted: see the problems below</source>
        <translation>不予认可：见下方问题</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Known to this school</source>
        <translation>本校已知</translation>
    </message>
    <message>
        <source>Not known here</source>
        <translation>本机未知</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Working environment</source>
        <translation>工作环境</translation>
    </message>
    <message>
        <source>Safety protection</source>
        <translation>安全防护</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>住宿</translation>
    </message>
    <message>
        <source>Pay received</source>
        <translation>实习报酬发放</translation>
    </message>
    <message>
        <source>Talked to the student</source>
        <translation>与学生谈话</translation>
    </message>
    <message>
        <source>No problem</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>未通过</translation>
    </message>
</context>
<context>
    <name>VisitListTab</name>
    <message>
        <source>Planned for</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>指导教师</translation>
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
        <source>Visited</source>
        <translation>巡查日期</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题数</translation>
    </message>
    <message>
        <source>Problem items</source>
        <translation>问题项目</translation>
    </message>
    <message>
        <source>Students seen</source>
        <translation>见到的学生</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>巡查</translation>
    </message>
    <message>
        <source>Supervisor or enterprise (Ctrl+F)</source>
        <translation>指导教师或企业（Ctrl+F）</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>计划巡查</translation>
    </message>
    <message>
        <source>Plan a round…</source>
        <translation>批量计划…</translation>
    </message>
    <message>
        <source>Record visit…</source>
        <translation>填写巡查记录…</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>取消巡查</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未巡查</translation>
    </message>
    <message>
        <source>Visits planned: %1; days that already had a plan: %2.</source>
        <translation>已计划巡查：%1 次；已有计划而跳过：%2 次。</translation>
    </message>
    <message>
        <source>Cancel the visit of %1 to %2 on %3?</source>
        <translation>取消%1于%3到%2的巡查？</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>未取消</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Site visits</source>
        <translation>巡查与实地评估</translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message>
        <source>Training calendar</source>
        <translation>培养日历</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>一</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>二</translation>
    </message>
    <message>
        <source>We</source>
        <translation>三</translation>
    </message>
    <message>
        <source>Th</source>
        <translation>四</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>五</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>六</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>_MemberFields</name>
    <message>
        <source>Enterprise mentor</source>
        <translation>企业导师</translation>
    </message>
    <message>
        <source>School mentor</source>
        <translation>学校导师</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Target skill level</source>
        <translation>目标技能等级</translation>
    </message>
    <message>
        <source>Training agreement no.</source>
        <translation>学徒培养协议编号</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>协议签订日期</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Cohort</source>
        <translation>学徒名单</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>培养计划</translation>
    </message>
</context>
</TS>
