"""Compose a report view: the sections of one form, in its order, in one language.

``build_view(report, variant, catalog, formatter, pack)`` decides every word of the report; the
templates only lay the strings out.
"""

from __future__ import annotations

from core.content.catalog import Catalog
from core.content.region_model import ContactKind, RegionPack, Service
from core.content.regions import CONTACT_KEYS
from core.diary.records import Demand, Entry, EntryRecord, Payment
from core.reports.describe import RecordWords
from core.reports.formatting import Formatter
from core.reports.model import Report
from core.reports.variants import COMMON_GUIDANCE, Section, Variant
from core.reports.view import BLANK, Block, Field, ReportView, SectionView, printable


class _Builder:
    def __init__(
        self,
        report: Report,
        variant: Variant,
        catalog: Catalog,
        fmt: Formatter,
        pack: RegionPack,
    ) -> None:
        self.report, self.variant, self.catalog, self.fmt, self.pack = (
            report,
            variant,
            catalog,
            fmt,
            pack,
        )
        self.words = RecordWords(report, catalog, fmt)
        self.t = self.words.t

    def section(self, section: Section) -> SectionView:
        heading = self.catalog.text(self.variant.heading_key(section, self.catalog))
        build = getattr(self, f"_{section.value}")
        view: SectionView = build(section.value, heading)
        return view

    # --- sections ------------------------------------------------------------------------

    def _where(self, sid: str, heading: str) -> SectionView:
        numbers = self.pack.emergency_numbers
        if numbers:
            first = self.t("guidance.emergency", numbers=" / ".join(numbers))
        else:
            first = self.t("guidance.emergency_none")
        blocks = [Block(first)]
        for line in self.variant.guidance:
            if line.when.holds(self.report):
                text = self.catalog.text(self.variant.guidance_key(line))
                blocks.append(Block(text, self._services(line.services)))
        blocks += [Block(self.t(f"guidance.{name}")) for name in COMMON_GUIDANCE]
        return SectionView(sid, heading, blocks=tuple(blocks))

    def _services(self, ids: tuple[str, ...]) -> tuple[Field, ...]:
        by_id = {s.id: s for s in self.pack.services}
        return tuple(
            Field(self._service_name(by_id[i]), self._contact_text(by_id[i]), user=False)
            for i in ids
            if i in by_id
        )

    def _service_name(self, service: Service) -> str:
        if service.name:
            return service.name
        return self.catalog.text(service.name_key) if service.name_key else service.id

    def _contact_text(self, service: Service) -> str:
        parts = [
            c.value
            if c.kind is ContactKind.URL
            else self.catalog.text(CONTACT_KEYS[c.kind], number=c.value)
            for c in service.contacts
        ]
        return "; ".join(parts)

    def _summary(self, sid: str, heading: str) -> SectionView:
        r, fmt, t = self.report, self.fmt, self.t
        fields = [Field(t("fields.case"), printable(r.case.title))] if r.case.title else []
        fields.append(Field(t("fields.made"), fmt.when(r.generated_at), user=False))
        for label, moment in (("first_contact", r.first_contact), ("last_contact", r.last_contact)):
            if moment is not None:
                fields.append(Field(t(f"fields.{label}"), fmt.when(moment), user=False))
        counts = (
            ("messages", len(r.messages)),
            ("accounts", len(r.people)),
            ("demands", len(r.demands)),
            ("payments", len(r.payments)),
            ("evidence", len(r.evidence)),
            ("actions", len(r.actions)),
        )
        fields += [Field(t(f"fields.{k}"), fmt.number(n), user=False) for k, n in counts]
        fields += self._totals()
        fields += [
            Field(t("fields.police_reference"), printable(ref)) for ref in r.police_references()
        ]
        own = r.own_words
        return SectionView(
            sid,
            heading,
            fields=tuple(fields),
            text_label=t("fields.own_words") if own else None,
            text=printable(own.text) if own and own.text else None,
        )

    def _totals(self) -> list[Field]:
        fields = []
        totals = self.report.totals
        for key, sums in (("total_demanded", totals.demanded), ("total_paid", totals.paid)):
            for currency in sorted(sums):
                label = self.t(f"fields.{key}", currency=currency)
                fields.append(Field(label, self.fmt.money(sums[currency], currency), user=False))
        return fields

    def _victim(self, sid: str, heading: str) -> SectionView:
        t = self.t
        country = (self.report.case.region or "").split("-")[0]
        region = self.fmt.locale.territories.get(country) if country else None
        blanks = ("name", "date_of_birth", "address", "my_phone", "my_email")
        fields = [Field(t(f"fields.{k}"), BLANK, user=False) for k in blanks]
        fields += [
            Field(t("fields.age_group"), t(f"age.{self.report.case.age_group.value}"), user=False),
            Field(t("fields.region"), region or t("not_given"), user=False),
        ]
        return SectionView(sid, heading, intro=(t("intro.victim"),), fields=tuple(fields))

    def _statement(self, sid: str, heading: str) -> SectionView:
        statement = self.report.statement
        return SectionView(
            sid,
            heading,
            text=printable(statement) if statement else None,
            empty=self.t("empty.statement"),
        )

    def _accounts(self, sid: str, heading: str) -> SectionView:
        blocks = []
        numbers = {"offender": 0, "other": 0}
        for person in self.report.people:
            numbers[person.role.value] += 1
            title = self.t(f"titles.{person.role.value}", number=numbers[person.role.value])
            blocks.append(Block(title, self.words.fields(person)))
        return SectionView(sid, heading, blocks=tuple(blocks), empty=self.t("empty.accounts"))

    def _money(self, sid: str, heading: str) -> SectionView:
        records: list[Demand | Payment] = [*self.report.demands, *self.report.payments]
        blocks = tuple(self._dated(record) for record in records)
        return SectionView(
            sid,
            heading,
            fields=tuple(self._totals()),
            blocks=blocks,
            empty=self.t("empty.money"),
        )

    def _timeline(self, sid: str, heading: str) -> SectionView:
        blocks = tuple(self._dated(item.record) for item in self.report.timeline)
        return SectionView(
            sid,
            heading,
            intro=(self.t("intro.timeline"),),
            blocks=blocks,
            empty=self.t("empty.timeline"),
        )

    def _evidence(self, sid: str, heading: str) -> SectionView:
        blocks = tuple(
            Block(self.t("titles.evidence", number=n), self.words.fields(record))
            for n, record in enumerate(self.report.evidence, start=1)
        )
        intro = [self.t("intro.evidence")]
        if self.report.under18:
            intro.append(self.t("intro.evidence_under18"))
        return SectionView(
            sid, heading, intro=tuple(intro), blocks=blocks, empty=self.t("empty.evidence")
        )

    def _actions(self, sid: str, heading: str) -> SectionView:
        blocks = tuple(self._dated(action) for action in self.report.actions)
        return SectionView(sid, heading, blocks=blocks, empty=self.t("empty.actions"))

    def _dated(self, record: EntryRecord) -> Block:
        return Block(
            self.t("titles.dated", time=self._time(record), what=self.words.kind(record)),
            self.words.fields(record),
        )

    def _time(self, record: Entry) -> str:
        if record.at is not None:
            return self.fmt.when(record.at)
        if record.created_at is not None:
            return self.t("time.noted", time=self.fmt.when(record.created_at))
        return self.t("time.unknown")


def build_view(
    report: Report,
    variant: Variant,
    catalog: Catalog,
    fmt: Formatter,
    pack: RegionPack,
    *,
    example: bool = False,
) -> ReportView:
    """The words of ``report`` in ``variant``'s form and ``catalog``'s language.

    ``pack`` is the variant's region pack (its services and emergency numbers); ``example``
    adds the banner saying every detail is made up.
    """
    builder = _Builder(report, variant, catalog, fmt, pack)
    return ReportView(
        lang=catalog.lang,
        title=catalog.text("reports.title"),
        form=catalog.text(variant.name_key),
        generated=catalog.text("reports.generated", date=fmt.when(report.generated_at)),
        sensitive=catalog.text("reports.sensitive"),
        page=catalog.text("reports.page"),
        banner=catalog.text("reports.example_banner") if example else None,
        sections=tuple(builder.section(s) for s in variant.sections),
    )
