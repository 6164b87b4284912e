"""The rule catalogue: one module per rule (see registry.py), and the engine that runs them."""
