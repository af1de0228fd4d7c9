"""Encrypted backup files: a passphrase, scrypt, and AES-256-GCM over the file in chunks.

Layout (all integers big-endian)::

    header  MAGIC (8) | version (1) | log2 N, r, p of scrypt, reserved (1 each) | salt (16)
            | nonce prefix (8) | chunk size (4)
    chunks  final flag (1) | ciphertext length (4) | ciphertext with its 16-byte GCM tag

Chunk ``i`` is sealed with the nonce ``prefix || i`` (4 bytes) and the associated data
``header || i || final flag``: a chunk moved, dropped, repeated or taken from another file fails its
tag, and a file cut short lacks its final chunk. The file is read and written one chunk at a time,
so a large database never has to fit in memory. Output goes to a temporary file renamed into place
only when every chunk was authenticated: a wrong passphrase or a tampered file leaves nothing behind.
"""

from __future__ import annotations

import os
import struct
import tempfile
from pathlib import Path
from typing import BinaryIO

from gridgov_desktop.db.backup_texts import BackupError

MAGIC = b"GGBACKUP"
FORMAT_VERSION = 1
ENCRYPTED_SUFFIX = ".enc"
PASSPHRASE_ENV = "GRIDGOV_BACKUP_PASSPHRASE"
CHUNK_SIZE = 1 << 20
# scrypt N=2^15, r=8, p=1: 32 MiB and ~0.1 s per derivation — costly for guessing, quick for a user.
_SCRYPT = (15, 8, 1)
_HEADER = struct.Struct(">8sBBBBB16s8sI")
_CHUNK_HEAD = struct.Struct(">BI")
_TAG_SIZE = 16
_MAX_CHUNK = 64 << 20


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` starts like one of our encrypted files."""
    with path.open("rb") as file:
        return file.read(len(MAGIC)) == MAGIC


def _key(passphrase: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=1 << log_n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Write ``source`` encrypted under ``passphrase`` to ``target`` (atomically)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    log_n, r, p = _SCRYPT
    salt, prefix = os.urandom(16), os.urandom(8)
    header = _HEADER.pack(MAGIC, FORMAT_VERSION, log_n, r, p, 0, salt, prefix, CHUNK_SIZE)
    cipher = AESGCM(_key(passphrase, salt, log_n, r, p))
    with source.open("rb") as plain, _AtomicOutput(target) as out:
        out.write(header)
        index = 0
        chunk = plain.read(CHUNK_SIZE)
        while True:
            following = plain.read(CHUNK_SIZE)
            final = 0 if following else 1
            sealed = cipher.encrypt(_nonce(prefix, index), chunk, _aad(header, index, final))
            out.write(_CHUNK_HEAD.pack(final, len(sealed)))
            out.write(sealed)
            if final:
                break
            chunk, index = following, index + 1


def decrypt_file(source: Path, target: Path, passphrase: str) -> None:
    """Write ``source`` decrypted to ``target``, or raise ``BackupError`` and write nothing."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    name = str(source)
    with source.open("rb") as sealed_file:
        header = sealed_file.read(_HEADER.size)
        if len(header) < _HEADER.size or not header.startswith(MAGIC):
            raise BackupError("wrong_passphrase", path=name)
        _magic, version, log_n, r, p, _spare, salt, prefix, _chunk = _HEADER.unpack(header)
        if version != FORMAT_VERSION:
            raise BackupError("unknown_format", path=name, version=version)
        if not (10 <= log_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
            raise BackupError("wrong_passphrase", path=name)
        cipher = AESGCM(_key(passphrase, salt, log_n, r, p))
        with _AtomicOutput(target) as out:
            index = 0
            while True:
                head = sealed_file.read(_CHUNK_HEAD.size)
                if len(head) < _CHUNK_HEAD.size:
                    raise BackupError("wrong_passphrase", path=name)  # cut short
                final, length = _CHUNK_HEAD.unpack(head)
                if final not in (0, 1) or not _TAG_SIZE <= length <= _MAX_CHUNK:
                    raise BackupError("wrong_passphrase", path=name)
                sealed = sealed_file.read(length)
                try:
                    out.write(cipher.decrypt(_nonce(prefix, index), sealed, _aad(header, index, final)))
                except InvalidTag:
                    raise BackupError("wrong_passphrase", path=name) from None
                if final:
                    break
                index += 1
            if sealed_file.read(1):
                raise BackupError("wrong_passphrase", path=name)  # something appended


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _aad(header: bytes, index: int, final: int) -> bytes:
    return header + struct.pack(">QB", index, final)


class _AtomicOutput:
    """A temporary file beside ``target``, renamed onto it on success and removed on failure."""

    def __init__(self, target: Path) -> None:
        self._target = target
        self._temporary: Path | None = None
        self._file: BinaryIO | None = None

    def __enter__(self) -> BinaryIO:
        handle, name = tempfile.mkstemp(prefix=".gridgov-", suffix=".part", dir=self._target.parent)
        self._temporary = Path(name)
        self._file = os.fdopen(handle, "wb")
        return self._file

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        assert self._file is not None and self._temporary is not None
        try:
            if kind is None:
                self._file.flush()
                os.fsync(self._file.fileno())
            self._file.close()
            if kind is None:
                os.replace(self._temporary, self._target)
        finally:
            self._temporary.unlink(missing_ok=True)
