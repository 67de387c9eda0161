"""The analysis core: series -> centre lines, limits and signals (no CLI, no plotting)."""
