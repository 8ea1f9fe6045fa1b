"""The records' rules: reference data, validation, sharing, ids and the clock.

Pure Python: nothing here imports Qt or opens a database session.
"""
