<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Jilin Apprentice</source>
        <translation>About Jilin Apprentice</translation>
    </message>
    <message>
        <source>Jilin Apprentice</source>
        <translation>Jilin Apprentice</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Offline internship and apprenticeship management for vocational schools. It uses the following free software and font; their licences are shown below and ship with the program.</source>
        <translation>Offline internship and apprenticeship management for vocational schools. It uses the following free software and font; their licences are shown below and ship with the program.</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copy versions</translation>
    </message>
    <message>
        <source>Copy the versions for a support request</source>
        <translation>Copy the versions for a support request</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>AgreementBatchDialog</name>
    <message>
        <source>Blocked by %1</source>
        <translation>Blocked by %1</translation>
    </message>
    <message>
        <source>Generate agreements</source>
        <translation>Generate agreements</translation>
    </message>
    <message numerus="yes">
        <source>All placements ready for an agreement (%n)</source>
        <translation>
            <numerusform>All placements ready for an agreement (%n)</numerusform>
            <numerusform>All placements ready for an agreement (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Placements of a class</source>
        <translation>Placements of a class</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>agreement: %1</source>
        <translation>agreement: %1</translation>
    </message>
    <message>
        <source>blocked by a rule</source>
        <translation>blocked by a rule</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) chosen</source>
        <translation>
            <numerusform>%n placement chosen</numerusform>
            <numerusform>%n placements chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating… the agreements are drawn on both processor cores.</source>
        <translation>Generating… the agreements are drawn on both processor cores.</translation>
    </message>
    <message>
        <source>Cancelling: the agreements being drawn are finished…</source>
        <translation>Cancelling: the agreements being drawn are finished…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>The batch stopped: %1</translation>
    </message>
    <message>
        <source>cancelled; the ones not started were left out</source>
        <translation>cancelled; the ones not started were left out</translation>
    </message>
    <message>
        <source>No failures.</source>
        <translation>No failures.</translation>
    </message>
    <message>
        <source>Failures and their reasons:</source>
        <translation>Failures and their reasons:</translation>
    </message>
</context>
<context>
    <name>AgreementColumns</name>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n agreement(s)</source>
        <translation>
            <numerusform>%1 of %n agreement</numerusform>
            <numerusform>%1 of %n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) generated</source>
        <translation>
            <numerusform>%n agreement generated</numerusform>
            <numerusform>%n agreements generated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Signed: %1</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>Still to sign: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>On paper</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Scanned copy</source>
        <translation>Scanned copy</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Record signed agreement</source>
        <translation>Record signed agreement</translation>
    </message>
    <message>
        <source>The agreement signed on paper by the school, the enterprise and the student (and the guardian of a minor).</source>
        <translation>The agreement signed on paper by the school, the enterprise and the student (and the guardian of a minor).</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Enter the agreement number.</source>
        <translation>Enter the agreement number.</translation>
    </message>
</context>
<context>
    <name>AgreementLabels</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Partially signed</source>
        <translation>Partially signed</translation>
    </message>
    <message>
        <source>Signed by all</source>
        <translation>Signed by all</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Drawn on screen</source>
        <translation>Drawn on screen</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Signature image</translation>
    </message>
    <message>
        <source>Seal image</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <source>Wet ink on paper</source>
        <translation>Wet ink on paper</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Number, student or enterprise (Ctrl+F)</source>
        <translation>Number, student or enterprise (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Waiting for signatures</source>
        <translation>Waiting for signatures</translation>
    </message>
    <message>
        <source>Generate for placement…</source>
        <translation>Generate for placement…</translation>
    </message>
    <message>
        <source>Generate for a class / all ready…</source>
        <translation>Generate for a class / all ready…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>Sign for a party…</source>
        <translation>Sign for a party…</translation>
    </message>
    <message>
        <source>School signature…</source>
        <translation>School signature…</translation>
    </message>
    <message>
        <source>Attach scanned copy…</source>
        <translation>Attach scanned copy…</translation>
    </message>
    <message>
        <source>Open scanned copy</source>
        <translation>Open scanned copy</translation>
    </message>
    <message>
        <source>Verify a PDF…</source>
        <translation>Verify a PDF…</translation>
    </message>
    <message>
        <source>School certificate…</source>
        <translation>School certificate…</translation>
    </message>
    <message>
        <source>Agreement wording…</source>
        <translation>Agreement wording…</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Signed: %1</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>Still to sign: %1</translation>
    </message>
    <message>
        <source>no PDF on file (recorded from a paper agreement)</source>
        <translation>no PDF on file (recorded from a paper agreement)</translation>
    </message>
    <message>
        <source>Not generated</source>
        <translation>Not generated</translation>
    </message>
    <message>
        <source>Agreement %1 generated: %2</source>
        <translation>Agreement %1 generated: %2</translation>
    </message>
    <message>
        <source>These rules block the placement, so the agreement cannot be made:</source>
        <translation>These rules block the placement, so the agreement cannot be made:</translation>
    </message>
    <message>
        <source>The file %1 is not there any more.</source>
        <translation>The file %1 is not there any more.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Not opened</translation>
    </message>
    <message>
        <source>Scanned signed copy</source>
        <translation>Scanned signed copy</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Not attached</translation>
    </message>
    <message>
        <source>Scanned copy attached: %1</source>
        <translation>Scanned copy attached: %1</translation>
    </message>
    <message>
        <source>The school has no signing certificate yet. Create or import it now?</source>
        <translation>The school has no signing certificate yet. Create or import it now?</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>No certificate</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Sign agreement %1 with the school&apos;s certificate.</source>
        <translation>Sign agreement %1 with the school&apos;s certificate.</translation>
    </message>
    <message>
        <source>School signature</source>
        <translation>School signature</translation>
    </message>
    <message>
        <source>Signed and archived: %1</source>
        <translation>Signed and archived: %1</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>Verify a PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (not in this database)</source>
        <translation>%1 (not in this database)</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>Allocate a class to openings</source>
        <translation>Allocate a class to openings</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Openings (default: open ones whose majors fit)</source>
        <translation>Openings (default: open ones whose majors fit)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Why not</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Accept all</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>%1 of %2 students placed; total score %3; %4 pairs checked by the rules.</source>
        <translation>%1 of %2 students placed; total score %3; %4 pairs checked by the rules.</translation>
    </message>
</context>
<context>
    <name>ApprenticeshipsPage</name>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <source>Monthly arrears</source>
        <translation>Monthly arrears</translation>
    </message>
    <message>
        <source>Enterprise (Ctrl+F)</source>
        <translation>Enterprise (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Only enterprises that owe</source>
        <translation>Only enterprises that owe</translation>
    </message>
    <message>
        <source>Record payments for this enterprise…</source>
        <translation>Record payments for this enterprise…</translation>
    </message>
    <message>
        <source>Confirmation sheet…</source>
        <translation>Confirmation sheet…</translation>
    </message>
    <message>
        <source>Import payroll sheet…</source>
        <translation>Import payroll sheet…</translation>
    </message>
    <message>
        <source>Open ledger</source>
        <translation>Open ledger</translation>
    </message>
    <message>
        <source>No pay was due in %1.</source>
        <translation>No pay was due in %1.</translation>
    </message>
    <message>
        <source>Choose an enterprise.</source>
        <translation>Choose an enterprise.</translation>
    </message>
    <message>
        <source>Placements of %1 in %2</source>
        <translation>Placements of %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) recorded for %1.</source>
        <translation>
            <numerusform>%n payment recorded for %1.</numerusform>
            <numerusform>%n payments recorded for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmation sheet not written</source>
        <translation>Confirmation sheet not written</translation>
    </message>
    <message numerus="yes">
        <source>Confirmation sheet with %n line(s) written to %1</source>
        <translation>
            <numerusform>Confirmation sheet with %n line written to %1</numerusform>
            <numerusform>Confirmation sheet with %n lines written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentListTab</name>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Site assessments</source>
        <translation>Site assessments</translation>
    </message>
    <message>
        <source>Enterprise or assessor (Ctrl+F)</source>
        <translation>Enterprise or assessor (Ctrl+F)</translation>
    </message>
    <message>
        <source>Record assessment…</source>
        <translation>Record assessment…</translation>
    </message>
    <message>
        <source>Only expired or expiring</source>
        <translation>Only expired or expiring</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Search values, fields, users</source>
        <translation>Search values, fields, users</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash: shows whether any entry was changed or deleted</source>
        <translation>Recompute every entry&apos;s hash: shows whether any entry was changed or deleted</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Show more</translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation>Show all entries</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Newest %1 entries shown</source>
        <translation>Newest %1 entries shown</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>up to entry %1</source>
        <translation>up to entry %1</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entry %1</translation>
    </message>
    <message>
        <source>Audit trail intact: all %1 entries match their hashes.</source>
        <translation>Audit trail intact: all %1 entries match their hashes.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>Entries before entry %1 were deleted.</source>
        <translation>Entries before entry %1 were deleted.</translation>
    </message>
    <message>
        <source>Entry %1 was added into the trail afterwards.</source>
        <translation>Entry %1 was added into the trail afterwards.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order.</source>
        <translation>Entry %1 is out of order.</translation>
    </message>
    <message>
        <source>Audit trail BROKEN.</source>
        <translation>Audit trail BROKEN.</translation>
    </message>
    <message>
        <source>%1 entries checked, %2 with a wrong hash, %3 broken links.</source>
        <translation>%1 entries checked, %2 with a wrong hash, %3 broken links.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>%1 entries exported to %2</source>
        <translation>%1 entries exported to %2</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Check integrity now</source>
        <translation>Check integrity now</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Double-click or press Enter to restore a backup</source>
        <translation>Double-click or press Enter to restore a backup</translation>
    </message>
    <message>
        <source>Daily (automatic)</source>
        <translation>Daily (automatic)</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Before an update</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Damaged database (set aside)</source>
        <translation>Damaged database (set aside)</translation>
    </message>
    <message>
        <source>The database is on a server: back it up with the server&apos;s own tools (pg_dump).</source>
        <translation>The database is on a server: back it up with the server&apos;s own tools (pg_dump).</translation>
    </message>
    <message>
        <source>A backup is made automatically once a day when the app starts, before an update and before a restore; the newest %1 of each kind are kept in %2. Back up to a USB stick now and then, and keep it somewhere else.</source>
        <translation>A backup is made automatically once a day when the app starts, before an update and before a restore; the newest %1 of each kind are kept in %2. Back up to a USB stick now and then, and keep it somewhere else.</translation>
    </message>
    <message>
        <source>Back up to which folder or USB stick?</source>
        <translation>Back up to which folder or USB stick?</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>Backup not made</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2)</source>
        <translation>Backup written: %1 (%2)</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Restore which backup?</translation>
    </message>
    <message>
        <source>Database backups (*.db);;All files (*)</source>
        <translation>Database backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <source>Students: %1, enterprises: %2, placements: %3, agreements: %4</source>
        <translation>Students: %1, enterprises: %2, placements: %3, agreements: %4</translation>
    </message>
    <message>
        <source>Last recorded change: %1</source>
        <translation>Last recorded change: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Size: %1</translation>
    </message>
    <message>
        <source>It is from an older version and will be updated.</source>
        <translation>It is from an older version and will be updated.</translation>
    </message>
    <message>
        <source>Restoring replaces ALL current data with this backup. The current database is backed up first. Restore it?</source>
        <translation>Restoring replaces ALL current data with this backup. The current database is backed up first. Restore it?</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>Cannot restore this file</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored.</source>
        <translation>The backup %1 is damaged and cannot be restored.</translation>
    </message>
    <message>
        <source>Restore backup?</source>
        <translation>Restore backup?</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>Restored. The data as it was before is in %1. Other pages show the restored data when you open them again.</source>
        <translation>Restored. The data as it was before is in %1. Other pages show the restored data when you open them again.</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <source>Integrity check passed at %1: the database is sound.</source>
        <translation>Integrity check passed at %1: the database is sound.</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>The database is damaged: %1</translation>
    </message>
    <message>
        <source>Restore the newest good backup: %1</source>
        <translation>Restore the newest good backup: %1</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch placement for a class</source>
        <translation>Batch placement for a class</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Batch name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>%1 draft placements created.</source>
        <translation>%1 draft placements created.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BoardTexts</name>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Majors wanted</source>
        <translation>Majors wanted</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>Openings</translation>
    </message>
    <message>
        <source>major wanted</source>
        <translation>major wanted</translation>
    </message>
    <message>
        <source>same 专业大类</source>
        <translation>same 专业大类</translation>
    </message>
    <message>
        <source>other major</source>
        <translation>other major</translation>
    </message>
    <message>
        <source>wants this enterprise</source>
        <translation>wants this enterprise</translation>
    </message>
    <message>
        <source>wants this industry</source>
        <translation>wants this industry</translation>
    </message>
    <message>
        <source>wants this city</source>
        <translation>wants this city</translation>
    </message>
    <message>
        <source>final year</source>
        <translation>final year</translation>
    </message>
    <message>
        <source>not final year</source>
        <translation>not final year</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>availability</translation>
    </message>
    <message>
        <source>availability unknown</source>
        <translation>availability unknown</translation>
    </message>
    <message>
        <source>major not wanted</source>
        <translation>major not wanted</translation>
    </message>
    <message>
        <source>grade year not wanted</source>
        <translation>grade year not wanted</translation>
    </message>
    <message>
        <source>another placement on these dates</source>
        <translation>another placement on these dates</translation>
    </message>
    <message>
        <source>not available for the whole period</source>
        <translation>not available for the whole period</translation>
    </message>
    <message>
        <source>the places they could take went to others</source>
        <translation>the places they could take went to others</translation>
    </message>
    <message>
        <source>not an enrolled full-time student</source>
        <translation>not an enrolled full-time student</translation>
    </message>
    <message>
        <source>no opening chosen</source>
        <translation>no opening chosen</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <source>Not suggested: %1</source>
        <translation>Not suggested: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Post internship</source>
        <translation>Post internship</translation>
    </message>
    <message>
        <source>Cognitive internship</source>
        <translation>Cognitive internship</translation>
    </message>
    <message>
        <source>/month</source>
        <translation>/month</translation>
    </message>
    <message>
        <source>/day</source>
        <translation>/day</translation>
    </message>
    <message>
        <source>/hour</source>
        <translation>/hour</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>per hour</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>%1 places remain; the interns caps (R-CAP-1/2) allow %2 now.</source>
        <translation>%1 places remain; the interns caps (R-CAP-1/2) allow %2 now.</translation>
    </message>
    <message>
        <source>%1 places remain.</source>
        <translation>%1 places remain.</translation>
    </message>
</context>
<context>
    <name>BulkPayDialog</name>
    <message>
        <source>Record payments for %1</source>
        <translation>Record payments for %1</translation>
    </message>
    <message>
        <source>%1: pay for %2. Untick the interns this payment run did not include.</source>
        <translation>%1: pay for %2. Untick the interns this payment run did not include.</translation>
    </message>
    <message>
        <source>Paid on (all lines)</source>
        <translation>Paid on (all lines)</translation>
    </message>
    <message>
        <source>Record payments</source>
        <translation>Record payments</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Still due</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ticked lines are recorded</source>
        <translation>Ticked lines are recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), %1 in all</source>
        <translation>
            <numerusform>%n payment, %1 in all</numerusform>
            <numerusform>%n payments, %1 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n line(s) have problems.</source>
        <translation>
            <numerusform>Nothing was saved: %n line have problems.</numerusform>
            <numerusform>Nothing was saved: %n lines have problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPatternDialog</name>
    <message>
        <source>Calendar pattern</source>
        <translation>Calendar pattern</translation>
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
        <source>First block</source>
        <translation>First block</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>At school</translation>
    </message>
    <message>
        <source>At the enterprise</source>
        <translation>At the enterprise</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Weeks at school</source>
        <translation>Weeks at school</translation>
    </message>
    <message>
        <source>Weeks at the enterprise</source>
        <translation>Weeks at the enterprise</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Weekdays worked</source>
        <translation>Weekdays worked</translation>
    </message>
    <message>
        <source>Hours a day at the enterprise</source>
        <translation>Hours a day at the enterprise</translation>
    </message>
    <message>
        <source>Hours a day at school</source>
        <translation>Hours a day at school</translation>
    </message>
    <message>
        <source>Use a recurrence rule instead of weekly blocks</source>
        <translation>Use a recurrence rule instead of weekly blocks</translation>
    </message>
    <message>
        <source>RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=TU,TH: the other weekdays are school days.</source>
        <translation>RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=TU,TH: the other weekdays are school days.</translation>
    </message>
    <message>
        <source>Enterprise days (recurrence rule)</source>
        <translation>Enterprise days (recurrence rule)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>%1 days at the enterprise, %2 at school (before public holidays and leave).</source>
        <translation>%1 days at the enterprise, %2 at school (before public holidays and leave).</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>At the enterprise</source>
        <translation>At the enterprise</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>At school</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Apprentice</source>
        <translation>&amp;Apprentice</translation>
    </message>
    <message>
        <source>Pattern…</source>
        <translation>Pattern…</translation>
    </message>
    <message>
        <source>Generate calendar</source>
        <translation>Generate calendar</translation>
    </message>
    <message>
        <source>Set day type…</source>
        <translation>Set day type…</translation>
    </message>
    <message>
        <source>Mark leave…</source>
        <translation>Mark leave…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Ent</source>
        <translation>Ent</translation>
    </message>
    <message>
        <source>Sch</source>
        <translation>Sch</translation>
    </message>
    <message>
        <source>Hol</source>
        <translation>Hol</translation>
    </message>
    <message>
        <source>Lv</source>
        <translation>Lv</translation>
    </message>
    <message>
        <source>◥ set by hand (kept when the calendar is generated again)</source>
        <translation>◥ set by hand (kept when the calendar is generated again)</translation>
    </message>
    <message>
        <source>Working-time findings</source>
        <translation>Working-time findings</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>Choose a programme and an apprentice.</source>
        <translation>Choose a programme and an apprentice.</translation>
    </message>
    <message>
        <source>No days yet: set the pattern and generate the calendar.</source>
        <translation>No days yet: set the pattern and generate the calendar.</translation>
    </message>
    <message>
        <source>At the enterprise: %1 days, %2 h</source>
        <translation>At the enterprise: %1 days, %2 h</translation>
    </message>
    <message>
        <source>At school: %1 days, %2 h</source>
        <translation>At school: %1 days, %2 h</translation>
    </message>
    <message>
        <source>Public holidays: %1 · Leave: %2</source>
        <translation>Public holidays: %1 · Leave: %2</translation>
    </message>
    <message>
        <source>Enterprise share of the training hours: %1 %</source>
        <translation>Enterprise share of the training hours: %1 %</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>No working-time problems found.</source>
        <translation>No working-time problems found.</translation>
    </message>
    <message>
        <source>(%1; %2 in all)</source>
        <translation>(%1; %2 in all)</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <source>Selected: %1 days, %2 – %3</source>
        <translation>Selected: %1 days, %2 – %3</translation>
    </message>
    <message>
        <source>Pattern saved. Generate the calendar to apply it.</source>
        <translation>Pattern saved. Generate the calendar to apply it.</translation>
    </message>
    <message>
        <source>Generate the calendar of every apprentice of this programme? Generated days are replaced; days set by hand (leave, corrections) are kept.</source>
        <translation>Generate the calendar of every apprentice of this programme? Generated days are replaced; days set by hand (leave, corrections) are kept.</translation>
    </message>
    <message>
        <source>Calendar not generated</source>
        <translation>Calendar not generated</translation>
    </message>
    <message>
        <source>%1 days generated for %2 apprentice(s); %3 day(s) set by hand kept.</source>
        <translation>%1 days generated for %2 apprentice(s); %3 day(s) set by hand kept.</translation>
    </message>
    <message>
        <source>%1 day(s) changed.</source>
        <translation>%1 day(s) changed.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Day type</source>
        <translation>Day type</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Set by hand</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>School certificate</source>
        <translation>School certificate</translation>
    </message>
    <message>
        <source>Current certificate</source>
        <translation>Current certificate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>e.g. the school&apos;s name and &quot;agreements&quot;</source>
        <translation>e.g. the school&apos;s name and &quot;agreements&quot;</translation>
    </message>
    <message>
        <source>Create certificate</source>
        <translation>Create certificate</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Valid for (years)</source>
        <translation>Valid for (years)</translation>
    </message>
    <message>
        <source>The .p12 or .pfx file</source>
        <translation>The .p12 or .pfx file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Import certificate</source>
        <translation>Import certificate</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>Create a new certificate</translation>
    </message>
    <message>
        <source>Import a .p12 file</source>
        <translation>Import a .p12 file</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) known here: files signed with any of them still verify.</source>
        <translation>
            <numerusform>%n certificate known here: files signed with any of them still verify.</numerusform>
            <numerusform>%n certificates known here: files signed with any of them still verify.</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet: create one below or import the school&apos;s.</source>
        <translation>None yet: create one below or import the school&apos;s.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expired)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>Certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Replace the school certificate %1? Files signed with it will still verify; new files will be signed with the new one.</source>
        <translation>Replace the school certificate %1? Files signed with it will still verify; new files will be signed with the new one.</translation>
    </message>
    <message>
        <source>Replace certificate</source>
        <translation>Replace certificate</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <source>Certificate %1 created. Keep its password safe.</source>
        <translation>Certificate %1 created. Keep its password safe.</translation>
    </message>
    <message>
        <source>Choose the certificate file first.</source>
        <translation>Choose the certificate file first.</translation>
    </message>
    <message>
        <source>Certificate %1 imported.</source>
        <translation>Certificate %1 imported.</translation>
    </message>
</context>
<context>
    <name>CertificateLabels</name>
    <message>
        <source>Primary (level 5)</source>
        <translation>Primary (level 5)</translation>
    </message>
    <message>
        <source>Intermediate (level 4)</source>
        <translation>Intermediate (level 4)</translation>
    </message>
    <message>
        <source>Advanced (level 3)</source>
        <translation>Advanced (level 3)</translation>
    </message>
    <message>
        <source>Technician (level 2)</source>
        <translation>Technician (level 2)</translation>
    </message>
    <message>
        <source>Senior technician (level 1)</source>
        <translation>Senior technician (level 1)</translation>
    </message>
</context>
<context>
    <name>CertificateRecordDialog</name>
    <message>
        <source>Edit certificate</source>
        <translation>Edit certificate</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>New certificate</translation>
    </message>
    <message>
        <source>Name, number or class</source>
        <translation>Name, number or class</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Shortage occupation (紧缺急需)</source>
        <translation>Shortage occupation (紧缺急需)</translation>
    </message>
    <message>
        <source>The certificate subsidy rises by 30 % for shortage occupations (JL-48 §(15)).</source>
        <translation>The certificate subsidy rises by 30 % for shortage occupations (JL-48 §(15)).</translation>
    </message>
</context>
<context>
    <name>CertificateTexts</name>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Subsidy eligibility</source>
        <translation>Subsidy eligibility</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Certificate subsidy</source>
        <translation>Certificate subsidy</translation>
    </message>
    <message>
        <source>Technician training subsidy</source>
        <translation>Technician training subsidy</translation>
    </message>
    <message>
        <source>Apprenticeship training subsidy (enterprise)</source>
        <translation>Apprenticeship training subsidy (enterprise)</translation>
    </message>
    <message>
        <source>Enterprise employee with a labour contract on the issue date</source>
        <translation>Enterprise employee with a labour contract on the issue date</translation>
    </message>
    <message>
        <source>Employee; shortage occupation: +30 %</source>
        <translation>Employee; shortage occupation: +30 %</translation>
    </message>
    <message>
        <source>No labour contract: a school student is not an insured enterprise employee</source>
        <translation>No labour contract: a school student is not an insured enterprise employee</translation>
    </message>
    <message>
        <source>Issued outside the labour contract</source>
        <translation>Issued outside the labour contract</translation>
    </message>
    <message>
        <source>This level is in no subsidy scheme</source>
        <translation>This level is in no subsidy scheme</translation>
    </message>
    <message>
        <source>No subsidy rule is stored for that date</source>
        <translation>No subsidy rule is stored for that date</translation>
    </message>
    <message>
        <source>Training year of an enterprise new-type apprentice</source>
        <translation>Training year of an enterprise new-type apprentice</translation>
    </message>
    <message>
        <source>Training year cut short by the end date; the city decides</source>
        <translation>Training year cut short by the end date; the city decides</translation>
    </message>
    <message>
        <source>The apprenticeship is still a draft</source>
        <translation>The apprenticeship is still a draft</translation>
    </message>
    <message>
        <source>Labour contract shorter than a year (R-APP-4)</source>
        <translation>Labour contract shorter than a year (R-APP-4)</translation>
    </message>
    <message>
        <source>Only enterprise new-type apprenticeships qualify</source>
        <translation>Only enterprise new-type apprenticeships qualify</translation>
    </message>
    <message>
        <source>Training year %1 (%2 – %3)</source>
        <translation>Training year %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>at least %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Shortage occupation</source>
        <translation>Shortage occupation</translation>
    </message>
    <message>
        <source>Subsidy received on</source>
        <translation>Subsidy received on</translation>
    </message>
    <message>
        <source>Subsidy received</source>
        <translation>Subsidy received</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>CertificatesList</name>
    <message>
        <source>Student, occupation or number (Ctrl+F)</source>
        <translation>Student, occupation or number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only without subsidy received</source>
        <translation>Only without subsidy received</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>New certificate</translation>
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
        <source>Subsidy received…</source>
        <translation>Subsidy received…</translation>
    </message>
    <message>
        <source>Delete the %1 certificate of %2?</source>
        <translation>Delete the %1 certificate of %2?</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Delete certificate</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>ChangePostDialog</name>
    <message>
        <source>Change post or enterprise</source>
        <translation>Change post or enterprise</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Name…</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
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
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Choose the new post.</source>
        <translation>Choose the new post.</translation>
    </message>
    <message>
        <source>Enter the reason; it stays on the record.</source>
        <translation>Enter the reason; it stays on the record.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the figures as a table</source>
        <translation>Show the figures as a table</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Subsidy received</source>
        <translation>Subsidy received</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Eligible amount: %1</source>
        <translation>Eligible amount: %1</translation>
    </message>
    <message>
        <source>The eligibility report finds no subsidy for this certificate.</source>
        <translation>The eligibility report finds no subsidy for this certificate.</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Amount received</translation>
    </message>
</context>
<context>
    <name>CohortList</name>
    <message>
        <source>Enrol students…</source>
        <translation>Enrol students…</translation>
    </message>
    <message>
        <source>Edit apprentice</source>
        <translation>Edit apprentice</translation>
    </message>
    <message>
        <source>Remove from programme</source>
        <translation>Remove from programme</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Progress…</translation>
    </message>
    <message>
        <source>Remove %1 from the programme? The enrolment and the recorded progress are deleted.</source>
        <translation>Remove %1 from the programme? The enrolment and the recorded progress are deleted.</translation>
    </message>
    <message>
        <source>Remove apprentice</source>
        <translation>Remove apprentice</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Not removed</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Reload to see their changes (yours will be lost) or keep editing?</source>
        <translation>Someone else changed this record since you opened it. Reload to see their changes (yours will be lost) or keep editing?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Add consent</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <source>e.g. wage card for internship pay</source>
        <translation>e.g. wage card for internship pay</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
</context>
<context>
    <name>CoverDialog</name>
    <message>
        <source>Cover a class</source>
        <translation>Cover a class</translation>
    </message>
    <message>
        <source>Cover placements</source>
        <translation>Cover placements</translation>
    </message>
    <message>
        <source>Choose a class…</source>
        <translation>Choose a class…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>Every placement of the class (except terminated ones) is covered for the days it shares with the policy period. Students already covered are not added twice.</source>
        <translation>Every placement of the class (except terminated ones) is covered for the days it shares with the policy period. Students already covered are not added twice.</translation>
    </message>
    <message>
        <source>Student, class or enterprise</source>
        <translation>Student, class or enterprise</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>Tick all shown</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <source>Placements that overlap the policy period.</source>
        <translation>Placements that overlap the policy period.</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) ticked</source>
        <translation>
            <numerusform>%n placement ticked</numerusform>
            <numerusform>%n placements ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoveredDialog</name>
    <message>
        <source>Covered students</source>
        <translation>Covered students</translation>
    </message>
    <message>
        <source>Take off the policy…</source>
        <translation>Take off the policy…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop covering %n row(s) under this policy?</source>
        <translation>
            <numerusform>Stop covering %n row under this policy?</numerusform>
            <numerusform>Stop covering %n rows under this policy?</numerusform>
        </translation>
    </message>
    <message>
        <source>Take off the policy</source>
        <translation>Take off the policy</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved completely or not at all, so at most the last action was not carried out. You can keep working; if it happens again, restart the program and send the log file to whoever supports you.</source>
        <translation>Something went wrong. Your data is safe: every change is saved completely or not at all, so at most the last action was not carried out. You can keep working; if it happens again, restart the program and send the log file to whoever supports you.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DayTypeDialog</name>
    <message>
        <source>Set day type</source>
        <translation>Set day type</translation>
    </message>
    <message>
        <source>%1 day(s): %2</source>
        <translation>%1 day(s): %2</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Day type</source>
        <translation>Day type</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DeductionsEditor</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Add deduction</source>
        <translation>Add deduction</translation>
    </message>
    <message>
        <source>Remove deduction</source>
        <translation>Remove deduction</translation>
    </message>
    <message>
        <source>Fees, commissions and insurance premiums may not be deducted from pay; they are recorded as evidence and reported (R-PAY-6).</source>
        <translation>Fees, commissions and insurance premiums may not be deducted from pay; they are recorded as evidence and reported (R-PAY-6).</translation>
    </message>
</context>
<context>
    <name>EligibilityList</name>
    <message>
        <source>Student, enterprise or occupation (Ctrl+F)</source>
        <translation>Student, enterprise or occupation (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only eligible</source>
        <translation>Only eligible</translation>
    </message>
    <message>
        <source>Only eligible and not received</source>
        <translation>Only eligible and not received</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NOT verified</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol students: %1</source>
        <translation>Enrol students: %1</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Contract from</source>
        <translation>Contract from</translation>
    </message>
    <message>
        <source>Contract to</source>
        <translation>Contract to</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>Monthly wage</translation>
    </message>
    <message>
        <source>Another student</source>
        <translation>Another student</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
</context>
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
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
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
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation by the enterprise mentor</source>
        <translation>Evaluation by the enterprise mentor</translation>
    </message>
    <message>
        <source>Evaluation by the school supervisor</source>
        <translation>Evaluation by the school supervisor</translation>
    </message>
    <message>
        <source>School and enterprise assess jointly, process and result together; the student must not be assessed simply by the enterprise&apos;s attendance system or employee standards (REG-2021 Art 27, R-EVAL-1).</source>
        <translation>School and enterprise assess jointly, process and result together; the student must not be assessed simply by the enterprise&apos;s attendance system or employee standards (REG-2021 Art 27, R-EVAL-1).</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Weighted score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>EvaluationLabels</name>
    <message>
        <source>Attitude and discipline</source>
        <translation>Attitude and discipline</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Professional skills</translation>
    </message>
    <message>
        <source>Safety awareness</source>
        <translation>Safety awareness</translation>
    </message>
    <message>
        <source>Teamwork and communication</source>
        <translation>Teamwork and communication</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>Enterprise mentor</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>School supervisor</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Enterprise score</source>
        <translation>Enterprise score</translation>
    </message>
    <message>
        <source>School score</source>
        <translation>School score</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Combined</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Student, class or enterprise (Ctrl+F)</source>
        <translation>Student, class or enterprise (Ctrl+F)</translation>
    </message>
    <message>
        <source>Evaluate as enterprise mentor…</source>
        <translation>Evaluate as enterprise mentor…</translation>
    </message>
    <message>
        <source>Evaluate as school supervisor…</source>
        <translation>Evaluate as school supervisor…</translation>
    </message>
    <message>
        <source>Open placement</source>
        <translation>Open placement</translation>
    </message>
    <message>
        <source>Only incomplete</source>
        <translation>Only incomplete</translation>
    </message>
    <message>
        <source>The grade combines the enterprise mentor&apos;s and the school supervisor&apos;s rubric; it must not simply apply the enterprise&apos;s attendance record or employee standards (REG-2021 Art 27, R-EVAL-1).</source>
        <translation>The grade combines the enterprise mentor&apos;s and the school supervisor&apos;s rubric; it must not simply apply the enterprise&apos;s attendance record or employee standards (REG-2021 Art 27, R-EVAL-1).</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <source>%1: %2 points, %3.</source>
        <translation>%1: %2 points, %3.</translation>
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
        <source>Monthly mentor allowance</source>
        <translation>Monthly mentor allowance</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>Skill level</translation>
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
    <message>
        <source>Placement type</source>
        <translation>Placement type</translation>
    </message>
    <message>
        <source>Arranged by</source>
        <translation>Arranged by</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>Enterprise mentor</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>School supervisor</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>Independence</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Hours per day</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Days per week</translation>
    </message>
    <message>
        <source>Shift start</source>
        <translation>Shift start</translation>
    </message>
    <message>
        <source>Shift end</source>
        <translation>Shift end</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Overtime</translation>
    </message>
    <message>
        <source>Work on rest days</source>
        <translation>Work on rest days</translation>
    </message>
    <message>
        <source>Work on public holidays</source>
        <translation>Work on public holidays</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Pay unit</source>
        <translation>Pay unit</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Pay cycle (days)</source>
        <translation>Pay cycle (days)</translation>
    </message>
    <message>
        <source>Payday</source>
        <translation>Payday</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Informed consent</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>Consent signed on</translation>
    </message>
    <message>
        <source>Self-choice application</source>
        <translation>Self-choice application</translation>
    </message>
    <message>
        <source>School approval date</source>
        <translation>School approval date</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <source>Guardian consent to own lodging</source>
        <translation>Guardian consent to own lodging</translation>
    </message>
    <message>
        <source>Lodging filing reference</source>
        <translation>Lodging filing reference</translation>
    </message>
    <message>
        <source>Cross-province approval</source>
        <translation>Cross-province approval</translation>
    </message>
    <message>
        <source>Filing reference</source>
        <translation>Filing reference</translation>
    </message>
    <message>
        <source>Safety training</source>
        <translation>Safety training</translation>
    </message>
    <message>
        <source>Tripartite agreement</source>
        <translation>Tripartite agreement</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Exception reason</source>
        <translation>Exception reason</translation>
    </message>
    <message>
        <source>Exception filing reference</source>
        <translation>Exception filing reference</translation>
    </message>
    <message>
        <source>Exception filed on</source>
        <translation>Exception filed on</translation>
    </message>
    <message>
        <source>Exception approved by</source>
        <translation>Exception approved by</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Apprenticeship</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Date of change</source>
        <translation>Date of change</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation>Policy type</translation>
    </message>
    <message>
        <source>Premium paid by</source>
        <translation>Premium paid by</translation>
    </message>
    <message>
        <source>Sum insured per person</source>
        <translation>Sum insured per person</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>Policy document</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>Date of the incident</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Injury</translation>
    </message>
    <message>
        <source>Reported to the insurer on</source>
        <translation>Reported to the insurer on</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>Claim number</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Claim status</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Mentor or teacher</source>
        <translation>Mentor or teacher</translation>
    </message>
    <message>
        <source>Kind of pay</source>
        <translation>Kind of pay</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Teaching hours</source>
        <translation>Teaching hours</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Certificate level</source>
        <translation>Certificate level</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <source>Subsidy claimed on</source>
        <translation>Subsidy claimed on</translation>
    </message>
    <message>
        <source>Subsidy received</source>
        <translation>Subsidy received</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>First block</source>
        <translation>First block</translation>
    </message>
    <message>
        <source>Weeks at school</source>
        <translation>Weeks at school</translation>
    </message>
    <message>
        <source>Weeks at the enterprise</source>
        <translation>Weeks at the enterprise</translation>
    </message>
    <message>
        <source>Weekdays worked</source>
        <translation>Weekdays worked</translation>
    </message>
    <message>
        <source>Hours a day at the enterprise</source>
        <translation>Hours a day at the enterprise</translation>
    </message>
    <message>
        <source>Hours a day at school</source>
        <translation>Hours a day at school</translation>
    </message>
    <message>
        <source>Enterprise days (recurrence rule)</source>
        <translation>Enterprise days (recurrence rule)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Day type</source>
        <translation>Day type</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>Pay period</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>Deduction type</source>
        <translation>Deduction type</translation>
    </message>
    <message>
        <source>Deduction amount</source>
        <translation>Deduction amount</translation>
    </message>
    <message>
        <source>Reason for the deduction</source>
        <translation>Reason for the deduction</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Log text</source>
        <translation>Log text</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <source>Logbook entry</source>
        <translation>Logbook entry</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>Certificate name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <source>Days valid</source>
        <translation>Days valid</translation>
    </message>
    <message>
        <source>Programme type</source>
        <translation>Programme type</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Training agreement number</source>
        <translation>Training agreement number</translation>
    </message>
    <message>
        <source>Training agreement signed on</source>
        <translation>Training agreement signed on</translation>
    </message>
    <message>
        <source>Target skill level</source>
        <translation>Target skill level</translation>
    </message>
    <message>
        <source>School mentor</source>
        <translation>School mentor</translation>
    </message>
    <message>
        <source>Labour contract from</source>
        <translation>Labour contract from</translation>
    </message>
    <message>
        <source>Labour contract to</source>
        <translation>Labour contract to</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>Monthly wage</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <source>Taught at</source>
        <translation>Taught at</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Rotation from</source>
        <translation>Rotation from</translation>
    </message>
    <message>
        <source>Rotation to</source>
        <translation>Rotation to</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation>Hours done</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Date of the visit</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Working environment</source>
        <translation>Working environment</translation>
    </message>
    <message>
        <source>Safety protection</source>
        <translation>Safety protection</translation>
    </message>
    <message>
        <source>Pay received</source>
        <translation>Pay received</translation>
    </message>
    <message>
        <source>Talked to the student</source>
        <translation>Talked to the student</translation>
    </message>
    <message>
        <source>Students seen</source>
        <translation>Students seen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Every (weeks)</source>
        <translation>Every (weeks)</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>Assessment report</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Evaluating side</source>
        <translation>Evaluating side</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Evaluator</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Evaluated on</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Attitude and discipline</source>
        <translation>Attitude and discipline</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Professional skills</translation>
    </message>
    <message>
        <source>Safety awareness</source>
        <translation>Safety awareness</translation>
    </message>
    <message>
        <source>Teamwork and communication</source>
        <translation>Teamwork and communication</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Majors wanted</source>
        <translation>Majors wanted</translation>
    </message>
    <message>
        <source>Grade years</source>
        <translation>Grade years</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Available from</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Available until</translation>
    </message>
    <message>
        <source>Preferred industries</source>
        <translation>Preferred industries</translation>
    </message>
    <message>
        <source>Preferred cities</source>
        <translation>Preferred cities</translation>
    </message>
    <message>
        <source>Preferred enterprises</source>
        <translation>Preferred enterprises</translation>
    </message>
    <message>
        <source>Export kind</source>
        <translation>Export kind</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Output file</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
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
        <source>Address</source>
        <translation>Address</translation>
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
        <source>Training base</source>
        <translation>Training base</translation>
    </message>
    <message>
        <source>Intermediary or dispatch agency</source>
        <translation>Intermediary or dispatch agency</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>Major category</source>
        <translation>Major category</translation>
    </message>
    <message>
        <source>Closed to minors</source>
        <translation>Closed to minors</translation>
    </message>
    <message>
        <source>Closed to women</source>
        <translation>Closed to women</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Statistics year</source>
        <translation>Statistics year</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Entries per page</source>
        <translation>Entries per page</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>First entry</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Acknowledged on</translation>
    </message>
    <message>
        <source>Left school on</source>
        <translation>Left school on</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>May see full personal data</source>
        <translation>May see full personal data</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>{message} ({cite}).</source>
        <translation>{message} ({cite}).</translation>
    </message>
    <message>
        <source>{finding} Allowed by the exception filed in advance under {override} ({cite}).</source>
        <translation>{finding} Allowed by the exception filed in advance under {override} ({cite}).</translation>
    </message>
    <message>
        <source>REG-2021 Art 17 lead-in</source>
        <translation>REG-2021 Art 17 lead-in</translation>
    </message>
    <message>
        <source>Rule {rule_id} reported a problem.</source>
        <translation>Rule {rule_id} reported a problem.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not a full-time student</source>
        <translation>Not a full-time student</translation>
    </message>
    <message>
        <source>Self-chosen observation internship</source>
        <translation>Self-chosen observation internship</translation>
    </message>
    <message>
        <source>Under 16 at the start date</source>
        <translation>Under 16 at the start date</translation>
    </message>
    <message>
        <source>First-year student</source>
        <translation>First-year student</translation>
    </message>
    <message>
        <source>Post prohibited for minors</source>
        <translation>Post prohibited for minors</translation>
    </message>
    <message>
        <source>No health check for a minor</source>
        <translation>No health check for a minor</translation>
    </message>
    <message>
        <source>Under 16: educational practice only</source>
        <translation>Under 16: educational practice only</translation>
    </message>
    <message>
        <source>Informed consent not signed</source>
        <translation>Informed consent not signed</translation>
    </message>
    <message>
        <source>Self-chosen placement not approved</source>
        <translation>Self-chosen placement not approved</translation>
    </message>
    <message>
        <source>Post does not fit the major</source>
        <translation>Post does not fit the major</translation>
    </message>
    <message>
        <source>Only simple repetitive work</source>
        <translation>Only simple repetitive work</translation>
    </message>
    <message>
        <source>Enterprise not assessed</source>
        <translation>Enterprise not assessed</translation>
    </message>
    <message>
        <source>Longer than six months in total</source>
        <translation>Longer than six months in total</translation>
    </message>
    <message>
        <source>Approval or filing missing</source>
        <translation>Approval or filing missing</translation>
    </message>
    <message>
        <source>Own lodging without consent or filing</source>
        <translation>Own lodging without consent or filing</translation>
    </message>
    <message>
        <source>Tripartite agreement not signed</source>
        <translation>Tripartite agreement not signed</translation>
    </message>
    <message>
        <source>Working hours over the limit</source>
        <translation>Working hours over the limit</translation>
    </message>
    <message>
        <source>Night shift or overtime</source>
        <translation>Night shift or overtime</translation>
    </message>
    <message>
        <source>Work on rest days or holidays</source>
        <translation>Work on rest days or holidays</translation>
    </message>
    <message>
        <source>Working-time exception not valid</source>
        <translation>Working-time exception not valid</translation>
    </message>
    <message>
        <source>No pay set</source>
        <translation>No pay set</translation>
    </message>
    <message>
        <source>Pay below the 80% floor</source>
        <translation>Pay below the 80% floor</translation>
    </message>
    <message>
        <source>Pay not in money to the student</source>
        <translation>Pay not in money to the student</translation>
    </message>
    <message>
        <source>Paid less often than monthly</source>
        <translation>Paid less often than monthly</translation>
    </message>
    <message>
        <source>Pay below the minimum wage</source>
        <translation>Pay below the minimum wage</translation>
    </message>
    <message>
        <source>Minimum-wage table missing or outdated</source>
        <translation>Minimum-wage table missing or outdated</translation>
    </message>
    <message>
        <source>Entertainment venue</source>
        <translation>Entertainment venue</translation>
    </message>
    <message>
        <source>High-risk post</source>
        <translation>High-risk post</translation>
    </message>
    <message>
        <source>Heavy physical labour</source>
        <translation>Heavy physical labour</translation>
    </message>
    <message>
        <source>Post prohibited for women</source>
        <translation>Post prohibited for women</translation>
    </message>
    <message>
        <source>Intermediary or labour dispatch</source>
        <translation>Intermediary or labour dispatch</translation>
    </message>
    <message>
        <source>Too many interns at the enterprise</source>
        <translation>Too many interns at the enterprise</translation>
    </message>
    <message>
        <source>Too many interns on the post</source>
        <translation>Too many interns on the post</translation>
    </message>
    <message>
        <source>Enterprise under credit restriction</source>
        <translation>Enterprise under credit restriction</translation>
    </message>
    <message>
        <source>Insurance does not cover the period</source>
        <translation>Insurance does not cover the period</translation>
    </message>
    <message>
        <source>Supervisor or mentor missing</source>
        <translation>Supervisor or mentor missing</translation>
    </message>
    <message>
        <source>No safety training</source>
        <translation>No safety training</translation>
    </message>
    <message>
        <source>No apprenticeship-training agreement</source>
        <translation>No apprenticeship-training agreement</translation>
    </message>
    <message>
        <source>Labour contract too short</source>
        <translation>Labour contract too short</translation>
    </message>
    <message>
        <source>Apprenticeship too short or too long</source>
        <translation>Apprenticeship too short or too long</translation>
    </message>
    <message>
        <source>Apprentice wage below the minimum</source>
        <translation>Apprentice wage below the minimum</translation>
    </message>
    <message>
        <source>REG-2021 Art 2, Art 49</source>
        <translation>REG-2021 Art 2, Art 49</translation>
    </message>
    <message>
        <source>REG-2021 Art 9 para 2</source>
        <translation>REG-2021 Art 9 para 2</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(2), Art 47 para 2</source>
        <translation>REG-2021 Art 16(2), Art 47 para 2</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(1)</source>
        <translation>REG-2021 Art 16(1)</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(3); LABOUR Art 64</source>
        <translation>REG-2021 Art 16(3); LABOUR Art 64</translation>
    </message>
    <message>
        <source>LABOUR Art 65, as reference</source>
        <translation>LABOUR Art 65, as reference</translation>
    </message>
    <message>
        <source>CHILD Art 13 para 2</source>
        <translation>CHILD Art 13 para 2</translation>
    </message>
    <message>
        <source>REG-2021 Art 9 para 1</source>
        <translation>REG-2021 Art 9 para 1</translation>
    </message>
    <message>
        <source>REG-2021 Art 9 para 1, Art 10</source>
        <translation>REG-2021 Art 9 para 1, Art 10</translation>
    </message>
    <message>
        <source>VEL-2022 Art 50; REG-2021 Art 8 para 3</source>
        <translation>VEL-2022 Art 50; REG-2021 Art 8 para 3</translation>
    </message>
    <message>
        <source>VEL-2022 Art 50 para 2</source>
        <translation>VEL-2022 Art 50 para 2</translation>
    </message>
    <message>
        <source>REG-2021 Art 8 para 3</source>
        <translation>REG-2021 Art 8 para 3</translation>
    </message>
    <message>
        <source>REG-2021 Art 12</source>
        <translation>REG-2021 Art 12</translation>
    </message>
    <message>
        <source>REG-2021 Arts 6, 7</source>
        <translation>REG-2021 Arts 6, 7</translation>
    </message>
    <message>
        <source>REG-2021 Art 24 para 2, Arts 25, 5</source>
        <translation>REG-2021 Art 24 para 2, Arts 25, 5</translation>
    </message>
    <message>
        <source>REG-2021 Art 24 para 2</source>
        <translation>REG-2021 Art 24 para 2</translation>
    </message>
    <message>
        <source>REG-2021 Art 5</source>
        <translation>REG-2021 Art 5</translation>
    </message>
    <message>
        <source>REG-2021 Art 24 para 1</source>
        <translation>REG-2021 Art 24 para 1</translation>
    </message>
    <message>
        <source>REG-2021 Art 14; VEL-2022 Art 50</source>
        <translation>REG-2021 Art 14; VEL-2022 Art 50</translation>
    </message>
    <message>
        <source>WT-1995 Art 3; LABOUR Arts 36, 38</source>
        <translation>WT-1995 Art 3; LABOUR Arts 36, 38</translation>
    </message>
    <message>
        <source>WT-1995 Art 3; LABOUR Art 36</source>
        <translation>WT-1995 Art 3; LABOUR Art 36</translation>
    </message>
    <message>
        <source>WT-1995 Art 3</source>
        <translation>WT-1995 Art 3</translation>
    </message>
    <message>
        <source>LABOUR Art 36</source>
        <translation>LABOUR Art 36</translation>
    </message>
    <message>
        <source>LABOUR Art 38</source>
        <translation>LABOUR Art 38</translation>
    </message>
    <message>
        <source>REG-2021 Art 17(3)</source>
        <translation>REG-2021 Art 17(3)</translation>
    </message>
    <message>
        <source>REG-2021 Art 17(2)</source>
        <translation>REG-2021 Art 17(2)</translation>
    </message>
    <message>
        <source>REG-2021 Art 18; VEL-2022 Art 50</source>
        <translation>REG-2021 Art 18; VEL-2022 Art 50</translation>
    </message>
    <message>
        <source>REG-2021 Art 18</source>
        <translation>REG-2021 Art 18</translation>
    </message>
    <message>
        <source>LABOUR Art 48</source>
        <translation>LABOUR Art 48</translation>
    </message>
    <message>
        <source>LABOUR Art 48; MW-REG Art 10</source>
        <translation>LABOUR Art 48; MW-REG Art 10</translation>
    </message>
    <message>
        <source>MW-REG Art 10</source>
        <translation>MW-REG Art 10</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(5)</source>
        <translation>REG-2021 Art 16(5)</translation>
    </message>
    <message>
        <source>REG-2021 Art 17(1)</source>
        <translation>REG-2021 Art 17(1)</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(7); GB 3869-1997</source>
        <translation>REG-2021 Art 16(7); GB 3869-1997</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(4); FEMALE Art 4</source>
        <translation>REG-2021 Art 16(4); FEMALE Art 4</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(6); VEL-2022 Art 50</source>
        <translation>REG-2021 Art 16(6); VEL-2022 Art 50</translation>
    </message>
    <message>
        <source>REG-2021 Art 11 para 1</source>
        <translation>REG-2021 Art 11 para 1</translation>
    </message>
    <message>
        <source>JL-48 §(33); REG-2021 Arts 6(1), 44</source>
        <translation>JL-48 §(33); REG-2021 Arts 6(1), 44</translation>
    </message>
    <message>
        <source>REG-2021 Art 35 para 1</source>
        <translation>REG-2021 Art 35 para 1</translation>
    </message>
    <message>
        <source>REG-2021 Art 8 para 2, Art 23</source>
        <translation>REG-2021 Art 8 para 2, Art 23</translation>
    </message>
    <message>
        <source>REG-2021 Art 31</source>
        <translation>REG-2021 Art 31</translation>
    </message>
    <message>
        <source>VEL-2022 Art 30</source>
        <translation>VEL-2022 Art 30</translation>
    </message>
    <message>
        <source>APP-2021, secondary source</source>
        <translation>APP-2021, secondary source</translation>
    </message>
    <message>
        <source>APP-2021, secondary source; LABOUR Art 48</source>
        <translation>APP-2021, secondary source; LABOUR Art 48</translation>
    </message>
    <message>
        <source>The student is not in full-time study, so the internship rules apply only by reference; confirm which rules apply</source>
        <translation>The student is not in full-time study, so the internship rules apply only by reference; confirm which rules apply</translation>
    </message>
    <message>
        <source>An observation internship is arranged by the school; the student cannot choose it</source>
        <translation>An observation internship is arranged by the school; the student cannot choose it</translation>
    </message>
    <message>
        <source>The student is {age} at the start date; nobody under {min} may do a post internship, with no exception, and arranging it is dealt with as child labour</source>
        <translation>The student is {age} at the start date; nobody under {min} may do a post internship, with no exception, and arranging it is dealt with as child labour</translation>
    </message>
    <message>
        <source>The student is in year {year} of study at the start date; first-year students may not do a post internship</source>
        <translation>The student is in year {year} of study at the start date; first-year students may not do a post internship</translation>
    </message>
    <message>
        <source>The student is {age} at the start date and the post is prohibited for workers under 18</source>
        <translation>The student is {age} at the start date and the post is prohibited for workers under 18</translation>
    </message>
    <message>
        <source>The student is {age} and no health check is on record; a minor should have one</source>
        <translation>The student is {age} and no health check is on record; a minor should have one</translation>
    </message>
    <message>
        <source>The student is {age}: under 16 only school-organised educational practice is allowed, no productive work</source>
        <translation>The student is {age}: under 16 only school-organised educational practice is allowed, no productive work</translation>
    </message>
    <message>
        <source>The student has not signed the informed-consent form for the post internship</source>
        <translation>The student has not signed the informed-consent form for the post internship</translation>
    </message>
    <message>
        <source>The guardian has not signed the informed-consent form for the post internship</source>
        <translation>The guardian has not signed the informed-consent form for the post internship</translation>
    </message>
    <message>
        <source>Neither the student nor the guardian has signed the informed-consent form</source>
        <translation>Neither the student nor the guardian has signed the informed-consent form</translation>
    </message>
    <message>
        <source>The self-chosen placement has no application from the student and guardian</source>
        <translation>The self-chosen placement has no application from the student and guardian</translation>
    </message>
    <message>
        <source>The self-chosen placement has not been approved by the school</source>
        <translation>The self-chosen placement has not been approved by the school</translation>
    </message>
    <message>
        <source>The self-chosen placement has neither an application from the student and guardian nor the school&apos;s approval</source>
        <translation>The self-chosen placement has neither an application from the student and guardian nor the school&apos;s approval</translation>
    </message>
    <message>
        <source>The post is marked as unrelated to the student&apos;s major, which is not allowed</source>
        <translation>The post is marked as unrelated to the student&apos;s major, which is not allowed</translation>
    </message>
    <message>
        <source>The post is in the {post_category} category but the student&apos;s major is in {student_category}; internships should not cross major categories</source>
        <translation>The post is in the {post_category} category but the student&apos;s major is in {student_category}; internships should not cross major categories</translation>
    </message>
    <message>
        <source>The post offers only simple repetitive work; it should cover the post&apos;s typical tasks</source>
        <translation>The post offers only simple repetitive work; it should cover the post&apos;s typical tasks</translation>
    </message>
    <message>
        <source>The school has no on-site assessment of the enterprise on record</source>
        <translation>The school has no on-site assessment of the enterprise on record</translation>
    </message>
    <message>
        <source>It has not been attested that the enterprise has no record of illegal, dishonest or unsafe conduct</source>
        <translation>It has not been attested that the enterprise has no record of illegal, dishonest or unsafe conduct</translation>
    </message>
    <message>
        <source>The enterprise has neither an on-site assessment by the school nor the attestation of a clean record</source>
        <translation>The enterprise has neither an on-site assessment by the school nor the attestation of a clean record</translation>
    </message>
    <message>
        <source>The student&apos;s post internships add up to {days} days, more than the usual {max} days (about six months)</source>
        <translation>The student&apos;s post internships add up to {days} days, more than the usual {max} days (about six months)</translation>
    </message>
    <message>
        <source>The placement is outside Jilin province and has no prior approval of the school&apos;s competent authority</source>
        <translation>The placement is outside Jilin province and has no prior approval of the school&apos;s competent authority</translation>
    </message>
    <message>
        <source>The post internship has no filing reference with the competent authority</source>
        <translation>The post internship has no filing reference with the competent authority</translation>
    </message>
    <message>
        <source>The student lodges outside the arranged accommodation without the guardian&apos;s signed consent</source>
        <translation>The student lodges outside the arranged accommodation without the guardian&apos;s signed consent</translation>
    </message>
    <message>
        <source>The student lodges outside the arranged accommodation, but the school has not filed it</source>
        <translation>The student lodges outside the arranged accommodation, but the school has not filed it</translation>
    </message>
    <message>
        <source>The student lodges outside the arranged accommodation without the guardian&apos;s signed consent and without the school&apos;s filing</source>
        <translation>The student lodges outside the arranged accommodation without the guardian&apos;s signed consent and without the school&apos;s filing</translation>
    </message>
    <message>
        <source>The school, the enterprise and the student have not all signed the tripartite agreement, so the internship cannot start</source>
        <translation>The school, the enterprise and the student have not all signed the tripartite agreement, so the internship cannot start</translation>
    </message>
    <message>
        <source>Scheduled {hours} hours a day, more than the 8-hour working day</source>
        <translation>Scheduled {hours} hours a day, more than the 8-hour working day</translation>
    </message>
    <message>
        <source>Scheduled {hours} hours a week, more than the standard 40-hour week</source>
        <translation>Scheduled {hours} hours a week, more than the standard 40-hour week</translation>
    </message>
    <message>
        <source>Scheduled {hours} hours a week, more than the legal maximum of 44 hours</source>
        <translation>Scheduled {hours} hours a week, more than the legal maximum of 44 hours</translation>
    </message>
    <message>
        <source>Scheduled {days} working days a week, which leaves no weekly rest day</source>
        <translation>Scheduled {days} working days a week, which leaves no weekly rest day</translation>
    </message>
    <message>
        <source>The schedule allows overtime; interns may not work overtime</source>
        <translation>The schedule allows overtime; interns may not work overtime</translation>
    </message>
    <message>
        <source>The shift {start}–{end} runs into the night, which starts at {night_start}; interns may not work night shifts</source>
        <translation>The shift {start}–{end} runs into the night, which starts at {night_start}; interns may not work night shifts</translation>
    </message>
    <message>
        <source>The schedule includes work on rest days, which interns may not do</source>
        <translation>The schedule includes work on rest days, which interns may not do</translation>
    </message>
    <message>
        <source>The schedule includes work on statutory public holidays, which interns may not do</source>
        <translation>The schedule includes work on statutory public holidays, which interns may not do</translation>
    </message>
    <message>
        <source>The working-time exception lacks its reason, filing reference, filing date or approver, so it does not apply</source>
        <translation>The working-time exception lacks its reason, filing reference, filing date or approver, so it does not apply</translation>
    </message>
    <message>
        <source>The working-time exception was filed on or after the start date; it must be filed in advance, so it does not apply</source>
        <translation>The working-time exception was filed on or after the start date; it must be filed in advance, so it does not apply</translation>
    </message>
    <message>
        <source>No pay is recorded; a post internship must be paid</source>
        <translation>No pay is recorded; a post internship must be paid</translation>
    </message>
    <message>
        <source>The pay is recorded as 0.00 yuan; a post internship should get appropriate pay</source>
        <translation>The pay is recorded as 0.00 yuan; a post internship should get appropriate pay</translation>
    </message>
    <message>
        <source>The pay floor cannot be checked: the monthly pay, or both the same-post wage and the lowest wage grade, are missing</source>
        <translation>The pay floor cannot be checked: the monthly pay, or both the same-post wage and the lowest wage grade, are missing</translation>
    </message>
    <message>
        <source>Monthly pay of {pay_fen} yuan is below {percent}% of the same-post wage of {post_wage_fen} yuan ({required_fen} yuan) and below the lowest wage grade of {lowest_grade_fen} yuan</source>
        <translation>Monthly pay of {pay_fen} yuan is below {percent}% of the same-post wage of {post_wage_fen} yuan ({required_fen} yuan) and below the lowest wage grade of {lowest_grade_fen} yuan</translation>
    </message>
    <message>
        <source>Monthly pay of {pay_fen} yuan is below {percent}% of the same-post wage of {post_wage_fen} yuan, that is {required_fen} yuan</source>
        <translation>Monthly pay of {pay_fen} yuan is below {percent}% of the same-post wage of {post_wage_fen} yuan, that is {required_fen} yuan</translation>
    </message>
    <message>
        <source>Monthly pay of {pay_fen} yuan is below the enterprise&apos;s lowest wage grade of {lowest_grade_fen} yuan</source>
        <translation>Monthly pay of {pay_fen} yuan is below the enterprise&apos;s lowest wage grade of {lowest_grade_fen} yuan</translation>
    </message>
    <message>
        <source>Pay is given in goods or vouchers; it must be money paid to the student</source>
        <translation>Pay is given in goods or vouchers; it must be money paid to the student</translation>
    </message>
    <message>
        <source>Pay goes through a third party; it must be paid directly to the student</source>
        <translation>Pay goes through a third party; it must be paid directly to the student</translation>
    </message>
    <message>
        <source>The payee is not the student; pay must go directly to the student</source>
        <translation>The payee is not the student; pay must go directly to the student</translation>
    </message>
    <message>
        <source>Pay is made every {days} days; it should be at least every {max} days</source>
        <translation>Pay is made every {days} days; it should be at least every {max} days</translation>
    </message>
    <message>
        <source>Monthly pay of {pay_fen} yuan is below the minimum wage of {min_fen} yuan for area class {area_class}; interns are not employees, but this is a warning sign</source>
        <translation>Monthly pay of {pay_fen} yuan is below the minimum wage of {min_fen} yuan for area class {area_class}; interns are not employees, but this is a warning sign</translation>
    </message>
    <message>
        <source>The Jilin minimum-wage table in force on {date} has no figure for this area, so the minimum wage cannot be checked</source>
        <translation>The Jilin minimum-wage table in force on {date} has no figure for this area, so the minimum wage cannot be checked</translation>
    </message>
    <message>
        <source>The Jilin minimum-wage table in use dates from {effective_from}, more than {months} months before the start date; check for a newer table</source>
        <translation>The Jilin minimum-wage table in use dates from {effective_from}, more than {months} months before the start date; check for a newer table</translation>
    </message>
    <message>
        <source>The enterprise&apos;s venue type is {venue}; internships at entertainment venues are prohibited</source>
        <translation>The enterprise&apos;s venue type is {venue}; internships at entertainment venues are prohibited</translation>
    </message>
    <message>
        <source>The post involves {hazards}; high-risk internships are prohibited</source>
        <translation>The post involves {hazards}; high-risk internships are prohibited</translation>
    </message>
    <message>
        <source>The post is physical labour of intensity level {level}; level III and above is prohibited for interns</source>
        <translation>The post is physical labour of intensity level {level}; level III and above is prohibited for interns</translation>
    </message>
    <message>
        <source>The student is female and the post is prohibited for female employees</source>
        <translation>The student is female and the post is prohibited for female employees</translation>
    </message>
    <message>
        <source>The placement is arranged through an intermediary, agency or labour dispatch firm, which is prohibited</source>
        <translation>The placement is arranged through an intermediary, agency or labour dispatch firm, which is prohibited</translation>
    </message>
    <message>
        <source>The enterprise&apos;s number of on-post staff is missing, so the intern cap cannot be checked</source>
        <translation>The enterprise&apos;s number of on-post staff is missing, so the intern cap cannot be checked</translation>
    </message>
    <message>
        <source>On {day}, {interns} interns are {share}% of the enterprise&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</source>
        <translation>On {day}, {interns} interns are {share}% of the enterprise&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</translation>
    </message>
    <message>
        <source>{interns} interns are {share}% of the enterprise&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</source>
        <translation>{interns} interns are {share}% of the enterprise&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</translation>
    </message>
    <message>
        <source>The post&apos;s number of on-post staff is missing, so the intern cap cannot be checked</source>
        <translation>The post&apos;s number of on-post staff is missing, so the intern cap cannot be checked</translation>
    </message>
    <message>
        <source>On {day}, {interns} interns are {share}% of the post&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</source>
        <translation>On {day}, {interns} interns are {share}% of the post&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</translation>
    </message>
    <message>
        <source>{interns} interns are {share}% of the post&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</source>
        <translation>{interns} interns are {share}% of the post&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</translation>
    </message>
    <message>
        <source>The enterprise has a recorded credit restriction; no new placement may be made there</source>
        <translation>The enterprise has a recorded credit restriction; no new placement may be made there</translation>
    </message>
    <message>
        <source>The enterprise has a recorded credit restriction; review this active placement</source>
        <translation>The enterprise has a recorded credit restriction; review this active placement</translation>
    </message>
    <message>
        <source>No internship liability insurance is recorded: all {uncovered_days} days of the placement are uncovered</source>
        <translation>No internship liability insurance is recorded: all {uncovered_days} days of the placement are uncovered</translation>
    </message>
    <message>
        <source>The liability insurance ends on {insured_until}, leaving the last {uncovered_days} days of the placement uncovered</source>
        <translation>The liability insurance ends on {insured_until}, leaving the last {uncovered_days} days of the placement uncovered</translation>
    </message>
    <message>
        <source>No school supervisor is assigned; a post internship needs one</source>
        <translation>No school supervisor is assigned; a post internship needs one</translation>
    </message>
    <message>
        <source>No enterprise mentor is assigned; a post internship needs one</source>
        <translation>No enterprise mentor is assigned; a post internship needs one</translation>
    </message>
    <message>
        <source>No safety training is recorded; untrained students may not take part</source>
        <translation>No safety training is recorded; untrained students may not take part</translation>
    </message>
    <message>
        <source>The safety assessment is not passed; the student may not take part until it is</source>
        <translation>The safety assessment is not passed; the student may not take part until it is</translation>
    </message>
    <message>
        <source>The joint-enrolment apprenticeship has no apprenticeship-training agreement between school and enterprise</source>
        <translation>The joint-enrolment apprenticeship has no apprenticeship-training agreement between school and enterprise</translation>
    </message>
    <message>
        <source>The apprentice has no labour contract of at least {months} months</source>
        <translation>The apprentice has no labour contract of at least {months} months</translation>
    </message>
    <message>
        <source>The apprenticeship lasts more than {max} months, the longest allowed</source>
        <translation>The apprenticeship lasts more than {max} months, the longest allowed</translation>
    </message>
    <message>
        <source>The apprenticeship lasts less than {min} or more than {max} months</source>
        <translation>The apprenticeship lasts less than {min} or more than {max} months</translation>
    </message>
    <message>
        <source>The apprentice&apos;s monthly wage of {pay_fen} yuan is below the minimum wage of {min_fen} yuan for area class {area_class}</source>
        <translation>The apprentice&apos;s monthly wage of {pay_fen} yuan is below the minimum wage of {min_fen} yuan for area class {area_class}</translation>
    </message>
    <message>
        <source>No wage is recorded; an apprentice earns at least the minimum wage of {min_fen} yuan for area class {area_class}</source>
        <translation>No wage is recorded; an apprentice earns at least the minimum wage of {min_fen} yuan for area class {area_class}</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>nightclub</source>
        <translation>nightclub</translation>
    </message>
    <message>
        <source>KTV or song hall</source>
        <translation>KTV or song hall</translation>
    </message>
    <message>
        <source>bathhouse</source>
        <translation>bathhouse</translation>
    </message>
    <message>
        <source>electronic game room</source>
        <translation>electronic game room</translation>
    </message>
    <message>
        <source>internet café</source>
        <translation>internet café</translation>
    </message>
    <message>
        <source>entertainment venue</source>
        <translation>entertainment venue</translation>
    </message>
    <message>
        <source>work at height</source>
        <translation>work at height</translation>
    </message>
    <message>
        <source>underground work</source>
        <translation>underground work</translation>
    </message>
    <message>
        <source>radioactive substances</source>
        <translation>radioactive substances</translation>
    </message>
    <message>
        <source>toxic substances</source>
        <translation>toxic substances</translation>
    </message>
    <message>
        <source>flammable or explosive materials</source>
        <translation>flammable or explosive materials</translation>
    </message>
    <message>
        <source>other high safety risks</source>
        <translation>other high safety risks</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Pay late or unpaid</source>
        <translation>Pay late or unpaid</translation>
    </message>
    <message>
        <source>Pay short</source>
        <translation>Pay short</translation>
    </message>
    <message>
        <source>Forbidden deduction from pay</source>
        <translation>Forbidden deduction from pay</translation>
    </message>
    <message>
        <source>Insurance about to lapse</source>
        <translation>Insurance about to lapse</translation>
    </message>
    <message>
        <source>Premium charged to students</source>
        <translation>Premium charged to students</translation>
    </message>
    <message>
        <source>Sum insured below the school&apos;s minimum</source>
        <translation>Sum insured below the school&apos;s minimum</translation>
    </message>
    <message>
        <source>REG-2021 Art 20, Art 35 para 2</source>
        <translation>REG-2021 Art 20, Art 35 para 2</translation>
    </message>
    <message>
        <source>REG-2021 Art 35 para 2</source>
        <translation>REG-2021 Art 35 para 2</translation>
    </message>
    <message>
        <source>REG-2021 Arts 34-36; school setting</source>
        <translation>REG-2021 Arts 34-36; school setting</translation>
    </message>
    <message>
        <source>The pay for {period} to {period_end} was due on {due} and paid in full on {paid_on}, {days_late} days late</source>
        <translation>The pay for {period} to {period_end} was due on {due} and paid in full on {paid_on}, {days_late} days late</translation>
    </message>
    <message>
        <source>The pay for {period} to {period_end} was due on {due}; {unpaid_fen} yuan is still unpaid, {days_late} days overdue</source>
        <translation>The pay for {period} to {period_end} was due on {due}; {unpaid_fen} yuan is still unpaid, {days_late} days overdue</translation>
    </message>
    <message>
        <source>For {period} to {period_end}, due on {due}, only {paid_fen} yuan of {due_fen} yuan was paid; {short_fen} yuan is still missing {days_late} days later</source>
        <translation>For {period} to {period_end}, due on {due}, only {paid_fen} yuan of {due_fen} yuan was paid; {short_fen} yuan is still missing {days_late} days later</translation>
    </message>
    <message>
        <source>{kind} of {amount_fen} yuan was deducted from {payments} payment(s) between {first} and {last}; fees, commissions and insurance premiums may not be taken from pay</source>
        <translation>{kind} of {amount_fen} yuan was deducted from {payments} payment(s) between {first} and {last}; fees, commissions and insurance premiums may not be taken from pay</translation>
    </message>
    <message>
        <source>No pay was recorded between {from} and {to} ({days} days); pay is due at least every {max} days</source>
        <translation>No pay was recorded between {from} and {to} ({days} days); pay is due at least every {max} days</translation>
    </message>
    <message>
        <source>The liability cover {policy_no} ends on {ends}, in {days_left} days, while the placement continues; renew it or cover the student under another policy</source>
        <translation>The liability cover {policy_no} ends on {ends}, in {days_left} days, while the placement continues; renew it or cover the student under another policy</translation>
    </message>
    <message>
        <source>The premium of policy {policy_no} is charged to the students; it may not be charged to them or deducted from their pay</source>
        <translation>The premium of policy {policy_no} is charged to the students; it may not be charged to them or deducted from their pay</translation>
    </message>
    <message>
        <source>Policy {policy_no} insures {sum_insured_fen} yuan per person, below the school&apos;s minimum of {min_fen} yuan</source>
        <translation>Policy {policy_no} insures {sum_insured_fen} yuan per person, below the school&apos;s minimum of {min_fen} yuan</translation>
    </message>
    <message>
        <source>Policy {policy_no} has no sum insured per person recorded; the school&apos;s minimum is {min_fen} yuan</source>
        <translation>Policy {policy_no} has no sum insured per person recorded; the school&apos;s minimum is {min_fen} yuan</translation>
    </message>
    <message>
        <source>No internship liability insurance covered the student on {incident_on}, the day of the incident</source>
        <translation>No internship liability insurance covered the student on {incident_on}, the day of the incident</translation>
    </message>
    <message>
        <source>{uncovered_days} days of the placement have no liability insurance: {gaps}</source>
        <translation>{uncovered_days} days of the placement have no liability insurance: {gaps}</translation>
    </message>
    <message>
        <source>A fee</source>
        <translation>A fee</translation>
    </message>
    <message>
        <source>A commission</source>
        <translation>A commission</translation>
    </message>
    <message>
        <source>An insurance premium</source>
        <translation>An insurance premium</translation>
    </message>
    <message>
        <source>Mentor over the load limit</source>
        <translation>Mentor over the load limit</translation>
    </message>
    <message>
        <source>Supervisor over the load limit</source>
        <translation>Supervisor over the load limit</translation>
    </message>
    <message>
        <source>Dual mentors incomplete</source>
        <translation>Dual mentors incomplete</translation>
    </message>
    <message>
        <source>Final grade missing</source>
        <translation>Final grade missing</translation>
    </message>
    <message>
        <source>Logbook weeks missing</source>
        <translation>Logbook weeks missing</translation>
    </message>
    <message>
        <source>Logbook entry looks copied</source>
        <translation>Logbook entry looks copied</translation>
    </message>
    <message>
        <source>no national ratio; school setting</source>
        <translation>no national ratio; school setting</translation>
    </message>
    <message>
        <source>REG-2021 Art 27</source>
        <translation>REG-2021 Art 27</translation>
    </message>
    <message>
        <source>REG-2021 Arts 21, 29</source>
        <translation>REG-2021 Arts 21, 29</translation>
    </message>
    <message>
        <source>REG-2021 Art 21; school setting</source>
        <translation>REG-2021 Art 21; school setting</translation>
    </message>
    <message>
        <source>REG-2021 Art 7</source>
        <translation>REG-2021 Art 7</translation>
    </message>
    <message>
        <source>{name} guides {load} learners, more than the limit of {limit}</source>
        <translation>{name} guides {load} learners, more than the limit of {limit}</translation>
    </message>
    <message>
        <source>{name} supervises {load} learners, more than the limit of {limit}</source>
        <translation>{name} supervises {load} learners, more than the limit of {limit}</translation>
    </message>
    <message>
        <source>The enterprise&apos;s on-site assessment expired on {expired}, before this post internship starts or while it runs; assess the unit again</source>
        <translation>The enterprise&apos;s on-site assessment expired on {expired}, before this post internship starts or while it runs; assess the unit again</translation>
    </message>
    <message>
        <source>The enterprise did not pass its latest on-site assessment ({failed})</source>
        <translation>The enterprise did not pass its latest on-site assessment ({failed})</translation>
    </message>
    <message>
        <source>The apprentice has no enterprise mentor; the dual-mentor model needs an enterprise mentor and a school mentor</source>
        <translation>The apprentice has no enterprise mentor; the dual-mentor model needs an enterprise mentor and a school mentor</translation>
    </message>
    <message>
        <source>The apprentice has no school mentor; the dual-mentor model needs an enterprise mentor and a school mentor</source>
        <translation>The apprentice has no school mentor; the dual-mentor model needs an enterprise mentor and a school mentor</translation>
    </message>
    <message>
        <source>{count} past week(s) of the placement have no submitted logbook entry: {weeks}</source>
        <translation>{count} past week(s) of the placement have no submitted logbook entry: {weeks}</translation>
    </message>
    <message>
        <source>The logbook entry for the week of {week} is {similarity} % alike to the entry of {source}; a copied entry is no evidence of the week</source>
        <translation>The logbook entry for the week of {week} is {similarity} % alike to the entry of {source}; a copied entry is no evidence of the week</translation>
    </message>
    <message>
        <source>The placement is completed but has no final grade; missing: {missing}</source>
        <translation>The placement is completed but has no final grade; missing: {missing}</translation>
    </message>
    <message>
        <source>The training calendar has {count} enterprise day(s) of up to {hours} hours, more than the 8-hour working day: {dates}</source>
        <translation>The training calendar has {count} enterprise day(s) of up to {hours} hours, more than the 8-hour working day: {dates}</translation>
    </message>
    <message>
        <source>The training calendar has {days} enterprise days in a week, leaving no weekly rest day, in {count} week(s): {weeks}</source>
        <translation>The training calendar has {days} enterprise days in a week, leaving no weekly rest day, in {count} week(s): {weeks}</translation>
    </message>
    <message>
        <source>The training calendar has up to {hours} hours a week at the enterprise, more than the standard 40-hour week, in {count} week(s): {weeks}</source>
        <translation>The training calendar has up to {hours} hours a week at the enterprise, more than the standard 40-hour week, in {count} week(s): {weeks}</translation>
    </message>
    <message>
        <source>The training calendar has up to {hours} hours a week at the enterprise, more than the legal maximum of 44 hours, in {count} week(s): {weeks}</source>
        <translation>The training calendar has up to {hours} hours a week at the enterprise, more than the legal maximum of 44 hours, in {count} week(s): {weeks}</translation>
    </message>
    <message>
        <source>The training calendar puts the apprentice at the enterprise on {count} weekend day(s), which interns may not work: {dates}</source>
        <translation>The training calendar puts the apprentice at the enterprise on {count} weekend day(s), which interns may not work: {dates}</translation>
    </message>
    <message>
        <source>The training calendar puts the apprentice at the enterprise on {count} public holiday(s), which interns may not work: {dates}</source>
        <translation>The training calendar puts the apprentice at the enterprise on {count} public holiday(s), which interns may not work: {dates}</translation>
    </message>
    <message>
        <source>the enterprise mentor&apos;s evaluation</source>
        <translation>the enterprise mentor&apos;s evaluation</translation>
    </message>
    <message>
        <source>the school supervisor&apos;s evaluation</source>
        <translation>the school supervisor&apos;s evaluation</translation>
    </message>
    <message>
        <source>the grade</source>
        <translation>the grade</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
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
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide is available in Chinese only.</source>
        <translation>The user guide is available in Chinese only.</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next)</source>
        <translation>Find in the guide (Enter: next)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Scanning…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Check all open placements again (F5)</source>
        <translation>Check all open placements again (F5)</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>All enterprises</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>All supervisors</source>
        <translation>All supervisors</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>School supervisor</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>The check could not be run: %1</source>
        <translation>The check could not be run: %1</translation>
    </message>
    <message>
        <source>Nothing needs action now.</source>
        <translation>Nothing needs action now.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking issue(s)</source>
        <translation>
            <numerusform>%n blocking issue</numerusform>
            <numerusform>%n blocking issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1</source>
        <translation>
            <numerusform>%n due within %1</numerusform>
            <numerusform>%n due within %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Jilin minimum-wage table in use dates from %1, more than %2 months before the start of %n placement(s), so their pay may be checked against outdated figures.</source>
        <translation>
            <numerusform>The Jilin minimum-wage table in use dates from %1, more than %2 months before the start of %n placement, so their pay may be checked against outdated figures.</numerusform>
            <numerusform>The Jilin minimum-wage table in use dates from %1, more than %2 months before the start of %n placements, so their pay may be checked against outdated figures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No Jilin minimum-wage table is in force for %n placement(s), so their pay cannot be checked against the minimum wage.</source>
        <translation>
            <numerusform>No Jilin minimum-wage table is in force for %n placement, so their pay cannot be checked against the minimum wage.</numerusform>
            <numerusform>No Jilin minimum-wage table is in force for %n placements, so their pay cannot be checked against the minimum wage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the new table under Settings.</source>
        <translation>Add the new table under Settings.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) with a placement have not acknowledged the privacy notice (R-PI-3).</source>
        <translation>
            <numerusform>%n student with a placement have not acknowledged the privacy notice (R-PI-3).</numerusform>
            <numerusform>%n students with a placement have not acknowledged the privacy notice (R-PI-3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former student(s) are past the retention period and due for review (R-PI-8).</source>
        <translation>
            <numerusform>%n former student are past the retention period and due for review (R-PI-8).</numerusform>
            <numerusform>%n former students are past the retention period and due for review (R-PI-8).</numerusform>
        </translation>
    </message>
    <message>
        <source>See Settings ▸ Personal data.</source>
        <translation>See Settings ▸ Personal data.</translation>
    </message>
    <message numerus="yes">
        <source>Only due within %n day(s)</source>
        <translation>
            <numerusform>Only due within %n day</numerusform>
            <numerusform>Only due within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No school supervisor</source>
        <translation>No school supervisor</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Students (with guardians)</source>
        <translation>Students (with guardians)</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>Enterprises</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Placements (as drafts)</source>
        <translation>Placements (as drafts)</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file</source>
        <translation>Choose an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>Skip duplicates (keep what is saved)</source>
        <translation>Skip duplicates (keep what is saved)</translation>
    </message>
    <message>
        <source>Update duplicates from the sheet</source>
        <translation>Update duplicates from the sheet</translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation>Skip invalid rows</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Show only rows with problems</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Save as preset…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Delete preset</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Saved mappings</translation>
    </message>
    <message>
        <source>Columns are matched by their header names (姓名, 身份证号, 班级 …). Change a choice to map a column by hand; the preview follows.</source>
        <translation>Columns are matched by their header names (姓名, 身份证号, 班级 …). Change a choice to map a column by hand; the preview follows.</translation>
    </message>
    <message>
        <source>Choose the sheet to import</source>
        <translation>Choose the sheet to import</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Choose the kind of data and the file to import.</source>
        <translation>Choose the kind of data and the file to import.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 duplicates, %4 invalid</source>
        <translation>%1 rows: %2 ready, %3 duplicates, %4 invalid</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Some rows are invalid: correct the sheet, or tick skip invalid rows.</source>
        <translation>Some rows are invalid: correct the sheet, or tick skip invalid rows.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated; %3 duplicates and %4 invalid rows left out.</source>
        <translation>Imported: %1 new, %2 updated; %3 duplicates and %4 invalid rows left out.</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Save mapping</translation>
    </message>
    <message>
        <source>Name of the mapping</source>
        <translation>Name of the mapping</translation>
    </message>
    <message>
        <source>Delete the saved mapping %1?</source>
        <translation>Delete the saved mapping %1?</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>Delete mapping</translation>
    </message>
    <message>
        <source>Student name</source>
        <translation>Student name</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Sheet row</source>
        <translation>Sheet row</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ID / code</source>
        <translation>ID / code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>Column in the sheet</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— do not import —</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Edit incident</source>
        <translation>Edit incident</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>Policy in force</translation>
    </message>
    <message>
        <source>Student, class or enterprise</source>
        <translation>Student, class or enterprise</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Health data: shown only in this form, never in lists or exports.</source>
        <translation>Health data: shown only in this form, never in lists or exports.</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>Injury</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Reported to the insurer</source>
        <translation>Reported to the insurer</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>Claim number</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Claim status</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>Looked up for the date when the incident is saved.</source>
        <translation>Looked up for the date when the incident is saved.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Only without cover</source>
        <translation>Only without cover</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>InsuranceColumns</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n day)</numerusform>
            <numerusform>%1 – %2 (%n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added to policy %1.</source>
        <translation>
            <numerusform>%n row added to policy %1.</numerusform>
            <numerusform>%n rows added to policy %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already covered.</source>
        <translation>
            <numerusform>%n already covered.</numerusform>
            <numerusform>%n already covered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brought up to date.</source>
        <translation>
            <numerusform>%n brought up to date.</numerusform>
            <numerusform>%n brought up to date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside the policy period.</source>
        <translation>
            <numerusform>%n outside the policy period.</numerusform>
            <numerusform>%n outside the policy period.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Policy no.</source>
        <translation>Policy no.</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Student-days</source>
        <translation>Student-days</translation>
    </message>
    <message>
        <source>Sum insured / person</source>
        <translation>Sum insured / person</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Covered from</source>
        <translation>Covered from</translation>
    </message>
    <message>
        <source>Covered to</source>
        <translation>Covered to</translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation>Uncovered</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>First uncovered day</source>
        <translation>First uncovered day</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Cover ends</source>
        <translation>Cover ends</translation>
    </message>
    <message>
        <source>Placement ends</source>
        <translation>Placement ends</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>Policy in force</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Claim no.</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <source>Reported to insurer</source>
        <translation>Reported to insurer</translation>
    </message>
</context>
<context>
    <name>InsuranceLabels</name>
    <message>
        <source>Internship liability</source>
        <translation>Internship liability</translation>
    </message>
    <message>
        <source>Personal accident</source>
        <translation>Personal accident</translation>
    </message>
    <message>
        <source>Work injury</source>
        <translation>Work injury</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Claim submitted</source>
        <translation>Claim submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>No liability cover (only %1 %2)</source>
        <translation>No liability cover (only %1 %2)</translation>
    </message>
    <message>
        <source>No cover</source>
        <translation>No cover</translation>
    </message>
</context>
<context>
    <name>InsurancePage</name>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Coverage gaps</translation>
    </message>
    <message>
        <source>Days of open placements that no internship liability policy covers (R-INS-1). Add the students to a policy, or record a new one, under Policies.</source>
        <translation>Days of open placements that no internship liability policy covers (R-INS-1). Add the students to a policy, or record a new one, under Policies.</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>Only within 7 days</source>
        <translation>Only within 7 days</translation>
    </message>
    <message>
        <source>Open placement</source>
        <translation>Open placement</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Attach policy document</source>
        <translation>Attach policy document</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
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
    <message>
        <source>Intermediate worker</source>
        <translation>Intermediate worker</translation>
    </message>
    <message>
        <source>Advanced worker</source>
        <translation>Advanced worker</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Senior technician</source>
        <translation>Senior technician</translation>
    </message>
    <message>
        <source>Arranged by the school</source>
        <translation>Arranged by the school</translation>
    </message>
    <message>
        <source>Chosen by the student</source>
        <translation>Chosen by the student</translation>
    </message>
    <message>
        <source>Through an agency</source>
        <translation>Through an agency</translation>
    </message>
    <message>
        <source>Assisting (跟岗)</source>
        <translation>Assisting (跟岗)</translation>
    </message>
    <message>
        <source>Relatively independent</source>
        <translation>Relatively independent</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>per day</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>per hour</translation>
    </message>
    <message>
        <source>Bank transfer to the student</source>
        <translation>Bank transfer to the student</translation>
    </message>
    <message>
        <source>Cash to the student</source>
        <translation>Cash to the student</translation>
    </message>
    <message>
        <source>Through a third party</source>
        <translation>Through a third party</translation>
    </message>
    <message>
        <source>In goods or vouchers</source>
        <translation>In goods or vouchers</translation>
    </message>
    <message>
        <source>Unified lodging</source>
        <translation>Unified lodging</translation>
    </message>
    <message>
        <source>Lives at home</source>
        <translation>Lives at home</translation>
    </message>
    <message>
        <source>Own lodging outside</source>
        <translation>Own lodging outside</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
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
    <name>LedgerTab</name>
    <message>
        <source>Ledger of a placement</source>
        <translation>Ledger of a placement</translation>
    </message>
    <message>
        <source>Student (Ctrl+F)</source>
        <translation>Student (Ctrl+F)</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>Rebuild schedule…</source>
        <translation>Rebuild schedule…</translation>
    </message>
    <message>
        <source>Export periods to Excel…</source>
        <translation>Export periods to Excel…</translation>
    </message>
    <message>
        <source>Export payments to Excel…</source>
        <translation>Export payments to Excel…</translation>
    </message>
    <message>
        <source>Pay periods</source>
        <translation>Pay periods</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>No ledger</source>
        <translation>No ledger</translation>
    </message>
    <message>
        <source>Type a student&apos;s name above to open a ledger.</source>
        <translation>Type a student&apos;s name above to open a ledger.</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n)</source>
        <translation>
            <numerusform>Findings (%n)</numerusform>
            <numerusform>Findings (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild the pay schedule of %1 from the placement&apos;s current pay terms and dates? Recorded payments are kept and moved to the matching new period.</source>
        <translation>Rebuild the pay schedule of %1 from the placement&apos;s current pay terms and dates? Recorded payments are kept and moved to the matching new period.</translation>
    </message>
    <message>
        <source>Rebuild schedule</source>
        <translation>Rebuild schedule</translation>
    </message>
    <message>
        <source>Schedule not rebuilt</source>
        <translation>Schedule not rebuilt</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
</context>
<context>
    <name>LoadsTab</name>
    <message>
        <source>Name, enterprise or qualification (Ctrl+F)</source>
        <translation>Name, enterprise or qualification (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only over the limit</source>
        <translation>Only over the limit</translation>
    </message>
    <message>
        <source>Pay records of this person</source>
        <translation>Pay records of this person</translation>
    </message>
    <message>
        <source>Learners guided today: open placements and live apprenticeships. No national ratio exists (R-APP-10, R-SUP-3): the limit is the person&apos;s own or the school default, set under Settings (mentor_load).</source>
        <translation>Learners guided today: open placements and live apprenticeships. No national ratio exists (R-APP-10, R-SUP-3): the limit is the person&apos;s own or the school default, set under Settings (mentor_load).</translation>
    </message>
    <message>
        <source>Learners of %1: %2</source>
        <translation>Learners of %1: %2</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <source>Edit log entry</source>
        <translation>Edit log entry</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>New log entry</translation>
    </message>
    <message>
        <source>Student, class or enterprise</source>
        <translation>Student, class or enterprise</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Log text</source>
        <translation>Log text</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Hours this week</source>
        <translation>Hours this week</translation>
    </message>
    <message>
        <source>Choose the placement to see the week&apos;s days.</source>
        <translation>Choose the placement to see the week&apos;s days.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>LogImportDialog</name>
    <message>
        <source>Import weekly logs</source>
        <translation>Import weekly logs</translation>
    </message>
    <message>
        <source>%1 row(s) can be imported, %2 cannot.</source>
        <translation>%1 row(s) can be imported, %2 cannot.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>Skip the rows that cannot be imported</source>
        <translation>Skip the rows that cannot be imported</translation>
    </message>
</context>
<context>
    <name>LogReviewDialog</name>
    <message>
        <source>Approve log entry</source>
        <translation>Approve log entry</translation>
    </message>
    <message>
        <source>Return log entry</source>
        <translation>Return log entry</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Log text</source>
        <translation>Log text</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <source>Say what the learner should change.</source>
        <translation>Say what the learner should change.</translation>
    </message>
</context>
<context>
    <name>LogbookLabels</name>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>LogbookTab</name>
    <message>
        <source>Logbook</source>
        <translation>Logbook</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Only suspected copies</source>
        <translation>Only suspected copies</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>Print weekly sheets…</source>
        <translation>Print weekly sheets…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Not opened</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>An approved entry is a record and cannot be changed.</source>
        <translation>An approved entry is a record and cannot be changed.</translation>
    </message>
    <message>
        <source>%1 % · own week %2</source>
        <translation>%1 % · own week %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <source>Suspected copy</source>
        <translation>Suspected copy</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>%1 sheet(s) written to %2</source>
        <translation>%1 sheet(s) written to %2</translation>
    </message>
    <message>
        <source>Import weekly logs</source>
        <translation>Import weekly logs</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>Sheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>%1 entries imported.</source>
        <translation>%1 entries imported.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in - Jilin Apprentice</source>
        <translation>Log in - Jilin Apprentice</translation>
    </message>
    <message>
        <source>Log in with the user name and password your administrator gave you.</source>
        <translation>Log in with the user name and password your administrator gave you.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
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
        <source>Needs action now</source>
        <translation>Needs action now</translation>
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
        <source>Apprenticeships</source>
        <translation>Apprenticeships</translation>
    </message>
    <message>
        <source>Post board</source>
        <translation>Post board</translation>
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
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>Export for an enterprise or &amp;insurer…</source>
        <translation>Export for an enterprise or &amp;insurer…</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Switch user…</translation>
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
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Apprentice: %1</source>
        <translation>Apprentice: %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Labour contract from</source>
        <translation>Labour contract from</translation>
    </message>
    <message>
        <source>Labour contract to</source>
        <translation>Labour contract to</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>Monthly wage</translation>
    </message>
</context>
<context>
    <name>MentorLabels</name>
    <message>
        <source>Mentor allowance</source>
        <translation>Mentor allowance</translation>
    </message>
    <message>
        <source>Part-time teaching pay</source>
        <translation>Part-time teaching pay</translation>
    </message>
</context>
<context>
    <name>MentorPaymentDialog</name>
    <message>
        <source>Edit pay record</source>
        <translation>Edit pay record</translation>
    </message>
    <message>
        <source>New pay record</source>
        <translation>New pay record</translation>
    </message>
    <message>
        <source>Mentor or teacher</source>
        <translation>Mentor or teacher</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Kind of pay</source>
        <translation>Kind of pay</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Teaching hours</source>
        <translation>Teaching hours</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>The enterprise pays the allowance; the school pays teaching</source>
        <translation>The enterprise pays the allowance; the school pays teaching</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MentorTexts</name>
    <message>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Pay records</source>
        <translation>Pay records</translation>
    </message>
    <message>
        <source>Intermediate worker</source>
        <translation>Intermediate worker</translation>
    </message>
    <message>
        <source>Advanced worker</source>
        <translation>Advanced worker</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Senior technician</source>
        <translation>Senior technician</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
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
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>Part-time teacher</source>
        <translation>Part-time teacher</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Learners</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Over the limit</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Over by %1</translation>
    </message>
    <message>
        <source>Monthly allowance</source>
        <translation>Monthly allowance</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Kind of pay</source>
        <translation>Kind of pay</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MentorsTab</name>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
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
        <source>You are not allowed to do this ({permission}); ask an administrator for the right.</source>
        <translation>You are not allowed to do this ({permission}); ask an administrator for the right.</translation>
    </message>
    <message>
        <source>This person is named in apprenticeships, pay records, site visits, logbook reviews or evaluations, which are kept as records; the person cannot be deleted.</source>
        <translation>This person is named in apprenticeships, pay records, site visits, logbook reviews or evaluations, which are kept as records; the person cannot be deleted.</translation>
    </message>
    <message>
        <source>This student has certificates or logbook entries, which are kept as records; set the status to withdrawn or graduated instead.</source>
        <translation>This student has certificates or logbook entries, which are kept as records; set the status to withdrawn or graduated instead.</translation>
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
        <source>The database server cannot be reached. Nothing was saved by this step; check the network or ask the administrator whether the server is running, then try again.</source>
        <translation>The database server cannot be reached. Nothing was saved by this step; check the network or ask the administrator whether the server is running, then try again.</translation>
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
        <source>{field} ({end}) is before the start date ({start}).</source>
        <translation>{field} ({end}) is before the start date ({start}).</translation>
    </message>
    <message>
        <source>{field}: the student already has a placement from {start} to {end} at {enterprise}; one student cannot be at two placements on the same day.</source>
        <translation>{field}: the student already has a placement from {start} to {end} at {enterprise}; one student cannot be at two placements on the same day.</translation>
    </message>
    <message>
        <source>{field}: this post belongs to another enterprise.</source>
        <translation>{field}: this post belongs to another enterprise.</translation>
    </message>
    <message>
        <source>{field}: this mentor works for another enterprise.</source>
        <translation>{field}: this mentor works for another enterprise.</translation>
    </message>
    <message>
        <source>{field}: choose a person of the right role (mentor or supervisor).</source>
        <translation>{field}: choose a person of the right role (mentor or supervisor).</translation>
    </message>
    <message>
        <source>{field}: pay must be money paid to the student, not goods or vouchers (REG-2021 Art 18, R-PAY-3).</source>
        <translation>{field}: pay must be money paid to the student, not goods or vouchers (REG-2021 Art 18, R-PAY-3).</translation>
    </message>
    <message>
        <source>{field}: the student is not enrolled ({status}); a placement needs an enrolled student (REG-2021 Art 2).</source>
        <translation>{field}: the student is not enrolled ({status}); a placement needs an enrolled student (REG-2021 Art 2).</translation>
    </message>
    <message>
        <source>The placement no longer exists.</source>
        <translation>The placement no longer exists.</translation>
    </message>
    <message>
        <source>A placement that is {current} cannot become {target}.</source>
        <translation>A placement that is {current} cannot become {target}.</translation>
    </message>
    <message>
        <source>{count} rule(s) stop this change: {rules}.</source>
        <translation>{count} rule(s) stop this change: {rules}.</translation>
    </message>
    <message>
        <source>A {status} placement is a closed record and cannot be changed.</source>
        <translation>A {status} placement is a closed record and cannot be changed.</translation>
    </message>
    <message>
        <source>{field}: the value cannot be used by the rules: {problems}.</source>
        <translation>{field}: the value cannot be used by the rules: {problems}.</translation>
    </message>
    <message>
        <source>{field}: not valid JSON ({error}).</source>
        <translation>{field}: not valid JSON ({error}).</translation>
    </message>
    <message>
        <source>{field}: this parameter already has a value from that date.</source>
        <translation>{field}: this parameter already has a value from that date.</translation>
    </message>
    <message>
        <source>The parameter no longer exists.</source>
        <translation>The parameter no longer exists.</translation>
    </message>
    <message>
        <source>{field}: an apprenticeship period belongs to one of the student&apos;s apprenticeships; choose it (or record the apprenticeship first).</source>
        <translation>{field}: an apprenticeship period belongs to one of the student&apos;s apprenticeships; choose it (or record the apprenticeship first).</translation>
    </message>
    <message>
        <source>{field}: choose at least one student.</source>
        <translation>{field}: choose at least one student.</translation>
    </message>
    <message>
        <source>The font file {path} is missing.</source>
        <translation>The font file {path} is missing.</translation>
    </message>
    <message>
        <source>{field}: the premium may not be charged to students or deducted from their pay (REG-2021 Art 35 para 2, R-INS-2).</source>
        <translation>{field}: the premium may not be charged to students or deducted from their pay (REG-2021 Art 35 para 2, R-INS-2).</translation>
    </message>
    <message>
        <source>{field}: {insurer} already has a policy with this number from {start} to {end}; the same number may only be reused for a period that does not overlap.</source>
        <translation>{field}: {insurer} already has a policy with this number from {start} to {end}; the same number may only be reused for a period that does not overlap.</translation>
    </message>
    <message>
        <source>The insurance policy no longer exists.</source>
        <translation>The insurance policy no longer exists.</translation>
    </message>
    <message>
        <source>{field}: incidents name this policy, so it is part of a claim record and cannot be deleted.</source>
        <translation>{field}: incidents name this policy, so it is part of a claim record and cannot be deleted.</translation>
    </message>
    <message>
        <source>{field}: the file {path} does not exist or is not a file.</source>
        <translation>{field}: the file {path} does not exist or is not a file.</translation>
    </message>
    <message>
        <source>{field} cannot be in the future.</source>
        <translation>{field} cannot be in the future.</translation>
    </message>
    <message>
        <source>{field} is outside the placement ({start} to {end}).</source>
        <translation>{field} is outside the placement ({start} to {end}).</translation>
    </message>
    <message>
        <source>{field} is before the date of the incident.</source>
        <translation>{field} is before the date of the incident.</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>The incident no longer exists.</translation>
    </message>
    <message>
        <source>{field}: pay goes to the student ({student}) directly, not to {payee} (REG-2021 Art 18, R-PAY-3).</source>
        <translation>{field}: pay goes to the student ({student}) directly, not to {payee} (REG-2021 Art 18, R-PAY-3).</translation>
    </message>
    <message>
        <source>{field} is before the placement began ({start}).</source>
        <translation>{field} is before the placement began ({start}).</translation>
    </message>
    <message>
        <source>{field} is after today ({today}); record a payment once it has been made.</source>
        <translation>{field} is after today ({today}); record a payment once it has been made.</translation>
    </message>
    <message>
        <source>{field} must be more than 0.00 yuan.</source>
        <translation>{field} must be more than 0.00 yuan.</translation>
    </message>
    <message>
        <source>{field} (line {line}): say what an “other” deduction is for.</source>
        <translation>{field} (line {line}): say what an “other” deduction is for.</translation>
    </message>
    <message>
        <source>{field}: the deductions add up to more than the gross pay.</source>
        <translation>{field}: the deductions add up to more than the gross pay.</translation>
    </message>
    <message>
        <source>{field}: the placement is still a draft; record pay once it is approved.</source>
        <translation>{field}: the placement is still a draft; record pay once it is approved.</translation>
    </message>
    <message>
        <source>{field}: the placement has no pay period in the month of {period}.</source>
        <translation>{field}: the placement has no pay period in the month of {period}.</translation>
    </message>
    <message>
        <source>{field}: this placement is at another enterprise.</source>
        <translation>{field}: this placement is at another enterprise.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({error}). Save it as .xlsx or .csv and try again.</source>
        <translation>{file} cannot be read ({error}). Save it as .xlsx or .csv and try again.</translation>
    </message>
    <message>
        <source>{file}: no header row with a name or ID number column and an amount column (实发工资, 实发金额 or 应发工资) was found.</source>
        <translation>{file}: no header row with a name or ID number column and an amount column (实发工资, 实发金额 or 应发工资) was found.</translation>
    </message>
    <message>
        <source>{file} has no payment rows.</source>
        <translation>{file} has no payment rows.</translation>
    </message>
    <message>
        <source>{field} is stored as a number ({value}); Excel keeps only 15 digits, so the number may be wrong. Format the column as text, type the numbers again and import again.</source>
        <translation>{field} is stored as a number ({value}); Excel keeps only 15 digits, so the number may be wrong. Format the column as text, type the numbers again and import again.</translation>
    </message>
    <message>
        <source>{field} is in scientific notation ({value}); the last digits are lost. Format the column as text, type the numbers again and import again.</source>
        <translation>{field} is in scientific notation ({value}); the last digits are lost. Format the column as text, type the numbers again and import again.</translation>
    </message>
    <message>
        <source>{field}: no student {name} has a placement at this enterprise.</source>
        <translation>{field}: no student {name} has a placement at this enterprise.</translation>
    </message>
    <message>
        <source>{field}: this student ({name}) has no placement at this enterprise.</source>
        <translation>{field}: this student ({name}) has no placement at this enterprise.</translation>
    </message>
    <message>
        <source>{field}: the sheet says {name}, but this ID number belongs to {student}.</source>
        <translation>{field}: the sheet says {name}, but this ID number belongs to {student}.</translation>
    </message>
    <message>
        <source>{field}: more than one student named {name} is at this enterprise; add the ID number column to the sheet.</source>
        <translation>{field}: more than one student named {name} is at this enterprise; add the ID number column to the sheet.</translation>
    </message>
    <message>
        <source>{field}: not an amount of money.</source>
        <translation>{field}: not an amount of money.</translation>
    </message>
    <message>
        <source>{field}: gross pay less deductions is not the net pay on this row.</source>
        <translation>{field}: gross pay less deductions is not the net pay on this row.</translation>
    </message>
    <message>
        <source>{field}: not a date (write it as 2026-11-10 or 2026年11月10日).</source>
        <translation>{field}: not a date (write it as 2026-11-10 or 2026年11月10日).</translation>
    </message>
    <message>
        <source>{field}: this payment (same date and amount) is already recorded.</source>
        <translation>{field}: this payment (same date and amount) is already recorded.</translation>
    </message>
    <message>
        <source>The password does not open the certificate {path}.</source>
        <translation>The password does not open the certificate {path}.</translation>
    </message>
    <message>
        <source>The certificate {name} is valid from {not_before} to {not_after}, so it cannot sign today ({today}). Create or import a current certificate.</source>
        <translation>The certificate {name} is valid from {not_before} to {not_after}, so it cannot sign today ({today}). Create or import a current certificate.</translation>
    </message>
    <message>
        <source>{path} is not a PKCS#12 certificate (.p12 or .pfx) with a private key. Nothing was changed.</source>
        <translation>{path} is not a PKCS#12 certificate (.p12 or .pfx) with a private key. Nothing was changed.</translation>
    </message>
    <message>
        <source>The certificate folder {path} is not writable; the certificate was not saved.</source>
        <translation>The certificate folder {path} is not writable; the certificate was not saved.</translation>
    </message>
    <message>
        <source>The school has no signing certificate yet. Create or import one in Settings first.</source>
        <translation>The school has no signing certificate yet. Create or import one in Settings first.</translation>
    </message>
    <message>
        <source>No certificate password: set the environment variable {env} or run the command in a terminal to be asked for it.</source>
        <translation>No certificate password: set the environment variable {env} or run the command in a terminal to be asked for it.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({error}).</source>
        <translation>The file {path} cannot be read ({error}).</translation>
    </message>
    <message>
        <source>{path} is not a PDF file. Nothing was signed.</source>
        <translation>{path} is not a PDF file. Nothing was signed.</translation>
    </message>
    <message>
        <source>{path} is password-protected; save an unprotected copy and try again.</source>
        <translation>{path} is password-protected; save an unprotected copy and try again.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read as a PDF ({error}).</source>
        <translation>{path} is damaged and cannot be read as a PDF ({error}).</translation>
    </message>
    <message>
        <source>The folder {path} is not writable; choose another place for the signed file. Nothing was written.</source>
        <translation>The folder {path} is not writable; choose another place for the signed file. Nothing was written.</translation>
    </message>
    <message>
        <source>The signed file would replace the original {path}; choose another name for it.</source>
        <translation>The signed file would replace the original {path}; choose another name for it.</translation>
    </message>
    <message>
        <source>{path} already carries the school&apos;s signature ({field}). A changed agreement is a new version: generate it again and sign the new file.</source>
        <translation>{path} already carries the school&apos;s signature ({field}). A changed agreement is a new version: generate it again and sign the new file.</translation>
    </message>
    <message>
        <source>{path} cannot be signed: {error}</source>
        <translation>{path} cannot be signed: {error}</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>The file carries no digital signature.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signed content no longer matches the signature. Do not rely on this copy.</source>
        <translation>The file was changed after it was signed: the signed content no longer matches the signature. Do not rely on this copy.</translation>
    </message>
    <message>
        <source>Something was added to the file after it was signed, without a new signature. Do not rely on this copy; ask for the original signed file.</source>
        <translation>Something was added to the file after it was signed, without a new signature. Do not rely on this copy; ask for the original signed file.</translation>
    </message>
    <message>
        <source>The signature is intact, but the certificate of {signer} is not one of this school&apos;s known certificates.</source>
        <translation>The signature is intact, but the certificate of {signer} is not one of this school&apos;s known certificates.</translation>
    </message>
    <message>
        <source>The signature is intact and {signer} is a known certificate, but the certificate is not valid for signing today (expired, not yet valid, or not meant for signing).</source>
        <translation>The signature is intact and {signer} is a known certificate, but the certificate is not valid for signing today (expired, not yet valid, or not meant for signing).</translation>
    </message>
    <message>
        <source>The file is not an agreement made by Jilin Apprentice (it carries no agreement number or version).</source>
        <translation>The file is not an agreement made by Jilin Apprentice (it carries no agreement number or version).</translation>
    </message>
    <message>
        <source>The agreement cannot be generated: the record lacks what it must state ({fields}).</source>
        <translation>The agreement cannot be generated: the record lacks what it must state ({fields}).</translation>
    </message>
    <message>
        <source>This agreement is {status}; signatures can no longer be added.</source>
        <translation>This agreement is {status}; signatures can no longer be added.</translation>
    </message>
    <message>
        <source>The placement changed after this agreement was generated; generate a new version and sign that.</source>
        <translation>The placement changed after this agreement was generated; generate a new version and sign that.</translation>
    </message>
    <message>
        <source>Every party must sign before the school signs the final file.</source>
        <translation>Every party must sign before the school signs the final file.</translation>
    </message>
    <message>
        <source>The agreement no longer exists.</source>
        <translation>The agreement no longer exists.</translation>
    </message>
    <message>
        <source>{field}: the clauses can be reworded, not added or removed (each covers an item REG-2021 Art 15 requires).</source>
        <translation>{field}: the clauses can be reworded, not added or removed (each covers an item REG-2021 Art 15 requires).</translation>
    </message>
    <message>
        <source>{field}: the record has no value for {names}; check the spelling in braces.</source>
        <translation>{field}: the record has no value for {names}; check the spelling in braces.</translation>
    </message>
    <message>
        <source>{field}: the agreement must still state {names} (REG-2021 Art 15); keep these placeholders.</source>
        <translation>{field}: the agreement must still state {names} (REG-2021 Art 15); keep these placeholders.</translation>
    </message>
    <message>
        <source>{field}: a training calendar covers at most {years} years (R-APP-6).</source>
        <translation>{field}: a training calendar covers at most {years} years (R-APP-6).</translation>
    </message>
    <message>
        <source>{field}: the cycle needs at least one week at school or at the enterprise.</source>
        <translation>{field}: the cycle needs at least one week at school or at the enterprise.</translation>
    </message>
    <message>
        <source>{field}: choose at least one weekday.</source>
        <translation>{field}: choose at least one weekday.</translation>
    </message>
    <message>
        <source>{field}: the recurrence rule cannot be read; write it like FREQ=WEEKLY;BYDAY=TU,TH.</source>
        <translation>{field}: the recurrence rule cannot be read; write it like FREQ=WEEKLY;BYDAY=TU,TH.</translation>
    </message>
    <message>
        <source>The programme has no calendar pattern yet; set the pattern first.</source>
        <translation>The programme has no calendar pattern yet; set the pattern first.</translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation>The programme no longer exists.</translation>
    </message>
    <message>
        <source>The apprenticeship no longer exists.</source>
        <translation>The apprenticeship no longer exists.</translation>
    </message>
    <message>
        <source>{field}: {student} already has days in the calendar of another apprenticeship on {dates} ({count} days); one student cannot be at two places on one day.</source>
        <translation>{field}: {student} already has days in the calendar of another apprenticeship on {dates} ({count} days); one student cannot be at two places on one day.</translation>
    </message>
    <message>
        <source>{field}: {student} has a placement at {enterprise} on {dates} ({count} days); one student cannot be at two places on one day.</source>
        <translation>{field}: {student} has a placement at {enterprise} on {dates} ({count} days); one student cannot be at two places on one day.</translation>
    </message>
    <message>
        <source>{field}: {dates} ({count} days) lie outside the apprenticeship ({start} – {end}).</source>
        <translation>{field}: {dates} ({count} days) lie outside the apprenticeship ({start} – {end}).</translation>
    </message>
    <message>
        <source>No public-holiday list is stored for {year}; its holidays were generated as working days.</source>
        <translation>No public-holiday list is stored for {year}; its holidays were generated as working days.</translation>
    </message>
    <message>
        <source>The programme has no apprentices; no days were generated.</source>
        <translation>The programme has no apprentices; no days were generated.</translation>
    </message>
    <message>
        <source>{student}: the apprenticeship ({start} – {end}) does not overlap the pattern; no days were generated.</source>
        <translation>{student}: the apprenticeship ({start} – {end}) does not overlap the pattern; no days were generated.</translation>
    </message>
    <message>
        <source>The logbook entry no longer exists.</source>
        <translation>The logbook entry no longer exists.</translation>
    </message>
    <message>
        <source>{field}: the week of {week} lies outside the placement ({start} to {end}).</source>
        <translation>{field}: the week of {week} lies outside the placement ({start} to {end}).</translation>
    </message>
    <message>
        <source>{field}: the week of {week} has not begun; entries can be made up to the current week.</source>
        <translation>{field}: the week of {week} has not begun; entries can be made up to the current week.</translation>
    </message>
    <message>
        <source>{field}: the student already has an entry for the week of {week}.</source>
        <translation>{field}: the student already has an entry for the week of {week}.</translation>
    </message>
    <message>
        <source>A submitted or approved entry cannot be changed; only a draft or a returned entry can.</source>
        <translation>A submitted or approved entry cannot be changed; only a draft or a returned entry can.</translation>
    </message>
    <message>
        <source>Only a draft or a returned entry can be submitted.</source>
        <translation>Only a draft or a returned entry can be submitted.</translation>
    </message>
    <message>
        <source>Only a submitted entry can be approved or returned; submit the entry first (an approved entry stays approved).</source>
        <translation>Only a submitted entry can be approved or returned; submit the entry first (an approved entry stays approved).</translation>
    </message>
    <message>
        <source>{field}: this mentor works for another enterprise and cannot review the entry.</source>
        <translation>{field}: this mentor works for another enterprise and cannot review the entry.</translation>
    </message>
    <message>
        <source>{field}: only the placement&apos;s enterprise mentor or school supervisor (or the apprentice&apos;s mentors) can review this entry.</source>
        <translation>{field}: only the placement&apos;s enterprise mentor or school supervisor (or the apprentice&apos;s mentors) can review this entry.</translation>
    </message>
    <message>
        <source>{count} row(s) cannot be imported; nothing was written. Correct them, or choose to skip them.</source>
        <translation>{count} row(s) cannot be imported; nothing was written. Correct them, or choose to skip them.</translation>
    </message>
    <message>
        <source>{field}: the first row must name the columns {columns}.</source>
        <translation>{field}: the first row must name the columns {columns}.</translation>
    </message>
    <message>
        <source>{field}: the sheet has no rows.</source>
        <translation>{field}: the sheet has no rows.</translation>
    </message>
    <message>
        <source>{field}: the file is neither UTF-8 nor GBK text; save it as .xlsx or .csv.</source>
        <translation>{field}: the file is neither UTF-8 nor GBK text; save it as .xlsx or .csv.</translation>
    </message>
    <message>
        <source>{field}: no single student matches {student}.</source>
        <translation>{field}: no single student matches {student}.</translation>
    </message>
    <message>
        <source>{field}: not a date (2026-11-23) or a week number of the placement.</source>
        <translation>{field}: not a date (2026-11-23) or a week number of the placement.</translation>
    </message>
    <message>
        <source>{field}: the student has no placement in the week of {week}.</source>
        <translation>{field}: the student has no placement in the week of {week}.</translation>
    </message>
    <message>
        <source>{field}: not a number of hours.</source>
        <translation>{field}: not a number of hours.</translation>
    </message>
    <message>
        <source>{field}: the sheet has this student&apos;s week more than once.</source>
        <translation>{field}: the sheet has this student&apos;s week more than once.</translation>
    </message>
    <message>
        <source>{field}: {name} already has a record of this kind for {month}; edit that one instead.</source>
        <translation>{field}: {name} already has a record of this kind for {month}; edit that one instead.</translation>
    </message>
    <message>
        <source>{field}: {name} is not marked as a part-time teacher; mark them in Staff first (teaching pay is for enterprise staff teaching at the school, seed §(20)).</source>
        <translation>{field}: {name} is not marked as a part-time teacher; mark them in Staff first (teaching pay is for enterprise staff teaching at the school, seed §(20)).</translation>
    </message>
    <message>
        <source>{field}: {month} has not begun yet; record pay for this month or earlier.</source>
        <translation>{field}: {month} has not begun yet; record pay for this month or earlier.</translation>
    </message>
    <message>
        <source>The pay record no longer exists.</source>
        <translation>The pay record no longer exists.</translation>
    </message>
    <message>
        <source>{field}: {issuer} already issued a certificate with this number ({name}).</source>
        <translation>{field}: {issuer} already issued a certificate with this number ({name}).</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>The certificate no longer exists.</translation>
    </message>
    <message>
        <source>{field} is before the certificate was issued ({issued}).</source>
        <translation>{field} is before the certificate was issued ({issued}).</translation>
    </message>
    <message>
        <source>The module no longer exists.</source>
        <translation>The module no longer exists.</translation>
    </message>
    <message>
        <source>The apprentice is no longer in this programme.</source>
        <translation>The apprentice is no longer in this programme.</translation>
    </message>
    <message>
        <source>{count} apprentice(s) of this programme have placements, which are legal records; the programme cannot be deleted. Remove the other apprentices one by one instead.</source>
        <translation>{count} apprentice(s) of this programme have placements, which are legal records; the programme cannot be deleted. Remove the other apprentices one by one instead.</translation>
    </message>
    <message>
        <source>This apprenticeship has placements, which are legal records; it cannot be removed from the programme.</source>
        <translation>This apprenticeship has placements, which are legal records; it cannot be removed from the programme.</translation>
    </message>
    <message>
        <source>{field}: the programme has apprentices; its enterprise and type can no longer change.</source>
        <translation>{field}: the programme has apprentices; its enterprise and type can no longer change.</translation>
    </message>
    <message>
        <source>{field}: an enterprise new-type apprenticeship lasts at most {max} months (R-APP-6).</source>
        <translation>{field}: an enterprise new-type apprenticeship lasts at most {max} months (R-APP-6).</translation>
    </message>
    <message>
        <source>{field}: the training usually lasts {min} to {max} months (R-APP-6).</source>
        <translation>{field}: the training usually lasts {min} to {max} months (R-APP-6).</translation>
    </message>
    <message>
        <source>{field}: an enterprise new-type apprentice needs a labour contract of at least {months} months (R-APP-4).</source>
        <translation>{field}: an enterprise new-type apprentice needs a labour contract of at least {months} months (R-APP-4).</translation>
    </message>
    <message>
        <source>{field}: the student is not enrolled ({status}); only enrolled students can join a programme.</source>
        <translation>{field}: the student is not enrolled ({status}); only enrolled students can join a programme.</translation>
    </message>
    <message>
        <source>{field}: the student is already an apprentice from {start} to {end} at {enterprise}.</source>
        <translation>{field}: the student is already an apprentice from {start} to {end} at {enterprise}.</translation>
    </message>
    <message>
        <source>{field}: this student is listed twice.</source>
        <translation>{field}: this student is listed twice.</translation>
    </message>
    <message>
        <source>{field}: the student is not in the programme&apos;s class {class_name}; check that this is intended.</source>
        <translation>{field}: the student is not in the programme&apos;s class {class_name}; check that this is intended.</translation>
    </message>
    <message>
        <source>{field}: the apprenticeship must lie within the programme ({start} – {end}).</source>
        <translation>{field}: the apprenticeship must lie within the programme ({start} – {end}).</translation>
    </message>
    <message>
        <source>{field}: this apprenticeship already belongs to a programme.</source>
        <translation>{field}: this apprenticeship already belongs to a programme.</translation>
    </message>
    <message>
        <source>{field}: the apprenticeship is with another enterprise or of another type than the programme.</source>
        <translation>{field}: the apprenticeship is with another enterprise or of another type than the programme.</translation>
    </message>
    <message>
        <source>{field}: the rotation must lie within the programme ({start} – {end}).</source>
        <translation>{field}: the rotation must lie within the programme ({start} – {end}).</translation>
    </message>
    <message>
        <source>{field}: a module taught at school has no enterprise post.</source>
        <translation>{field}: a module taught at school has no enterprise post.</translation>
    </message>
    <message>
        <source>{field}: the module belongs to another programme than the apprenticeship.</source>
        <translation>{field}: the module belongs to another programme than the apprenticeship.</translation>
    </message>
    <message>
        <source>{field}: enter the date of the assessment the apprentice passed.</source>
        <translation>{field}: enter the date of the assessment the apprentice passed.</translation>
    </message>
    <message>
        <source>{field}: {name} is not a school supervisor; site visits are made by the school&apos;s internship teachers (REG-2021 Art 23, R-SUP-4).</source>
        <translation>{field}: {name} is not a school supervisor; site visits are made by the school&apos;s internship teachers (REG-2021 Art 23, R-SUP-4).</translation>
    </message>
    <message>
        <source>{field}: this supervisor already has a visit to this enterprise on {day}.</source>
        <translation>{field}: this supervisor already has a visit to this enterprise on {day}.</translation>
    </message>
    <message>
        <source>This visit was cancelled; plan a new visit instead of recording this one.</source>
        <translation>This visit was cancelled; plan a new visit instead of recording this one.</translation>
    </message>
    <message>
        <source>Only a planned visit can be cancelled (this one is {status}).</source>
        <translation>Only a planned visit can be cancelled (this one is {status}).</translation>
    </message>
    <message>
        <source>The site visit no longer exists.</source>
        <translation>The site visit no longer exists.</translation>
    </message>
    <message>
        <source>{field}: unknown items {items}.</source>
        <translation>{field}: unknown items {items}.</translation>
    </message>
    <message>
        <source>{field}: {count} item(s) are marked as a problem; say what was wrong and what was agreed (inspection record, REG-2021 Art 29 (6)).</source>
        <translation>{field}: {count} item(s) are marked as a problem; say what was wrong and what was agreed (inspection record, REG-2021 Art 29 (6)).</translation>
    </message>
    <message>
        <source>{field}: a draft placement cannot be evaluated yet.</source>
        <translation>{field}: a draft placement cannot be evaluated yet.</translation>
    </message>
    <message>
        <source>{field} is before the placement started ({start}).</source>
        <translation>{field} is before the placement started ({start}).</translation>
    </message>
    <message>
        <source>{field}: {items} are not criteria of the rubric in force.</source>
        <translation>{field}: {items} are not criteria of the rubric in force.</translation>
    </message>
    <message>
        <source>The enterprise mentor&apos;s evaluation is missing. The grade combines the enterprise&apos;s and the school&apos;s evaluations (REG-2021 Art 27, R-EVAL-1); nothing was graded.</source>
        <translation>The enterprise mentor&apos;s evaluation is missing. The grade combines the enterprise&apos;s and the school&apos;s evaluations (REG-2021 Art 27, R-EVAL-1); nothing was graded.</translation>
    </message>
    <message>
        <source>The school supervisor&apos;s evaluation is missing. The grade combines the enterprise&apos;s and the school&apos;s evaluations (REG-2021 Art 27, R-EVAL-1); nothing was graded.</source>
        <translation>The school supervisor&apos;s evaluation is missing. The grade combines the enterprise&apos;s and the school&apos;s evaluations (REG-2021 Art 27, R-EVAL-1); nothing was graded.</translation>
    </message>
    <message>
        <source>Neither the enterprise mentor nor the school supervisor has evaluated this placement yet (REG-2021 Art 27, R-EVAL-1); nothing was graded.</source>
        <translation>Neither the enterprise mentor nor the school supervisor has evaluated this placement yet (REG-2021 Art 27, R-EVAL-1); nothing was graded.</translation>
    </message>
    <message>
        <source>The opening no longer exists.</source>
        <translation>The opening no longer exists.</translation>
    </message>
    <message>
        <source>The class no longer exists.</source>
        <translation>The class no longer exists.</translation>
    </message>
    <message>
        <source>{field}: the board matches post internships and cognitive internships; an apprenticeship is entered through its programme.</source>
        <translation>{field}: the board matches post internships and cognitive internships; an apprenticeship is entered through its programme.</translation>
    </message>
    <message>
        <source>{field}: an opening cannot run for more than three years.</source>
        <translation>{field}: an opening cannot run for more than three years.</translation>
    </message>
    <message>
        <source>{field}: {filled} places are already filled; the count cannot be lower.</source>
        <translation>{field}: {filled} places are already filled; the count cannot be lower.</translation>
    </message>
    <message>
        <source>{count} placement(s) were made from this opening; close it instead of deleting it.</source>
        <translation>{count} placement(s) were made from this opening; close it instead of deleting it.</translation>
    </message>
    <message>
        <source>No student was chosen.</source>
        <translation>No student was chosen.</translation>
    </message>
    <message>
        <source>{student} is chosen for two openings at once.</source>
        <translation>{student} is chosen for two openings at once.</translation>
    </message>
    <message>
        <source>The opening {opening} is not open ({status}).</source>
        <translation>The opening {opening} is not open ({status}).</translation>
    </message>
    <message>
        <source>{opening}: {count} students chosen but only {places} places remain.</source>
        <translation>{opening}: {count} students chosen but only {places} places remain.</translation>
    </message>
    <message>
        <source>{opening}: {count} students chosen but the interns caps allow only {places} more (REG-2021 Art 11, R-CAP-1/2).</source>
        <translation>{opening}: {count} students chosen but the interns caps allow only {places} more (REG-2021 Art 11, R-CAP-1/2).</translation>
    </message>
    <message>
        <source>{student} cannot be placed at {opening}; nothing was saved:</source>
        <translation>{student} cannot be placed at {opening}; nothing was saved:</translation>
    </message>
    <message>
        <source>the student is not an enrolled full-time student.</source>
        <translation>the student is not an enrolled full-time student.</translation>
    </message>
    <message>
        <source>the student&apos;s major is not among the majors wanted.</source>
        <translation>the student&apos;s major is not among the majors wanted.</translation>
    </message>
    <message>
        <source>the student&apos;s grade year is not among the years wanted.</source>
        <translation>the student&apos;s grade year is not among the years wanted.</translation>
    </message>
    <message>
        <source>the student has another placement on these dates.</source>
        <translation>the student has another placement on these dates.</translation>
    </message>
    <message>
        <source>the student is not available for the whole period.</source>
        <translation>the student is not available for the whole period.</translation>
    </message>
    <message>
        <source>the placement would break rule {rule} (see the rule list).</source>
        <translation>the placement would break rule {rule} (see the rule list).</translation>
    </message>
    <message>
        <source>{field}: there is no export of {kind}; choose one of {kinds}.</source>
        <translation>{field}: there is no export of {kind}; choose one of {kinds}.</translation>
    </message>
    <message>
        <source>{field}: {year} is not a year between {min} and {max}.</source>
        <translation>{field}: {year} is not a year between {min} and {max}.</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>The file {path} could not be written: {reason}</translation>
    </message>
    <message>
        <source>{count} student(s) in this export have no consent in force today for sharing their data with an enterprise (PIPL Art 23, R-PI-6); under 14, a guardian must have signed it (R-PI-5). Nothing was exported. Record their consents, or export only the students with consent.</source>
        <translation>{count} student(s) in this export have no consent in force today for sharing their data with an enterprise (PIPL Art 23, R-PI-6); under 14, a guardian must have signed it (R-PI-5). Nothing was exported. Record their consents, or export only the students with consent.</translation>
    </message>
    <message>
        <source>{count} student(s) in this export have no consent in force today for sharing their data with an insurer (PIPL Art 23, R-PI-6); under 14, a guardian must have signed it (R-PI-5). Nothing was exported. Record their consents, or export only the students with consent.</source>
        <translation>{count} student(s) in this export have no consent in force today for sharing their data with an insurer (PIPL Art 23, R-PI-6); under 14, a guardian must have signed it (R-PI-5). Nothing was exported. Record their consents, or export only the students with consent.</translation>
    </message>
    <message>
        <source>{field} is stored as a number ({value}): Excel keeps only 15 significant digits, so the last digits are already lost. Format the column as Text in Excel, type the numbers again and import again.</source>
        <translation>{field} is stored as a number ({value}): Excel keeps only 15 significant digits, so the last digits are already lost. Format the column as Text in Excel, type the numbers again and import again.</translation>
    </message>
    <message>
        <source>{field} reads {value}: Excel turned the number into scientific notation and its last digits are lost. Format the column as Text in Excel, type the numbers again and import again.</source>
        <translation>{field} reads {value}: Excel turned the number into scientific notation and its last digits are lost. Format the column as Text in Excel, type the numbers again and import again.</translation>
    </message>
    <message>
        <source>{file} does not exist or is a folder.</source>
        <translation>{file} does not exist or is a folder.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes).</source>
        <translation>{file} is empty (0 bytes).</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} has no cells with data.</source>
        <translation>{file}: the sheet {sheet} has no cells with data.</translation>
    </message>
    <message>
        <source>{file} is larger than {mb} MB; split it into smaller files.</source>
        <translation>{file} is larger than {mb} MB; split it into smaller files.</translation>
    </message>
    <message>
        <source>{file} has {rows} rows, more than the {max} one import takes; split it.</source>
        <translation>{file} has {rows} rows, more than the {max} one import takes; split it.</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook) and save it again.</source>
        <translation>{file} is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook) and save it again.</translation>
    </message>
    <message>
        <source>{file} is an old Excel 97-2003 (.xls) workbook; save it as .xlsx and try again.</source>
        <translation>{file} is an old Excel 97-2003 (.xls) workbook; save it as .xlsx and try again.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet: save it as .xlsx or as .csv and try again.</source>
        <translation>{file} is not a spreadsheet: save it as .xlsx or as .csv and try again.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor GBK text; save it from Excel as .xlsx instead.</source>
        <translation>{file} is neither UTF-8 nor GBK text; save it from Excel as .xlsx instead.</translation>
    </message>
    <message>
        <source>{file} mixes text encodings: line {utf8} is UTF-8 but line {other} is not. Save the whole sheet again in one encoding (or as .xlsx).</source>
        <translation>{file} mixes text encodings: line {utf8} is UTF-8 but line {other} is not. Save the whole sheet again in one encoding (or as .xlsx).</translation>
    </message>
    <message>
        <source>{file}: no header row was found in the first 20 rows (expected column names such as {columns}). Use the template or map the columns.</source>
        <translation>{file}: no header row was found in the first 20 rows (expected column names such as {columns}). Use the template or map the columns.</translation>
    </message>
    <message>
        <source>{file}: required column(s) missing: {columns}.</source>
        <translation>{file}: required column(s) missing: {columns}.</translation>
    </message>
    <message>
        <source>{file} has a header but no data rows.</source>
        <translation>{file} has a header but no data rows.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row(s) are invalid (sheet rows {rows}). Correct them, or choose to skip invalid rows.</source>
        <translation>Nothing was imported: {count} row(s) are invalid (sheet rows {rows}). Correct them, or choose to skip invalid rows.</translation>
    </message>
    <message>
        <source>Nothing was imported: some records were saved by someone else since the preview. Preview the file again.</source>
        <translation>Nothing was imported: some records were saved by someone else since the preview. Preview the file again.</translation>
    </message>
    <message>
        <source>{field}: there is no class named {value}; add it under Settings first.</source>
        <translation>{field}: there is no class named {value}; add it under Settings first.</translation>
    </message>
    <message>
        <source>{field}: the sheet says {value}, but the class belongs to another major.</source>
        <translation>{field}: the sheet says {value}, but the class belongs to another major.</translation>
    </message>
    <message>
        <source>{field} does not agree with the ID number; check both.</source>
        <translation>{field} does not agree with the ID number; check both.</translation>
    </message>
    <message>
        <source>{field}: the same value is already on sheet row {first}.</source>
        <translation>{field}: the same value is already on sheet row {first}.</translation>
    </message>
    <message>
        <source>{field}: {value} is not an industry of the list (e.g. 汽车, 石油化工).</source>
        <translation>{field}: {value} is not an industry of the list (e.g. 汽车, 石油化工).</translation>
    </message>
    <message>
        <source>{field}: no enterprise {value} is registered; import the enterprises first.</source>
        <translation>{field}: no enterprise {value} is registered; import the enterprises first.</translation>
    </message>
    <message>
        <source>{field}: more than one enterprise is named {value}; add a 统一社会信用代码 column.</source>
        <translation>{field}: more than one enterprise is named {value}; add a 统一社会信用代码 column.</translation>
    </message>
    <message>
        <source>{field}: write 是 or 否.</source>
        <translation>{field}: write 是 or 否.</translation>
    </message>
    <message>
        <source>{field}: not a whole number.</source>
        <translation>{field}: not a whole number.</translation>
    </message>
    <message>
        <source>{field}: the enterprise has no post {value}; import the posts first.</source>
        <translation>{field}: the enterprise has no post {value}; import the posts first.</translation>
    </message>
    <message>
        <source>{field}: no student has this ID number; import the students first.</source>
        <translation>{field}: no student has this ID number; import the students first.</translation>
    </message>
    <message>
        <source>{field}: nobody named {value} is registered (for this enterprise).</source>
        <translation>{field}: nobody named {value} is registered (for this enterprise).</translation>
    </message>
    <message>
        <source>{field}: more than one person is named {value}; choose in the placement.</source>
        <translation>{field}: more than one person is named {value}; choose in the placement.</translation>
    </message>
    <message>
        <source>This placement is no longer a draft: the sheet cannot change it (it is left as it is).</source>
        <translation>This placement is no longer a draft: the sheet cannot change it (it is left as it is).</translation>
    </message>
    <message>
        <source>{field}: give the month the pay is for as 2026-11.</source>
        <translation>{field}: give the month the pay is for as 2026-11.</translation>
    </message>
    <message>
        <source>The saved mapping no longer exists.</source>
        <translation>The saved mapping no longer exists.</translation>
    </message>
    <message>
        <source>The file {path} is not a database backup (it is not an SQLite file). Nothing was changed.</source>
        <translation>The file {path} is not a database backup (it is not an SQLite file). Nothing was changed.</translation>
    </message>
    <message>
        <source>The file {path} is a database, but not a Jilin Apprentice backup. Nothing was changed.</source>
        <translation>The file {path} is a database, but not a Jilin Apprentice backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Jilin Apprentice (schema {revision}). Install that version to restore it. Nothing was changed.</source>
        <translation>The backup {path} was made by a newer version of Jilin Apprentice (schema {revision}). Install that version to restore it. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged (its integrity check failed) and cannot be restored. Choose another backup. Nothing was changed.</source>
        <translation>The backup {path} is damaged (its integrity check failed) and cannot be restored. Choose another backup. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is the open database itself. Choose another file or folder.</source>
        <translation>{path} is the open database itself. Choose another file or folder.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: the disk is full. The incomplete file was removed and the database is unchanged. Free some space or choose another drive.</source>
        <translation>The backup could not be written to {folder}: the disk is full. The incomplete file was removed and the database is unchanged. Free some space or choose another drive.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}). The incomplete file was removed and the database is unchanged.</source>
        <translation>The backup could not be written to {folder} ({reason}). The incomplete file was removed and the database is unchanged.</translation>
    </message>
    <message>
        <source>The restore failed ({reason}); the database is unchanged. A copy of it as it was is in {safety}.</source>
        <translation>The restore failed ({reason}); the database is unchanged. A copy of it as it was is in {safety}.</translation>
    </message>
    <message>
        <source>Backups from the app are for a database file on this computer. Back up a PostgreSQL server with the server&apos;s own tools (pg_dump).</source>
        <translation>Backups from the app are for a database file on this computer. Back up a PostgreSQL server with the server&apos;s own tools (pg_dump).</translation>
    </message>
    <message>
        <source>The database {path} is damaged (integrity check: {detail}). Nothing was changed. The newest good backup is {backup}. To restore it, run:
python -m jilin_apprentice restore &quot;{backup}&quot; --yes
The damaged file is kept in the backups folder.</source>
        <translation>The database {path} is damaged (integrity check: {detail}). Nothing was changed. The newest good backup is {backup}. To restore it, run:
python -m jilin_apprentice restore &quot;{backup}&quot; --yes
The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <source>The database {path} is damaged (integrity check: {detail}) and there is no good backup in {folder}. Nothing was changed. Copy the file somewhere safe, and restore a backup from a USB stick with: python -m jilin_apprentice restore &quot;FILE&quot; --yes</source>
        <translation>The database {path} is damaged (integrity check: {detail}) and there is no good backup in {folder}. Nothing was changed. Copy the file somewhere safe, and restore a backup from a USB stick with: python -m jilin_apprentice restore &quot;FILE&quot; --yes</translation>
    </message>
    <message>
        <source>The consent record no longer exists.</source>
        <translation>The consent record no longer exists.</translation>
    </message>
    <message>
        <source>{field}: the student was under 14 on that day; a recorded guardian must sign (PIPL Art 31, R-PI-5).</source>
        <translation>{field}: the student was under 14 on that day; a recorded guardian must sign (PIPL Art 31, R-PI-5).</translation>
    </message>
    <message>
        <source>This consent has already been withdrawn.</source>
        <translation>This consent has already been withdrawn.</translation>
    </message>
    <message>
        <source>{field} is before the consent was signed ({signed}).</source>
        <translation>{field} is before the consent was signed ({signed}).</translation>
    </message>
    <message>
        <source>{count} student(s) are still enrolled or suspended; only students who have left can be anonymised. Nothing was changed.</source>
        <translation>{count} student(s) are still enrolled or suspended; only students who have left can be anonymised. Nothing was changed.</translation>
    </message>
    <message>
        <source>{count} student(s) still have open placements; complete or terminate them first. Nothing was changed.</source>
        <translation>{count} student(s) still have open placements; complete or terminate them first. Nothing was changed.</translation>
    </message>
    <message>
        <source>{field} is before the student enrolled ({enrolled}).</source>
        <translation>{field} is before the student enrolled ({enrolled}).</translation>
    </message>
    <message>
        <source>This version of the privacy notice is already recorded for the student.</source>
        <translation>This version of the privacy notice is already recorded for the student.</translation>
    </message>
    <message>
        <source>Wrong user name or password. After {max} wrong attempts in a row the account is locked for {minutes} minutes.</source>
        <translation>Wrong user name or password. After {max} wrong attempts in a row the account is locked for {minutes} minutes.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again after {until:%Y-%m-%d %H:%M}, or ask an administrator to unlock it.</source>
        <translation>This account is locked after too many wrong passwords. Try again after {until:%Y-%m-%d %H:%M}, or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>An administrator already exists; log in instead of setting up again.</source>
        <translation>An administrator already exists; log in instead of setting up again.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>This user no longer exists.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another user an administrator first.</source>
        <translation>This is the last active administrator; make another user an administrator first.</translation>
    </message>
    <message>
        <source>{field} cannot contain spaces.</source>
        <translation>{field} cannot contain spaces.</translation>
    </message>
    <message>
        <source>{field}: another user already has it.</source>
        <translation>{field}: another user already has it.</translation>
    </message>
    <message>
        <source>{field} must have at least {min} characters.</source>
        <translation>{field} must have at least {min} characters.</translation>
    </message>
    <message>
        <source>{field} is wrong.</source>
        <translation>{field} is wrong.</translation>
    </message>
    <message>
        <source>The school does not offer Korean reading copies of agreements. An administrator can turn on &quot;Offer a Korean reading copy of agreements&quot; in Settings &gt; General.</source>
        <translation>The school does not offer Korean reading copies of agreements. An administrator can turn on &quot;Offer a Korean reading copy of agreements&quot; in Settings &gt; General.</translation>
    </message>
    <message>
        <source>Placement {placement} has no generated agreement yet, so there is nothing to translate. Generate the agreement first.</source>
        <translation>Placement {placement} has no generated agreement yet, so there is nothing to translate. Generate the agreement first.</translation>
    </message>
    <message>
        <source>The PDF of agreement {number} is not on file ({path}), so no reading copy can be made of it.</source>
        <translation>The PDF of agreement {number} is not on file ({path}), so no reading copy can be made of it.</translation>
    </message>
    <message>
        <source>The placement&apos;s record changed after agreement {number} was generated, so a translation made now could differ from what the agreement says. Generate a new version of the agreement first.</source>
        <translation>The placement&apos;s record changed after agreement {number} was generated, so a translation made now could differ from what the agreement says. Generate a new version of the agreement first.</translation>
    </message>
    <message>
        <source>{path} is the file of agreement {number}; the reading copy never replaces an agreement. Choose another file name.</source>
        <translation>{path} is the file of agreement {number}; the reading copy never replaces an agreement. Choose another file name.</translation>
    </message>
    <message>
        <source>The PDF {path} could not be written: {reason}</source>
        <translation>The PDF {path} could not be written: {reason}</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <source>Edit module</source>
        <translation>Edit module</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>New module</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <source>Taught at</source>
        <translation>Taught at</translation>
    </message>
    <message>
        <source>Rotation post</source>
        <translation>Rotation post</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Rotation from</source>
        <translation>Rotation from</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Rotation to</source>
        <translation>Rotation to</translation>
    </message>
    <message>
        <source>A rotation post must belong to the programme&apos;s enterprise.</source>
        <translation>A rotation post must belong to the programme&apos;s enterprise.</translation>
    </message>
</context>
<context>
    <name>ModuleList</name>
    <message>
        <source>New module</source>
        <translation>New module</translation>
    </message>
    <message>
        <source>Edit module</source>
        <translation>Edit module</translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation>Delete module</translation>
    </message>
    <message>
        <source>Delete module %1 and the progress recorded on it?</source>
        <translation>Delete module %1 and the progress recorded on it?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Generate allowances</source>
        <translation>Generate allowances</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Already paid on</source>
        <translation>Already paid on</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>Edit opening</source>
        <translation>Edit opening</translation>
    </message>
    <message>
        <source>New opening</source>
        <translation>New opening</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>Placement type</translation>
    </message>
    <message>
        <source>Majors wanted (none: any)</source>
        <translation>Majors wanted (none: any)</translation>
    </message>
    <message>
        <source>Grade years (none: any)</source>
        <translation>Grade years (none: any)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OpeningsTab</name>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>New opening</source>
        <translation>New opening</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Allocate a class…</source>
        <translation>Allocate a class…</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <source>Delete the opening %1?</source>
        <translation>Delete the opening %1?</translation>
    </message>
    <message>
        <source>Delete opening</source>
        <translation>Delete opening</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Certificate password</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <source>Set password of %1</source>
        <translation>Set password of %1</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
</context>
<context>
    <name>PayColumns</name>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Interns</source>
        <translation>Interns</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Overdue periods</source>
        <translation>Overdue periods</translation>
    </message>
    <message>
        <source>Arrears to date</source>
        <translation>Arrears to date</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Last payment</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Paid in full on</source>
        <translation>Paid in full on</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>For period from</source>
        <translation>For period from</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>Forbidden part</source>
        <translation>Forbidden part</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Deduction details</source>
        <translation>Deduction details</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Due over the placement %1 · paid %2 · in arrears %3</source>
        <translation>Due over the placement %1 · paid %2 · in arrears %3</translation>
    </message>
    <message>
        <source>forbidden deductions %1</source>
        <translation>forbidden deductions %1</translation>
    </message>
    <message>
        <source>No pay terms: this placement has no pay schedule.</source>
        <translation>No pay terms: this placement has no pay schedule.</translation>
    </message>
    <message>
        <source>Periods computed from the pay terms; they are stored with the first payment.</source>
        <translation>Periods computed from the pay terms; they are stored with the first payment.</translation>
    </message>
    <message>
        <source>Payment of %1 on %2 recorded.</source>
        <translation>Payment of %1 on %2 recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported from %1.</source>
        <translation>
            <numerusform>%n payment imported from %1.</numerusform>
            <numerusform>%n payments imported from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows skipped: %1.</source>
        <translation>Rows skipped: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Schedule rebuilt: %n period(s)</source>
        <translation>
            <numerusform>Schedule rebuilt: %n period</numerusform>
            <numerusform>Schedule rebuilt: %n periods</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 payment(s) moved.</source>
        <translation>%1 added, %2 changed, %3 removed, %4 payment(s) moved.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation>Not usable</translation>
    </message>
    <message>
        <source>Name in sheet</source>
        <translation>Name in sheet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Matched student</source>
        <translation>Matched student</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>by ID number</source>
        <translation>by ID number</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>by name</translation>
    </message>
    <message>
        <source>No placement of this student has pay in this month.</source>
        <translation>No placement of this student has pay in this month.</translation>
    </message>
</context>
<context>
    <name>PayLabels</name>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>Paid late</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>Not due yet</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nothing due</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>Income tax</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>Social insurance</translation>
    </message>
    <message>
        <source>Meals and lodging</source>
        <translation>Meals and lodging</translation>
    </message>
    <message>
        <source>Fee (not allowed)</source>
        <translation>Fee (not allowed)</translation>
    </message>
    <message>
        <source>Commission (not allowed)</source>
        <translation>Commission (not allowed)</translation>
    </message>
    <message>
        <source>Insurance premium (not allowed)</source>
        <translation>Insurance premium (not allowed)</translation>
    </message>
    <message>
        <source>Other (give the reason)</source>
        <translation>Other (give the reason)</translation>
    </message>
</context>
<context>
    <name>PayPage</name>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Payroll sheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>Payroll sheets (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Import payroll sheet</source>
        <translation>Import payroll sheet</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>For period</source>
        <translation>For period</translation>
    </message>
    <message>
        <source>Oldest period still open (arrears first)</source>
        <translation>Oldest period still open (arrears first)</translation>
    </message>
    <message>
        <source>%1 – %2, due %3, %4 outstanding</source>
        <translation>%1 – %2, due %3, %4 outstanding</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Amount (gross)</source>
        <translation>Amount (gross)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Pay goes to the student directly, never to a parent, teacher or agent.</source>
        <translation>Pay goes to the student directly, never to a parent, teacher or agent.</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Name, enterprise or note (Ctrl+F)</source>
        <translation>Name, enterprise or note (Ctrl+F)</translation>
    </message>
    <message>
        <source>New pay record</source>
        <translation>New pay record</translation>
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
        <source>Generate allowances for month…</source>
        <translation>Generate allowances for month…</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>Allowances ¥%1 · Teaching pay ¥%2 · Total ¥%3</source>
        <translation>Allowances ¥%1 · Teaching pay ¥%2 · Total ¥%3</translation>
    </message>
    <message>
        <source>Delete the %1 of %2 for %3?</source>
        <translation>Delete the %1 of %2 for %3?</translation>
    </message>
    <message>
        <source>Delete pay record</source>
        <translation>Delete pay record</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>No allowances generated</source>
        <translation>No allowances generated</translation>
    </message>
    <message>
        <source>Allowance records created for %1: %2 (existing records were kept).</source>
        <translation>Allowance records created for %1: %2 (existing records were kept).</translation>
    </message>
</context>
<context>
    <name>PayrollImportDialog</name>
    <message>
        <source>Import payroll sheet</source>
        <translation>Import payroll sheet</translation>
    </message>
    <message>
        <source>Type to find the enterprise</source>
        <translation>Type to find the enterprise</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Pay for month</source>
        <translation>Pay for month</translation>
    </message>
    <message>
        <source>Paid on, for rows without a date</source>
        <translation>Paid on, for rows without a date</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import only the ready rows</source>
        <translation>Skip the rows with problems and import only the ready rows</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the enterprise whose payroll this is.</source>
        <translation>Choose the enterprise whose payroll this is.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import</source>
        <translation>
            <numerusform>%n row ready to import</numerusform>
            <numerusform>%n rows ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n row with problems</numerusform>
            <numerusform>%n rows with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Some rows have problems: correct the sheet, or tick skip.</source>
        <translation>Some rows have problems: correct the sheet, or tick skip.</translation>
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
    <name>PlacementDialog</name>
    <message>
        <source>Rule check (REG-2021)</source>
        <translation>Rule check (REG-2021)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>Terminate…</translation>
    </message>
    <message>
        <source>Signed agreement…</source>
        <translation>Signed agreement…</translation>
    </message>
    <message>
        <source>Change post…</source>
        <translation>Change post…</translation>
    </message>
    <message>
        <source>Placement: %1</source>
        <translation>Placement: %1</translation>
    </message>
    <message>
        <source>agreement %1 signed</source>
        <translation>agreement %1 signed</translation>
    </message>
    <message>
        <source>no signed agreement</source>
        <translation>no signed agreement</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Earlier posts: %1</source>
        <translation>Earlier posts: %1</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>New placement</translation>
    </message>
    <message>
        <source>New placement (saved as a draft)</source>
        <translation>New placement (saved as a draft)</translation>
    </message>
    <message>
        <source>No rule stands in the way.</source>
        <translation>No rule stands in the way.</translation>
    </message>
    <message>
        <source>%1 blocking, %2 warnings</source>
        <translation>%1 blocking, %2 warnings</translation>
    </message>
    <message>
        <source>Insurance cover is recorded under Insurance (policies and coverage).</source>
        <translation>Insurance cover is recorded under Insurance (policies and coverage).</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Name or number…</source>
        <translation>Name or number…</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Name…</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Apprenticeship</translation>
    </message>
    <message>
        <source>Arranged by</source>
        <translation>Arranged by</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
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
        <source>School supervisor</source>
        <translation>School supervisor</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>Independence</translation>
    </message>
    <message>
        <source>Hours and pay</source>
        <translation>Hours and pay</translation>
    </message>
    <message>
        <source>Overtime may be required</source>
        <translation>Overtime may be required</translation>
    </message>
    <message>
        <source>Works on weekly rest days</source>
        <translation>Works on weekly rest days</translation>
    </message>
    <message>
        <source>Works on public holidays</source>
        <translation>Works on public holidays</translation>
    </message>
    <message>
        <source>The student&apos;s own name</source>
        <translation>The student&apos;s own name</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>Hours per day</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>Days per week</translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation>Shift starts</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>Shift ends</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Pay unit</source>
        <translation>Pay unit</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>Paid every</source>
        <translation>Paid every</translation>
    </message>
    <message>
        <source>Payday (day of month)</source>
        <translation>Payday (day of month)</translation>
    </message>
    <message>
        <source>Consent and approvals</source>
        <translation>Consent and approvals</translation>
    </message>
    <message>
        <source>Signed by the student</source>
        <translation>Signed by the student</translation>
    </message>
    <message>
        <source>Signed by the guardian</source>
        <translation>Signed by the guardian</translation>
    </message>
    <message>
        <source>Application by student and guardian received</source>
        <translation>Application by student and guardian received</translation>
    </message>
    <message>
        <source>Guardian signed consent to own lodging</source>
        <translation>Guardian signed consent to own lodging</translation>
    </message>
    <message>
        <source>Assessment passed</source>
        <translation>Assessment passed</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Informed consent</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>Consent signed on</translation>
    </message>
    <message>
        <source>Self-chosen unit</source>
        <translation>Self-chosen unit</translation>
    </message>
    <message>
        <source>School approval date</source>
        <translation>School approval date</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <source>Lodging filing reference</source>
        <translation>Lodging filing reference</translation>
    </message>
    <message>
        <source>Cross-province approval</source>
        <translation>Cross-province approval</translation>
    </message>
    <message>
        <source>Filing reference (备案)</source>
        <translation>Filing reference (备案)</translation>
    </message>
    <message>
        <source>Safety training on</source>
        <translation>Safety training on</translation>
    </message>
    <message>
        <source>Exception (Art 17)</source>
        <translation>Exception (Art 17)</translation>
    </message>
    <message>
        <source>Only for working-time, rest-day, night-shift, overtime and high-risk rules (REG-2021 Art 17), when the major or post requires it and the arrangement was filed with the higher authority before the start. It never lifts the Art 16 prohibitions (age, first year, minors, venues, agencies).</source>
        <translation>Only for working-time, rest-day, night-shift, overtime and high-risk rules (REG-2021 Art 17), when the major or post requires it and the arrangement was filed with the higher authority before the start. It never lifts the Art 16 prohibitions (age, first year, minors, venues, agencies).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Filing reference</source>
        <translation>Filing reference</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
</context>
<context>
    <name>PlacementPickDialog</name>
    <message>
        <source>Generate the agreement of a placement</source>
        <translation>Generate the agreement of a placement</translation>
    </message>
    <message>
        <source>Student, class or enterprise</source>
        <translation>Student, class or enterprise</translation>
    </message>
    <message>
        <source>Without a search, placements ready for one are listed.</source>
        <translation>Without a search, placements ready for one are listed.</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>No agreement yet.</translation>
    </message>
    <message>
        <source>Current agreement: %1, version %2, %3.</source>
        <translation>Current agreement: %1, version %2, %3.</translation>
    </message>
    <message>
        <source>A new version will be made; the signed one stays on file.</source>
        <translation>A new version will be made; the signed one stays on file.</translation>
    </message>
</context>
<context>
    <name>PlacementTableModel</name>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>School supervisor</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <source>Search student, class or enterprise (Ctrl+F)</source>
        <translation>Search student, class or enterprise (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>New placement</translation>
    </message>
    <message>
        <source>Batch for a class…</source>
        <translation>Batch for a class…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>%1 placements</source>
        <translation>%1 placements</translation>
    </message>
    <message>
        <source>Delete this draft placement for good?</source>
        <translation>Delete this draft placement for good?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
</context>
<context>
    <name>PlanRoundDialog</name>
    <message>
        <source>Plan a round of visits</source>
        <translation>Plan a round of visits</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>School supervisor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Every (weeks)</source>
        <translation>Every (weeks)</translation>
    </message>
    <message>
        <source>Monthly instead</source>
        <translation>Monthly instead</translation>
    </message>
    <message>
        <source>A visit is planned for each enterprise where the supervisor has open placements, on the days those placements run; days that already have a plan are skipped.</source>
        <translation>A visit is planned for each enterprise where the supervisor has open placements, on the days those placements run; days that already have a plan are skipped.</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan a site visit</source>
        <translation>Plan a site visit</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>School supervisor</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Show all enterprises</source>
        <translation>Show all enterprises</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PoliciesTab</name>
    <message>
        <source>Insurer or policy number (Ctrl+F)</source>
        <translation>Insurer or policy number (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>New policy</translation>
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
        <source>Cover a class…</source>
        <translation>Cover a class…</translation>
    </message>
    <message>
        <source>Cover placements…</source>
        <translation>Cover placements…</translation>
    </message>
    <message>
        <source>Covered students…</source>
        <translation>Covered students…</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>Attach document…</translation>
    </message>
    <message numerus="yes">
        <source>Delete policy %1 and the cover it records for %n student(s)?</source>
        <translation>
            <numerusform>Delete policy %1 and the cover it records for %n student?</numerusform>
            <numerusform>Delete policy %1 and the cover it records for %n students?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>Delete policy</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Not attached</translation>
    </message>
    <message>
        <source>Document attached: %1</source>
        <translation>Document attached: %1</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Edit insurance policy</source>
        <translation>Edit insurance policy</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>New policy</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>Policy number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sum insured per person</source>
        <translation>Sum insured per person</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Premium paid by</source>
        <translation>Premium paid by</translation>
    </message>
    <message>
        <source>The school or the enterprise pays; never the student (R-INS-2).</source>
        <translation>The school or the enterprise pays; never the student (R-INS-2).</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
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
    <name>PreferenceDialog</name>
    <message>
        <source>Availability and wishes</source>
        <translation>Availability and wishes</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Preferred industries</source>
        <translation>Preferred industries</translation>
    </message>
    <message>
        <source>Preferred cities</source>
        <translation>Preferred cities</translation>
    </message>
    <message>
        <source>Preferred enterprises</source>
        <translation>Preferred enterprises</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>Health data</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>ID-card scan</source>
        <translation>ID-card scan</translation>
    </message>
    <message>
        <source>Sharing with the enterprise</source>
        <translation>Sharing with the enterprise</translation>
    </message>
    <message>
        <source>Sharing with the insurer</source>
        <translation>Sharing with the insurer</translation>
    </message>
    <message>
        <source>Filing with the education bureau</source>
        <translation>Filing with the education bureau</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Retention review</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Review due</translation>
    </message>
    <message>
        <source>Open placements</source>
        <translation>Open placements</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Anonymise the selected students (all if none)</source>
        <translation>Anonymise the selected students (all if none)</translation>
    </message>
    <message>
        <source>Consents and privacy notice of a student</source>
        <translation>Consents and privacy notice of a student</translation>
    </message>
    <message>
        <source>Name, student number or class</source>
        <translation>Name, student number or class</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Add consent…</source>
        <translation>Add consent…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Print privacy notice…</source>
        <translation>Print privacy notice…</translation>
    </message>
    <message>
        <source>Blank notice…</source>
        <translation>Blank notice…</translation>
    </message>
    <message>
        <source>Record acknowledgement</source>
        <translation>Record acknowledgement</translation>
    </message>
    <message>
        <source>Students who graduated or withdrew more than %1 year(s) ago (R-PI-8). Anonymising removes names, ID numbers, phones, addresses, guardians and consents; placements and archived agreements are kept as the legal record.</source>
        <translation>Students who graduated or withdrew more than %1 year(s) ago (R-PI-8). Anonymising removes names, ID numbers, phones, addresses, guardians and consents; placements and archived agreements are kept as the legal record.</translation>
    </message>
    <message>
        <source>%1 placements, %2 agreements</source>
        <translation>%1 placements, %2 agreements</translation>
    </message>
    <message>
        <source>%1 guardians, %2 consents</source>
        <translation>%1 guardians, %2 consents</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Privacy notice version %1 acknowledged on %2.</source>
        <translation>Privacy notice version %1 acknowledged on %2.</translation>
    </message>
    <message>
        <source>No privacy notice acknowledgement recorded.</source>
        <translation>No privacy notice acknowledgement recorded.</translation>
    </message>
    <message>
        <source>Anonymise the personal data of %1 student(s)? Names, ID numbers, phones, addresses, guardians and consents are removed for good; placements and archived agreements are kept. This cannot be undone.</source>
        <translation>Anonymise the personal data of %1 student(s)? Names, ID numbers, phones, addresses, guardians and consents are removed for good; placements and archived agreements are kept. This cannot be undone.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Not anonymised</source>
        <translation>Not anonymised</translation>
    </message>
    <message>
        <source>%1 student(s) anonymised.</source>
        <translation>%1 student(s) anonymised.</translation>
    </message>
    <message>
        <source>Record that this consent is withdrawn as of %1?</source>
        <translation>Record that this consent is withdrawn as of %1?</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Save privacy notice</source>
        <translation>Save privacy notice</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Privacy notice saved to %1.</source>
        <translation>Privacy notice saved to %1.</translation>
    </message>
</context>
<context>
    <name>ProgrammeColumns</name>
    <message>
        <source>No enterprise mentor</source>
        <translation>No enterprise mentor</translation>
    </message>
    <message>
        <source>No school mentor</source>
        <translation>No school mentor</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Apprentices</source>
        <translation>Apprentices</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
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
        <source>Target level</source>
        <translation>Target level</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>Agreement no.</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>Enterprise mentor</translation>
    </message>
    <message>
        <source>School mentor</source>
        <translation>School mentor</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation>Modules passed</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Taught at</source>
        <translation>Taught at</translation>
    </message>
    <message>
        <source>Rotation post</source>
        <translation>Rotation post</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Passed by</source>
        <translation>Passed by</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Edit programme</source>
        <translation>Edit programme</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>Enterprise name</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Target skill level</source>
        <translation>Target skill level</translation>
    </message>
    <message>
        <source>Training agreement no.</source>
        <translation>Training agreement no.</translation>
    </message>
    <message>
        <source>Required for a modern apprenticeship (R-APP-2)</source>
        <translation>Required for a modern apprenticeship (R-APP-2)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ProgrammeLabels</name>
    <message>
        <source>Intermediate worker</source>
        <translation>Intermediate worker</translation>
    </message>
    <message>
        <source>Advanced worker</source>
        <translation>Advanced worker</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Senior technician</source>
        <translation>Senior technician</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
</context>
<context>
    <name>ProgrammeList</name>
    <message>
        <source>New programme</source>
        <translation>New programme</translation>
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
        <source>Delete programme %1 with its training plan and the enrolment of its %2 apprentice(s)?</source>
        <translation>Delete programme %1 with its training plan and the enrolment of its %2 apprentice(s)?</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Delete programme</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Not deleted</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress: %1</source>
        <translation>Progress: %1</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Taught at</source>
        <translation>Taught at</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation>Hours done</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>The programme has no modules yet.</source>
        <translation>The programme has no modules yet.</translation>
    </message>
</context>
<context>
    <name>ReadingCopyAction</name>
    <message>
        <source>Korean reading copy…</source>
        <translation>Korean reading copy…</translation>
    </message>
    <message>
        <source>Save a Korean translation of this agreement, for reading only (not signed)</source>
        <translation>Save a Korean translation of this agreement, for reading only (not signed)</translation>
    </message>
    <message>
        <source>Save the Korean reading copy</source>
        <translation>Save the Korean reading copy</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Reading copy not saved</source>
        <translation>Reading copy not saved</translation>
    </message>
    <message>
        <source>Korean reading copy of %1 saved: %2 (for reading only; not the agreement)</source>
        <translation>Korean reading copy of %1 saved: %2 (for reading only; not the agreement)</translation>
    </message>
</context>
<context>
    <name>ReadingCopyBox</name>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Offer a Korean reading copy of agreements</source>
        <translation>Offer a Korean reading copy of agreements</translation>
    </message>
    <message>
        <source>The agreement stays Chinese: it is the legal text and the only one signed. When this is on, the Agreements page can also save a Korean translation of a generated agreement, marked on every page as for reading only.</source>
        <translation>The agreement stays Chinese: it is the legal text and the only one signed. When this is on, the Agreements page can also save a Korean translation of a generated agreement, marked on every page as for reading only.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel visit</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>RecordVisitDialog</name>
    <message>
        <source>Record site visit</source>
        <translation>Record site visit</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Date of the visit</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>Students seen</source>
        <translation>Students seen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>For each problem: what was wrong, what was agreed</source>
        <translation>For each problem: what was wrong, what was agreed</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Rule parameter</source>
        <translation>Rule parameter</translation>
    </message>
    <message>
        <source>Checked against the official text</source>
        <translation>Checked against the official text</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Value (JSON)</source>
        <translation>Value (JSON)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Yearly report (PDF)…</source>
        <translation>Yearly report (PDF)…</translation>
    </message>
    <message>
        <source>Yearly report (Excel)…</source>
        <translation>Yearly report (Excel)…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Placements by status</source>
        <translation>Placements by status</translation>
    </message>
    <message>
        <source>Placements by type</source>
        <translation>Placements by type</translation>
    </message>
    <message>
        <source>Placements by industry</source>
        <translation>Placements by industry</translation>
    </message>
    <message>
        <source>Placements by major</source>
        <translation>Placements by major</translation>
    </message>
    <message>
        <source>Placements by enterprise (top 10)</source>
        <translation>Placements by enterprise (top 10)</translation>
    </message>
    <message>
        <source>Placement rate per major (graduating classes)</source>
        <translation>Placement rate per major (graduating classes)</translation>
    </message>
    <message>
        <source>Open places and available students per major</source>
        <translation>Open places and available students per major</translation>
    </message>
    <message>
        <source>Monthly pay of post placements</source>
        <translation>Monthly pay of post placements</translation>
    </message>
    <message>
        <source>Liability insurance cover today</source>
        <translation>Liability insurance cover today</translation>
    </message>
    <message>
        <source>Compliance findings over time</source>
        <translation>Compliance findings over time</translation>
    </message>
    <message>
        <source>%1 placements in %2; %3 open places on the board; insurance cover %4.</source>
        <translation>%1 placements in %2; %3 open places on the board; insurance cover %4.</translation>
    </message>
    <message>
        <source>Other enterprises</source>
        <translation>Other enterprises</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>No placements in this year</source>
        <translation>No placements in this year</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>No graduating classes in this year</source>
        <translation>No graduating classes in this year</translation>
    </message>
    <message>
        <source>Placement rate</source>
        <translation>Placement rate</translation>
    </message>
    <message>
        <source>Any major</source>
        <translation>Any major</translation>
    </message>
    <message>
        <source>Open places</source>
        <translation>Open places</translation>
    </message>
    <message>
        <source>Available students</source>
        <translation>Available students</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>No students or openings</source>
        <translation>No students or openings</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Monthly pay</source>
        <translation>Monthly pay</translation>
    </message>
    <message>
        <source>No post placements with pay in this year</source>
        <translation>No post placements with pay in this year</translation>
    </message>
    <message>
        <source>Median %1, quartiles %2 – %3 yuan; %4 of %5 below 80 % of the post wage.</source>
        <translation>Median %1, quartiles %2 – %3 yuan; %4 of %5 below 80 % of the post wage.</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Covered</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <source>Placements running today</source>
        <translation>Placements running today</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>No placements running today need cover</source>
        <translation>No placements running today need cover</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Open placements</source>
        <translation>Open placements</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blocking</translation>
    </message>
    <message>
        <source>No compliance snapshots yet</source>
        <translation>No compliance snapshots yet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the yearly report</source>
        <translation>Save the yearly report</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>Yearly report</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Could not write the file: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>RuleParametersBox</name>
    <message>
        <source>Rule parameters (administrator)</source>
        <translation>Rule parameters (administrator)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>New dated value…</source>
        <translation>New dated value…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>unverified</translation>
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
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>The new language is used from the next start.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>First start: create the administrator</source>
        <translation>First start: create the administrator</translation>
    </message>
    <message>
        <source>Nobody administers this database yet. Create the administrator account: it adds the other users, decides who may edit and who may see full personal data.</source>
        <translation>Nobody administers this database yet. Create the administrator account: it adds the other users, decides who may edit and who may see full personal data.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Strength: %1</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
</context>
<context>
    <name>SharedExportDialog</name>
    <message>
        <source>Export for an enterprise or insurer</source>
        <translation>Export for an enterprise or insurer</translation>
    </message>
    <message>
        <source>An enterprise</source>
        <translation>An enterprise</translation>
    </message>
    <message>
        <source>An insurer</source>
        <translation>An insurer</translation>
    </message>
    <message>
        <source>Only students with a consent in force today for sharing with this recipient go into the file (PIPL Art 23, R-PI-6); for a student under 14, a guardian must have signed it (R-PI-5). The headers are in Chinese; ID numbers and phones are masked.</source>
        <translation>Only students with a consent in force today for sharing with this recipient go into the file (PIPL Art 23, R-PI-6); for a student under 14, a guardian must have signed it (R-PI-5). The headers are in Chinese; ID numbers and phones are masked.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Student roster</source>
        <translation>Student roster</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Insurance cover</source>
        <translation>Insurance cover</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Apprentices</source>
        <translation>Apprentices</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export only the students with consent?</source>
        <translation>Export only the students with consent?</translation>
    </message>
    <message>
        <source>Students without consent</source>
        <translation>Students without consent</translation>
    </message>
    <message>
        <source>Exported %1 rows; %2 students without consent left out</source>
        <translation>Exported %1 rows; %2 students without consent left out</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>Put the cursor in the search box</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>Open the selected row</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>Edit the selected row</translation>
    </message>
    <message>
        <source>Delete the selected row (asks first)</source>
        <translation>Delete the selected row (asks first)</translation>
    </message>
    <message>
        <source>Open the placement of the selected finding</source>
        <translation>Open the placement of the selected finding</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>New enterprise</translation>
    </message>
    <message>
        <source>New post of the enterprise</source>
        <translation>New post of the enterprise</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>New placement</translation>
    </message>
    <message>
        <source>Batch for a class</source>
        <translation>Batch for a class</translation>
    </message>
    <message>
        <source>Delete the selected draft (asks first)</source>
        <translation>Delete the selected draft (asks first)</translation>
    </message>
    <message>
        <source>New item on the current tab</source>
        <translation>New item on the current tab</translation>
    </message>
    <message>
        <source>Calendar: day, week, month (Shift extends the choice)</source>
        <translation>Calendar: day, week, month (Shift extends the choice)</translation>
    </message>
    <message>
        <source>Calendar: choose the day</source>
        <translation>Calendar: choose the day</translation>
    </message>
    <message>
        <source>Calendar: set the chosen days</source>
        <translation>Calendar: set the chosen days</translation>
    </message>
    <message>
        <source>Calendar: generate</source>
        <translation>Calendar: generate</translation>
    </message>
    <message>
        <source>Calendar: mark the days as leave</source>
        <translation>Calendar: mark the days as leave</translation>
    </message>
    <message>
        <source>New opening</source>
        <translation>New opening</translation>
    </message>
    <message>
        <source>Import a payroll sheet</source>
        <translation>Import a payroll sheet</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Record a payment</translation>
    </message>
    <message>
        <source>New policy or incident (current tab)</source>
        <translation>New policy or incident (current tab)</translation>
    </message>
    <message>
        <source>Generate for a placement</source>
        <translation>Generate for a placement</translation>
    </message>
    <message>
        <source>Generate for a class / all ready</source>
        <translation>Generate for a class / all ready</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Open the PDF</translation>
    </message>
    <message>
        <source>Users: new user; Personal data: new consent</source>
        <translation>Users: new user; Personal data: new consent</translation>
    </message>
    <message>
        <source>Users: edit; Backups: restore the backup</source>
        <translation>Users: edit; Backups: restore the backup</translation>
    </message>
    <message>
        <source>Personal data: withdraw the consent</source>
        <translation>Personal data: withdraw the consent</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Close a dialog without saving</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Next / previous field</translation>
    </message>
    <message>
        <source>The menu or button with that underlined letter</source>
        <translation>The menu or button with that underlined letter</translation>
    </message>
    <message>
        <source>Everywhere, dialogs</source>
        <translation>Everywhere, dialogs</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Filter: a key, an action or a page</source>
        <translation>Filter: a key, an action or a page</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Sign agreement %1</source>
        <translation>Sign agreement %1</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>Still to sign: %1</translation>
    </message>
    <message>
        <source>%1 (signed; signing again replaces it)</source>
        <translation>%1 (signed; signing again replaces it)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Import image…</source>
        <translation>Import image…</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Draw with the mouse, a pen or a finger.</source>
        <translation>Draw with the mouse, a pen or a finger.</translation>
    </message>
    <message>
        <source>Import a scan or photo of the handwritten signature.</source>
        <translation>Import a scan or photo of the handwritten signature.</translation>
    </message>
    <message>
        <source>Import the seal image (PNG with a transparent background).</source>
        <translation>Import the seal image (PNG with a transparent background).</translation>
    </message>
    <message>
        <source>Signed on the printed copy: attach the scan afterwards.</source>
        <translation>Signed on the printed copy: attach the scan afterwards.</translation>
    </message>
    <message>
        <source>Signature or seal image</source>
        <translation>Signature or seal image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read.</source>
        <translation>%1 is not an image that can be read.</translation>
    </message>
    <message>
        <source>Draw the signature in the box, or import an image.</source>
        <translation>Draw the signature in the box, or import an image.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SiteAssessmentDialog</name>
    <message>
        <source>Record site assessment</source>
        <translation>Record site assessment</translation>
    </message>
    <message>
        <source>Before the first post internship at a unit the school assesses it on site: qualification, credit, management, posts, working hours, working and living environment, health and safety (REG-2021 Art 7, R-ENT-1).</source>
        <translation>Before the first post internship at a unit the school assesses it on site: qualification, credit, management, posts, working hours, working and living environment, health and safety (REG-2021 Art 7, R-ENT-1).</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>Assessment report</translation>
    </message>
    <message>
        <source>File name or archive number of the report</source>
        <translation>File name or archive number of the report</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
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
        <source>Skill level</source>
        <translation>Skill level</translation>
    </message>
    <message>
        <source>Monthly mentor allowance</source>
        <translation>Monthly mentor allowance</translation>
    </message>
    <message>
        <source>Mentor allowance set and paid by the enterprise (R-APP-9); empty: none</source>
        <translation>Mentor allowance set and paid by the enterprise (R-APP-9); empty: none</translation>
    </message>
    <message>
        <source>Part-time teacher at the school</source>
        <translation>Part-time teacher at the school</translation>
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
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
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
        <source>Shown masked: you do not have the right to see full personal data. Leave it unchanged to keep the stored number.</source>
        <translation>Shown masked: you do not have the right to see full personal data. Leave it unchanged to keep the stored number.</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>Born %1, %2</translation>
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
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
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
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Accept → draft placement</source>
        <translation>Accept → draft placement</translation>
    </message>
    <message>
        <source>Availability and wishes…</source>
        <translation>Availability and wishes…</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
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
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Paperwork still due</source>
        <translation>Paperwork still due</translation>
    </message>
    <message>
        <source>Choose an opening to see the students who may take it.</source>
        <translation>Choose an opening to see the students who may take it.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 — %4 students may take it.</source>
        <translation>%1 · %2 · %3 — %4 students may take it.</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Draft placement created for %1 at %2.</source>
        <translation>Draft placement created for %1 at %2.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Agreement wording</source>
        <translation>Agreement wording</translation>
    </message>
    <message>
        <source>Post internship agreement</source>
        <translation>Post internship agreement</translation>
    </message>
    <message>
        <source>Observation internship agreement</source>
        <translation>Observation internship agreement</translation>
    </message>
    <message>
        <source>Apprenticeship training agreement</source>
        <translation>Apprenticeship training agreement</translation>
    </message>
    <message>
        <source>Informed consent form</source>
        <translation>Informed consent form</translation>
    </message>
    <message>
        <source>One paragraph per line. Words in braces, such as {start_date}, are filled from the record; keep them. Saving makes a new version; agreements already made keep their wording.</source>
        <translation>One paragraph per line. Words in braces, such as {start_date}, are filled from the record; keep them. Saving makes a new version; agreements already made keep their wording.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphs</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Version in use</source>
        <translation>Version in use</translation>
    </message>
    <message>
        <source>(preamble)</source>
        <translation>(preamble)</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Terminate placement</source>
        <translation>Terminate placement</translation>
    </message>
    <message>
        <source>Why does the placement end early?</source>
        <translation>Why does the placement end early?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Enter the reason; it stays on the record.</source>
        <translation>Enter the reason; it stays on the record.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>May see full ID numbers and phone numbers</source>
        <translation>May see full ID numbers and phone numbers</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>Active (may log in)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>The two passwords differ; type the same password twice.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Full personal data</source>
        <translation>Full personal data</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Administrators add users, choose their role and who may see full personal data. Read-only users can look but not change anything.</source>
        <translation>Administrators add users, choose their role and who may see full personal data. Read-only users can look but not change anything.</translation>
    </message>
    <message>
        <source>Only an administrator can manage users. You can change your own password here.</source>
        <translation>Only an administrator can manage users. You can change your own password here.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Only an administrator can add, change or unlock users.</source>
        <translation>Only an administrator can add, change or unlock users.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed agreement</source>
        <translation>Verify a signed agreement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Verify another file…</source>
        <translation>Verify another file…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF files (*.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>This file cannot be checked</source>
        <translation>This file cannot be checked</translation>
    </message>
    <message>
        <source>Intact, and signed with a certificate of this school</source>
        <translation>Intact, and signed with a certificate of this school</translation>
    </message>
    <message>
        <source>Tampered: the file was changed after it was signed</source>
        <translation>Tampered: the file was changed after it was signed</translation>
    </message>
    <message>
        <source>Not digitally signed</source>
        <translation>Not digitally signed</translation>
    </message>
    <message>
        <source>Signed, but not an agreement made by this application</source>
        <translation>Signed, but not an agreement made by this application</translation>
    </message>
    <message>
        <source>Intact, but the certificate is expired or not valid for signing</source>
        <translation>Intact, but the certificate is expired or not valid for signing</translation>
    </message>
    <message>
        <source>Intact, but not signed with a certificate known here</source>
        <translation>Intact, but not signed with a certificate known here</translation>
    </message>
    <message>
        <source>Not accepted: see the problems below</source>
        <translation>Not accepted: see the problems below</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Known to this school</source>
        <translation>Known to this school</translation>
    </message>
    <message>
        <source>Not known here</source>
        <translation>Not known here</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Working environment</source>
        <translation>Working environment</translation>
    </message>
    <message>
        <source>Safety protection</source>
        <translation>Safety protection</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>Lodging</translation>
    </message>
    <message>
        <source>Pay received</source>
        <translation>Pay received</translation>
    </message>
    <message>
        <source>Talked to the student</source>
        <translation>Talked to the student</translation>
    </message>
    <message>
        <source>No problem</source>
        <translation>No problem</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expiring</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>VisitListTab</name>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
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
        <source>Visited</source>
        <translation>Visited</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Problem items</source>
        <translation>Problem items</translation>
    </message>
    <message>
        <source>Students seen</source>
        <translation>Students seen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Supervisor or enterprise (Ctrl+F)</source>
        <translation>Supervisor or enterprise (Ctrl+F)</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>Plan visit</translation>
    </message>
    <message>
        <source>Plan a round…</source>
        <translation>Plan a round…</translation>
    </message>
    <message>
        <source>Record visit…</source>
        <translation>Record visit…</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Only overdue</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Visits planned: %1; days that already had a plan: %2.</source>
        <translation>Visits planned: %1; days that already had a plan: %2.</translation>
    </message>
    <message>
        <source>Cancel the visit of %1 to %2 on %3?</source>
        <translation>Cancel the visit of %1 to %2 on %3?</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>Not cancelled</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Site visits</source>
        <translation>Site visits</translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message>
        <source>Training calendar</source>
        <translation>Training calendar</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>Tu</translation>
    </message>
    <message>
        <source>We</source>
        <translation>We</translation>
    </message>
    <message>
        <source>Th</source>
        <translation>Th</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>Su</translation>
    </message>
</context>
<context>
    <name>_MemberFields</name>
    <message>
        <source>Enterprise mentor</source>
        <translation>Enterprise mentor</translation>
    </message>
    <message>
        <source>School mentor</source>
        <translation>School mentor</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Target skill level</source>
        <translation>Target skill level</translation>
    </message>
    <message>
        <source>Training agreement no.</source>
        <translation>Training agreement no.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Agreement signed on</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Training plan</translation>
    </message>
</context>
</TS>
