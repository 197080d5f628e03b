import sys

# The guard matters: the model's child process imports this module again
# (multiprocessing's spawn) and must not start a second app.
if __name__ == "__main__":
    from app.main import main

    sys.exit(main())
