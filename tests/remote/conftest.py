"""A real company server for the tests: llama.cpp's own llama-server with the starter model.

scripts/build_llama_server.py builds it once (`make test` runs it first;
here it is built if missing). Each server listens on 127.0.0.1 on a free
port; TLS servers get certificates made here with `cryptography`: a test
certificate authority, a certificate it signs, a self-signed one, an
expired one and one for another host name.
"""

from __future__ import annotations

import datetime
import ipaddress
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx2
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.ui.settings.conftest import make_app  # noqa: F401  (the whole App, for the GUI tests)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_llama_server  # noqa: E402

ALIAS = "starter"          # the model id the server lists


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LlamaServer:
    """One llama-server process; .base is its API's address (".../v1")."""

    def __init__(self, binary: Path, model: Path, api_key: str | None = None,
                 tls: tuple[Path, Path] | None = None) -> None:
        self.port = free_port()
        scheme = "https" if tls else "http"
        self.base = f"{scheme}://127.0.0.1:{self.port}/v1"
        args = [str(binary), "-m", str(model), "--alias", ALIAS, "--host", "127.0.0.1", "--port", str(self.port),
                "-c", "2048", "-t", "1", "-np", "1"]
        if api_key:
            args += ["--api-key", api_key]
        if tls:
            args += ["--ssl-key-file", str(tls[0]), "--ssl-cert-file", str(tls[1])]
        self.log = tempfile.NamedTemporaryFile(prefix="llama-server-", suffix=".log", delete=False)
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT)
        self._wait_ready(tls is not None)

    def _wait_ready(self, tls: bool) -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"llama-server ended at start (exit {self.proc.returncode})")
            try:
                answer = httpx2.get(f"{self.base[:-3]}/health", verify=False, timeout=2)
                if answer.status_code == 200:
                    return
            except httpx2.HTTPError:
                pass
            time.sleep(0.2)         # a process starting: nothing to wait on but its port
        raise RuntimeError("llama-server did not become ready")

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(30)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()
        self.log.close()
        Path(self.log.name).unlink(missing_ok=True)


@pytest.fixture(scope="session")
def server_binary() -> Path:
    found = build_llama_server.server_binary()
    return found if found is not None else build_llama_server.build(quiet=True)


@pytest.fixture(scope="session")
def llama_server(server_binary, starter_model):
    """A plain server (no key) shared by the tests that only talk to it."""
    server = LlamaServer(server_binary, starter_model)
    yield server
    server.stop()


@pytest.fixture
def own_server(server_binary, starter_model):
    """make(**options): a server of this test's own (to kill, to key, to wrap in TLS)."""
    made = []

    def make(**options) -> LlamaServer:
        server = LlamaServer(server_binary, starter_model, **options)
        made.append(server)
        return server

    yield make
    for server in made:
        server.stop()


# -- certificates --------------------------------------------------------------------------------

class Certificates:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.ca_key = ec.generate_private_key(ec.SECP256R1())
        self.ca = self._cert("Tramontane Test CA", self.ca_key, self.ca_key, None, ca=True)
        self.ca_file = self._write("ca.pem", self.ca)

    def _cert(self, name, key, signer_key, issuer, *, ca=False, hosts=(), days=(-1, 30)):
        now = datetime.datetime.now(datetime.UTC)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        builder = (x509.CertificateBuilder().subject_name(subject)
                   .issuer_name(issuer.subject if issuer is not None else subject)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now + datetime.timedelta(days=days[0]))
                   .not_valid_after(now + datetime.timedelta(days=days[1]))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if ca:
            builder = builder.add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                                            critical=True)
        if hosts:
            names = [x509.IPAddress(ipaddress.ip_address(h)) if h[0].isdigit() else x509.DNSName(h) for h in hosts]
            builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        return builder.sign(signer_key, hashes.SHA256())

    def _write(self, name: str, cert) -> Path:
        path = self.folder / name
        path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        return path

    def server(self, name: str, *, signed: bool = True, hosts=("127.0.0.1",), days=(-1, 30)) -> tuple[Path, Path]:
        """(key file, certificate file) for a server."""
        key = ec.generate_private_key(ec.SECP256R1())
        cert = self._cert("127.0.0.1", key, self.ca_key if signed else key, self.ca if signed else None,
                          hosts=hosts, days=days)
        key_file = self.folder / f"{name}.key"
        key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        return key_file, self._write(f"{name}.pem", cert)


@pytest.fixture
def certificates(tmp_path) -> Certificates:
    folder = tmp_path / "certs"
    folder.mkdir()
    return Certificates(folder)


@pytest.fixture
def trusted_ca(certificates, monkeypatch) -> Certificates:
    """The test authority added to this process's trust store: OpenSSL reads SSL_CERT_FILE
    (Linux's trust store as truststore uses it)."""
    if sys.platform != "linux":
        pytest.skip("adding an authority to the system trust store is done by hand on this system")
    monkeypatch.setenv("SSL_CERT_FILE", str(certificates.ca_file))
    return certificates
