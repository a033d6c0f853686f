"""PDF output with ReportLab (agreements, reports); no Qt imports in this package."""
