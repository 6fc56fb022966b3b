"""The scheme's records: places, volunteers, visits and what a visit finds, the
scheme's trust and the audit log.

Every table is plain, dialect-neutral SQL so the same models run on the
encrypted SQLite file and, later, on a PostgreSQL scheme server. Import the
names from here (``from icvapp.storage.model import Visit``); the modules
below split them by responsibility.
"""

from icvapp.storage.model.audit import AppState, AuditEvent, LaptopLog
from icvapp.storage.model.base import NAMING, Base, new_uid, utcnow
from icvapp.storage.model.scheme import Place, PlaceClosure, RotaAssignment, Scheme, StageLimit, Volunteer
from icvapp.storage.model.trust import IssuedCertificate, SchemeAuthority, SigningKey
from icvapp.storage.model.versions import counted, superseded
from icvapp.storage.model.visit import (
    ABANDONED,
    COMPLETED,
    SATISFACTORY,
    UNSATISFACTORY,
    AreaCheck,
    Conversation,
    SignedDocument,
    StageCount,
    SubjectRequest,
    TrackedIssue,
    Visit,
    VisitOrigin,
    VisitSignature,
    VisitStatus,
)

__all__ = [
    "ABANDONED",
    "COMPLETED",
    "NAMING",
    "SATISFACTORY",
    "UNSATISFACTORY",
    "AppState",
    "AreaCheck",
    "AuditEvent",
    "Base",
    "Conversation",
    "IssuedCertificate",
    "LaptopLog",
    "Place",
    "PlaceClosure",
    "RotaAssignment",
    "Scheme",
    "SchemeAuthority",
    "SignedDocument",
    "SigningKey",
    "StageCount",
    "StageLimit",
    "SubjectRequest",
    "TrackedIssue",
    "Visit",
    "VisitOrigin",
    "VisitSignature",
    "VisitStatus",
    "Volunteer",
    "counted",
    "new_uid",
    "superseded",
    "utcnow",
]
