"""The local OpenAI-compatible API (`tramontane serve`, or switched on in Settings). No Qt.

Import its modules by name (app.server.api, .jobs, .keys): nothing is imported
here, so the window starts without the HTTP server it may never use.
"""
