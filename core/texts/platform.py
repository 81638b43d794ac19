"""A report for a platform's moderators, built from the diary: who, when, what, and what to do.

``platform_text(facts, "instagram", catalog)`` names the accounts recorded on that platform,
when they made contact, what they threatened and asked for, says the person is under 18 when
so, and asks for the account to be removed, its data kept for the police and the images
stopped. Whatever the diary lacks is a marked gap, never a guess.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.content.catalog import Catalog
from core.content.platforms import GENERIC, Platform, load_platforms
from core.diary.records import Demand, Message, Person
from core.texts.facts import CaseFacts
from core.texts.matching import account_platform, platform_id_of
from core.texts.writer import Paragraph, Writer, assemble


def accounts_on(
    facts: CaseFacts, platform_id: str, platforms: Mapping[str, Platform]
) -> list[Person]:
    """The offender accounts the diary places on ``platform_id`` (``other``: apps not listed)."""
    return [
        p
        for p in facts.accounts
        if account_platform(p.platform, p.profile_url, platforms) == platform_id
    ]


def messages_on(
    facts: CaseFacts, platform_id: str, accounts: list[Person], platforms: Mapping[str, Platform]
) -> list[Message]:
    """Messages recorded on the platform, or from one of its accounts."""
    ids = {p.id for p in accounts}
    return [
        m
        for m in facts.messages
        if platform_id_of(m.platform, platforms) == platform_id
        or (m.person_id is not None and m.person_id in ids)
    ]


def platform_name(
    writer: Writer, platform_id: str, accounts: list[Person], platforms: Mapping[str, Platform]
) -> str:
    """The name the text uses: the brand, or for other apps what the diary calls it (or a gap)."""
    named = writer.optional(f"platform.names.{platform_id}")
    if named:
        return named
    platform = platforms[platform_id]
    if platform.name:
        return platform.name
    typed = {" ".join((p.platform or "").split()) for p in accounts} - {""}
    return typed.pop() if len(typed) == 1 else writer.gap("app")


def _account_line(writer: Writer, person: Person) -> str:
    return writer.joined(
        [
            writer.labelled("labels.username", person.username),
            writer.labelled("labels.name", person.display_name),
            writer.labelled("labels.link", person.profile_url),
            writer.labelled("labels.phone", person.phone),
            writer.labelled("labels.email", person.email),
        ]
    )


def _accounts(writer: Writer, platform_id: str, accounts: list[Person]) -> Paragraph:
    lines = [line for line in (_account_line(writer, p) for p in accounts) if line]
    if not lines:
        gap = writer.optional(f"platform.account_gap.{platform_id}") or writer.gap("account")
        lines = [gap]
    title = writer.text("platform.accounts_many" if len(lines) > 1 else "platform.accounts")
    return [title, *(writer.item(line) for line in lines)]


def _contact_dates(writer: Writer, messages: list[Message]) -> Paragraph:
    dated = sorted(m.at for m in messages if m.at is not None)
    if not dated:
        return [writer.text("platform.first_contact", date=writer.gap("date"))]
    lines = [writer.text("platform.first_contact", date=writer.date(dated[0]))]
    if dated[-1].date() != dated[0].date():
        lines.append(writer.text("platform.last_contact", date=writer.date(dated[-1])))
    return lines


def _threats(writer: Writer, messages: tuple[Message, ...]) -> Paragraph:
    seen: set[str] = set()
    lines = []
    for message in messages:
        threat = message.threat
        if not threat or threat in seen:
            continue
        seen.add(threat)
        if message.at is None:
            line = writer.text("platform.threat_undated", threat=threat)
        else:
            line = writer.text("platform.threat", when=writer.date(message.at), threat=threat)
        lines.append(writer.item(line))
    return [writer.text("platform.threats"), *(lines or [writer.item(writer.gap("threat"))])]


def demand_line(writer: Writer, demand: Demand) -> str:
    """One demand: when, how much, how and by when (the parts the diary has)."""
    what = writer.joined(
        [
            writer.money(demand.amount, demand.currency),
            writer.labelled("labels.method", demand.method),
            writer.labelled("labels.destination", demand.destination),
            writer.labelled(
                "labels.deadline", writer.when(demand.deadline) if demand.deadline else None
            ),
        ]
    )
    return writer.text(
        "platform.demand", when=writer.when(demand.at), what=what or writer.gap("demand")
    )


def _demands(writer: Writer, demands: tuple[Demand, ...]) -> Paragraph:
    if not demands:
        return []
    return [
        writer.text("platform.demands"),
        *(writer.item(demand_line(writer, d)) for d in demands),
    ]


def platform_text(facts: CaseFacts, platform_id: str, catalog: Catalog) -> str:
    """The report text for one platform (``KeyError`` for an id not in platforms.toml)."""
    platforms = load_platforms()
    if platform_id not in platforms:
        raise KeyError(platform_id)
    writer = Writer(catalog)
    accounts = accounts_on(facts, platform_id, platforms)
    name = platform_name(writer, platform_id, accounts, platforms)
    intro = [writer.text("platform.intro", platform=name)]
    if facts.under_18:
        intro += [writer.text("platform.under18"), writer.text("platform.under18_images")]
    asks = [
        writer.text("platform.asks"),
        writer.item(writer.text("platform.ask_remove")),
        writer.item(writer.text("platform.ask_preserve")),
        writer.item(writer.text("platform.ask_stop", platform=name)),
    ]
    return assemble(
        [
            intro,
            _accounts(writer, platform_id, accounts),
            _contact_dates(writer, messages_on(facts, platform_id, accounts, platforms)),
            _threats(writer, facts.messages),
            _demands(writer, facts.demands),
            asks,
            [writer.police_line(facts.police_reference)],
            [writer.text("common.thanks")],
        ]
    )


def platform_ids() -> tuple[str, ...]:
    """Every platform a text can be written for, in the order of platforms.toml (``other`` last)."""
    ids = [pid for pid in load_platforms() if pid != GENERIC]
    return (*ids, GENERIC)
