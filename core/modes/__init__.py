"""Helpline and school modes: numbered cases, call stages and handover, the safeguarding lead's
recorded decisions, chronology export, and purging with a record left behind.

- ``casefile``: case numbers, stage, next steps, confidentiality explained, risk flags, region.
- ``events``: timed, signed events and notes with who wrote them.
- ``walks``: a flow (the guide, the school steps) walked per case, saved in the vault.
- ``helpline``: call stages and the handover summary.
- ``find``: the case list and search across every case.
- ``chronology`` / ``export``: a case's chronology and its CSV.
- ``purge``: purging a case (retention, or confirmed by a school) and the purge record.
- ``staff``: one vault per staff member, and the checks of the set-up (see its docstring).

Plain functions that take the vault's connection, like ``core.diary``; each write is one
transaction. Nothing here holds English for users: content keys turn ids into words.
"""
