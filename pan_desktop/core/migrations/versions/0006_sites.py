"""site assessments: sites, their contacts (org only), assessments, answers, audit log, photos

Revision ID: 0006_sites
Revises: 0005_training
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_sites'
down_revision = '0005_training'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('assessment_answers',
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=60), nullable=False),
    sa.Column('aspect', sa.String(length=20), nullable=False),
    sa.Column('answer', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('action_what', sa.String(length=500), nullable=False),
    sa.Column('action_who', sa.String(length=200), nullable=False),
    sa.Column('action_due', sa.String(length=10), nullable=True),
    sa.Column('action_done', sa.Boolean(), nullable=False),
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
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_answers'))
    )
    with op.batch_alter_table('assessment_answers', schema=None) as batch_op:
        batch_op.create_index('ix_assessment_answers_item', ['assessment_id', 'item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_answers_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_answers_org_id'), ['org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_answers_sort_key'), ['sort_key'], unique=False)

    op.create_table('assessment_audit',
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=60), nullable=False),
    sa.Column('field', sa.String(length=20), nullable=False),
    sa.Column('old', sa.Text(), nullable=False),
    sa.Column('new', sa.Text(), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
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
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment_audit'))
    )
    with op.batch_alter_table('assessment_audit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_audit_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_audit_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_audit_org_id'), ['org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessment_audit_sort_key'), ['sort_key'], unique=False)

    op.create_table('assessments',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('assessor', sa.String(length=200), nullable=False),
    sa.Column('guideline', sa.String(length=120), nullable=False),
    sa.Column('guideline_version', sa.String(length=40), nullable=False),
    sa.Column('checklist', sa.String(length=60), nullable=False),
    sa.Column('checklist_hash', sa.String(length=64), nullable=False),
    sa.Column('items', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('version', sa.String(length=6), nullable=False),
    sa.Column('previous_id', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('finalized_at', sa.String(length=32), nullable=False),
    sa.Column('next_visit', sa.String(length=10), nullable=True),
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
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments'))
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessments_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessments_org_id'), ['org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessments_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessments_sort_key'), ['sort_key'], unique=False)

    op.create_table('site_contacts',
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
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
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_contacts'))
    )
    with op.batch_alter_table('site_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_contacts_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_contacts_org_id'), ['org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_contacts_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_contacts_sort_key'), ['sort_key'], unique=False)

    op.create_table('site_photos',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('item_id', sa.String(length=60), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('taken_at', sa.String(length=32), nullable=False),
    sa.Column('lat', sa.String(length=20), nullable=False),
    sa.Column('lon', sa.String(length=20), nullable=False),
    sa.Column('distance_m', sa.String(length=12), nullable=False),
    sa.Column('far', sa.Boolean(), nullable=False),
    sa.Column('size', sa.String(length=12), nullable=False),
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
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_photos'))
    )
    with op.batch_alter_table('site_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_site_photos_assessment_id'), ['assessment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_photos_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_photos_org_id'), ['org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_photos_sha256'), ['sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_photos_sort_key'), ['sort_key'], unique=False)

    op.create_table('sites',
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('provinces', sa.JSON(), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('org', sa.String(length=300), nullable=False),
    sa.Column('lat', sa.String(length=20), nullable=False),
    sa.Column('lon', sa.String(length=20), nullable=False),
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
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sites'))
    )
    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sites_deleted'), ['deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_sites_org_id'), ['org_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sites_sort_key'), ['sort_key'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sites', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sites_sort_key'))
        batch_op.drop_index(batch_op.f('ix_sites_org_id'))
        batch_op.drop_index(batch_op.f('ix_sites_deleted'))

    op.drop_table('sites')
    with op.batch_alter_table('site_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_photos_sort_key'))
        batch_op.drop_index(batch_op.f('ix_site_photos_sha256'))
        batch_op.drop_index(batch_op.f('ix_site_photos_org_id'))
        batch_op.drop_index(batch_op.f('ix_site_photos_deleted'))
        batch_op.drop_index(batch_op.f('ix_site_photos_assessment_id'))

    op.drop_table('site_photos')
    with op.batch_alter_table('site_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_contacts_sort_key'))
        batch_op.drop_index(batch_op.f('ix_site_contacts_site_id'))
        batch_op.drop_index(batch_op.f('ix_site_contacts_org_id'))
        batch_op.drop_index(batch_op.f('ix_site_contacts_deleted'))

    op.drop_table('site_contacts')
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessments_sort_key'))
        batch_op.drop_index(batch_op.f('ix_assessments_site_id'))
        batch_op.drop_index(batch_op.f('ix_assessments_org_id'))
        batch_op.drop_index(batch_op.f('ix_assessments_deleted'))

    op.drop_table('assessments')
    with op.batch_alter_table('assessment_audit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_audit_sort_key'))
        batch_op.drop_index(batch_op.f('ix_assessment_audit_org_id'))
        batch_op.drop_index(batch_op.f('ix_assessment_audit_deleted'))
        batch_op.drop_index(batch_op.f('ix_assessment_audit_assessment_id'))

    op.drop_table('assessment_audit')
    with op.batch_alter_table('assessment_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_answers_sort_key'))
        batch_op.drop_index(batch_op.f('ix_assessment_answers_org_id'))
        batch_op.drop_index(batch_op.f('ix_assessment_answers_deleted'))
        batch_op.drop_index('ix_assessment_answers_item')

    op.drop_table('assessment_answers')
