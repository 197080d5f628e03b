"""ModelLibrary: the library's parts, built once from the app's folders.

The app (or a script) makes one and hands it to whoever needs it; nothing
here is global. Its parts are safe to use from any thread (see each module).
"""

from __future__ import annotations

from pathlib import Path

from app.library.catalog import CatalogEntry, CatalogError, load_catalog
from app.library.downloads import Downloader
from app.library.hub import HubAccess, HubClient
from app.library.imports import Importer
from app.library.index import LibraryIndex
from app.library.local import ModelScanner
from app.library.tokens import TokenStore
from app.netguard import NetGuard
from app.paths import AppPaths, bundled_models_dir


class ModelLibrary:
    def __init__(self, paths: AppPaths, guard: NetGuard, shared_folders: list[Path] | None = None,
                 endpoint: str | None = None, tokens: TokenStore | None = None,
                 bundled_dir: Path | None = None, catalog_path: Path | None = None) -> None:
        self.paths = paths
        self.models_dir = paths.models
        self.index = LibraryIndex(paths.data / "library.json")
        self.scanner = ModelScanner(paths.models, bundled_dir or bundled_models_dir(),
                                    list(shared_folders or []), self.index)
        self.importer = Importer(paths.models, self.index, self.scanner)
        self.tokens = tokens or TokenStore()
        self.access = HubAccess(guard, endpoint)
        self.hub = HubClient(self.access, self.tokens.get)
        self.downloader = Downloader(self.hub, paths.models, self.index)
        self.catalog_error: CatalogError | None = None
        try:
            self.catalog: list[CatalogEntry] = load_catalog(catalog_path)
        except CatalogError as exc:
            self.catalog, self.catalog_error = [], exc

    def set_shared_folders(self, folders: list[Path]) -> None:
        self.scanner.shared_dirs = [Path(f) for f in folders]
