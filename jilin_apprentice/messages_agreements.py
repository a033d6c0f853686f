"""English source text for the agreement signing codes and fields (merged into messages.CODES /
FIELDS). Verification problems are codes too: the verify screen and `agreement verify` render
them with `signer` and `path` as parameters."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    return text


FIELDS: dict[str, str] = {
    "common_name": QT_TRANSLATE_NOOP("Fields", "Certificate name"),
    "organisation": QT_TRANSLATE_NOOP("Fields", "Organisation"),
    "password": QT_TRANSLATE_NOOP("Fields", "Certificate password"),
    "valid_days": QT_TRANSLATE_NOOP("Fields", "Days valid"),
}

CODES: dict[str, str] = {
    # certificates
    "cert.wrong_password": QT_TRANSLATE_NOOP(
        "Messages", "The password does not open the certificate {path}."
    ),
    "cert.expired": QT_TRANSLATE_NOOP(
        "Messages",
        "The certificate {name} is valid from {not_before} to {not_after}, so it cannot sign "
        "today ({today}). Create or import a current certificate.",
    ),
    "cert.invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is not a PKCS#12 certificate (.p12 or .pfx) with a private key. Nothing was "
        "changed.",
    ),
    "cert.folder_not_writable": QT_TRANSLATE_NOOP(
        "Messages",
        "The certificate folder {path} is not writable; the certificate was not saved.",
    ),
    "cert.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The school has no signing certificate yet. Create or import one in Settings first.",
    ),
    "cert.no_password": QT_TRANSLATE_NOOP(
        "Messages",
        "No certificate password: set the environment variable {env} or run the command in a "
        "terminal to be asked for it.",
    ),
    # files
    "file.not_found": QT_TRANSLATE_NOOP("Messages", "The file {path} does not exist."),
    "file.unreadable": QT_TRANSLATE_NOOP("Messages", "The file {path} cannot be read ({error})."),
    "pdf.not_a_pdf": QT_TRANSLATE_NOOP("Messages", "{path} is not a PDF file. Nothing was signed."),
    "pdf.encrypted": QT_TRANSLATE_NOOP(
        "Messages", "{path} is password-protected; save an unprotected copy and try again."
    ),
    "pdf.damaged": QT_TRANSLATE_NOOP(
        "Messages", "{path} is damaged and cannot be read as a PDF ({error})."
    ),
    "export.folder_not_writable": QT_TRANSLATE_NOOP(
        "Messages",
        "The folder {path} is not writable; choose another place for the signed file. "
        "Nothing was written.",
    ),
    # signing
    "sign.would_overwrite": QT_TRANSLATE_NOOP(
        "Messages",
        "The signed file would replace the original {path}; choose another name for it.",
    ),
    "sign.already_signed": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} already carries the school's signature ({field}). A changed agreement is a new "
        "version: generate it again and sign the new file.",
    ),
    "sign.refused": QT_TRANSLATE_NOOP("Messages", "{path} cannot be signed: {error}"),
    # verification problems (VerifyResult.problems)
    "sig.none": QT_TRANSLATE_NOOP("Messages", "The file carries no digital signature."),
    "sig.tampered": QT_TRANSLATE_NOOP(
        "Messages",
        "The file was changed after it was signed: the signed content no longer matches the "
        "signature. Do not rely on this copy.",
    ),
    "sig.changed_after_signing": QT_TRANSLATE_NOOP(
        "Messages",
        "Something was added to the file after it was signed, without a new signature. Do not "
        "rely on this copy; ask for the original signed file.",
    ),
    "sig.unknown_signer": QT_TRANSLATE_NOOP(
        "Messages",
        "The signature is intact, but the certificate of {signer} is not one of this school's "
        "known certificates.",
    ),
    "sig.cert_not_valid": QT_TRANSLATE_NOOP(
        "Messages",
        "The signature is intact and {signer} is a known certificate, but the certificate is not "
        "valid for signing today (expired, not yet valid, or not meant for signing).",
    ),
    "pdf.not_ours": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is not an agreement made by Jilin Apprentice (it carries no agreement number "
        "or version).",
    ),
    "agreement.missing_fields": QT_TRANSLATE_NOOP(
        "Messages",
        "The agreement cannot be generated: the record lacks what it must state ({fields}).",
    ),
    "agreement.closed": QT_TRANSLATE_NOOP(
        "Messages", "This agreement is {status}; signatures can no longer be added."
    ),
    "agreement.changed": QT_TRANSLATE_NOOP(
        "Messages",
        "The placement changed after this agreement was generated; generate a new version "
        "and sign that.",
    ),
    "agreement.not_fully_signed": QT_TRANSLATE_NOOP(
        "Messages", "Every party must sign before the school signs the final file."
    ),
    "agreement.not_found": QT_TRANSLATE_NOOP("Messages", "The agreement no longer exists."),
    "template.structure": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the clauses can be reworded, not added or removed (each covers an item "
        "REG-2021 Art 15 requires).",
    ),
    "template.unknown": QT_TRANSLATE_NOOP(
        "Messages", "{field}: the record has no value for {names}; check the spelling in braces."
    ),
    "template.removed": QT_TRANSLATE_NOOP(
        "Messages",
        "{field}: the agreement must still state {names} (REG-2021 Art 15); keep these "
        "placeholders.",
    ),
}
