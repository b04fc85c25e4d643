"""Judges: each reaches the verdict on one kind of claim and diagnoses any slip.

A judge says what it found in figures (`model.judgement.Said`), never in sentences:
`claimcheck.messages` words it.
"""
