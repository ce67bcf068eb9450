"""The ground the device and the hub both stand on, with no database and no Qt.

``schema`` (what each synced table holds), ``validation`` (cleaning a value for a field), ``clock``
(hybrid logical clock stamps and ``utcnow``), ``protocol`` (the wire format and the entry hash),
``columns`` (column sets both databases declare) and ``seed`` (the bundled records). Importing any of
them loads neither ``core.db`` nor ``core.services``: the hub imports these and nothing of the
desktop's data layer (tests/sync/test_hub_imports.py holds that).
"""
