"""Judges: each reaches the verdict on one kind of claim and diagnoses any slip."""
