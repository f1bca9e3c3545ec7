"""Verilog for a generated design: the accelerator, its weight files and a stimulus-driven testbench.

PyRTL writes the module (with a synchronous ``rst``); read-only memories are then loaded with
``$readmemh`` from one hex file each (never inline contents: ``docs/hardware.md``, "Tool facts"), the paths
relative to the directory the tools run in (the build directory). The testbench drives the host
protocol of ``pyrtl_sim`` cycle for cycle from ``stimulus.txt`` and writes ``results.txt``.

``stimulus.txt``: the image count, then per image its record count and one ``c y x value eos``
line per record (decimal). The testbench streams the images (``pyrtl_sim`` describes the host
protocol) and writes ``results.txt`` as one event per line: ``S cycle`` (an image's start),
``V value`` (an output value, the unsigned ``out_data`` word), ``D class cycle`` (an image's
done), or ``HANG images_done`` when the design stops making progress.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pyrtl

from snnc.backends.fpga import ecp5
from snnc.backends.fpga.rtl import Design
from snnc.backends.fpga.schedule import LOGIC_MEMORY_BITS, memory_blocks
from snnc.backends.fpga.stimulus import Record
from snnc.backends.fpga.targets import TARGETS
from snnc.errors import GraphError
from snnc.files import atomic_write

MODULE = "snnc_accelerator"


def reset_free_registers(text: str, names: set[str]) -> str:
    """PyRTL's register block with the registers ``names`` taken out of ``rst``: their reset lines
    dropped and their updates moved to an ``always`` block of their own (inside the ``if (rst)``
    block they would get a clock enable from ``rst``, which is the load this spares)."""
    if not names:
        return text
    head = "    always @(posedge clk) begin\n        if (rst) begin\n"
    split = "        end else begin\n"
    tail = "        end\n    end\n"
    begin = text.find(head)
    middle = text.find(split, begin)
    end = text.find(tail, middle)
    if min(begin, middle, end) < 0:
        raise GraphError("internal: unexpected PyRTL Verilog layout (no reset block)")
    assignment = re.compile(r"^ {12}(\S+) <= .*;$")

    def keep(line: str) -> bool:
        found = assignment.match(line)
        return not (found and found.group(1) in names)

    resets = text[begin + len(head) : middle].splitlines(keepends=True)
    updates = text[middle + len(split) : end].splitlines(keepends=True)
    free = [line[4:] for line in updates if not keep(line)]
    if len(free) != len(names):
        raise GraphError("internal: reset-free registers missing from the PyRTL Verilog")
    block = (
        head + "".join(line for line in resets if keep(line)) + split + "".join(line for line in updates if keep(line))
        + tail + "\n    // Data registers outside rst (their consumers are qualified by reset flags)\n"
        + "    always @(posedge clk) begin\n" + "".join(free) + "    end\n"
    )  # fmt: skip
    return text[:begin] + block + text[end + len(tail) :]


def with_memory_attribute(text: str, name: str, attribute: str, required: bool = True) -> str:
    """PyRTL's Verilog ``text`` with ``(* attribute *)`` before memory ``name``'s declaration (after
    any attributes it already has). ``required=False``: a memory PyRTL left out (nothing reads it)
    is passed over."""
    declaration = re.compile(rf"^(\s*(?:\(\* [^*]* \*\) )*)(reg\[\d+:0\] {re.escape(name)}\[\d+:0\];)", re.M)
    text, found = declaration.subn(rf"\1(* {attribute} *) \2", text, count=1)
    if not found and required:
        raise GraphError(f"internal: memory {name} is missing from the generated Verilog")
    return text


def accelerator_verilog(design: Design, module: str = MODULE) -> str:
    """The accelerator module, its ROMs loaded by ``$readmemh``."""
    buffer = io.StringIO()
    pyrtl.output_to_verilog(buffer, add_reset=True, block=design.block, module_name=module)
    free = {reg.name for reg in design.block.wirevector_subset(pyrtl.Register) if getattr(reg, "reset_free", False)}
    text = reset_free_registers(buffer.getvalue(), free)
    # Tiny memories go to logic: a block RAM each would be mostly empty (see schedule.LOGIC_MEMORY_BITS).
    memories = {memory.op_param[1] for memory in design.block.logic_subset("m") | design.block.logic_subset("@")}
    for mem in memories:
        if (1 << mem.addrwidth) * mem.bitwidth <= LOGIC_MEMORY_BITS:
            text = with_memory_attribute(text, mem.name, 'ram_style = "logic"', required=False)
    # Their reads meet writes, but the forwarding replaces every colliding read's word: yosys need not
    # emulate the HDL's read-first order with a bypass select after the block RAM's slow output.
    for name in design.forwarded:
        text = with_memory_attribute(text, name, "no_rw_check")
    loads = []
    for name in design.roms:
        if not re.search(rf"reg\[\d+:0\] {re.escape(name)}\[\d+:0\];", text):
            raise GraphError(f"internal: memory {name} is missing from the generated Verilog")
        loads.append(f'        $readmemh("{name}.hex", {name});')
    marker = "    // Registers\n"
    if loads:
        if marker not in text:
            raise GraphError("internal: unexpected PyRTL Verilog layout (no registers section)")
        text = text.replace(marker, "    initial begin\n" + "\n".join(loads) + "\n    end\n\n" + marker, 1)
    return text


def in_block_ram(depth: int, word_bits: int) -> bool:
    """Whether ECP5 synthesis puts a memory of ``depth`` (declared) words in block RAM: the resource
    model counts blocks for it (``schedule.memory_blocks``; both ECP5 parts alike)."""
    return memory_blocks(depth, word_bits, TARGETS["ecp5-85k"]) > 0


def ecp5_verilog(design: Design, text: str, module: str = MODULE) -> str | None:
    """The accelerator as ECP5 synthesis reads it: ``text`` (:func:`accelerator_verilog`) with every
    ROM deeper than one DP16KD and every memory of ``Design.event_buffers`` in block RAM (``in_block_ram``)
    read through DP16KDs whose output registers are in use (``ecp5.with_deep_memories``), and every register
    copy (``rtl.register_copies``) a TRELLIS_FF (``ecp5.with_register_copies``); None when there is
    neither (yosys maps the accelerator as is)."""
    deep: list[ecp5.DeepRom | ecp5.DeepRam] = [
        found
        for name, rom in design.roms.items()
        if ecp5.is_deep(len(rom.words), rom.word_bits)
        and (found := ecp5.find_deep_rom(text, name, rom.words, rom.word_bits, rom.memory.addrwidth))
    ]
    for name in design.event_buffers:
        shape = re.search(rf"^\s*reg\[(\d+):0\] {re.escape(name)}\[(\d+):0\];", text, re.M)
        if shape is None:
            continue  # a one-bit memory: never this deep
        word_bits, depth = int(shape[1]) + 1, int(shape[2]) + 1
        if in_block_ram(depth, word_bits) and (
            found := ecp5.find_deep_ram(text, name, depth, word_bits, (depth - 1).bit_length())
        ):
            deep.append(found)
    copies = {reg.name for reg in design.block.wirevector_subset(pyrtl.Register) if getattr(reg, "kept_apart", False)}
    if not deep and not copies:
        return None
    return ecp5.with_deep_memories(ecp5.with_register_copies(text, copies), module, deep)


def family_source(build_dir: Path, family: str, module: str = MODULE) -> str:
    """The accelerator's Verilog file a family's synthesis reads: ``<module>_ecp5.v`` for ECP5 when
    the build has one (:func:`ecp5_verilog`), else ``<module>.v``."""
    special = f"{module}_{family}.v"
    return special if family == "ecp5" and (Path(build_dir) / special).exists() else f"{module}.v"


def hex_lines(words: list[int], bits: int) -> str:
    digits = max(1, -(-bits // 4))
    return "".join(f"{word:0{digits}x}\n" for word in words)


def testbench_verilog(design: Design, module: str = MODULE, max_cycles: int = 50_000_000) -> str:
    """The testbench; it reports a hang when ``max_cycles`` pass without a ``done``."""
    block = design.block
    width = {w.name: w.bitwidth for w in block.wirevector_subset((pyrtl.Input, pyrtl.Output))}
    return f"""`timescale 1ns/1ps
// Drives {module} from stimulus.txt (+stimulus=PATH) and writes results.txt (+results=PATH).
module testbench;
    reg clk = 0;
    reg rst = 1;
    reg start = 0, in_valid = 0, in_eos = 0, out_ready = 1;
    reg [{width["in_c"] - 1}:0] in_c = 0;
    reg [{width["in_y"] - 1}:0] in_y = 0;
    reg [{width["in_x"] - 1}:0] in_x = 0;
    reg [{width["in_value"] - 1}:0] in_value = 0;
    wire busy, done, in_ready, out_valid;
    wire [{width["out_class"] - 1}:0] out_class;
    wire [{width["out_data"] - 1}:0] out_data;
    {module} dut(.clk(clk), .rst(rst), .start(start), .in_valid(in_valid), .in_c(in_c), .in_y(in_y), .in_x(in_x),
        .in_value(in_value), .in_eos(in_eos), .in_ready(in_ready), .out_valid(out_valid),
        .out_ready(out_ready), .out_data(out_data), .done(done), .out_class(out_class), .busy(busy));
    reg [8*1024-1:0] stimulus_path, results_path;
    integer fin, fout, images, image, records, position, cycle, status, c, y, x, value, eos, accepted, finished;
    integer need_start, last_done;
    always #5 clk = ~clk;
    initial begin
        if (!$value$plusargs("stimulus=%s", stimulus_path)) stimulus_path = "stimulus.txt";
        if (!$value$plusargs("results=%s", results_path)) results_path = "results.txt";
        fin = $fopen(stimulus_path, "r");
        fout = $fopen(results_path, "w");
        if (fin == 0 || fout == 0) begin
            $display("testbench: cannot open the stimulus or results file");
            $finish;
        end
        status = $fscanf(fin, "%d\\n", images);
        @(posedge clk); #1;
        @(posedge clk); #1;
        rst = 0;
        image = 0; position = 0; need_start = 1; finished = 0; cycle = 0; last_done = 0;
        if (images > 0) begin
            status = $fscanf(fin, "%d\\n", records);
            status = $fscanf(fin, "%d %d %d %d %d\\n", c, y, x, value, eos);
        end
        while (finished < images) begin
            start = (image < images) && need_start;
            in_valid = (image < images) && !need_start;
            in_c = c[{width["in_c"] - 1}:0];
            in_y = y[{width["in_y"] - 1}:0];
            in_x = x[{width["in_x"] - 1}:0];
            in_value = value[{width["in_value"] - 1}:0];
            in_eos = eos[0];
            #1;
            accepted = in_valid && in_ready;
            if (start) $fwrite(fout, "S %0d\\n", cycle);
            if (out_valid) $fwrite(fout, "V %0d\\n", out_data);
            if (done) begin
                $fwrite(fout, "D %0d %0d\\n", out_class, cycle);
                finished = finished + 1;
                last_done = cycle;
            end
            @(posedge clk); #1;
            if (start) need_start = 0;
            if (accepted) begin
                position = position + 1;
                if (position < records) status = $fscanf(fin, "%d %d %d %d %d\\n", c, y, x, value, eos);
                else begin
                    image = image + 1;
                    position = 0;
                    need_start = 1;
                    if (image < images) begin
                        status = $fscanf(fin, "%d\\n", records);
                        status = $fscanf(fin, "%d %d %d %d %d\\n", c, y, x, value, eos);
                    end
                end
            end
            cycle = cycle + 1;
            if (cycle - last_done > {max_cycles}) begin
                $fwrite(fout, "HANG %0d\\n", finished);
                $fclose(fout);
                $finish;
            end
        end
        $fclose(fout);
        $finish;
    end
endmodule
"""


def stimulus_text(images: list[list[Record]]) -> str:
    lines = [str(len(images))]
    for records in images:
        lines.append(str(len(records)))
        lines.extend(f"{c} {y} {x} {v} {e}" for c, y, x, v, e in records)
    return "\n".join(lines) + "\n"


def expected_results(expected, spec, group_lanes: int) -> str:
    """What ``results.txt`` must read for these images, line for line: the cycle model places every
    ``S``, ``V`` and ``D`` line (the last core emits value ``i`` of group ``g`` at
    ``done - G - N + 1 + g + i``; within a cycle the testbench writes S, then V, then D)."""
    n_out = spec.stages[-1].n_out
    groups = -(-n_out // group_lanes)
    bits = spec.result_bits
    lines = []
    for image, (start, done) in enumerate(zip(expected.starts, expected.dones, strict=True)):
        lines.append((int(start), 0, f"S {int(start)}"))
        for i, value in enumerate(expected.values[image]):
            cycle = int(done) - groups - n_out + 1 + i // group_lanes + i
            lines.append((cycle, 1, f"V {int(value) & ((1 << bits) - 1)}"))
        lines.append((int(done), 2, f"D {int(expected.classes[image])} {int(done)}"))
    return "".join(line + "\n" for _, _, line in sorted(lines, key=lambda item: item[:2]))


def write_verilog(design: Design, build_dir: Path, module: str = MODULE) -> dict[str, Path]:
    """The accelerator, one hex file per ROM and the testbench, each written atomically; and the
    accelerator's ECP5 source (``<module>_ecp5.v``) when it differs (:func:`ecp5_verilog`)."""
    build_dir = Path(build_dir)
    written = {}
    for name, rom_ in design.roms.items():
        text = hex_lines(rom_.words, rom_.word_bits)
        written[f"{name}.hex"] = atomic_write(build_dir / f"{name}.hex", lambda tmp, t=text: tmp.write_text(t))
    verilog = accelerator_verilog(design, module)
    written["verilog"] = atomic_write(build_dir / f"{module}.v", lambda tmp: tmp.write_text(verilog))
    for_ecp5 = ecp5_verilog(design, verilog, module)
    if for_ecp5 is not None:
        written["verilog_ecp5"] = atomic_write(build_dir / f"{module}_ecp5.v", lambda tmp: tmp.write_text(for_ecp5))
    bench = testbench_verilog(design, module)
    written["testbench"] = atomic_write(build_dir / "testbench.v", lambda tmp: tmp.write_text(bench))
    return written
