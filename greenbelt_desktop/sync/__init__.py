"""Signed exchange bundles: keys, the JWS envelope, export, import, consolidation."""
