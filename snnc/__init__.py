"""snnc: a spiking-neural-network compiler from training to NIR to FPGA."""

__version__ = "0.1.0"
