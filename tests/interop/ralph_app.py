"""Runs Ralph's LRS (its own API and xAPI validation) with the file-system backend appending statements.

Ralph 5.1's file-system LRS backend writes each request with the "create" operation, so only the first
request's statements could be stored in its one file; appending lets it keep receiving, as its database
backends do. Used by `tests/interop/ralph.py`: ``python -m tests.interop.ralph_app <port>``.
"""

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

if __name__ == "__main__":
    uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
