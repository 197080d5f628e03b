"""Documents: files to passages, embeddings and hybrid search, kept encrypted in
the store (app/store/documents.py). No Qt; the reading runs on worker threads,
the search on the engine thread just before a reply."""
