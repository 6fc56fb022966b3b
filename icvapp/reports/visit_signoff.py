"""The visit report's sign-off: the staff member's acknowledgement with their drawn signature,
then a signature field for each visitor."""

from __future__ import annotations

from xml.sax.saxutils import escape

from icvapp.reports.pdfkit import INK, RULE, grid
from icvapp.reports.story import Story
from icvapp.reports.visit_data import SignOff
from icvapp.reports.visit_wording import at_time_on_day, day_at_time


def sign_off_section(story: Story, signoff: SignOff | None) -> list:
    """The last section of the report; a sealed report leaves an empty box for each visitor's signature."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether

    tr = story.tr
    out = [*story.heading(tr.translate("VisitReport", "Sign-off"))]
    officer = signoff.officer if signoff else None
    if officer is None:
        out.append(story.plain(tr.translate("VisitReport", "No acknowledgement from staff has been recorded yet."),
                               "muted"))
    else:
        ack = tr.translate("VisitReport", "<b>Acknowledged by</b> {name}, {rank} {number}, at {moment}.")
        parts = [story.p(ack.format(name=escape(officer.name), rank=escape(officer.rank),
                                    number=escape(officer.number), moment=at_time_on_day(officer.at, tr)))]
        if officer.signature:
            parts.append(drawn_signature(officer.signature, 60 * mm, 24 * mm))
        else:
            parts.append(story.plain(tr.translate("VisitReport", "No signature was drawn."), "muted"))
        out.append(KeepTogether(parts))
    signers = signoff.signers if signoff else []
    if not signers:
        out.append(story.p(tr.translate("VisitReport", "<b>Visitors:</b> not yet signed. Only a sealed report "
                                        "carries the visitors' signatures."), "after_table"))
        return out
    boxes = []
    for name, when, field_name in signers:
        signed = tr.translate("VisitReport", "Signed digitally on {moment} UTC").format(moment=day_at_time(when, tr))
        boxes.append([
            story.p(f"<b>{escape(name)}</b>"),
            story.plain(signed, "small"),
            story.signature_field(field_name),
        ])
    table = grid([boxes], [story.width / 2] * 2 if len(boxes) == 2 else [story.width],
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("TOPPADDING", (0, 0), (-1, -1), 6)])
    out += [story.p(tr.translate("VisitReport", "<b>Visitors' sign-off.</b> Each visitor confirms this report is "
                                 "a true account of the visit."), "after_table"), KeepTogether([table])]
    return out


def drawn_signature(strokes: list, width: float, height: float):
    """The officer's drawn signature as vector lines (strokes on a 1000 x 400 grid)."""
    from reportlab.graphics.shapes import Drawing, PolyLine, Rect
    from reportlab.lib.colors import HexColor

    d = Drawing(width, height)
    d.add(Rect(0, 0, width, height, strokeColor=HexColor(RULE), fillColor=None, strokeWidth=0.5))
    sx, sy = width / 1000, height / 400
    for stroke in strokes:
        points = [v for x, y in stroke for v in (x * sx, height - y * sy)]
        if len(points) >= 4:
            d.add(PolyLine(points, strokeColor=HexColor(INK), strokeWidth=1.1, strokeLineCap=1,
                           strokeLineJoin=1))
    return d
