"""pareval: measure how well language models write serial and MPI C++."""

__version__ = "0.1.0"
