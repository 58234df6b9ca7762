"""The error catalogue: domain errors with stable codes and messages that say what to do."""

from __future__ import annotations


class DealwatchError(Exception):
    """Base of every error dealwatch raises on purpose; ``str()`` is one line for the user."""

    code = "DW000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"


class InputError(DealwatchError):
    """An input file cannot be used; it is rejected and the batch goes on."""

    code = "DW100"


class NotFound(InputError):
    code = "DW101"


class Unreadable(InputError):
    code = "DW102"


class BinaryFile(InputError):
    code = "DW103"


class EmptyInput(InputError):
    code = "DW104"


class TooLarge(InputError):
    code = "DW105"


class BadEncoding(InputError):
    code = "DW106"


class Malformed(InputError):
    code = "DW107"


class UnsupportedFormat(InputError):
    code = "DW108"


class ExtractionFailed(InputError):
    """The article was read but the extractor failed on it; it is skipped, the batch goes on."""

    code = "DW109"


class NetworkAttempt(InputError):
    """Reading the article tried to open a network connection; reading never fetches, so the
    article is rejected (a library was handed a URL where it expected a document)."""

    code = "DW110"


class ReadFailed(InputError):
    """Reading or cleaning the article failed in an unforeseen way (a bug): it is rejected
    with the exception named, and the batch goes on."""

    code = "DW111"


class TooLong(InputError):
    """The article's text is longer than the spaCy pipeline takes (``nlp.max_length``), or
    has more words and marks than it reads well within the per-article budget."""

    code = "DW112"


class Unstorable(InputError):
    """The store refused one article that was read and extracted, while it takes the others
    (a value it cannot hold); the article is rejected, the batch goes on."""

    code = "DW113"


class OverBudget(InputError):
    """Reading, cleaning or extracting the article took longer than the per-article budget
    (``--article-budget``); it is rejected so one article never stalls a batch or an upload."""

    code = "DW114"


class NotProse(InputError):
    """The article's text is not prose: runs of punctuation, symbols or digits with no
    sentence beside them. Such a text would cost spaCy a token per character."""

    code = "DW115"


class StoreError(DealwatchError):
    """The database cannot be opened or written; nothing already stored is changed."""

    code = "DW200"


class ModelError(DealwatchError):
    """The spaCy pipeline named in the settings cannot be loaded."""

    code = "DW300"


class UsageError(DealwatchError):
    code = "DW400"


class SparkError(DealwatchError):
    """Spark cannot run the job (PySpark or Java missing, unreadable input or output)."""

    code = "DW500"
