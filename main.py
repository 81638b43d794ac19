"""Harbour: an offline companion for people being blackmailed with intimate images.

Run ``python main.py`` to open the app; ``--help`` lists the options.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from core import APP_NAME, __version__
from core.paths import default_data_dir
from core.policy import KEYS, load_policy, policy_location


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(prog="harbour", description=f"{APP_NAME} {__version__}")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep the profile in DIR (portable installs, school folders)",
    )
    parser.add_argument(
        "--policy",
        type=Path,
        metavar="FILE",
        help="use this organisation policy file instead of the machine's",
    )
    parser.add_argument(
        "--check-policy",
        action="store_true",
        help="check the policy file, print its problems and the settings in effect, exit",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check vault and window offscreen, print 'self-test ok', exit",
    )
    parser.add_argument(
        "--example-pack",
        type=Path,
        metavar="OUT.zip",
        help="write an evidence pack of a made-up example case to OUT.zip and exit",
    )
    parser.add_argument("--lang", metavar="L", help="language of --example-pack (e.g. en-GB)")
    parser.add_argument("--region", metavar="R", help="region of --example-pack (e.g. uk, es)")
    return parser.parse_args(argv)


def check_policy(path: Path | None) -> int:
    """Print the policy's problems and the settings in effect; 1 if the file has faults."""
    policy = load_policy(path)
    target = path or policy_location()
    absent = path is None and not policy.faults and not os.path.lexists(target)
    print(f"policy file: {target}" + (" (none: the defaults apply)" if absent else ""))
    for problem in policy.problems:
        print(f"problem: {problem}")
    for key in KEYS:
        value = getattr(policy, key)
        shown = "not fixed" if value is None else str(value)
        shown = shown.lower() if isinstance(value, bool) else shown
        print(f"{key}: {shown}")
    return 1 if policy.faults else 0


def main(argv: list[str] | None = None) -> int:
    """Entry point for the app and for packaging checks."""
    args = parse_args(argv)
    if args.version:
        print(f"{APP_NAME} {__version__}")
        return 0
    if args.check_policy:
        return check_policy(args.policy)
    if args.example_pack:
        from ui.reports.example_cli import run_example_pack

        return run_example_pack(args.example_pack, args.lang, args.region)
    if args.self_test:
        from ui.self_test import run_self_test

        return run_self_test()
    from ui.app import run

    return run(args.data_dir or default_data_dir(), load_policy(args.policy))


if __name__ == "__main__":
    sys.exit(main())
