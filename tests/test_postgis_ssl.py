"""#25 A PostGIS workspace over TLS: a real server listening on 127.0.0.1 with a self-signed certificate
(tests/pg_server.py, ssl=True). The workspace name's sslmode is honoured (require and verify-full encrypt; a
certificate that cannot be verified is refused with a clear error, never a traceback or a silent fallback), and a
QGIS saved connection set to 'require' connects encrypted."""
import subprocess

import pandas as pd
import pytest

from local_priority_targeting.core.errors import LptInputError
from local_priority_targeting.core.store import workspace as W


@pytest.fixture(scope="module")
def tls_server():
    from conftest import started_pg_server
    server = started_pg_server(ssl=True)
    server.new_database("tls")
    yield server
    server.stop()


def _name(server, host="127.0.0.1", **extra):
    keys = dict(host=host, port=server.port, dbname="tls", user="lpt_super", **extra)
    return " ".join(f"{k}={v}" for k, v in keys.items())


def _encrypted(store) -> bool:
    return bool(store.con.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()[0])


def test_sslmode_require_and_verify_full_encrypt_and_the_workspace_works(tls_server):
    rows = pd.DataFrame({"setup_id": ["S0001"], "status": ["open"], "area_codes": ['["E1"]']})
    with W.open_store(_name(tls_server, sslmode="require")) as st:
        assert _encrypted(st)
        st.append_rows("lpt_setups", rows)
    verified = _name(tls_server, host="localhost", sslmode="verify-full", sslrootcert=tls_server.cert)
    with W.open_store(verified) as st:
        assert _encrypted(st) and st.read_table("lpt_setups", ["setup_id"]).setup_id.tolist() == ["S0001"]
    with W.open_store(_name(tls_server, sslmode="disable")) as st:     # the name's own choice, not upgraded
        assert not _encrypted(st)


def test_a_certificate_that_cannot_be_verified_is_refused_clearly(tls_server, tmp_path):
    other = tmp_path / "other.crt"                   # a root that did not sign the server's certificate
    subprocess.run(["openssl", "req", "-new", "-x509", "-days", "1", "-nodes", "-subj", "/CN=other",
                    "-keyout", str(tmp_path / "other.key"), "-out", str(other)], check=True, capture_output=True)
    for name in (_name(tls_server, host="localhost", sslmode="verify-full", sslrootcert=other),
                 _name(tls_server, sslmode="verify-full", sslrootcert=tls_server.cert)):   # 127.0.0.1 is not
        with pytest.raises(LptInputError) as err:                                        # the certificate's name
            W.open_store(name).close()
        text = str(err.value)
        assert "certificate" in text.lower() and "Traceback" not in text and "tls" in text


def test_a_saved_qgis_connection_set_to_require_connects_encrypted(tls_server, lpt_plugin):
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry
    from local_priority_targeting.qgisio.connection import register
    register()
    meta = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(tls_server.port), "tls", "lpt_super", "", QgsDataSourceUri.SslRequire)
    meta.saveConnection(meta.createConnection(uri.uri(False), {"saveUsername": True}), "LPT tls")
    try:
        with W.open_store("pg:LPT tls") as st:
            assert _encrypted(st)
    finally:
        meta.deleteConnection("LPT tls")
