"""The model library's errors, as codes and facts (app/errors.py).

str(error) is the English sentence; the UI words the same code in the
user's language (app/ui/sentences.py). Every subclass shares LibraryError's
templates. Any thread.
"""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP, AppError

_T = QT_TRANSLATE_NOOP


class LibraryError(AppError):
    """Something a user can cause or meet (a bad file, a full disk, the hub)."""

    templates = {
        # the hub
        "offline_only": _T("Errors", "Tramontane is set to work offline only; downloads are turned off in "
                                     "Settings."),
        "offline": _T("Errors", "Tramontane is working offline, so the hub was not contacted."),
        "gated": _T("Errors", "{repo} is gated: its makers ask you to accept their terms on the hub's website, "
                              "then to give Tramontane an access token."),
        "gated_any": _T("Errors", "This model is gated: its makers ask you to accept their terms on the hub's "
                                  "website, then to give Tramontane an access token."),
        "private": _T("Errors", "{repo} was not found, or it is private and needs an access token."),
        "private_any": _T("Errors", "This model was not found, or it is private and needs an access token."),
        "repo_not_found": _T("Errors", "{repo} was not found on the hub."),
        "repo_not_found_any": _T("Errors", "This model was not found on the hub."),
        "file_not_found_any": _T("Errors", "The file was not found on the hub."),
        "revision_gone": _T("Errors", "This version of {repo} is no longer on the hub."),
        "revision_gone_any": _T("Errors", "This version of the model is no longer on the hub."),
        "file_gone": _T("Errors", "The file is no longer on the hub (it may have been renamed or removed)."),
        "refused": _T("Errors", "The hub refused access to {repo}; an access token with read permission is "
                                "needed."),
        "refused_any": _T("Errors", "The hub refused access; an access token with read permission is needed."),
        "too_many_requests": _T("Errors", "The hub is receiving too many requests; try again in a few minutes."),
        "hub_trouble": _T("Errors", "The hub is having trouble (error {status}); try again later."),
        "hub_status": _T("Errors", "The hub answered with error {status}."),
        "timeout": _T("Errors", "The model hub did not answer in time; check the connection and try again."),
        "unreachable": _T("Errors", "The model hub could not be reached; check the internet connection."),
        "broke_off": _T("Errors", "The connection to the hub broke off; try again."),
        "no_details": _T("Errors", "The hub's answer lacked the details needed to check the file; try again "
                                   "later."),
        "hub_failed": _T("Errors", "The hub could not be used ({detail})."),
        # downloads
        "catalog_mismatch": _T("Errors", "The file on the hub is not the one Tramontane's catalog describes (its "
                                         "checksum differs), so {title} was not downloaded."),
        "no_checksum": _T("Errors", "The hub does not publish a checksum for this file, so Tramontane cannot "
                                    "check it and did not download it."),
        "no_space_download": _T("Errors", "There is not enough free disk space: {title} needs {needed} more and "
                                          "the disk has {free} free."),
        "checksum_failed": _T("Errors", "The downloaded file for {title} did not match its published checksum, "
                                        "so it was deleted. Try again; if it happens again, the file on the hub "
                                        "may be damaged."),
        "download_unusable": _T("Errors", "The downloaded file is not a usable model ({reason}); it was deleted."),
        "download_names_taken": _T("Errors", "A model with these file names is already in your models folder; "
                                             "the download is kept until that one is removed."),
        "download_disk_full": _T("Errors", "The disk is full. The part downloaded so far is kept: free some "
                                           "space, then press Resume."),
        "ended_early": _T("Errors", "The download ended early; the part downloaded so far is kept. Press Resume "
                                    "to go on."),
        "download_not_saved": _T("Errors", "The download could not be saved ({reason}); the part downloaded so "
                                           "far is kept."),
        "hub_kept": _T("Errors", "{reason} The part downloaded so far is kept."),
        "broke_off_kept": _T("Errors", "The connection to the hub broke off. The part downloaded so far is "
                                       "kept: press Resume to go on."),
        "stopped": _T("Errors", "The download was stopped."),
        # names from the hub (UnsafeName)
        "no_usable_name": _T("Errors", "The hub offered a file without a usable name, so it was refused."),
        "unsafe_name": _T("Errors", "The hub offered a file with an unsafe name ({name}), so it was refused."),
        "not_gguf_name": _T("Errors", "The file {name} is not a GGUF model file, so it was refused."),
        "bad_repo_name": _T("Errors", "{name} is not a valid model repository name."),
        "no_file_named": _T("Errors", "The download names no file."),
        # the catalog (CatalogError)
        "catalog_entry_damaged": _T("Errors", "The model catalog has a damaged entry ({detail})."),
        "catalog_bad_checksum": _T("Errors", "The model catalog's checksum for {name} is not a SHA-256."),
        "catalog_bad_size": _T("Errors", "The model catalog's size for {name} is not a number of bytes."),
        "catalog_missing": _T("Errors", "The model catalog could not be found; reinstalling Tramontane restores "
                                        "it."),
        "catalog_damaged": _T("Errors", "The model catalog is damaged; reinstalling Tramontane restores it."),
        "catalog_version": _T("Errors", "The model catalog is from another version of Tramontane."),
        "catalog_twice": _T("Errors", "The model catalog lists a model twice."),
        # models on this computer
        "cannot_use": _T("Errors", "{name} cannot be used: {reason}"),
        "file_missing": _T("Errors", "{name} could not be found."),
        "no_space_copy": _T("Errors", "There is not enough free disk space to copy this model: it needs "
                                      "{needed} and the disk has {free} free."),
        "names_taken": _T("Errors", "A model with these file names is already in your models folder."),
        "copy_disk_full": _T("Errors", "The disk became full while copying the model; nothing was added."),
        "not_copied": _T("Errors", "The model could not be copied ({reason}); nothing was added."),
        "copy_cancelled": _T("Errors", "The copy was cancelled."),
        "not_managed": _T("Errors", "{name} is in a folder Tramontane does not manage, so it was not deleted."),
        "not_deleted": _T("Errors", "{name} could not be deleted ({reason})."),
    }


class HubError(LibraryError):
    """The hub could not answer: offline, not found, refused, down."""


class TokenRequired(HubError):
    """The repository is gated or private: a hub access token is needed (or the one given was refused)."""

    def __init__(self, code: str, repo_id: str = "", **params: object) -> None:
        super().__init__(code, repo_id=repo_id, **params)
        self.repo_id = repo_id


class DownloadError(LibraryError):
    """A download that stopped; the part downloaded so far is kept unless the sentence says otherwise."""


class Cancelled(LibraryError):
    """The user paused or cancelled; not shown as an error."""


def os_reason(exc: OSError) -> str:
    """The system's own words for a failed file operation, as a fact ("no space left on device")."""
    return (exc.strerror or "an input/output error").lower()
