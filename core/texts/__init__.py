"""Ready-to-send texts from the diary, and the words for preparing family and friends.

- ``core.texts.facts``: ``gather_facts(conn, case_id, under_18=...)`` reads what a text may say.
- ``core.texts.platform``: ``platform_text(facts, platform_id, catalog)``, a report for a
  platform's moderators; ``platform_ids()`` lists what it can be written for.
- ``core.texts.payments``: ``payment_text(facts, service, catalog)``, a stop-or-recall request
  for one of ``core.texts.matching.PAYMENT_SERVICES``.
- ``core.texts.family``: guidance, message drafts and the part for the person told (no diary).

Texts are plain text. Every sentence comes from the language's ``texts.toml`` or
``family.toml``; what the diary lacks is a gap in square brackets for the person to fill,
never a guess. Import the submodules directly: ``family`` does not load the diary's libraries.
"""
