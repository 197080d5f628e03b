"""The bundled app's entry point (PyInstaller runs this file as __main__).

The model's child process starts through this same executable;
app.main.main() calls multiprocessing.freeze_support() first, which turns
such a start into the child and never opens a second window.
"""

import sys

if __name__ == "__main__":
    from app.main import main

    sys.exit(main())
