"""The FPGA backend: a PyRTL-generated, event-driven, layer-pipelined accelerator for spiking
networks of fully connected, convolution and pool stages, bit-exact with the integer reference
(:mod:`snnc.ir.integer`) and cycle-exact with its own cycle model (:mod:`.cycles`).
``docs/hardware.md`` describes the cores, buffers, the cycle contract and the resource model.

- :mod:`.schedule`: the backend's planning pass (lanes per core for a target, exact cycles);
- :mod:`.cycles`: the cycle model (the timing contract the RTL is tested against);
- :mod:`.spec`: the cores read off a quantized graph;
- :mod:`.rtl`: the generator (PyRTL);
- :mod:`.stimulus`: host input streams and the reference's expected outputs;
- :mod:`.pyrtl_sim`, :mod:`.verilator`: simulation (PyRTL for unit tests, Verilator for datasets);
- :mod:`.verilog`: Verilog with ``$readmemh`` weight files and a stimulus-driven testbench;
- :mod:`.synth`: yosys (iCE40, ECP5, Xilinx 7), nextpnr-ice40 and nextpnr-ecp5;
- :mod:`.vivado`: the Vivado script of a Xilinx build (no open place and route for Xilinx);
- :mod:`.build`, :mod:`.run`: build directories and simulated runs against the reference.
"""

from __future__ import annotations

from snnc.ir.passes import TARGET_INDEPENDENT

PIPELINE = (*TARGET_INDEPENDENT, "schedule")  # what ``snnc compile --backend fpga`` runs
PASS_MODULES = ("snnc.backends.fpga.schedule",)  # the passes this backend owns (they register themselves)
DEFAULT_TARGET = "generic"  # the device planned for when no --target is given
SIMULATORS = ("verilator", "pyrtl")  # PyRTL's own simulation is ~500x slower: only asked for by name
