"""sync link: the last run's stage, outcome and error code

Revision ID: 0003_sync_stages
Revises: 0002_sync
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_sync_stages'
down_revision = '0002_sync'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_link', schema=None) as batch_op:
        batch_op.add_column(sa.Column('last_stage', sa.String(length=12), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('last_outcome', sa.String(length=12), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('last_error_code', sa.String(length=60), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('last_error_params', sa.JSON(), nullable=False, server_default='{}'))


def downgrade() -> None:
    with op.batch_alter_table('sync_link', schema=None) as batch_op:
        batch_op.drop_column('last_error_params')
        batch_op.drop_column('last_error_code')
        batch_op.drop_column('last_outcome')
        batch_op.drop_column('last_stage')
