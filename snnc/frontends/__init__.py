"""Training frontends: torch modules that train with the exact float dynamics
(``docs/semantics.md``, "Float neurons") and export NIR graphs. They depend on :mod:`snnc.ir`, never on a backend."""
