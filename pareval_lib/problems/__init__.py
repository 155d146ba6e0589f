"""The benchmark itself: the problem catalogue, the exact prompts, and the C++ harness.

Owns: `catalogue` (problem folders, sizes, content hashes), `prompting` (chat and completion
prompts), `cpp/pareval_harness.hpp` (the generic main every driver plugs into).
May import: `pareval_lib.errors`, `pareval_lib.paths` only.
"""
