"""A PostgreSQL connection saved in QGIS (``pg:NAME`` as the WORKSPACE), resolved here - the QGIS side - into the
libpq parameters core connects with: host, port, database, user from the saved connection; the password only from
QGIS's authentication configuration (``authcfg``) or the saved connection itself, never typed into a parameter,
never logged.  Registered with core at the provider's load and when the dock opens a database workspace
(:func:`register`); core never imports QGIS.  Also the saved connections' names (the dock's picker) and the
QGIS layer source of a workspace table (the dock adds them to the map)."""
from typing import List, Optional

from qgis.PyQt.QtCore import QCoreApplication
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry

# QGIS's SSL modes in libpq's words (by the enum's names: a saved "require" must never become "prefer")
SSL = {QgsDataSourceUri.SslPrefer: "prefer", QgsDataSourceUri.SslDisable: "disable",
       QgsDataSourceUri.SslAllow: "allow", QgsDataSourceUri.SslRequire: "require",
       QgsDataSourceUri.SslVerifyCa: "verify-ca", QgsDataSourceUri.SslVerifyFull: "verify-full"}


def saved_connection(name: str) -> dict:
    from ..core.errors import LptInputError
    meta = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        conn = meta.findConnection(name) if meta is not None else None
    except Exception:                       # noqa: BLE001 - QgsProviderConnectionException: not saved
        conn = None
    if conn is None:
        raise LptInputError(QCoreApplication.translate("LptAlgorithm", "no PostgreSQL connection named '{0}' is saved "
                                                       "in QGIS").format(name), _connection(name),
                            QCoreApplication.translate("LptAlgorithm", "save it in the Browser (PostgreSQL > New "
                                                       "Connection), or name a service=NAME."))
    return _params(QgsDataSourceUri(conn.uri()), name)


def _connection(name: str) -> str:
    """Where the error is: the saved connection, named."""
    return QCoreApplication.translate("LptAlgorithm", "QGIS connection {0}").format(name)


def _params(uri: QgsDataSourceUri, name: str) -> dict:
    params = {"service": uri.service(), "host": uri.host(), "port": uri.port(), "dbname": uri.database(),
              "user": uri.username(), "password": uri.password()}
    if uri.sslMode() != QgsDataSourceUri.SslPrefer:                   # prefer: libpq's own default
        params["sslmode"] = SSL.get(uri.sslMode(), "require")           # an unknown mode: the safer side
    if uri.authConfigId():
        cfg = QgsAuthMethodConfig()
        loaded = QgsApplication.authManager().loadAuthenticationConfig(uri.authConfigId(), cfg, True)
        # PyQGIS answers (ok, config): a tuple is always true, so its first item says whether it was read
        ok = loaded[0] if isinstance(loaded, tuple) else bool(loaded)
        if isinstance(loaded, tuple) and len(loaded) > 1 and loaded[1] is not None:
            cfg = loaded[1]
        if not ok:
            from ..core.errors import LptInputError
            raise LptInputError(QCoreApplication.translate("LptAlgorithm", "the QGIS authentication configuration of "
                                                           "this connection cannot be read"), _connection(name),
                                QCoreApplication.translate("LptAlgorithm", "check it in Settings > Options > "
                                                           "Authentication (the master password may be needed)."))
        params["user"] = cfg.config("username") or params["user"]
        params["password"] = cfg.config("password") or params["password"]
    return {k: str(v) for k, v in params.items() if v}


def register() -> None:
    """Let core resolve ``pg:NAME`` workspaces through QGIS's saved connections (light: no psycopg)."""
    from ..core.store import postgis_conn
    postgis_conn.set_resolver(saved_connection)


def saved_names() -> List[str]:
    """The names of the PostgreSQL connections saved in QGIS (Browser > PostgreSQL), sorted."""
    meta = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        return sorted(meta.connections().keys()) if meta is not None else []
    except Exception:                       # noqa: BLE001 - QgsProviderConnectionException: none readable
        return []


def layer_source(workspace: str, table: str, geometry: Optional[str]) -> str:
    """The postgres provider's source of workspace ``table`` (schema ``lpt``, key ``fid``): a saved connection keeps
    its authentication configuration; a service or libpq name gives its own keys (never a password)."""
    from ..core.store.postgis_conn import QGIS_PREFIX, parse
    name = workspace.strip()
    if name.lower().startswith(QGIS_PREFIX):
        meta = QgsProviderRegistry.instance().providerMetadata("postgres")
        uri = QgsDataSourceUri(meta.findConnection(name[len(QGIS_PREFIX):].strip()).uri())
    else:
        p = parse(name)
        mode = {v: k for k, v in SSL.items()}.get(p.get("sslmode", "prefer"), QgsDataSourceUri.SslPrefer)
        uri = QgsDataSourceUri()
        if p.get("service"):
            uri.setConnection(p["service"], p.get("dbname", ""), p.get("user", ""), "", mode)
        else:
            uri.setConnection(p.get("host", ""), p.get("port", ""), p.get("dbname", ""), p.get("user", ""), "", mode)
    uri.setDataSource("lpt", table, geometry or "", "", "fid")
    return uri.uri(False)


def workspace_layer(workspace: str, table: str):
    """Workspace ``table`` as a QGIS layer: a GeoPackage's layer, or a PostGIS workspace's table (with its geometry
    column when the table has one)."""
    from qgis.core import QgsVectorLayer
    from ..core.store.postgis_conn import is_postgres
    if not is_postgres(workspace):
        return QgsVectorLayer(f"{workspace}|layername={table}", table, "ogr")
    from ..core.store.postgis_sql import GEOM
    from ..core.store.workspace import TABLES
    return QgsVectorLayer(layer_source(workspace, table, GEOM if TABLES.get(table) else None), table, "postgres")
