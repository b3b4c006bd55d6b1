"""Where the tests find data that does not live beside them.

- ``W3C``: the W3C SPARQL 1.1 test files the API tests load, copied into the repository
  (``tests/w3c``, under the W3C test-suite licence in ``tests/w3c/LICENSE.md``), so a clean
  clone runs them.
- ``SHARED``: the shared folder beside the repository (``../shared``: the evaluation articles,
  their gold records and the scorer). It is not part of a clone; tests that need it skip with
  a reason when it is missing. ``KG_SHARED_DIR`` overrides where it is looked for; set it to
  a path that does not exist to run the suite as a clean clone would (``.ci/run`` does).
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
W3C = ROOT / "tests" / "w3c"
SHARED = Path(os.environ.get("KG_SHARED_DIR") or ROOT.parent / "shared")
SHARED_MISSING = (
    f"the shared folder {SHARED} is not here (the eval data lives outside the repo; "
    "set KG_SHARED_DIR to find it elsewhere)"
)
