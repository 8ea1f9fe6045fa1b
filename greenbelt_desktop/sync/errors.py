"""The refusal every sync operation raises: one line a focal point understands."""

from __future__ import annotations

from greenbelt_desktop.store.records import StoreError


class BundleRefused(StoreError):
    """The bundle (or key card) was refused whole; the database was not touched."""


class KeyProblem(StoreError):
    """A problem with this installation's keys (missing, wrong passphrase, bad card)."""


__all__ = ["BundleRefused", "KeyProblem"]
