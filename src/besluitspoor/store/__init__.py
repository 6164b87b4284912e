"""The SQLite store: schema, migrations, and dossiers in and out of the database."""
