"""Green Belt Desktop: the offline application of the SCO "Green Belt" Programme.

Layers (imports flow one way, checked by import-linter in the test command):
``gui``/``cli`` → ``sync``/``documents`` → ``store`` → ``domain``.
"""

__version__ = "0.1.0"
