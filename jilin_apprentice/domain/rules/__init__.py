"""The compliance engine: pure rule functions named by the rulebook's IDs (issue 3)."""
