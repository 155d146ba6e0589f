"""Model backends: each turns prompts into generation records (see pareval_lib.generate)."""
