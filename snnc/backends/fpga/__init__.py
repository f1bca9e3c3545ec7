"""The FPGA backend (in progress): PyRTL-generated event-driven cores, bit-exact with the integer
reference of :mod:`snnc.ir.integer`. Today: the fully connected stage core (:mod:`.core`) and its
block-level simulation and Verilog export; block RAM, FIFOs, the top level and synthesis come next."""
