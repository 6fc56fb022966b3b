"""The visit report's findings: each conversation's points, requests, what was observed (training), issues
raised with staff, the inspection and the close-out with staff — a part of
:class:`icvapp.reports.visit_story.VisitStory`. Nouns come from the scheme definition (``self.nouns``)."""

from __future__ import annotations

from collections import Counter
from xml.sax.saxutils import escape

from icvapp.reports.pdfkit import FINDING, FINDING_BG, MUTED, NAVY, fitted_width
from icvapp.reports.story import user_text
from icvapp.visits.record import ConversationRecord


class FindingsSections:
    """Sections for a :class:`icvapp.reports.story.Story` that holds ``rec`` (the visit) and ``tr``."""

    def seen_text(self, c: ConversationRecord) -> str:
        tr = self.tr
        if c.consent:
            return escape(tr.translate("VisitReport", "Yes", "the subject was met"))
        if c.reason_not_seen:
            no = escape(tr.translate("VisitReport", "No"))
            return f"{no} — {self.label_markup('reasons_not_seen', c.reason_not_seen)}"
        return escape(tr.translate("VisitReport", "No")) if c.consent is False else self.not_recorded()

    def points(self, c: ConversationRecord) -> str:
        tr, notes = self.tr, []
        if c.allegation:
            alleged = escape(tr.translate("VisitReport", "Allegation of ill-treatment"))
            notes.append(f'<font color="{FINDING}"><b>{alleged}</b></font>')
        if c.issue_raised.strip():
            not_resolved = escape(tr.translate("VisitReport", "not resolved"))
            state = {True: escape(tr.translate("VisitReport", "resolved during visit")),
                     False: f'<font color="{FINDING}">{not_resolved}</font>',
                     None: escape(tr.translate("VisitReport", "resolution not recorded"))}[c.resolved_during_visit]
            notes.append(tr.translate("VisitReport", "Issue raised — {state}").format(state=state))
        unmet = [self.label_markup("subject_checks", k) for k, v in c.entitlements.items() if v == "no"]
        if unmet:
            not_met = escape(tr.translate("VisitReport", "Not met:"))
            notes.append(f'<font color="{FINDING}">{not_met}</font> ' + ", ".join(unmet))
        if c.vulnerabilities:
            vulnerable = ", ".join(self.label_markup("subject_flags", v) for v in c.vulnerabilities)
            head = tr.translate("VisitReport", "{flags}:").format(flags=self.nouns.flags)
            notes.append(escape(head) + f" {vulnerable}")
        return "<br/>".join(notes) or f'<font color="{MUTED}">—</font>'

    def requests(self) -> list:
        from reportlab.lib.colors import HexColor
        from reportlab.lib.units import mm

        tr = self.tr
        tally = Counter(r for c in self.rec.conversations for r in c.requests)
        out = [*self.heading(tr.translate("VisitReport", "Requests by category"))]
        if not tally:
            return out + [self.none(tr.translate("VisitReport", "No requests recorded."))]
        order = [c.key for c in self.cfg.request_categories]
        keys = sorted(tally, key=lambda k: (-tally[k], order.index(k) if k in order else len(order), k))
        rows = [[self.plain(tr.translate("VisitReport", "Category"), "box_head"),
                 self.plain(tr.translate("VisitReport", "Requests"), "num_head")]]
        rows += [[self.p(self.label_markup("request_categories", k)), self.p(self.count(tally[k]), "num")]
                 for k in keys]
        total = escape(tr.translate("VisitReport", "Total"))
        rows.append([self.p(f"<b>{total}</b>"), self.p(f"<b>{self.count(sum(tally.values()))}</b>", "num")])
        extra = [("LINEABOVE", (0, -1), (-1, -1), 0.8, HexColor(NAVY))]
        return out + [self.table(rows, [70 * mm, 22 * mm], extra=extra)]

    def issues(self) -> list:
        tr = self.tr
        items = [(i, c) for i, c in enumerate(self.conversations_seen(), start=1)
                 if c.issue_raised.strip() or c.staff_response.strip() or c.allegation or c.notes.strip()]
        out = [*self.heading(tr.translate("VisitReport", "Issues raised with staff"))]
        if not items:
            return out + [self.none(tr.translate("VisitReport", "No issues were raised."))]
        for i, c in items:
            not_resolved = escape(tr.translate("VisitReport", "Not resolved during the visit"))
            unknown = escape(tr.translate("VisitReport", "Resolution not recorded"))
            state = {True: escape(tr.translate("VisitReport", "Resolved during the visit")),
                     False: f'<font color="{FINDING}">{not_resolved}</font>',
                     None: f'<font color="{MUTED}">{unknown}</font>'}[c.resolved_during_visit]
            number = escape(c.identifier) or "—"
            #: A subject's heading: "2. Dog identifier PD-0417".
            title = tr.translate("VisitReport", "{index}. {identifier} {number}").format(
                index=i, identifier=escape(self.nouns.identifier), number=number)
            if c.location:
                #: Where the subject was: "kennel K3" ({noun} is the kind's word, {location} what was typed).
                title += " · " + tr.translate("VisitReport", "{noun} {location}").format(
                    noun=escape(self.nouns.lower("location")), location=escape(c.location))
            block = [self.p(title + (f" — {state}" if c.issue_raised.strip() else ""), "h2")]
            if c.allegation:
                block.append(self.banner(tr.translate("VisitReport", "Allegation of ill-treatment. This must be "
                                                      "escalated to the scheme co-ordinator."),
                                         FINDING, FINDING_BG, space=3))
            for name, value in ((tr.translate("VisitReport", "Issue"), c.issue_raised),
                                (tr.translate("VisitReport", "Staff response"), c.staff_response),
                                (tr.translate("VisitReport", "Notes"), c.notes)):
                if value.strip():
                    block.append(self.p(f"<b>{escape(name)}:</b> {user_text(value)}", "entry"))
            # Chained keepWithNext holds a short entry together on one page; reportlab still
            # splits an entry longer than a page.
            for flowable in block[:-1]:
                flowable.keepWithNext = 1
            out += block
        return out

    def inspection(self) -> list:
        from reportlab.lib.units import mm

        checks, tr = self.rec.checks, self.tr
        out = [*self.heading(self.nouns.inspection)]
        if not any(c.status != "not_checked" for c in checks.values()):
            return out + [self.none(tr.translate("VisitReport", "Nothing was inspected on this visit."))]
        known = [a.key for a in self.cfg.inspection_areas]
        areas = known + sorted(k for k in checks if k not in known)
        by_status: dict[str, list[str]] = {"fine": [], "issue": [], "not_checked": []}
        for area in areas:
            check = checks.get(area)
            by_status.get(check.status if check else "not_checked", by_status["not_checked"]).append(area)
        if by_status["issue"]:
            rows = [[self.plain(h, "box_head") for h in (tr.translate("VisitReport", "Area"),
                                                          tr.translate("VisitReport", "Category"),
                                                          tr.translate("VisitReport", "What was found"))]]
            no_note = escape(tr.translate("VisitReport", "No note"))
            for area in by_status["issue"]:
                c = checks[area]
                rows.append([self.p(self.label_markup("inspection_areas", area)),
                             self.p(self.label_markup("inspection_categories", c.category) or "—"),
                             self.p(user_text(c.note) or f'<font color="{MUTED}">{no_note}</font>')])
            out.append(self.table(rows, [50 * mm, 36 * mm, self.width - 86 * mm]))
        else:
            out.append(self.plain(tr.translate("VisitReport", "No issues found in the areas inspected.")))
        for status, name in (("fine", tr.translate("VisitReport", "In good order")),
                             ("not_checked", tr.translate("VisitReport", "Not checked"))):
            if by_status[status]:
                labels = ", ".join(self.label_markup("inspection_areas", a) for a in by_status[status])
                out.append(self.p(f"<b>{escape(name)}:</b> {labels}", "after_table"))
        return out

    def close_out(self) -> list:
        from reportlab.lib.units import mm

        rec, tr = self.rec, self.tr
        out = [*self.heading(tr.translate("VisitReport", "Findings discussed before leaving"))]
        officer = tr.translate("VisitReport", "{staff}", "the close-out's label").format(staff=self.nouns.staff)
        rows = self.key_values([(officer, escape(rec.officer_name)),
                                (tr.translate("VisitReport", "Rank"), escape(rec.officer_rank)),
                                #: The staff member's warrant or collar number.
                                (tr.translate("VisitReport", "Number"), escape(rec.officer_number))], per_row=3)
        # The staff member's label as wide as its words ("Officer": 18 mm; "Unit staff member": 44 mm at most), the
        # name and the number sharing the rest.
        label_w = fitted_width(officer, padding=10, least=18 * mm, most=44 * mm)
        name_w = (110 * mm - label_w) * 0.56
        widths = [label_w, name_w, 14 * mm, 110 * mm - label_w - name_w]
        out.append(self.key_value_table(rows, [*widths, 18 * mm, self.width - 142 * mm]))
        response = escape(tr.translate("VisitReport", "Their response:"))
        out.append(self.p(f"<b>{response}</b> " + (user_text(rec.officer_response) or self.not_recorded()),
                          "after_table"))
        return out

    def activities(self) -> list:
        """What the visitors observed (the dog unit's training, with the methods seen); nothing for a kind
        that defines no activities."""
        from reportlab.lib.units import mm

        tr, out = self.tr, []
        for activity in self.cfg.activities:
            out += self.heading(activity.label_in(self.language))
            record = self.rec.activities.get(activity.key)
            if record is None or (record.observed is None and not record.choices and not record.note.strip()):
                out.append(self.none())
                continue
            observed = {True: escape(tr.translate("VisitReport", "Yes")), False: escape(tr.translate("VisitReport", "No")),
                        None: self.not_recorded()}[record.observed]
            known = [c.key for c in activity.choices]
            seen = [k for k in known if k in record.choices] + [k for k in record.choices if k not in known]
            labels = {c.key: c.label_in(self.language) for c in activity.choices}
            methods = ", ".join(escape(labels.get(k, k)) for k in seen)
            rows = self.key_values([(tr.translate("VisitReport", "Observed"), observed),
                                    (tr.translate("VisitReport", "Seen"), methods)], per_row=1)
            out.append(self.key_value_table(rows, [30 * mm, self.width - 30 * mm]))
            if record.note.strip():
                notes = escape(tr.translate("VisitReport", "Notes"))
                out.append(self.p(f"<b>{notes}:</b> {user_text(record.note)}", "after_table"))
        return out

    def free_text(self, title: str, text: str) -> list:
        body = self.p(user_text(text)) if text.strip() else self.none()
        return [*self.heading(title), body]
