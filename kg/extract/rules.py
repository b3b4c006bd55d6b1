"""The rules data as the extractor's modules import it: :mod:`kg.rules` (one loader, below
every layer that reads the rules, so that ``kg.records`` takes its event types from the
registry and the linking rules read their lists without loading spaCy)."""

from kg.rules import (
    FORMAT_VERSION,
    RulesError,
    all_names,
    lexicon,
    pattern_files,
    patterns,
    rules_dir,
    table,
)

__all__ = [
    "FORMAT_VERSION",
    "RulesError",
    "all_names",
    "lexicon",
    "pattern_files",
    "patterns",
    "rules_dir",
    "table",
]
