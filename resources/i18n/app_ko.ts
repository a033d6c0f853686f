<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Jilin Apprentice</source>
        <translation>지린 견습 관리 정보</translation>
    </message>
    <message>
        <source>Jilin Apprentice</source>
        <translation>지린 견습 관리</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>Offline internship and apprenticeship management for vocational schools. It uses the following free software and font; their licences are shown below and ship with the program.</source>
        <translation>직업학교를 위한 오프라인 실습·견습 관리 프로그램입니다. 다음 자유 소프트웨어와 글꼴을 사용하며, 그 라이선스는 아래에 표시되고 프로그램과 함께 배포됩니다.</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>버전 정보 복사</translation>
    </message>
    <message>
        <source>Copy the versions for a support request</source>
        <translation>기술 지원 요청용 버전 정보 복사</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>구성 요소</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
</context>
<context>
    <name>AgreementBatchDialog</name>
    <message>
        <source>Blocked by %1</source>
        <translation>%1에 의해 차단됨</translation>
    </message>
    <message>
        <source>Generate agreements</source>
        <translation>협약서 생성</translation>
    </message>
    <message numerus="yes">
        <source>All placements ready for an agreement (%n)</source>
        <translation>
            <numerusform>협약서를 생성할 수 있는 모든 실습 배치 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Placements of a class</source>
        <translation>특정 반의 실습 배치</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>agreement: %1</source>
        <translation>협약서: %1</translation>
    </message>
    <message>
        <source>blocked by a rule</source>
        <translation>규칙에 의해 차단됨</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) chosen</source>
        <translation>
            <numerusform>실습 배치 %n건 선택됨</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating… the agreements are drawn on both processor cores.</source>
        <translation>생성 중… 두 개의 프로세서 코어에서 협약서를 병렬로 생성하고 있습니다.</translation>
    </message>
    <message>
        <source>Cancelling: the agreements being drawn are finished…</source>
        <translation>취소 중: 생성 중인 협약서는 먼저 완료됩니다…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>일괄 생성이 중단되었습니다: %1</translation>
    </message>
    <message>
        <source>cancelled; the ones not started were left out</source>
        <translation>취소됨. 시작되지 않은 항목은 생성되지 않았습니다</translation>
    </message>
    <message>
        <source>No failures.</source>
        <translation>모두 성공했습니다.</translation>
    </message>
    <message>
        <source>Failures and their reasons:</source>
        <translation>실패 항목 및 원인:</translation>
    </message>
</context>
<context>
    <name>AgreementColumns</name>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>협약서 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n agreement(s)</source>
        <translation>
            <numerusform>협약서 %n건 중 %1건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) generated</source>
        <translation>
            <numerusform>협약서 %n건 생성됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n건 실패</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>서명 완료: %1</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>서명 대기: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>서면 체결</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명됨</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>현재 버전</translation>
    </message>
    <message>
        <source>Scanned copy</source>
        <translation>스캔본</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Record signed agreement</source>
        <translation>서명된 협약서 등록</translation>
    </message>
    <message>
        <source>The agreement signed on paper by the school, the enterprise and the student (and the guardian of a minor).</source>
        <translation>학교, 기업, 학생(미성년자인 경우 보호자 포함)이 종이로 서명한 협약서입니다.</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>협약서 번호</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>서명일</translation>
    </message>
    <message>
        <source>Enter the agreement number.</source>
        <translation>협약서 번호를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>AgreementLabels</name>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Partially signed</source>
        <translation>일부 서명됨</translation>
    </message>
    <message>
        <source>Signed by all</source>
        <translation>전원 서명됨</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>보관됨</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>대체됨</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>보호자</translation>
    </message>
    <message>
        <source>Drawn on screen</source>
        <translation>화면 수기 서명</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>서명 이미지</translation>
    </message>
    <message>
        <source>Seal image</source>
        <translation>직인 이미지</translation>
    </message>
    <message>
        <source>Wet ink on paper</source>
        <translation>종이에 자필 서명</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>Number, student or enterprise (Ctrl+F)</source>
        <translation>번호, 학생 또는 기업 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Waiting for signatures</source>
        <translation>서명 대기 중</translation>
    </message>
    <message>
        <source>Generate for placement…</source>
        <translation>실습 배치에 대해 생성…</translation>
    </message>
    <message>
        <source>Generate for a class / all ready…</source>
        <translation>반별/준비된 전체 일괄 생성…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF 열기</translation>
    </message>
    <message>
        <source>Sign for a party…</source>
        <translation>당사자 서명…</translation>
    </message>
    <message>
        <source>School signature…</source>
        <translation>학교 전자서명…</translation>
    </message>
    <message>
        <source>Attach scanned copy…</source>
        <translation>스캔본 첨부…</translation>
    </message>
    <message>
        <source>Open scanned copy</source>
        <translation>스캔본 열기</translation>
    </message>
    <message>
        <source>Verify a PDF…</source>
        <translation>PDF 검증…</translation>
    </message>
    <message>
        <source>School certificate…</source>
        <translation>학교 인증서…</translation>
    </message>
    <message>
        <source>Agreement wording…</source>
        <translation>협약서 문구…</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>서명 완료: %1</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>서명 대기: %1</translation>
    </message>
    <message>
        <source>no PDF on file (recorded from a paper agreement)</source>
        <translation>PDF 파일 없음 (종이 협약서로 등록됨)</translation>
    </message>
    <message>
        <source>Not generated</source>
        <translation>미생성</translation>
    </message>
    <message>
        <source>Agreement %1 generated: %2</source>
        <translation>협약서 %1 생성 완료: %2</translation>
    </message>
    <message>
        <source>These rules block the placement, so the agreement cannot be made:</source>
        <translation>다음 규칙이 이 실습 배치를 차단하므로 협약서를 생성할 수 없습니다:</translation>
    </message>
    <message>
        <source>The file %1 is not there any more.</source>
        <translation>%1 파일이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <source>Scanned signed copy</source>
        <translation>서명된 협약서 스캔본</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>스캔 파일 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>첨부되지 않음</translation>
    </message>
    <message>
        <source>Scanned copy attached: %1</source>
        <translation>스캔본 첨부됨: %1</translation>
    </message>
    <message>
        <source>The school has no signing certificate yet. Create or import it now?</source>
        <translation>학교에 아직 서명용 인증서가 없습니다. 지금 생성하거나 가져오시겠습니까?</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>인증서 없음</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>서명되지 않음</translation>
    </message>
    <message>
        <source>Sign agreement %1 with the school&apos;s certificate.</source>
        <translation>학교 인증서로 협약서 %1에 전자서명합니다.</translation>
    </message>
    <message>
        <source>School signature</source>
        <translation>학교 전자서명</translation>
    </message>
    <message>
        <source>Signed and archived: %1</source>
        <translation>서명 및 보관 완료: %1</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>PDF 검증</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 (not in this database)</source>
        <translation>%1 (이 데이터베이스에 없음)</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>Allocate a class to openings</source>
        <translation>반 단위 모집 자리 배정</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>배정안 생성</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Openings (default: open ones whose majors fit)</source>
        <translation>모집 자리 (기본값: 전공이 맞고 모집 중인 자리)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>모집 자리</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>적합도 점수</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>추천 사유</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>미배정 사유</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>모두 수락</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <source>%1 of %2 students placed; total score %3; %4 pairs checked by the rules.</source>
        <translation>학생 %2명 중 %1명 배정, 총 적합도 점수 %3, 규칙으로 검사한 조합 %4개.</translation>
    </message>
</context>
<context>
    <name>ApprenticeshipsPage</name>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>엑셀 파일 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>다른 이름으로 저장</translation>
    </message>
</context>
<context>
    <name>ArrearsTab</name>
    <message>
        <source>Monthly arrears</source>
        <translation>월별 체불</translation>
    </message>
    <message>
        <source>Enterprise (Ctrl+F)</source>
        <translation>기업 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>이전 달</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>다음 달</translation>
    </message>
    <message>
        <source>Only enterprises that owe</source>
        <translation>체불 기업만 표시</translation>
    </message>
    <message>
        <source>Record payments for this enterprise…</source>
        <translation>이 기업의 급여 지급 등록…</translation>
    </message>
    <message>
        <source>Confirmation sheet…</source>
        <translation>확인서…</translation>
    </message>
    <message>
        <source>Import payroll sheet…</source>
        <translation>급여표 가져오기…</translation>
    </message>
    <message>
        <source>Open ledger</source>
        <translation>장부 열기</translation>
    </message>
    <message>
        <source>No pay was due in %1.</source>
        <translation>%1에는 지급할 급여가 없었습니다.</translation>
    </message>
    <message>
        <source>Choose an enterprise.</source>
        <translation>기업을 선택하십시오.</translation>
    </message>
    <message>
        <source>Placements of %1 in %2</source>
        <translation>%1의 %2 실습 배치</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) recorded for %1.</source>
        <translation>
            <numerusform>%1에 대해 지급 %n건을 등록했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirmation sheet not written</source>
        <translation>확인서를 생성하지 못했습니다</translation>
    </message>
    <message numerus="yes">
        <source>Confirmation sheet with %n line(s) written to %1</source>
        <translation>
            <numerusform>%n행짜리 확인서를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentListTab</name>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>미통과</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 기한</translation>
    </message>
    <message>
        <source>State</source>
        <translation>유효 상태</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>남은 일수</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Site assessments</source>
        <translation>현장 평가</translation>
    </message>
    <message>
        <source>Enterprise or assessor (Ctrl+F)</source>
        <translation>기업 또는 평가자 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Record assessment…</source>
        <translation>현장 평가 등록…</translation>
    </message>
    <message>
        <source>Only expired or expiring</source>
        <translation>만료 또는 만료 임박만 표시</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>모든 사용자</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>모든 대상</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>Search values, fields, users</source>
        <translation>값, 필드, 사용자 검색</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>to</source>
        <translation>~</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>무결성 검증</translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash: shows whether any entry was changed or deleted</source>
        <translation>모든 기록의 해시를 다시 계산하여 변경되거나 삭제된 기록이 있는지 확인합니다</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>이전 값 → 새 값</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation>모든 기록 표시</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>데모 데이터</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>익명화</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Newest %1 entries shown</source>
        <translation>최근 기록 %1건 표시</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>기록 %1건</translation>
    </message>
    <message>
        <source>up to entry %1</source>
        <translation>%1번 기록까지</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>%1번 기록</translation>
    </message>
    <message>
        <source>Audit trail intact: all %1 entries match their hashes.</source>
        <translation>감사 기록 무결성 확인: 기록 %1건 모두 해시 값이 일치합니다.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>%1번 기록이 작성된 후 변경되었습니다.</translation>
    </message>
    <message>
        <source>Entries before entry %1 were deleted.</source>
        <translation>%1번 기록 이전의 기록이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Entry %1 was added into the trail afterwards.</source>
        <translation>%1번 기록은 나중에 끼워 넣은 것입니다.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order.</source>
        <translation>%1번 기록의 순서가 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Audit trail BROKEN.</source>
        <translation>감사 기록이 손상되었습니다.</translation>
    </message>
    <message>
        <source>%1 entries checked, %2 with a wrong hash, %3 broken links.</source>
        <translation>기록 %1건 검사, 해시 불일치 %2건, 연결 끊김 %3곳.</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>엑셀로 내보내기</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>이전 값</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 entries exported to %2</source>
        <translation>기록 %1건을 내보냈습니다: %2</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>지금 백업…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>복원…</translation>
    </message>
    <message>
        <source>Check integrity now</source>
        <translation>지금 무결성 검사</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>백업 시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Double-click or press Enter to restore a backup</source>
        <translation>백업을 복원하려면 두 번 클릭하거나 Enter 키를 누르십시오</translation>
    </message>
    <message>
        <source>Daily (automatic)</source>
        <translation>매일 (자동)</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>업데이트 전</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <source>Damaged database (set aside)</source>
        <translation>손상된 데이터베이스 (따로 보관됨)</translation>
    </message>
    <message>
        <source>The database is on a server: back it up with the server&apos;s own tools (pg_dump).</source>
        <translation>데이터베이스가 서버에 있습니다. 서버 자체 도구(pg_dump)로 백업하십시오.</translation>
    </message>
    <message>
        <source>A backup is made automatically once a day when the app starts, before an update and before a restore; the newest %1 of each kind are kept in %2. Back up to a USB stick now and then, and keep it somewhere else.</source>
        <translation>백업은 하루 한 번 프로그램을 시작할 때, 업데이트 전, 복원 전에 자동으로 만들어지며 종류별로 최신 %1개가 %2에 보관됩니다. 가끔 USB 메모리에도 백업하여 다른 곳에 보관하십시오.</translation>
    </message>
    <message>
        <source>Back up to which folder or USB stick?</source>
        <translation>어느 폴더나 USB 메모리에 백업하시겠습니까?</translation>
    </message>
    <message>
        <source>Backup not made</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2)</source>
        <translation>백업 저장됨: %1 (%2)</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>어느 백업을 복원하시겠습니까?</translation>
    </message>
    <message>
        <source>Database backups (*.db);;All files (*)</source>
        <translation>데이터베이스 백업 (*.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>백업: %1</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>학교: %1</translation>
    </message>
    <message>
        <source>Students: %1, enterprises: %2, placements: %3, agreements: %4</source>
        <translation>학생: %1, 기업: %2, 실습 배치: %3, 협약서: %4</translation>
    </message>
    <message>
        <source>Last recorded change: %1</source>
        <translation>마지막으로 기록된 변경: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>크기: %1</translation>
    </message>
    <message>
        <source>It is from an older version and will be updated.</source>
        <translation>이전 버전의 백업이므로 복원 시 자동으로 업데이트됩니다.</translation>
    </message>
    <message>
        <source>Restoring replaces ALL current data with this backup. The current database is backed up first. Restore it?</source>
        <translation>복원하면 현재의 모든 데이터가 이 백업으로 대체됩니다. 현재 데이터베이스는 먼저 백업됩니다. 복원하시겠습니까?</translation>
    </message>
    <message>
        <source>Cannot restore this file</source>
        <translation>이 파일을 복원할 수 없습니다</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored.</source>
        <translation>%1 백업이 손상되어 복원할 수 없습니다.</translation>
    </message>
    <message>
        <source>Restore backup?</source>
        <translation>백업을 복원하시겠습니까?</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>복원 실패</translation>
    </message>
    <message>
        <source>Restored. The data as it was before is in %1. Other pages show the restored data when you open them again.</source>
        <translation>복원되었습니다. 복원 전의 데이터는 %1에 있습니다. 다른 페이지는 다시 열면 복원된 데이터가 표시됩니다.</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>무결성 검사</translation>
    </message>
    <message>
        <source>Integrity check passed at %1: the database is sound.</source>
        <translation>%1 무결성 검사 통과: 데이터베이스에 이상이 없습니다.</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>데이터베이스가 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>Restore the newest good backup: %1</source>
        <translation>손상되지 않은 최신 백업을 복원하십시오: %1</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch placement for a class</source>
        <translation>반 단위 일괄 실습 배치</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>일괄 작업 이름</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>%1 draft placements created.</source>
        <translation>실습 배치 초안 %1건을 만들었습니다.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>엑셀 파일 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>BoardTexts</name>
    <message>
        <source>Opening</source>
        <translation>모집 자리</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>모집 인원</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>남은 인원</translation>
    </message>
    <message>
        <source>Majors wanted</source>
        <translation>모집 전공</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>급여</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Openings</source>
        <translation>모집 자리</translation>
    </message>
    <message>
        <source>major wanted</source>
        <translation>전공 일치</translation>
    </message>
    <message>
        <source>same 专业大类</source>
        <translation>같은 전공 대분류</translation>
    </message>
    <message>
        <source>other major</source>
        <translation>다른 전공</translation>
    </message>
    <message>
        <source>wants this enterprise</source>
        <translation>희망 기업</translation>
    </message>
    <message>
        <source>wants this industry</source>
        <translation>희망 업종</translation>
    </message>
    <message>
        <source>wants this city</source>
        <translation>희망 도시</translation>
    </message>
    <message>
        <source>final year</source>
        <translation>졸업 학년</translation>
    </message>
    <message>
        <source>not final year</source>
        <translation>졸업 학년 아님</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>실습 가능 기간 일치</translation>
    </message>
    <message>
        <source>availability unknown</source>
        <translation>실습 가능 기간 미입력</translation>
    </message>
    <message>
        <source>major not wanted</source>
        <translation>전공 불일치</translation>
    </message>
    <message>
        <source>grade year not wanted</source>
        <translation>학년 불일치</translation>
    </message>
    <message>
        <source>another placement on these dates</source>
        <translation>해당 기간에 다른 실습 배치 있음</translation>
    </message>
    <message>
        <source>not available for the whole period</source>
        <translation>전체 기간 동안 실습 불가</translation>
    </message>
    <message>
        <source>the places they could take went to others</source>
        <translation>가능한 자리가 다른 학생에게 배정됨</translation>
    </message>
    <message>
        <source>not an enrolled full-time student</source>
        <translation>재학 중인 전일제 학생 아님</translation>
    </message>
    <message>
        <source>no opening chosen</source>
        <translation>선택된 모집 자리 없음</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>규칙 %1</translation>
    </message>
    <message>
        <source>Not suggested: %1</source>
        <translation>추천 제외: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>모집 중</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>충원 완료</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Post internship</source>
        <translation>현장실습</translation>
    </message>
    <message>
        <source>Cognitive internship</source>
        <translation>견학실습</translation>
    </message>
    <message>
        <source>/month</source>
        <translation>/월</translation>
    </message>
    <message>
        <source>/day</source>
        <translation>/일</translation>
    </message>
    <message>
        <source>/hour</source>
        <translation>/시간</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>월 단위</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>일 단위</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>시간 단위</translation>
    </message>
    <message>
        <source>any</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1학년</translation>
    </message>
    <message>
        <source>%1 places remain; the interns caps (R-CAP-1/2) allow %2 now.</source>
        <translation>남은 인원 %1명. 실습생 인원 상한(R-CAP-1/2)에 따라 현재 %2명까지 배치할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 places remain.</source>
        <translation>남은 인원 %1명.</translation>
    </message>
</context>
<context>
    <name>BulkPayDialog</name>
    <message>
        <source>Record payments for %1</source>
        <translation>%1 급여 지급 등록</translation>
    </message>
    <message>
        <source>%1: pay for %2. Untick the interns this payment run did not include.</source>
        <translation>%1: %2 급여. 이번 지급에 포함되지 않은 실습생은 선택을 해제하십시오.</translation>
    </message>
    <message>
        <source>Paid on (all lines)</source>
        <translation>지급일 (모든 행)</translation>
    </message>
    <message>
        <source>Record payments</source>
        <translation>지급 등록</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>지급 예정액</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>미지급액</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>지급액</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>지급일</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Ticked lines are recorded</source>
        <translation>선택한 행이 등록됩니다</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), %1 in all</source>
        <translation>
            <numerusform>지급 %n건, 합계 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n line(s) have problems.</source>
        <translation>
            <numerusform>저장되지 않았습니다: %n개 행에 문제가 있습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPatternDialog</name>
    <message>
        <source>Calendar pattern</source>
        <translation>일정 패턴</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>First block</source>
        <translation>첫 구간</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>학교에서</translation>
    </message>
    <message>
        <source>At the enterprise</source>
        <translation>기업에서</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 주</translation>
    </message>
    <message>
        <source>Weeks at school</source>
        <translation>학교 수업 주 수</translation>
    </message>
    <message>
        <source>Weeks at the enterprise</source>
        <translation>기업 근무 주 수</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Weekdays worked</source>
        <translation>해당 요일</translation>
    </message>
    <message>
        <source>Hours a day at the enterprise</source>
        <translation>기업 하루 시간 수</translation>
    </message>
    <message>
        <source>Hours a day at school</source>
        <translation>학교 하루 시간 수</translation>
    </message>
    <message>
        <source>Use a recurrence rule instead of weekly blocks</source>
        <translation>주 단위 순환 대신 반복 규칙 사용</translation>
    </message>
    <message>
        <source>RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=TU,TH: the other weekdays are school days.</source>
        <translation>RFC 5545 규칙, 예: FREQ=WEEKLY;BYDAY=TU,TH — 나머지 평일은 학교 수업일이 됩니다.</translation>
    </message>
    <message>
        <source>Enterprise days (recurrence rule)</source>
        <translation>기업 근무일 (반복 규칙)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>%1 days at the enterprise, %2 at school (before public holidays and leave).</source>
        <translation>기업 근무일 %1일, 학교 수업일 %2일 (공휴일 및 휴가 반영 전).</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>At the enterprise</source>
        <translation>기업에서</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>학교에서</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>공휴일</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>휴가</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>일정표</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>프로그램(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Apprentice</source>
        <translation>도제생(&amp;A)</translation>
    </message>
    <message>
        <source>Pattern…</source>
        <translation>패턴…</translation>
    </message>
    <message>
        <source>Generate calendar</source>
        <translation>일정표 생성</translation>
    </message>
    <message>
        <source>Set day type…</source>
        <translation>날짜 유형 설정…</translation>
    </message>
    <message>
        <source>Mark leave…</source>
        <translation>휴가 등록…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>엑셀로 내보내기…</translation>
    </message>
    <message>
        <source>Ent</source>
        <translation>기</translation>
    </message>
    <message>
        <source>Sch</source>
        <translation>학</translation>
    </message>
    <message>
        <source>Hol</source>
        <translation>공</translation>
    </message>
    <message>
        <source>Lv</source>
        <translation>휴</translation>
    </message>
    <message>
        <source>◥ set by hand (kept when the calendar is generated again)</source>
        <translation>◥ 수동 설정 (일정표를 다시 생성해도 유지됨)</translation>
    </message>
    <message>
        <source>Working-time findings</source>
        <translation>근무 시간 점검 결과</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1시간</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>수동 설정</translation>
    </message>
    <message>
        <source>Choose a programme and an apprentice.</source>
        <translation>프로그램과 도제생을 선택하십시오.</translation>
    </message>
    <message>
        <source>No days yet: set the pattern and generate the calendar.</source>
        <translation>아직 일정이 없습니다. 패턴을 설정하고 일정표를 생성하십시오.</translation>
    </message>
    <message>
        <source>At the enterprise: %1 days, %2 h</source>
        <translation>기업: %1일, %2시간</translation>
    </message>
    <message>
        <source>At school: %1 days, %2 h</source>
        <translation>학교: %1일, %2시간</translation>
    </message>
    <message>
        <source>Public holidays: %1 · Leave: %2</source>
        <translation>공휴일: %1 · 휴가: %2</translation>
    </message>
    <message>
        <source>Enterprise share of the training hours: %1 %</source>
        <translation>훈련 시간 중 기업 비중: %1%</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1부터 %2까지</translation>
    </message>
    <message>
        <source>No working-time problems found.</source>
        <translation>근무 시간 문제가 발견되지 않았습니다.</translation>
    </message>
    <message>
        <source>(%1; %2 in all)</source>
        <translation>(%1, 총 %2건)</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>선택: %1</translation>
    </message>
    <message>
        <source>Selected: %1 days, %2 – %3</source>
        <translation>선택: %1일, %2 – %3</translation>
    </message>
    <message>
        <source>Pattern saved. Generate the calendar to apply it.</source>
        <translation>패턴을 저장했습니다. 적용하려면 일정표를 생성하십시오.</translation>
    </message>
    <message>
        <source>Generate the calendar of every apprentice of this programme? Generated days are replaced; days set by hand (leave, corrections) are kept.</source>
        <translation>이 프로그램의 모든 도제생 일정표를 생성하시겠습니까? 자동 생성된 날짜는 교체되고, 수동으로 설정한 날짜(휴가, 수정)는 유지됩니다.</translation>
    </message>
    <message>
        <source>Calendar not generated</source>
        <translation>일정표를 생성하지 못했습니다</translation>
    </message>
    <message>
        <source>%1 days generated for %2 apprentice(s); %3 day(s) set by hand kept.</source>
        <translation>도제생 %2명의 일정 %1일을 생성했습니다. 수동으로 설정한 %3일은 유지했습니다.</translation>
    </message>
    <message>
        <source>%1 day(s) changed.</source>
        <translation>%1일을 변경했습니다.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>요일</translation>
    </message>
    <message>
        <source>Day type</source>
        <translation>날짜 유형</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>수동 설정</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>School certificate</source>
        <translation>학교 인증서</translation>
    </message>
    <message>
        <source>Current certificate</source>
        <translation>현재 인증서</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>지문 (SHA-256)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 기한</translation>
    </message>
    <message>
        <source>e.g. the school&apos;s name and &quot;agreements&quot;</source>
        <translation>예: 학교 이름과 &quot;협약서&quot;</translation>
    </message>
    <message>
        <source>Create certificate</source>
        <translation>인증서 만들기</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>Valid for (years)</source>
        <translation>유효 기간 (년)</translation>
    </message>
    <message>
        <source>The .p12 or .pfx file</source>
        <translation>.p12 또는 .pfx 파일</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Import certificate</source>
        <translation>인증서 가져오기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Create a new certificate</source>
        <translation>새 인증서 만들기</translation>
    </message>
    <message>
        <source>Import a .p12 file</source>
        <translation>.p12 파일 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) known here: files signed with any of them still verify.</source>
        <translation>
            <numerusform>이 컴퓨터에 등록된 인증서 %n개: 이 중 어느 인증서로 서명한 파일이든 계속 검증할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet: create one below or import the school&apos;s.</source>
        <translation>아직 없습니다. 아래에서 새로 만들거나 학교 인증서를 가져오십시오.</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (만료됨)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n일 남음)</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates (*.p12 *.pfx);;All files (*)</source>
        <translation>인증서 (*.p12 *.pfx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Replace the school certificate %1? Files signed with it will still verify; new files will be signed with the new one.</source>
        <translation>학교 인증서(%1)를 교체하시겠습니까? 기존 인증서로 서명한 파일은 계속 검증할 수 있으며, 새 파일은 새 인증서로 서명됩니다.</translation>
    </message>
    <message>
        <source>Replace certificate</source>
        <translation>인증서 교체</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하십시오.</translation>
    </message>
    <message>
        <source>Certificate %1 created. Keep its password safe.</source>
        <translation>인증서(%1)를 만들었습니다. 비밀번호를 안전하게 보관하십시오.</translation>
    </message>
    <message>
        <source>Choose the certificate file first.</source>
        <translation>먼저 인증서 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Certificate %1 imported.</source>
        <translation>인증서(%1)를 가져왔습니다.</translation>
    </message>
</context>
<context>
    <name>CertificateLabels</name>
    <message>
        <source>Primary (level 5)</source>
        <translation>초급공 (5급)</translation>
    </message>
    <message>
        <source>Intermediate (level 4)</source>
        <translation>중급공 (4급)</translation>
    </message>
    <message>
        <source>Advanced (level 3)</source>
        <translation>고급공 (3급)</translation>
    </message>
    <message>
        <source>Technician (level 2)</source>
        <translation>기사 (2급)</translation>
    </message>
    <message>
        <source>Senior technician (level 1)</source>
        <translation>고급 기사 (1급)</translation>
    </message>
</context>
<context>
    <name>CertificateRecordDialog</name>
    <message>
        <source>Edit certificate</source>
        <translation>자격증 편집</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>새 자격증</translation>
    </message>
    <message>
        <source>Name, number or class</source>
        <translation>이름, 학번 또는 반</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>직종</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>자격증 번호</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>발급 기관</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>발급일</translation>
    </message>
    <message>
        <source>Shortage occupation (紧缺急需)</source>
        <translation>긴급 부족 직종</translation>
    </message>
    <message>
        <source>The certificate subsidy rises by 30 % for shortage occupations (JL-48 §(15)).</source>
        <translation>긴급 부족 직종은 자격증 보조금이 30% 가산됩니다 (JL-48 §(15)).</translation>
    </message>
</context>
<context>
    <name>CertificateTexts</name>
    <message>
        <source>Certificates</source>
        <translation>자격증</translation>
    </message>
    <message>
        <source>Subsidy eligibility</source>
        <translation>보조금 자격</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Certificate subsidy</source>
        <translation>자격증 보조금</translation>
    </message>
    <message>
        <source>Technician training subsidy</source>
        <translation>기사 훈련 보조금</translation>
    </message>
    <message>
        <source>Apprenticeship training subsidy (enterprise)</source>
        <translation>도제 훈련 보조금 (기업)</translation>
    </message>
    <message>
        <source>Enterprise employee with a labour contract on the issue date</source>
        <translation>발급일 현재 근로계약을 체결한 기업 직원</translation>
    </message>
    <message>
        <source>Employee; shortage occupation: +30 %</source>
        <translation>기업 직원, 긴급 부족 직종: +30%</translation>
    </message>
    <message>
        <source>No labour contract: a school student is not an insured enterprise employee</source>
        <translation>근로계약 없음: 재학생은 사회보험에 가입된 기업 직원이 아닙니다</translation>
    </message>
    <message>
        <source>Issued outside the labour contract</source>
        <translation>근로계약 기간 밖에 발급됨</translation>
    </message>
    <message>
        <source>This level is in no subsidy scheme</source>
        <translation>이 등급은 어떤 보조금 항목에도 해당하지 않습니다</translation>
    </message>
    <message>
        <source>No subsidy rule is stored for that date</source>
        <translation>해당 날짜에 적용되는 보조금 기준이 없습니다</translation>
    </message>
    <message>
        <source>Training year of an enterprise new-type apprentice</source>
        <translation>기업 신형 도제생의 훈련 연도</translation>
    </message>
    <message>
        <source>Training year cut short by the end date; the city decides</source>
        <translation>종료일 때문에 훈련 연도가 1년 미만임: 시 담당 부서가 결정</translation>
    </message>
    <message>
        <source>The apprenticeship is still a draft</source>
        <translation>도제 기록이 아직 초안입니다</translation>
    </message>
    <message>
        <source>Labour contract shorter than a year (R-APP-4)</source>
        <translation>근로계약 기간 1년 미만 (R-APP-4)</translation>
    </message>
    <message>
        <source>Only enterprise new-type apprenticeships qualify</source>
        <translation>기업 신형 도제제도만 해당됩니다</translation>
    </message>
    <message>
        <source>Training year %1 (%2 – %3)</source>
        <translation>제%1 훈련 연도 (%2 – %3)</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>%1 이상</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>직종</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>자격증 번호</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>발급 기관</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>발급일</translation>
    </message>
    <message>
        <source>Shortage occupation</source>
        <translation>긴급 부족 직종</translation>
    </message>
    <message>
        <source>Subsidy received on</source>
        <translation>보조금 수령일</translation>
    </message>
    <message>
        <source>Subsidy received</source>
        <translation>보조금 수령</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>보조금 항목</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>자격 충족</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>수령액</translation>
    </message>
</context>
<context>
    <name>CertificatesList</name>
    <message>
        <source>Student, occupation or number (Ctrl+F)</source>
        <translation>학생, 직종 또는 번호 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only without subsidy received</source>
        <translation>보조금 미수령만 표시</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>새 자격증</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Subsidy received…</source>
        <translation>보조금 수령 등록…</translation>
    </message>
    <message>
        <source>Delete the %1 certificate of %2?</source>
        <translation>%2의 %1 자격증을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>자격증 삭제</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제 실패</translation>
    </message>
</context>
<context>
    <name>CertificatesTab</name>
    <message>
        <source>Certificates</source>
        <translation>자격증</translation>
    </message>
</context>
<context>
    <name>ChangePostDialog</name>
    <message>
        <source>Change post or enterprise</source>
        <translation>직무 또는 기업 변경</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>이름…</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>기업 멘토</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Choose the new post.</source>
        <translation>새 직무를 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter the reason; it stays on the record.</source>
        <translation>사유를 입력하십시오. 사유는 기록에 남습니다.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>Show the figures as a table</source>
        <translation>수치를 표로 보기</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Subsidy received</source>
        <translation>보조금 수령</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>자격증</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>수령일</translation>
    </message>
    <message>
        <source>Eligible amount: %1</source>
        <translation>지급 대상 금액: %1</translation>
    </message>
    <message>
        <source>The eligibility report finds no subsidy for this certificate.</source>
        <translation>보조금 자격 보고서상 이 자격증에 해당하는 보조금이 없습니다.</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>수령 금액</translation>
    </message>
</context>
<context>
    <name>CohortList</name>
    <message>
        <source>Enrol students…</source>
        <translation>학생 등록…</translation>
    </message>
    <message>
        <source>Edit apprentice</source>
        <translation>도제생 편집</translation>
    </message>
    <message>
        <source>Remove from programme</source>
        <translation>프로그램에서 제외</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>훈련 진도…</translation>
    </message>
    <message>
        <source>Remove %1 from the programme? The enrolment and the recorded progress are deleted.</source>
        <translation>%1 학생을 프로그램에서 제외하시겠습니까? 등록 정보와 기록된 훈련 진도가 함께 삭제됩니다.</translation>
    </message>
    <message>
        <source>Remove apprentice</source>
        <translation>도제생 제외</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>제외 실패</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>다른 사용자가 변경함</translation>
    </message>
    <message>
        <source>Someone else changed this record since you opened it. Reload to see their changes (yours will be lost) or keep editing?</source>
        <translation>이 기록을 연 뒤에 다른 사용자가 변경했습니다. 다시 불러와서 변경 내용을 확인하시겠습니까(내 변경 내용은 사라집니다), 아니면 계속 편집하시겠습니까?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>계속 편집</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Add consent</source>
        <translation>동의 추가</translation>
    </message>
    <message>
        <source>e.g. wage card for internship pay</source>
        <translation>예: 실습 급여 지급용 급여 카드</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>서명일</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
</context>
<context>
    <name>CoverDialog</name>
    <message>
        <source>Cover a class</source>
        <translation>반 단위 보험 적용</translation>
    </message>
    <message>
        <source>Cover placements</source>
        <translation>실습 배치 보험 적용</translation>
    </message>
    <message>
        <source>Choose a class…</source>
        <translation>반 선택…</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>모든 반</translation>
    </message>
    <message>
        <source>Every placement of the class (except terminated ones) is covered for the days it shares with the policy period. Students already covered are not added twice.</source>
        <translation>해당 반의 모든 실습 배치(중도 종료된 것 제외)가 보험 기간과 겹치는 날짜 동안 보장됩니다. 이미 보장되는 학생은 중복으로 추가되지 않습니다.</translation>
    </message>
    <message>
        <source>Student, class or enterprise</source>
        <translation>학생, 반 또는 기업</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>표시된 항목 모두 선택</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>모두 선택 해제</translation>
    </message>
    <message>
        <source>Placements that overlap the policy period.</source>
        <translation>보험 기간과 겹치는 실습 배치입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s) ticked</source>
        <translation>
            <numerusform>실습 배치 %n건 선택됨</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoveredDialog</name>
    <message>
        <source>Covered students</source>
        <translation>보장 대상 학생</translation>
    </message>
    <message>
        <source>Take off the policy…</source>
        <translation>보험증권에서 제외…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n행</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop covering %n row(s) under this policy?</source>
        <translation>
            <numerusform>이 보험증권에서 %n행의 보장을 중지하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Take off the policy</source>
        <translation>보험증권에서 제외</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>변경 실패</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: every change is saved completely or not at all, so at most the last action was not carried out. You can keep working; if it happens again, restart the program and send the log file to whoever supports you.</source>
        <translation>문제가 발생했습니다. 데이터는 안전합니다. 모든 변경은 완전히 저장되거나 전혀 저장되지 않으므로, 기껏해야 마지막 작업이 실행되지 않았을 뿐입니다. 계속 작업할 수 있습니다. 다시 발생하면 프로그램을 다시 시작하고 로그 파일을 기술 지원 담당자에게 보내 주십시오.</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>로그 파일: %1</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>자세히 보기</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>자세히 숨기기</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
</context>
<context>
    <name>DayTypeDialog</name>
    <message>
        <source>Set day type</source>
        <translation>날짜 유형 설정</translation>
    </message>
    <message>
        <source>%1 day(s): %2</source>
        <translation>%1일: %2</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Day type</source>
        <translation>날짜 유형</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>DeductionsEditor</name>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Add deduction</source>
        <translation>공제 추가</translation>
    </message>
    <message>
        <source>Remove deduction</source>
        <translation>공제 삭제</translation>
    </message>
    <message>
        <source>Fees, commissions and insurance premiums may not be deducted from pay; they are recorded as evidence and reported (R-PAY-6).</source>
        <translation>비용, 수수료, 보험료는 급여에서 공제할 수 없습니다. 이러한 공제는 증거로 기록되고 보고됩니다 (R-PAY-6).</translation>
    </message>
</context>
<context>
    <name>EligibilityList</name>
    <message>
        <source>Student, enterprise or occupation (Ctrl+F)</source>
        <translation>학생, 기업 또는 직종 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only eligible</source>
        <translation>자격 충족만 표시</translation>
    </message>
    <message>
        <source>Only eligible and not received</source>
        <translation>자격 충족 및 미수령만 표시</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>검증 안 됨</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol students: %1</source>
        <translation>학생 등록: %1</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Contract from</source>
        <translation>계약 시작일</translation>
    </message>
    <message>
        <source>Contract to</source>
        <translation>계약 종료일</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>월 임금</translation>
    </message>
    <message>
        <source>Another student</source>
        <translation>다른 학생</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
</context>
<context>
    <name>EnterpriseDialog</name>
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
        <source>Edit enterprise</source>
        <translation>기업 편집</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>새 기업</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>통일사회신용코드</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91220101MA…</source>
        <translation>18자리, 예: 91220101MA…</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>성</translation>
    </message>
    <message>
        <source>County</source>
        <translation>현</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(설정 안 됨)</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>법정 대표자</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>연락 담당자</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>연락 전화번호</translation>
    </message>
    <message>
        <source>mobile or landline, e.g. 0431-88888888</source>
        <translation>휴대전화 또는 유선전화, 예: 0431-88888888</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>재직 직원 수</translation>
    </message>
    <message>
        <source>Lowest wage grade (monthly)</source>
        <translation>최하위 임금 등급(월)</translation>
    </message>
    <message>
        <source>No placements at entertainment venues (REG-2021 Art 16(5)).</source>
        <translation>유흥업소에는 실습을 배치할 수 없습니다(「직업학교 학생 실습관리규정」 제16조 제5호).</translation>
    </message>
    <message>
        <source>Venue type</source>
        <translation>장소 유형</translation>
    </message>
    <message>
        <source>Intermediary / dispatch</source>
        <translation>중개기관 / 노무 파견</translation>
    </message>
    <message>
        <source>Intermediary, HR agency or labour-dispatch firm</source>
        <translation>중개기관, 인력서비스 기관 또는 노무파견 업체</translation>
    </message>
    <message>
        <source>No placements through intermediaries (REG-2021 Art 16(6)).</source>
        <translation>중개기관을 통해 실습을 배치할 수 없습니다(「직업학교 학생 실습관리규정」 제16조 제6호).</translation>
    </message>
    <message>
        <source>Training base</source>
        <translation>실습훈련 기지</translation>
    </message>
    <message>
        <source>Recognised industry–education training base</source>
        <translation>인정된 산학융합 실습훈련 기지</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Site assessment</source>
        <translation>현장 평가</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>(choose an industry)</source>
        <translation>(업종 선택)</translation>
    </message>
    <message>
        <source>Minimum-wage area class %1</source>
        <translation>최저임금 %1류 지역</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>미설정</translation>
    </message>
</context>
<context>
    <name>EnterpriseTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>신용코드</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>County</source>
        <translation>현</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>재직 직원 수</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation>신용 상태</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>알림</translation>
    </message>
</context>
<context>
    <name>EnterprisesPage</name>
    <message>
        <source>Search by name, credit code or address</source>
        <translation>이름, 신용코드 또는 주소로 검색</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>새 직무</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>직무 편집</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>직무 삭제</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>엑셀로 내보내기…</translation>
    </message>
    <message numerus="yes">
        <source>%n enterprise(s)</source>
        <translation>
            <numerusform>기업 %n곳</numerusform>
        </translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Delete enterprise %1? Its %2 post(s) and %3 enterprise mentor(s) are deleted with it. This cannot be undone.</source>
        <translation>기업 “%1”을(를) 삭제하시겠습니까? 이 기업의 직무 %2개와 기업 멘토 %3명도 함께 삭제되며, 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete enterprise</source>
        <translation>기업 삭제</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제 실패</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Posts of %1</source>
        <translation>%1의 직무</translation>
    </message>
    <message>
        <source>Select an enterprise to see its posts</source>
        <translation>직무를 보려면 기업을 선택하십시오</translation>
    </message>
    <message>
        <source>Delete post %1? This cannot be undone.</source>
        <translation>직무 “%1”을(를) 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>기업</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Evaluation by the enterprise mentor</source>
        <translation>기업 멘토 평가</translation>
    </message>
    <message>
        <source>Evaluation by the school supervisor</source>
        <translation>학교 지도교사 평가</translation>
    </message>
    <message>
        <source>School and enterprise assess jointly, process and result together; the student must not be assessed simply by the enterprise&apos;s attendance system or employee standards (REG-2021 Art 27, R-EVAL-1).</source>
        <translation>학교와 기업이 공동으로 평가하며 과정 평가와 결과 평가를 결합합니다. 기업의 근태 제도나 직원 기준을 그대로 적용하여 학생을 평가해서는 안 됩니다(「직업학교 학생 실습관리규정」 제27조, R-EVAL-1).</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 점</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>가중 점수</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>평가 의견</translation>
    </message>
</context>
<context>
    <name>EvaluationLabels</name>
    <message>
        <source>Attitude and discipline</source>
        <translation>근무 태도 및 규율</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>전문 기술</translation>
    </message>
    <message>
        <source>Safety awareness</source>
        <translation>안전 의식</translation>
    </message>
    <message>
        <source>Teamwork and communication</source>
        <translation>팀워크 및 소통</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>우수</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>양호</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>합격</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>불합격</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>기업 멘토</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>성적 등급</translation>
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Enterprise score</source>
        <translation>기업 점수</translation>
    </message>
    <message>
        <source>School score</source>
        <translation>학교 점수</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>종합 점수</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>성적 등급</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Student, class or enterprise (Ctrl+F)</source>
        <translation>학생, 반 또는 기업(Ctrl+F)</translation>
    </message>
    <message>
        <source>Evaluate as enterprise mentor…</source>
        <translation>기업 멘토로 평가…</translation>
    </message>
    <message>
        <source>Evaluate as school supervisor…</source>
        <translation>학교 지도교사로 평가…</translation>
    </message>
    <message>
        <source>Open placement</source>
        <translation>실습 배치 열기</translation>
    </message>
    <message>
        <source>Only incomplete</source>
        <translation>미완료만</translation>
    </message>
    <message>
        <source>The grade combines the enterprise mentor&apos;s and the school supervisor&apos;s rubric; it must not simply apply the enterprise&apos;s attendance record or employee standards (REG-2021 Art 27, R-EVAL-1).</source>
        <translation>성적은 기업 멘토와 학교 지도교사의 평가 기준 점수를 합산하여 정합니다. 기업의 근태 기록이나 직원 기준을 그대로 적용해서는 안 됩니다(「직업학교 학생 실습관리규정」 제27조, R-EVAL-1).</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>성적 미평가</translation>
    </message>
    <message>
        <source>%1: %2 points, %3.</source>
        <translation>%1: %2점, %3.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>신분증 번호</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>휴대전화 번호</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>연락 전화번호</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>입학일</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>학번</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>통일사회신용코드</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>County</source>
        <translation>현</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>재직 직원 수</translation>
    </message>
    <message>
        <source>Venue type</source>
        <translation>장소 유형</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>직무명</translation>
    </message>
    <message>
        <source>Physical intensity level</source>
        <translation>육체노동 강도 등급</translation>
    </message>
    <message>
        <source>Same-post wage</source>
        <translation>동일 직무 임금</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>위험 요인</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Load limit</source>
        <translation>지도 인원 상한</translation>
    </message>
    <message>
        <source>Monthly mentor allowance</source>
        <translation>월 멘토 수당</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>기능 등급</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Guardian name</source>
        <translation>보호자 성명</translation>
    </message>
    <message>
        <source>Guardian relationship</source>
        <translation>보호자와의 관계</translation>
    </message>
    <message>
        <source>Guardian phone</source>
        <translation>보호자 전화번호</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Mentor or supervisor</source>
        <translation>멘토 또는 지도교사</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>실습 유형</translation>
    </message>
    <message>
        <source>Arranged by</source>
        <translation>배치 경로</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>기업 멘토</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>독립 수행 정도</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>일일 근무 시간</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>주당 근무일수</translation>
    </message>
    <message>
        <source>Shift start</source>
        <translation>근무 시작 시각</translation>
    </message>
    <message>
        <source>Shift end</source>
        <translation>근무 종료 시각</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>초과 근무</translation>
    </message>
    <message>
        <source>Work on rest days</source>
        <translation>휴무일 근무</translation>
    </message>
    <message>
        <source>Work on public holidays</source>
        <translation>법정 공휴일 근무</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>급여</translation>
    </message>
    <message>
        <source>Pay unit</source>
        <translation>급여 단위</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>지급 방식</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>수령인</translation>
    </message>
    <message>
        <source>Pay cycle (days)</source>
        <translation>지급 주기(일)</translation>
    </message>
    <message>
        <source>Payday</source>
        <translation>급여일</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>사전 동의서</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>동의서 서명일</translation>
    </message>
    <message>
        <source>Self-choice application</source>
        <translation>실습 기업 자율 선택 신청</translation>
    </message>
    <message>
        <source>School approval date</source>
        <translation>학교 승인일</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>숙소</translation>
    </message>
    <message>
        <source>Guardian consent to own lodging</source>
        <translation>개별 숙박 보호자 동의</translation>
    </message>
    <message>
        <source>Lodging filing reference</source>
        <translation>숙소 신고 번호</translation>
    </message>
    <message>
        <source>Cross-province approval</source>
        <translation>타 성 실습 승인 번호</translation>
    </message>
    <message>
        <source>Filing reference</source>
        <translation>신고 번호</translation>
    </message>
    <message>
        <source>Safety training</source>
        <translation>안전 교육</translation>
    </message>
    <message>
        <source>Tripartite agreement</source>
        <translation>3자 협약서</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>협약서 번호</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>협약 체결일</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>보험</translation>
    </message>
    <message>
        <source>Exception reason</source>
        <translation>예외 사유</translation>
    </message>
    <message>
        <source>Exception filing reference</source>
        <translation>예외 신고 번호</translation>
    </message>
    <message>
        <source>Exception filed on</source>
        <translation>예외 신고일</translation>
    </message>
    <message>
        <source>Exception approved by</source>
        <translation>예외 승인 기관</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>도제</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>조항</translation>
    </message>
    <message>
        <source>Date of change</source>
        <translation>변경일</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>인증서 이름</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Certificate password</source>
        <translation>인증서 비밀번호</translation>
    </message>
    <message>
        <source>Days valid</source>
        <translation>유효 일수</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Entries per page</source>
        <translation>페이지당 항목 수</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>첫 항목</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>모집 인원</translation>
    </message>
    <message>
        <source>Majors wanted</source>
        <translation>모집 전공</translation>
    </message>
    <message>
        <source>Grade years</source>
        <translation>학년도</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>실습 가능 시작일</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>실습 가능 종료일</translation>
    </message>
    <message>
        <source>Preferred industries</source>
        <translation>희망 업종</translation>
    </message>
    <message>
        <source>Preferred cities</source>
        <translation>희망 도시</translation>
    </message>
    <message>
        <source>Preferred enterprises</source>
        <translation>희망 기업</translation>
    </message>
    <message>
        <source>First block</source>
        <translation>첫 구간</translation>
    </message>
    <message>
        <source>Weeks at school</source>
        <translation>학교 수업 주 수</translation>
    </message>
    <message>
        <source>Weeks at the enterprise</source>
        <translation>기업 근무 주 수</translation>
    </message>
    <message>
        <source>Weekdays worked</source>
        <translation>해당 요일</translation>
    </message>
    <message>
        <source>Hours a day at the enterprise</source>
        <translation>기업 하루 시간 수</translation>
    </message>
    <message>
        <source>Hours a day at school</source>
        <translation>학교 하루 시간 수</translation>
    </message>
    <message>
        <source>Enterprise days (recurrence rule)</source>
        <translation>기업 근무일 (반복 규칙)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>일정표</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Day type</source>
        <translation>날짜 유형</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Export kind</source>
        <translation>내보내기 유형</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>출력 파일</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수신처</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>전공</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>법정 대표자</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>연락 담당자</translation>
    </message>
    <message>
        <source>Training base</source>
        <translation>실습훈련 기지</translation>
    </message>
    <message>
        <source>Intermediary or dispatch agency</source>
        <translation>중개기관 또는 파견 업체</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>기업명</translation>
    </message>
    <message>
        <source>Major category</source>
        <translation>전공 대분류</translation>
    </message>
    <message>
        <source>Closed to minors</source>
        <translation>미성년자 금지</translation>
    </message>
    <message>
        <source>Closed to women</source>
        <translation>여성 금지</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>중복 항목</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>열 매핑</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>보험사</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>보험증권 번호</translation>
    </message>
    <message>
        <source>Policy type</source>
        <translation>보험 종류</translation>
    </message>
    <message>
        <source>Premium paid by</source>
        <translation>보험료 부담자</translation>
    </message>
    <message>
        <source>Sum insured per person</source>
        <translation>1인당 보험금액</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>보험료</translation>
    </message>
    <message>
        <source>Policy document</source>
        <translation>보험증권 파일</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>실습 배치</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>사고 일자</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>사고 경위</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>부상 정도</translation>
    </message>
    <message>
        <source>Reported to the insurer on</source>
        <translation>보험사 신고일</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>보험금 청구 번호</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>청구 상태</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>청구 금액</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>지급액</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주차</translation>
    </message>
    <message>
        <source>Log text</source>
        <translation>일지 내용</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>검토 의견</translation>
    </message>
    <message>
        <source>Logbook entry</source>
        <translation>실습일지 항목</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>실습일지</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Mentor or teacher</source>
        <translation>멘토 또는 겸임 교사</translation>
    </message>
    <message>
        <source>Kind of pay</source>
        <translation>지급 항목</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Teaching hours</source>
        <translation>강의 시수</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>직종</translation>
    </message>
    <message>
        <source>Certificate level</source>
        <translation>자격증 등급</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>자격증 번호</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>발급 기관</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>발급일</translation>
    </message>
    <message>
        <source>Subsidy claimed on</source>
        <translation>보조금 수령일</translation>
    </message>
    <message>
        <source>Subsidy received</source>
        <translation>보조금 수령</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>지급일</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>지급자</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>급여 산정 기간</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>공제</translation>
    </message>
    <message>
        <source>Deduction type</source>
        <translation>공제 유형</translation>
    </message>
    <message>
        <source>Deduction amount</source>
        <translation>공제 금액</translation>
    </message>
    <message>
        <source>Reason for the deduction</source>
        <translation>공제 사유</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>지급 내역</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>서명일</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>철회일</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>고지 확인일</translation>
    </message>
    <message>
        <source>Left school on</source>
        <translation>재학 종료일</translation>
    </message>
    <message>
        <source>Programme type</source>
        <translation>도제제도 유형</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Training agreement number</source>
        <translation>도제 양성 협약 번호</translation>
    </message>
    <message>
        <source>Training agreement signed on</source>
        <translation>도제 양성 협약 체결일</translation>
    </message>
    <message>
        <source>Target skill level</source>
        <translation>목표 기능 등급</translation>
    </message>
    <message>
        <source>School mentor</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>Labour contract from</source>
        <translation>근로계약 시작일</translation>
    </message>
    <message>
        <source>Labour contract to</source>
        <translation>근로계약 종료일</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>월 임금</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>계획 시수</translation>
    </message>
    <message>
        <source>Taught at</source>
        <translation>교육 장소</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>역량 요건</translation>
    </message>
    <message>
        <source>Rotation from</source>
        <translation>순환 근무 시작일</translation>
    </message>
    <message>
        <source>Rotation to</source>
        <translation>순환 근무 종료일</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation>이수 시수</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Statistics year</source>
        <translation>통계 연도</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <source>May see full personal data</source>
        <translation>전체 개인정보 열람 가능</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>예정일</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>방문일</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>근무 시간</translation>
    </message>
    <message>
        <source>Working environment</source>
        <translation>근무 환경</translation>
    </message>
    <message>
        <source>Safety protection</source>
        <translation>안전 보호</translation>
    </message>
    <message>
        <source>Pay received</source>
        <translation>급여 수령</translation>
    </message>
    <message>
        <source>Talked to the student</source>
        <translation>학생 면담</translation>
    </message>
    <message>
        <source>Students seen</source>
        <translation>면담한 학생</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Every (weeks)</source>
        <translation>간격(주)</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>평가 보고서</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 기한</translation>
    </message>
    <message>
        <source>Evaluating side</source>
        <translation>평가 주체</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Attitude and discipline</source>
        <translation>근무 태도 및 규율</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>전문 기술</translation>
    </message>
    <message>
        <source>Safety awareness</source>
        <translation>안전 의식</translation>
    </message>
    <message>
        <source>Teamwork and communication</source>
        <translation>팀워크 및 소통</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>평가 의견</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>평가</translation>
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
        <translation>{finding} 사전에 신고된 예외(신고 번호: {override})에 따라 허용되었습니다({cite}).</translation>
    </message>
    <message>
        <source>REG-2021 Art 17 lead-in</source>
        <translation>「직업학교 학생 실습관리규정」 제17조</translation>
    </message>
    <message>
        <source>Rule {rule_id} reported a problem.</source>
        <translation>규칙 {rule_id}에서 문제가 발견되었습니다.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not a full-time student</source>
        <translation>전일제 학생 아님</translation>
    </message>
    <message>
        <source>Self-chosen observation internship</source>
        <translation>학생이 자율 선택한 견학실습</translation>
    </message>
    <message>
        <source>Under 16 at the start date</source>
        <translation>실습 시작일 기준 만 16세 미만</translation>
    </message>
    <message>
        <source>First-year student</source>
        <translation>1학년 재학생</translation>
    </message>
    <message>
        <source>Post prohibited for minors</source>
        <translation>미성년자 금지 직무</translation>
    </message>
    <message>
        <source>No health check for a minor</source>
        <translation>미성년자 건강검진 없음</translation>
    </message>
    <message>
        <source>Under 16: educational practice only</source>
        <translation>만 16세 미만: 교육 실천 활동만 가능</translation>
    </message>
    <message>
        <source>Informed consent not signed</source>
        <translation>사전 동의서 미서명</translation>
    </message>
    <message>
        <source>Self-chosen placement not approved</source>
        <translation>자율 선택 실습 미승인</translation>
    </message>
    <message>
        <source>Post does not fit the major</source>
        <translation>직무와 전공 불일치</translation>
    </message>
    <message>
        <source>Only simple repetitive work</source>
        <translation>단순 반복 작업만 배정</translation>
    </message>
    <message>
        <source>Enterprise not assessed</source>
        <translation>기업 현장 평가 미실시</translation>
    </message>
    <message>
        <source>Longer than six months in total</source>
        <translation>현장실습 누적 6개월 초과</translation>
    </message>
    <message>
        <source>Approval or filing missing</source>
        <translation>승인 또는 신고 누락</translation>
    </message>
    <message>
        <source>Own lodging without consent or filing</source>
        <translation>동의·신고 없는 개별 숙박</translation>
    </message>
    <message>
        <source>Tripartite agreement not signed</source>
        <translation>3자 협약서 미체결</translation>
    </message>
    <message>
        <source>Working hours over the limit</source>
        <translation>근무 시간 한도 초과</translation>
    </message>
    <message>
        <source>Night shift or overtime</source>
        <translation>야간 근무 또는 초과 근무</translation>
    </message>
    <message>
        <source>Work on rest days or holidays</source>
        <translation>휴무일 또는 공휴일 근무</translation>
    </message>
    <message>
        <source>Working-time exception not valid</source>
        <translation>근무 시간 예외 무효</translation>
    </message>
    <message>
        <source>No pay set</source>
        <translation>급여 미약정</translation>
    </message>
    <message>
        <source>Pay below the 80% floor</source>
        <translation>급여 80% 하한 미달</translation>
    </message>
    <message>
        <source>Pay not in money to the student</source>
        <translation>급여가 학생에게 금전으로 지급되지 않음</translation>
    </message>
    <message>
        <source>Paid less often than monthly</source>
        <translation>급여 지급 주기 1개월 초과</translation>
    </message>
    <message>
        <source>Pay below the minimum wage</source>
        <translation>급여 최저임금 미달</translation>
    </message>
    <message>
        <source>Minimum-wage table missing or outdated</source>
        <translation>최저임금 기준표 누락 또는 구버전</translation>
    </message>
    <message>
        <source>Entertainment venue</source>
        <translation>유흥업소</translation>
    </message>
    <message>
        <source>High-risk post</source>
        <translation>고위험 직무</translation>
    </message>
    <message>
        <source>Heavy physical labour</source>
        <translation>고강도 육체노동</translation>
    </message>
    <message>
        <source>Post prohibited for women</source>
        <translation>여성 근로자 금지 직무</translation>
    </message>
    <message>
        <source>Intermediary or labour dispatch</source>
        <translation>중개기관 또는 노무 파견</translation>
    </message>
    <message>
        <source>Too many interns at the enterprise</source>
        <translation>기업의 실습생 비율 초과</translation>
    </message>
    <message>
        <source>Too many interns on the post</source>
        <translation>직무의 실습생 비율 초과</translation>
    </message>
    <message>
        <source>Enterprise under credit restriction</source>
        <translation>신용 제한 대상 기업</translation>
    </message>
    <message>
        <source>Insurance does not cover the period</source>
        <translation>보험이 실습 기간을 보장하지 않음</translation>
    </message>
    <message>
        <source>Supervisor or mentor missing</source>
        <translation>지도교사 또는 멘토 누락</translation>
    </message>
    <message>
        <source>No safety training</source>
        <translation>안전 교육 미이수</translation>
    </message>
    <message>
        <source>No apprenticeship-training agreement</source>
        <translation>도제 양성 협약 미체결</translation>
    </message>
    <message>
        <source>Labour contract too short</source>
        <translation>근로계약 기간 부족</translation>
    </message>
    <message>
        <source>Apprenticeship too short or too long</source>
        <translation>도제 기간이 너무 짧거나 긺</translation>
    </message>
    <message>
        <source>Apprentice wage below the minimum</source>
        <translation>도제생 임금 최저임금 미달</translation>
    </message>
    <message>
        <source>REG-2021 Art 2, Art 49</source>
        <translation>「직업학교 학생 실습관리규정」 제2조, 제49조</translation>
    </message>
    <message>
        <source>REG-2021 Art 9 para 2</source>
        <translation>「직업학교 학생 실습관리규정」 제9조 제2항</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(2), Art 47 para 2</source>
        <translation>「직업학교 학생 실습관리규정」 제16조 제2호, 제47조 제2항</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(1)</source>
        <translation>「직업학교 학생 실습관리규정」 제16조 제1호</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(3); LABOUR Art 64</source>
        <translation>「직업학교 학생 실습관리규정」 제16조 제3호; 「노동법」 제64조</translation>
    </message>
    <message>
        <source>LABOUR Art 65, as reference</source>
        <translation>「노동법」 제65조 참조</translation>
    </message>
    <message>
        <source>CHILD Art 13 para 2</source>
        <translation>「아동노동 사용 금지 규정」 제13조 제2항</translation>
    </message>
    <message>
        <source>REG-2021 Art 9 para 1</source>
        <translation>「직업학교 학생 실습관리규정」 제9조 제1항</translation>
    </message>
    <message>
        <source>REG-2021 Art 9 para 1, Art 10</source>
        <translation>「직업학교 학생 실습관리규정」 제9조 제1항, 제10조</translation>
    </message>
    <message>
        <source>VEL-2022 Art 50; REG-2021 Art 8 para 3</source>
        <translation>「직업교육법」 제50조; 「직업학교 학생 실습관리규정」 제8조 제3항</translation>
    </message>
    <message>
        <source>VEL-2022 Art 50 para 2</source>
        <translation>「직업교육법」 제50조 제2항</translation>
    </message>
    <message>
        <source>REG-2021 Art 8 para 3</source>
        <translation>「직업학교 학생 실습관리규정」 제8조 제3항</translation>
    </message>
    <message>
        <source>REG-2021 Art 12</source>
        <translation>「직업학교 학생 실습관리규정」 제12조</translation>
    </message>
    <message>
        <source>REG-2021 Arts 6, 7</source>
        <translation>「직업학교 학생 실습관리규정」 제6조, 제7조</translation>
    </message>
    <message>
        <source>REG-2021 Art 24 para 2, Arts 25, 5</source>
        <translation>「직업학교 학생 실습관리규정」 제24조 제2항, 제25조, 제5조</translation>
    </message>
    <message>
        <source>REG-2021 Art 24 para 2</source>
        <translation>「직업학교 학생 실습관리규정」 제24조 제2항</translation>
    </message>
    <message>
        <source>REG-2021 Art 5</source>
        <translation>「직업학교 학생 실습관리규정」 제5조</translation>
    </message>
    <message>
        <source>REG-2021 Art 24 para 1</source>
        <translation>「직업학교 학생 실습관리규정」 제24조 제1항</translation>
    </message>
    <message>
        <source>REG-2021 Art 14; VEL-2022 Art 50</source>
        <translation>「직업학교 학생 실습관리규정」 제14조; 「직업교육법」 제50조</translation>
    </message>
    <message>
        <source>WT-1995 Art 3; LABOUR Arts 36, 38</source>
        <translation>「직원 근로시간에 관한 국무원 규정」 제3조; 「노동법」 제36조, 제38조</translation>
    </message>
    <message>
        <source>WT-1995 Art 3; LABOUR Art 36</source>
        <translation>「직원 근로시간에 관한 국무원 규정」 제3조; 「노동법」 제36조</translation>
    </message>
    <message>
        <source>WT-1995 Art 3</source>
        <translation>「직원 근로시간에 관한 국무원 규정」 제3조</translation>
    </message>
    <message>
        <source>LABOUR Art 36</source>
        <translation>「노동법」 제36조</translation>
    </message>
    <message>
        <source>LABOUR Art 38</source>
        <translation>「노동법」 제38조</translation>
    </message>
    <message>
        <source>REG-2021 Art 17(3)</source>
        <translation>「직업학교 학생 실습관리규정」 제17조 제3호</translation>
    </message>
    <message>
        <source>REG-2021 Art 17(2)</source>
        <translation>「직업학교 학생 실습관리규정」 제17조 제2호</translation>
    </message>
    <message>
        <source>REG-2021 Art 18; VEL-2022 Art 50</source>
        <translation>「직업학교 학생 실습관리규정」 제18조; 「직업교육법」 제50조</translation>
    </message>
    <message>
        <source>REG-2021 Art 18</source>
        <translation>「직업학교 학생 실습관리규정」 제18조</translation>
    </message>
    <message>
        <source>LABOUR Art 48</source>
        <translation>「노동법」 제48조</translation>
    </message>
    <message>
        <source>LABOUR Art 48; MW-REG Art 10</source>
        <translation>「노동법」 제48조; 「최저임금규정」 제10조</translation>
    </message>
    <message>
        <source>MW-REG Art 10</source>
        <translation>「최저임금규정」 제10조</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(5)</source>
        <translation>「직업학교 학생 실습관리규정」 제16조 제5호</translation>
    </message>
    <message>
        <source>REG-2021 Art 17(1)</source>
        <translation>「직업학교 학생 실습관리규정」 제17조 제1호</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(7); GB 3869-1997</source>
        <translation>「직업학교 학생 실습관리규정」 제16조 제7호; GB 3869-1997 「육체노동 강도 등급」</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(4); FEMALE Art 4</source>
        <translation>「직업학교 학생 실습관리규정」 제16조 제4호; 「여성근로자 노동보호 특별규정」 제4조</translation>
    </message>
    <message>
        <source>REG-2021 Art 16(6); VEL-2022 Art 50</source>
        <translation>「직업학교 학생 실습관리규정」 제16조 제6호; 「직업교육법」 제50조</translation>
    </message>
    <message>
        <source>REG-2021 Art 11 para 1</source>
        <translation>「직업학교 학생 실습관리규정」 제11조 제1항</translation>
    </message>
    <message>
        <source>JL-48 §(33); REG-2021 Arts 6(1), 44</source>
        <translation>길정판발〔2018〕48호 제33호; 「직업학교 학생 실습관리규정」 제6조 제1호, 제44조</translation>
    </message>
    <message>
        <source>REG-2021 Art 35 para 1</source>
        <translation>「직업학교 학생 실습관리규정」 제35조 제1항</translation>
    </message>
    <message>
        <source>REG-2021 Art 8 para 2, Art 23</source>
        <translation>「직업학교 학생 실습관리규정」 제8조 제2항, 제23조</translation>
    </message>
    <message>
        <source>REG-2021 Art 31</source>
        <translation>「직업학교 학생 실습관리규정」 제31조</translation>
    </message>
    <message>
        <source>VEL-2022 Art 30</source>
        <translation>「직업교육법」 제30조</translation>
    </message>
    <message>
        <source>APP-2021, secondary source</source>
        <translation>인사부발〔2021〕39호(2차 자료에서 재인용)</translation>
    </message>
    <message>
        <source>APP-2021, secondary source; LABOUR Art 48</source>
        <translation>인사부발〔2021〕39호(2차 자료에서 재인용); 「노동법」 제48조</translation>
    </message>
    <message>
        <source>The student is not in full-time study, so the internship rules apply only by reference; confirm which rules apply</source>
        <translation>학생이 전일제 과정이 아니므로 실습관리규정은 참조로만 적용됩니다. 적용할 규정을 확인하십시오</translation>
    </message>
    <message>
        <source>An observation internship is arranged by the school; the student cannot choose it</source>
        <translation>견학실습은 학교가 배치하는 것으로, 학생이 스스로 선택할 수 없습니다</translation>
    </message>
    <message>
        <source>The student is {age} at the start date; nobody under {min} may do a post internship, with no exception, and arranging it is dealt with as child labour</source>
        <translation>실습 시작일 기준 학생의 나이는 만 {age}세입니다. 만 {min}세 미만은 예외 없이 현장실습을 할 수 없으며, 이를 배치하면 아동노동 사용으로 처리됩니다</translation>
    </message>
    <message>
        <source>The student is in year {year} of study at the start date; first-year students may not do a post internship</source>
        <translation>실습 시작일 기준 학생은 {year}학년입니다. 1학년 학생은 현장실습을 할 수 없습니다</translation>
    </message>
    <message>
        <source>The student is {age} at the start date and the post is prohibited for workers under 18</source>
        <translation>실습 시작일 기준 학생은 만 {age}세이며, 이 직무는 만 18세 미만 근로자에게 금지된 직무입니다</translation>
    </message>
    <message>
        <source>The student is {age} and no health check is on record; a minor should have one</source>
        <translation>학생은 만 {age}세이며 건강검진 기록이 없습니다. 미성년자는 건강검진을 받아야 합니다</translation>
    </message>
    <message>
        <source>The student is {age}: under 16 only school-organised educational practice is allowed, no productive work</source>
        <translation>학생은 만 {age}세입니다. 만 16세 미만은 학교가 조직하는 교육 실천 활동만 가능하며 생산 노동은 할 수 없습니다</translation>
    </message>
    <message>
        <source>The student has not signed the informed-consent form for the post internship</source>
        <translation>학생 본인이 현장실습 사전 동의서에 서명하지 않았습니다</translation>
    </message>
    <message>
        <source>The guardian has not signed the informed-consent form for the post internship</source>
        <translation>보호자가 현장실습 사전 동의서에 서명하지 않았습니다</translation>
    </message>
    <message>
        <source>Neither the student nor the guardian has signed the informed-consent form</source>
        <translation>학생 본인과 보호자 모두 사전 동의서에 서명하지 않았습니다</translation>
    </message>
    <message>
        <source>The self-chosen placement has no application from the student and guardian</source>
        <translation>자율 선택 실습에 학생과 보호자의 신청서가 없습니다</translation>
    </message>
    <message>
        <source>The self-chosen placement has not been approved by the school</source>
        <translation>자율 선택 실습이 학교의 승인을 받지 않았습니다</translation>
    </message>
    <message>
        <source>The self-chosen placement has neither an application from the student and guardian nor the school&apos;s approval</source>
        <translation>자율 선택 실습에 학생과 보호자의 신청서도, 학교의 승인도 없습니다</translation>
    </message>
    <message>
        <source>The post is marked as unrelated to the student&apos;s major, which is not allowed</source>
        <translation>이 직무는 학생의 전공과 무관한 것으로 표시되어 있으며, 이러한 실습은 허용되지 않습니다</translation>
    </message>
    <message>
        <source>The post is in the {post_category} category but the student&apos;s major is in {student_category}; internships should not cross major categories</source>
        <translation>직무는 {post_category} 분류이지만 학생의 전공은 {student_category} 분류입니다. 원칙적으로 전공 대분류를 넘어 실습을 배치해서는 안 됩니다</translation>
    </message>
    <message>
        <source>The post offers only simple repetitive work; it should cover the post&apos;s typical tasks</source>
        <translation>이 직무는 단순 반복 작업만 제공합니다. 현장실습은 해당 직무의 전형적인 업무를 포괄해야 합니다</translation>
    </message>
    <message>
        <source>The school has no on-site assessment of the enterprise on record</source>
        <translation>학교가 기업을 현장 평가한 기록이 없습니다</translation>
    </message>
    <message>
        <source>It has not been attested that the enterprise has no record of illegal, dishonest or unsafe conduct</source>
        <translation>기업에 위법·신용불량 또는 안전생산 위반 기록이 없다는 사실이 확인되지 않았습니다</translation>
    </message>
    <message>
        <source>The enterprise has neither an on-site assessment by the school nor the attestation of a clean record</source>
        <translation>기업에 대해 학교의 현장 평가 기록도 없고, 위법 기록이 없다는 확인도 없습니다</translation>
    </message>
    <message>
        <source>The student&apos;s post internships add up to {days} days, more than the usual {max} days (about six months)</source>
        <translation>학생의 현장실습이 누적 {days}일로, 통상 기준인 {max}일(약 6개월)을 초과합니다</translation>
    </message>
    <message>
        <source>The placement is outside Jilin province and has no prior approval of the school&apos;s competent authority</source>
        <translation>실습지가 길림성 밖에 있으나 학교 주관 부서의 사전 승인이 없습니다</translation>
    </message>
    <message>
        <source>The post internship has no filing reference with the competent authority</source>
        <translation>현장실습에 대해 주관 부서에 신고한 신고 번호가 없습니다</translation>
    </message>
    <message>
        <source>The student lodges outside the arranged accommodation without the guardian&apos;s signed consent</source>
        <translation>학생이 지정 숙소 외에서 개별 숙박을 하고 있으나 보호자의 서명 동의가 없습니다</translation>
    </message>
    <message>
        <source>The student lodges outside the arranged accommodation, but the school has not filed it</source>
        <translation>학생이 지정 숙소 외에서 개별 숙박을 하고 있으나 학교가 이를 신고하지 않았습니다</translation>
    </message>
    <message>
        <source>The student lodges outside the arranged accommodation without the guardian&apos;s signed consent and without the school&apos;s filing</source>
        <translation>학생이 지정 숙소 외에서 개별 숙박을 하고 있으나 보호자의 서명 동의도, 학교의 신고도 없습니다</translation>
    </message>
    <message>
        <source>The school, the enterprise and the student have not all signed the tripartite agreement, so the internship cannot start</source>
        <translation>학교, 기업, 학생 중 3자 협약서에 서명하지 않은 당사자가 있어 실습을 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Scheduled {hours} hours a day, more than the 8-hour working day</source>
        <translation>하루 {hours}시간 근무로 편성되어 1일 8시간 근로시간을 초과합니다</translation>
    </message>
    <message>
        <source>Scheduled {hours} hours a week, more than the standard 40-hour week</source>
        <translation>주 {hours}시간 근무로 편성되어 주 40시간 표준 근로시간을 초과합니다</translation>
    </message>
    <message>
        <source>Scheduled {hours} hours a week, more than the legal maximum of 44 hours</source>
        <translation>주 {hours}시간 근무로 편성되어 법정 상한인 주 44시간을 초과합니다</translation>
    </message>
    <message>
        <source>Scheduled {days} working days a week, which leaves no weekly rest day</source>
        <translation>주 {days}일 근무로 편성되어 주 휴무일이 없습니다</translation>
    </message>
    <message>
        <source>The schedule allows overtime; interns may not work overtime</source>
        <translation>근무 일정에 초과 근무가 허용되어 있습니다. 실습생은 초과 근무를 할 수 없습니다</translation>
    </message>
    <message>
        <source>The shift {start}–{end} runs into the night, which starts at {night_start}; interns may not work night shifts</source>
        <translation>근무 시간 {start}–{end}이(가) {night_start}부터 시작되는 야간 시간대에 걸칩니다. 실습생은 야간 근무를 할 수 없습니다</translation>
    </message>
    <message>
        <source>The schedule includes work on rest days, which interns may not do</source>
        <translation>근무 일정에 휴무일 근무가 포함되어 있습니다. 실습생은 휴무일에 근무할 수 없습니다</translation>
    </message>
    <message>
        <source>The schedule includes work on statutory public holidays, which interns may not do</source>
        <translation>근무 일정에 법정 공휴일 근무가 포함되어 있습니다. 실습생은 법정 공휴일에 근무할 수 없습니다</translation>
    </message>
    <message>
        <source>The working-time exception lacks its reason, filing reference, filing date or approver, so it does not apply</source>
        <translation>근무 시간 예외에 사유, 신고 번호, 신고일 또는 승인자가 누락되어 있어 적용되지 않습니다</translation>
    </message>
    <message>
        <source>The working-time exception was filed on or after the start date; it must be filed in advance, so it does not apply</source>
        <translation>근무 시간 예외가 실습 시작일 당일 또는 그 이후에 신고되었습니다. 예외는 사전에 신고해야 하므로 적용되지 않습니다</translation>
    </message>
    <message>
        <source>No pay is recorded; a post internship must be paid</source>
        <translation>급여가 기록되지 않았습니다. 현장실습에는 급여를 지급해야 합니다</translation>
    </message>
    <message>
        <source>The pay is recorded as 0.00 yuan; a post internship should get appropriate pay</source>
        <translation>급여가 0.00위안으로 기록되어 있습니다. 현장실습에는 적정한 급여를 지급해야 합니다</translation>
    </message>
    <message>
        <source>The pay floor cannot be checked: the monthly pay, or both the same-post wage and the lowest wage grade, are missing</source>
        <translation>급여 하한을 확인할 수 없습니다. 월 급여가 없거나, 동일 직무 임금과 최하위 임금 등급이 모두 없습니다</translation>
    </message>
    <message>
        <source>Monthly pay of {pay_fen} yuan is below {percent}% of the same-post wage of {post_wage_fen} yuan ({required_fen} yuan) and below the lowest wage grade of {lowest_grade_fen} yuan</source>
        <translation>월 급여 {pay_fen}위안은 동일 직무 임금 {post_wage_fen}위안의 {percent}%({required_fen}위안)보다 적고, 최하위 임금 등급 {lowest_grade_fen}위안보다도 적습니다</translation>
    </message>
    <message>
        <source>Monthly pay of {pay_fen} yuan is below {percent}% of the same-post wage of {post_wage_fen} yuan, that is {required_fen} yuan</source>
        <translation>월 급여 {pay_fen}위안은 동일 직무 임금 {post_wage_fen}위안의 {percent}%인 {required_fen}위안보다 적습니다</translation>
    </message>
    <message>
        <source>Monthly pay of {pay_fen} yuan is below the enterprise&apos;s lowest wage grade of {lowest_grade_fen} yuan</source>
        <translation>월 급여 {pay_fen}위안은 기업의 최하위 임금 등급 {lowest_grade_fen}위안보다 적습니다</translation>
    </message>
    <message>
        <source>Pay is given in goods or vouchers; it must be money paid to the student</source>
        <translation>급여가 현물 또는 상품권으로 지급되고 있습니다. 급여는 금전으로 학생에게 지급해야 합니다</translation>
    </message>
    <message>
        <source>Pay goes through a third party; it must be paid directly to the student</source>
        <translation>급여가 제3자를 거쳐 지급되고 있습니다. 학생에게 직접 지급해야 합니다</translation>
    </message>
    <message>
        <source>The payee is not the student; pay must go directly to the student</source>
        <translation>수령인이 학생 본인이 아닙니다. 급여는 학생에게 직접 지급해야 합니다</translation>
    </message>
    <message>
        <source>Pay is made every {days} days; it should be at least every {max} days</source>
        <translation>급여가 {days}일마다 지급됩니다. 최소 {max}일마다 지급해야 합니다</translation>
    </message>
    <message>
        <source>Monthly pay of {pay_fen} yuan is below the minimum wage of {min_fen} yuan for area class {area_class}; interns are not employees, but this is a warning sign</source>
        <translation>월 급여 {pay_fen}위안은 {area_class}류 지역 최저임금 {min_fen}위안보다 적습니다. 실습생은 근로자가 아니지만 주의가 필요한 신호입니다</translation>
    </message>
    <message>
        <source>The Jilin minimum-wage table in force on {date} has no figure for this area, so the minimum wage cannot be checked</source>
        <translation>{date}에 시행 중인 길림성 최저임금 기준표에 이 지역의 금액이 없어 최저임금을 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>The Jilin minimum-wage table in use dates from {effective_from}, more than {months} months before the start date; check for a newer table</source>
        <translation>사용 중인 길림성 최저임금 기준표는 {effective_from}부터 시행된 것으로, 실습 시작일보다 {months}개월 이상 앞섭니다. 새 기준표가 있는지 확인하십시오</translation>
    </message>
    <message>
        <source>The enterprise&apos;s venue type is {venue}; internships at entertainment venues are prohibited</source>
        <translation>기업의 장소 유형이 {venue}입니다. 유흥업소에서는 실습할 수 없습니다</translation>
    </message>
    <message>
        <source>The post involves {hazards}; high-risk internships are prohibited</source>
        <translation>이 직무에는 {hazards}이(가) 포함됩니다. 고위험 실습은 금지되어 있습니다</translation>
    </message>
    <message>
        <source>The post is physical labour of intensity level {level}; level III and above is prohibited for interns</source>
        <translation>이 직무는 육체노동 강도 {level}급입니다. 실습생에게는 III급 이상이 금지되어 있습니다</translation>
    </message>
    <message>
        <source>The student is female and the post is prohibited for female employees</source>
        <translation>학생이 여성이며, 이 직무는 여성 근로자에게 금지된 직무입니다</translation>
    </message>
    <message>
        <source>The placement is arranged through an intermediary, agency or labour dispatch firm, which is prohibited</source>
        <translation>이 실습은 중개기관, 인력서비스 기관 또는 노무파견 업체를 통해 배치되었으며, 이는 금지되어 있습니다</translation>
    </message>
    <message>
        <source>The enterprise&apos;s number of on-post staff is missing, so the intern cap cannot be checked</source>
        <translation>기업의 재직 직원 수가 없어 실습생 상한을 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>On {day}, {interns} interns are {share}% of the enterprise&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</source>
        <translation>{day} 기준 실습생 {interns}명은 기업 재직 직원 {staff}명의 {share}%로, 상한 {pct}%(최대 {limit}명)를 초과합니다</translation>
    </message>
    <message>
        <source>{interns} interns are {share}% of the enterprise&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</source>
        <translation>실습생 {interns}명은 기업 재직 직원 {staff}명의 {share}%로, 상한 {pct}%(최대 {limit}명)를 초과합니다</translation>
    </message>
    <message>
        <source>The post&apos;s number of on-post staff is missing, so the intern cap cannot be checked</source>
        <translation>직무의 재직 직원 수가 없어 실습생 상한을 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>On {day}, {interns} interns are {share}% of the post&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</source>
        <translation>{day} 기준 실습생 {interns}명은 해당 직무 재직 직원 {staff}명의 {share}%로, 상한 {pct}%(최대 {limit}명)를 초과합니다</translation>
    </message>
    <message>
        <source>{interns} interns are {share}% of the post&apos;s {staff} on-post staff, above the {pct}% cap, which allows {limit}</source>
        <translation>실습생 {interns}명은 해당 직무 재직 직원 {staff}명의 {share}%로, 상한 {pct}%(최대 {limit}명)를 초과합니다</translation>
    </message>
    <message>
        <source>The enterprise has a recorded credit restriction; no new placement may be made there</source>
        <translation>기업에 신용 제한 기록이 있습니다. 이 기업에는 새로 실습을 배치할 수 없습니다</translation>
    </message>
    <message>
        <source>The enterprise has a recorded credit restriction; review this active placement</source>
        <translation>기업에 신용 제한 기록이 있습니다. 진행 중인 이 실습 배치를 재검토하십시오</translation>
    </message>
    <message>
        <source>No internship liability insurance is recorded: all {uncovered_days} days of the placement are uncovered</source>
        <translation>실습 책임보험 기록이 없습니다. 실습 배치 기간 {uncovered_days}일 전체가 보장되지 않습니다</translation>
    </message>
    <message>
        <source>The liability insurance ends on {insured_until}, leaving the last {uncovered_days} days of the placement uncovered</source>
        <translation>책임보험이 {insured_until}에 만료되어 실습 배치 기간의 마지막 {uncovered_days}일이 보장되지 않습니다</translation>
    </message>
    <message>
        <source>No school supervisor is assigned; a post internship needs one</source>
        <translation>학교 지도교사가 배정되지 않았습니다. 현장실습에는 학교 지도교사가 있어야 합니다</translation>
    </message>
    <message>
        <source>No enterprise mentor is assigned; a post internship needs one</source>
        <translation>기업 멘토가 배정되지 않았습니다. 현장실습에는 기업 멘토가 있어야 합니다</translation>
    </message>
    <message>
        <source>No safety training is recorded; untrained students may not take part</source>
        <translation>안전 교육 기록이 없습니다. 교육을 받지 않은 학생은 실습에 참여할 수 없습니다</translation>
    </message>
    <message>
        <source>The safety assessment is not passed; the student may not take part until it is</source>
        <translation>안전 평가를 통과하지 못했습니다. 통과할 때까지 학생은 실습에 참여할 수 없습니다</translation>
    </message>
    <message>
        <source>The joint-enrolment apprenticeship has no apprenticeship-training agreement between school and enterprise</source>
        <translation>학교·기업 공동 모집 도제에 대해 학교와 기업 간 도제 양성 협약이 없습니다</translation>
    </message>
    <message>
        <source>The apprentice has no labour contract of at least {months} months</source>
        <translation>도제생에게 {months}개월 이상의 근로계약이 없습니다</translation>
    </message>
    <message>
        <source>The apprenticeship lasts more than {max} months, the longest allowed</source>
        <translation>도제 기간이 최장 허용 기간인 {max}개월을 초과합니다</translation>
    </message>
    <message>
        <source>The apprenticeship lasts less than {min} or more than {max} months</source>
        <translation>도제 기간이 {min}개월 미만이거나 {max}개월을 초과합니다</translation>
    </message>
    <message>
        <source>The apprentice&apos;s monthly wage of {pay_fen} yuan is below the minimum wage of {min_fen} yuan for area class {area_class}</source>
        <translation>도제생의 월 임금 {pay_fen}위안은 {area_class}류 지역 최저임금 {min_fen}위안보다 적습니다</translation>
    </message>
    <message>
        <source>No wage is recorded; an apprentice earns at least the minimum wage of {min_fen} yuan for area class {area_class}</source>
        <translation>임금이 기록되지 않았습니다. 도제생은 {area_class}류 지역 최저임금 {min_fen}위안 이상을 받아야 합니다</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>바(술집)</translation>
    </message>
    <message>
        <source>nightclub</source>
        <translation>나이트클럽</translation>
    </message>
    <message>
        <source>KTV or song hall</source>
        <translation>노래방(KTV)</translation>
    </message>
    <message>
        <source>bathhouse</source>
        <translation>목욕·사우나 시설</translation>
    </message>
    <message>
        <source>electronic game room</source>
        <translation>전자오락실</translation>
    </message>
    <message>
        <source>internet café</source>
        <translation>PC방</translation>
    </message>
    <message>
        <source>entertainment venue</source>
        <translation>기타 유흥업소</translation>
    </message>
    <message>
        <source>work at height</source>
        <translation>고소 작업</translation>
    </message>
    <message>
        <source>underground work</source>
        <translation>지하 작업</translation>
    </message>
    <message>
        <source>radioactive substances</source>
        <translation>방사성 물질</translation>
    </message>
    <message>
        <source>toxic substances</source>
        <translation>유독 물질</translation>
    </message>
    <message>
        <source>flammable or explosive materials</source>
        <translation>인화성·폭발성 물질</translation>
    </message>
    <message>
        <source>other high safety risks</source>
        <translation>기타 높은 안전 위험</translation>
    </message>
    <message>
        <source>Mentor over the load limit</source>
        <translation>멘토 지도 인원 상한 초과</translation>
    </message>
    <message>
        <source>Supervisor over the load limit</source>
        <translation>지도교사 지도 인원 상한 초과</translation>
    </message>
    <message>
        <source>Dual mentors incomplete</source>
        <translation>이중 지도교사 미비</translation>
    </message>
    <message>
        <source>Final grade missing</source>
        <translation>최종 성적 누락</translation>
    </message>
    <message>
        <source>Logbook weeks missing</source>
        <translation>실습일지 미제출 주차</translation>
    </message>
    <message>
        <source>Logbook entry looks copied</source>
        <translation>실습일지 베끼기 의심</translation>
    </message>
    <message>
        <source>no national ratio; school setting</source>
        <translation>국가 기준 비율 없음; 학교 설정</translation>
    </message>
    <message>
        <source>REG-2021 Art 27</source>
        <translation>「직업학교 학생 실습관리규정」 제27조</translation>
    </message>
    <message>
        <source>REG-2021 Arts 21, 29</source>
        <translation>「직업학교 학생 실습관리규정」 제21조, 제29조</translation>
    </message>
    <message>
        <source>REG-2021 Art 21; school setting</source>
        <translation>「직업학교 학생 실습관리규정」 제21조; 학교 설정</translation>
    </message>
    <message>
        <source>REG-2021 Art 7</source>
        <translation>「직업학교 학생 실습관리규정」 제7조</translation>
    </message>
    <message>
        <source>{name} guides {load} learners, more than the limit of {limit}</source>
        <translation>{name}이(가) 학생·도제생 {load}명을 현장 지도하고 있어 상한 {limit}명을 초과합니다</translation>
    </message>
    <message>
        <source>{name} supervises {load} learners, more than the limit of {limit}</source>
        <translation>{name}이(가) 학생·도제생 {load}명을 지도하고 있어 상한 {limit}명을 초과합니다</translation>
    </message>
    <message>
        <source>The enterprise&apos;s on-site assessment expired on {expired}, before this post internship starts or while it runs; assess the unit again</source>
        <translation>기업의 현장 평가가 {expired}에 만료되었습니다(이번 현장실습 시작 전 또는 실습 기간 중). 기업을 다시 현장 평가하십시오</translation>
    </message>
    <message>
        <source>The enterprise did not pass its latest on-site assessment ({failed})</source>
        <translation>기업이 최근 현장 평가({failed})를 통과하지 못했습니다</translation>
    </message>
    <message>
        <source>The apprentice has no enterprise mentor; the dual-mentor model needs an enterprise mentor and a school mentor</source>
        <translation>도제생에게 기업 멘토가 없습니다. 이중 지도교사 제도에는 기업 멘토와 학교 멘토가 모두 필요합니다</translation>
    </message>
    <message>
        <source>The apprentice has no school mentor; the dual-mentor model needs an enterprise mentor and a school mentor</source>
        <translation>도제생에게 학교 멘토가 없습니다. 이중 지도교사 제도에는 기업 멘토와 학교 멘토가 모두 필요합니다</translation>
    </message>
    <message>
        <source>{count} past week(s) of the placement have no submitted logbook entry: {weeks}</source>
        <translation>실습 배치의 지난 {count}주 동안 제출된 실습일지가 없습니다: {weeks}</translation>
    </message>
    <message>
        <source>The logbook entry for the week of {week} is {similarity} % alike to the entry of {source}; a copied entry is no evidence of the week</source>
        <translation>{week} 주의 실습일지가 {source}의 일지와 {similarity}% 유사합니다. 베낀 일지는 해당 주의 실습 증빙이 될 수 없습니다</translation>
    </message>
    <message>
        <source>The placement is completed but has no final grade; missing: {missing}</source>
        <translation>실습 배치가 완료되었으나 최종 성적이 없습니다. 누락: {missing}</translation>
    </message>
    <message>
        <source>The training calendar has {count} enterprise day(s) of up to {hours} hours, more than the 8-hour working day: {dates}</source>
        <translation>훈련 일정표에 하루 최대 {hours}시간인 기업 근무일이 {count}일 있어 1일 8시간 근로시간을 초과합니다: {dates}</translation>
    </message>
    <message>
        <source>The training calendar has {days} enterprise days in a week, leaving no weekly rest day, in {count} week(s): {weeks}</source>
        <translation>훈련 일정표에 기업 근무일이 주 {days}일이어서 주 휴무일이 없는 주가 {count}주 있습니다: {weeks}</translation>
    </message>
    <message>
        <source>The training calendar has up to {hours} hours a week at the enterprise, more than the standard 40-hour week, in {count} week(s): {weeks}</source>
        <translation>훈련 일정표에 기업 근무가 주 최대 {hours}시간으로 주 40시간 표준 근로시간을 초과하는 주가 {count}주 있습니다: {weeks}</translation>
    </message>
    <message>
        <source>The training calendar has up to {hours} hours a week at the enterprise, more than the legal maximum of 44 hours, in {count} week(s): {weeks}</source>
        <translation>훈련 일정표에 기업 근무가 주 최대 {hours}시간으로 법정 상한인 주 44시간을 초과하는 주가 {count}주 있습니다: {weeks}</translation>
    </message>
    <message>
        <source>The training calendar puts the apprentice at the enterprise on {count} weekend day(s), which interns may not work: {dates}</source>
        <translation>훈련 일정표에 도제생이 주말 {count}일 동안 기업에서 근무하도록 되어 있습니다. 실습생은 주말에 근무할 수 없습니다: {dates}</translation>
    </message>
    <message>
        <source>The training calendar puts the apprentice at the enterprise on {count} public holiday(s), which interns may not work: {dates}</source>
        <translation>훈련 일정표에 도제생이 공휴일 {count}일 동안 기업에서 근무하도록 되어 있습니다. 실습생은 공휴일에 근무할 수 없습니다: {dates}</translation>
    </message>
    <message>
        <source>the enterprise mentor&apos;s evaluation</source>
        <translation>기업 멘토 평가</translation>
    </message>
    <message>
        <source>the school supervisor&apos;s evaluation</source>
        <translation>학교 지도교사 평가</translation>
    </message>
    <message>
        <source>the grade</source>
        <translation>종합 성적</translation>
    </message>
    <message>
        <source>Pay late or unpaid</source>
        <translation>급여 지연 또는 미지급</translation>
    </message>
    <message>
        <source>Pay short</source>
        <translation>급여 일부 미지급</translation>
    </message>
    <message>
        <source>Forbidden deduction from pay</source>
        <translation>급여에서 금지된 공제</translation>
    </message>
    <message>
        <source>Insurance about to lapse</source>
        <translation>보험 만료 임박</translation>
    </message>
    <message>
        <source>Premium charged to students</source>
        <translation>학생에게 보험료 부과</translation>
    </message>
    <message>
        <source>Sum insured below the school&apos;s minimum</source>
        <translation>보험금액이 학교 최저 기준 미달</translation>
    </message>
    <message>
        <source>REG-2021 Art 20, Art 35 para 2</source>
        <translation>「직업학교 학생 실습관리규정」 제20조, 제35조 제2항</translation>
    </message>
    <message>
        <source>REG-2021 Art 35 para 2</source>
        <translation>「직업학교 학생 실습관리규정」 제35조 제2항</translation>
    </message>
    <message>
        <source>REG-2021 Arts 34-36; school setting</source>
        <translation>「직업학교 학생 실습관리규정」 제34조~제36조; 학교 설정</translation>
    </message>
    <message>
        <source>The pay for {period} to {period_end} was due on {due} and paid in full on {paid_on}, {days_late} days late</source>
        <translation>{period}~{period_end} 급여는 {due}까지 지급해야 했으나 {paid_on}에 전액 지급되어 {days_late}일 늦었습니다</translation>
    </message>
    <message>
        <source>The pay for {period} to {period_end} was due on {due}; {unpaid_fen} yuan is still unpaid, {days_late} days overdue</source>
        <translation>{period}~{period_end} 급여는 {due}까지 지급해야 했으나 아직 {unpaid_fen}위안이 미지급 상태이며, {days_late}일 연체되었습니다</translation>
    </message>
    <message>
        <source>For {period} to {period_end}, due on {due}, only {paid_fen} yuan of {due_fen} yuan was paid; {short_fen} yuan is still missing {days_late} days later</source>
        <translation>{period}~{period_end} 급여({due}까지 지급)는 {due_fen}위안 중 {paid_fen}위안만 지급되어, {days_late}일이 지난 지금도 {short_fen}위안이 부족합니다</translation>
    </message>
    <message>
        <source>{kind} of {amount_fen} yuan was deducted from {payments} payment(s) between {first} and {last}; fees, commissions and insurance premiums may not be taken from pay</source>
        <translation>{first}~{last} 기간에 급여 {payments}건에서 {kind} 총 {amount_fen}위안이 공제되었습니다. 비용, 수수료, 보험료는 급여에서 공제할 수 없습니다</translation>
    </message>
    <message>
        <source>No pay was recorded between {from} and {to} ({days} days); pay is due at least every {max} days</source>
        <translation>{from}~{to} 기간({days}일)에 급여 지급 기록이 없습니다. 급여는 최소 {max}일마다 지급해야 합니다</translation>
    </message>
    <message>
        <source>The liability cover {policy_no} ends on {ends}, in {days_left} days, while the placement continues; renew it or cover the student under another policy</source>
        <translation>책임보험 {policy_no}이(가) {ends}에 만료되지만({days_left}일 남음) 실습 배치는 계속됩니다. 보험을 갱신하거나 다른 보험으로 학생을 보장하십시오</translation>
    </message>
    <message>
        <source>The premium of policy {policy_no} is charged to the students; it may not be charged to them or deducted from their pay</source>
        <translation>보험증권 {policy_no}의 보험료가 학생에게 부과되어 있습니다. 보험료는 학생에게 부과하거나 급여에서 공제할 수 없습니다</translation>
    </message>
    <message>
        <source>Policy {policy_no} insures {sum_insured_fen} yuan per person, below the school&apos;s minimum of {min_fen} yuan</source>
        <translation>보험증권 {policy_no}의 1인당 보험금액은 {sum_insured_fen}위안으로, 학교 최저 기준 {min_fen}위안보다 적습니다</translation>
    </message>
    <message>
        <source>Policy {policy_no} has no sum insured per person recorded; the school&apos;s minimum is {min_fen} yuan</source>
        <translation>보험증권 {policy_no}에 1인당 보험금액이 기록되지 않았습니다. 학교 최저 기준은 {min_fen}위안입니다</translation>
    </message>
    <message>
        <source>No internship liability insurance covered the student on {incident_on}, the day of the incident</source>
        <translation>사고 당일({incident_on}) 학생은 실습 책임보험의 보장을 받지 못했습니다</translation>
    </message>
    <message>
        <source>{uncovered_days} days of the placement have no liability insurance: {gaps}</source>
        <translation>실습 배치 기간 중 {uncovered_days}일이 책임보험으로 보장되지 않습니다: {gaps}</translation>
    </message>
    <message>
        <source>A fee</source>
        <translation>비용</translation>
    </message>
    <message>
        <source>A commission</source>
        <translation>수수료</translation>
    </message>
    <message>
        <source>An insurance premium</source>
        <translation>보험료</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>FindingsTableModel</name>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 초과</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n일 후</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>User guide</source>
        <translation>사용 설명서</translation>
    </message>
    <message>
        <source>The user guide is available in Chinese only.</source>
        <translation>사용 설명서는 중국어로만 제공됩니다.</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next)</source>
        <translation>설명서에서 찾기 (Enter: 다음)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Scanning…</source>
        <translation>점검 중…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Check all open placements again (F5)</source>
        <translation>진행 중인 모든 실습 배치 다시 점검(F5)</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>모든 반</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>All enterprises</source>
        <translation>모든 기업</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>All supervisors</source>
        <translation>모든 지도교사</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>모든 심각도</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>The check could not be run: %1</source>
        <translation>점검을 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Nothing needs action now.</source>
        <translation>현재 조치가 필요한 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocking issue(s)</source>
        <translation>
            <numerusform>차단 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>참고 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within %1</source>
        <translation>
            <numerusform>%1 이내 기한 도래 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Jilin minimum-wage table in use dates from %1, more than %2 months before the start of %n placement(s), so their pay may be checked against outdated figures.</source>
        <translation>
            <numerusform>사용 중인 길림성 최저임금 기준표는 %1부터 시행된 것으로, 실습 배치 %n건의 시작일보다 %2개월 이상 앞서므로 해당 급여가 구 기준으로 점검되었을 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No Jilin minimum-wage table is in force for %n placement(s), so their pay cannot be checked against the minimum wage.</source>
        <translation>
            <numerusform>실습 배치 %n건에 적용되는 길림성 최저임금 기준표가 없어 급여를 최저임금과 비교해 점검할 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the new table under Settings.</source>
        <translation>설정에서 새 기준표를 추가하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) with a placement have not acknowledged the privacy notice (R-PI-3).</source>
        <translation>
            <numerusform>실습 배치된 학생 %n명이 개인정보 처리 안내문을 확인하지 않았습니다(R-PI-3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n former student(s) are past the retention period and due for review (R-PI-8).</source>
        <translation>
            <numerusform>졸업·퇴학 학생 %n명의 개인정보가 보존 기간을 지나 검토가 필요합니다(R-PI-8).</numerusform>
        </translation>
    </message>
    <message>
        <source>See Settings ▸ Personal data.</source>
        <translation>설정 ▸ 개인정보에서 처리하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Only due within %n day(s)</source>
        <translation>
            <numerusform>%n일 이내 기한만</numerusform>
        </translation>
    </message>
    <message>
        <source>No school supervisor</source>
        <translation>학교 지도교사 없음</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2건 중 %1건 표시</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>School side: student</source>
        <translation>학교 신분: 학생</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>신분증 번호</translation>
    </message>
    <message>
        <source>Born / age</source>
        <translation>생년월일 / 나이</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Major (category)</source>
        <translation>전공(전공 대분류)</translation>
    </message>
    <message>
        <source>Cohort / year of study</source>
        <translation>학년도 / 재학 학년</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>보호자</translation>
    </message>
    <message>
        <source>Enterprise side: intern / apprentice</source>
        <translation>기업 내 신분: 실습생 / 도제생</translation>
    </message>
    <message>
        <source>Current enterprise</source>
        <translation>현재 기업</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>기업 멘토</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>%1, %2 years</source>
        <translation>%1, 만 %2세</translation>
    </message>
    <message>
        <source>Cohort %1, year %2</source>
        <translation>%1학년도, %2학년</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>At school (no current placement)</source>
        <translation>교내(현재 실습 없음)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>엑셀에서 가져오기</translation>
    </message>
    <message>
        <source>Students (with guardians)</source>
        <translation>학생(보호자 포함)</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Placements (as drafts)</source>
        <translation>실습 배치(초안으로 저장)</translation>
    </message>
    <message>
        <source>Choose an .xlsx or .csv file</source>
        <translation>.xlsx 또는 .csv 파일을 선택하십시오</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Download template…</source>
        <translation>양식 내려받기…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>열 매핑</translation>
    </message>
    <message>
        <source>Skip duplicates (keep what is saved)</source>
        <translation>중복 건너뛰기(저장된 기록 유지)</translation>
    </message>
    <message>
        <source>Update duplicates from the sheet</source>
        <translation>중복 항목을 시트 내용으로 업데이트</translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation>오류 행 건너뛰기</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>오류 보고서 저장…</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>중복 항목</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>문제 있는 행만 표시</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>매핑 설정으로 저장…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>매핑 설정 삭제</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>저장된 매핑 설정</translation>
    </message>
    <message>
        <source>Columns are matched by their header names (姓名, 身份证号, 班级 …). Change a choice to map a column by hand; the preview follows.</source>
        <translation>열은 머리글 이름(姓名, 身份证号, 班级 …)에 따라 자동으로 대응됩니다. 열을 직접 지정하려면 선택 항목을 바꾸십시오. 미리 보기도 함께 바뀝니다.</translation>
    </message>
    <message>
        <source>Choose the sheet to import</source>
        <translation>가져올 시트 선택</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>스프레드시트 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Choose the kind of data and the file to import.</source>
        <translation>가져올 데이터 종류와 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>행을 확인하는 중…</translation>
    </message>
    <message>
        <source>%1 rows: %2 ready, %3 duplicates, %4 invalid</source>
        <translation>총 %1행: 가져오기 가능 %2행, 중복 %3행, 오류 %4행</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>Some rows are invalid: correct the sheet, or tick skip invalid rows.</source>
        <translation>일부 행에 오류가 있습니다. 시트를 수정하거나 &apos;오류 행 건너뛰기&apos;를 선택하십시오.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated; %3 duplicates and %4 invalid rows left out.</source>
        <translation>가져오기 완료: 신규 %1건, 업데이트 %2건. 중복 %3행과 오류 %4행은 제외했습니다.</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>오류 보고서 저장</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>엑셀 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>양식 저장</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>매핑 설정 저장</translation>
    </message>
    <message>
        <source>Name of the mapping</source>
        <translation>매핑 설정 이름</translation>
    </message>
    <message>
        <source>Delete the saved mapping %1?</source>
        <translation>저장된 매핑 설정 &apos;%1&apos;을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete mapping</source>
        <translation>매핑 설정 삭제</translation>
    </message>
    <message>
        <source>Student name</source>
        <translation>학생 이름</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>가져오기 가능</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Sheet row</source>
        <translation>시트 행 번호</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>ID / code</source>
        <translation>신분증 번호 / 코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>시트의 열</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>가져올 항목</translation>
    </message>
    <message>
        <source>— do not import —</source>
        <translation>— 가져오지 않음 —</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Edit incident</source>
        <translation>사고 편집</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>사고 등록</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>당일 유효 보험증권</translation>
    </message>
    <message>
        <source>Student, class or enterprise</source>
        <translation>학생, 반 또는 기업</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>실습 배치</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>사고 경위</translation>
    </message>
    <message>
        <source>Health data: shown only in this form, never in lists or exports.</source>
        <translation>건강 정보: 이 양식에만 표시되며 목록이나 내보낸 파일에는 나타나지 않습니다.</translation>
    </message>
    <message>
        <source>Injury</source>
        <translation>부상 정도</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>사고 접수됨</translation>
    </message>
    <message>
        <source>Reported to the insurer</source>
        <translation>보험사에 사고 접수함</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>보험금 청구 번호</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>청구 상태</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>청구 금액</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>지급액</translation>
    </message>
    <message>
        <source>Looked up for the date when the incident is saved.</source>
        <translation>사고를 저장할 때 사고 날짜를 기준으로 자동 조회됩니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Only without cover</source>
        <translation>미보장 건만 표시</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>사고 등록</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
</context>
<context>
    <name>InsuranceColumns</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n행</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%n행 중 %1행</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%1(으)로 %n행을 내보냈습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n day(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n일)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added to policy %1.</source>
        <translation>
            <numerusform>보험증권 %1에 %n행을 추가했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already covered.</source>
        <translation>
            <numerusform>%n행은 이미 보장 중입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n brought up to date.</source>
        <translation>
            <numerusform>%n행을 최신 상태로 갱신했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outside the policy period.</source>
        <translation>
            <numerusform>%n행은 보험 기간을 벗어납니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Policy no.</source>
        <translation>증권 번호</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>보험사</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Student-days</source>
        <translation>학생·일수</translation>
    </message>
    <message>
        <source>Sum insured / person</source>
        <translation>1인당 보험가입금액</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>보험료</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>지급자</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>Covered from</source>
        <translation>보장 시작일</translation>
    </message>
    <message>
        <source>Covered to</source>
        <translation>보장 종료일</translation>
    </message>
    <message>
        <source>Uncovered</source>
        <translation>미보장</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>실습 배치</translation>
    </message>
    <message>
        <source>First uncovered day</source>
        <translation>첫 미보장일</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>남은 일수</translation>
    </message>
    <message>
        <source>Cover ends</source>
        <translation>보장 종료</translation>
    </message>
    <message>
        <source>Placement ends</source>
        <translation>실습 종료</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>사고 경위</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>당일 유효 보험증권</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>청구액</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>보험금 지급</translation>
    </message>
    <message>
        <source>Claim no.</source>
        <translation>청구 번호</translation>
    </message>
    <message>
        <source>Reported to insurer</source>
        <translation>보험사 접수일</translation>
    </message>
</context>
<context>
    <name>InsuranceLabels</name>
    <message>
        <source>Internship liability</source>
        <translation>실습 책임보험</translation>
    </message>
    <message>
        <source>Personal accident</source>
        <translation>상해보험</translation>
    </message>
    <message>
        <source>Work injury</source>
        <translation>산재보험</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>사고 접수됨</translation>
    </message>
    <message>
        <source>Claim submitted</source>
        <translation>보험금 청구됨</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>지급 완료</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>지급 거절</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>철회됨</translation>
    </message>
    <message>
        <source>No liability cover (only %1 %2)</source>
        <translation>책임보험 없음(%1 %2만 있음)</translation>
    </message>
    <message>
        <source>No cover</source>
        <translation>보장 없음</translation>
    </message>
</context>
<context>
    <name>InsurancePage</name>
    <message>
        <source>Policies</source>
        <translation>보험증권</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>보장 공백</translation>
    </message>
    <message>
        <source>Days of open placements that no internship liability policy covers (R-INS-1). Add the students to a policy, or record a new one, under Policies.</source>
        <translation>진행 중인 실습 가운데 어떤 실습 책임보험으로도 보장되지 않는 날짜입니다(R-INS-1). &apos;보험증권&apos;에서 학생을 보험증권에 추가하거나 새 보험증권을 등록하십시오.</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>만료 예정</translation>
    </message>
    <message>
        <source>Only within 7 days</source>
        <translation>7일 이내만 표시</translation>
    </message>
    <message>
        <source>Open placement</source>
        <translation>실습 배치 열기</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>사고 및 보험 청구</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>엑셀로 내보내기</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>엑셀 파일 (*.xlsx)</translation>
    </message>
    <message>
        <source>Attach policy document</source>
        <translation>보험증권 파일 첨부</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</source>
        <translation>문서 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Male</source>
        <translation>남</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>재학</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>휴학</translation>
    </message>
    <message>
        <source>Graduated</source>
        <translation>졸업</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>자퇴</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>전일제</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>비전일제</translation>
    </message>
    <message>
        <source>Observation internship</source>
        <translation>견학실습</translation>
    </message>
    <message>
        <source>Post internship</source>
        <translation>현장실습</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>도제</translation>
    </message>
    <message>
        <source>Modern apprenticeship</source>
        <translation>현대 도제제도</translation>
    </message>
    <message>
        <source>Enterprise new-type apprenticeship</source>
        <translation>기업 신형 도제제도</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>중도 종료</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>양호</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>제한(신용 불량)</translation>
    </message>
    <message>
        <source>Ordinary workplace</source>
        <translation>일반 사업장</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>바(술집)</translation>
    </message>
    <message>
        <source>Nightclub</source>
        <translation>나이트클럽</translation>
    </message>
    <message>
        <source>KTV / song hall</source>
        <translation>노래방 / KTV</translation>
    </message>
    <message>
        <source>Bathhouse</source>
        <translation>목욕·사우나 업소</translation>
    </message>
    <message>
        <source>Electronic game room</source>
        <translation>전자오락실</translation>
    </message>
    <message>
        <source>Internet café</source>
        <translation>PC방(인터넷 카페)</translation>
    </message>
    <message>
        <source>Other entertainment venue</source>
        <translation>기타 영업용 유흥업소</translation>
    </message>
    <message>
        <source>Work at height</source>
        <translation>고소 작업</translation>
    </message>
    <message>
        <source>Underground</source>
        <translation>갱내(지하) 작업</translation>
    </message>
    <message>
        <source>Radioactive</source>
        <translation>방사성</translation>
    </message>
    <message>
        <source>Toxic</source>
        <translation>유독성</translation>
    </message>
    <message>
        <source>Flammable or explosive</source>
        <translation>인화성·폭발성</translation>
    </message>
    <message>
        <source>Other high safety risk</source>
        <translation>기타 고위험</translation>
    </message>
    <message>
        <source>Entertainment venue</source>
        <translation>유흥업소</translation>
    </message>
    <message>
        <source>Intermediary/dispatch</source>
        <translation>중개/파견</translation>
    </message>
    <message>
        <source>Credit restricted</source>
        <translation>신용 제한</translation>
    </message>
    <message>
        <source>Training base</source>
        <translation>실습훈련 기지</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>기업 멘토</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>Intermediate worker</source>
        <translation>중급공</translation>
    </message>
    <message>
        <source>Advanced worker</source>
        <translation>고급공</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Senior technician</source>
        <translation>고급기사</translation>
    </message>
    <message>
        <source>Arranged by the school</source>
        <translation>학교 일괄 배치</translation>
    </message>
    <message>
        <source>Chosen by the student</source>
        <translation>학생 자율 선택</translation>
    </message>
    <message>
        <source>Through an agency</source>
        <translation>중개기관 경유</translation>
    </message>
    <message>
        <source>Assisting (跟岗)</source>
        <translation>보조 참여(동행실습)</translation>
    </message>
    <message>
        <source>Relatively independent</source>
        <translation>상대적 독립 참여</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>월 단위</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>일 단위</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>시간 단위</translation>
    </message>
    <message>
        <source>Bank transfer to the student</source>
        <translation>학생 본인 계좌로 이체</translation>
    </message>
    <message>
        <source>Cash to the student</source>
        <translation>학생에게 현금 직접 지급</translation>
    </message>
    <message>
        <source>Through a third party</source>
        <translation>제3자를 거쳐 지급</translation>
    </message>
    <message>
        <source>In goods or vouchers</source>
        <translation>현물 또는 상품권</translation>
    </message>
    <message>
        <source>Unified lodging</source>
        <translation>단체 숙소</translation>
    </message>
    <message>
        <source>Lives at home</source>
        <translation>자택 거주</translation>
    </message>
    <message>
        <source>Own lodging outside</source>
        <translation>외부 개별 숙소</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>The database is damaged</source>
        <translation>데이터베이스 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>로그: %1</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>Ledger of a placement</source>
        <translation>실습 급여 장부</translation>
    </message>
    <message>
        <source>Student (Ctrl+F)</source>
        <translation>학생(Ctrl+F)</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>지급 등록…</translation>
    </message>
    <message>
        <source>Rebuild schedule…</source>
        <translation>급여 기간 재생성…</translation>
    </message>
    <message>
        <source>Export periods to Excel…</source>
        <translation>급여 기간을 엑셀로 내보내기…</translation>
    </message>
    <message>
        <source>Export payments to Excel…</source>
        <translation>지급 내역을 엑셀로 내보내기…</translation>
    </message>
    <message>
        <source>Pay periods</source>
        <translation>급여 기간</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>지급 내역</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>No ledger</source>
        <translation>장부 없음</translation>
    </message>
    <message>
        <source>Type a student&apos;s name above to open a ledger.</source>
        <translation>장부를 열려면 위에 학생 이름을 입력하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n)</source>
        <translation>
            <numerusform>점검 결과(%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuild the pay schedule of %1 from the placement&apos;s current pay terms and dates? Recorded payments are kept and moved to the matching new period.</source>
        <translation>%1의 급여 기간을 실습 배치의 현재 급여 조건과 날짜에 따라 다시 만드시겠습니까? 이미 등록된 지급 내역은 유지되며 해당하는 새 기간으로 옮겨집니다.</translation>
    </message>
    <message>
        <source>Rebuild schedule</source>
        <translation>급여 기간 재생성</translation>
    </message>
    <message>
        <source>Schedule not rebuilt</source>
        <translation>급여 기간을 재생성하지 않았습니다</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>엑셀로 내보내기…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>파일을 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>LoadsTab</name>
    <message>
        <source>Name, enterprise or qualification (Ctrl+F)</source>
        <translation>이름, 기업 또는 자격(Ctrl+F)</translation>
    </message>
    <message>
        <source>Only over the limit</source>
        <translation>상한 초과만 표시</translation>
    </message>
    <message>
        <source>Pay records of this person</source>
        <translation>이 사람의 수당·강의료 기록</translation>
    </message>
    <message>
        <source>Learners guided today: open placements and live apprenticeships. No national ratio exists (R-APP-10, R-SUP-3): the limit is the person&apos;s own or the school default, set under Settings (mentor_load).</source>
        <translation>지도 인원은 오늘 지도하는 학생 수입니다. 종료되지 않은 실습과 진행 중인 도제가 포함됩니다. 국가에서 정한 지도 비율은 없으므로(R-APP-10, R-SUP-3) 상한은 본인에게 설정된 값을, 없으면 학교 기본값을 적용합니다(설정의 mentor_load에서 변경).</translation>
    </message>
    <message>
        <source>Learners of %1: %2</source>
        <translation>%1의 지도 학생: %2</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <source>Edit log entry</source>
        <translation>실습일지 편집</translation>
    </message>
    <message>
        <source>New log entry</source>
        <translation>새 실습일지</translation>
    </message>
    <message>
        <source>Student, class or enterprise</source>
        <translation>학생, 반 또는 기업</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>실습 배치</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주차</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>Log text</source>
        <translation>일지 내용</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>Hours this week</source>
        <translation>이번 주 근무 시간</translation>
    </message>
    <message>
        <source>Choose the placement to see the week&apos;s days.</source>
        <translation>실습 배치를 선택하면 이번 주 일별 일정이 표시됩니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
</context>
<context>
    <name>LogImportDialog</name>
    <message>
        <source>Import weekly logs</source>
        <translation>주간 실습일지 가져오기</translation>
    </message>
    <message>
        <source>%1 row(s) can be imported, %2 cannot.</source>
        <translation>%1행은 가져올 수 있고 %2행은 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주차</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>가져오기 가능</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>가져오기 불가</translation>
    </message>
    <message>
        <source>Skip the rows that cannot be imported</source>
        <translation>가져올 수 없는 행 건너뛰기</translation>
    </message>
</context>
<context>
    <name>LogReviewDialog</name>
    <message>
        <source>Approve log entry</source>
        <translation>실습일지 승인</translation>
    </message>
    <message>
        <source>Return log entry</source>
        <translation>실습일지 반려</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주차</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>일수</translation>
    </message>
    <message>
        <source>Log text</source>
        <translation>일지 내용</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Say what the learner should change.</source>
        <translation>학생이 수정해야 할 내용을 적어 주십시오.</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>검토 의견</translation>
    </message>
</context>
<context>
    <name>LogbookLabels</name>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>공휴일</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>휴가</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>휴무</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>화</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>일</translation>
    </message>
</context>
<context>
    <name>LogbookTab</name>
    <message>
        <source>%1 % · own week %2</source>
        <translation>%1 % · 본인 %2주차</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주차</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>글자 수</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>검토자</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>검토 의견</translation>
    </message>
    <message>
        <source>Suspected copy</source>
        <translation>표절 의심</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>실습일지</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Only suspected copies</source>
        <translation>표절 의심만 표시</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>새 실습일지</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>승인…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>반려…</translation>
    </message>
    <message>
        <source>Print weekly sheets…</source>
        <translation>주간 일지표 인쇄…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <source>An approved entry is a record and cannot be changed.</source>
        <translation>승인된 실습일지는 보존 기록이므로 수정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>미제출</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>미검토</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>인쇄되지 않음</translation>
    </message>
    <message>
        <source>%1 sheet(s) written to %2</source>
        <translation>주간 일지표 %1장을 %2에 저장했습니다</translation>
    </message>
    <message>
        <source>Import weekly logs</source>
        <translation>주간 실습일지 가져오기</translation>
    </message>
    <message>
        <source>Sheets (*.xlsx *.csv)</source>
        <translation>스프레드시트 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>가져오지 않음</translation>
    </message>
    <message>
        <source>%1 entries imported.</source>
        <translation>실습일지 %1건을 가져왔습니다.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in - Jilin Apprentice</source>
        <translation>로그인 - 길림 도제실습 관리</translation>
    </message>
    <message>
        <source>Log in with the user name and password your administrator gave you.</source>
        <translation>관리자가 발급한 사용자 이름과 비밀번호로 로그인하십시오.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Jilin Apprentice – internships and apprenticeships</source>
        <translation>길림 도제실습 관리 – 실습 및 도제</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>데이터베이스: %1</translation>
    </message>
    <message>
        <source>Needs action now</source>
        <translation>지금 처리할 일</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Enterprises &amp; posts</source>
        <translation>기업 &amp; 직무</translation>
    </message>
    <message>
        <source>Mentors &amp; supervisors</source>
        <translation>멘토 &amp; 지도교사</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>실습 배치</translation>
    </message>
    <message>
        <source>Apprenticeships</source>
        <translation>도제</translation>
    </message>
    <message>
        <source>Post board</source>
        <translation>직무 게시판</translation>
    </message>
    <message>
        <source>Pay ledger</source>
        <translation>급여 장부</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>보험</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>협약서</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>종료(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>엑셀에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Export for an enterprise or &amp;insurer…</source>
        <translation>기업 또는 보험사용 내보내기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>사용자 전환(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>사용 설명서(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>프로그램 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Apprentice: %1</source>
        <translation>도제생: %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명됨</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Labour contract from</source>
        <translation>근로계약 시작일</translation>
    </message>
    <message>
        <source>Labour contract to</source>
        <translation>근로계약 종료일</translation>
    </message>
    <message>
        <source>Monthly wage</source>
        <translation>월 임금</translation>
    </message>
</context>
<context>
    <name>MentorLabels</name>
    <message>
        <source>Mentor allowance</source>
        <translation>멘토 도제 지도 수당</translation>
    </message>
    <message>
        <source>Part-time teaching pay</source>
        <translation>겸임교사 강의료</translation>
    </message>
</context>
<context>
    <name>MentorPaymentDialog</name>
    <message>
        <source>Edit pay record</source>
        <translation>수당·강의료 기록 편집</translation>
    </message>
    <message>
        <source>New pay record</source>
        <translation>새 수당·강의료 기록</translation>
    </message>
    <message>
        <source>Mentor or teacher</source>
        <translation>멘토 또는 겸임 교사</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Kind of pay</source>
        <translation>지급 항목</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Teaching hours</source>
        <translation>강의 시수</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>지급일</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>지급자</translation>
    </message>
    <message>
        <source>The enterprise pays the allowance; the school pays teaching</source>
        <translation>지도 수당은 기업이, 강의료는 학교가 지급합니다</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>MentorTexts</name>
    <message>
        <source>Load</source>
        <translation>지도 인원</translation>
    </message>
    <message>
        <source>Pay records</source>
        <translation>수당·강의료</translation>
    </message>
    <message>
        <source>Intermediate worker</source>
        <translation>중급공</translation>
    </message>
    <message>
        <source>Advanced worker</source>
        <translation>고급공</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Senior technician</source>
        <translation>고급기사</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1(기본값)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>직업 자격</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>기능 등급</translation>
    </message>
    <message>
        <source>Part-time teacher</source>
        <translation>겸임교사</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>지도 학생 수</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>상한</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>상한 초과</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>%1명 초과</translation>
    </message>
    <message>
        <source>Monthly allowance</source>
        <translation>월 지도 수당</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Kind of pay</source>
        <translation>지급 항목</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>지급일</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>지급자</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>MentorsTab</name>
    <message>
        <source>Mentors</source>
        <translation>멘토</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{field} is required.</source>
        <translation>{field} 항목은 필수입니다.</translation>
    </message>
    <message>
        <source>{field} is longer than {max} characters.</source>
        <translation>{field} 항목은 {max}자를 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: choose one of the listed values.</source>
        <translation>{field}: 목록에 있는 값 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field} 항목은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>{field} must be between {min} and {max}.</source>
        <translation>{field} 항목은 {min}에서 {max} 사이여야 합니다.</translation>
    </message>
    <message>
        <source>{field}: the amount is not plausible.</source>
        <translation>{field}: 금액이 타당하지 않습니다.</translation>
    </message>
    <message>
        <source>{field} is too far in the future.</source>
        <translation>{field}: 너무 먼 미래의 날짜입니다.</translation>
    </message>
    <message>
        <source>{field} is before the date of birth.</source>
        <translation>{field}: 생년월일보다 이전입니다.</translation>
    </message>
    <message>
        <source>{field} must have 18 characters: 17 digits and a digit or X (GB 11643).</source>
        <translation>{field} 항목은 18자리여야 합니다: 숫자 17자리와 숫자 또는 X 1자리(GB 11643).</translation>
    </message>
    <message>
        <source>{field}: the check character is wrong; expected {expected} (GB 11643).</source>
        <translation>{field}: 검증 문자가 틀렸습니다. 올바른 값은 {expected}입니다(GB 11643).</translation>
    </message>
    <message>
        <source>{field}: digits 7-14 are not a real date of birth.</source>
        <translation>{field}: 7~14번째 자리가 올바른 생년월일이 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: the area code is not in the GB/T 2260 table; please check.</source>
        <translation>{field}: 지역 코드가 GB/T 2260 코드표에 없습니다. 확인하십시오.</translation>
    </message>
    <message>
        <source>{field}: old 15-digit numbers are not accepted; enter the 18-digit number.</source>
        <translation>{field}: 15자리 구 번호는 받지 않습니다. 18자리 신분증 번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>{field}: another student already has this ID number.</source>
        <translation>{field}: 이미 다른 학생이 이 신분증 번호를 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>{field}: another student already has this number.</source>
        <translation>{field}: 이미 다른 학생이 이 번호를 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>{field} must have 18 characters from 0-9 and A-Y without I, O, S, V, Z (GB 32100).</source>
        <translation>{field} 항목은 0~9 및 I, O, S, V, Z를 제외한 A~Y로 이루어진 18자리여야 합니다(GB 32100).</translation>
    </message>
    <message>
        <source>{field}: the check character is wrong; expected {expected} (GB 32100).</source>
        <translation>{field}: 검증 문자가 틀렸습니다. 올바른 값은 {expected}입니다(GB 32100).</translation>
    </message>
    <message>
        <source>{field}: the embedded organisation code fails its check (GB 11714).</source>
        <translation>{field}: 포함된 조직기구 코드가 검증을 통과하지 못했습니다(GB 11714).</translation>
    </message>
    <message>
        <source>{field}: unusual registration authority code; please check.</source>
        <translation>{field}: 흔하지 않은 등록관리기관 코드입니다. 확인하십시오.</translation>
    </message>
    <message>
        <source>{field}: another enterprise already has this credit code.</source>
        <translation>{field}: 이미 다른 기업이 이 신용코드를 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>{field} must be an 11-digit mainland mobile number starting with 1.</source>
        <translation>{field} 항목은 1로 시작하는 11자리 중국 본토 휴대전화 번호여야 합니다.</translation>
    </message>
    <message>
        <source>{field}: unusual mobile number prefix; please check.</source>
        <translation>{field}: 흔하지 않은 휴대전화 번호 앞자리입니다. 확인하십시오.</translation>
    </message>
    <message>
        <source>{field}: neither a mobile nor a landline number; please check.</source>
        <translation>{field}: 휴대전화 번호도 유선 전화번호도 아닙니다. 확인하십시오.</translation>
    </message>
    <message>
        <source>{field}: unknown county code.</source>
        <translation>{field}: 알 수 없는 현 코드입니다.</translation>
    </message>
    <message>
        <source>An enterprise mentor must belong to an enterprise.</source>
        <translation>기업 멘토는 반드시 소속 기업이 있어야 합니다.</translation>
    </message>
    <message>
        <source>This student has placements or apprenticeships, which are legal records; set the status to withdrawn or graduated instead.</source>
        <translation>이 학생에게는 법정 기록인 실습 또는 도제 기록이 있어 삭제할 수 없습니다. 대신 상태를 자퇴 또는 졸업으로 변경하십시오.</translation>
    </message>
    <message>
        <source>This enterprise has placements, which are legal records; it cannot be deleted.</source>
        <translation>이 기업에는 법정 기록인 실습 기록이 있어 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>This post has placements; it cannot be deleted.</source>
        <translation>이 직무에는 실습 기록이 있어 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>This person guides placements; reassign them before deleting.</source>
        <translation>이 사람은 실습을 지도하고 있습니다. 삭제하기 전에 다른 사람에게 지도를 넘기십시오.</translation>
    </message>
    <message>
        <source>You are not allowed to do this ({permission}); ask an administrator for the right.</source>
        <translation>이 작업을 할 권한이 없습니다({permission}). 관리자에게 권한을 요청하십시오.</translation>
    </message>
    <message>
        <source>This person is named in apprenticeships, pay records, site visits, logbook reviews or evaluations, which are kept as records; the person cannot be deleted.</source>
        <translation>이 사람은 도제, 수당·강의료 기록, 현장 방문, 실습일지 검토 또는 평가에 기록되어 있으며 이 기록들은 보존해야 하므로 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>This student has certificates or logbook entries, which are kept as records; set the status to withdrawn or graduated instead.</source>
        <translation>이 학생에게는 보존해야 하는 자격증 또는 실습일지 기록이 있습니다. 대신 상태를 자퇴 또는 졸업으로 변경하십시오.</translation>
    </message>
    <message>
        <source>The student no longer exists.</source>
        <translation>해당 학생이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The enterprise no longer exists.</source>
        <translation>해당 기업이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The post no longer exists.</source>
        <translation>해당 직무가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>해당 인원이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it. Reopen it to see their changes; yours were not saved.</source>
        <translation>이 기록을 연 뒤에 다른 사람이 수정했습니다. 다시 열어 변경 내용을 확인하십시오. 사용자의 수정 내용은 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>The file {path} is not a Jilin Apprentice database. Nothing was changed.</source>
        <translation>{path} 파일은 길림 도제실습 관리 데이터베이스가 아닙니다. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Copy it to a writable folder.</source>
        <translation>{path} 데이터베이스는 읽기 전용입니다. 쓰기 가능한 폴더로 복사하십시오.</translation>
    </message>
    <message>
        <source>The folder {path} is not writable; choose another data folder.</source>
        <translation>{path} 폴더에 쓸 수 없습니다. 다른 데이터 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Nothing was saved by this step; check the network or ask the administrator whether the server is running, then try again.</source>
        <translation>데이터베이스 서버에 연결할 수 없습니다. 이번 단계에서는 아무것도 저장되지 않았습니다. 네트워크를 확인하거나 관리자에게 서버가 실행 중인지 문의한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The database is in use by another program. Close it and try again.</source>
        <translation>다른 프로그램이 데이터베이스를 사용하고 있습니다. 그 프로그램을 닫고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Jilin Apprentice (schema {revision}). Install the newer version; nothing was changed.</source>
        <translation>이 데이터베이스는 더 새로운 버전의 길림 도제실습 관리에서 저장되었습니다(스키마 {revision}). 새 버전을 설치하십시오. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved.</source>
        <translation>디스크가 가득 찼습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>The change contradicts other records and was not saved.</source>
        <translation>이 변경은 다른 기록과 충돌하여 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>The database already holds students; demo data was not added.</source>
        <translation>데이터베이스에 이미 학생이 있어 데모 데이터를 추가하지 않았습니다.</translation>
    </message>
    <message>
        <source>{count} field(s) need attention.</source>
        <translation>{count}개 항목을 확인해야 합니다.</translation>
    </message>
    <message>
        <source>{field} ({end}) is before the start date ({start}).</source>
        <translation>{field}({end}) 날짜가 시작일({start})보다 이전입니다.</translation>
    </message>
    <message>
        <source>{field}: the student already has a placement from {start} to {end} at {enterprise}; one student cannot be at two placements on the same day.</source>
        <translation>{field}: 이 학생은 이미 {start}부터 {end}까지 {enterprise}에 실습 배치되어 있습니다. 한 학생이 같은 날 두 곳에서 실습할 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: this post belongs to another enterprise.</source>
        <translation>{field}: 이 직무는 다른 기업에 속합니다.</translation>
    </message>
    <message>
        <source>{field}: this mentor works for another enterprise.</source>
        <translation>{field}: 이 멘토는 다른 기업 소속입니다.</translation>
    </message>
    <message>
        <source>{field}: choose a person of the right role (mentor or supervisor).</source>
        <translation>{field}: 알맞은 역할(기업 멘토 또는 학교 지도교사)의 인원을 선택하십시오.</translation>
    </message>
    <message>
        <source>{field}: pay must be money paid to the student, not goods or vouchers (REG-2021 Art 18, R-PAY-3).</source>
        <translation>{field}: 급여는 현물이나 상품권이 아닌 금전으로 학생에게 지급해야 합니다(「직업학교 학생 실습관리규정」 제18조, R-PAY-3).</translation>
    </message>
    <message>
        <source>{field}: the student is not enrolled ({status}); a placement needs an enrolled student (REG-2021 Art 2).</source>
        <translation>{field}: 학생이 재학 상태가 아닙니다({status}). 실습 배치는 재학 중인 학생만 할 수 있습니다(「직업학교 학생 실습관리규정」 제2조).</translation>
    </message>
    <message>
        <source>The placement no longer exists.</source>
        <translation>해당 실습 배치가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>A placement that is {current} cannot become {target}.</source>
        <translation>{current} 상태의 실습 배치는 {target} 상태로 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>{count} rule(s) stop this change: {rules}.</source>
        <translation>규칙 {count}개가 이 변경을 막고 있습니다: {rules}.</translation>
    </message>
    <message>
        <source>A {status} placement is a closed record and cannot be changed.</source>
        <translation>{status} 상태의 실습 배치는 종결된 기록이므로 수정할 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: the value cannot be used by the rules: {problems}.</source>
        <translation>{field}: 규칙에서 이 값을 사용할 수 없습니다: {problems}.</translation>
    </message>
    <message>
        <source>{field}: not valid JSON ({error}).</source>
        <translation>{field}: 올바른 JSON이 아닙니다({error}).</translation>
    </message>
    <message>
        <source>{field}: this parameter already has a value from that date.</source>
        <translation>{field}: 이 매개변수에는 해당 날짜부터 적용되는 값이 이미 있습니다.</translation>
    </message>
    <message>
        <source>The parameter no longer exists.</source>
        <translation>해당 매개변수가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: an apprenticeship period belongs to one of the student&apos;s apprenticeships; choose it (or record the apprenticeship first).</source>
        <translation>{field}: 도제 기간은 해당 학생의 도제 중 하나에 속해야 합니다. 도제를 선택하십시오(또는 먼저 도제를 등록하십시오).</translation>
    </message>
    <message>
        <source>{field}: choose at least one student.</source>
        <translation>{field}: 학생을 한 명 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>The font file {path} is missing.</source>
        <translation>글꼴 파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The password does not open the certificate {path}.</source>
        <translation>이 비밀번호로는 인증서 파일 {path}을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>The certificate {name} is valid from {not_before} to {not_after}, so it cannot sign today ({today}). Create or import a current certificate.</source>
        <translation>인증서 {name}의 유효 기간은 {not_before}부터 {not_after}까지이므로 오늘({today})은 서명에 사용할 수 없습니다. 유효한 인증서를 만들거나 가져오십시오.</translation>
    </message>
    <message>
        <source>{path} is not a PKCS#12 certificate (.p12 or .pfx) with a private key. Nothing was changed.</source>
        <translation>{path} 파일은 개인 키가 포함된 PKCS#12 인증서(.p12 또는 .pfx)가 아닙니다. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>The certificate folder {path} is not writable; the certificate was not saved.</source>
        <translation>인증서 폴더 {path}에 쓸 수 없어 인증서를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The school has no signing certificate yet. Create or import one in Settings first.</source>
        <translation>학교에 아직 서명용 인증서가 없습니다. 먼저 설정에서 인증서를 만들거나 가져오십시오.</translation>
    </message>
    <message>
        <source>No certificate password: set the environment variable {env} or run the command in a terminal to be asked for it.</source>
        <translation>인증서 비밀번호가 없습니다. 환경 변수 {env}에 비밀번호를 설정하거나, 터미널에서 명령을 실행하여 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>{path} 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({error}).</source>
        <translation>{path} 파일을 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>{path} is not a PDF file. Nothing was signed.</source>
        <translation>{path} 파일은 PDF 파일이 아닙니다. 서명하지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} is password-protected; save an unprotected copy and try again.</source>
        <translation>{path} 파일은 비밀번호로 보호되어 있습니다. 보호되지 않은 사본을 저장한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read as a PDF ({error}).</source>
        <translation>{path} 파일이 손상되어 PDF로 읽을 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>The folder {path} is not writable; choose another place for the signed file. Nothing was written.</source>
        <translation>{path} 폴더에 쓸 수 없습니다. 서명된 파일을 저장할 다른 위치를 선택하십시오. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>The signed file would replace the original {path}; choose another name for it.</source>
        <translation>서명된 파일이 원본 파일 {path}을(를) 덮어쓰게 됩니다. 다른 파일 이름을 지정하십시오.</translation>
    </message>
    <message>
        <source>{path} already carries the school&apos;s signature ({field}). A changed agreement is a new version: generate it again and sign the new file.</source>
        <translation>{path} 파일에는 이미 학교 서명({field})이 있습니다. 변경된 협약서는 새 버전이므로 다시 생성한 뒤 새 파일에 서명하십시오.</translation>
    </message>
    <message>
        <source>{path} cannot be signed: {error}</source>
        <translation>{path} 파일에 서명할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>The file carries no digital signature.</source>
        <translation>이 파일에는 전자 서명이 없습니다.</translation>
    </message>
    <message>
        <source>The file was changed after it was signed: the signed content no longer matches the signature. Do not rely on this copy.</source>
        <translation>서명 후 파일이 변경되었습니다. 서명된 내용이 서명과 더 이상 일치하지 않습니다. 이 사본을 신뢰하지 마십시오.</translation>
    </message>
    <message>
        <source>Something was added to the file after it was signed, without a new signature. Do not rely on this copy; ask for the original signed file.</source>
        <translation>서명 후 새 서명 없이 파일에 내용이 추가되었습니다. 이 사본을 신뢰하지 말고 서명된 원본 파일을 요청하십시오.</translation>
    </message>
    <message>
        <source>The signature is intact, but the certificate of {signer} is not one of this school&apos;s known certificates.</source>
        <translation>서명은 온전하지만 {signer}의 인증서는 이 학교에 등록된 인증서가 아닙니다.</translation>
    </message>
    <message>
        <source>The signature is intact and {signer} is a known certificate, but the certificate is not valid for signing today (expired, not yet valid, or not meant for signing).</source>
        <translation>서명은 온전하고 {signer}도 등록된 인증서이지만, 이 인증서는 오늘 서명에 유효하지 않습니다(만료됨, 아직 유효 기간 전, 또는 서명 용도가 아님).</translation>
    </message>
    <message>
        <source>The file is not an agreement made by Jilin Apprentice (it carries no agreement number or version).</source>
        <translation>이 파일은 길림 도제실습 관리에서 작성한 협약서가 아닙니다(협약서 번호나 버전이 없습니다).</translation>
    </message>
    <message>
        <source>The agreement cannot be generated: the record lacks what it must state ({fields}).</source>
        <translation>협약서를 생성할 수 없습니다. 기록에 협약서에 반드시 기재해야 할 내용이 빠져 있습니다({fields}).</translation>
    </message>
    <message>
        <source>This agreement is {status}; signatures can no longer be added.</source>
        <translation>이 협약서는 {status} 상태이므로 더 이상 서명을 추가할 수 없습니다.</translation>
    </message>
    <message>
        <source>The placement changed after this agreement was generated; generate a new version and sign that.</source>
        <translation>이 협약서를 생성한 뒤 실습 배치가 변경되었습니다. 새 버전을 생성하여 그 버전에 서명하십시오.</translation>
    </message>
    <message>
        <source>Every party must sign before the school signs the final file.</source>
        <translation>학교가 최종 파일에 서명하기 전에 모든 당사자가 서명해야 합니다.</translation>
    </message>
    <message>
        <source>The agreement no longer exists.</source>
        <translation>해당 협약서가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: the clauses can be reworded, not added or removed (each covers an item REG-2021 Art 15 requires).</source>
        <translation>{field}: 조항의 문구는 고칠 수 있지만 조항을 추가하거나 삭제할 수는 없습니다(각 조항은 「직업학교 학생 실습관리규정」 제15조가 요구하는 사항에 해당합니다).</translation>
    </message>
    <message>
        <source>{field}: the record has no value for {names}; check the spelling in braces.</source>
        <translation>{field}: 기록에 {names}의 값이 없습니다. 중괄호 안의 철자를 확인하십시오.</translation>
    </message>
    <message>
        <source>{field}: the agreement must still state {names} (REG-2021 Art 15); keep these placeholders.</source>
        <translation>{field}: 협약서에는 {names} 항목이 반드시 기재되어야 합니다(「직업학교 학생 실습관리규정」 제15조). 이 자리표시자를 지우지 마십시오.</translation>
    </message>
    <message>
        <source>The file {path} is not a database backup (it is not an SQLite file). Nothing was changed.</source>
        <translation>파일 {path}은(는) 데이터베이스 백업이 아닙니다(SQLite 파일이 아님). 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The file {path} is a database, but not a Jilin Apprentice backup. Nothing was changed.</source>
        <translation>파일 {path}은(는) 데이터베이스이지만 길림 도제실습 관리 백업이 아닙니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Jilin Apprentice (schema {revision}). Install that version to restore it. Nothing was changed.</source>
        <translation>백업 {path}은(는) 더 새로운 버전의 길림 도제실습 관리(스키마 {revision})에서 만들어졌습니다. 복원하려면 해당 버전을 설치하십시오. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged (its integrity check failed) and cannot be restored. Choose another backup. Nothing was changed.</source>
        <translation>백업 {path}이(가) 손상되어(무결성 검사 실패) 복원할 수 없습니다. 다른 백업을 선택하십시오. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} is the open database itself. Choose another file or folder.</source>
        <translation>{path}은(는) 현재 열려 있는 데이터베이스 자체입니다. 다른 파일이나 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder}: the disk is full. The incomplete file was removed and the database is unchanged. Free some space or choose another drive.</source>
        <translation>{folder}에 백업을 쓸 수 없습니다: 디스크가 가득 찼습니다. 불완전한 파일은 삭제되었으며 데이터베이스는 변경되지 않았습니다. 공간을 확보하거나 다른 드라이브를 선택하십시오.</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({reason}). The incomplete file was removed and the database is unchanged.</source>
        <translation>{folder}에 백업을 쓸 수 없습니다({reason}). 불완전한 파일은 삭제되었으며 데이터베이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The restore failed ({reason}); the database is unchanged. A copy of it as it was is in {safety}.</source>
        <translation>복원에 실패했습니다({reason}). 데이터베이스는 변경되지 않았습니다. 복원 전 상태의 사본이 {safety}에 있습니다.</translation>
    </message>
    <message>
        <source>Backups from the app are for a database file on this computer. Back up a PostgreSQL server with the server&apos;s own tools (pg_dump).</source>
        <translation>앱의 백업 기능은 이 컴퓨터에 있는 데이터베이스 파일용입니다. PostgreSQL 서버는 서버 자체 도구(pg_dump)로 백업하십시오.</translation>
    </message>
    <message>
        <source>The database {path} is damaged (integrity check: {detail}). Nothing was changed. The newest good backup is {backup}. To restore it, run:
python -m jilin_apprentice restore &quot;{backup}&quot; --yes
The damaged file is kept in the backups folder.</source>
        <translation>데이터베이스 {path}이(가) 손상되었습니다(무결성 검사: {detail}). 아무것도 변경되지 않았습니다. 가장 최근의 정상 백업은 {backup}입니다. 복원하려면 다음을 실행하십시오:
python -m jilin_apprentice restore &quot;{backup}&quot; --yes
손상된 파일은 백업 폴더에 보관됩니다.</translation>
    </message>
    <message>
        <source>The database {path} is damaged (integrity check: {detail}) and there is no good backup in {folder}. Nothing was changed. Copy the file somewhere safe, and restore a backup from a USB stick with: python -m jilin_apprentice restore &quot;FILE&quot; --yes</source>
        <translation>데이터베이스 {path}이(가) 손상되었고(무결성 검사: {detail}) {folder}에 정상 백업이 없습니다. 아무것도 변경되지 않았습니다. 파일을 안전한 곳에 복사한 다음, 다음 명령으로 USB 메모리의 백업을 복원하십시오: python -m jilin_apprentice restore &quot;FILE&quot; --yes</translation>
    </message>
    <message>
        <source>The opening no longer exists.</source>
        <translation>해당 모집 자리가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The class no longer exists.</source>
        <translation>해당 반이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: the board matches post internships and cognitive internships; an apprenticeship is entered through its programme.</source>
        <translation>{field}: 직무 게시판에서는 현장실습과 견학실습만 연결합니다. 도제는 해당 프로그램에서 등록하십시오.</translation>
    </message>
    <message>
        <source>{field}: an opening cannot run for more than three years.</source>
        <translation>{field}: 모집 자리의 기간은 3년을 넘을 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: {filled} places are already filled; the count cannot be lower.</source>
        <translation>{field}: 이미 {filled}자리가 채워졌으므로 인원을 그보다 줄일 수 없습니다.</translation>
    </message>
    <message>
        <source>{count} placement(s) were made from this opening; close it instead of deleting it.</source>
        <translation>이 모집 자리에서 실습 배치 {count}건이 만들어졌습니다. 삭제하지 말고 마감하십시오.</translation>
    </message>
    <message>
        <source>No student was chosen.</source>
        <translation>선택한 학생이 없습니다.</translation>
    </message>
    <message>
        <source>{student} is chosen for two openings at once.</source>
        <translation>{student} 학생이 두 모집 자리에 동시에 선택되었습니다.</translation>
    </message>
    <message>
        <source>The opening {opening} is not open ({status}).</source>
        <translation>모집 자리 “{opening}”은(는) 모집 중이 아닙니다({status}).</translation>
    </message>
    <message>
        <source>{opening}: {count} students chosen but only {places} places remain.</source>
        <translation>{opening}: 학생 {count}명을 선택했지만 남은 자리는 {places}개뿐입니다.</translation>
    </message>
    <message>
        <source>{opening}: {count} students chosen but the interns caps allow only {places} more (REG-2021 Art 11, R-CAP-1/2).</source>
        <translation>{opening}: 학생 {count}명을 선택했지만 실습생 인원 상한에 따라 {places}명만 더 배치할 수 있습니다(「직업학교 학생 실습관리규정」 제11조, R-CAP-1/2).</translation>
    </message>
    <message>
        <source>{student} cannot be placed at {opening}; nothing was saved:</source>
        <translation>{student} 학생을 “{opening}”에 배치할 수 없어 아무것도 저장하지 않았습니다:</translation>
    </message>
    <message>
        <source>the student is not an enrolled full-time student.</source>
        <translation>재학 중인 전일제 학생이 아닙니다.</translation>
    </message>
    <message>
        <source>the student&apos;s major is not among the majors wanted.</source>
        <translation>학생의 전공이 모집 전공에 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>the student&apos;s grade year is not among the years wanted.</source>
        <translation>학생의 학년도가 모집 학년도에 포함되지 않습니다.</translation>
    </message>
    <message>
        <source>the student has another placement on these dates.</source>
        <translation>학생에게 이 기간에 다른 실습 배치가 있습니다.</translation>
    </message>
    <message>
        <source>the student is not available for the whole period.</source>
        <translation>학생이 전체 기간 동안 실습할 수 있는 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>the placement would break rule {rule} (see the rule list).</source>
        <translation>이 배치는 규칙 {rule}에 어긋납니다(규칙 목록 참조).</translation>
    </message>
    <message>
        <source>{field}: a training calendar covers at most {years} years (R-APP-6).</source>
        <translation>{field}: 훈련 일정표는 최대 {years}년까지만 가능합니다(R-APP-6).</translation>
    </message>
    <message>
        <source>{field}: the cycle needs at least one week at school or at the enterprise.</source>
        <translation>{field}: 순환 주기에는 학교 또는 기업에서 보내는 주가 한 주 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>{field}: choose at least one weekday.</source>
        <translation>{field}: 요일을 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>{field}: the recurrence rule cannot be read; write it like FREQ=WEEKLY;BYDAY=TU,TH.</source>
        <translation>{field}: 반복 규칙을 읽을 수 없습니다. FREQ=WEEKLY;BYDAY=TU,TH와 같은 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>The programme has no calendar pattern yet; set the pattern first.</source>
        <translation>이 프로그램에는 아직 일정 패턴이 없습니다. 먼저 패턴을 설정하십시오.</translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation>해당 프로그램이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The apprenticeship no longer exists.</source>
        <translation>해당 도제가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: {student} already has days in the calendar of another apprenticeship on {dates} ({count} days); one student cannot be at two places on one day.</source>
        <translation>{field}: {student} 학생은 {dates}({count}일)에 이미 다른 도제의 훈련 일정표에 일정이 있습니다. 한 학생이 같은 날 두 곳에 있을 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: {student} has a placement at {enterprise} on {dates} ({count} days); one student cannot be at two places on one day.</source>
        <translation>{field}: {student} 학생은 {dates}({count}일)에 {enterprise}에서 실습 배치가 있습니다. 한 학생이 같은 날 두 곳에 있을 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: {dates} ({count} days) lie outside the apprenticeship ({start} – {end}).</source>
        <translation>{field}: {dates}({count}일)은 도제 기간({start} – {end})을 벗어납니다.</translation>
    </message>
    <message>
        <source>No public-holiday list is stored for {year}; its holidays were generated as working days.</source>
        <translation>{year}년 법정 공휴일 목록이 저장되어 있지 않아 그해의 공휴일을 근무일로 생성했습니다.</translation>
    </message>
    <message>
        <source>The programme has no apprentices; no days were generated.</source>
        <translation>이 프로그램에는 도제생이 없어 일정을 생성하지 않았습니다.</translation>
    </message>
    <message>
        <source>{student}: the apprenticeship ({start} – {end}) does not overlap the pattern; no days were generated.</source>
        <translation>{student}: 도제 기간({start} – {end})이 패턴 기간과 겹치지 않아 일정을 생성하지 않았습니다.</translation>
    </message>
    <message>
        <source>{field}: there is no export of {kind}; choose one of {kinds}.</source>
        <translation>{field}: “{kind}” 내보내기는 없습니다. 다음 중에서 선택하십시오: {kinds}.</translation>
    </message>
    <message>
        <source>{field}: {year} is not a year between {min} and {max}.</source>
        <translation>{field}: 연도는 {min}~{max} 사이여야 합니다(입력값: {year}).</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}</source>
        <translation>{path} 파일을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{count} student(s) in this export have no consent in force today for sharing their data with an enterprise (PIPL Art 23, R-PI-6); under 14, a guardian must have signed it (R-PI-5). Nothing was exported. Record their consents, or export only the students with consent.</source>
        <translation>이번 내보내기의 학생 {count}명은 기업에 개인정보를 제공하는 데 대한 유효한 동의가 오늘 기준으로 없습니다(개인정보보호법 제23조, R-PI-6). 만 14세 미만이면 보호자가 서명해야 합니다(R-PI-5). 아무것도 내보내지 않았습니다. 해당 학생의 동의를 등록하거나, 동의한 학생만 내보내십시오.</translation>
    </message>
    <message>
        <source>{count} student(s) in this export have no consent in force today for sharing their data with an insurer (PIPL Art 23, R-PI-6); under 14, a guardian must have signed it (R-PI-5). Nothing was exported. Record their consents, or export only the students with consent.</source>
        <translation>이번 내보내기의 학생 {count}명은 보험사에 개인정보를 제공하는 데 대한 유효한 동의가 오늘 기준으로 없습니다(개인정보보호법 제23조, R-PI-6). 만 14세 미만이면 보호자가 서명해야 합니다(R-PI-5). 아무것도 내보내지 않았습니다. 해당 학생의 동의를 등록하거나, 동의한 학생만 내보내십시오.</translation>
    </message>
    <message>
        <source>{field} is stored as a number ({value}): Excel keeps only 15 significant digits, so the last digits are already lost. Format the column as Text in Excel, type the numbers again and import again.</source>
        <translation>{field} 항목이 숫자로 저장되어 있습니다({value}). 엑셀은 유효 숫자를 15자리까지만 보존하므로 끝자리가 이미 손실되었습니다. 엑셀에서 해당 열의 서식을 ‘텍스트’로 지정하고 번호를 다시 입력한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>{field} reads {value}: Excel turned the number into scientific notation and its last digits are lost. Format the column as Text in Excel, type the numbers again and import again.</source>
        <translation>{field} 값이 {value}(으)로 표시됩니다. 엑셀이 번호를 지수 표기로 바꾸어 끝자리가 손실되었습니다. 엑셀에서 해당 열의 서식을 ‘텍스트’로 지정하고 번호를 다시 입력한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>{file} does not exist or is a folder.</source>
        <translation>{file} 파일이 없거나 폴더입니다.</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes).</source>
        <translation>{file} 파일이 비어 있습니다(0바이트).</translation>
    </message>
    <message>
        <source>{file}: the sheet {sheet} has no cells with data.</source>
        <translation>{file}: {sheet} 시트에 데이터가 있는 셀이 없습니다.</translation>
    </message>
    <message>
        <source>{file} is larger than {mb} MB; split it into smaller files.</source>
        <translation>{file} 파일이 {mb} MB보다 큽니다. 더 작은 파일로 나누십시오.</translation>
    </message>
    <message>
        <source>{file} has {rows} rows, more than the {max} one import takes; split it.</source>
        <translation>{file} 파일은 {rows}행으로, 한 번에 가져올 수 있는 {max}행을 넘습니다. 파일을 나누십시오.</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Open it in Excel or WPS, remove the password (File ▸ Info ▸ Protect Workbook) and save it again.</source>
        <translation>{file} 파일은 비밀번호로 보호되어 있습니다. 엑셀 또는 WPS에서 열어 비밀번호를 해제한 뒤(파일 ▸ 정보 ▸ 통합 문서 보호) 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>{file} is an old Excel 97-2003 (.xls) workbook; save it as .xlsx and try again.</source>
        <translation>{file} 파일은 이전 엑셀 97-2003(.xls) 통합 문서입니다. .xlsx로 저장한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet: save it as .xlsx or as .csv and try again.</source>
        <translation>{file} 파일은 스프레드시트가 아닙니다. .xlsx 또는 .csv로 저장한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor GBK text; save it from Excel as .xlsx instead.</source>
        <translation>{file} 파일이 UTF-8 또는 GBK 텍스트가 아닙니다. 엑셀에서 .xlsx로 저장하십시오.</translation>
    </message>
    <message>
        <source>{file} mixes text encodings: line {utf8} is UTF-8 but line {other} is not. Save the whole sheet again in one encoding (or as .xlsx).</source>
        <translation>{file} 파일에 여러 문자 인코딩이 섞여 있습니다. {utf8}행은 UTF-8이지만 {other}행은 그렇지 않습니다. 시트 전체를 하나의 인코딩(또는 .xlsx)으로 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>{file}: no header row was found in the first 20 rows (expected column names such as {columns}). Use the template or map the columns.</source>
        <translation>{file}: 처음 20행에서 머리글 행을 찾지 못했습니다({columns} 등의 열 이름이 있어야 합니다). 양식을 사용하거나 열을 직접 대응시키십시오.</translation>
    </message>
    <message>
        <source>{file}: required column(s) missing: {columns}.</source>
        <translation>{file}: 필수 열이 없습니다: {columns}.</translation>
    </message>
    <message>
        <source>{file} has a header but no data rows.</source>
        <translation>{file}에 머리글은 있지만 데이터 행이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row(s) are invalid (sheet rows {rows}). Correct them, or choose to skip invalid rows.</source>
        <translation>가져온 항목이 없습니다: {count}개 행이 잘못되었습니다(시트 행 {rows}). 해당 행을 수정하거나 잘못된 행 건너뛰기를 선택하십시오.</translation>
    </message>
    <message>
        <source>Nothing was imported: some records were saved by someone else since the preview. Preview the file again.</source>
        <translation>가져온 항목이 없습니다: 미리 보기 이후 다른 사용자가 일부 기록을 저장했습니다. 파일을 다시 미리 보십시오.</translation>
    </message>
    <message>
        <source>{field}: there is no class named {value}; add it under Settings first.</source>
        <translation>{field}: 이름이 {value}인 반이 없습니다. 먼저 설정에서 추가하십시오.</translation>
    </message>
    <message>
        <source>{field}: the sheet says {value}, but the class belongs to another major.</source>
        <translation>{field}: 시트의 값은 {value}이지만, 해당 반은 다른 전공 소속입니다.</translation>
    </message>
    <message>
        <source>{field} does not agree with the ID number; check both.</source>
        <translation>{field}와(과) 신분증 번호가 일치하지 않습니다. 두 항목을 모두 확인하십시오.</translation>
    </message>
    <message>
        <source>{field}: the same value is already on sheet row {first}.</source>
        <translation>{field}: 같은 값이 이미 시트 {first}행에 있습니다.</translation>
    </message>
    <message>
        <source>{field}: {value} is not an industry of the list (e.g. 汽车, 石油化工).</source>
        <translation>{field}: {value}은(는) 업종 목록에 없습니다(예: 汽车(자동차), 石油化工(석유화학)).</translation>
    </message>
    <message>
        <source>{field}: no enterprise {value} is registered; import the enterprises first.</source>
        <translation>{field}: 기업 {value}이(가) 등록되어 있지 않습니다. 먼저 기업을 가져오십시오.</translation>
    </message>
    <message>
        <source>{field}: more than one enterprise is named {value}; add a 统一社会信用代码 column.</source>
        <translation>{field}: 이름이 {value}인 기업이 여러 곳입니다. 통일사회신용코드(统一社会信用代码) 열을 추가하십시오.</translation>
    </message>
    <message>
        <source>{field}: write 是 or 否.</source>
        <translation>{field}: 是(예) 또는 否(아니요)로 입력하십시오.</translation>
    </message>
    <message>
        <source>{field}: not a whole number.</source>
        <translation>{field}: 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: the enterprise has no post {value}; import the posts first.</source>
        <translation>{field}: 해당 기업에 직무 {value}이(가) 없습니다. 먼저 직무를 가져오십시오.</translation>
    </message>
    <message>
        <source>{field}: no student has this ID number; import the students first.</source>
        <translation>{field}: 이 신분증 번호를 가진 학생이 없습니다. 먼저 학생을 가져오십시오.</translation>
    </message>
    <message>
        <source>{field}: nobody named {value} is registered (for this enterprise).</source>
        <translation>{field}: 이름이 {value}인 사람이 (이 기업에) 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: more than one person is named {value}; choose in the placement.</source>
        <translation>{field}: 이름이 {value}인 사람이 여러 명입니다. 실습 배치에서 선택하십시오.</translation>
    </message>
    <message>
        <source>This placement is no longer a draft: the sheet cannot change it (it is left as it is).</source>
        <translation>이 실습 배치는 더 이상 초안이 아니므로 시트로 변경할 수 없습니다(기존 내용이 유지됩니다).</translation>
    </message>
    <message>
        <source>{field}: give the month the pay is for as 2026-11.</source>
        <translation>{field}: 급여 대상 월을 2026-11 형식으로 입력하십시오.</translation>
    </message>
    <message>
        <source>The saved mapping no longer exists.</source>
        <translation>저장된 매핑이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: the premium may not be charged to students or deducted from their pay (REG-2021 Art 35 para 2, R-INS-2).</source>
        <translation>{field}: 보험료를 학생에게 부담시키거나 급여에서 공제할 수 없습니다(「직업학교 학생 실습관리규정」 제35조 제2항, R-INS-2).</translation>
    </message>
    <message>
        <source>{field}: {insurer} already has a policy with this number from {start} to {end}; the same number may only be reused for a period that does not overlap.</source>
        <translation>{field}: {insurer}에 이미 {start}부터 {end}까지 같은 번호의 보험증권이 있습니다. 같은 번호는 기간이 겹치지 않을 때만 다시 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>The insurance policy no longer exists.</source>
        <translation>해당 보험증권이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: incidents name this policy, so it is part of a claim record and cannot be deleted.</source>
        <translation>{field}: 이 보험증권을 참조하는 사고 기록이 있어 보험 청구 기록의 일부이므로 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: the file {path} does not exist or is not a file.</source>
        <translation>{field}: {path} 파일이 없거나 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{field} cannot be in the future.</source>
        <translation>{field} 항목은 미래 날짜일 수 없습니다.</translation>
    </message>
    <message>
        <source>{field} is outside the placement ({start} to {end}).</source>
        <translation>{field} 항목이 실습 기간({start} ~ {end})을 벗어납니다.</translation>
    </message>
    <message>
        <source>{field} is before the date of the incident.</source>
        <translation>{field} 항목이 사고 날짜보다 이전입니다.</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>해당 사고가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The logbook entry no longer exists.</source>
        <translation>해당 실습일지가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: the week of {week} lies outside the placement ({start} to {end}).</source>
        <translation>{field}: {week} 해당 주가 실습 기간({start} ~ {end})을 벗어납니다.</translation>
    </message>
    <message>
        <source>{field}: the week of {week} has not begun; entries can be made up to the current week.</source>
        <translation>{field}: {week} 해당 주가 아직 시작되지 않았습니다. 실습일지는 이번 주까지만 작성할 수 있습니다.</translation>
    </message>
    <message>
        <source>{field}: the student already has an entry for the week of {week}.</source>
        <translation>{field}: 이 학생은 {week} 해당 주의 실습일지가 이미 있습니다.</translation>
    </message>
    <message>
        <source>A submitted or approved entry cannot be changed; only a draft or a returned entry can.</source>
        <translation>제출되었거나 승인된 실습일지는 수정할 수 없습니다. 초안이나 반려된 실습일지만 수정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a draft or a returned entry can be submitted.</source>
        <translation>초안이나 반려된 실습일지만 제출할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only a submitted entry can be approved or returned; submit the entry first (an approved entry stays approved).</source>
        <translation>제출된 실습일지만 승인하거나 반려할 수 있습니다. 먼저 실습일지를 제출하십시오(승인된 실습일지는 승인 상태가 유지됩니다).</translation>
    </message>
    <message>
        <source>{field}: this mentor works for another enterprise and cannot review the entry.</source>
        <translation>{field}: 이 멘토는 다른 기업 소속이므로 이 실습일지를 검토할 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: only the placement&apos;s enterprise mentor or school supervisor (or the apprentice&apos;s mentors) can review this entry.</source>
        <translation>{field}: 이 실습 배치의 기업 멘토나 학교 지도교사(또는 도제생의 멘토)만 이 실습일지를 검토할 수 있습니다.</translation>
    </message>
    <message>
        <source>{count} row(s) cannot be imported; nothing was written. Correct them, or choose to skip them.</source>
        <translation>{count}행을 가져올 수 없어 아무것도 기록하지 않았습니다. 해당 행을 수정하거나 건너뛰도록 선택하십시오.</translation>
    </message>
    <message>
        <source>{field}: the first row must name the columns {columns}.</source>
        <translation>{field}: 첫 행에는 다음 열 이름이 있어야 합니다: {columns}.</translation>
    </message>
    <message>
        <source>{field}: the sheet has no rows.</source>
        <translation>{field}: 시트에 데이터 행이 없습니다.</translation>
    </message>
    <message>
        <source>{field}: the file is neither UTF-8 nor GBK text; save it as .xlsx or .csv.</source>
        <translation>{field}: 파일이 UTF-8 또는 GBK 텍스트가 아닙니다. .xlsx 또는 .csv로 저장하십시오.</translation>
    </message>
    <message>
        <source>{field}: no single student matches {student}.</source>
        <translation>{field}: {student}에 해당하는 학생을 한 명으로 특정할 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: not a date (2026-11-23) or a week number of the placement.</source>
        <translation>{field}: 날짜(2026-11-23)나 실습 주차 번호가 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: the student has no placement in the week of {week}.</source>
        <translation>{field}: 이 학생은 {week} 해당 주에 실습 배치가 없습니다.</translation>
    </message>
    <message>
        <source>{field}: not a number of hours.</source>
        <translation>{field}: 올바른 시간 수가 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: the sheet has this student&apos;s week more than once.</source>
        <translation>{field}: 시트에 이 학생의 같은 주가 두 번 이상 있습니다.</translation>
    </message>
    <message>
        <source>{field}: {name} already has a record of this kind for {month}; edit that one instead.</source>
        <translation>{field}: {name} 님에게는 {month}에 이미 같은 종류의 기록이 있습니다. 그 기록을 수정하십시오.</translation>
    </message>
    <message>
        <source>{field}: {name} is not marked as a part-time teacher; mark them in Staff first (teaching pay is for enterprise staff teaching at the school, seed §(20)).</source>
        <translation>{field}: {name} 님은 겸임교사로 표시되어 있지 않습니다. 먼저 인원 관리에서 겸임교사로 표시하십시오(강의료는 학교에서 가르치는 기업 인원에게 지급합니다, 제(20)조).</translation>
    </message>
    <message>
        <source>{field}: {month} has not begun yet; record pay for this month or earlier.</source>
        <translation>{field}: {month} 해당 월이 아직 시작되지 않았습니다. 이번 달 또는 그 이전의 기록만 등록하십시오.</translation>
    </message>
    <message>
        <source>The pay record no longer exists.</source>
        <translation>해당 수당·강의료 기록이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: {issuer} already issued a certificate with this number ({name}).</source>
        <translation>{field}: {issuer}에서 이미 이 번호로 자격증을 발급했습니다({name}).</translation>
    </message>
    <message>
        <source>The certificate no longer exists.</source>
        <translation>해당 자격증이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{field} is before the certificate was issued ({issued}).</source>
        <translation>{field} 항목이 자격증 발급일({issued})보다 이전입니다.</translation>
    </message>
    <message>
        <source>{field}: pay goes to the student ({student}) directly, not to {payee} (REG-2021 Art 18, R-PAY-3).</source>
        <translation>{field}: 급여는 학생 본인({student})에게 직접 지급해야 하며 {payee} 앞으로 지급할 수 없습니다(「직업학교 학생 실습관리규정」 제18조, R-PAY-3).</translation>
    </message>
    <message>
        <source>{field} is before the placement began ({start}).</source>
        <translation>{field} 항목이 실습 시작일({start})보다 이전입니다.</translation>
    </message>
    <message>
        <source>{field} is after today ({today}); record a payment once it has been made.</source>
        <translation>{field} 항목이 오늘({today}) 이후입니다. 지급은 실제로 이루어진 뒤에 등록하십시오.</translation>
    </message>
    <message>
        <source>{field} must be more than 0.00 yuan.</source>
        <translation>{field} 항목은 0.00위안보다 커야 합니다.</translation>
    </message>
    <message>
        <source>{field} (line {line}): say what an “other” deduction is for.</source>
        <translation>{field}({line}행): “기타” 공제의 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>{field}: the deductions add up to more than the gross pay.</source>
        <translation>{field}: 공제액 합계가 총지급액보다 많습니다.</translation>
    </message>
    <message>
        <source>{field}: the placement is still a draft; record pay once it is approved.</source>
        <translation>{field}: 실습 배치가 아직 초안입니다. 승인된 뒤에 급여를 등록하십시오.</translation>
    </message>
    <message>
        <source>{field}: the placement has no pay period in the month of {period}.</source>
        <translation>{field}: 이 실습 배치에는 {period} 해당 월의 급여 기간이 없습니다.</translation>
    </message>
    <message>
        <source>{field}: this placement is at another enterprise.</source>
        <translation>{field}: 이 실습 배치는 다른 기업에서 진행됩니다.</translation>
    </message>
    <message>
        <source>{file} cannot be read ({error}). Save it as .xlsx or .csv and try again.</source>
        <translation>{file} 파일을 읽을 수 없습니다({error}). .xlsx 또는 .csv로 저장한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{file}: no header row with a name or ID number column and an amount column (实发工资, 实发金额 or 应发工资) was found.</source>
        <translation>{file}: 이름 또는 신분증 번호 열과 금액 열(实发工资, 实发金额 또는 应发工资)이 있는 머리글 행을 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>{file} has no payment rows.</source>
        <translation>{file} 파일에 지급 데이터 행이 없습니다.</translation>
    </message>
    <message>
        <source>{field} is stored as a number ({value}); Excel keeps only 15 digits, so the number may be wrong. Format the column as text, type the numbers again and import again.</source>
        <translation>{field} 항목이 숫자로 저장되어 있습니다({value}). 엑셀은 15자리까지만 보존하므로 번호가 틀렸을 수 있습니다. 해당 열을 텍스트 형식으로 지정하고 번호를 다시 입력한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>{field} is in scientific notation ({value}); the last digits are lost. Format the column as text, type the numbers again and import again.</source>
        <translation>{field} 항목이 지수 표기로 되어 있어({value}) 끝자리 숫자가 손실되었습니다. 해당 열을 텍스트 형식으로 지정하고 번호를 다시 입력한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>{field}: no student {name} has a placement at this enterprise.</source>
        <translation>{field}: 이 기업에 실습 배치된 학생 중 {name} 학생이 없습니다.</translation>
    </message>
    <message>
        <source>{field}: this student ({name}) has no placement at this enterprise.</source>
        <translation>{field}: 이 학생({name})은 이 기업에 실습 배치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: the sheet says {name}, but this ID number belongs to {student}.</source>
        <translation>{field}: 시트의 이름({name})과 이 신분증 번호의 학생({student})이 다릅니다.</translation>
    </message>
    <message>
        <source>{field}: more than one student named {name} is at this enterprise; add the ID number column to the sheet.</source>
        <translation>{field}: 이 기업에 이름이 {name}인 학생이 두 명 이상 있습니다. 시트에 신분증 번호 열을 추가하십시오.</translation>
    </message>
    <message>
        <source>{field}: not an amount of money.</source>
        <translation>{field}: 올바른 금액이 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: gross pay less deductions is not the net pay on this row.</source>
        <translation>{field}: 이 행의 총지급액에서 공제액을 뺀 값이 실수령액과 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: not a date (write it as 2026-11-10 or 2026年11月10日).</source>
        <translation>{field}: 올바른 날짜가 아닙니다(2026-11-10 또는 2026年11月10日 형식으로 입력하십시오).</translation>
    </message>
    <message>
        <source>{field}: this payment (same date and amount) is already recorded.</source>
        <translation>{field}: 같은 날짜, 같은 금액의 지급이 이미 등록되어 있습니다.</translation>
    </message>
    <message>
        <source>The consent record no longer exists.</source>
        <translation>해당 동의 기록이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: the student was under 14 on that day; a recorded guardian must sign (PIPL Art 31, R-PI-5).</source>
        <translation>{field}: 해당 날짜에 학생이 만 14세 미만이었으므로 등록된 보호자가 서명해야 합니다(개인정보보호법 제31조, R-PI-5).</translation>
    </message>
    <message>
        <source>This consent has already been withdrawn.</source>
        <translation>이 동의는 이미 철회되었습니다.</translation>
    </message>
    <message>
        <source>{field} is before the consent was signed ({signed}).</source>
        <translation>{field}이(가) 동의 서명일({signed})보다 이릅니다.</translation>
    </message>
    <message>
        <source>{count} student(s) are still enrolled or suspended; only students who have left can be anonymised. Nothing was changed.</source>
        <translation>학생 {count}명이 아직 재학 중이거나 휴학 중입니다. 학적이 종료된 학생만 익명화할 수 있습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{count} student(s) still have open placements; complete or terminate them first. Nothing was changed.</source>
        <translation>학생 {count}명에게 아직 종료되지 않은 실습 배치가 있습니다. 먼저 완료하거나 중도 종료하십시오. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{field} is before the student enrolled ({enrolled}).</source>
        <translation>{field}이(가) 학생의 입학일({enrolled})보다 이릅니다.</translation>
    </message>
    <message>
        <source>This version of the privacy notice is already recorded for the student.</source>
        <translation>이 버전의 개인정보 안내문은 이미 이 학생에 대해 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>The module no longer exists.</source>
        <translation>해당 훈련 모듈이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>The apprentice is no longer in this programme.</source>
        <translation>이 도제생은 더 이상 이 프로그램에 속해 있지 않습니다.</translation>
    </message>
    <message>
        <source>{count} apprentice(s) of this programme have placements, which are legal records; the programme cannot be deleted. Remove the other apprentices one by one instead.</source>
        <translation>이 프로그램의 도제생 {count}명에게 법정 기록인 실습 배치 기록이 있어 프로그램을 삭제할 수 없습니다. 대신 다른 도제생을 한 명씩 제외하십시오.</translation>
    </message>
    <message>
        <source>This apprenticeship has placements, which are legal records; it cannot be removed from the programme.</source>
        <translation>이 도제에는 법정 기록인 실습 배치 기록이 있어 프로그램에서 제외할 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: the programme has apprentices; its enterprise and type can no longer change.</source>
        <translation>{field}: 이 프로그램에는 도제생이 있으므로 기업과 유형을 더 이상 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: an enterprise new-type apprenticeship lasts at most {max} months (R-APP-6).</source>
        <translation>{field}: 기업 신형 도제제도의 훈련 기간은 최대 {max}개월입니다(R-APP-6).</translation>
    </message>
    <message>
        <source>{field}: the training usually lasts {min} to {max} months (R-APP-6).</source>
        <translation>{field}: 훈련 기간은 보통 {min}~{max}개월입니다(R-APP-6).</translation>
    </message>
    <message>
        <source>{field}: an enterprise new-type apprentice needs a labour contract of at least {months} months (R-APP-4).</source>
        <translation>{field}: 기업 신형 도제제도의 도제생은 {months}개월 이상의 근로계약을 맺어야 합니다(R-APP-4).</translation>
    </message>
    <message>
        <source>{field}: the student is not enrolled ({status}); only enrolled students can join a programme.</source>
        <translation>{field}: 학생이 재학 상태가 아닙니다({status}). 재학 중인 학생만 프로그램에 참여할 수 있습니다.</translation>
    </message>
    <message>
        <source>{field}: the student is already an apprentice from {start} to {end} at {enterprise}.</source>
        <translation>{field}: 이 학생은 이미 {start}부터 {end}까지 {enterprise}의 도제생입니다.</translation>
    </message>
    <message>
        <source>{field}: this student is listed twice.</source>
        <translation>{field}: 이 학생이 두 번 들어 있습니다.</translation>
    </message>
    <message>
        <source>{field}: the student is not in the programme&apos;s class {class_name}; check that this is intended.</source>
        <translation>{field}: 이 학생은 프로그램의 반({class_name})에 속하지 않습니다. 의도한 것인지 확인하십시오.</translation>
    </message>
    <message>
        <source>{field}: the apprenticeship must lie within the programme ({start} – {end}).</source>
        <translation>{field}: 도제 기간은 프로그램 기간({start} – {end}) 안에 있어야 합니다.</translation>
    </message>
    <message>
        <source>{field}: this apprenticeship already belongs to a programme.</source>
        <translation>{field}: 이 도제는 이미 프로그램에 속해 있습니다.</translation>
    </message>
    <message>
        <source>{field}: the apprenticeship is with another enterprise or of another type than the programme.</source>
        <translation>{field}: 이 도제의 기업 또는 유형이 프로그램과 다릅니다.</translation>
    </message>
    <message>
        <source>{field}: the rotation must lie within the programme ({start} – {end}).</source>
        <translation>{field}: 직무 순환 기간은 프로그램 기간({start} – {end}) 안에 있어야 합니다.</translation>
    </message>
    <message>
        <source>{field}: a module taught at school has no enterprise post.</source>
        <translation>{field}: 학교에서 진행하는 모듈에는 기업 직무를 지정하지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: the module belongs to another programme than the apprenticeship.</source>
        <translation>{field}: 이 모듈은 해당 도제가 속한 프로그램의 모듈이 아닙니다.</translation>
    </message>
    <message>
        <source>{field}: enter the date of the assessment the apprentice passed.</source>
        <translation>{field}: 도제생이 통과한 평가의 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>Wrong user name or password. After {max} wrong attempts in a row the account is locked for {minutes} minutes.</source>
        <translation>사용자 이름 또는 비밀번호가 틀렸습니다. 연속으로 {max}회 틀리면 계정이 {minutes}분 동안 잠깁니다.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again after {until:%Y-%m-%d %H:%M}, or ask an administrator to unlock it.</source>
        <translation>비밀번호를 너무 많이 틀려 계정이 잠겼습니다. {until:%Y-%m-%d %H:%M} 이후에 다시 시도하거나 관리자에게 잠금 해제를 요청하십시오.</translation>
    </message>
    <message>
        <source>An administrator already exists; log in instead of setting up again.</source>
        <translation>관리자가 이미 있습니다. 다시 설정하지 말고 로그인하십시오.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>이 사용자는 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another user an administrator first.</source>
        <translation>마지막 활성 관리자입니다. 먼저 다른 사용자를 관리자로 지정하십시오.</translation>
    </message>
    <message>
        <source>{field} cannot contain spaces.</source>
        <translation>{field}에는 공백을 포함할 수 없습니다.</translation>
    </message>
    <message>
        <source>{field}: another user already has it.</source>
        <translation>{field}: 다른 사용자가 이미 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>{field} must have at least {min} characters.</source>
        <translation>{field}은(는) {min}자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>{field} is wrong.</source>
        <translation>{field}이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: {name} is not a school supervisor; site visits are made by the school&apos;s internship teachers (REG-2021 Art 23, R-SUP-4).</source>
        <translation>{field}: {name} 님은 학교 지도교사가 아닙니다. 현장 방문은 학교의 실습 지도교사가 합니다(「직업학교 학생 실습관리규정」 제23조, R-SUP-4).</translation>
    </message>
    <message>
        <source>{field}: this supervisor already has a visit to this enterprise on {day}.</source>
        <translation>{field}: 이 지도교사는 {day}에 이미 이 기업 현장 방문 일정이 있습니다.</translation>
    </message>
    <message>
        <source>This visit was cancelled; plan a new visit instead of recording this one.</source>
        <translation>이 현장 방문은 취소되었습니다. 결과를 기록하지 말고 새 방문을 계획하십시오.</translation>
    </message>
    <message>
        <source>Only a planned visit can be cancelled (this one is {status}).</source>
        <translation>계획된 현장 방문만 취소할 수 있습니다(이 방문의 상태: {status}).</translation>
    </message>
    <message>
        <source>The site visit no longer exists.</source>
        <translation>해당 현장 방문이 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>{field}: unknown items {items}.</source>
        <translation>{field}: 알 수 없는 항목입니다: {items}.</translation>
    </message>
    <message>
        <source>{field}: {count} item(s) are marked as a problem; say what was wrong and what was agreed (inspection record, REG-2021 Art 29 (6)).</source>
        <translation>{field}: {count}개 항목이 문제로 표시되어 있습니다. 무엇이 문제였고 어떤 조치에 합의했는지 적으십시오(점검 기록, 「직업학교 학생 실습관리규정」 제29조 제6호).</translation>
    </message>
    <message>
        <source>{field}: a draft placement cannot be evaluated yet.</source>
        <translation>{field}: 초안 상태의 실습 배치는 아직 평가할 수 없습니다.</translation>
    </message>
    <message>
        <source>{field} is before the placement started ({start}).</source>
        <translation>{field} 항목이 실습 시작일({start})보다 이전입니다.</translation>
    </message>
    <message>
        <source>{field}: {items} are not criteria of the rubric in force.</source>
        <translation>{field}: {items} 항목은 현행 평가 기준에 없습니다.</translation>
    </message>
    <message>
        <source>The enterprise mentor&apos;s evaluation is missing. The grade combines the enterprise&apos;s and the school&apos;s evaluations (REG-2021 Art 27, R-EVAL-1); nothing was graded.</source>
        <translation>기업 멘토의 평가가 없습니다. 성적은 기업과 학교의 평가를 합산해 정합니다(「직업학교 학생 실습관리규정」 제27조, R-EVAL-1). 성적을 매기지 않았습니다.</translation>
    </message>
    <message>
        <source>The school supervisor&apos;s evaluation is missing. The grade combines the enterprise&apos;s and the school&apos;s evaluations (REG-2021 Art 27, R-EVAL-1); nothing was graded.</source>
        <translation>학교 지도교사의 평가가 없습니다. 성적은 기업과 학교의 평가를 합산해 정합니다(「직업학교 학생 실습관리규정」 제27조, R-EVAL-1). 성적을 매기지 않았습니다.</translation>
    </message>
    <message>
        <source>Neither the enterprise mentor nor the school supervisor has evaluated this placement yet (REG-2021 Art 27, R-EVAL-1); nothing was graded.</source>
        <translation>기업 멘토와 학교 지도교사 모두 아직 이 실습 배치를 평가하지 않았습니다(「직업학교 학생 실습관리규정」 제27조, R-EVAL-1). 성적을 매기지 않았습니다.</translation>
    </message>
    <message>
        <source>The school does not offer Korean reading copies of agreements. An administrator can turn on &quot;Offer a Korean reading copy of agreements&quot; in Settings &gt; General.</source>
        <translation>학교에서 협약서의 한국어 참고 번역본을 제공하지 않습니다. 관리자가 설정 &gt; 일반에서 &quot;협약서의 한국어 참고 번역본 제공&quot;을 켤 수 있습니다.</translation>
    </message>
    <message>
        <source>Placement {placement} has no generated agreement yet, so there is nothing to translate. Generate the agreement first.</source>
        <translation>실습 배치 {placement}에는 아직 생성된 협약서가 없어 번역할 내용이 없습니다. 먼저 협약서를 생성하십시오.</translation>
    </message>
    <message>
        <source>The PDF of agreement {number} is not on file ({path}), so no reading copy can be made of it.</source>
        <translation>협약서 {number}의 PDF 파일이 없습니다({path}). 참고 번역본을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The placement&apos;s record changed after agreement {number} was generated, so a translation made now could differ from what the agreement says. Generate a new version of the agreement first.</source>
        <translation>협약서 {number}를 생성한 뒤 실습 배치 기록이 바뀌어, 지금 만드는 번역본은 협약서 내용과 다를 수 있습니다. 먼저 새 버전의 협약서를 생성하십시오.</translation>
    </message>
    <message>
        <source>{path} is the file of agreement {number}; the reading copy never replaces an agreement. Choose another file name.</source>
        <translation>{path}은(는) 협약서 {number}의 파일입니다. 참고 번역본은 협약서를 대신하지 않습니다. 다른 파일 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>The PDF {path} could not be written: {reason}</source>
        <translation>PDF 파일 {path}을(를) 쓸 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>ModuleDialog</name>
    <message>
        <source>Edit module</source>
        <translation>모듈 편집</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>새 모듈</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>역량 요건</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>계획 시수</translation>
    </message>
    <message>
        <source>Taught at</source>
        <translation>교육 장소</translation>
    </message>
    <message>
        <source>Rotation post</source>
        <translation>순환 직무</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Rotation from</source>
        <translation>순환 근무 시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Rotation to</source>
        <translation>순환 근무 종료일</translation>
    </message>
    <message>
        <source>A rotation post must belong to the programme&apos;s enterprise.</source>
        <translation>순환 직무는 프로그램 기업의 직무여야 합니다.</translation>
    </message>
</context>
<context>
    <name>ModuleList</name>
    <message>
        <source>New module</source>
        <translation>새 모듈</translation>
    </message>
    <message>
        <source>Edit module</source>
        <translation>모듈 편집</translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation>모듈 삭제</translation>
    </message>
    <message>
        <source>Delete module %1 and the progress recorded on it?</source>
        <translation>모듈 %1 및 이 모듈에 기록된 진도를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제 실패</translation>
    </message>
</context>
<context>
    <name>MonthDialog</name>
    <message>
        <source>Generate allowances</source>
        <translation>멘토 수당 생성</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Already paid on</source>
        <translation>지급 완료일</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <source>Edit opening</source>
        <translation>모집 자리 편집</translation>
    </message>
    <message>
        <source>New opening</source>
        <translation>새 모집 자리</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>명칭</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>모집 인원</translation>
    </message>
    <message>
        <source>Placement type</source>
        <translation>실습 유형</translation>
    </message>
    <message>
        <source>Majors wanted (none: any)</source>
        <translation>희망 전공(미선택 시 제한 없음)</translation>
    </message>
    <message>
        <source>Grade years (none: any)</source>
        <translation>학년도(미선택 시 제한 없음)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>급여</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>OpeningsTab</name>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>New opening</source>
        <translation>새 모집 자리</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Allocate a class…</source>
        <translation>반 단위 배정…</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>변경 실패</translation>
    </message>
    <message>
        <source>Delete the opening %1?</source>
        <translation>모집 자리 %1을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete opening</source>
        <translation>모집 자리 삭제</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제 실패</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Certificate password</source>
        <translation>인증서 비밀번호</translation>
    </message>
    <message>
        <source>Set password of %1</source>
        <translation>%1의 비밀번호 설정</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>새 비밀번호 확인</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>PayColumns</name>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Interns</source>
        <translation>실습생</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>지급 예정액</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>과소 지급</translation>
    </message>
    <message>
        <source>Overdue periods</source>
        <translation>기한 경과 기간 수</translation>
    </message>
    <message>
        <source>Arrears to date</source>
        <translation>현재까지 체불액</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>지급일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>최근 지급</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>지급 기한</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>지연 일수</translation>
    </message>
    <message>
        <source>Paid in full on</source>
        <translation>완납일</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>For period from</source>
        <translation>대상 기간 시작</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>지급 총액</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>공제</translation>
    </message>
    <message>
        <source>Forbidden part</source>
        <translation>위법 공제액</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>실지급액</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>수령인</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>지급자</translation>
    </message>
    <message>
        <source>Deduction details</source>
        <translation>공제 내역</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Due over the placement %1 · paid %2 · in arrears %3</source>
        <translation>실습 배치 기간 지급 예정 %1 · 지급 %2 · 체불 %3</translation>
    </message>
    <message>
        <source>forbidden deductions %1</source>
        <translation>위법 공제 %1</translation>
    </message>
    <message>
        <source>No pay terms: this placement has no pay schedule.</source>
        <translation>급여 조건 없음: 이 실습 배치에는 급여 일정이 없습니다.</translation>
    </message>
    <message>
        <source>Periods computed from the pay terms; they are stored with the first payment.</source>
        <translation>급여 조건에 따라 계산된 기간이며, 첫 지급을 등록할 때 저장됩니다.</translation>
    </message>
    <message>
        <source>Payment of %1 on %2 recorded.</source>
        <translation>%2에 지급한 %1을(를) 등록했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported from %1.</source>
        <translation>
            <numerusform>%1에서 지급 내역 %n건을 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows skipped: %1.</source>
        <translation>건너뛴 행: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Schedule rebuilt: %n period(s)</source>
        <translation>
            <numerusform>급여 일정 재작성: %n개 기간</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 changed, %3 removed, %4 payment(s) moved.</source>
        <translation>추가 %1, 변경 %2, 삭제 %3, 지급 이동 %4건.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>가져오기 가능</translation>
    </message>
    <message>
        <source>Not usable</source>
        <translation>사용 불가</translation>
    </message>
    <message>
        <source>Name in sheet</source>
        <translation>시트상 이름</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Matched student</source>
        <translation>일치하는 학생</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>공제</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>신분증 번호</translation>
    </message>
    <message>
        <source>by ID number</source>
        <translation>신분증 번호로</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>이름으로</translation>
    </message>
    <message>
        <source>No placement of this student has pay in this month.</source>
        <translation>이 학생은 이번 달에 급여가 발생하는 실습 배치가 없습니다.</translation>
    </message>
</context>
<context>
    <name>PayLabels</name>
    <message>
        <source>Paid</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>지연 지급</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>과소 지급</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>기한 전</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>지급 대상 없음</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>소득세</translation>
    </message>
    <message>
        <source>Social insurance</source>
        <translation>사회보험</translation>
    </message>
    <message>
        <source>Meals and lodging</source>
        <translation>식비 및 숙박비</translation>
    </message>
    <message>
        <source>Fee (not allowed)</source>
        <translation>비용(허용 안 됨)</translation>
    </message>
    <message>
        <source>Commission (not allowed)</source>
        <translation>수수료(허용 안 됨)</translation>
    </message>
    <message>
        <source>Insurance premium (not allowed)</source>
        <translation>보험료(허용 안 됨)</translation>
    </message>
    <message>
        <source>Other (give the reason)</source>
        <translation>기타(사유 기재)</translation>
    </message>
</context>
<context>
    <name>PayPage</name>
    <message>
        <source>Export to Excel</source>
        <translation>엑셀로 내보내기</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>엑셀 파일 (*.xlsx)</translation>
    </message>
    <message>
        <source>Payroll sheets (*.xlsx *.xlsm *.csv);;All files (*)</source>
        <translation>급여표 (*.xlsx *.xlsm *.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Import payroll sheet</source>
        <translation>급여표 가져오기</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>지급 등록</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>실습 배치</translation>
    </message>
    <message>
        <source>For period</source>
        <translation>대상 기간</translation>
    </message>
    <message>
        <source>Oldest period still open (arrears first)</source>
        <translation>미정산 기간 중 가장 오래된 기간(체불액 우선)</translation>
    </message>
    <message>
        <source>%1 – %2, due %3, %4 outstanding</source>
        <translation>%1 – %2, 기한 %3, 미지급 %4</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>지급일</translation>
    </message>
    <message>
        <source>Amount (gross)</source>
        <translation>금액(총액)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>수령인</translation>
    </message>
    <message>
        <source>Pay goes to the student directly, never to a parent, teacher or agent.</source>
        <translation>급여는 학생 본인에게 직접 지급하며, 부모·교사·중개인에게 지급해서는 안 됩니다.</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>지급자</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>공제</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Name, enterprise or note (Ctrl+F)</source>
        <translation>이름, 기업 또는 비고(Ctrl+F)</translation>
    </message>
    <message>
        <source>New pay record</source>
        <translation>새 수당·강의료 기록</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Generate allowances for month…</source>
        <translation>월별 멘토 수당 생성…</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>전체 월</translation>
    </message>
    <message>
        <source>Allowances ¥%1 · Teaching pay ¥%2 · Total ¥%3</source>
        <translation>멘토 수당 ¥%1 · 강의료 ¥%2 · 합계 ¥%3</translation>
    </message>
    <message>
        <source>Delete the %1 of %2 for %3?</source>
        <translation>%2의 %3 %1을(를) 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete pay record</source>
        <translation>수당·강의료 기록 삭제</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제 실패</translation>
    </message>
    <message>
        <source>No allowances generated</source>
        <translation>생성된 멘토 수당 없음</translation>
    </message>
    <message>
        <source>Allowance records created for %1: %2 (existing records were kept).</source>
        <translation>%1 멘토 수당 기록 %2건을 생성했습니다(기존 기록은 유지됨).</translation>
    </message>
</context>
<context>
    <name>PayrollImportDialog</name>
    <message>
        <source>Import payroll sheet</source>
        <translation>급여표 가져오기</translation>
    </message>
    <message>
        <source>Type to find the enterprise</source>
        <translation>입력하여 기업 찾기</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Pay for month</source>
        <translation>급여 대상 월</translation>
    </message>
    <message>
        <source>Paid on, for rows without a date</source>
        <translation>지급일(날짜가 없는 행에 적용)</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import only the ready rows</source>
        <translation>문제가 있는 행은 건너뛰고 준비된 행만 가져오기</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Choose the enterprise whose payroll this is.</source>
        <translation>이 급여표가 속한 기업을 선택하십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import</source>
        <translation>
            <numerusform>가져올 수 있는 행 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>문제가 있는 행 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>Some rows have problems: correct the sheet, or tick skip.</source>
        <translation>일부 행에 문제가 있습니다. 시트를 수정하거나 건너뛰기를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area is not built yet.</source>
        <translation>이 기능은 아직 준비되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>Rule check (REG-2021)</source>
        <translation>규칙 점검(REG-2021)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>초안으로 되돌리기</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>중도 종료…</translation>
    </message>
    <message>
        <source>Signed agreement…</source>
        <translation>서명된 협약서 등록…</translation>
    </message>
    <message>
        <source>Change post…</source>
        <translation>직무 변경…</translation>
    </message>
    <message>
        <source>Placement: %1</source>
        <translation>실습 배치: %1</translation>
    </message>
    <message>
        <source>agreement %1 signed</source>
        <translation>협약서 %1 서명됨</translation>
    </message>
    <message>
        <source>no signed agreement</source>
        <translation>서명된 협약서 없음</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>사유: %1</translation>
    </message>
    <message>
        <source>Earlier posts: %1</source>
        <translation>이전 직무: %1</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>새 실습 배치</translation>
    </message>
    <message>
        <source>New placement (saved as a draft)</source>
        <translation>새 실습 배치(초안으로 저장)</translation>
    </message>
    <message>
        <source>No rule stands in the way.</source>
        <translation>위반되는 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>%1 blocking, %2 warnings</source>
        <translation>차단 %1건, 경고 %2건</translation>
    </message>
    <message>
        <source>Insurance cover is recorded under Insurance (policies and coverage).</source>
        <translation>보험 보장은 보험(보험증권 및 보장) 화면에서 등록합니다.</translation>
    </message>
</context>
<context>
    <name>PlacementForm</name>
    <message>
        <source>Placement</source>
        <translation>실습 배치</translation>
    </message>
    <message>
        <source>Name or number…</source>
        <translation>이름 또는 학번…</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>이름…</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>도제</translation>
    </message>
    <message>
        <source>Arranged by</source>
        <translation>배치 경로</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>기업 멘토</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Independence</source>
        <translation>독립 수행 정도</translation>
    </message>
    <message>
        <source>Hours and pay</source>
        <translation>근무 시간 및 급여</translation>
    </message>
    <message>
        <source>Overtime may be required</source>
        <translation>초과 근무 가능성 있음</translation>
    </message>
    <message>
        <source>Works on weekly rest days</source>
        <translation>주휴일 근무</translation>
    </message>
    <message>
        <source>Works on public holidays</source>
        <translation>공휴일 근무</translation>
    </message>
    <message>
        <source>The student&apos;s own name</source>
        <translation>학생 본인 명의</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 일</translation>
    </message>
    <message>
        <source>Hours per day</source>
        <translation>일일 근무 시간</translation>
    </message>
    <message>
        <source>Days per week</source>
        <translation>주당 근무일수</translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation>근무 시작 시각</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>근무 종료 시각</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>급여</translation>
    </message>
    <message>
        <source>Pay unit</source>
        <translation>급여 단위</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>지급자</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>수령인</translation>
    </message>
    <message>
        <source>Paid every</source>
        <translation>지급 주기</translation>
    </message>
    <message>
        <source>Payday (day of month)</source>
        <translation>급여일(매월)</translation>
    </message>
    <message>
        <source>Consent and approvals</source>
        <translation>동의 및 승인</translation>
    </message>
    <message>
        <source>Signed by the student</source>
        <translation>학생 서명 완료</translation>
    </message>
    <message>
        <source>Signed by the guardian</source>
        <translation>보호자 서명 완료</translation>
    </message>
    <message>
        <source>Application by student and guardian received</source>
        <translation>학생 및 보호자 신청서 접수</translation>
    </message>
    <message>
        <source>Guardian signed consent to own lodging</source>
        <translation>보호자가 자체 숙박에 서명 동의함</translation>
    </message>
    <message>
        <source>Assessment passed</source>
        <translation>평가 합격</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>사전 동의서</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>동의서 서명일</translation>
    </message>
    <message>
        <source>Self-chosen unit</source>
        <translation>자율 선택 실습처</translation>
    </message>
    <message>
        <source>School approval date</source>
        <translation>학교 승인일</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>숙소</translation>
    </message>
    <message>
        <source>Lodging filing reference</source>
        <translation>숙소 신고 번호</translation>
    </message>
    <message>
        <source>Cross-province approval</source>
        <translation>타 성 실습 승인 번호</translation>
    </message>
    <message>
        <source>Filing reference (备案)</source>
        <translation>신고 번호(备案)</translation>
    </message>
    <message>
        <source>Safety training on</source>
        <translation>안전교육 실시일</translation>
    </message>
    <message>
        <source>Exception (Art 17)</source>
        <translation>예외(제17조)</translation>
    </message>
    <message>
        <source>Only for working-time, rest-day, night-shift, overtime and high-risk rules (REG-2021 Art 17), when the major or post requires it and the arrangement was filed with the higher authority before the start. It never lifts the Art 16 prohibitions (age, first year, minors, venues, agencies).</source>
        <translation>근무 시간, 휴일, 야간 근무, 초과 근무 및 고위험 작업 규칙(REG-2021 제17조)에만 적용되며, 전공 또는 직무상 필요하고 실습 시작 전에 상급 기관에 신고한 경우에 한합니다. 제16조의 금지 사항(연령, 1학년, 미성년자, 장소, 중개기관)은 어떠한 경우에도 예외가 되지 않습니다.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Filing reference</source>
        <translation>신고 번호</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>신고일</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>승인 기관</translation>
    </message>
</context>
<context>
    <name>PlacementPickDialog</name>
    <message>
        <source>Generate the agreement of a placement</source>
        <translation>실습 배치의 협약서 생성</translation>
    </message>
    <message>
        <source>Student, class or enterprise</source>
        <translation>학생, 반 또는 기업</translation>
    </message>
    <message>
        <source>Without a search, placements ready for one are listed.</source>
        <translation>검색어가 없으면 협약서를 생성할 수 있는 실습 배치가 표시됩니다.</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>아직 협약서가 없습니다.</translation>
    </message>
    <message>
        <source>Current agreement: %1, version %2, %3.</source>
        <translation>현재 협약서: %1, 버전 %2, %3.</translation>
    </message>
    <message>
        <source>A new version will be made; the signed one stays on file.</source>
        <translation>새 버전이 만들어지며, 서명된 버전은 그대로 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>PlacementTableModel</name>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>직무</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>학교 지도교사</translation>
    </message>
</context>
<context>
    <name>PlacementsPage</name>
    <message>
        <source>Search student, class or enterprise (Ctrl+F)</source>
        <translation>학생, 반 또는 기업 검색(Ctrl+F)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>새 실습 배치</translation>
    </message>
    <message>
        <source>Batch for a class…</source>
        <translation>반 단위 일괄 배치…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>초안 삭제</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>엑셀로 내보내기…</translation>
    </message>
    <message>
        <source>%1 placements</source>
        <translation>실습 배치 %1건</translation>
    </message>
    <message>
        <source>Delete this draft placement for good?</source>
        <translation>이 초안 실습 배치를 영구히 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제 실패</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>실습 배치</translation>
    </message>
</context>
<context>
    <name>PlanRoundDialog</name>
    <message>
        <source>Plan a round of visits</source>
        <translation>현장 방문 일괄 계획</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Every (weeks)</source>
        <translation>간격(주)</translation>
    </message>
    <message>
        <source>Monthly instead</source>
        <translation>대신 매월 1회</translation>
    </message>
    <message>
        <source>A visit is planned for each enterprise where the supervisor has open placements, on the days those placements run; days that already have a plan are skipped.</source>
        <translation>지도교사가 진행 중인 실습 배치를 담당하는 각 기업에 대해, 해당 실습 기간 중의 날짜로 방문을 계획합니다. 이미 계획이 있는 날은 건너뜁니다.</translation>
    </message>
</context>
<context>
    <name>PlanVisitDialog</name>
    <message>
        <source>Plan a site visit</source>
        <translation>현장 방문 계획</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Show all enterprises</source>
        <translation>모든 기업 표시</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>예정일</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>PoliciesTab</name>
    <message>
        <source>Insurer or policy number (Ctrl+F)</source>
        <translation>보험사 또는 증권 번호(Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>새 보험증권</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Cover a class…</source>
        <translation>반 단위 보장…</translation>
    </message>
    <message>
        <source>Cover placements…</source>
        <translation>실습 배치 보장…</translation>
    </message>
    <message>
        <source>Covered students…</source>
        <translation>보장 대상 학생…</translation>
    </message>
    <message>
        <source>Attach document…</source>
        <translation>문서 첨부…</translation>
    </message>
    <message numerus="yes">
        <source>Delete policy %1 and the cover it records for %n student(s)?</source>
        <translation>
            <numerusform>보험증권 %1 및 이 증권에 기록된 학생 %n명의 보장을 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete policy</source>
        <translation>보험증권 삭제</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제 실패</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>보장 없음</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>첨부되지 않음</translation>
    </message>
    <message>
        <source>Document attached: %1</source>
        <translation>문서 첨부됨: %1</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Edit insurance policy</source>
        <translation>보험증권 편집</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>새 보험증권</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>보험사</translation>
    </message>
    <message>
        <source>Policy number</source>
        <translation>보험증권 번호</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Sum insured per person</source>
        <translation>1인당 보험금액</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>보험료</translation>
    </message>
    <message>
        <source>Premium paid by</source>
        <translation>보험료 부담자</translation>
    </message>
    <message>
        <source>The school or the enterprise pays; never the student (R-INS-2).</source>
        <translation>보험료는 학교 또는 기업이 부담하며, 학생이 부담해서는 안 됩니다(R-INS-2).</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Edit post</source>
        <translation>직무 편집</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>새 직무</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>직무명</translation>
    </message>
    <message>
        <source>Major category</source>
        <translation>전공 대분류</translation>
    </message>
    <message>
        <source>the major category the post suits</source>
        <translation>이 직무에 맞는 전공 대분류</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>직무 설명</translation>
    </message>
    <message>
        <source>High-risk posts are closed to interns unless an exception was filed in advance (REG-2021 Art 17(1)).</source>
        <translation>위험 직무에는 사전에 예외를 신고한 경우가 아니면 실습생을 배치할 수 없습니다(REG-2021 제17조 제1항).</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>위험 요인</translation>
    </message>
    <message>
        <source>GB 3869 physical labour intensity, level I to IV</source>
        <translation>GB 3869 육체노동 강도, I~IV등급</translation>
    </message>
    <message>
        <source>Level III and above is prohibited for interns (REG-2021 Art 16(7)).</source>
        <translation>III등급 이상은 실습생에게 금지됩니다(REG-2021 제16조 제7항).</translation>
    </message>
    <message>
        <source>Physical intensity level</source>
        <translation>육체노동 강도 등급</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>미성년자</translation>
    </message>
    <message>
        <source>Prohibited work for minors (under 18)</source>
        <translation>미성년자 금지 작업(만 18세 미만)</translation>
    </message>
    <message>
        <source>Female students</source>
        <translation>여학생</translation>
    </message>
    <message>
        <source>Prohibited work for female employees</source>
        <translation>여성 근로자 금지 작업</translation>
    </message>
    <message>
        <source>Same-post wage (monthly)</source>
        <translation>동일 직무 임금(월)</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>재직 직원 수</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
</context>
<context>
    <name>PostTableModel</name>
    <message>
        <source>Post title</source>
        <translation>직무명</translation>
    </message>
    <message>
        <source>Major category</source>
        <translation>전공 대분류</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>강도</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>위험 요인</translation>
    </message>
    <message>
        <source>Minors prohibited</source>
        <translation>미성년자 금지</translation>
    </message>
    <message>
        <source>Females prohibited</source>
        <translation>여성 금지</translation>
    </message>
    <message>
        <source>Same-post wage ¥</source>
        <translation>동일 직무 임금 ¥</translation>
    </message>
    <message>
        <source>On-post staff</source>
        <translation>재직 직원 수</translation>
    </message>
    <message>
        <source>Level III and above is prohibited for interns (REG-2021 Art 16(7)).</source>
        <translation>III등급 이상은 실습생에게 금지됩니다(REG-2021 제16조 제7항).</translation>
    </message>
</context>
<context>
    <name>PreferenceDialog</name>
    <message>
        <source>Availability and wishes</source>
        <translation>실습 가능 기간 및 희망 사항</translation>
    </message>
    <message>
        <source>from</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>until</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>실습 가능 기간</translation>
    </message>
    <message>
        <source>Preferred industries</source>
        <translation>희망 업종</translation>
    </message>
    <message>
        <source>Preferred cities</source>
        <translation>희망 도시</translation>
    </message>
    <message>
        <source>Preferred enterprises</source>
        <translation>희망 기업</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>PrivacyPanel</name>
    <message>
        <source>Personal data</source>
        <translation>개인정보</translation>
    </message>
    <message>
        <source>Health data</source>
        <translation>건강 정보</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>은행 계좌</translation>
    </message>
    <message>
        <source>ID-card scan</source>
        <translation>신분증 스캔본</translation>
    </message>
    <message>
        <source>Sharing with the enterprise</source>
        <translation>기업에 제공</translation>
    </message>
    <message>
        <source>Sharing with the insurer</source>
        <translation>보험사에 제공</translation>
    </message>
    <message>
        <source>Filing with the education bureau</source>
        <translation>교육국에 제출</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>보존 기간 검토</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>학적 종료일</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>검토 기한</translation>
    </message>
    <message>
        <source>Open placements</source>
        <translation>미종료 실습 배치</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>보존</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>삭제됨</translation>
    </message>
    <message>
        <source>Anonymise…</source>
        <translation>익명화…</translation>
    </message>
    <message>
        <source>Anonymise the selected students (all if none)</source>
        <translation>선택한 학생 익명화(미선택 시 전체)</translation>
    </message>
    <message>
        <source>Consents and privacy notice of a student</source>
        <translation>학생의 동의 및 개인정보 안내</translation>
    </message>
    <message>
        <source>Name, student number or class</source>
        <translation>이름, 학번 또는 반</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>목적</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>서명일</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>철회일</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>Add consent…</source>
        <translation>동의 추가…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>철회…</translation>
    </message>
    <message>
        <source>Print privacy notice…</source>
        <translation>개인정보 안내문 인쇄…</translation>
    </message>
    <message>
        <source>Blank notice…</source>
        <translation>빈 안내문…</translation>
    </message>
    <message>
        <source>Record acknowledgement</source>
        <translation>안내 확인 등록</translation>
    </message>
    <message>
        <source>Students who graduated or withdrew more than %1 year(s) ago (R-PI-8). Anonymising removes names, ID numbers, phones, addresses, guardians and consents; placements and archived agreements are kept as the legal record.</source>
        <translation>졸업 또는 자퇴한 지 %1년이 지난 학생입니다(R-PI-8). 익명화하면 이름, 신분증 번호, 전화번호, 주소, 보호자 및 동의 정보가 삭제됩니다. 실습 배치와 보관된 협약서는 법적 기록으로 유지됩니다.</translation>
    </message>
    <message>
        <source>%1 placements, %2 agreements</source>
        <translation>실습 배치 %1건, 협약서 %2건</translation>
    </message>
    <message>
        <source>%1 guardians, %2 consents</source>
        <translation>보호자 %1명, 동의 %2건</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Privacy notice version %1 acknowledged on %2.</source>
        <translation>%2에 개인정보 안내문 버전 %1을(를) 확인했습니다.</translation>
    </message>
    <message>
        <source>No privacy notice acknowledgement recorded.</source>
        <translation>개인정보 안내 확인 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Anonymise the personal data of %1 student(s)? Names, ID numbers, phones, addresses, guardians and consents are removed for good; placements and archived agreements are kept. This cannot be undone.</source>
        <translation>학생 %1명의 개인정보를 익명화하시겠습니까? 이름, 신분증 번호, 전화번호, 주소, 보호자 및 동의 정보가 영구히 삭제되며, 실습 배치와 보관된 협약서는 유지됩니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>익명화</translation>
    </message>
    <message>
        <source>Not anonymised</source>
        <translation>익명화되지 않음</translation>
    </message>
    <message>
        <source>%1 student(s) anonymised.</source>
        <translation>학생 %1명을 익명화했습니다.</translation>
    </message>
    <message>
        <source>Record that this consent is withdrawn as of %1?</source>
        <translation>이 동의가 %1부로 철회되었다고 기록하시겠습니까?</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>동의 철회</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Save privacy notice</source>
        <translation>개인정보 안내문 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Privacy notice saved to %1.</source>
        <translation>개인정보 안내문을 %1에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>ProgrammeColumns</name>
    <message>
        <source>No enterprise mentor</source>
        <translation>기업 멘토 없음</translation>
    </message>
    <message>
        <source>No school mentor</source>
        <translation>학교 지도교사 없음</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>프로그램</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Apprentices</source>
        <translation>도제생 수</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>목표 등급</translation>
    </message>
    <message>
        <source>Agreement no.</source>
        <translation>협약서 번호</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>모듈 수</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>계획 시수</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Enterprise mentor</source>
        <translation>기업 멘토</translation>
    </message>
    <message>
        <source>School mentor</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진도</translation>
    </message>
    <message>
        <source>Modules passed</source>
        <translation>통과한 모듈</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>신분증 번호</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <source>Taught at</source>
        <translation>교육 장소</translation>
    </message>
    <message>
        <source>Rotation post</source>
        <translation>순환 직무</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>순환 기간</translation>
    </message>
    <message>
        <source>Passed by</source>
        <translation>통과 인원</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>역량 요건</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Edit programme</source>
        <translation>프로그램 편집</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>새 프로그램</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>기업명</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Target skill level</source>
        <translation>목표 기능 등급</translation>
    </message>
    <message>
        <source>Training agreement no.</source>
        <translation>도제 훈련 협약서 번호</translation>
    </message>
    <message>
        <source>Required for a modern apprenticeship (R-APP-2)</source>
        <translation>현대 도제제도에서는 필수(R-APP-2)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명됨</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>협약 체결일</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>ProgrammeLabels</name>
    <message>
        <source>Intermediate worker</source>
        <translation>중급공</translation>
    </message>
    <message>
        <source>Advanced worker</source>
        <translation>고급공</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>기사</translation>
    </message>
    <message>
        <source>Senior technician</source>
        <translation>고급기사</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>공휴일</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>휴가</translation>
    </message>
</context>
<context>
    <name>ProgrammeList</name>
    <message>
        <source>New programme</source>
        <translation>새 프로그램</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete programme %1 with its training plan and the enrolment of its %2 apprentice(s)?</source>
        <translation>프로그램 %1, 해당 훈련 계획 및 도제생 %2명의 등록을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>프로그램 삭제</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제 실패</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <source>Programmes</source>
        <translation>프로그램</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Progress: %1</source>
        <translation>진도: %1</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>모듈</translation>
    </message>
    <message>
        <source>Taught at</source>
        <translation>교육 장소</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>계획 시수</translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation>이수 시수</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>The programme has no modules yet.</source>
        <translation>이 프로그램에는 아직 모듈이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ReadingCopyAction</name>
    <message>
        <source>Korean reading copy…</source>
        <translation>한국어 참고 번역본…</translation>
    </message>
    <message>
        <source>Save a Korean translation of this agreement, for reading only (not signed)</source>
        <translation>이 협약서의 한국어 번역본을 참고용으로 저장합니다(서명하지 않음)</translation>
    </message>
    <message>
        <source>Save the Korean reading copy</source>
        <translation>한국어 참고 번역본 저장</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Reading copy not saved</source>
        <translation>참고 번역본이 저장되지 않았습니다</translation>
    </message>
    <message>
        <source>Korean reading copy of %1 saved: %2 (for reading only; not the agreement)</source>
        <translation>%1의 한국어 참고 번역본을 저장했습니다: %2 (참고용이며 협약서가 아닙니다)</translation>
    </message>
</context>
<context>
    <name>ReadingCopyBox</name>
    <message>
        <source>Agreements</source>
        <translation>협약서</translation>
    </message>
    <message>
        <source>Offer a Korean reading copy of agreements</source>
        <translation>협약서의 한국어 참고 번역본 제공</translation>
    </message>
    <message>
        <source>The agreement stays Chinese: it is the legal text and the only one signed. When this is on, the Agreements page can also save a Korean translation of a generated agreement, marked on every page as for reading only.</source>
        <translation>협약서는 중국어로 유지됩니다. 중국어 문서가 법적 효력을 가지며 서명하는 유일한 문서입니다. 이 항목을 켜면 협약서 화면에서 생성된 협약서의 한국어 번역본도 저장할 수 있으며, 모든 쪽에 참고용임이 표시됩니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel visit</source>
        <translation>방문 취소</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>RecordVisitDialog</name>
    <message>
        <source>Record site visit</source>
        <translation>현장 방문 기록</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>방문일</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(선택)</translation>
    </message>
    <message>
        <source>Students seen</source>
        <translation>면담한 학생</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>For each problem: what was wrong, what was agreed</source>
        <translation>문제마다 무엇이 잘못되었고 무엇을 합의했는지 기록</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>Rule parameter</source>
        <translation>규칙 매개변수</translation>
    </message>
    <message>
        <source>Checked against the official text</source>
        <translation>공식 원문과 대조 확인함</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Value (JSON)</source>
        <translation>값(JSON)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Yearly report (PDF)…</source>
        <translation>연간 보고서(PDF)…</translation>
    </message>
    <message>
        <source>Yearly report (Excel)…</source>
        <translation>연간 보고서(엑셀)…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>연도:</translation>
    </message>
    <message>
        <source>Placements by status</source>
        <translation>상태별 실습 배치</translation>
    </message>
    <message>
        <source>Placements by type</source>
        <translation>유형별 실습 배치</translation>
    </message>
    <message>
        <source>Placements by industry</source>
        <translation>업종별 실습 배치</translation>
    </message>
    <message>
        <source>Placements by major</source>
        <translation>전공별 실습 배치</translation>
    </message>
    <message>
        <source>Placements by enterprise (top 10)</source>
        <translation>기업별 실습 배치(상위 10곳)</translation>
    </message>
    <message>
        <source>Placement rate per major (graduating classes)</source>
        <translation>전공별 배치율(졸업반)</translation>
    </message>
    <message>
        <source>Open places and available students per major</source>
        <translation>전공별 모집 인원 및 배치 가능 학생</translation>
    </message>
    <message>
        <source>Monthly pay of post placements</source>
        <translation>현장실습 배치의 월 급여</translation>
    </message>
    <message>
        <source>Liability insurance cover today</source>
        <translation>오늘 기준 책임보험 보장 현황</translation>
    </message>
    <message>
        <source>Compliance findings over time</source>
        <translation>규정 준수 점검 결과 추이</translation>
    </message>
    <message>
        <source>%1 placements in %2; %3 open places on the board; insurance cover %4.</source>
        <translation>%2년 실습 배치 %1건, 게시판 모집 인원 %3명, 보험 보장률 %4.</translation>
    </message>
    <message>
        <source>Other enterprises</source>
        <translation>기타 기업</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>실습 배치</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>비중</translation>
    </message>
    <message>
        <source>No placements in this year</source>
        <translation>이 연도에는 실습 배치가 없습니다</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>전공</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>배치됨</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>배치율</translation>
    </message>
    <message>
        <source>No graduating classes in this year</source>
        <translation>이 연도에는 졸업반이 없습니다</translation>
    </message>
    <message>
        <source>Placement rate</source>
        <translation>배치율</translation>
    </message>
    <message>
        <source>Any major</source>
        <translation>전공 무관</translation>
    </message>
    <message>
        <source>Open places</source>
        <translation>모집 인원</translation>
    </message>
    <message>
        <source>Available students</source>
        <translation>배치 가능 학생</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>수급 비율</translation>
    </message>
    <message>
        <source>No students or openings</source>
        <translation>학생 또는 모집 자리가 없습니다</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>위안</translation>
    </message>
    <message>
        <source>Monthly pay</source>
        <translation>월 급여</translation>
    </message>
    <message>
        <source>No post placements with pay in this year</source>
        <translation>이 연도에는 급여가 있는 현장실습 배치가 없습니다</translation>
    </message>
    <message>
        <source>Median %1, quartiles %2 – %3 yuan; %4 of %5 below 80 % of the post wage.</source>
        <translation>중앙값 %1위안, 사분위수 %2 – %3위안. %5건 중 %4건이 동일 직무 임금의 80 % 미만입니다.</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>보장됨</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>보장 없음</translation>
    </message>
    <message>
        <source>Placements running today</source>
        <translation>오늘 진행 중인 실습 배치</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>No placements running today need cover</source>
        <translation>오늘 진행 중인 실습 배치 중 보장이 필요한 배치가 없습니다</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Open placements</source>
        <translation>미종료 실습 배치</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>점검 결과</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>차단</translation>
    </message>
    <message>
        <source>No compliance snapshots yet</source>
        <translation>아직 규정 준수 스냅숏이 없습니다</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>엑셀 파일 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the yearly report</source>
        <translation>연간 보고서 저장</translation>
    </message>
    <message>
        <source>Yearly report</source>
        <translation>연간 보고서</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>저장됨: %1</translation>
    </message>
</context>
<context>
    <name>RuleParametersBox</name>
    <message>
        <source>Rule parameters (administrator)</source>
        <translation>규칙 매개변수(관리자)</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>New dated value…</source>
        <translation>새 시행일 값…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>미검증</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface</source>
        <translation>인터페이스</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>새 언어는 다음 실행 시부터 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>First start: create the administrator</source>
        <translation>첫 실행: 관리자 만들기</translation>
    </message>
    <message>
        <source>Nobody administers this database yet. Create the administrator account: it adds the other users, decides who may edit and who may see full personal data.</source>
        <translation>이 데이터베이스에는 아직 관리자가 없습니다. 관리자 계정을 만드십시오. 관리자는 다른 사용자를 추가하고, 누가 편집할 수 있고 누가 전체 개인정보를 볼 수 있는지 정합니다.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>본인 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>%1자 이상.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>약함</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>보통</translation>
    </message>
    <message>
        <source>good</source>
        <translation>양호</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>강함</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>비밀번호 강도: %1</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>SharedExportDialog</name>
    <message>
        <source>Export for an enterprise or insurer</source>
        <translation>기업 또는 보험사용 내보내기</translation>
    </message>
    <message>
        <source>An enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>An insurer</source>
        <translation>보험사</translation>
    </message>
    <message>
        <source>Only students with a consent in force today for sharing with this recipient go into the file (PIPL Art 23, R-PI-6); for a student under 14, a guardian must have signed it (R-PI-5). The headers are in Chinese; ID numbers and phones are masked.</source>
        <translation>오늘 기준으로 이 수신처에 개인정보를 제공하는 데 대한 유효한 동의가 있는 학생만 파일에 포함됩니다(개인정보보호법 제23조, R-PI-6). 만 14세 미만 학생은 보호자가 서명해야 합니다(R-PI-5). 머리글은 중국어이며 신분증 번호와 전화번호는 가려집니다.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수신처</translation>
    </message>
    <message>
        <source>List</source>
        <translation>명단</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Student roster</source>
        <translation>학생 명부</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>실습 배치</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>보수 지급</translation>
    </message>
    <message>
        <source>Insurance cover</source>
        <translation>보험 보장</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>삼자 협약서</translation>
    </message>
    <message>
        <source>Apprentices</source>
        <translation>도제생 명단</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>자격증</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>엑셀로 내보내기</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>엑셀 파일 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export only the students with consent?</source>
        <translation>동의한 학생만 내보내시겠습니까?</translation>
    </message>
    <message>
        <source>Students without consent</source>
        <translation>동의하지 않은 학생</translation>
    </message>
    <message>
        <source>Exported %1 rows; %2 students without consent left out</source>
        <translation>%1행을 내보냈습니다. 동의하지 않은 학생 %2명은 제외했습니다.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>검색 상자로 커서 이동</translation>
    </message>
    <message>
        <source>Open the selected row</source>
        <translation>선택한 행 열기</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>선택한 행 편집</translation>
    </message>
    <message>
        <source>Delete the selected row (asks first)</source>
        <translation>선택한 행 삭제 (먼저 확인)</translation>
    </message>
    <message>
        <source>Open the placement of the selected finding</source>
        <translation>선택한 문제의 실습 열기</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 검사</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>New enterprise</source>
        <translation>새 기업</translation>
    </message>
    <message>
        <source>New post of the enterprise</source>
        <translation>기업의 새 직무</translation>
    </message>
    <message>
        <source>New placement</source>
        <translation>새 실습</translation>
    </message>
    <message>
        <source>Batch for a class</source>
        <translation>학급 일괄 배치</translation>
    </message>
    <message>
        <source>Delete the selected draft (asks first)</source>
        <translation>선택한 초안 삭제 (먼저 확인)</translation>
    </message>
    <message>
        <source>New item on the current tab</source>
        <translation>현재 탭에서 새로 만들기</translation>
    </message>
    <message>
        <source>Calendar: day, week, month (Shift extends the choice)</source>
        <translation>달력: 일·주·월 이동 (Shift로 선택 확장)</translation>
    </message>
    <message>
        <source>Calendar: choose the day</source>
        <translation>달력: 날짜 선택</translation>
    </message>
    <message>
        <source>Calendar: set the chosen days</source>
        <translation>달력: 선택한 날짜 설정</translation>
    </message>
    <message>
        <source>Calendar: generate</source>
        <translation>달력: 생성</translation>
    </message>
    <message>
        <source>Calendar: mark the days as leave</source>
        <translation>달력: 선택한 날짜를 휴가로 표시</translation>
    </message>
    <message>
        <source>New opening</source>
        <translation>새 모집 공고</translation>
    </message>
    <message>
        <source>Import a payroll sheet</source>
        <translation>급여 명세 가져오기</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>지급 기록</translation>
    </message>
    <message>
        <source>New policy or incident (current tab)</source>
        <translation>새 보험증권 또는 사고 (현재 탭)</translation>
    </message>
    <message>
        <source>Generate for a placement</source>
        <translation>실습 협약서 생성</translation>
    </message>
    <message>
        <source>Generate for a class / all ready</source>
        <translation>학급별 / 준비된 전체 생성</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>PDF 열기</translation>
    </message>
    <message>
        <source>Users: new user; Personal data: new consent</source>
        <translation>사용자: 새 사용자, 개인정보: 새 동의</translation>
    </message>
    <message>
        <source>Users: edit; Backups: restore the backup</source>
        <translation>사용자: 편집, 백업: 해당 백업 복원</translation>
    </message>
    <message>
        <source>Personal data: withdraw the consent</source>
        <translation>개인정보: 동의 철회</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>저장하지 않고 대화 상자 닫기</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>다음 / 이전 입력란</translation>
    </message>
    <message>
        <source>The menu or button with that underlined letter</source>
        <translation>밑줄 친 글자의 메뉴나 단추</translation>
    </message>
    <message>
        <source>Everywhere, dialogs</source>
        <translation>모든 곳, 대화 상자</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Filter: a key, an action or a page</source>
        <translation>필터: 키, 동작 또는 페이지</translation>
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
        <translation>협약서 %1 서명</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>서명 대기: %1</translation>
    </message>
    <message>
        <source>%1 (signed; signing again replaces it)</source>
        <translation>%1(서명됨, 다시 서명하면 교체됨)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Import image…</source>
        <translation>이미지 가져오기…</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방식</translation>
    </message>
    <message>
        <source>Draw with the mouse, a pen or a finger.</source>
        <translation>마우스, 펜 또는 손가락으로 서명하십시오.</translation>
    </message>
    <message>
        <source>Import a scan or photo of the handwritten signature.</source>
        <translation>손으로 쓴 서명의 스캔본이나 사진을 가져오십시오.</translation>
    </message>
    <message>
        <source>Import the seal image (PNG with a transparent background).</source>
        <translation>직인 이미지(배경이 투명한 PNG)를 가져오십시오.</translation>
    </message>
    <message>
        <source>Signed on the printed copy: attach the scan afterwards.</source>
        <translation>인쇄본에 서명함: 나중에 스캔본을 첨부하십시오.</translation>
    </message>
    <message>
        <source>Signature or seal image</source>
        <translation>서명 또는 직인 이미지</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read.</source>
        <translation>%1은(는) 읽을 수 있는 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>Draw the signature in the box, or import an image.</source>
        <translation>상자 안에 서명하거나 이미지를 가져오십시오.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>여기에 서명</translation>
    </message>
</context>
<context>
    <name>SiteAssessmentDialog</name>
    <message>
        <source>Record site assessment</source>
        <translation>현장 평가 기록</translation>
    </message>
    <message>
        <source>Before the first post internship at a unit the school assesses it on site: qualification, credit, management, posts, working hours, working and living environment, health and safety (REG-2021 Art 7, R-ENT-1).</source>
        <translation>학교는 기관에 처음으로 현장실습을 배치하기 전에 현장 평가를 실시합니다: 자격, 신용, 관리, 직무, 근무 시간, 근무 및 생활 환경, 보건 및 안전(REG-2021 제7조, R-ENT-1).</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>평가자</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 기한</translation>
    </message>
    <message>
        <source>Assessment report</source>
        <translation>평가 보고서</translation>
    </message>
    <message>
        <source>File name or archive number of the report</source>
        <translation>평가 보고서의 파일 이름 또는 보관 번호</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit mentor or supervisor</source>
        <translation>멘토 또는 지도교사 편집</translation>
    </message>
    <message>
        <source>New mentor or supervisor</source>
        <translation>새 멘토 또는 지도교사</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>type to search</source>
        <translation>입력하여 검색</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>휴대전화 번호</translation>
    </message>
    <message>
        <source>Position / title</source>
        <translation>직위 / 직함</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>직업 자격</translation>
    </message>
    <message>
        <source>Load limit</source>
        <translation>지도 인원 상한</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Most students or placements this person may guide; default: the rule setting</source>
        <translation>이 사람이 지도할 수 있는 최대 학생 수 또는 실습 배치 수. 기본값: 규칙 설정</translation>
    </message>
    <message>
        <source>Skill level</source>
        <translation>기능 등급</translation>
    </message>
    <message>
        <source>Monthly mentor allowance</source>
        <translation>월 멘토 수당</translation>
    </message>
    <message>
        <source>Mentor allowance set and paid by the enterprise (R-APP-9); empty: none</source>
        <translation>기업이 정하고 지급하는 멘토 수당(R-APP-9). 비워 두면 없음</translation>
    </message>
    <message>
        <source>Part-time teacher at the school</source>
        <translation>학교 겸임 교사</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>All mentors and supervisors</source>
        <translation>모든 멘토 및 지도교사</translation>
    </message>
    <message>
        <source>Enterprise mentors</source>
        <translation>기업 멘토</translation>
    </message>
    <message>
        <source>School supervisors</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>이름으로 검색</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>엑셀로 내보내기…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <source>Position / title</source>
        <translation>직위 / 직함</translation>
    </message>
    <message>
        <source>Current load</source>
        <translation>현재 지도 인원</translation>
    </message>
    <message>
        <source>Mentors and supervisors</source>
        <translation>멘토 및 지도교사</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Students they supervise lose their school supervisor. This cannot be undone.</source>
        <translation>%1(%2)을(를) 삭제하시겠습니까? 이 사람이 지도하는 학생은 학교 지도교사가 없게 됩니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete mentor or supervisor</source>
        <translation>멘토 또는 지도교사 삭제</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제 실패</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Edit student</source>
        <translation>학생 편집</translation>
    </message>
    <message>
        <source>New student</source>
        <translation>새 학생</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>신분증 번호</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>학번</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>휴대전화 번호</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>집 주소</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>입학일</translation>
    </message>
    <message>
        <source>Study mode</source>
        <translation>학습 형태</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>School supervisor</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>보호자</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>관계</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>e.g. father, mother</source>
        <translation>예: 아버지, 어머니</translation>
    </message>
    <message>
        <source>Shown masked: you do not have the right to see full personal data. Leave it unchanged to keep the stored number.</source>
        <translation>가려진 상태로 표시됨: 전체 개인정보를 볼 권한이 없습니다. 저장된 번호를 유지하려면 변경하지 마십시오.</translation>
    </message>
    <message>
        <source>Born %1, %2</source>
        <translation>%1 출생, %2</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Student no.</source>
        <translation>학번</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>신분증 번호</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>휴대전화</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>전공</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Current enterprise</source>
        <translation>현재 기업</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>Search by name, ID number, class, phone or student number</source>
        <translation>이름, 신분증 번호, 반, 전화번호 또는 학번으로 검색</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>엑셀로 내보내기…</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>학생 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Delete student %1 (%2)? This cannot be undone.</source>
        <translation>학생 %1(%2)을(를) 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation>학생 삭제</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>삭제 실패</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Accept → draft placement</source>
        <translation>수락 → 실습 배치 초안</translation>
    </message>
    <message>
        <source>Availability and wishes…</source>
        <translation>실습 가능 기간 및 희망 사항…</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>전공</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>나이</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>적합도 점수</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>추천 사유</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Paperwork still due</source>
        <translation>미완료 서류</translation>
    </message>
    <message>
        <source>Choose an opening to see the students who may take it.</source>
        <translation>모집 자리를 선택하면 배치 가능한 학생이 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 — %4 students may take it.</source>
        <translation>%1 · %2 · %3 — 배치 가능 학생 %4명.</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>수락되지 않음</translation>
    </message>
    <message>
        <source>Draft placement created for %1 at %2.</source>
        <translation>%1 학생의 %2 실습 배치 초안을 만들었습니다.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Agreement wording</source>
        <translation>협약서 문구</translation>
    </message>
    <message>
        <source>Post internship agreement</source>
        <translation>현장실습 협약서</translation>
    </message>
    <message>
        <source>Observation internship agreement</source>
        <translation>견학실습 협약서</translation>
    </message>
    <message>
        <source>Apprenticeship training agreement</source>
        <translation>도제 훈련 협약서</translation>
    </message>
    <message>
        <source>Informed consent form</source>
        <translation>설명 후 동의서</translation>
    </message>
    <message>
        <source>One paragraph per line. Words in braces, such as {start_date}, are filled from the record; keep them. Saving makes a new version; agreements already made keep their wording.</source>
        <translation>한 줄에 한 단락씩 작성합니다. {start_date}처럼 중괄호 안의 단어는 기록에서 자동으로 채워지므로 그대로 두십시오. 저장하면 새 버전이 만들어지며, 이미 작성된 협약서는 기존 문구를 유지합니다.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>단락</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>Version in use</source>
        <translation>사용 중인 버전</translation>
    </message>
    <message>
        <source>(preamble)</source>
        <translation>(전문)</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>Terminate placement</source>
        <translation>실습 배치 중도 종료</translation>
    </message>
    <message>
        <source>Why does the placement end early?</source>
        <translation>실습 배치를 조기에 종료하는 사유는 무엇입니까?</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Enter the reason; it stays on the record.</source>
        <translation>사유를 입력하십시오. 사유는 기록에 남습니다.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Edit user</source>
        <translation>사용자 편집</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>새 사용자</translation>
    </message>
    <message>
        <source>May see full ID numbers and phone numbers</source>
        <translation>전체 신분증 번호 및 전화번호 열람 가능</translation>
    </message>
    <message>
        <source>Active (may log in)</source>
        <translation>활성(로그인 가능)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>로그인: %1(%2)</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Full personal data</source>
        <translation>전체 개인정보</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>잠금 만료</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>새 사용자…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>비밀번호 설정…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Administrators add users, choose their role and who may see full personal data. Read-only users can look but not change anything.</source>
        <translation>관리자는 사용자를 추가하고, 역할과 전체 개인정보 열람 권한을 지정합니다. 읽기 전용 사용자는 조회만 할 수 있으며 아무것도 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only an administrator can manage users. You can change your own password here.</source>
        <translation>관리자만 사용자를 관리할 수 있습니다. 여기에서 본인 비밀번호는 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Only an administrator can add, change or unlock users.</source>
        <translation>관리자만 사용자를 추가, 변경하거나 잠금 해제할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a signed agreement</source>
        <translation>서명된 협약서 검증</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>무결성</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>서명 일시</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>인증서</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>지문 (SHA-256)</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>협약서 번호</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>실습 배치</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Verify another file…</source>
        <translation>다른 파일 검증…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF 파일 (*.pdf);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>This file cannot be checked</source>
        <translation>이 파일은 검사할 수 없습니다</translation>
    </message>
    <message>
        <source>Intact, and signed with a certificate of this school</source>
        <translation>무결성 확인, 이 학교의 인증서로 서명됨</translation>
    </message>
    <message>
        <source>Tampered: the file was changed after it was signed</source>
        <translation>변조됨: 서명 후 파일이 변경되었습니다</translation>
    </message>
    <message>
        <source>Not digitally signed</source>
        <translation>전자 서명 없음</translation>
    </message>
    <message>
        <source>Signed, but not an agreement made by this application</source>
        <translation>서명되었으나 이 앱에서 만든 협약서가 아닙니다</translation>
    </message>
    <message>
        <source>Intact, but the certificate is expired or not valid for signing</source>
        <translation>무결성은 확인되었으나 인증서가 만료되었거나 서명에 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Intact, but not signed with a certificate known here</source>
        <translation>무결성은 확인되었으나 이 컴퓨터에 등록된 인증서로 서명되지 않았습니다</translation>
    </message>
    <message>
        <source>Not accepted: see the problems below</source>
        <translation>인정되지 않음: 아래 문제를 참조하십시오</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Known to this school</source>
        <translation>이 학교에 등록됨</translation>
    </message>
    <message>
        <source>Not known here</source>
        <translation>이 컴퓨터에 등록되지 않음</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>서명되지 않음</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Working hours</source>
        <translation>근무 시간</translation>
    </message>
    <message>
        <source>Working environment</source>
        <translation>근무 환경</translation>
    </message>
    <message>
        <source>Safety protection</source>
        <translation>안전 보호</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>숙소</translation>
    </message>
    <message>
        <source>Pay received</source>
        <translation>급여 수령</translation>
    </message>
    <message>
        <source>Talked to the student</source>
        <translation>학생 면담</translation>
    </message>
    <message>
        <source>No problem</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획됨</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>만료 예정</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>미통과</translation>
    </message>
</context>
<context>
    <name>VisitListTab</name>
    <message>
        <source>Planned for</source>
        <translation>계획일</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>지도교사</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>방문일</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Problem items</source>
        <translation>문제 항목</translation>
    </message>
    <message>
        <source>Students seen</source>
        <translation>면담한 학생</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Supervisor or enterprise (Ctrl+F)</source>
        <translation>지도교사 또는 기업(Ctrl+F)</translation>
    </message>
    <message>
        <source>Plan visit</source>
        <translation>방문 계획</translation>
    </message>
    <message>
        <source>Plan a round…</source>
        <translation>일괄 계획…</translation>
    </message>
    <message>
        <source>Record visit…</source>
        <translation>방문 기록…</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>방문 취소</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>기한 경과만</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>Visits planned: %1; days that already had a plan: %2.</source>
        <translation>계획된 방문: %1건, 이미 계획이 있던 날: %2일.</translation>
    </message>
    <message>
        <source>Cancel the visit of %1 to %2 on %3?</source>
        <translation>%3에 예정된 %1의 %2 방문을 취소하시겠습니까?</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>취소되지 않음</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <source>Site visits</source>
        <translation>현장 방문</translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message>
        <source>Training calendar</source>
        <translation>훈련 일정표</translation>
    </message>
    <message>
        <source>Mo</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>화</translation>
    </message>
    <message>
        <source>We</source>
        <translation>수</translation>
    </message>
    <message>
        <source>Th</source>
        <translation>목</translation>
    </message>
    <message>
        <source>Fr</source>
        <translation>금</translation>
    </message>
    <message>
        <source>Sa</source>
        <translation>토</translation>
    </message>
    <message>
        <source>Su</source>
        <translation>일</translation>
    </message>
</context>
<context>
    <name>_MemberFields</name>
    <message>
        <source>Enterprise mentor</source>
        <translation>기업 멘토</translation>
    </message>
    <message>
        <source>School mentor</source>
        <translation>학교 지도교사</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Target skill level</source>
        <translation>목표 기능 등급</translation>
    </message>
    <message>
        <source>Training agreement no.</source>
        <translation>도제 훈련 협약서 번호</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>서명됨</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>협약 체결일</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Cohort</source>
        <translation>기수</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>훈련 계획</translation>
    </message>
</context>
</TS>
