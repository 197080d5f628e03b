"""The model library's errors, as codes and facts (app/errors.py).

str(error) is the English sentence; the UI words the same code in the
user's language (app/ui/sentences.py). Every subclass shares LibraryError's
templates. Any thread.
"""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP, AppError


class LibraryError(AppError):
    """Something a user can cause or meet (a bad file, a full disk, the hub)."""

    templates = {
        # the hub
        "offline_only": QT_TRANSLATE_NOOP(
            "Errors", "Tramontane is set to work offline only; downloads are turned off in Settings."),
        "offline": QT_TRANSLATE_NOOP("Errors", "Tramontane is working offline, so the hub was not contacted."),
        "gated": QT_TRANSLATE_NOOP(
            "Errors", "{repo} is gated: its makers ask you to accept their terms on the hub's website, then to give "
                      "Tramontane an access token."),
        "gated_any": QT_TRANSLATE_NOOP(
            "Errors", "This model is gated: its makers ask you to accept their terms on the hub's website, then to "
                      "give Tramontane an access token."),
        "private": QT_TRANSLATE_NOOP("Errors", "{repo} was not found, or it is private and needs an access token."),
        "private_any": QT_TRANSLATE_NOOP(
            "Errors", "This model was not found, or it is private and needs an access token."),
        "repo_not_found": QT_TRANSLATE_NOOP("Errors", "{repo} was not found on the hub."),
        "repo_not_found_any": QT_TRANSLATE_NOOP("Errors", "This model was not found on the hub."),
        "file_not_found_any": QT_TRANSLATE_NOOP("Errors", "The file was not found on the hub."),
        "revision_gone": QT_TRANSLATE_NOOP("Errors", "This version of {repo} is no longer on the hub."),
        "revision_gone_any": QT_TRANSLATE_NOOP("Errors", "This version of the model is no longer on the hub."),
        "file_gone": QT_TRANSLATE_NOOP(
            "Errors", "The file is no longer on the hub (it may have been renamed or removed)."),
        "refused": QT_TRANSLATE_NOOP(
            "Errors", "The hub refused access to {repo}; an access token with read permission is needed."),
        "refused_any": QT_TRANSLATE_NOOP(
            "Errors", "The hub refused access; an access token with read permission is needed."),
        "too_many_requests": QT_TRANSLATE_NOOP(
            "Errors", "The hub is receiving too many requests; try again in a few minutes."),
        "hub_trouble": QT_TRANSLATE_NOOP("Errors", "The hub is having trouble (error {status}); try again later."),
        "hub_status": QT_TRANSLATE_NOOP("Errors", "The hub answered with error {status}."),
        "timeout": QT_TRANSLATE_NOOP(
            "Errors", "The model hub did not answer in time; check the connection and try again."),
        "unreachable": QT_TRANSLATE_NOOP(
            "Errors", "The model hub could not be reached; check the internet connection."),
        "broke_off": QT_TRANSLATE_NOOP("Errors", "The connection to the hub broke off; try again."),
        "no_details": QT_TRANSLATE_NOOP(
            "Errors", "The hub's answer lacked the details needed to check the file; try again later."),
        "hub_failed": QT_TRANSLATE_NOOP("Errors", "The hub could not be used ({detail})."),
        # downloads
        "catalog_mismatch": QT_TRANSLATE_NOOP(
            "Errors", "The file on the hub is not the one Tramontane's catalog describes (its checksum differs), so "
                      "{title} was not downloaded."),
        "no_checksum": QT_TRANSLATE_NOOP(
            "Errors", "The hub does not publish a checksum for this file, so Tramontane cannot check it and did not "
                      "download it."),
        "no_space_download": QT_TRANSLATE_NOOP(
            "Errors", "There is not enough free disk space: {title} needs {needed} more and the disk has {free} free."),
        "checksum_failed": QT_TRANSLATE_NOOP(
            "Errors", "The downloaded file for {title} did not match its published checksum, so it was deleted. Try "
                      "again; if it happens again, the file on the hub may be damaged."),
        "download_unusable": QT_TRANSLATE_NOOP(
            "Errors", "The downloaded file is not a usable model ({reason}); it was deleted."),
        "download_names_taken": QT_TRANSLATE_NOOP(
            "Errors", "A model with these file names is already in your models folder; the download is kept until "
                      "that one is removed."),
        "download_disk_full": QT_TRANSLATE_NOOP(
            "Errors", "The disk is full. The part downloaded so far is kept: free some space, then press Resume."),
        "ended_early": QT_TRANSLATE_NOOP(
            "Errors", "The download ended early; the part downloaded so far is kept. Press Resume to go on."),
        "download_not_saved": QT_TRANSLATE_NOOP(
            "Errors", "The download could not be saved ({reason}); the part downloaded so far is kept."),
        "hub_kept": QT_TRANSLATE_NOOP("Errors", "{reason} The part downloaded so far is kept."),
        "broke_off_kept": QT_TRANSLATE_NOOP(
            "Errors", "The connection to the hub broke off. The part downloaded so far is kept: press Resume to go "
                      "on."),
        "stopped": QT_TRANSLATE_NOOP("Errors", "The download was stopped."),
        # names from the hub (UnsafeName)
        "no_usable_name": QT_TRANSLATE_NOOP(
            "Errors", "The hub offered a file without a usable name, so it was refused."),
        "unsafe_name": QT_TRANSLATE_NOOP(
            "Errors", "The hub offered a file with an unsafe name ({name}), so it was refused."),
        "not_gguf_name": QT_TRANSLATE_NOOP("Errors", "The file {name} is not a GGUF model file, so it was refused."),
        "bad_repo_name": QT_TRANSLATE_NOOP("Errors", "{name} is not a valid model repository name."),
        "no_file_named": QT_TRANSLATE_NOOP("Errors", "The download names no file."),
        # the catalog (CatalogError)
        "catalog_entry_damaged": QT_TRANSLATE_NOOP("Errors", "The model catalog has a damaged entry ({detail})."),
        "catalog_bad_checksum": QT_TRANSLATE_NOOP(
            "Errors", "The model catalog's checksum for {name} is not a SHA-256."),
        "catalog_bad_size": QT_TRANSLATE_NOOP(
            "Errors", "The model catalog's size for {name} is not a number of bytes."),
        "catalog_missing": QT_TRANSLATE_NOOP(
            "Errors", "The model catalog could not be found; reinstalling Tramontane restores it."),
        "catalog_damaged": QT_TRANSLATE_NOOP(
            "Errors", "The model catalog is damaged; reinstalling Tramontane restores it."),
        "catalog_version": QT_TRANSLATE_NOOP("Errors", "The model catalog is from another version of Tramontane."),
        "catalog_twice": QT_TRANSLATE_NOOP("Errors", "The model catalog lists a model twice."),
        # models on this computer
        "cannot_use": QT_TRANSLATE_NOOP("Errors", "{name} cannot be used: {reason}"),
        "file_missing": QT_TRANSLATE_NOOP("Errors", "{name} could not be found."),
        "no_space_copy": QT_TRANSLATE_NOOP(
            "Errors", "There is not enough free disk space to copy this model: it needs {needed} and the disk has "
                      "{free} free."),
        "names_taken": QT_TRANSLATE_NOOP("Errors", "A model with these file names is already in your models folder."),
        "copy_disk_full": QT_TRANSLATE_NOOP(
            "Errors", "The disk became full while copying the model; nothing was added."),
        "not_copied": QT_TRANSLATE_NOOP("Errors", "The model could not be copied ({reason}); nothing was added."),
        "copy_cancelled": QT_TRANSLATE_NOOP("Errors", "The copy was cancelled."),
        "not_managed": QT_TRANSLATE_NOOP(
            "Errors", "{name} is in a folder Tramontane does not manage, so it was not deleted."),
        "not_deleted": QT_TRANSLATE_NOOP("Errors", "{name} could not be deleted ({reason})."),
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
