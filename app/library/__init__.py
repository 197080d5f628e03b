"""The model library (no Qt): models on this computer, the catalog, the hub, downloads.

    local.py       scan the model folders (ModelScanner, LocalModel); display names
    imports.py     import a GGUF (copy or use in place), delete a model
    catalog.py     the curated catalog (resources/catalog.json), ranked for this computer
    fit.py         fit verdicts from real hardware (Hardware, advise)
    hub.py         HubAccess (the network gate for huggingface_hub), HubClient: search, files
    downloads.py   Downloader: resumable, checked downloads; download_queue.py: DownloadQueue
    tokens.py      the hub token in the OS keychain
    describe.py    sizes, quantizations and licences in plain words
    library.py     ModelLibrary: all of the above, built from the app's folders

Submodules are imported where they are used, so that importing the names
helpers (local.py) does not load huggingface_hub.
"""
