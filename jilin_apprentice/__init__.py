"""Jilin Apprentice: internship and apprenticeship management for vocational schools."""

__version__ = "0.1.0"
