"""dealwatch: a sourced, cross-checked ledger of a negotiated exchange from news articles."""

__version__ = "0.1.0"
