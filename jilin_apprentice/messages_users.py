"""Issue 8 codes and fields (merged into messages.CODES / FIELDS)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "username": QT_TRANSLATE_NOOP("Fields", "User name"),
    "display_name": QT_TRANSLATE_NOOP("Fields", "Display name"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "old_password": QT_TRANSLATE_NOOP("Fields", "Current password"),
    "can_see_pii": QT_TRANSLATE_NOOP("Fields", "May see full personal data"),
}

CODES: dict[str, str] = {
    "login.failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Wrong user name or password. After {max} wrong attempts in a row the account is "
        "locked for {minutes} minutes.",
    ),
    "login.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "This account is locked after too many wrong passwords. Try again after "
        "{until:%Y-%m-%d %H:%M}, or ask an administrator to unlock it.",
    ),
    "user.setup_done": QT_TRANSLATE_NOOP(
        "Messages", "An administrator already exists; log in instead of setting up again."
    ),
    "user.not_found": QT_TRANSLATE_NOOP("Messages", "This user no longer exists."),
    "user.last_admin": QT_TRANSLATE_NOOP(
        "Messages",
        "This is the last active administrator; make another user an administrator first.",
    ),
    "username.spaces": QT_TRANSLATE_NOOP("Messages", "{field} cannot contain spaces."),
    "username.taken": QT_TRANSLATE_NOOP("Messages", "{field}: another user already has it."),
    "password.required": QT_TRANSLATE_NOOP("Messages", "{field} is required."),
    "password.too_short": QT_TRANSLATE_NOOP(
        "Messages", "{field} must have at least {min} characters."
    ),
    "password.old_wrong": QT_TRANSLATE_NOOP("Messages", "{field} is wrong."),
}
