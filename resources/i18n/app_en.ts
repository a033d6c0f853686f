<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en_US">
<context>
    <name>EnterpriseDialog</name>
    <message>
        <source>Edit enterprise</source>
        <translation>Edit enterprise</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91220101MA…</source>
        <translation>18 characters, e.g. 91220101MA…</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>mobile or landline, e.g. 0431-88888888</source>
        <translation>mobile or landline, e.g. 0431-88888888</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>On-post staff</translation>
    </message>
    <message>
        <source>Lowest wage grade (monthly)</source>
        <translation>Lowest wage grade (monthly)</translation>
    </message>
    <message>
        <source>Venue type</source>
        <translation>Venue type</translation>
    </message>
    <message>
        <source>No placements at entertainment venues (REG-2021 Art 16(5)).</source>
        <translation>No placements at entertainment venues (REG-2021 Art 16(5)).</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>I</source>
        <comment>minimum-wage area class</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>II</source>
        <comment>minimum-wage area class</comment>
        <translation>II</translation>
    </message>
    <message>
        <source>III</source>
        <comment>minimum-wage area class</comment>
        <translation>III</translation>
    </message>
    <message>
        <source>IV</source>
        <comment>minimum-wage area class</comment>
        <translation>IV</translation>
    </message>
    <message>
        <source>Intermediary / dispatch</source>
        <translation>Intermediary / dispatch</translation>
    </message>
    <message>
        <source>Intermediary, HR agency or labour-dispatch firm</source>
        <translation>Intermediary, HR agency or labour-dispatch firm</translation>
    </message>
    <message>
        <source>No placements through intermediaries (REG-2021 Art 16(6)).</source>
        <translation>No placements through intermediaries (REG-2021 Art 16(6)).</translation>
    </message>
    <message>
        <source>Training base</source>
        <translation>Training base</translation>
    </message>
    <message>
        <source>Recognised industry–education training base</source>
        <translation>Recognised industry–education training base</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>Site assessment</source>
        <translation>Site assessment</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(choose an industry)</source>
        <translation>(choose an industry)</translation>
    </message>
    <message>
        <source>Minimum-wage area class %1</source>
        <translation>Minimum-wage area class %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>On-post staff</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation>Credit status</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>EnterprisesPage</name>
    <message>
        <source>Search by name, credit code or address</source>
        <translation>Search by name, credit code or address</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Delete post</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>%n enterprise</numerusform>
            <numerusform>%n enterprises</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Delete enterprise %1? Its %2 post(s) and %3 enterprise mentor(s) are deleted with it. This cannot be undone.</source>
        <translation>Delete enterprise %1? Its %2 post(s) and %3 enterprise mentor(s) are deleted with it. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete enterprise</source>
        <translation>Delete enterprise</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Posts of %1</source>
        <translation>Posts of %1</translation>
    </message>
    <message>
        <source>Select an enterprise to see its posts</source>
        <translation>Select an enterprise to see its posts</translation>
    </message>
    <message>
        <source>Delete post %1? This cannot be undone.</source>
        <translation>Delete post %1? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Enrolment date</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Student number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>On-post staff</translation>
    </message>
    <message>
        <source>Venue type</source>
        <translation>Venue type</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>Post title</translation>
    </message>
    <message>
        <source>Physical intensity level</source>
        <translation>Physical intensity level</translation>
    </message>
    <message>
        <source>Same-post wage</source>
        <translation>Same-post wage</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Hazards</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Load limit</source>
        <translation>Load limit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Guardian name</source>
        <translation>Guardian name</translation>
    </message>
    <message>
        <source>Guardian relationship</source>
        <translation>Guardian relationship</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <translation>Guardian phone</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Mentor or supervisor</source>
        <translation>Mentor or supervisor</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>School side: student</source>
        <translation>School side: student</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>Born / age</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Major (category)</source>
        <translation>Major (category)</translation>
    </message>
    <message>
        <source>Cohort / year of study</source>
        <translation>Cohort / year of study</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>School supervisor</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <source>Enterprise side: intern / apprentice</source>
        <translation>Enterprise side: intern / apprentice</translation>
    </message>
    <message>
        <source>Current enterprise</source>
        <translation>Current enterprise</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>Enterprise mentor</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1, %2 years</source>
        <translation>%1, %2 years</translation>
    </message>
    <message>
        <source>Cohort %1, year %2</source>
        <translation>Cohort %1, year %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>At school (no current placement)</source>
        <translation>At school (no current placement)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>Graduated</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Full-time</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Part-time</translation>
    </message>
    <message>
        <source>Observation internship</source>
        <translation>Observation internship</translation>
    </message>
    <message>
        <source>Post internship</source>
        <translation>Post internship</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Apprenticeship</translation>
    </message>
    <message>
        <source>Modern apprenticeship</source>
        <translation>Modern apprenticeship</translation>
    </message>
    <message>
        <source>Enterprise new-type apprenticeship</source>
        <translation>Enterprise new-type apprenticeship</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Watch</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>Ordinary workplace</source>
        <translation>Ordinary workplace</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Nightclub</source>
        <translation>Nightclub</translation>
    </message>
    <message>
        <source>KTV / song hall</source>
        <translation>KTV / song hall</translation>
    </message>
    <message>
        <source>Bathhouse</source>
        <translation>Bathhouse</translation>
    </message>
    <message>
        <source>Electronic game room</source>
        <translation>Electronic game room</translation>
    </message>
    <message>
        <source>Internet café</source>
        <translation>Internet café</translation>
    </message>
    <message>
        <source>Other entertainment venue</source>
        <translation>Other entertainment venue</translation>
    </message>
    <message>
        <source>Work at height</source>
        <translation>Work at height</translation>
    </message>
    <message>
        <source>Underground</source>
        <translation>Underground</translation>
    </message>
    <message>
        <source>Radioactive</source>
        <translation>Radioactive</translation>
    </message>
    <message>
        <source>Toxic</source>
        <translation>Toxic</translation>
    </message>
    <message>
        <source>Flammable or explosive</source>
        <translation>Flammable or explosive</translation>
    </message>
    <message>
        <source>Other high safety risk</source>
        <translation>Other high safety risk</translation>
    </message>
    <message>
        <source>Entertainment venue</source>
        <translation>Entertainment venue</translation>
    </message>
    <message>
        <source>Intermediary/dispatch</source>
        <translation>Intermediary/dispatch</translation>
    </message>
    <message>
        <source>Credit restricted</source>
        <translation>Credit restricted</translation>
    </message>
    <message>
        <source>Training base</source>
        <translation>Training base</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>Enterprise mentor</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>School supervisor</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>Placements of each type with the 2021 rules checked before they bite.</source>
        <translation>Placements of each type with the 2021 rules checked before they bite.</translation>
    </message>
    <message>
        <source>Monthly pay ledger per placement, arrears across enterprises.</source>
        <translation>Monthly pay ledger per placement, arrears across enterprises.</translation>
    </message>
    <message>
        <source>Insurance policies, who and which days they cover, and the gaps.</source>
        <translation>Insurance policies, who and which days they cover, and the gaps.</translation>
    </message>
    <message>
        <source>Tripartite agreements as signed PDFs that anyone can verify offline.</source>
        <translation>Tripartite agreements as signed PDFs that anyone can verify offline.</translation>
    </message>
    <message>
        <source>Everything that needs action now, most urgent first.</source>
        <translation>Everything that needs action now, most urgent first.</translation>
    </message>
    <message>
        <source>Statistics and exports for inspectors and the education bureau.</source>
        <translation>Statistics and exports for inspectors and the education bureau.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved data is safe.
Log: %1</source>
        <translation>Something went wrong. Your saved data is safe.
Log: %1</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Log: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Jilin Apprentice – internships and apprenticeships</source>
        <translation>Jilin Apprentice – internships and apprenticeships</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Enterprises &amp; posts</source>
        <translation>Enterprises &amp; posts</translation>
    </message>
    <message>
        <source>Mentors &amp; supervisors</source>
        <translation>Mentors &amp; supervisors</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Pay ledger</source>
        <translation>Pay ledger</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>About Jilin Apprentice</source>
        <translation>About Jilin Apprentice</translation>
    </message>
    <message>
        <source>Jilin Apprentice %1
Offline internship and apprenticeship management for vocational schools.
Font: WenQuanYi Micro Hei (Apache 2.0 / GPLv3).</source>
        <translation>Jilin Apprentice %1
Offline internship and apprenticeship management for vocational schools.
Font: WenQuanYi Micro Hei (Apache 2.0 / GPLv3).</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>{field} is longer than {max} characters.</source>
        <translation>{field} is longer than {max} characters.</translation>
    </message>
    <message>
        <source>{field}: choose one of the listed values.</source>
        <translation>{field}: choose one of the listed values.</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field} cannot be negative.</translation>
    </message>
    <message>
        <source>{field} must be between {min} and {max}.</source>
        <translation>{field} must be between {min} and {max}.</translation>
    </message>
    <message>
        <source>{field}: the amount is not plausible.</source>
        <translation>{field}: the amount is not plausible.</translation>
    </message>
    <message>
        <source>{field} is too far in the future.</source>
        <translation>{field} is too far in the future.</translation>
    </message>
    <message>
        <source>{field} is before the date of birth.</source>
        <translation>{field} is before the date of birth.</translation>
    </message>
    <message>
        <source>{field} must have 18 characters: 17 digits and a digit or X (GB 11643).</source>
        <translation>{field} must have 18 characters: 17 digits and a digit or X (GB 11643).</translation>
    </message>
    <message>
        <source>{field}: the check character is wrong; expected {expected} (GB 11643).</source>
        <translation>{field}: the check character is wrong; expected {expected} (GB 11643).</translation>
    </message>
    <message>
        <source>{field}: digits 7-14 are not a real date of birth.</source>
        <translation>{field}: digits 7-14 are not a real date of birth.</translation>
    </message>
    <message>
        <source>{field}: the area code is not in the GB/T 2260 table; please check.</source>
        <translation>{field}: the area code is not in the GB/T 2260 table; please check.</translation>
    </message>
    <message>
        <source>{field}: old 15-digit numbers are not accepted; enter the 18-digit number.</source>
        <translation>{field}: old 15-digit numbers are not accepted; enter the 18-digit number.</translation>
    </message>
    <message>
        <source>{field}: another student already has this ID number.</source>
        <translation>{field}: another student already has this ID number.</translation>
    </message>
    <message>
        <source>{field}: another student already has this number.</source>
        <translation>{field}: another student already has this number.</translation>
    </message>
    <message>
        <source>{field} must have 18 characters from 0-9 and A-Y without I, O, S, V, Z (GB 32100).</source>
        <translation>{field} must have 18 characters from 0-9 and A-Y without I, O, S, V, Z (GB 32100).</translation>
    </message>
    <message>
        <source>{field}: the check character is wrong; expected {expected} (GB 32100).</source>
        <translation>{field}: the check character is wrong; expected {expected} (GB 32100).</translation>
    </message>
    <message>
        <source>{field}: the embedded organisation code fails its check (GB 11714).</source>
        <translation>{field}: the embedded organisation code fails its check (GB 11714).</translation>
    </message>
    <message>
        <source>{field}: unusual registration authority code; please check.</source>
        <translation>{field}: unusual registration authority code; please check.</translation>
    </message>
    <message>
        <source>{field}: another enterprise already has this credit code.</source>
        <translation>{field}: another enterprise already has this credit code.</translation>
    </message>
    <message>
        <source>{field} must be an 11-digit mainland mobile number starting with 1.</source>
        <translation>{field} must be an 11-digit mainland mobile number starting with 1.</translation>
    </message>
    <message>
        <source>{field}: unusual mobile number prefix; please check.</source>
        <translation>{field}: unusual mobile number prefix; please check.</translation>
    </message>
    <message>
        <source>{field}: neither a mobile nor a landline number; please check.</source>
        <translation>{field}: neither a mobile nor a landline number; please check.</translation>
    </message>
    <message>
        <source>{field}: unknown county code.</source>
        <translation>{field}: unknown county code.</translation>
    </message>
    <message>
        <source>An enterprise mentor must belong to an enterprise.</source>
        <translation>An enterprise mentor must belong to an enterprise.</translation>
    </message>
    <message>
        <source>This student has placements or apprenticeships, which are legal records; set the status to withdrawn or graduated instead.</source>
        <translation>This student has placements or apprenticeships, which are legal records; set the status to withdrawn or graduated instead.</translation>
    </message>
    <message>
        <source>This enterprise has placements, which are legal records; it cannot be deleted.</source>
        <translation>This enterprise has placements, which are legal records; it cannot be deleted.</translation>
    </message>
    <message>
        <source>This post has placements; it cannot be deleted.</source>
        <translation>This post has placements; it cannot be deleted.</translation>
    </message>
    <message>
        <source>This person guides placements; reassign them before deleting.</source>
        <translation>This person guides placements; reassign them before deleting.</translation>
    </message>
    <message>
        <source>The student no longer exists.</source>
        <translation>The student no longer exists.</translation>
    </message>
    <message>
        <source>The enterprise no longer exists.</source>
        <translation>The enterprise no longer exists.</translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation>The post no longer exists.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>The person no longer exists.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Reopen it to see their changes; yours were not saved.</source>
        <translation>Someone else changed this record after you opened it. Reopen it to see their changes; yours were not saved.</translation>
    </message>
    <message>
        <source>The file {path} is not a Jilin Apprentice database. Nothing was changed.</source>
        <translation>The file {path} is not a Jilin Apprentice database. Nothing was changed.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Copy it to a writable folder.</source>
        <translation>The database {path} is read-only. Copy it to a writable folder.</translation>
    </message>
    <message>
        <source>The folder {path} is not writable; choose another data folder.</source>
        <translation>The folder {path} is not writable; choose another data folder.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Close it and try again.</source>
        <translation>The database is in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jilin Apprentice (schema {revision}). Install the newer version; nothing was changed.</source>
        <translation>This database was written by a newer version of Jilin Apprentice (schema {revision}). Install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved.</source>
        <translation>The disk is full. Nothing was saved.</translation>
    </message>
    <message>
        <source>The change contradicts other records and was not saved.</source>
        <translation>The change contradicts other records and was not saved.</translation>
    </message>
    <message>
        <source>The database already holds students; demo data was not added.</source>
        <translation>The database already holds students; demo data was not added.</translation>
    </message>
    <message>
        <source>{count} field(s) need attention.</source>
        <translation>{count} field(s) need attention.</translation>
    </message>
    <message>
        <source>The font file {path} is missing.</source>
        <translation>The font file {path} is missing.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area is not built yet.</source>
        <translation>This area is not built yet.</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Edit post</source>
        <translation>Edit post</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>Post title</translation>
    </message>
    <message>
        <source>Major category</source>
        <translation>Major category</translation>
    </message>
    <message>
        <source>the major category the post suits</source>
        <translation>the major category the post suits</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Hazards</translation>
    </message>
    <message>
        <source>High-risk posts are closed to interns unless an exception was filed in advance (REG-2021 Art 17(1)).</source>
        <translation>High-risk posts are closed to interns unless an exception was filed in advance (REG-2021 Art 17(1)).</translation>
    </message>
    <message>
        <source>Physical intensity level</source>
        <translation>Physical intensity level</translation>
    </message>
    <message>
        <source>GB 3869 physical labour intensity, level I to IV</source>
        <translation>GB 3869 physical labour intensity, level I to IV</translation>
    </message>
    <message>
        <source>Level III and above is prohibited for interns (REG-2021 Art 16(7)).</source>
        <translation>Level III and above is prohibited for interns (REG-2021 Art 16(7)).</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Minors</translation>
    </message>
    <message>
        <source>Prohibited work for minors (under 18)</source>
        <translation>Prohibited work for minors (under 18)</translation>
    </message>
    <message>
        <source>Female students</source>
        <translation>Female students</translation>
    </message>
    <message>
        <source>Prohibited work for female employees</source>
        <translation>Prohibited work for female employees</translation>
    </message>
    <message>
        <source>Same-post wage (monthly)</source>
        <translation>Same-post wage (monthly)</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>On-post staff</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <source>Post title</source>
        <translation>Post title</translation>
    </message>
    <message>
        <source>Major category</source>
        <translation>Major category</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Hazards</translation>
    </message>
    <message>
        <source>Minors prohibited</source>
        <translation>Minors prohibited</translation>
    </message>
    <message>
        <source>Females prohibited</source>
        <translation>Females prohibited</translation>
    </message>
    <message>
        <source>Same-post wage ¥</source>
        <translation>Same-post wage ¥</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>On-post staff</translation>
    </message>
    <message>
        <source>Level III and above is prohibited for interns (REG-2021 Art 16(7)).</source>
        <translation>Level III and above is prohibited for interns (REG-2021 Art 16(7)).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Rule parameters (minimum wages, night window, caps) and the school profile will be edited here.</source>
        <translation>Rule parameters (minimum wages, night window, caps) and the school profile will be edited here.</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>The new language is used from the next start.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit mentor or supervisor</source>
        <translation>Edit mentor or supervisor</translation>
    </message>
    <message>
        <source>New mentor or supervisor</source>
        <translation>New mentor or supervisor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>type to search</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Position / title</source>
        <translation>Position / title</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Load limit</source>
        <translation>Load limit</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Most students or placements this person may guide; default: the rule setting</source>
        <translation>Most students or placements this person may guide; default: the rule setting</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>All mentors and supervisors</source>
        <translation>All mentors and supervisors</translation>
    </message>
    <message>
        <source>Enterprise mentors</source>
        <translation>Enterprise mentors</translation>
    </message>
    <message>
        <source>School supervisors</source>
        <translation>School supervisors</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Position / title</source>
        <translation>Position / title</translation>
    </message>
    <message>
        <source>Current load</source>
        <translation>Current load</translation>
    </message>
    <message>
        <source>Mentors and supervisors</source>
        <translation>Mentors and supervisors</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Students they supervise lose their school supervisor. This cannot be undone.</source>
        <translation>Delete %1 (%2)? Students they supervise lose their school supervisor. This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete mentor or supervisor</source>
        <translation>Delete mentor or supervisor</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Edit student</source>
        <translation>Edit student</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>New student</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Student number</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Home address</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Enrolment date</translation>
    </message>
    <message>
        <source>Study mode</source>
        <translation>Study mode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>School supervisor</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Guardians</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>e.g. father, mother</source>
        <translation>e.g. father, mother</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>Born %1, %2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>Student no.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Current enterprise</source>
        <translation>Current enterprise</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Search by name, ID number, class, phone or student number</source>
        <translation>Search by name, ID number, class, phone or student number</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Delete student %1 (%2)? This cannot be undone.</source>
        <translation>Delete student %1 (%2)? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation>Delete student</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
</TS>
