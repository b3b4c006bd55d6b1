"""One exception tree for geokg; adapters translate library errors into it.

    KGError
     ├── InputError            bad article input (empty, binary, not text, too large)
     ├── ExtractionError       the extractor failed on a document
     ├── StoreError            the store could not be opened, read or written
     │    ├── StoreLockedError another process holds the on-disk store
     │    └── StoreBusy        too many callers are waiting for the store already
     ├── QueryError            a SPARQL query could not be run
     │    ├── QuerySyntaxError the query does not parse
     │    ├── QueryRefused     the query asks for something refused by policy (SERVICE, LOAD ...)
     │    └── QueryTimeout     the query ran past its time limit
     ├── NotFoundError         no such article, entity or event
     └── ValidationError       a graph does not conform to the SHACL shapes

Every store adapter (``kg.store``: embedded, remote, worker process) raises only these, so
a caller handles one tree whichever store it has. The API maps them to HTTP status codes
in one table (``api/errors.py``); the CLI prints ``str(exc)``.
"""


class KGError(Exception):
    """Base class of every error geokg raises on purpose."""


class InputError(KGError):
    pass


class ExtractionError(KGError):
    pass


class StoreError(KGError):
    pass


class StoreLockedError(StoreError):
    pass


class StoreBusy(StoreError):
    """Too many callers are already waiting for the store; try again shortly."""


class QueryError(KGError):
    pass


class QuerySyntaxError(QueryError):
    pass


class QueryRefused(QueryError):
    pass


class QueryTimeout(QueryError):
    pass


class NotFoundError(KGError):
    pass


class ValidationError(KGError):
    pass
