"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 10:59:52.192428
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_state',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_state'))
    )
    op.create_table('scheme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scheme')),
    sa.UniqueConstraint('uid', name=op.f('uq_scheme_uid'))
    )
    op.create_table('suite',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('cells', sa.Integer(), nullable=False),
    sa.Column('weekly_target', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('occasional', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suite')),
    sa.UniqueConstraint('name', name=op.f('uq_suite_name'))
    )
    op.create_table('volunteer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('active_from', sa.Date(), nullable=True),
    sa.Column('active_to', sa.Date(), nullable=True),
    sa.Column('is_coordinator', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer'))
    )
    op.create_table('visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('suite_id', sa.Integer(), nullable=True),
    sa.Column('visit_date', sa.Date(), nullable=True),
    sa.Column('visitor_a_id', sa.Integer(), nullable=True),
    sa.Column('visitor_b_id', sa.Integer(), nullable=True),
    sa.Column('lone_visitor_note', sa.Text(), nullable=False),
    sa.Column('arrived_at', sa.DateTime(), nullable=True),
    sa.Column('admitted_at', sa.DateTime(), nullable=True),
    sa.Column('departed_at', sa.DateTime(), nullable=True),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('abandon_reason', sa.String(length=40), nullable=True),
    sa.Column('rating', sa.String(length=20), nullable=True),
    sa.Column('admission_delay_finding', sa.Boolean(), nullable=False),
    sa.Column('officer_name', sa.String(length=120), nullable=False),
    sa.Column('officer_rank', sa.String(length=60), nullable=False),
    sa.Column('officer_number', sa.String(length=40), nullable=False),
    sa.Column('officer_response', sa.Text(), nullable=False),
    sa.Column('observations', sa.Text(), nullable=False),
    sa.Column('positive_comments', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('draft', 'complete')", name=op.f('ck_visit_status')),
    sa.ForeignKeyConstraint(['suite_id'], ['suite.id'], name=op.f('fk_visit_suite_id_suite')),
    sa.ForeignKeyConstraint(['visitor_a_id'], ['volunteer.id'], name=op.f('fk_visit_visitor_a_id_volunteer')),
    sa.ForeignKeyConstraint(['visitor_b_id'], ['volunteer.id'], name=op.f('fk_visit_visitor_b_id_volunteer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit')),
    sa.UniqueConstraint('uid', name=op.f('uq_visit_uid'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_date_id', ['visit_date', 'id'], unique=False)
        batch_op.create_index('ix_visit_suite_date', ['suite_id', 'visit_date'], unique=False)
        batch_op.create_index('ix_visit_status_date', ['status', 'visit_date'], unique=False)

    op.create_table('conversation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('custody_number', sa.String(length=40), nullable=False),
    sa.Column('cell', sa.String(length=20), nullable=False),
    sa.Column('consent', sa.Boolean(), nullable=True),
    sa.Column('reason_not_seen', sa.String(length=40), nullable=True),
    sa.Column('entitlements', sa.JSON(), nullable=False),
    sa.Column('vulnerabilities', sa.JSON(), nullable=False),
    sa.Column('issue_raised', sa.Text(), nullable=False),
    sa.Column('staff_response', sa.Text(), nullable=False),
    sa.Column('resolved_during_visit', sa.Boolean(), nullable=True),
    sa.Column('allegation', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_conversation_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conversation'))
    )
    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_conversation_visit_id'), ['visit_id'], unique=False)

    op.create_table('detainee_count',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(length=30), nullable=False),
    sa.Column('total', sa.Integer(), nullable=True),
    sa.Column('female', sa.Integer(), nullable=True),
    sa.Column('male', sa.Integer(), nullable=True),
    sa.Column('juvenile', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_detainee_count_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_detainee_count')),
    sa.UniqueConstraint('visit_id', 'stage', name='uq_detainee_count_visit_stage')
    )
    with op.batch_alter_table('detainee_count', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_detainee_count_visit_id'), ['visit_id'], unique=False)

    op.create_table('suite_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('area', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_suite_check_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suite_check')),
    sa.UniqueConstraint('visit_id', 'area', name='uq_suite_check_visit_area')
    )
    with op.batch_alter_table('suite_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suite_check_visit_id'), ['visit_id'], unique=False)

    op.create_table('detainee_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.Integer(), nullable=True),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['conversation_id'], ['conversation.id'], name=op.f('fk_detainee_request_conversation_id_conversation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_detainee_request_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_detainee_request'))
    )
    with op.batch_alter_table('detainee_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_detainee_request_conversation_id'), ['conversation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_detainee_request_visit_id'), ['visit_id'], unique=False)

