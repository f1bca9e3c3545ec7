"""Structure of a NIR graph: node kinds, edges, topological order and shapes.

All functions here are pure: they read a ``nir.NIRGraph`` and return plain Python
values, raising :class:`snnc.errors.GraphError` naming the node at fault.
Shapes never include the batch dimension (NIR's convention).
"""

from __future__ import annotations

import copy
import math
from typing import NamedTuple

import nir
import numpy as np

from snnc.errors import GraphError, UnsupportedNodeError

Shape = tuple[int, ...]

NEURON_TYPES: tuple[type, ...] = (nir.IF, nir.LIF, nir.LI, nir.CubaLIF)
SPIKING_TYPES: tuple[type, ...] = (nir.IF, nir.LIF, nir.CubaLIF, nir.Threshold)
SYNAPSE_TYPES: tuple[type, ...] = (
    nir.Affine,
    nir.Linear,
    nir.Conv2d,
    nir.SumPool2d,
    nir.AvgPool2d,
    nir.Scale,
    nir.Flatten,
)
EXECUTABLE_TYPES: tuple[type, ...] = (nir.Input, nir.Output, nir.Threshold) + SYNAPSE_TYPES + NEURON_TYPES

# Limits that no real SNN reaches; a file beyond them is corrupt or hostile.
MAX_NODES = 10_000
MAX_ELEMENTS_PER_ARRAY = 200_000_000
MAX_NEURONS_PER_NODE = 50_000_000

# Parameter arrays per node type that must be finite numbers.
PARAMETERS: dict[type, tuple[str, ...]] = {
    nir.Affine: ("weight", "bias"),
    nir.Linear: ("weight",),
    nir.Scale: ("scale",),
    nir.Conv2d: ("weight", "bias"),
    nir.Threshold: ("threshold",),
    nir.IF: ("r", "v_threshold", "v_reset"),
    nir.LIF: ("tau", "r", "v_leak", "v_threshold", "v_reset"),
    nir.LI: ("tau", "r", "v_leak"),
    nir.CubaLIF: ("tau_syn", "tau_mem", "r", "v_leak", "v_threshold", "v_reset", "w_in"),
}

# Parameters that must be strictly positive (time constants).
POSITIVE_PARAMETERS = ("tau", "tau_syn", "tau_mem")


def type_name(node: object) -> str:
    return type(node).__name__


def edge_maps(
    graph: nir.NIRGraph, skip: set[tuple[str, str]] | frozenset = frozenset()
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(predecessors, successors) of every node, in edge order, leaving out ``skip``; raises on dangling edges."""
    preds: dict[str, list[str]] = {name: [] for name in graph.nodes}
    succs: dict[str, list[str]] = {name: [] for name in graph.nodes}
    for edge in graph.edges:
        if len(edge) != 2:
            raise GraphError(f"edge {edge!r} must be a (source, target) pair")
        src, dst = (str(e) for e in edge)
        for end in (src, dst):
            if end not in graph.nodes:
                raise GraphError(f"edge {src} -> {dst}: node '{end}' does not exist")
        if (src, dst) in skip:
            continue
        preds[dst].append(src)
        succs[src].append(dst)
    return preds, succs


def recurrent_edges(graph: nir.NIRGraph) -> set[tuple[str, str]]:
    """The edges that close a cycle: found by depth-first search from the Input nodes (then from any
    node not reached, in node order), an edge into a node on the current path. NIR delays the value
    on such an edge by one step."""
    _, succs = edge_maps(graph)
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    back: set[tuple[str, str]] = set()
    starts = input_node_names(graph) + list(graph.nodes)
    for start in starts:
        if start in state:
            continue
        state[start] = 1
        stack = [(start, iter(dict.fromkeys(succs[start])))]
        while stack:
            name, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[name] = 2
                stack.pop()
            elif state.get(child) == 1:
                back.add((name, child))
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(dict.fromkeys(succs[child]))))
    return back


def topological_order(graph: nir.NIRGraph, allow_recurrence: bool = False) -> list[str]:
    """Nodes in execution order, read from the edges (never from file order).

    Ties are broken by the graph's node order so the result is deterministic. With
    ``allow_recurrence`` the recurrent edges (:func:`recurrent_edges`) are left out, as their
    values arrive a step later; without it a cycle is an error naming its nodes.
    """
    preds, succs = edge_maps(graph, recurrent_edges(graph) if allow_recurrence else frozenset())
    remaining = {name: len(set(p)) for name, p in preds.items()}
    position = {name: i for i, name in enumerate(graph.nodes)}
    ready = sorted((n for n, k in remaining.items() if k == 0), key=position.__getitem__)
    order: list[str] = []
    while ready:
        name = ready.pop(0)
        order.append(name)
        for nxt in dict.fromkeys(succs[name]):
            remaining[nxt] -= 1
            if remaining[nxt] == 0:
                ready.append(nxt)
                ready.sort(key=position.__getitem__)
    if len(order) != len(graph.nodes):
        refuse_recurrence(graph, "this backend")
    return order


# Who runs a graph with cycles: the float executors that give a recurrent edge NIR's one-step delay.
RECURRENT_BACKENDS = ("reference", "norse")


def recurrent_components(graph: nir.NIRGraph) -> list[list[str]]:
    """The strongly connected components that hold a cycle (two or more nodes, or a node feeding
    itself), each in node order, ordered by their first node: the nodes a refusal of recurrence must
    name (the nodes merely downstream of a cycle are not part of it)."""
    _, succs = edge_maps(graph)
    position = {name: i for i, name in enumerate(graph.nodes)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for root in graph.nodes:  # Tarjan's algorithm, iteratively (a deep chain must not hit the recursion limit)
        if root in index:
            continue
        work = [(root, iter(dict.fromkeys(succs[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            name, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(dict.fromkeys(succs[child]))))
                elif child in on_stack:
                    low[name] = min(low[name], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[name])
            if low[name] == index[name]:
                members = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    members.append(member)
                    if member == name:
                        break
                if len(members) > 1 or name in succs[name]:
                    components.append(sorted(members, key=position.__getitem__))
    return sorted(components, key=lambda c: position[c[0]])


def describe_cycle(graph: nir.NIRGraph, component: list[str]) -> str:
    """One cycle of a recurrent component, as ``a <-> b`` or ``a -> b -> c -> a`` (a shortest one
    through its first node), and the other members when the component holds more than that cycle."""
    _, succs = edge_maps(graph)
    members, start = set(component), component[0]
    parent: dict[str, str] = {}
    frontier = [start]
    while frontier and start not in parent:  # breadth first, back to the start
        following = []
        for name in frontier:
            for child in dict.fromkeys(succs[name]):
                if child in members and child not in parent:
                    parent[child] = name
                    following.append(child)
        frontier = following
    path = [start]
    while len(path) == 1 or path[-1] != start:
        path.append(parent[path[-1]])
    path.reverse()  # start -> ... -> start
    cycle = f"{path[0]} <-> {path[1]}" if len(path) == 3 else " -> ".join(path)
    rest = [name for name in component if name not in path]
    return cycle + (f", within {', '.join(component)}" if rest else "")


def refuse_recurrence(graph: nir.NIRGraph, who: str) -> None:
    """Raise an error naming every cycle of ``graph`` (nothing when it has none), for a ``who``
    (\"the nengo backend\") that cannot run recurrent edges, and say who can."""
    components = recurrent_components(graph)
    if not components:
        return
    cycles = "; ".join(f"cycle {describe_cycle(graph, c)}" for c in components)
    raise UnsupportedNodeError(
        f"node '{components[0][0]}': the graph is recurrent ({cycles}), which {who} cannot run; recurrent graphs "
        f"run on the {' and '.join(RECURRENT_BACKENDS)} backends only (snnc run --backend "
        f"{'|'.join(RECURRENT_BACKENDS)})"
    )


def input_node_names(graph: nir.NIRGraph) -> list[str]:
    return [name for name, node in graph.nodes.items() if isinstance(node, nir.Input)]


def output_node_names(graph: nir.NIRGraph) -> list[str]:
    return [name for name, node in graph.nodes.items() if isinstance(node, nir.Output)]


def single_input_output(graph: nir.NIRGraph) -> tuple[str, str]:
    """The one Input and one Output node of an executable graph."""
    inputs, outputs = input_node_names(graph), output_node_names(graph)
    if len(inputs) != 1:
        raise GraphError(f"the graph must have exactly one Input node, found {len(inputs)}")
    if len(outputs) != 1:
        raise GraphError(f"the graph must have exactly one Output node, found {len(outputs)}")
    return inputs[0], outputs[0]


def pair(value: object, name: str, node: str) -> tuple[int, int]:
    """A 2-D hyper-parameter (kernel, stride, padding) as two ints."""
    arr = np.asarray(value).reshape(-1)
    if arr.size == 1:
        arr = np.repeat(arr, 2)
    if arr.size != 2 or not np.all(np.isfinite(arr.astype(float))):
        raise GraphError(f"node '{node}': {name} must be one or two integers, got {value!r}")
    if not np.all(arr == np.round(arr)):
        raise GraphError(f"node '{node}': {name} must be integers, got {value!r}")
    return int(arr[0]), int(arr[1])


class ConvGeometry(NamedTuple):
    """How a ``Conv2d`` slides: the keyword arguments of ``torch.nn.functional.conv2d``."""

    stride: tuple[int, int]
    padding: tuple[int, int]
    dilation: tuple[int, int]
    groups: int


class PoolWindow(NamedTuple):
    """A ``SumPool2d``/``AvgPool2d`` window: kernel, stride and padding as (height, width) pairs."""

    kernel: tuple[int, int]
    stride: tuple[int, int]
    padding: tuple[int, int]


def conv_groups(node: nir.Conv2d, name: str) -> int:
    """NIR's ``groups`` of a Conv2d (a scalar or a one-element array in files) as an int >= 1."""
    groups = np.asarray(node.groups).reshape(-1)
    if groups.size != 1 or not np.isfinite(groups.astype(float)[0]) or groups[0] != int(groups[0]) or groups[0] < 1:
        raise GraphError(f"node '{name}': groups must be one integer >= 1, got {node.groups!r}")
    return int(groups[0])


def conv_geometry(node: nir.Conv2d, name: str) -> ConvGeometry:
    """Stride, explicit padding, dilation and groups of a Conv2d, each read and checked once."""
    return ConvGeometry(
        stride=pair(node.stride, "stride", name),
        padding=conv_padding(node, name),
        dilation=pair(node.dilation, "dilation", name),
        groups=conv_groups(node, name),
    )


def pool_window(node: nir.SumPool2d | nir.AvgPool2d, name: str) -> PoolWindow:
    """Kernel, stride and padding of a pooling node as (height, width) pairs."""
    return PoolWindow(
        kernel=pair(node.kernel_size, "kernel_size", name),
        stride=pair(node.stride, "stride", name),
        padding=pair(node.padding, "padding", name),
    )


def conv_padding(node: nir.Conv2d, name: str) -> tuple[int, int]:
    """Explicit (pad_h, pad_w) of a Conv2d, resolving NIR's 'valid'/'same' strings."""
    padding = node.padding
    if isinstance(padding, bytes):
        padding = padding.decode()
    if isinstance(padding, np.ndarray) and padding.dtype.kind in "SU":
        padding = str(padding.reshape(-1)[0])
    if isinstance(padding, str):
        if padding == "valid":
            return 0, 0
        if padding == "same":
            kh, kw = node.weight.shape[2:]
            dh, dw = pair(node.dilation, "dilation", name)
            sh, sw = pair(node.stride, "stride", name)
            if (sh, sw) != (1, 1) or (dh * (kh - 1)) % 2 or (dw * (kw - 1)) % 2:
                raise UnsupportedNodeError(
                    f"node '{name}': padding='same' is only supported for stride 1 and odd kernels"
                )
            return dh * (kh - 1) // 2, dw * (kw - 1) // 2
        raise GraphError(f"node '{name}': unknown padding {padding!r}")
    return pair(padding, "padding", name)


def pooled_size(size: int, kernel: int, stride: int, padding: int, dilation: int = 1) -> int:
    return (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1


def flatten_output(shape: Shape, start_dim: int, end_dim: int) -> Shape | None:
    """Output shape of NIR's Flatten on an unbatched shape; None if the dims are out of range."""
    ndim = len(shape)
    start = start_dim + ndim if start_dim < 0 else start_dim
    end = end_dim + ndim if end_dim < 0 else end_dim
    if not (0 <= start <= end < ndim):
        return None
    return shape[:start] + (math.prod(shape[start : end + 1]),) + shape[end + 1 :]


def _param_shape(node: object, attr: str) -> Shape:
    return tuple(np.shape(getattr(node, attr)))


def _broadcast_shape(name: str, node: object, input_shape: Shape | None) -> Shape:
    """Shape of an elementwise node: its input shape, which its parameters must broadcast to."""
    shapes = [_param_shape(node, a) for a in PARAMETERS.get(type(node), ()) if getattr(node, a) is not None]
    if input_shape is None:
        # A neuron straight after Input without a known shape: take the largest parameter.
        candidates = [s for s in shapes if s]
        if not candidates:
            raise GraphError(f"node '{name}': cannot infer its shape (scalar parameters and no input shape)")
        input_shape = max(candidates, key=lambda s: math.prod(s))
    for attr, shape in zip(PARAMETERS.get(type(node), ()), shapes, strict=False):
        try:
            if np.broadcast_shapes(shape, input_shape) != tuple(input_shape):
                raise ValueError
        except ValueError:
            raise GraphError(
                f"node '{name}': parameter {attr} has shape {shape}, which does not fit its input shape "
                f"{tuple(input_shape)}"
            ) from None
    return tuple(input_shape)


def infer_shapes(graph: nir.NIRGraph) -> dict[str, Shape]:
    """Output shape (no batch dimension) of every node, checking that edges agree.

    Raises GraphError naming the first node whose input does not fit.
    """
    recurrent = recurrent_edges(graph)
    preds, _ = edge_maps(graph, recurrent)
    shapes: dict[str, Shape] = {}
    for name in topological_order(graph, allow_recurrence=True):
        node = graph.nodes[name]
        incoming = [shapes[p] for p in preds[name]]
        if len(set(incoming)) > 1:
            raise GraphError(
                f"node '{name}': its inputs have different shapes {sorted(set(incoming))} and cannot be summed"
            )
        in_shape: Shape | None = incoming[0] if incoming else None
        shapes[name] = node_output_shape(name, node, in_shape)
        if math.prod(shapes[name]) > MAX_NEURONS_PER_NODE:
            raise GraphError(f"node '{name}': output shape {shapes[name]} is absurdly large")
    for source, target in sorted(recurrent):
        expected = shapes[preds[target][0]] if preds[target] else shapes[target]
        if shapes[source] != expected:
            raise GraphError(
                f"node '{target}': recurrent input from '{source}' has shape {shapes[source]}, expected {expected}"
            )
    return shapes


def node_output_shape(name: str, node: object, in_shape: Shape | None) -> Shape:
    if isinstance(node, nir.Input):
        declared = np.asarray(node.input_type["input"]).reshape(-1)
        if declared.dtype.kind not in "biuf" or not np.all(np.isfinite(declared)) or np.any(declared % 1):
            raise GraphError(f"node '{name}': input shape {declared.tolist()!r:.80} must be whole numbers")
        shape = tuple(int(s) for s in declared)
        if not shape or any(s <= 0 for s in shape):
            raise GraphError(f"node '{name}': input shape {shape} must be positive")
        if math.prod(shape) > MAX_NEURONS_PER_NODE:
            raise GraphError(f"node '{name}': input shape {shape} is absurdly large")
        return shape
    if in_shape is None:
        if isinstance(node, NEURON_TYPES + (nir.Threshold, nir.Scale)):
            return _broadcast_shape(name, node, None)
        raise GraphError(f"node '{name}' ({type_name(node)}) has no incoming edge")
    if isinstance(node, nir.Output):
        return in_shape
    if isinstance(node, (nir.Affine, nir.Linear)):
        weight = np.asarray(node.weight)
        if weight.ndim != 2:
            raise GraphError(f"node '{name}': weight must be 2-D (out, in), got shape {weight.shape}")
        if in_shape != (weight.shape[1],):
            raise GraphError(
                f"node '{name}': weight expects {weight.shape[1]} inputs but receives shape {in_shape}"
                + (" (add a Flatten before it)" if math.prod(in_shape) == weight.shape[1] else "")
            )
        if isinstance(node, nir.Affine) and np.shape(node.bias) not in ((weight.shape[0],), (), (1,)):
            raise GraphError(
                f"node '{name}': bias shape {np.shape(node.bias)} does not match {weight.shape[0]} outputs"
            )
        return (int(weight.shape[0]),)
    if isinstance(node, nir.Conv2d):
        weight = np.asarray(node.weight)
        if weight.ndim != 4:
            raise GraphError(f"node '{name}': Conv2d weight must be 4-D (out, in, kh, kw), got {weight.shape}")
        if len(in_shape) != 3:
            raise GraphError(f"node '{name}': Conv2d needs a (channels, height, width) input, got {in_shape}")
        (sh, sw), (ph, pw), (dh, dw), groups = conv_geometry(node, name)
        if in_shape[0] != weight.shape[1] * groups or weight.shape[0] % groups:
            raise GraphError(
                f"node '{name}': Conv2d weight {weight.shape} with groups={groups} does not fit "
                f"{in_shape[0]} input channels"
            )
        if np.ndim(node.bias) and np.shape(node.bias) != (weight.shape[0],):
            raise GraphError(f"node '{name}': bias shape {np.shape(node.bias)} does not match {weight.shape[0]}")
        if min(sh, sw, dh, dw) < 1 or min(ph, pw) < 0:
            raise GraphError(f"node '{name}': stride/dilation must be >= 1 and padding >= 0")
        out_h = pooled_size(in_shape[1], weight.shape[2], sh, ph, dh)
        out_w = pooled_size(in_shape[2], weight.shape[3], sw, pw, dw)
        if out_h < 1 or out_w < 1:
            raise GraphError(f"node '{name}': kernel {weight.shape[2:]} is larger than its input {in_shape[1:]}")
        return (int(weight.shape[0]), out_h, out_w)
    if isinstance(node, (nir.SumPool2d, nir.AvgPool2d)):
        if len(in_shape) != 3:
            raise GraphError(f"node '{name}': pooling needs a (channels, height, width) input, got {in_shape}")
        (kh, kw), (sh, sw), (ph, pw) = pool_window(node, name)
        if min(kh, kw, sh, sw) < 1 or min(ph, pw) < 0:
            raise GraphError(f"node '{name}': kernel and stride must be >= 1 and padding >= 0")
        out_h, out_w = pooled_size(in_shape[1], kh, sh, ph), pooled_size(in_shape[2], kw, sw, pw)
        if out_h < 1 or out_w < 1:
            raise GraphError(f"node '{name}': pooling kernel ({kh}, {kw}) is larger than its input {in_shape[1:]}")
        return (in_shape[0], out_h, out_w)
    if isinstance(node, nir.Flatten):
        out = flatten_output(in_shape, int(node.start_dim), int(node.end_dim))
        if out is None:
            raise GraphError(
                f"node '{name}': Flatten dims ({node.start_dim}, {node.end_dim}) are out of range for {in_shape}"
            )
        return out
    if isinstance(node, NEURON_TYPES + (nir.Threshold, nir.Scale)):
        return _broadcast_shape(name, node, in_shape)
    raise UnsupportedNodeError(f"node '{name}': node type {type_name(node)} is not supported")


def flatten_subgraphs(graph: nir.NIRGraph) -> nir.NIRGraph:
    """Inline nested NIRGraph nodes: node ``sub``'s child ``c`` becomes ``sub.c``; edges into ``sub``
    (or ``sub.<its Input>``) go to the nodes its Input feeds, edges out of ``sub`` (or
    ``sub.<its Output>``) leave from the nodes feeding its Output. The meaning is unchanged.

    A dot does not make a path by itself: node names may hold dots (snnTorch writes ``lif1.w_rec``
    as one flat node). An edge end ``a.b`` is the node named ``a.b`` when there is one, else node
    ``b`` inside the nested graph ``a``. An inlined name that would take an existing node's name is
    refused, as the two could no longer be told apart."""
    if not any(isinstance(n, nir.NIRGraph) for n in graph.nodes.values()):
        return graph
    return _inline(graph)[0]


def _inline(graph: nir.NIRGraph) -> tuple[nir.NIRGraph, dict[str, list[str]], dict[str, list[str]]]:
    """``flatten_subgraphs`` with what the caller needs to resolve edges into nested graphs at any
    depth: ``entries[path]`` (``exits[path]``) are the inlined nodes an edge into (out of) the nested
    graph at ``path``, or out of its Input (into its Output), stands for."""
    nodes: dict[str, nir.NIRNode] = {}
    edges: list[tuple[str, str]] = []
    entries: dict[str, list[str]] = {}
    exits: dict[str, list[str]] = {}
    for name, node in graph.nodes.items():
        if not isinstance(node, nir.NIRGraph):
            nodes[name] = node
            continue
        inner, inner_entries, inner_exits = _inline(node)
        inputs, outputs = input_node_names(inner), output_node_names(inner)
        if len(inputs) != 1 or len(outputs) != 1:
            raise UnsupportedNodeError(f"node '{name}': a nested graph needs exactly one Input and one Output node")
        inner_preds, inner_succs = edge_maps(inner)
        if outputs[0] in inner_succs[inputs[0]]:
            raise UnsupportedNodeError(f"node '{name}': a nested graph whose Input feeds its Output directly")
        for child, child_node in inner.nodes.items():
            if child in (inputs[0], outputs[0]):
                continue
            flat = f"{name}.{child}"
            if flat in graph.nodes or flat in nodes:
                raise GraphError(
                    f"node '{flat}': the graph has a node of that name and nested graph '{name}' has a node "
                    f"'{child}'; rename one of them"
                )
            nodes[flat] = child_node
        for a, b in inner.edges:
            if a != inputs[0] and b != outputs[0]:
                edges.append((f"{name}.{a}", f"{name}.{b}"))
        entries[name] = entries[f"{name}.{inputs[0]}"] = [f"{name}.{c}" for c in inner_succs[inputs[0]]]
        exits[name] = exits[f"{name}.{outputs[0]}"] = [f"{name}.{c}" for c in inner_preds[outputs[0]]]
        for table, inner_table in ((entries, inner_entries), (exits, inner_exits)):
            table.update({f"{name}.{path}": [f"{name}.{c}" for c in ends] for path, ends in inner_table.items()})

    def resolve(end: str, table: dict[str, list[str]], edge: tuple[str, str]) -> list[str]:
        if end in graph.nodes and not isinstance(graph.nodes[end], nir.NIRGraph):
            return [end]  # a node of this very name wins over a path into a nested graph
        if end in table:
            return table[end]
        if end in nodes:
            return [end]  # a node inside a nested graph, addressed by its path
        raise GraphError(f"edge {edge[0]} -> {edge[1]}: node '{end}' does not exist")

    for a, b in graph.edges:
        edge = (str(a), str(b))
        edges += [(s, t) for s in resolve(edge[0], exits, edge) for t in resolve(edge[1], entries, edge)]
    flat_graph = nir.NIRGraph(nodes=nodes, edges=edges, metadata=graph.metadata, type_check=False)
    return flat_graph, entries, exits


def check_parameters(graph: nir.NIRGraph) -> None:
    """Every parameter array is a finite number array of sane size; time constants are positive."""
    if len(graph.nodes) > MAX_NODES:
        raise GraphError(f"the graph has {len(graph.nodes)} nodes, more than the supported {MAX_NODES}")
    for name, node in graph.nodes.items():
        if isinstance(node, nir.NIRGraph):
            raise UnsupportedNodeError(f"node '{name}': nested graph not flattened (call flatten_subgraphs)")
        if not isinstance(node, EXECUTABLE_TYPES):
            raise UnsupportedNodeError(f"node '{name}': node type {type_name(node)} is not supported")
        for attr in PARAMETERS.get(type(node), ()):
            value = getattr(node, attr, None)
            if value is None:
                continue
            arr = np.asarray(value)
            if arr.dtype.kind not in "biuf":
                raise GraphError(f"node '{name}': parameter {attr} is not numeric (dtype {arr.dtype})")
            if arr.size > MAX_ELEMENTS_PER_ARRAY:
                raise GraphError(f"node '{name}': parameter {attr} has {arr.size} elements, absurdly many")
            if not np.all(np.isfinite(arr)):
                raise GraphError(f"node '{name}': parameter {attr} contains NaN or infinity")
            if attr in POSITIVE_PARAMETERS and np.any(arr <= 0):
                raise GraphError(f"node '{name}': time constant {attr} must be > 0")


def check_graph(graph: nir.NIRGraph) -> dict[str, Shape]:
    """All structural checks an executor needs (nested graphs inlined); returns the inferred shapes."""
    graph = flatten_subgraphs(graph)
    check_parameters(graph)
    single_input_output(graph)
    return infer_shapes(graph)


def parameter_count(node: object) -> int:
    return int(
        sum(np.size(getattr(node, a)) for a in PARAMETERS.get(type(node), ()) if getattr(node, a, None) is not None)
    )


def with_synapse_weights(node: nir.NIRNode, weight: np.ndarray, bias: np.ndarray | None = None) -> nir.NIRNode:
    """A copy of an Affine or Conv2d node with new weights (and bias), keeping its metadata."""
    bias = np.asarray(node.bias, dtype=np.float64) if bias is None else bias
    meta = copy.deepcopy(node.metadata)
    if isinstance(node, nir.Affine):
        return nir.Affine(weight=weight, bias=bias, metadata=meta)
    return nir.Conv2d(
        input_shape=node.input_shape,
        weight=weight,
        stride=node.stride,
        padding=node.padding,
        dilation=node.dilation,
        groups=node.groups,
        bias=bias,
        metadata=meta,
    )


def shape3(shape) -> tuple[int, int, int]:
    """A tensor shape as (C, H, W): a flat layer is (N, 1, 1) (how the FPGA cores address neurons)."""
    shape = tuple(int(d) for d in shape)
    if len(shape) == 1:
        return (shape[0], 1, 1)
    if len(shape) == 3:
        return (shape[0], shape[1], shape[2])
    raise UnsupportedNodeError(f"the FPGA backend takes flat or (C, H, W) tensors, not shape {shape}")
