"""The organisation policy file: settings an administrator fixes for every user of a machine.

A policy is optional TOML installed read-only in the per-machine configuration folder
(``policy_location()``) or named with ``--policy FILE``; Harbour never writes it. Anything wrong
with it (unreadable, bad syntax, duplicate or unknown key, wrong type, out of range, unknown
region or language) gives one ``PolicyProblem`` per fault, naming the line, and the safest
settings instead of a crash. ``packaging/policy.example.toml`` documents every setting.
"""

from core.policy.model import MODES, Fault, Mode, Policy, PolicyProblem
from core.policy.reading import FILE_NAME, MAX_BYTES, load_policy, parse_policy, policy_location
from core.policy.schema import KEYS, SAFEST, SETTINGS, Setting

__all__ = [
    "FILE_NAME",
    "KEYS",
    "MAX_BYTES",
    "MODES",
    "SAFEST",
    "SETTINGS",
    "Fault",
    "Mode",
    "Policy",
    "PolicyProblem",
    "Setting",
    "load_policy",
    "parse_policy",
    "policy_location",
]
