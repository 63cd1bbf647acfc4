"""Small deterministic tools for the engine's own tests, benchmarks and first scenarios."""
