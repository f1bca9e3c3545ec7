"""Training frontends: torch modules that train with the exact dynamics of DESIGN §3 and
export NIR graphs. They depend on :mod:`snnc.ir`, never on a backend."""
