"""Alembic environment: runs on the connection handed over by `besluitspoor.store.migrate`."""

from alembic import context

from besluitspoor.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
# The connection comes from outside: commit here, or the version row is never stored.
connection.commit()
