"""training sessions, participants and enrolments

Revision ID: 0005_training
Revises: 0004_org_links
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_training'
down_revision = '0004_org_links'
branch_labels = None
depends_on = None


def _sync_columns() -> list:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('org_id', sa.String(length=36), nullable=False),
        sa.Column('visibility', sa.String(length=10), nullable=False),
        sa.Column('rev', sa.Integer(), nullable=False),
        sa.Column('server_seq', sa.Integer(), nullable=False),
        sa.Column('updated_hlc', sa.String(length=64), nullable=False),
        sa.Column('updated_by', sa.String(length=120), nullable=False),
        sa.Column('field_revs', sa.JSON(), nullable=False),
        sa.Column('deleted', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('updated_at', sa.String(length=32), nullable=False),
        sa.Column('sort_key', sa.String(length=200), nullable=False),
        sa.Column('province_keys', sa.String(length=2000), nullable=False),
    ]


def _indexes(table: str, extra: list[str]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in ('deleted', 'org_id', 'sort_key', *extra):
            batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)


def upgrade() -> None:
    op.create_table('training_sessions',
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('module_id', sa.String(length=120), nullable=False),
    sa.Column('lessons', sa.JSON(), nullable=False),
    sa.Column('start_date', sa.String(length=10), nullable=True),
    sa.Column('end_date', sa.String(length=10), nullable=True),
    sa.Column('provinces', sa.JSON(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('venue', sa.String(length=300), nullable=False),
    sa.Column('organization', sa.String(length=300), nullable=False),
    sa.Column('facilitators', sa.JSON(), nullable=False),
    sa.Column('audiences', sa.JSON(), nullable=False),
    sa.Column('pass_mark', sa.Float(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_sessions'))
    )
    _indexes('training_sessions', ['module_id', 'start_date'])
    op.create_table('participants',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('sex', sa.String(length=20), nullable=False),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('age_band', sa.String(length=20), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('organization', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('consent', sa.Boolean(), nullable=False),
    sa.Column('consent_date', sa.String(length=10), nullable=True),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participants'))
    )
    _indexes('participants', [])
    op.create_table('enrolments',
    sa.Column('session_id', sa.String(length=36), nullable=False),
    sa.Column('participant_id', sa.String(length=36), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.Column('pre_score', sa.Float(), nullable=True),
    sa.Column('post_score', sa.Float(), nullable=True),
    sa.Column('oral', sa.Boolean(), nullable=False),
    *_sync_columns(),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolments'))
    )
    _indexes('enrolments', ['session_id', 'participant_id'])


def downgrade() -> None:
    for table in ('enrolments', 'participants', 'training_sessions'):
        op.drop_table(table)
