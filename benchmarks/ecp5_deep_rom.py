"""Benchmark: a deep weight ROM alone on the ECP5-85F, as yosys maps it and as DP16KD rows with output
registers (``snnc.backends.fpga.ecp5``). The ROM is the deepest of a model's accelerator (default: the
Fashion conv net's FC core after the pools, 6,272 x 128 at 4-bit weights), read as the generator
reads it (a registered address, the block's register, then a register) between a counter that
walks its addresses and an XOR of its words into 8 output bits; nextpnr-ecp5 places and routes each
for 100 MHz.

    python benchmarks/ecp5_deep_rom.py       # ~3 minutes

Writes ``benchmarks/results/ecp5-deep-rom.json`` and prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

from snnc.backends.fpga import ecp5
from snnc.backends.fpga.synth import place_and_route_ecp5, synthesize
from snnc.compile import CompileOptions, compile_model

HERE = Path(__file__).parent
MODEL = HERE / "results" / "models" / "fpga-conv-scratch.nir"

HARNESS = """module top(input clk, output reg [7:0] q);
    reg [{a}:0] address = 0, address_q = 0;
    reg [{w}:0] term;
    integer i;
    reg [7:0] folded;
    always @(posedge clk) begin
        address <= address == {last} ? 0 : address + 1;
        address_q <= address;
        folded = 0;
        for (i = 0; i < {w1}; i = i + 8) folded = folded ^ term[i +: 8];
        q <= folded;
    end
{rom}
endmodule
"""

AS_YOSYS_MAPS_IT = """    reg [{w}:0] memory[{declared}:0];  // 2^address bits deep, as PyRTL declares it
    initial $readmemh("rom.hex", memory);
    reg [{w}:0] word, held;
    always @(posedge clk) begin
        word <= memory[address_q];
        held <= word;
        term <= held;
    end"""

AS_DP16KD_ROWS = """    wire [{w}:0] held;
    deep_rom rom(.clk(clk), .address(address_q), .data(held));
    always @(posedge clk) term <= held;"""


def deepest_rom(model: Path, scratch: Path) -> tuple[list[int], int]:
    options = CompileOptions(
        backend="fpga", output=scratch / "build", target="ecp5-85k", dataset="FashionMNIST",
        dataset_root="/usr/share/datasets/fashion-mnist", weight_bits=4, synthesize=False,
    )  # fmt: skip
    compile_model(model, options, echo=lambda line: None)
    hex_files = sorted((scratch / "build").glob("*.hex"), key=lambda p: len(p.read_text().splitlines()))
    lines = hex_files[-1].read_text().split()
    return [int(line, 16) for line in lines], 4 * len(lines[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--out", type=Path, default=HERE / "results" / "ecp5-deep-rom.json")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="snnc-rom-") as scratch_name:
        scratch = Path(scratch_name)
        words, bits = deepest_rom(args.model, scratch)
        address_bits = (len(words) - 1).bit_length()
        fields = dict(a=address_bits - 1, w=bits - 1, w1=bits, last=len(words) - 1, declared=(1 << address_bits) - 1)
        for name, body in (("as yosys maps it", AS_YOSYS_MAPS_IT), ("DP16KD rows, output registers", AS_DP16KD_ROWS)):
            build = scratch / re.sub(r"\W+", "-", name)
            build.mkdir()
            (build / "rom.hex").write_text("".join(f"{word:x}\n" for word in words))
            sources = ["top.v"]
            (build / "top.v").write_text(HARNESS.format(rom=body.format(**fields), **fields))
            if body is AS_DP16KD_ROWS:
                (build / "deep_rom.v").write_text(ecp5.rom_module("deep_rom", words, bits, address_bits))
                sources.insert(0, "deep_rom.v")
            stats = synthesize(build, sources, "top", "ecp5", netlist_json="top.json")
            routed = place_and_route_ecp5(build, "top.json", "85k", "CABGA381", freq_mhz=100.0)
            log = (build / "nextpnr-ecp5.log").read_text()
            arcs = re.findall(r"Routing (\d+) arcs", log)
            rows.append(
                {
                    "rom": f"{len(words)} x {bits}",
                    "mapping": name,
                    "luts": stats["luts"],
                    "ffs": stats["ffs"],
                    "bram": stats["bram"],
                    "routed_arcs": int(arcs[-1]) if arcs else None,
                    "fmax_mhz": routed["fmax_mhz"],
                }
            )
    args.out.write_text(json.dumps(rows, indent=2) + "\n")
    print("| ROM | mapping | LUT | FF | DP16KD | arcs routed | Fmax (nextpnr-ecp5, 85k) |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {row['rom']} | {row['mapping']} | {row['luts']:,} | {row['ffs']:,} | {row['bram']} | "
            f"{row['routed_arcs']:,} | {row['fmax_mhz']:.1f} MHz |"
        )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
