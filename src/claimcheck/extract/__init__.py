"""Extraction: from text to mentions and claims."""
