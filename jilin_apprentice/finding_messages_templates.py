"""Message templates of the rule findings, one per rule and situation, and the words for codes.

Split from finding_messages.py (which imports and extends these tables): same context "Findings",
and each template is framed there with its citation as "{message} ({cite})."
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


# the message of each situation, without its citation (FRAME adds it); compact layout
# fmt: off
TEMPLATES: dict[str, str] = {
    "R-SCOPE-1": QT_TRANSLATE_NOOP("Findings",
        "The student is not in full-time study, so the internship rules apply only by "
        "reference; confirm which rules apply"),
    "R-TYPE-2": QT_TRANSLATE_NOOP("Findings",
        "An observation internship is arranged by the school; the student cannot choose it"),
    "R-AGE-1": QT_TRANSLATE_NOOP("Findings",
        "The student is {age} at the start date; nobody under {min} may do a post internship, "
        "with no exception, and arranging it is dealt with as child labour"),
    "R-AGE-2": QT_TRANSLATE_NOOP("Findings",
        "The student is in year {year} of study at the start date; first-year students may not "
        "do a post internship"),
    "R-AGE-3": QT_TRANSLATE_NOOP("Findings",
        "The student is {age} at the start date and the post is prohibited for workers under 18"),
    "R-AGE-4": QT_TRANSLATE_NOOP("Findings",
        "The student is {age} and no health check is on record; a minor should have one"),
    "R-AGE-5": QT_TRANSLATE_NOOP("Findings",
        "The student is {age}: under 16 only school-organised educational practice is allowed, "
        "no productive work"),
    "R-CONSENT-1/student": QT_TRANSLATE_NOOP("Findings",
        "The student has not signed the informed-consent form for the post internship"),
    "R-CONSENT-1/guardian": QT_TRANSLATE_NOOP("Findings",
        "The guardian has not signed the informed-consent form for the post internship"),
    "R-CONSENT-1/guardian+student": QT_TRANSLATE_NOOP("Findings",
        "Neither the student nor the guardian has signed the informed-consent form"),
    "R-CONSENT-2/self_choice_application": QT_TRANSLATE_NOOP("Findings",
        "The self-chosen placement has no application from the student and guardian"),
    "R-CONSENT-2/school_approval_date": QT_TRANSLATE_NOOP("Findings",
        "The self-chosen placement has not been approved by the school"),
    "R-CONSENT-2/school_approval_date+self_choice_application": QT_TRANSLATE_NOOP("Findings",
        "The self-chosen placement has neither an application from the student and guardian nor"
        " the school's approval"),
    "R-MAJ-1/unrelated": QT_TRANSLATE_NOOP("Findings",
        "The post is marked as unrelated to the student's major, which is not allowed"),
    "R-MAJ-1/category": QT_TRANSLATE_NOOP("Findings",
        "The post is in the {post_category} category but the student's major is in "
        "{student_category}; internships should not cross major categories"),
    "R-MAJ-2": QT_TRANSLATE_NOOP("Findings",
        "The post offers only simple repetitive work; it should cover the post's typical tasks"),
    "R-ENT-1/site_assessment": QT_TRANSLATE_NOOP("Findings",
        "The school has no on-site assessment of the enterprise on record"),
    "R-ENT-1/attestations": QT_TRANSLATE_NOOP("Findings",
        "It has not been attested that the enterprise has no record of illegal, dishonest or "
        "unsafe conduct"),
    "R-ENT-1/attestations+site_assessment": QT_TRANSLATE_NOOP("Findings",
        "The enterprise has neither an on-site assessment by the school nor the attestation of "
        "a clean record"),
    "R-DUR-1": QT_TRANSLATE_NOOP("Findings",
        "The student's post internships add up to {days} days, more than the usual {max} days "
        "(about six months)"),
    "R-DUR-2/cross_province_approval_ref": QT_TRANSLATE_NOOP("Findings",
        "The placement is outside Jilin province and has no prior approval of the school's "
        "competent authority"),
    "R-DUR-2/filing_ref": QT_TRANSLATE_NOOP("Findings",
        "The post internship has no filing reference with the competent authority"),
    "R-LODGE-1/lodging_guardian_consent": QT_TRANSLATE_NOOP("Findings",
        "The student lodges outside the arranged accommodation without the guardian's signed "
        "consent"),
    "R-LODGE-1/lodging_filing_ref": QT_TRANSLATE_NOOP("Findings",
        "The student lodges outside the arranged accommodation, but the school has not filed it"),
    "R-LODGE-1/lodging_filing_ref+lodging_guardian_consent": QT_TRANSLATE_NOOP("Findings",
        "The student lodges outside the arranged accommodation without the guardian's signed "
        "consent and without the school's filing"),
    "R-AGR-1": QT_TRANSLATE_NOOP("Findings",
        "The school, the enterprise and the student have not all signed the tripartite "
        "agreement, so the internship cannot start"),
    "R-TIME-2/day": QT_TRANSLATE_NOOP("Findings",
        "Scheduled {hours} hours a day, more than the 8-hour working day"),
    "R-TIME-2/week": QT_TRANSLATE_NOOP("Findings",
        "Scheduled {hours} hours a week, more than the standard 40-hour week"),
    "R-TIME-2/week_max": QT_TRANSLATE_NOOP("Findings",
        "Scheduled {hours} hours a week, more than the legal maximum of 44 hours"),
    "R-TIME-2/days": QT_TRANSLATE_NOOP("Findings",
        "Scheduled {days} working days a week, which leaves no weekly rest day"),
    "R-TIME-3/overtime_allowed": QT_TRANSLATE_NOOP("Findings",
        "The schedule allows overtime; interns may not work overtime"),
    "R-TIME-3/shift_end": QT_TRANSLATE_NOOP("Findings",
        "The shift {start}–{end} runs into the night, which starts at {night_start}; interns "
        "may not work night shifts"),
    "R-TIME-4/work_on_rest_days": QT_TRANSLATE_NOOP("Findings",
        "The schedule includes work on rest days, which interns may not do"),
    "R-TIME-4/work_on_public_holidays": QT_TRANSLATE_NOOP("Findings",
        "The schedule includes work on statutory public holidays, which interns may not do"),
    "R-TIME-5/incomplete": QT_TRANSLATE_NOOP("Findings",
        "The working-time exception lacks its reason, filing reference, filing date or "
        "approver, so it does not apply"),
    "R-TIME-5/not_in_advance": QT_TRANSLATE_NOOP("Findings",
        "The working-time exception was filed on or after the start date; it must be filed in "
        "advance, so it does not apply"),
    "R-PAY-1/missing": QT_TRANSLATE_NOOP("Findings",
        "No pay is recorded; a post internship must be paid"),
    "R-PAY-1/zero": QT_TRANSLATE_NOOP("Findings",
        "The pay is recorded as 0.00 yuan; a post internship should get appropriate pay"),
    "R-PAY-2/missing": QT_TRANSLATE_NOOP("Findings",
        "The pay floor cannot be checked: the monthly pay, or both the same-post wage and the "
        "lowest wage grade, are missing"),
    "R-PAY-2/below": QT_TRANSLATE_NOOP("Findings",
        "Monthly pay of {pay_fen} yuan is below {percent}% of the same-post wage of "
        "{post_wage_fen} yuan ({required_fen} yuan) and below the lowest wage grade of "
        "{lowest_grade_fen} yuan"),
    "R-PAY-2/below_ratio": QT_TRANSLATE_NOOP("Findings",
        "Monthly pay of {pay_fen} yuan is below {percent}% of the same-post wage of "
        "{post_wage_fen} yuan, that is {required_fen} yuan"),
    "R-PAY-2/below_grade": QT_TRANSLATE_NOOP("Findings",
        "Monthly pay of {pay_fen} yuan is below the enterprise's lowest wage grade of "
        "{lowest_grade_fen} yuan"),
    "R-PAY-3/in_kind": QT_TRANSLATE_NOOP("Findings",
        "Pay is given in goods or vouchers; it must be money paid to the student"),
    "R-PAY-3/third_party": QT_TRANSLATE_NOOP("Findings",
        "Pay goes through a third party; it must be paid directly to the student"),
    "R-PAY-3/payee": QT_TRANSLATE_NOOP("Findings",
        "The payee is not the student; pay must go directly to the student"),
    "R-PAY-4": QT_TRANSLATE_NOOP("Findings",
        "Pay is made every {days} days; it should be at least every {max} days"),
    "R-PAY-5": QT_TRANSLATE_NOOP("Findings",
        "Monthly pay of {pay_fen} yuan is below the minimum wage of {min_fen} yuan for area "
        "class {area_class}; interns are not employees, but this is a warning sign"),
    "R-JL-MW-1/no_table": QT_TRANSLATE_NOOP("Findings",
        "The Jilin minimum-wage table in force on {date} has no figure for this area, so the "
        "minimum wage cannot be checked"),
    "R-JL-MW-1/stale": QT_TRANSLATE_NOOP("Findings",
        "The Jilin minimum-wage table in use dates from {effective_from}, more than {months} "
        "months before the start date; check for a newer table"),
    "R-PROH-1": QT_TRANSLATE_NOOP("Findings",
        "The enterprise's venue type is {venue}; internships at entertainment venues are "
        "prohibited"),
    "R-PROH-2": QT_TRANSLATE_NOOP("Findings",
        "The post involves {hazards}; high-risk internships are prohibited"),
    "R-PROH-3": QT_TRANSLATE_NOOP("Findings",
        "The post is physical labour of intensity level {level}; level III and above is "
        "prohibited for interns"),
    "R-PROH-4": QT_TRANSLATE_NOOP("Findings",
        "The student is female and the post is prohibited for female employees"),
    "R-PROH-5": QT_TRANSLATE_NOOP("Findings",
        "The placement is arranged through an intermediary, agency or labour dispatch firm, "
        "which is prohibited"),
    "R-CAP-1/missing": QT_TRANSLATE_NOOP("Findings",
        "The enterprise's number of on-post staff is missing, so the intern cap cannot be "
        "checked"),
    "R-CAP-1/over": QT_TRANSLATE_NOOP("Findings",
        "On {day}, {interns} interns are {share}% of the enterprise's {staff} on-post staff, "
        "above the {pct}% cap, which allows {limit}"),
    "R-CAP-1/over_no_day": QT_TRANSLATE_NOOP("Findings",
        "{interns} interns are {share}% of the enterprise's {staff} on-post staff, above the "
        "{pct}% cap, which allows {limit}"),
    "R-CAP-2/missing": QT_TRANSLATE_NOOP("Findings",
        "The post's number of on-post staff is missing, so the intern cap cannot be checked"),
    "R-CAP-2/over": QT_TRANSLATE_NOOP("Findings",
        "On {day}, {interns} interns are {share}% of the post's {staff} on-post staff, above "
        "the {pct}% cap, which allows {limit}"),
    "R-CAP-2/over_no_day": QT_TRANSLATE_NOOP("Findings",
        "{interns} interns are {share}% of the post's {staff} on-post staff, above the {pct}% "
        "cap, which allows {limit}"),
    "R-JL-2/block": QT_TRANSLATE_NOOP("Findings",
        "The enterprise has a recorded credit restriction; no new placement may be made there"),
    "R-JL-2/warn": QT_TRANSLATE_NOOP("Findings",
        "The enterprise has a recorded credit restriction; review this active placement"),
    "R-INS-1/none": QT_TRANSLATE_NOOP("Findings",
        "No internship liability insurance is recorded: all {uncovered_days} days of the "
        "placement are uncovered"),
    "R-INS-1/ends": QT_TRANSLATE_NOOP("Findings",
        "The liability insurance ends on {insured_until}, leaving the last {uncovered_days} "
        "days of the placement uncovered"),
    "R-SUP-1/school_supervisor_id": QT_TRANSLATE_NOOP("Findings",
        "No school supervisor is assigned; a post internship needs one"),
    "R-SUP-1/enterprise_mentor_id": QT_TRANSLATE_NOOP("Findings",
        "No enterprise mentor is assigned; a post internship needs one"),
    "R-SAFE-1/safety_training_date": QT_TRANSLATE_NOOP("Findings",
        "No safety training is recorded; untrained students may not take part"),
    "R-SAFE-1/safety_passed": QT_TRANSLATE_NOOP("Findings",
        "The safety assessment is not passed; the student may not take part until it is"),
    "R-APP-2": QT_TRANSLATE_NOOP("Findings",
        "The joint-enrolment apprenticeship has no apprenticeship-training agreement between "
        "school and enterprise"),
    "R-APP-4": QT_TRANSLATE_NOOP("Findings",
        "The apprentice has no labour contract of at least {months} months"),
    "R-APP-6/max": QT_TRANSLATE_NOOP("Findings",
        "The apprenticeship lasts more than {max} months, the longest allowed"),
    "R-APP-6/range": QT_TRANSLATE_NOOP("Findings",
        "The apprenticeship lasts less than {min} or more than {max} months"),
    "R-APP-7/below": QT_TRANSLATE_NOOP("Findings",
        "The apprentice's monthly wage of {pay_fen} yuan is below the minimum wage of "
        "{min_fen} yuan for area class {area_class}"),
    "R-APP-7/none": QT_TRANSLATE_NOOP("Findings",
        "No wage is recorded; an apprentice earns at least the minimum wage of {min_fen} yuan "
        "for area class {area_class}"),
}
# fmt: on

# codes the templates show as words (venue types, hazards)
CODE_LABELS: dict[str, str] = {
    "bar": QT_TRANSLATE_NOOP("Findings", "bar"),
    "nightclub": QT_TRANSLATE_NOOP("Findings", "nightclub"),
    "ktv": QT_TRANSLATE_NOOP("Findings", "KTV or song hall"),
    "bathhouse": QT_TRANSLATE_NOOP("Findings", "bathhouse"),
    "game_room": QT_TRANSLATE_NOOP("Findings", "electronic game room"),
    "internet_cafe": QT_TRANSLATE_NOOP("Findings", "internet café"),
    "other_entertainment": QT_TRANSLATE_NOOP("Findings", "entertainment venue"),
    "height": QT_TRANSLATE_NOOP("Findings", "work at height"),
    "underground": QT_TRANSLATE_NOOP("Findings", "underground work"),
    "radioactive": QT_TRANSLATE_NOOP("Findings", "radioactive substances"),
    "toxic": QT_TRANSLATE_NOOP("Findings", "toxic substances"),
    "flammable_explosive": QT_TRANSLATE_NOOP("Findings", "flammable or explosive materials"),
    "other_high_risk": QT_TRANSLATE_NOOP("Findings", "other high safety risks"),
}
