"""sync: hub link, conflicts, quarantine

Revision ID: 0002_sync
Revises: 0001
Create Date: 2026-11-23
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_sync'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hub_url', sa.String(length=500), nullable=False),
    sa.Column('hub_id', sa.String(length=36), nullable=False),
    sa.Column('epoch', sa.String(length=36), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('org_name', sa.String(length=300), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.Column('cursors', sa.JSON(), nullable=False),
    sa.Column('device_high', sa.Integer(), nullable=False),
    sa.Column('enrolled_at', sa.String(length=32), nullable=False),
    sa.Column('last_sync_at', sa.String(length=32), nullable=False),
    sa.Column('last_verify_at', sa.String(length=32), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('last_report', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_link'))
    )
    op.create_table('sync_conflicts',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('table_name', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('base', sa.JSON(), nullable=True),
    sa.Column('kept', sa.JSON(), nullable=True),
    sa.Column('other', sa.JSON(), nullable=True),
    sa.Column('kept_by', sa.String(length=120), nullable=False),
    sa.Column('kept_hlc', sa.String(length=64), nullable=False),
    sa.Column('other_by', sa.String(length=120), nullable=False),
    sa.Column('other_hlc', sa.String(length=64), nullable=False),
    sa.Column('org_id', sa.String(length=36), nullable=False),
    sa.Column('visibility', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('server_seq', sa.Integer(), nullable=False),
    sa.Column('resolution', sa.String(length=12), nullable=False),
    sa.Column('resolved_by', sa.String(length=120), nullable=False),
    sa.Column('resolved_at', sa.String(length=32), nullable=False),
    sa.Column('local_choice', sa.String(length=12), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts'))
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_record_id'), ['record_id'], unique=False)
    op.create_table('sync_quarantine',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('device_seq', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('result', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('entry', sa.JSON(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_quarantine')),
    sqlite_autoincrement=True
    )


def downgrade() -> None:
    op.drop_table('sync_quarantine')
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_record_id'))
    op.drop_table('sync_conflicts')
    op.drop_table('sync_link')
