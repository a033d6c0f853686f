"""Use cases. No Qt; one unit of work per call; plain dataclasses in and out."""
