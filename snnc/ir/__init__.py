"""The IR layer: NIR graphs, their meaning (reference executors) and the passes over them."""
