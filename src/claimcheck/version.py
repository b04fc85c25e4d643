"""The version of claimcheck, written once (pyproject.toml reads it from here).

Reading it from the installed metadata instead would cost every start-up a few tens of ms.
"""

__version__ = "0.1.0"
