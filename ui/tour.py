"""Save a picture of every guide screen: ``python -m ui.tour OUTDIR [options]`` (``make tour``).

Runs offscreen in a throw-away profile (nobody's diary is opened and the keyring is not
touched) and saves ``NN-<step id>.png`` for every step the guide can reach in the chosen mode —
walking enough answer combinations to see them all — then the overview, the breathing exercise
without movement, and every screen around the guide (``ui.tour_screens``: crisis numbers,
creating and unlocking the diary, settings, the diary and its forms with the made-up example
case, evidence, reports, texts, family and friends, and the mode's own pages).
Options: ``--lang es-ES`` (or ``pseudo``: the pseudolocale, ``ui.pseudolocale``), ``--region
uk``, ``--mode school``, ``--scale 2.0`` (text size), ``--dark``. It prints the files it wrote.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QEvent, QIODevice
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from core.content.languages import DEFAULT_LANGUAGE, LANGUAGES
from core.content.regions import available_regions
from core.flow.loader import load_bundled
from core.flow.model import Flow, StepKind
from core.flow.state import FlowState
from core.policy import MODES, Policy
from core.settings import Settings, save_settings
from ui.pseudolocale import PSEUDO, build_pseudo_root, pseudolocale
from ui.tour_screens import around_the_guide, screen_names

WINDOW_SIZE = (1000, 760)

Move = str | None  # an option id to answer, or None for Next


@dataclass(frozen=True)
class Walk:
    """A way through the guide: the moves made and the steps they show, in order."""

    moves: tuple[Move, ...]
    shown: tuple[str, ...]


def walks(flow: Flow, context: dict[str, str]) -> Iterator[Walk]:
    """Every complete walk through ``flow`` for ``context`` (every option of every question)."""

    def go(state: FlowState, moves: tuple[Move, ...], shown: tuple[str, ...]) -> Iterator[Walk]:
        shown = (*shown, state.step.id)
        if state.finished:
            yield Walk(moves, shown)
            return
        step = state.step
        choices: list[Move] = (
            [o.id for o in step.options] if step.kind is StepKind.QUESTION else [None]
        )
        for choice in choices:
            branch = FlowState.from_json(flow, state.to_json(), context)
            make_move(branch, choice)
            yield from go(branch, (*moves, choice), shown)

    yield from go(FlowState(flow, context), (), ())


def make_move(state: FlowState, move: Move) -> None:
    """Answer ``move`` on a question, or press Next (``None``)."""
    if move is None:
        state.advance()
    else:
        state.answer(move)


def covering_walks(flow: Flow, context: dict[str, str]) -> list[Walk]:
    """Few walks that together show every reachable step (greedy: most new steps first)."""
    pool = list(walks(flow, context))
    wanted = {step for walk in pool for step in walk.shown}
    chosen: list[Walk] = []
    while wanted:
        best = max(pool, key=lambda w: len(wanted & set(w.shown)))
        chosen.append(best)
        wanted -= set(best.shown)
    return chosen


def reachable_steps(flow: Flow, context: dict[str, str]) -> list[str]:
    """Ids of the steps a person can meet in this context, in the flow file's order."""
    seen = {step for walk in walks(flow, context) for step in walk.shown}
    return [step_id for step_id in flow.steps if step_id in seen]


def png(widget: QWidget) -> bytes:
    """A picture of ``widget`` as PNG bytes, once Qt has drawn everything pending."""
    for _ in range(3):
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # as exec() does
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    return bytes(buffer.data().data())


class Tour:
    """A real Harbour in a temporary profile, and the pictures taken of it."""

    def __init__(self, profile: Path, args: argparse.Namespace) -> None:
        from ui.app import HarbourApp, qt_application

        qt = qt_application()
        font = QFont(qt.font())
        font.setPointSizeF(font.pointSizeF() * args.scale)
        qt.setFont(font)  # before any widget exists: every size follows from it
        theme = "dark" if args.dark else "light"
        save_settings(profile, Settings(language=args.lang, region=args.region, theme=theme))
        self.app = HarbourApp(profile, Policy(mode=args.mode))
        self.window = self.app.window
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        self.window.activateWindow()
        self.guide = self.app.controller.guide

    def replay(self, walk: Walk, stop_at: str = "") -> Iterator[str]:
        """Start again and make the walk's moves through the real page (up to the step
        ``stop_at``), yielding each step id as it shows."""
        self.guide.restart()
        for move in walk.moves:
            yield self.guide.step.id
            if self.guide.step.id == stop_at:
                return
            if move is None:
                self.guide.next()
            else:
                self.guide.answer(move)
        yield self.guide.step.id

    def steps(self, chosen: list[Walk]) -> dict[str, bytes]:
        """Replay each walk; picture each step the first time it shows."""
        shots: dict[str, bytes] = {}
        for walk in chosen:
            for step_id in self.replay(walk):
                if step_id not in shots:
                    shots[step_id] = png(self.window)
        return shots

    def extras(self, walk: Walk) -> Iterator[tuple[str, bytes]]:
        """The screens after the steps, in ``extras(mode)`` order."""
        from ui.guide.breathing import BreathingGuide

        guide, window = self.guide, self.window
        list(self.replay(walk, stop_at="police"))
        for stop in guide.route():
            for item in guide.items(stop.step)[:2] if stop.done else ():
                guide.tick(item.id, True, stop.step.id)
        guide.set_panic_mode(False)
        yield "overview", png(window)
        guide.set_panic_mode(True)
        list(self.replay(walk, stop_at="breathe"))
        breathing = window.findChild(BreathingGuide)
        if isinstance(breathing, BreathingGuide):
            breathing.set_still(True)
            yield "breathe-still", png(window)
            breathing.set_still(False)
        for name, widget in around_the_guide(self.app):
            yield name, png(widget)


def extras(mode: str) -> tuple[str, ...]:
    """Names of the screens pictured after the guide's steps in ``mode``."""
    return ("overview", "breathe-still", *screen_names(mode))


def run_tour(out: Path, args: argparse.Namespace) -> list[Path]:
    """Take every picture into ``out``; return the files written, in order."""
    flow = load_bundled("guide")
    regions = flow.vocabulary.context["region"]
    context = {"region": args.region if args.region in regions else "intl", "mode": args.mode}
    chosen = covering_walks(flow, context)
    with tempfile.TemporaryDirectory(prefix="harbour-tour-") as scratch:
        tour = Tour(Path(scratch) / "profile", args)
        shots = tour.steps(chosen)
        pictures = [(step_id, shots[step_id]) for step_id in reachable_steps(flow, context)]
        pictures += list(tour.extras(chosen[0]))
        tour.window.close()
        tour.app.shutdown()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for number, (name, data) in enumerate(pictures, start=1):
        path = out / f"{number:02d}-{name}.png"
        path.write_bytes(data)
        written.append(path)
    return written


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(prog="python -m ui.tour", description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path, help="folder for the PNG files")
    parser.add_argument("--lang", choices=(*LANGUAGES, PSEUDO), default=DEFAULT_LANGUAGE)
    parser.add_argument("--region", choices=available_regions(), default="uk")
    parser.add_argument("--mode", choices=MODES, default="victim")
    parser.add_argument("--scale", type=float, default=1.0, help="text size, e.g. 2.0 for 200%%")
    parser.add_argument("--dark", action="store_true", help="use the dark theme")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    args = parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with ExitStack() as stack:
        if args.lang == PSEUDO:  # English turned into the pseudolocale, from a scratch bundle
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="harbour-")))
            stack.enter_context(pseudolocale(build_pseudo_root(scratch)))
            args.lang = DEFAULT_LANGUAGE
        for path in run_tour(args.outdir, args):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
