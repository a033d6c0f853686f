"""The school's X.509 certificate as data: build a self-signed one, fingerprint it, describe it.

Split from signing.py, which keeps the service and every error code it raises. cryptography is
imported inside the functions (see signing.py: start-up should not pay for it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from jilin_apprentice.services.signing_dto import CertInfo


def fingerprint(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def x509_name_part(cert: Any, oid: Any) -> str:
    values = cert.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def cert_info(cert: Any, today: dt.date, is_current: bool = False) -> CertInfo:
    """What the screens show of a cryptography certificate; days left counted from `today`."""
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import NameOID

    not_after = cert.not_valid_after_utc
    return CertInfo(
        common_name=x509_name_part(cert, NameOID.COMMON_NAME),
        organisation=x509_name_part(cert, NameOID.ORGANIZATION_NAME),
        fingerprint=fingerprint(cert.public_bytes(Encoding.DER)),
        not_before=cert.not_valid_before_utc,
        not_after=not_after,
        days_left=(not_after.date() - today).days,
        is_current=is_current,
    )


def build_self_signed_p12(
    common_name: str,
    organisation: str,
    password: str,
    not_before: dt.datetime,
    not_after: dt.datetime,
) -> tuple[bytes, Any]:
    """RSA-2048 self-signed certificate for document signing, as password-protected PKCS#12.

    Self-signed because a school has no CA on a rural campus without internet; partners trust it
    by its fingerprint. Returns (p12 bytes, cryptography certificate).
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    parts = {"C": "CN", "O": organisation, "CN": common_name}
    oids = {"C": NameOID.COUNTRY_NAME, "O": NameOID.ORGANIZATION_NAME, "CN": NameOID.COMMON_NAME}
    name = x509.Name([x509.NameAttribute(oids[key], value) for key, value in parts.items()])
    # digitalSignature, nonRepudiation (what pyHanko and Adobe expect on a signer), keyCertSign
    usage = x509.KeyUsage(True, True, False, False, False, True, False, False, False)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    encryption = serialization.BestAvailableEncryption(password.encode("utf-8"))
    p12 = pkcs12.serialize_key_and_certificates(b"school", key, cert, None, encryption)
    return p12, cert
