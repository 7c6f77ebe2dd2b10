"""session versions, invitations, class lists, lesson archive, throttles

Teachers get a session version (sign-out and password resets end copied cookies); invitations
replace open sign-up; a quiz may have a class list (optionally a code per student); a deleted
lesson is archived (``deleted_at``) and restorable; throttles count failures per key with a
growing wait instead of a lockout (the old throttle_events log is dropped).

Revision ID: c2f3dfe7bc67
Revises: b5a0cf917c46
Create Date: 2026-11-30 02:25:57.842265

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'c2f3dfe7bc67'
down_revision = 'b5a0cf917c46'
branch_labels = None
depends_on = None


def upgrade():
    # The old failure log (one row per failure, a hard lockout) gives way to the throttles table.
    with op.batch_alter_table('throttle_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_throttle_events_key'))
        batch_op.drop_index(batch_op.f('ix_throttle_events_at'))
    op.drop_table('throttle_events')

    op.create_table('throttles',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_at', sa.DateTime(), nullable=False),
    sa.Column('wait_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('key')
    )
    with op.batch_alter_table('throttles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_throttles_last_at'), ['last_at'], unique=False)

    op.create_table('invites',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['teachers.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code_hash')
    )
    with op.batch_alter_table('invites', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invites_created_by'), ['created_by'], unique=False)

    op.create_table('roster_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quiz_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=True),
    sa.ForeignKeyConstraint(['quiz_id'], ['quizzes.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('quiz_id', 'name', name='uq_roster_quiz_name')
    )
    with op.batch_alter_table('roster_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roster_entries_quiz_id'), ['quiz_id'], unique=False)

    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('roster_entry_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_attempts_roster_entry_id'), ['roster_entry_id'], unique=False)
        batch_op.create_foreign_key('fk_attempts_roster_entry_id', 'roster_entries', ['roster_entry_id'], ['id'],
                                    ondelete='SET NULL')

    with op.batch_alter_table('lessons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deleted_at', sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_lessons_deleted_at'), ['deleted_at'], unique=False)

    with op.batch_alter_table('teachers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_version', sa.Integer(), server_default='1', nullable=False))



def downgrade():
    with op.batch_alter_table('teachers', schema=None) as batch_op:
        batch_op.drop_column('session_version')

    with op.batch_alter_table('lessons', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lessons_deleted_at'))
        batch_op.drop_column('deleted_at')

    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.drop_constraint('fk_attempts_roster_entry_id', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_attempts_roster_entry_id'))
        batch_op.drop_column('roster_entry_id')

    with op.batch_alter_table('roster_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roster_entries_quiz_id'))

    op.drop_table('roster_entries')
    with op.batch_alter_table('invites', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invites_created_by'))

    op.drop_table('invites')
    with op.batch_alter_table('throttles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_throttles_last_at'))

    op.drop_table('throttles')
    op.create_table('throttle_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('throttle_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_throttle_events_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_throttle_events_key'), ['key'], unique=False)
