"""The generated accelerator against the integer reference (values, class) and the cycle model (cycles)."""

import math
import re

import nir
import numpy as np
import pyrtl
import pytest
import torch
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from snnc.backends.fpga.pyrtl_sim import simulate_pyrtl, to_signed
from snnc.backends.fpga.rtl import build_design, mixed_radix, neuron_pipeline
from snnc.backends.fpga.spec import FcStage, bank_options, design_from_graph, neuron_stages, with_lanes
from snnc.backends.fpga.stimulus import reference_run
from snnc.backends.fpga.verilator import have_verilator, lint, simulate_verilator
from snnc.backends.fpga.verilog import write_verilog
from snnc.errors import UnsupportedNodeError
from snnc.ir.integer import IntState, if_step_int, lif_step_int
from snnc.ir.metadata import update_snnc
from tests.backends.fpga.graphs import check_design as _check
from tests.backends.fpga.graphs import quantized_conv_graph, quantized_fc_graph


def _lane_stage(kind: str, reset: str, v_bits: int, acc_bits: int, m: int, f: int) -> FcStage:
    one = np.zeros(1, dtype=np.int64)
    return FcStage(
        index=0, kind=kind, weights=np.zeros((1, 1), dtype=np.int64), bias=one, threshold=one, v_reset=one,
        v_init=one, v_leak=one, leak_m=m, leak_f=f, reset=reset, weight_bits=4, v_bits=v_bits, acc_bits=acc_bits,
        lanes=1, pixels=False, input_bits=8,
    )  # fmt: skip


@settings(max_examples=25, deadline=None)
@given(
    kind=st.sampled_from(["if", "lif"]),
    reset=st.sampled_from(["zero", "subtract"]),
    m=st.integers(1, 7),
    f=st.integers(0, 4),
    data=st.data(),
)
def test_neuron_pipeline_matches_the_integer_step(kind, reset, m, f, data):
    """Block level: one lane's pipelined update in PyRTL against if_step_int / lif_step_int, a new
    random item every cycle (thresholds of either sign, values that saturate), each result read
    ``neuron_stages`` cycles after its inputs."""
    v_bits, acc_bits = 7, 9
    stage = _lane_stage(kind, reset, v_bits, acc_bits, m, f)
    depth = neuron_stages(stage)
    assert depth == {"if": 2, "lif": 3 if m in (1, 2, 4) else 4}[kind]  # a power-of-two m is a shift
    block = pyrtl.Block()
    with pyrtl.set_working_block(block, no_sanity_check=True):
        current, v_old = pyrtl.Input(acc_bits, "current"), pyrtl.Input(v_bits, "v_old")
        params = {n: pyrtl.Input(v_bits, n) for n in ("threshold", "v_reset", "v_leak")}
        after, fired = neuron_pipeline("lane", stage, current, v_old, params)
        out_v, out_z = pyrtl.Output(v_bits, "v_new"), pyrtl.Output(1, "z")
        out_v <<= after
        out_z <<= fired
    sim = pyrtl.Simulation(tracer=pyrtl.SimulationTrace(block=block), block=block)
    low, high = -(1 << (v_bits - 1)), (1 << (v_bits - 1)) - 1
    expected = []
    for cycle in range(30 + depth):
        values = {
            "current": data.draw(st.integers(-(1 << (acc_bits - 1)), (1 << (acc_bits - 1)) - 1)),
            "v_old": data.draw(st.integers(low, high)),
            "threshold": data.draw(st.integers(low, high)),
            "v_reset": data.draw(st.integers(low, high)),
            "v_leak": data.draw(st.integers(low // 2, high // 2)),
        }
        bits = {"current": acc_bits}
        t = {k: torch.tensor([v]) for k, v in values.items()}
        state = IntState(t["v_old"])
        if kind == "if":
            z, new = if_step_int(state, t["current"], t["threshold"], t["v_reset"], reset, v_bits)
        else:
            z, new = lif_step_int(state, t["current"], t["v_leak"], t["threshold"], t["v_reset"], m, f, reset, v_bits)
        expected.append((int(new.v), int(z), values))
        sim.step({k: v & ((1 << bits.get(k, v_bits)) - 1) for k, v in values.items()})
        if cycle >= depth:
            v_new, z_new, sent = expected[cycle - depth]
            assert (to_signed(sim.inspect("v_new"), v_bits), sim.inspect("z")) == (v_new, z_new), sent


@settings(max_examples=40, deadline=None)
@given(radices=st.lists(st.integers(1, 12), min_size=1, max_size=4), data=st.data())
def test_mixed_radix_addresses_are_the_number_their_digits_spell(radices, data):
    """Block level: ``mixed_radix`` (concatenation at power-of-two radices, a product and an adder
    elsewhere) against ``(d0 r1 + d1) r2 + ...``, each digit on a wire just wide enough for its radix."""
    digits = [data.draw(st.integers(0, radix - 1)) for radix in radices]
    block = pyrtl.Block()
    with pyrtl.set_working_block(block, no_sanity_check=True):
        wires = [pyrtl.Input(max(1, (radix - 1).bit_length()), f"d{n}") for n, radix in enumerate(radices)]
        out = pyrtl.Output(32, "value")
        out <<= mixed_radix(list(zip(wires, radices, strict=True)))
    sim = pyrtl.Simulation(tracer=pyrtl.SimulationTrace(block=block), block=block)
    sim.step({f"d{n}": digit for n, digit in enumerate(digits)})
    expected = digits[0]
    for digit, radix in zip(digits[1:], radices[1:], strict=True):
        expected = expected * radix + digit
    assert sim.inspect("value") == expected


def _pyrtl(spec, records):
    return simulate_pyrtl(build_design(spec), records, max_cycles=100_000)


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    sizes=st.lists(st.integers(1, 9), min_size=2, max_size=4),
    pixels=st.booleans(),
    readout=st.booleans(),
    decoding=st.sampled_from(["spike_count", "membrane"]),
    steps=st.integers(1, 6),
    v_init=st.sampled_from(["zero", "uniform", "varying"]),
    data=st.data(),
)
def test_whole_design_is_bit_and_cycle_exact(seed, sizes, pixels, readout, decoding, steps, v_init, data):
    """Random small quantized FC graphs: every image's outputs, class and cycle count (membranes
    starting at zero, at one v_init per layer or at one per neuron)."""
    rng = np.random.default_rng(seed)
    layers = len(sizes) - 1
    kinds = [data.draw(st.sampled_from(["if", "lif"])) for _ in range(layers)]
    if readout:
        kinds[-1] = "readout"
    resets = [data.draw(st.sampled_from(["zero", "subtract"])) for _ in range(layers)]
    lanes = [data.draw(st.integers(1, n)) for n in sizes[1:]]
    graph = quantized_fc_graph(rng, sizes, kinds, pixels, steps, decoding, resets, v_init=v_init)
    _check(graph, lanes, steps, torch.rand(5, sizes[0]), _pyrtl)


def test_each_buffers_ready_register_is_the_select_of_its_full_flags(rng):
    """``ready`` comes from a register of its own (``rtl.input_buffer``): in every cycle it must equal
    "the write half is not full", including the cycles where a producer waits on a full half."""
    # a fast first core (8 lanes) before a slow one (1 lane, 16 neurons): its buffer fills
    graph = quantized_fc_graph(rng, [6, 8, 16, 3], ["if", "if", "lif"], False, 4, "spike_count")
    spec = with_lanes(design_from_graph(graph, [8, 1, 1]), [8, 1, 1])
    records, expected = reference_run(graph, spec, torch.ones(4, 6))
    design = build_design(spec)
    prefixes = [f"s{stage.index}_in_" for stage in spec.stages]
    blocked_cycles = dict.fromkeys(prefixes, 0)

    def probe(sim):
        for prefix in prefixes:
            full = [sim.inspect(f"{prefix}full{half}") for half in range(2)]
            blocked = sim.inspect(f"{prefix}blocked")
            assert blocked == full[sim.inspect(f"{prefix}wr_half")], prefix
            blocked_cycles[prefix] += blocked

    result = simulate_pyrtl(design, records, max_cycles=100_000, probe=probe)
    np.testing.assert_array_equal(result.dones, expected.dones)
    assert blocked_cycles["s1_in_"] > 0, blocked_cycles  # the first core's emitter did wait


def test_dense_activity_and_idle_groups(rng):
    """Every input spiking (emitters at full rate) and inputs that never spike, in one design."""
    graph = quantized_fc_graph(rng, [6, 8, 5, 3], ["if", "if", "lif"], False, 4, "spike_count")
    images = torch.cat([torch.ones(2, 6), torch.zeros(2, 6), torch.rand(2, 6)])
    _check(graph, [3, 2, 3], 4, images, _pyrtl)


@pytest.mark.skipif(not have_verilator(), reason="verilator is not installed (make setup installs it as root)")
@pytest.mark.slow
@pytest.mark.parametrize("pixels, decoding", [(True, "membrane"), (False, "spike_count")])
def test_exported_verilog_lints_clean_and_verilator_matches(tmp_path, rng, pixels, decoding):
    graph = quantized_fc_graph(
        rng, [12, 10, 6, 4], ["lif", "if", "if"], pixels, 5, decoding, ["zero", "subtract", "zero"]
    )
    spec = design_from_graph(graph, [4, 3, 2])
    design = build_design(spec)
    written = write_verilog(design, tmp_path)
    text = written["verilog"].read_text()
    assert '$readmemh("s0_weights.hex", s0_weights);' in text and "8'h" not in text.split("// Registers")[0]
    assert lint(tmp_path) == ""

    def verilator(spec, records):
        return simulate_verilator(tmp_path, records, spec.stages[-1].n_out, spec.result_bits, spec.result_signed)

    _check(graph, [4, 3, 2], 5, torch.rand(40, 12), verilator)


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(0, 2**31),
    in_shape=st.tuples(st.integers(1, 2), st.integers(4, 7), st.integers(4, 7)),
    convs=st.lists(
        st.tuples(st.integers(1, 4), st.integers(1, 3), st.sampled_from([1, 2]), st.integers(0, 1)),
        min_size=1,
        max_size=2,
    ),
    pool_style=st.sampled_from(["spike", "sum", "none"]),
    pixels=st.booleans(),
    readout=st.booleans(),
    decoding=st.sampled_from(["spike_count", "membrane"]),
    steps=st.integers(1, 4),
    v_init=st.sampled_from(["zero", "uniform", "varying"]),
    data=st.data(),
)
def test_conv_design_is_bit_and_cycle_exact(
    seed, in_shape, convs, pool_style, pixels, readout, decoding, steps, v_init, data
):
    """Random small conv graphs (conv, spike max pool, sum pool before a synapse, flatten, FC), membranes
    starting at zero or at a v_init per layer or per channel."""
    height, width = in_shape[1:]
    for _, kernel, stride, padding in convs:
        assume(height + 2 * padding >= kernel and width + 2 * padding >= kernel)
        height, width = (height + 2 * padding - kernel) // stride + 1, (width + 2 * padding - kernel) // stride + 1
        if pool_style != "none" and height >= 2 and width >= 2:
            height, width = height // 2, width // 2
    rng = np.random.default_rng(seed)
    kinds = [data.draw(st.sampled_from(["if", "lif"])) for _ in range(len(convs) + 2)]
    graph = quantized_conv_graph(
        rng, in_shape, convs, pool_style, 6, 3, kinds, pixels, steps, decoding, readout, v_init=v_init
    )
    limits = [math.prod(shape[:1]) for shape in _stage_channels(graph)]
    lanes = [data.draw(st.integers(1, limit)) for limit in limits]
    banks = [data.draw(st.sampled_from(bank_options(stage))) for stage in design_from_graph(graph, lanes).stages]
    _check(graph, lanes, steps, torch.rand(4, *in_shape), _pyrtl, banks)


@pytest.mark.parametrize("pixels", [False, True])
def test_accumulator_banks_are_bit_and_cycle_exact_and_faster(rng, pixels):
    """Both convs of a 7x7 map (7 = 2 tiles of 3 + 1: padding positions) unbanked, column-banked and fully
    banked: the same outputs and classes as the integer reference, every start and done as the cycle
    model says, and each level of banks finishing the images sooner."""
    graph = quantized_conv_graph(rng, (2, 7, 7), [(3, 3, 1, 1), (2, 3, 1, 1)], "sum", 6, 3,
                                 ["if", "lif", "if", "if"], pixels, 3, "spike_count")  # fmt: skip
    images = torch.rand(4, 2, 7, 7)
    finished = []
    for banks in [(1, 1), (1, 3), (3, 3)]:
        spec, expected = _check(graph, [2, 2, 3, 3], 3, images, _pyrtl, [banks, banks, (1, 1), (1, 1)])
        assert [stage.banks for stage in spec.stages[:2]] == [banks, banks]
        finished.append(int(expected.dones[-1]))
    assert finished[0] > finished[1] > finished[2]


@pytest.mark.parametrize("pixels", [False, True])
@pytest.mark.parametrize("banks", [(1, 1), (1, 3), (3, 3)])
def test_conv_updates_follow_the_last_event_write_to_their_word(rng, pixels, banks):
    """Each image's only input is at (1, 1), so a step's last accumulate item (kernel offset (2, 2))
    writes output (0, 0), the first word the update sweep reads, one or two cycles later: the update's
    read must see that write (``forwarded_read``) or a current misses its last term."""
    graph = quantized_conv_graph(rng, (1, 6, 6), [(4, 3, 1, 1)], "none", 6, 3, ["if", "if", "if"], pixels, 3,
                                 "membrane", True)  # fmt: skip
    images = torch.zeros(6, 1, 6, 6)
    images[:, 0, 1, 1] = torch.linspace(0.4, 1.0, 6)
    _check(graph, [4, 3, 2], 3, images, _pyrtl, [banks, (1, 1), (1, 1)])


def _stage_channels(graph):
    """Per stage, the extent lanes may span: output channels (conv, pool) or neurons (FC)."""
    from snnc.ir.graph import infer_shapes
    from snnc.ir.metadata import read_snnc

    shapes = infer_shapes(graph)
    return [shapes[stage["nodes"][-1]] for stage in read_snnc(graph)["stages"]]


@pytest.mark.parametrize(
    "change, words",
    [
        ({"pool": (4, 2)}, "non-overlapping"),
        ({"stride": 3}, "not a power of two"),
    ],
)
def test_unbuildable_conv_stages_are_refused_by_name(rng, change, words):
    stride = change.get("stride", 1)
    graph = quantized_conv_graph(rng, (1, 8, 8), [(2, 3, stride, 1)], "spike", 4, 3, ["if"] * 3, True, 2, "spike_count")
    if "pool" in change:
        kernel, stride = change["pool"]
        graph.nodes["pool0"] = nir.SumPool2d(
            kernel_size=np.array([kernel] * 2), stride=np.array([stride] * 2), padding=np.array([1, 1])
        )  # the same 4x4 output from 8x8, with overlapping windows
        name = "pool0"
    else:
        name = "conv0"
    with pytest.raises(UnsupportedNodeError, match=f"node '{name}'.*{words}"):
        design_from_graph(graph, [1, 1, 1, 1])


@pytest.mark.skipif(not have_verilator(), reason="verilator is not installed (make setup installs it as root)")
@pytest.mark.slow
@pytest.mark.parametrize("pool_style, pixels", [("spike", True), ("sum", False)])
def test_conv_verilog_lints_clean_and_verilator_matches(tmp_path, rng, pool_style, pixels):
    convs = [(3, 3, 1, 1), (4, 3, 2, 1)]
    graph = quantized_conv_graph(
        rng, (2, 8, 8), convs, pool_style, 6, 3, ["lif", "if", "if", "lif"], pixels, 4, "membrane", not pixels
    )
    lanes = [2, 3, 3, 4, 3, 2] if pool_style == "spike" else [2, 3, 3, 2]
    banks = [(1, 3) if pool_style == "spike" else (3, 3)] + [(1, 1)] * (len(lanes) - 1)  # the first conv's
    spec = with_lanes(design_from_graph(graph, lanes), lanes, banks)
    write_verilog(build_design(spec), tmp_path)
    assert lint(tmp_path) == ""

    def verilator(spec, records):
        return simulate_verilator(tmp_path, records, spec.stages[-1].n_out, spec.result_bits, spec.result_signed)

    _check(graph, lanes, 4, torch.rand(30, 2, 8, 8), verilator, banks)


def test_only_the_read_modify_write_rams_leave_collisions_to_the_block(tmp_path, rng):
    """The accumulators (one RAM per bank) and pool counters, whose colliding reads ``forwarded_read``
    replaces, are marked ``no_rw_check`` for yosys (no read-first bypass after the block RAM); every
    other memory keeps the HDL's read-during-write order."""
    convs = [(3, 3, 1, 1), (4, 3, 2, 1)]
    graph = quantized_conv_graph(rng, (2, 8, 8), convs, "spike", 6, 3, ["if"] * 4, True, 4, "membrane")
    lanes, banks = [2, 3, 3, 4, 3, 2], [(1, 3)] + [(1, 1)] * 5
    design = build_design(with_lanes(design_from_graph(graph, lanes), lanes, banks))
    expected = {"s0_acc_b0", "s0_acc_b1", "s0_acc_b2", "s1_counts", "s2_acc", "s3_counts"}
    assert set(design.forwarded) == expected
    text = write_verilog(design, tmp_path)["verilog"].read_text()
    declarations = re.findall(r"^\s*((?:\(\* [^*]* \*\) )*)reg\[\d+:0\] (\w+)\[", text, re.M)
    marked = [name for attributes, name in declarations if "(* no_rw_check *)" in attributes]
    assert sorted(marked) == sorted(expected)


def _frames(rng, count, steps, shape):
    """Per-step inputs with every kind of value a frames file holds: 0, 1, counts 2..3, fractions, negatives."""
    frames = rng.choice([0.0, 0.0, 0.0, 1.0, 1.0, 2.0, 3.0, 0.4, -1.0], size=(count, steps, *shape))
    return torch.from_numpy(frames)


@settings(max_examples=6, deadline=None)
@given(seed=st.integers(0, 2**31), steps=st.integers(1, 5), decoding=st.sampled_from(["spike_count", "membrane"]))
def test_frames_inputs_are_bit_and_cycle_exact(seed, steps, decoding):
    """Per-step inputs (the frames encoding) reach a spike input stage as one event where the frame is
    > 0: the FC and conv designs equal the integer reference and the cycle model, and a count of 2
    or 3 (or a fraction) gives exactly what a 1 gives (the design and the reference clip alike)."""
    rng = np.random.default_rng(seed)
    fc = quantized_fc_graph(rng, [7, 6, 3], ["if", "lif"], False, steps, decoding, ["subtract", "zero"])
    kinds = ["if", "lif", "if"]
    conv = quantized_conv_graph(rng, (2, 6, 6), [(3, 3, 1, 1)], "sum", 5, 3, kinds, False, steps, decoding)
    for graph, shape, lanes in ((fc, (7,), [3, 2]), (conv, (2, 6, 6), [2, 3, 2])):
        update_snnc(graph, encoding="frames")
        frames = _frames(rng, 4, steps, shape)
        spec, expected = _check(graph, lanes, steps, frames, _pyrtl)
        _, binary = reference_run(graph, spec, (frames > 0).double())
        np.testing.assert_array_equal(expected.values, binary.values)
        np.testing.assert_array_equal(expected.dones, binary.dones)
