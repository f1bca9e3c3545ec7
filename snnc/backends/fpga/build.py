"""``snnc compile --backend fpga``: from a scheduled graph to a build directory and its report.

The build directory holds the accelerator (``snnc_accelerator.v``), one ``.hex`` file per ROM,
``testbench.v``, the quantized graph (``model.q.nir``), ``plan.json``, ``report.json`` and
``report.md``, the synthesis and place-and-route logs and, for a Xilinx target, a Vivado script
(``vivado.tcl``, ``snnc_accelerator.xdc``). It is assembled in a temporary directory beside the
target and renamed into place, so an interrupted compile never leaves a half-written build.

Report figures: cycles per image are the plan's (the exact cycle model on the calibration
images); the clock is nextpnr's Fmax on the target's part (nextpnr-ice40 for iCE40,
nextpnr-ecp5 for ECP5) where the design fits, else the target's stated clock, labelled "stated
(not measured)" (always so for Xilinx: no open place and route); LUT/FF/BRAM/DSP from yosys for the
target's family by default, for any families asked for (each iCE40/ECP5 one also placed and
routed). The energy estimate multiplies operation counts by per-operation constants (stated in
the report; 45 nm figures from Horowitz, ISSCC 2014): it ranks designs, it is not a power measurement of an FPGA.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import nir

from snnc.backends.fpga import synth
from snnc.backends.fpga.rtl import build_design
from snnc.backends.fpga.spec import ConvStage, DesignSpec, FcStage, PoolStage, design_from_plan
from snnc.backends.fpga.stimulus import reference_run
from snnc.backends.fpga.targets import STATED, clock_label, get_target, lanes_label
from snnc.backends.fpga.verilator import have_verilator, lint
from snnc.backends.fpga.verilog import MODULE, expected_results, family_source, stimulus_text, write_verilog
from snnc.backends.fpga.vivado import write_vivado_project
from snnc.errors import ConfigError
from snnc.files import check_output_directory, output_directory
from snnc.ir.io import write_graph

Echo = Callable[[str], None]

# pJ per operation (45 nm, Horowitz ISSCC 2014): SRAM read per bit from 5 pJ per 32-bit word of
# an 8 KB array; a 16-bit add between the 8-bit (0.03) and 32-bit (0.1) figures; an 8-bit
# multiply; a neuron update as two adds and a compare.
ENERGY_PJ = {"sram_bit": 5.0 / 32, "add": 0.05, "multiply": 0.2, "neuron_update": 0.1}
FAMILIES = tuple(synth.FAMILIES)  # ("ice40", "ecp5", "gowin", "xc7")
PLACERS = {"ice40": synth.place_and_route_ice40, "ecp5": synth.place_and_route_ecp5}  # bare accelerators
BOARD_PLACERS = {**PLACERS, "gowin": synth.place_and_route_gowin}  # a board top's few ports all have pins
#: The placed design each family's bitstream is packed from, and the bitstream.
BOARD_OUTPUTS = {"ice40": ("board.asc", "board.bin"), "ecp5": ("board.config", "board.bit"),
                 "gowin": ("board-routed.json", "board.fs")}  # fmt: skip
COMPARISON_PARTS = {"ice40": "ice40-hx8k", "ecp5": "ecp5-85k"}  # where a family other than the target's is placed
BUILD_KIND = "fpga build"  # the kind of snnc output directory a build is


def families_for(target: str, families: Sequence[str] | None = None) -> tuple[str, ...]:
    """The families a build synthesizes: ``families`` when given (``--families``), else the
    target's own (none for ``generic``)."""
    if families is None:
        family = get_target(target).family
        return (family,) if family else ()
    unknown = [family for family in families if family not in FAMILIES]
    if unknown:
        raise ConfigError(f"--families: unknown family {unknown[0]!r}; choose from {', '.join(FAMILIES)}")
    return tuple(dict.fromkeys(families))


def placement_part(target: str, family: str) -> tuple[str, str, str] | None:
    """(target name, device, package) a family's netlist is placed and routed on: the target's part
    for its own family, else ``COMPARISON_PARTS``; None for a family without open place and route."""
    if family not in PLACERS:
        return None
    name = target if get_target(target).family == family else COMPARISON_PARTS[family]
    device, package = get_target(name).part
    return name, device, package


#: The tool that packs each family's placed board design into a bitstream.
PACKERS = {"ice40": "icepack", "ecp5": "ecppack", "gowin": "gowin_pack"}


def check_tools(target: str, run_synthesis: bool, families: Sequence[str] | None = None, board: bool = False) -> None:
    """Refuse, before any work, a build whose synthesis, place and route (or, for a ``board``
    build, bitstream packing) needs a missing tool."""
    chosen = families_for(target, None if board else families)
    if not run_synthesis or not chosen:
        return
    placers = BOARD_PLACERS if board else PLACERS
    needed = list(dict.fromkeys(synth.synthesis_tool(family) for family in chosen))
    needed += [synth.NEXTPNR[family] for family in chosen if family in placers]
    needed += [PACKERS[family] for family in chosen if board and family in PACKERS]
    missing = [tool for tool in needed if not synth.have_tool(tool)]
    if missing:
        hints = []
        debian = [tool for tool in missing if tool not in synth.PYPI_TOOLS]
        if debian:
            hints.append(f"make setup installs {'them' if len(debian) > 1 else 'it'} as root")
        from_pypi = sorted({synth.PYPI_TOOLS[tool][1] for tool in missing if tool in synth.PYPI_TOOLS})
        if from_pypi:
            hints.append(f"`pip install -e .` installs {' and '.join(from_pypi)}")
        raise ConfigError(
            f"{' and '.join(missing)} not installed ({'; '.join(hints)}); "
            "--no-synth builds the Verilog, plan and cycles without synthesis"
        )


def file_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def energy_estimate(spec: DesignSpec, plan: dict) -> dict[str, Any]:
    """Operation counts per image (from the plan's mean events and the cores' item counts) times
    ``ENERGY_PJ``: per item a weight-word read and ``P`` adds (multiplies for pixels; a conv or pool
    item also reads and writes its accumulator word; with accumulator banks, each bank), per update
    a membrane word read and written and ``P`` neuron updates."""
    steps = spec.time_steps
    counts = {"sram_bits": 0.0, "adds": 0.0, "multiplies": 0.0, "neuron_updates": 0.0}
    for stage, timing, placed in zip(spec.stages, spec.timings(), plan["stages"], strict=True):
        items = placed["events_per_step"] * steps * timing.per_event  # a pixel stage's pixels, once per image
        lanes = timing.lanes
        if isinstance(stage, PoolStage):
            counts["sram_bits"] += (
                items * lanes * stage.count_bits * 2 + steps * timing.words * lanes * stage.count_bits
            )
            counts["adds"] += items
            continue
        banked = items * (stage.bank_count if isinstance(stage, ConvStage) else 1)  # every bank's share of an item
        counts["sram_bits"] += banked * lanes * stage.weight_bits
        if not isinstance(stage, FcStage):
            counts["sram_bits"] += banked * lanes * stage.acc_bits * 2
        counts["sram_bits"] += steps * timing.words * lanes * 2 * stage.v_bits
        counts["adds"] += banked * lanes
        if stage.pixels:
            counts["multiplies"] += banked * lanes
        counts["neuron_updates"] += steps * timing.words * lanes
    picojoules = (
        counts["sram_bits"] * ENERGY_PJ["sram_bit"]
        + counts["adds"] * ENERGY_PJ["add"]
        + counts["multiplies"] * ENERGY_PJ["multiply"]
        + counts["neuron_updates"] * ENERGY_PJ["neuron_update"]
    )
    return {
        "uj_per_image": picojoules * 1e-6,
        "operations_per_image": {k: round(v) for k, v in counts.items()},
        "constants_pj": ENERGY_PJ,
        "source": "45 nm per-operation energies (Horowitz, ISSCC 2014); an estimate, not an FPGA power measurement",
    }


def _design_summary(spec: DesignSpec) -> list[dict[str, Any]]:
    rows = []
    for s, timing in zip(spec.stages, spec.timings(), strict=True):
        kind = s.kind if isinstance(s, FcStage) else ("conv-" + s.kind if isinstance(s, ConvStage) else "pool")
        rows.append(
            {
                "stage": s.index,
                "kind": kind,
                "input_shape": list(s.input_shape),
                "out_shape": list(s.out_shape),
                "lanes": timing.lanes,
                "banks": list(timing.banks),
                "words": timing.words,
                "input": "pixels" if s.pixels else "spikes",
                "pool_in": s.pool,
                "weight_bits": getattr(s, "weight_bits", 0),
                "acc_bits": getattr(s, "acc_bits", 0),
                "v_bits": getattr(s, "v_bits", getattr(s, "count_bits", 0)),
            }
        )
    return rows


def performance(plan: dict, clock_mhz: float) -> dict[str, float]:
    """Latency of one image and throughput of a stream of images, at ``clock_mhz``."""
    return {
        "clock_mhz": clock_mhz,
        "latency_us": float(plan["latency_cycles_mean"]) / clock_mhz,
        "images_per_s": clock_mhz * 1e6 / float(plan["cycles_per_image"]),
    }


class BoardOptions(NamedTuple):
    """``--board``: the board, the clock asked for (None: the board's oscillator) and the UART rate."""

    name: str
    clock_mhz: float | None = None
    baud: int = 115_200


def write_build(
    graph: nir.NIRGraph,
    plan: dict,
    output: Path,
    model_path: Path | None,
    run_synthesis: bool = True,
    echo: Echo = print,
    sample_images=None,
    force: bool = False,
    families: Sequence[str] | None = None,
    board: BoardOptions | None = None,
    clock_mhz: float | None = None,
    seed: int | tuple[int, ...] | None = None,
) -> dict[str, Any]:
    """Generate, export, lint and (optionally) synthesize; returns the report (also written).
    ``output`` is written as one snnc output directory (``snnc.files.output_directory``): an existing
    one is replaced only when it is an earlier build and ``force`` is given. Synthesis covers
    ``families`` (default: the target's family, none for ``generic``; see :func:`families_for`).
    ``clock_mhz`` (a bare build's; default: the target's stated clock) is the clock the build is
    constrained to: nextpnr's ``--freq`` (a comparison family's part: its own stated clock unless
    given), the Vivado XDC, and the stated clock of the performance when no tool measures one.
    ``seed`` is nextpnr's placement seed (None: nextpnr's default) or several (each placed, the
    fastest kept); the report records the seed kept.

    With ``sample_images`` the build also gets ``stimulus.txt`` and ``expected.txt`` for them, so
    the testbench runs standalone: ``verilator --binary --timing testbench.v snnc_accelerator.v &&
    obj_dir/Vtestbench && diff results.txt expected.txt``."""
    output = Path(output)
    check_output_directory(output, BUILD_KIND, force)  # before any work
    if board is not None and families is not None:
        raise ConfigError("--families compares bare accelerators; a --board build places its own family")
    if board is not None and clock_mhz is not None:
        raise ConfigError("a --board build's clock is the board's (BoardOptions.clock_mhz)")
    chosen = families_for(plan["target"], families) if run_synthesis and board is None else ()
    spec = design_from_plan(graph, plan)
    started = time.perf_counter()
    echo(f"generating the accelerator: {len(spec.stages)} cores, lanes {[s.lanes for s in spec.stages]} ...")
    design = build_design(spec)
    with output_directory(output, BUILD_KIND, force) as staging:
        files = write_verilog(design, staging)
        if sample_images is not None:
            records, expected = reference_run(graph, spec, sample_images)
            (staging / "stimulus.txt").write_text(stimulus_text(records))
            (staging / "expected.txt").write_text(expected_results(expected, spec, spec.stages[-1].lanes))
            files.update(stimulus=staging / "stimulus.txt", expected=staging / "expected.txt")
        write_graph(graph, staging / "model.q.nir")
        (staging / "plan.json").write_text(json.dumps(plan, indent=2) + "\n")
        echo(f"wrote Verilog and {len(design.roms)} weight files ({time.perf_counter() - started:.1f} s)")
        target = get_target(plan["target"])
        if target.family == "xc7":
            hex_files = sorted(name for name in files if name.endswith(".hex"))
            part, clock = target.part[0], clock_mhz or target.clock_mhz
            files.update(write_vivado_project(staging, MODULE, [f"{MODULE}.v"], hex_files, part, clock))
        report = _report(spec, plan, model_path, files, staging, chosen, echo, clock_mhz, seed)
        if board is not None:
            report["board"] = write_board(design, board, plan["target"], staging, run_synthesis, echo, seed)
            report["performance"] = {
                **performance(plan, report["board"]["clock_mhz"]),
                "clock_source": report["board"]["clock_source"],
            }
        (staging / "report.json").write_text(json.dumps(report, indent=2) + "\n")
        (staging / "report.md").write_text(report_markdown(report))
    return report


def write_board(
    design,
    options: BoardOptions,
    target: str,
    build_dir: Path,
    run_synthesis: bool,
    echo: Echo,
    seed: int | tuple[int, ...] | None = None,
) -> dict:
    """The board top, the link and the constraints in ``build_dir``; with ``run_synthesis`` also the
    synthesis, place and route (on the board's pins, at its clock, nextpnr's placement ``seed``) and,
    when the clock is met, the bitstream. Returns the report's ``board`` section."""
    from snnc.backends.fpga import boards
    from snnc.backends.fpga.link import design_id, link_layout

    board = boards.get_board(options.name)
    clock = boards.board_clock(board, options.clock_mhz)
    cycles_per_bit = boards.clocks_per_bit(clock.mhz, options.baud)
    layout = link_layout(design.spec)
    roms = {f"{name}.hex": (build_dir / f"{name}.hex").read_text() for name in design.roms}
    identity = design_id((build_dir / f"{MODULE}.v").read_text(), roms)
    idle_timeout = cycles_per_bit * 10 * 256  # 256 byte times of silence end a half-received frame
    parameters = boards.link_parameters(layout, cycles_per_bit, idle_timeout, identity)
    (build_dir / f"{boards.LINK_MODULE}.v").write_text(boards.link_verilog())
    (build_dir / f"{boards.TOP}.v").write_text(boards.board_top_verilog(board, clock, parameters))
    constraint_file, constraint_text = boards.constraints(board, clock)
    (build_dir / constraint_file).write_text(constraint_text)
    source = f"PLL from the {board.oscillator_mhz:g} MHz oscillator" if clock.pll else "the board's oscillator"
    section: dict[str, Any] = {
        "board": options.name,
        "description": board.description,
        "clock_mhz": clock.mhz,
        "clock_source": f"{options.name} clock ({source})",
        "pll": clock.pll.dividers if clock.pll else None,
        "baud": options.baud,
        "cycles_per_bit": cycles_per_bit,
        "idle_timeout_cycles": idle_timeout,
        "design_id": f"{identity:08x}",
        "layout": layout._asdict(),
        "record_bytes": layout.record_bytes,
        "reply_bytes": layout.reply_bytes,
        "top": boards.TOP,
        "constraints": constraint_file,
        "bitstream": None,
    }
    if not run_synthesis:
        return section
    family = board.family
    sources = [f"{boards.TOP}.v", f"{boards.LINK_MODULE}.v", family_source(build_dir, family)]
    echo(f"yosys: synthesizing the {options.name} top for {family} ...")
    stats = synth.synthesize(build_dir, sources, boards.TOP, family, netlist_json="netlist-board.json")
    stats.pop("log", None)
    section["synthesis"] = stats
    echo(f"yosys {family}: {stats['luts']:,} LUTs, {stats['ffs']:,} FFs, {stats['bram']} BRAM, {stats['dsp']} DSP")
    device, package = get_target(target).part
    placed, bitstream = BOARD_OUTPUTS[family]
    tool = synth.NEXTPNR[family]
    echo(f"{tool}: placing and routing on {device} {package} at {clock.mhz:g} MHz ...")
    routed = BOARD_PLACERS[family](
        build_dir, "netlist-board.json", device, package, board=synth.BoardFiles(constraint_file, placed),
        freq_mhz=clock.mhz, seed=seed,
    )  # fmt: skip
    routed.pop("log", None)
    _echo_seeds(echo, tool, routed)
    section["place_and_route"] = {"device": device, "package": package, "seed": seed, **routed}
    if not routed["fits"]:
        section["bitstream_reason"] = f"does not fit {device} {package}: {routed['reason']}"
    elif routed["fmax_mhz"] is None or routed["fmax_mhz"] < clock.mhz:
        section["bitstream_reason"] = (
            f"timing not met: nextpnr Fmax {routed['fmax_mhz'] or 0:.1f} MHz < the {clock.mhz:g} MHz clock "
            "(--clock-mhz sets a slower one)"
        )
    if "bitstream_reason" in section:
        echo(f"no bitstream: {section['bitstream_reason']}")
        return section
    echo(f"{tool}: Fmax {routed['fmax_mhz']:.1f} MHz (clock {clock.mhz:g} MHz met)")
    part_option = boards.ECP5_IDCODES.get(device) if family == "ecp5" else package if family == "gowin" else None
    packed = synth.pack_bitstream(family, build_dir, placed, bitstream, part_option)
    packed["sha256"] = file_digest(build_dir / bitstream)
    section["bitstream"] = packed
    section["fmax_mhz"] = routed["fmax_mhz"]
    section["clock_source"] += f"; {tool} Fmax {routed['fmax_mhz']:.1f} MHz"
    echo(f"{packed['tool']}: wrote {bitstream} ({packed['bytes']:,} bytes)")
    return section


def _echo_seeds(echo: Echo, tool: str, routed: dict[str, Any]) -> None:
    """Say each seed's Fmax when several were placed, and which seeds left nextpnr's router in circles."""
    by_seed = routed.get("fmax_by_seed")
    if by_seed:
        each = ", ".join(f"{seed}: {'does not fit' if f is None else f'{f:.1f} MHz'}" for seed, f in by_seed.items())
        echo(f"{tool}: placed at seeds {', '.join(by_seed)} ({each}); kept seed {routed['seed']}")
    if routed.get("stalled_seeds"):
        stalled = synth.seed_names(routed["stalled_seeds"])
        echo(f"{tool}: the router went in circles at {stalled} (nextpnr issue #179); routed at seed {routed['seed']}")


def _report(
    spec,
    plan,
    model_path,
    files,
    build_dir: Path,
    families: Sequence[str],
    echo: Echo,
    clock_mhz: float | None = None,
    seed: int | tuple[int, ...] | None = None,
) -> dict[str, Any]:
    target = plan["target"]
    report: dict[str, Any] = {
        "model": str(model_path) if model_path else None,
        "model_sha256": file_digest(model_path) if model_path else None,
        "target": target,
        "time_steps": spec.time_steps,
        "encoding": spec.encoding,
        "decoding": spec.decoding,
        "top": MODULE,
        "files": sorted(p.name for p in files.values()),
        "stages": _design_summary(spec),
        "cycles_per_image": plan["cycles_per_image"],
        "latency_cycles_mean": plan["latency_cycles_mean"],
        "latency_cycles_max": plan["latency_cycles_max"],
        "event_bound_cycles_per_image": plan["event_bound_cycles_per_image"],
        "cycles_over_bound": plan["cycles_per_image"] / plan["event_bound_cycles_per_image"],
        "calibration_images": plan.get("calibration_images"),
        "energy": energy_estimate(spec, plan),
    }
    if have_verilator():
        report["lint"] = lint(build_dir) or "clean"
    clock, clock_source = float(clock_mhz or plan["clock_mhz"]), STATED
    if families:
        report["synthesis"], report["place_and_route"] = {}, {}
    for family in families:
        echo(f"yosys: synthesizing for {family} ...")
        netlist = f"netlist-{family}.json" if family in PLACERS else None
        stats = synth.synthesize(build_dir, [family_source(build_dir, family)], MODULE, family, netlist_json=netlist)
        stats.pop("log", None)
        report["synthesis"][family] = stats
        echo(
            f"yosys {family}: {stats['luts']:,} LUTs, {stats['ffs']:,} FFs, {stats['bram']} BRAM, "
            f"{stats['dsp']} DSP ({stats['seconds']:.0f} s)"
        )
        part = placement_part(target, family)
        if part is None:
            continue
        part_target, device, package = part
        tool = synth.NEXTPNR[family]
        goal = clock_mhz or get_target(part_target).clock_mhz
        echo(f"{tool}: placing and routing on {device} {package} for {goal:g} MHz ...")
        routed = PLACERS[family](build_dir, netlist, device, package, freq_mhz=goal, seed=seed)
        routed.pop("log", None)
        _echo_seeds(echo, tool, routed)
        report["place_and_route"][family] = {
            "target": part_target, "device": device, "package": package, "clock_goal_mhz": goal, "seed": seed,
            **routed,
        }  # fmt: skip
        if not (routed["fits"] and routed["fmax_mhz"]):
            echo(f"{tool}: does not fit {device} {package}: {routed['reason']}")
            continue
        echo(
            f"{tool}: Fmax {routed['fmax_mhz']:.1f} MHz, {routed['logic_cells']:,}/{routed['logic_cells_total']:,} "
            f"logic cells, {routed['bram']}/{routed['bram_total']} BRAM ({routed['seconds']:.0f} s)"
        )
        if part_target == target:
            clock, clock_source = float(routed["fmax_mhz"]), f"{tool} Fmax on {device}"
    report["performance"] = {**performance(plan, clock), "clock_source": clock_source}
    return report


def report_markdown(report: dict[str, Any]) -> str:
    perf = report["performance"]
    lines = [
        f"# snnc FPGA build: {report['model'] or 'model'}",
        "",
        f"Target `{report['target']}`, T = {report['time_steps']}, {report['encoding']} input, "
        f"{report['decoding']} readout.",
        "",
        "| stage | kind | input | output | lanes | words | input | weight bits | membrane bits |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in report["stages"]:
        shape = lambda dims: "x".join(str(d) for d in dims)  # noqa: E731
        pool = f" (sum pool {s['pool_in']})" if s["pool_in"] else ""
        lines.append(
            f"| {s['stage']} | {s['kind']} | {shape(s['input_shape'])}{pool} | {shape(s['out_shape'])} | "
            f"{lanes_label(s)} | {s['words']} | {s['input']} | {s['weight_bits']} | {s['v_bits']} |"
        )
    lines += [
        "",
        f"- cycles per image (images streamed): {report['cycles_per_image']:,.1f}; event bound "
        f"{report['event_bound_cycles_per_image']:,.1f} ({report['cycles_over_bound']:.3f}x); "
        f"latency of an image alone "
        f"{report['latency_cycles_mean']:,.1f} mean, {report['latency_cycles_max']:,} max cycles "
        f"(cycle model on {report['calibration_images']} calibration images)",
        f"- clock {clock_label(perf)}: latency {perf['latency_us']:.1f} us, {perf['images_per_s']:,.0f} images/s",
        f"- energy estimate: {report['energy']['uj_per_image']:.3f} uJ per image ({report['energy']['source']})",
    ]
    if "lint" in report:
        lines.append(
            f"- verilator lint: {report['lint'] if report['lint'] == 'clean' else 'warnings (see report.json)'}"
        )
    if "synthesis" in report:
        lines += ["", "| family | LUT | FF | block RAM | DSP | yosys s |", "|---|---|---|---|---|---|"]
        for family, stats in report["synthesis"].items():
            lines.append(
                f"| {family} | {stats['luts']:,} | {stats['ffs']:,} | {stats['bram']} | {stats['dsp']} | "
                f"{stats['seconds']:.0f} |"
            )
    for family, pnr in report.get("place_and_route", {}).items():
        where = f"\n{pnr['tool']} on {pnr['device']} {pnr['package']} ({family})"
        if pnr["fits"]:
            lines.append(
                f"{where}: Fmax {pnr['fmax_mhz']:.1f} MHz, {pnr['logic_cells']:,}/{pnr['logic_cells_total']:,} "
                f"logic cells, {pnr['bram']}/{pnr['bram_total']} BRAM, {pnr['dsp']}/{pnr['dsp_total']} DSP"
            )
        else:
            lines.append(f"{where}: does not fit ({pnr['reason']})")
    if "vivado.tcl" in report["files"]:
        lines.append(
            "\nXilinx has no open place and route: the clock above is stated (not measured); "
            "`vivado -mode batch -source vivado.tcl` implements the design and measures it (vivado/timing.rpt)."
        )
    return "\n".join(lines) + "\n"


def load_build(build: Path, model: Path | None = None) -> tuple[nir.NIRGraph, dict, dict]:
    """(quantized graph, plan, report) of a build directory; with ``model``, refused when the build
    was compiled from another version of that file."""
    from snnc.ir.io import read_graph

    build = Path(build)
    missing = [n for n in ("model.q.nir", "plan.json", "report.json") if not (build / n).exists()]
    if missing:
        raise ConfigError(f"--build {build}: not an snnc FPGA build (missing {', '.join(missing)})")
    try:
        plan = json.loads((build / "plan.json").read_text())
        report = json.loads((build / "report.json").read_text())
    except json.JSONDecodeError as exc:
        raise ConfigError(f"--build {build}: unreadable plan/report JSON ({exc.msg})") from None
    recorded = report.get("model_sha256")
    if model is not None and recorded and Path(model).exists() and file_digest(model) != recorded:
        raise ConfigError(f"--build {build}: it was compiled from another version of {model}; recompile")
    return read_graph(build / "model.q.nir"), plan, report
