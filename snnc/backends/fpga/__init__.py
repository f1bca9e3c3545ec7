"""The FPGA backend: a PyRTL-generated, event-driven, layer-pipelined accelerator for fully
connected SNNs, bit-exact with the integer reference (:mod:`snnc.ir.integer`) and cycle-exact
with the cycle model (:mod:`snnc.ir.cycles`).

- :mod:`.spec`: the cores read off a quantized, scheduled graph;
- :mod:`.rtl`: the generator (PyRTL);
- :mod:`.stimulus`: host input streams and the reference's expected outputs;
- :mod:`.pyrtl_sim`, :mod:`.verilator`: simulation (PyRTL for unit tests, Verilator for datasets);
- :mod:`.verilog`: Verilog with ``$readmemh`` weight files and a stimulus-driven testbench;
- :mod:`.synth`: yosys (iCE40, ECP5, Xilinx 7) and nextpnr-ice40;
- :mod:`.build`, :mod:`.run`: ``snnc compile/run --backend fpga``.
"""
