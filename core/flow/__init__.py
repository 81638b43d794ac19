"""The step-by-step guide: flows as data (``model``, ``loader``), the registry of actions a step
may offer (``actions``), the walker with its back stack (``state``) and the validator
(``check``, run as ``python -m core.flow.check``)."""
